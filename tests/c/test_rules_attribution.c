/* test_rules_attribution.c: the claimant rules (src/claim/attribution*.c),
 * one case or more per rule, by name. Each case is a text whose last claim
 * the rule decides: the test checks its claimant and that why.claimant
 * names the rule. Three kinds of rule record another name, given in the
 * case: a rule that hands the choice to a table of its own (named-speaker:
 * the verb's rule), a rule that steps over a word on the way to the
 * subject (subject-step-date: the rule that then finds it), and a rule
 * that says a word is no reporting verb or ends the search (verb-told-to-do,
 * subject-stop-document: the rule that decides instead, often the
 * article's own voice). Every name the rule tables list must have a case,
 * so a new rule without one fails here. */
#include "check.h"
#include "dsc.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;       /* the rule the case is for */
    const char *text;       /* its last claim is the one checked */
    const char *claimant;   /* "(null)": an agentless passive */
    const char *why;        /* why.claimant when it is not the rule's own name */
} rule_case;

static const rule_case cases[] = {
    /* --- the top level (attribution.c) --- */
    /* a closing unnamed source reports the named subject's act before it */
    {"closing-unnamed-source", "Meta executives have disputed the figure in internal meetings, according to one "
     "person who attended.", "unnamed source", "source-unnamed"},
    {"closing-unnamed-source", "Nvidia has denied the report, according to people familiar with the matter.",
     "people familiar with the matter", "source-unnamed"},
    /* ... and one that told an outlet: the outlet relays it (an order is no clause the subject reports) */
    {"closing-unnamed-source", "Tokyo has told chipmakers, including Tokyo Electron and Advantest, to stop shipping "
     "tools to China, two officials told Bloomberg.", "Bloomberg", "unnamed-told-outlet"},
    {"closing-unnamed-source", "Jane Doe told staff that the lab would cut prices, two employees told Reuters.",
     "Jane Doe", "subject-named"},
    /* an outlet closing the sentence reports a named subject's order, not the clause it reports */
    {"closing-outlet-act", "The Commerce Department on Monday told server makers including Supermicro and Dell to "
     "stop shipping racks to China, the Financial Times reported.", "Financial Times", NULL},
    {"closing-outlet-act", "The Commerce Department told companies including Oracle and Dell to halt sales of the "
     "H20, Bloomberg reported on Friday.", "Bloomberg", NULL},
    {"closing-outlet-act", "Jane Doe told staff the lab would cut prices by 10%, Reuters reported.", "Jane Doe",
     "subject-named"},
    /* but not the clause a named speaker reports, before or after the verb */
    {"closing-unnamed-source", "Jane Doe told staff in March that the lab would cut prices, according to one of "
     "those people.", "Jane Doe", "subject-named"},
    {"closing-unnamed-source", "The lab has cut that budget, Jane Doe told staff in March, according to a recording.",
     "Jane Doe", "subject-named"},
    /* a reporting verb in a relative clause with no object of its own is background */
    {"verb-object-relative", "The hiring drive is the centre of Meta Superintelligence Labs, a new unit Zuckerberg "
     "announced in an internal memo on June 30.", "article", "article-voice"},
    {"verb-object-relative", "The lab cut prices by 30%, matching the savings DeepSeek reported last month.",
     "article", "article-voice"},
    /* the clause's subject a group the text does not name, with what qualifies it, and a verb group */
    {"verb-object-relative", "Orvel's chip sales in May matched the $2.4 billion analysts at Bernstein had forecast.",
     "article", "article-voice"},
    /* a verb that reports only with a document for its subject */
    {"verb-document-only", "Orvel Labs filed for an initial public offering on Friday.\n\nOrvel Labs's filing lists "
     "1,200 enterprise customers.", "Orvel Labs", "subject-document-owner"},
    {"verb-document-only", "Orvel Labs lists its model at $2 per million tokens.", "article", "article-voice"},
    /* "the company" for subject, the group set off by a comma after a clause */
    {"verb-object-relative", "Orvel Labs said it trained its model for $4 million.\n\nThat sum leaves out staff and "
     "failed runs, a gap the company acknowledged in its paper.", "article", "article-voice"},
    {"verb-object-relative", "On Monday the startup DeepSeek said in a statement that it cut prices by 30%.",
     "DeepSeek", "subject-named"},                    /* the group is the subject's own description */
    {"verb-object-relative", "The lab cut prices by 30% in May, the month Jane Doe said that sales would double.",
     "Jane Doe", "subject-named"},                    /* a verb with a clause of its own reports */
    {"named-speaker", "Nvidia said it sold 10,000 chips in May.", "Nvidia", "subject-named"},
    {"named-speaker", "Jane Doe said Nvidia sold 10,000 chips in May, according to Reuters.", "Jane Doe",
     "subject-named"},                                /* the originator wins over a relay */
    {"named-speaker", "The UAE has pledged to invest $10 billion in chips, according to the White House.",
     "White House", "according-to"},                  /* a commitment is not the speaker's statement */
    {"cited-source", "Nvidia sold 10,000 chips in May, according to Reuters.", "Reuters", "according-to"},
    {"verb-speaker", "Analysts said Nvidia sold 10,000 chips in May.", "analysts", "subject-unnamed"},
    {"article-voice", "Nvidia sold 10,000 chips in May.", "article", NULL},
    /* a ticker in quotation marks is a name, no quotation (class naming-verb) */
    {"article-voice", "Foo Labs plans to list in New York next spring under the ticker \"FOOL\" and did not say "
     "how many shares it would sell.", "article", NULL},
    {"anonymous-speaker", "One Meta researcher, who spoke on condition of anonymity, said the model cost $10 million.",
     "unnamed source", NULL},
    /* an official speaks for the government body, named or not */
    {"anonymous-speaker", "A Commerce Department official, speaking on condition of anonymity, said 40 licences were "
     "issued.", "U.S. Commerce Department", "subject-org-role"},
    /* the frames that cite a source */
    {"own-reckoning", "By its own count, Huawei shipped 200,000 chips last year.", "Huawei", NULL},
    {"own-reckoning", "Huawei shipped 200,000 chips last year, by Nvidia's own count.", "Nvidia", NULL},
    {"according-to", "Nvidia sold 10,000 chips in May, according to Reuters.", "Reuters", NULL},
    {"paper-reckoning", "DeepSeek published a paper on its model.\n"
                        "By the paper's accounting, the final run cost $5.6 million.", "DeepSeek", NULL},
    /* a typographic apostrophe is a possessive too */
    {"paper-reckoning", "DeepSeek published a paper on its model.\n"
                        "By the paper\xE2\x80\x99s accounting, the final run cost $5.6 million.", "DeepSeek", NULL},
    {"per-source", "Nvidia sold 10,000 chips in May, per Reuters.", "Reuters", NULL},
    {"per-source", "Nvidia earned $2.50 per share in May.", "article", "article-voice"},   /* a rate */
    {"citing", "Nvidia shares fell 3% citing a Bernstein note.", "Bernstein", NULL},
    /* the source after the frame */
    {"source-document-name-after", "The lab spent $300 million on servers, according to a note Bernstein sent to clients.",
     "Bernstein", NULL},

    {"source-document-by", "The lab spent $300 million on servers, according to a report by Bernstein.", "Bernstein", NULL},
    /* a document an official body keeps is official information; one with an owner is the owner's */
    {"source-official-document", "Orvel Labs shipped 400 servers to Malaysia, according to court documents.",
     "official information", NULL},
    {"source-official-document", "Orvel Labs shipped 400 servers to Malaysia, according to its regulatory filing.",
     "Orvel Labs", "source-document-topic"},
    {"source-document-seen-by", "NASA blocked the DeepSeek app on Friday, according to an internal memo seen by CNBC.",
     "NASA", NULL},
    {"source-indefinite-document", "The lab spent $300 million on servers, according to a filing.",
     "official information", NULL},
    {"source-indefinite-document", "The lab spent $300 million on servers, according to a report.", "media reports", NULL},
    /* "filed" names the filing that "the filing" refers back to */
    {"source-document-author", "Orvel Systems filed for an initial public offering on Friday.\n\nThe company lost $143 "
     "million in the period, according to the S-1 filing with the Securities and Exchange Commission.",
     "Orvel Systems", NULL},
    {"source-document-author", "DeepSeek published a paper on its V3 model.\n"
                               "The model was trained on 2,048 H800 chips, according to the paper.", "DeepSeek", NULL},
    {"source-same-document", "Bernstein said Moonshot spent $300 million on servers.\n"
                             "The lab has 20,000 GPUs, according to the same report.", "Bernstein", NULL},
    {"source-document-topic", "DeepSeek trained V3 on a cluster in Hangzhou.\n"
                              "The run cost $5.6 million, according to the report.", "DeepSeek", NULL},
    {"source-the-company", "DeepSeek trained V3 on a cluster in Hangzhou.\n"
                           "The run cost $5.6 million, according to the company.", "DeepSeek", NULL},
    /* a court's charging document is official information */
    {"source-unnamed", "Orvel Trading received $160 million in payments, according to the criminal complaint.",
     "official information", NULL},
    {"subject-unnamed", "Orvel Labs plans a new model, according to three employees.\n\nOrvel Labs cut its hiring "
                        "budget by half this year, the employees said.", "employees", NULL},
    /* "staff", a collective noun for the org's people, is a group in the text's words */
    {"subject-unnamed", "Orvel Labs ran a trial of its coding agent.\n\nStaff said the agent had deleted 40 files "
                        "during the trial.", "staff", NULL},
    {"subject-unnamed", "Orvel Labs ran a trial of its coding agent.\n\nThe agent deleted 40 files in May, staff "
                        "said.", "staff", NULL},
    {"subject-unnamed", "The indictment describes a shipment of 40 servers worth $3 million.", "official information",
     NULL},
    {"source-unnamed", "Nvidia sold 10,000 chips in May, according to people familiar with the matter.",
     "people familiar with the matter", NULL},
    /* a firm speaks through its researchers and analysts */
    {"source-unnamed", "The filters are applied at the application layer, according to researchers at Bernstein.",
     "Bernstein", NULL},
    {"source-unnamed", "Nvidia sold 10,000 chips in May, according to sceptics.", "skeptics", NULL},
    /* a person briefed on something is one of the people familiar with the matter (doc/claims.md) */
    {"source-unnamed", "Orvel Labs will put in $300 million, according to a person briefed on the terms.",
     "people familiar with the matter", NULL},
    {"source-name-nearby", "The lab spent $300 million on servers, according to estimates from Bernstein.",
     "Bernstein", NULL},
    {"source-name-nearby", "The European Commission published the code in July.\nSome 26 firms have signed it, "
     "according to a list the Commission published on Friday.", "European Commission", NULL},
    /* a firm behind its descriptors, a place that only describes it */
    {"source-name-nearby", "Huawei will ship 650,000 Ascend chips this year, according to estimates from the research "
                           "firm Yellowpine Research.", "Yellowpine Research", NULL},
    {"source-name-nearby", "Huawei will ship 700,000 Ascend chips this year, according to estimates by Hong "
                           "Kong-based brokerage Tiancheng Securities.", "Tiancheng Securities", NULL},
    {"source-name-nearby", "According to the app analytics firm Appfigures, DeepSeek was downloaded 1.2 million times "
                           "in Germany.", "Appfigures", NULL},
    {"source-name-nearby", "Beijing accounts for 126 filings, according to a count of the provincial lists by the "
                           "research firm Lotus Policy Lab.", "Lotus Policy Lab", NULL},
    /* a firm the dictionary does not know, after its descriptors, as written */
    {"source-name-nearby", "Nvidia shipped 1 million H20 chips last year, according to a count by the Seoul research "
                           "group Han River Chip Insight.", "Han River Chip Insight", NULL},
    /* a place inside the source phrase describes it: no source */
    {"source-name-nearby", "The utility is building three gas plants, according to filings with Texas regulators.",
     "filings", "source-description"},
    {"source-unknown-name", "The campus will employ up to 600 workers at its peak, according to the City of Osaka.",
     "City of Osaka", NULL},
    {"source-official-records", "The lab was founded in July 2023 with $50 million, according to regulatory filings.",
     "official information", NULL},
    /* a place before the noun it modifies is no source ("the Hamburg senate's") */
    {"source-official-records", "The office has a staff of 90 and a budget of about $9 million, according to the "
                                "Hamburg senate's latest spending plan.", "official information", NULL},
    {"source-indefinite", "The lab rents 10,000 GPUs, according to a property consultancy we spoke to.",
     "unnamed source", NULL},
    {"source-this-publication", "Kimi's API costs 85% less than GPT-4o, according to calculations by this newspaper.",
     "article", NULL},
    {"source-description-owner", "The DeepSeek app was downloaded 2 million times on Hugging Face, according to "
     "the platform's public counters.", "Hugging Face", NULL},
    {"source-description-owner", "Chatbot apps were downloaded 2 million times, according to the site's public "
     "counters.", "site's public counters", "source-description"},   /* nothing named before it */
    {"source-description", "The lab paid $300 million for its servers, according to company filings.",
     "company filings", NULL},

    /* --- the reporting verb (attribution_verb.c) --- */
    {"closing-statement", "The Commerce Department told Nvidia in April that the H20 would need a licence, the "
                          "company said in a filing.", "Nvidia", "subject-pronoun-topic"},
    {"closing-statement", "Jane Doe said Nvidia sold 10,000 chips, Reuters reported.", "Jane Doe", "subject-named"},
    /* a verb of reckoning closing the sentence outranks the passive before it */
    {"closing-statement", "Llama 4 is expected to cost $5 million, Meta estimated in a note.", "Meta", "subject-named"},
    {"closing-statement", "Only 15 firms are expected to qualify, the European Commission estimated in a document.",
     "European Commission", "subject-named"},
    {"rating-call", "Morgan Stanley lifted its price target on Nvidia to $160.", "Morgan Stanley", NULL},
    {"label-rating-call", "Alphabet: raised its capex guidance to $91 billion.", "Alphabet", NULL},
    {"voiced-concern", "Some investors have raised concerns about the $10 billion deal.", "investors", NULL},
    {"verb-not-reporting", "Nvidia sold 10,000 chips in May, according to Reuters.", "Reuters", "according-to"},
    {"verb-looking-without-for", "Nvidia has been looking at a deal worth $5 billion.", "article", "article-voice"},
    {"verb-told-to-do", "Nvidia told partners to set aside $5 billion of capacity.", "article", "article-voice"},
    /* a warning to do or not to do something is an instruction too */
    {"verb-told-to-do", "The House of Representatives warned staff not to install the app on its 5,000 phones.",
     "article", "article-voice"},
    {"verb-told-to-do", "The House of Representatives warned staff against installing the app on its 5,000 phones.",
     "article", "article-voice"},
    /* a parenthesis between the listener and "to" is an aside */
    {"verb-told-to-do", "Nvidia told suppliers (Amkor, Samsung) to halt work on 10,000 chips, per Reuters.", "Reuters",
     "per-source"},
    {"verb-posted-results", "Nvidia posted, for the quarter, a loss of $5 billion.", "article", "article-voice"},
    {"verb-outside-pass", "Llama 4 is expected to cost $5 million, Meta said.", "Meta", "subject-named"},
    {"passive-by", "The $10 billion deal was first reported by Reuters.", "Reuters", NULL},
    {"agentless-passive", "The model is said to have cost $5.6 million.", "(null)", NULL},
    /* a passive in a relative clause closing the sentence is background */
    {"passive-in-relative-clause", "Amazon has bought a 40% stake in X-energy, whose first reactors are expected to "
     "supply 320 megawatts from 2032.", "article", "article-voice"},
    {"passive-in-relative-clause", "Samsung will open its foundry forum in Seoul in June, where it is expected to "
     "show a 2-nanometre roadmap.", "article", "article-voice"},
    /* one inside the subject's apposition is the clause's own claim */
    {"agentless-passive", "Broadcom, which is believed to make 70% of Google's TPUs, will report results on Friday.",
     "(null)", NULL},
    /* a source closing the passive's clause reports it */
    {"passive-before-source", "Alibaba is expected to spend $50 billion on servers, analysts said, although the "
     "figure may change.", "analysts", "subject-unnamed"},
    {"verb-participle-only", "Nvidia considered a $5 billion deal.", "article", "article-voice"},
    {"verb-report-noun", "Nvidia's claims about a $5 billion deal surfaced on Monday.", "article", "article-voice"},
    {"verb-noun-of", "Bernstein estimates of Nvidia's sales came to $5 billion.", "article", "article-voice"},
    /* (set off by a comma, such a clause is its speaker's second claim: split.c, relative-report) */
    {"verb-report-in-noun-group", "The first site will be a 1-gigawatt cluster in Abu Dhabi in a 5GW campus that "
                                  "UAE officials say will be the largest of its kind.", "article", "article-voice"},
    {"verb-report-in-noun-group", "Zhipu AI charges $0.8 per million input tokens for GLM-4.5 at a price it says is a "
                                  "fraction of what Western labs charge.", "article", "article-voice"},
    /* so does one after "which" whose speaker is a group the text does not name */
    {"verb-report-in-noun-group", "Its owner ran a trading firm in Miami, which regulators say sold 300 servers to "
                                  "buyers in Malaysia.", "article", "article-voice"},
    /* a lexical verb in the past (class finite-verb) shows it too */
    {"verb-report-in-noun-group", "Most of the savings Moonshot reported came from a cheaper optimiser in 2025.",
     "article", "article-voice"},
    {"verb-compound-noun", "A Brussels think tank published a ranking of 20 AI labs in May.", "article", "article-voice"},
    {"verb-in-question", "In June, the watchdog opened an investigation into whether DeepSeek had warned its 5 million "
     "users that its models can make up facts.", "article", "article-voice"},
    {"verb-in-question", "The regulator is examining whether Nvidia said its 10,000 chips were sold legally.",
     "article", "article-voice"},
    {"verb-negated", "Huawei has never confirmed that its yield was 20%.", "article", "article-voice"},
    {"verb-action-object", "Nvidia announced the results of its $5 billion review last Thursday.", "article",
     "article-voice"},
    {"subject-step-verb-modifier", "Nvidia has already said it sold 10,000 chips.", "Nvidia", "subject-named"},
    {"verb-says-nothing", "Nvidia has said nothing about the $5 billion deal.", "article", "article-voice"},
    {"verb-posted-action", "Nvidia posted a model card for its $5 million model.", "article", "article-voice"},
    {"verb-closing-only", "Nvidia continued to sell 10,000 chips a month to China.", "article", "article-voice"},
    {"verb-added-amount", "Nvidia had added $2 trillion in market value by June.", "article", "article-voice"},
    /* an "at" to come in the clause, however long the object before it */
    {"subject-unnamed", "One supply-chain source put the share of usable 910C dies coming off SMIC's most advanced "
     "line at roughly two in five.", "unnamed source", NULL},
    {"subject-named", "Bernstein put the bill for the servers, the power and the staff, with salaries, at $5 million.",
     "Bernstein", NULL},
    {"verb-put-without-figure", "Moonshot put the weights of its $5 million model on Hugging Face, and at launch "
     "offered them free.", "article", "article-voice"},
    {"verb-put-without-figure", "Moonshot put the weights of its $5 million model on Hugging Face.", "article",
     "article-voice"},
    {"verb-called-without-quote", "Lawmakers called for a ban on $1 billion of chip sales.", "article", "article-voice"},
    {"saying-subject", "Alibaba issued guidance on Monday saying revenue would grow 20%.", "Alibaba", NULL},
    /* the sentence's subject stands before its main verb: a name after it is an object */
    {"saying-subject", "Berlin's data protection commissioner has asked Apple and Google to remove DeepSeek's app, "
                       "saying the company sends the data of 1 million users to China.", "article", "article-voice"},
    {"indefinite-subject", "A server broker in Shenzhen told us the price of an H100 rose to $40,000.",
     "unnamed source", NULL},
    {"participle-subject", "Huawei cut prices by 20% in May, arguing that its chips were cheaper to run.", "Huawei", NULL},
    /* "closed by repeating that": a gerund of saying after "by" */
    {"participle-subject", "Alibaba chief executive Eddie Wu spoke for an hour. Wu closed by repeating that Huawei "
                           "will spend $5 billion on chips.", "Eddie Wu", NULL},
    {"participle-unnamed", "Analysts have pressed the company for months, warning that chips worth $1 billion were smuggled.",
     "analysts", NULL},
    {"label-subject", "Meta: said it now expects capex of $70 billion.", "Meta", NULL},
    {"verb-subject-before", "Jane Doe said Nvidia sold 10,000 chips in May.", "Jane Doe", "subject-named"},
    {"verb-subject-after", "\"We sold 10,000 chips,\" said Jensen Huang.", "Jensen Huang", "subject-after-named"},
    /* an unnamed word that is the title of the person after it */
    {"subject-after-named", "\"Prices will fall 20% this year,\" said Orvel Street analyst Ada Kwiat.", "Ada Kwiat", NULL},
    {"subject-after-named", "\"We sold 10,000 chips,\" said Jensen Huang.", "Jensen Huang", NULL},
    /* ", and ..., said X": a clause after the comma, no apposition before the verb */
    {"subject-after-named", "Nvidia sold 10,000 chips in May, and Congress never approved the sales, said Jane Doe, "
     "a former official.", "Jane Doe", NULL},
    {"subject-after-unnamed", "\"Demand for the chips rose 30%,\" said analysts at Bernstein.", "analysts", NULL},
    {"subject-after-indefinite", "\"Prices rose 30% in May,\" said an executive at a Shanghai chip designer.",
     "unnamed source", NULL},
    {"subject-after-indefinite", "\"Prices rose 30% in May,\" said another executive at a Shanghai chip designer.",
     "unnamed source", NULL},
    {"unnamed-told-outlet", "Officials told the Global Times that 20 firms had been fined $1 million.", "Global Times", NULL},

    /* --- the subject before the verb (attribution_subject.c): around the verb --- */
    /* a group of a trade that took part is that group in the text's words; people at large stay familiar */
    {"subject-familiar-with", "Orvel Labs ran a test.\n\nThe agent wiped 40 files on the wrong server, one of the "
     "engineers involved said.", "engineers", NULL},
    {"subject-familiar-with", "Orvel Labs ran a test.\n\nThe agent wiped 40 files, executives involved in the test "
     "said.", "executives", NULL},
    {"subject-familiar-with", "Orvel Labs ran a test.\n\nThe agent wiped 40 files, people involved in the test said.",
     "people familiar with the matter", NULL},
    {"subject-familiar-with", "Nvidia sold 10,000 chips in May, people familiar with the matter said.",
     "people familiar with the matter", NULL},
    {"subject-familiar-with", "French officials had encouraged a lead investor to put in $1 billion, a person "
                              "briefed on the talks said.", "people familiar with the matter", NULL},
    {"subject-familiar-with", "But three officials involved in drafting it said its examples cost $5 million to write.",
     "officials", NULL},
    {"subject-one-of-them", "Chinese firms ordered at least $16 billion of H20 chips, two people familiar with the "
                            "matter said.\nOne of them put the purchases at several billion dollars.",
     "people familiar with the matter", NULL},
    {"subject-one-of-group", "Former engineers describe the Nvidia cluster as fragile. One recalled that it failed "
     "10 times a day.", "former engineers", NULL},
    {"subject-one-of-group", "Some former traders say the Nvidia cluster was fragile. One recalled that it failed "
     "10 times a day.", "former traders", NULL},                 /* "some" only counts them */
    {"subject-one-of-group", "The Nvidia cluster is fragile.\nOne recalled that it failed 10 times a day.",
     "article", "article-voice"},                     /* a new paragraph: no group before */
    {"subject-same-source", "SemiAnalysis said in a note that Moonshot spent $300 million on servers.\n"
                            "The same note said the lab had access to 20,000 Nvidia GPUs.", "SemiAnalysis", NULL},
    {"subject-coordinated", "Alibaba released a model on Wednesday and said it beat V3 on 10 benchmarks.", "Alibaba", NULL},
    {"subject-which-org", "The figure came from research by the firm Feroot Security, which said the app sent data "
                          "to 5 servers.", "Feroot Security", NULL},
    {"subject-who-person", "The bill drew support from Daniel Reyes, a former Commerce Department official, who said "
                           "chips worth $1 billion were smuggled.", "Daniel Reyes", NULL},
    {"subject-who-clause", "Lawyers who advise start-ups say the regulator expects models to refuse 5% of questions.",
     "lawyers", NULL},
    /* in an apposition the group is not the subject */
    {"subject-named", "Ada Kwiat, one of three researchers who joined from Foo Labs, wrote that she was paid $1 "
     "million.", "Ada Kwiat", NULL},
    {"subject-relative-clause", "Oracle, which is building a campus in Abilene, told investors it would spend $25 billion.",
     "Oracle", NULL},
    /* the relative clause describes the org of a person's apposition: the person speaks */
    {"subject-relative-clause", "Jane Doe, a portfolio manager at the fund Foo Capital, which holds Nvidia stock, said "
     "the chips cost $30,000 each.", "Jane Doe", NULL},
    {"subject-apposition-open", "Jane Doe, an analyst at Foo Capital, said Nvidia sold 10,000 chips.", "Jane Doe",
     "subject-named"},
    {"subject-known-as", "The authority, known as the Garante, said it had fined the company $15 million.", "Garante", NULL},
    /* a name in apposition to a noun its owner names speaks, not the owner
     * or the place that says who it is */
    {"subject-apposition-name", "Alibaba's rival in China, Tencent, said on Monday that it had bought 20,000 chips.",
     "Tencent", NULL},
    {"subject-apposition-name", "Its largest investor, SoftBank, said the round valued the startup at $30 billion.",
     "SoftBank", NULL},
    {"subject-apposition-name", "Its founder, Yang Zhilin, told staff the company had raised $1 billion.", "Yang Zhilin",
     NULL},
    {"subject-apposition-name", "Analysts at Harbor Lane Capital cut their Nvidia target.\nIn a note, the bank's chip "
     "team, led by analyst Jo Park, estimated that Nvidia sold 10,000 chips.", "Harbor Lane Capital",
     "subject-pronoun-topic"},                        /* an owned team speaks for its owner */
    {"subject-apposition-name", "Analysts at Harbor Lane Capital cut their Nvidia target.\nThe team, led by Jo Park, "
     "estimated that Nvidia sold 10,000 chips.", "Jo Park", NULL},     /* known by its leader only */
    {"subject-apposition-name", "DeepSeek released a model in May.\nThe new AI company, Humain, says it plans to buy "
     "18,000 chips.", "Humain", NULL},                /* an org, after a description */
    {"subject-officer-of-org", "Meta released Llama 4 in April.\nIts CFO said the model cost $70 million to train.",
     "Meta", NULL},
    {"subject-officer-of-org", "Meta released Llama 4 in April.\n\"It cost $70 million,\" the company's head of "
                               "global affairs wrote on LinkedIn, arguing that the rules go too far.", "Meta", NULL},
    /* the title ends the noun group; "the" with no owner: the org the story is about */
    {"subject-officer-of-org", "Meta released Llama 4 in April.\nIts finance chief told analysts that capex would "
     "reach $70 billion.", "Meta", NULL},
    {"subject-officer-of-org", "Meta released Llama 4 in April.\n\"It cost $70 million,\" the chief executive said "
     "in an interview.", "Meta", NULL},
    {"subject-officer-of-org", "Meta released Llama 4 in April.\nThe chief executive of Acme Robotics said the model "
     "cost $70 million.", "article", "article-voice"},  /* an owner the dictionary does not know: not the topic */
    {"subject-named", "Meta's CFO Susan Li said capex would reach $70 billion.", "Susan Li", NULL},
    /* a group the text does not name opening the sentence: its words */
    {"subject-group-noun", "Nearby farmers have complained that the Nvidia plant will draw 9 million gallons a day.",
     "nearby farmers", NULL},
    {"subject-group-noun", "Beekeepers say that the Nvidia plant will draw 9 million gallons a day.", "beekeepers",
     NULL},
    {"subject-group-noun", "Nearby farmers have complained about the Nvidia plant, which draws 9 million gallons a "
     "day.", "article", "article-voice"},             /* no clause reported */
    {"subject-group-noun", "Trade groups say the Nvidia export rule is unworkable.", "trade groups", NULL},
    {"subject-group-noun", "Conservation groups have objected that the Nvidia plant will draw 9 million gallons a "
     "day.", "conservation groups", NULL},            /* "objected", a verb of saying */
    {"subject-group-noun", "Coworkers say she still checks every Nvidia cluster herself.", "coworkers", NULL},
    /* a count or "the" before the group only says how many or which: not in the label; "former" describes */
    {"subject-group-noun", "Some former contractors say the Nvidia cluster never ran at full power.", "former contractors",
     NULL},
    {"subject-group-noun", "The farmers say that the Nvidia plant will draw 9 million gallons a day.", "farmers", NULL},
    {"subject-group-noun", "Several beekeepers say that the Nvidia plant will draw 9 million gallons a day.",
     "beekeepers", NULL},
    /* "tell me", "tell us": a verb of saying with its listener before the clause */
    {"subject-group-noun", "The ranchers tell me the Nvidia plant will draw 9 million gallons a day.", "ranchers",
     NULL},
    /* each word walking back */
    {"subject-stop-quote", "\"We sold 10,000 chips to Alibaba\" said Jensen Huang.", "Jensen Huang",
     "subject-after-named"},
    {"subject-step-party-state", "Sen. Dale Whitcomb, R-Iowa, the bill's sponsor, said chips worth $1 billion were "
                                 "smuggled.", "Dale Whitcomb", "subject-named"},
    {"subject-source-at-name", "Analysts at Bernstein said Nvidia sold 10,000 chips in May.", "Bernstein", NULL},
    {"subject-source-at-name", "Sources at OpenAI said the run used 10,000 chips.", "unnamed source", NULL},
    {"subject-source-at-name", "Google gave no figure, but analysts at Bernstein reckon its capex will top $90 "
     "billion.", "Bernstein", NULL},                  /* "reckon", as "reckons", reports */
    {"subject-spokesperson-for", "A spokesperson for Nvidia said it sold 10,000 chips in May.", "Nvidia", NULL},
    {"subject-group-postmodifier", "Lawyers for the shareholders said they would seek $3 billion from Nvidia.",
     "lawyers for the shareholders", NULL},           /* "for": whom they act for, in the text's words */
    {"subject-group-postmodifier", "Lawyers for Orvel Labs said the company sold 10,000 chips in May.", "Orvel Labs",
     NULL},                                           /* "for" an org: the org */
    {"subject-group-postmodifier", "Investors in the fund said Nvidia returned 40% in 2024.", "investors", NULL},
    {"subject-group-postmodifier", "Executives of rival labs say DeepSeek cut its prices by 50% in May.",
     "executives", NULL},                             /* "in", "of": where they are, the head's label */
    {"subject-group-postmodifier", "Engineers at the startup said the cluster held 10,000 Nvidia chips.",
     "unnamed source", "subject-source-at-pronoun"},  /* "at": the source-at rules */
    {"subject-person-of-org", "Ivo Brankov of Orvel Capital estimated that margins at the plants run 8 points "
     "lower.", "Ivo Brankov", NULL},
    {"subject-person-of-org", "Demand will hold through 2026, Ada Kwiat at Brenholt Markets noted.", "Ada Kwiat", NULL},
    {"subject-step-modifier-name", "Researchers in China say the model cost $5 million to train.", "researchers",
     "subject-unnamed"},
    {"subject-named", "Jane Doe said Nvidia sold 10,000 chips in May.", "Jane Doe", NULL},
    {"subject-the-researchers", "Researchers at Wiz found an open database in January.\n"
                                "The researchers said it held 1 million lines of logs.", "Wiz", NULL},
    {"subject-the-researchers", "Harbor Lane Capital analyst Jo Park raised her target on Nvidia to $210.\n"
     "The shares trade at 29 times earnings, the analysts noted.", "Harbor Lane Capital", NULL},
    {"subject-document-analyst-firm", "Harbor Lane Capital analyst Jo Park raised her target on Nvidia to $210.\n"
     "Huawei could ship 700,000 chips next year, the note said.", "Harbor Lane Capital", NULL},
    {"subject-document-analyst-firm", "Analysts at Harbor Lane Capital raised their target on Nvidia to $210.\n"
     "AMD rose.\nIntel fell.\nTSMC rose.\nArm fell.\nSMIC rose.\nASML fell.\nMicron rose.\nDell fell.\n"
     "Huawei could ship 700,000 chips next year, the note said.", "Harbor Lane Capital", NULL},  /* analysts at X */
    {"subject-document-author", "Analysts at Harbor Lane Capital cut their Nvidia target.\nIn a note, the bank's chip "
     "team, led by analyst Jo Park, estimated that Nvidia sold 10,000 chips.\nAMD sold 2,000 chips, the note said.",
     "Harbor Lane Capital", NULL},                    /* the speaker of the sentence that named the note */
    {"subject-firm-analysts", "Citi analysts said Nvidia sold 10,000 chips in May.", "Citi", NULL},
    {"subject-firm-analysts", "Bernstein published a note on SMIC on Monday.\nIts analysts warn that yields of 20% "
                              "could slow output.", "Bernstein", NULL},
    {"subject-unnamed", "Analysts said Nvidia sold 10,000 chips in May.", "analysts", NULL},
    {"subject-unnamed", "Sceptics say the run cost far more than $5.6 million.", "skeptics", NULL},
    {"subject-unnamed", "Prosecutors said the men knew the shipments needed a licence.", "prosecutors", NULL},
    {"subject-unnamed", "Data-privacy lawyers say the Nvidia deal may not survive review.",
     "data-privacy lawyers", NULL},                   /* a hyphenated compound: the text's words */
    {"subject-unnamed", "Opposition lawmakers said the Nvidia deal was too lenient.", "lawmakers", NULL},
    {"subject-unnamed", "In Hong Kong, police said separately that they had seized 300 Nvidia servers.", "police",
     NULL},                                           /* a group noun: the text's word */
    {"subject-unnamed", "Police in Singapore said they had seized 40 Nvidia servers.\n"
                        "The police said the servers were worth $3 million.", "police", NULL},   /* not Nvidia's */
    {"subject-unnamed", "Commentators, including this one, wrote about a Sputnik moment.", "commentators", NULL},
    {"subject-org-role", "An Alibaba executive said the company sold 10,000 chips in May.", "Alibaba", NULL},
    {"subject-org-role", "The European Commission published a code of practice in July.\nNeither DeepSeek nor "
                         "Alibaba had signed by Friday, and a Commission official said 20 firms were in talks.",
     "European Commission", NULL},
    {"subject-the-role-previous", "A Commerce Department official said Nvidia had sold 10,000 chips.\n"
     "The official added that the licences could lapse in May.", "U.S. Commerce Department", NULL},
    {"subject-the-role-previous", "A Commerce Department official said Nvidia had sold 10,000 chips.\n"
     "Nvidia shares rose 3%.\nAMD fell 2%.\nA rival sold 5,000.\nThe official added that the licences could lapse "
     "in May.", "article", "article-voice"},          /* the speaker too far back */
    {"subject-role-at", "Engineers, at a U.S. lab, said the run used 10,000 chips.", "unnamed source", NULL},
    {"subject-we", "We estimate that Nvidia sold 10,000 chips in May.", "article", NULL},
    {"subject-source-at-pronoun", "Sources at the company said Nvidia sold 10,000 chips in May.", "unnamed source", NULL},
    {"subject-pronoun-descriptor", "Analysts at the Tokyo brokerage Jiahe Capital wrote in a note that the chip was "
                                   "cheap. The brokerage estimated that Nvidia would sell 40,000 chips next year.",
     "Jiahe Capital", NULL},
    {"subject-pronoun-descriptor", "Investment bank Orvel Capital raised its target on AMD to $190. AMD sold 9,000 "
                                   "chips in May. The bank expects AMD to earn $13 billion in 2026.", "Orvel Capital",
     NULL},
    {"subject-pronoun-own-sentence", "Zhipu priced its model at $1 per million tokens, which it said was half the "
                                     "price of GPT-4.", "Zhipu AI", NULL},
    /* the description the sentence before opened with: its speaker, not
     * the org inside what it said */
    /* a model's assumption is its maker's statement */
    {"subject-named", "Orvel Capital assumes that 40% of the $300 billion goes to servers.", "Orvel Capital", NULL},
    {"subject-pronoun-chain", "In a note on Monday, analysts at Orvel Capital said AMD would gain share. The bank "
     "said AMD's chips could earn $13 billion in 2026. The bank added that Intel would lose 5% of its share.",
     "Orvel Capital", NULL},
    /* "it" after a short opening phrase with no comma */
    {"subject-pronoun-chain", "Orvel Capital raised its target on AMD to $190. The bank expects AMD to earn $13 "
     "billion in 2026, and AMD to sell 9,000 chips. For the following year it forecasts $19 billion.",
     "Orvel Capital", NULL},
    /* two sentences back, the org opened the story: the sentence before
     * stood for it */
    {"subject-pronoun-previous-sentence", "Orvel Capital raised its target on AMD to $190. The bank said AMD's chips "
     "could earn $13 billion in 2026. The bank added that Intel would lose 5% of its share.", "Orvel Capital", NULL},
    {"subject-pronoun-previous-sentence", "MiniMax open-sourced its models on Monday.\n"
                                          "The company said they cost $500,000 to train.", "MiniMax", NULL},
    /* an org after "The <noun> <verb>" is the verb's object: no org opens
     * that sentence, "the company" is the story's */
    {"subject-pronoun-topic", "Moonshot AI released a model on Friday. Moonshot AI made it free, and Moonshot AI cut "
                              "its prices. The launch follows DeepSeek's R1 in January. In a technical report, the "
                              "company said it trained the model on 2,000 chips.", "Moonshot AI", NULL},
    /* but after a copula the org still opens it */
    {"subject-pronoun-previous-sentence", "Mistral AI raised 1.7 billion euros on Tuesday. Mistral AI said it would "
                                          "hire 100 people. The stake is ASML's largest outside its supply chain. The "
                                          "company said it would pay 1.3 billion euros.", "ASML", NULL},
    /* the sentence before opened with "the company", which stood for the
     * org the one before it opened with */
    {"subject-pronoun-previous-sentence", "Mistral AI raised 1.7 billion euros in September. Mistral AI said the "
                                          "round valued it at 11.7 billion euros. ASML's machines print the most "
                                          "advanced chips made by TSMC. But the company has rarely backed software "
                                          "startups. It said it would use Mistral's models across its product line.",
     "ASML", NULL},
    /* the sentence before opened with an opening phrase, then the org:
     * the org opens it, not the story's topic */
    {"subject-pronoun-previous-sentence", "Nvidia sold 10,000 chips to CoreWeave. Nvidia owns 5% of CoreWeave. Nvidia "
                                          "rents capacity from CoreWeave.\nIn its risk factors, CoreWeave warned that "
                                          "prices could fall. It also disclosed that Microsoft accounted for 41% of "
                                          "its revenue.", "CoreWeave", NULL},
    /* "Of the chip portion, X ...": a share, X is in what was said */
    {"subject-pronoun-topic", "Orvel Capital raised its target on AMD to $190. Orvel Capital cut its target on "
                              "Intel. Of the chip portion, AMD captures a third, the note said. The bank expects "
                              "AMD to earn $13 billion in 2026.", "Orvel Capital", NULL},
    /* "it" and "the company": the last fitting subject */
    {"subject-pronoun-previous-sentence", "Zhipu AI raised $1 billion in June. Zhipu AI sells its models to "
                                          "governments. OpenAI has singled out Zhipu AI.\nIn a report published in "
                                          "June, the U.S. company said Zhipu AI had won 20 government contracts.",
     "OpenAI", NULL},
    {"subject-pronoun-own-sentence", "DeepSeek trained V3 on 2,048 GPUs. DeepSeek is owned by High-Flyer. "
                                     "High-Flyer's bet on hardware came early.\nIn 2019 it built Fire-Flyer, a "
                                     "cluster of 1,100 GPUs, the company said on its website.", "High-Flyer", NULL},
    /* "it" after a description opening its sentence: what the description
     * stands for (here by its descriptor), as about reads it, not the topic */
    {"subject-pronoun-own-sentence", "Hedge fund Orvel Capital bought Nvidia shares in March. Nvidia said demand "
                                     "for its chips was strong. Nvidia expects sales to double.\n\nOn Friday the "
                                     "fund sold its AMD shares, which it says are too dear.", "Orvel Capital", NULL},
    {"subject-pronoun-previous-speaker", "A former DeepSeek researcher said the lab had 10,000 GPUs.\n"
                                         "She said the cluster cost $500 million.", "unnamed source", NULL},
    /* ", the firm said" right after a sentence an org named closed */
    {"subject-pronoun-previous-speaker", "Samsung sold more HBM in May. Samsung shipped 9,000 wafers. Samsung "
                                         "added a plant.\nPrices rose 10% in the third quarter, market tracker "
                                         "TrendForce estimated. They could climb another 5% in the fourth, the "
                                         "firm said.", "TrendForce", NULL},
    {"subject-pronoun-person", "Jensen Huang spoke at the event on Monday.\nHe said Nvidia sold 10,000 chips in May.",
     "Jensen Huang", NULL},
    {"subject-pronoun-topic", "Nvidia reported results on Wednesday. Jensen Huang spoke to analysts.\n"
                              "It said it sold 10,000 chips in May.", "Nvidia", NULL},
    /* a chip counts for its maker, but not for a word of class model-maker:
     * the lab that trains on Nvidia's chips is not Nvidia; the chipmaker is */
    {"subject-pronoun-topic", "DeepSeek built V3 on Nvidia H800 processors, which Nvidia made for the Chinese "
                              "market.\n\nIn March the lab said R2 beats o1 on coding tests.", "DeepSeek", NULL},
    {"subject-pronoun-topic", "DeepSeek built V3 on Nvidia H800 processors, which Nvidia made for the Chinese "
                              "market.\n\nIn March the chipmaker said the H20 sold out.", "Nvidia", NULL},
    /* an org named as where the figures came from ("polled by", "compiled
     * by") is no company "the company" stands for */
    {"subject-pronoun-topic", "Advantest raised its forecast on Monday.\n\nSales rose 6% to 410 billion yen, "
                              "below the 425 billion yen that analysts polled by Refinitiv had expected.\n\n"
                              "Memory makers bought 40% of its testers, the company said.", "Advantest", NULL},
    /* the first name after a dateline is the sentence's subject, not the
     * dateline's place */
    {"subject-pronoun-topic", "CoreWeave cuts H100 prices as GPU glut grows\n\nSEATTLE \xe2\x80\x94 CoreWeave has "
                              "cut prices for its Nvidia H100 servers by 30%.\n\nThe new prices apply in every "
                              "region, the company said in a blog post.", "CoreWeave", NULL},
    {"subject-stop-pronoun", "Jensen Huang's firm said it bought 10,000 chips in May.", "article", "article-voice"},
    {"subject-document-owner", "DeepSeek's report says the run cost $5.6 million.", "DeepSeek", NULL},
    {"subject-org-part", "The Hangzhou-based Ant Group payments unit said Ling would now cost 0.5 yuan per million "
                         "tokens.", "Ant Group", NULL},
    {"subject-org-part", "Tencent's cloud division said Hunyuan would now cost 0.5 yuan per million tokens.", "Tencent",
     NULL},
    {"subject-document-author", "DeepSeek published a paper on its V3 model on Monday.\n"
                                "The paper says the run cost $5.6 million.", "DeepSeek", NULL},
    {"subject-document-topic", "DeepSeek trained V3 on a cluster in Hangzhou.\n"
                               "The company's privacy policy states that it keeps data for 30 days.", "DeepSeek", NULL},
    {"subject-stop-document", "Nvidia in a Report says it sold 10,000 chips in May.", "article", "article-voice"},
    /* the noun written with its capital, as names of bodies are */
    {"subject-the-head-noun", "The European Commission opened a review of 12 AI models in May.\n"
     "The Commission said 4 of them would need new tests.", "European Commission", NULL},
    {"subject-the-head-noun", "The Personal Information Protection Commission opened an inquiry on Monday.\n"
                              "The commission said DeepSeek sent data on 1 million users to ByteDance.",
     "Personal Information Protection Commission", NULL},
    {"subject-the-regulator", "The Garante ordered DeepSeek to block its app.\n"
                              "The watchdog said it had received 20 complaints.", "Garante", NULL},
    {"subject-place-regulator", "The Garante opened an inquiry into DeepSeek.\n"
                                "Italy's data protection authority said it had fined the company $15 million.",
     "Garante", NULL},
    /* a body of another kind named before is not it: the text's words */
    {"subject-place-regulator", "The Justice Department charged two men in Florida with fraud.\n"
                                "Thailand's trade ministry said in March that 20% of the chips were billed there.",
     "trade ministry", NULL},
    {"subject-place-regulator", "The U.S. Attorney's Office charged two men with smuggling.\n"
                                "Thailand's commerce ministry said it would require export permits for AI chips.",
     "commerce ministry", NULL},
    /* "It" after a sentence a payments firm opened ("Velmira Pay": a trade
     * suffix makes it an org, not a person) */
    {"subject-pronoun-previous-sentence", "Alibaba's Qwen team said the model needs a guard layer.\n"
     "Velmira Pay estimates the cost of the breach at about $3 million. It said it had paid Kestrel Audit Labs "
     "$400,000 for the investigation.", "Velmira Pay", NULL},
    {"subject-possessive-self", "DeepSeek's team wrote that the run used 2,048 H800 chips.", "DeepSeek", NULL},
    {"subject-place-government", "The Longgang District government said it had given the lab $10 million.",
     "Longgang District", NULL},
    {"subject-indefinite-role", "The chips cost $40,000 each, one European official said.", "official", NULL},
    /* a spokesperson opening the sentence after one an org opened speaks for that org, not the story's */
    {"subject-indefinite-role", "Orvel Labs ranked five models. Orvel Labs tested them for six weeks.\n\nKelvar Labs "
     "said it welcomed the tests. A spokeswoman added that its model costs $2 per task.", "Kelvar Labs", NULL},
    /* one lawmaker is one of the lawmakers, and a hyphenated compound before the noun is part of the label */
    {"subject-indefinite-role", "The subsidy may shrink to $2 billion, a lawmaker said.", "lawmakers", NULL},
    {"subject-indefinite-role", "The subsidy may shrink to $2 billion, a senior opposition-bloc lawmaker said.",
     "opposition-bloc lawmakers", NULL},
    {"subject-indefinite-role", "The fine could reach $5 million, one export-control lawyer said.",
     "export-control lawyers", NULL},
    {"indefinite-subject", "A county commissioner said the Nvidia campus would cost $40 million in roads.",
     "officials", NULL},                              /* an elected official: the text's group */
    /* a spokesperson the text does not place speaks for the story's org */
    {"subject-indefinite-role", "Zhipu AI sells its models to state firms.\nA spokesperson said in June that its "
     "models are trained on 10,000 Ascend chips.", "Zhipu AI", NULL},
    {"subject-source-at-description", "An official at the regulator told reporters that 20 firms had been fined.",
     "unnamed source", NULL},
    {"subject-step-contact", "Analysts we speak to expect Nvidia to sell 10,000 chips in May.", "analysts",
     "subject-unnamed"},
    {"subject-stop-comma", "Huawei, this week said it sold 10,000 chips.", "article", "article-voice"},
    {"subject-step-verb-modifier", "Nvidia also on Monday said it sold 10,000 chips.", "Nvidia", "subject-named"},
    {"subject-step-capital", "Nvidia on Monday said it sold 10,000 chips.", "Nvidia", "subject-named"},
    {"subject-findings-same", "Bernstein said Moonshot spent $300 million on servers.\n"
                              "The same customs data show the lab imported 20,000 GPUs.", "Bernstein", NULL},
    {"subject-findings-of-name", "FactSet data show Nvidia sold 10,000 chips in May.", "FactSet", NULL},
    {"subject-findings", "Customs data show China imported 10,000 chips in May.", "customs data", NULL},
    {"subject-news-agency", "The Xinhua news agency reported that 20 firms had been fined $1 million.", "Xinhua", NULL},
    {"subject-outlet-noun", "The Caixin newspaper reported that 20 firms had been fined $1 million.", "Caixin", NULL},
    {"subject-step-news", "Kyodo the news Agency reported that 20 firms had been fined $1 million.", "Kyodo News",
     "subject-named"},
    {"subject-step-date", "Nvidia on Nov. 19 reported that it sold 10,000 chips.", "Nvidia", "subject-named"},
    {"subject-stop-label", "Huawei Ascend 910C: my channel check (two distributors in Shenzhen) puts the street "
     "price at $20,000 per card.", "article",
     "article-voice"},
    {"subject-step-parenthesis", "Jane Doe (ex-Microsoft security, now at Foo Labs): said by phone that 10,000 chips "
     "were smuggled.", "Jane Doe", "subject-named"},
    {"subject-step-document-part", "DeepSeek posted a paper on Monday.\nThe paper's main results table puts the model "
     "at 78.4% on AIME.", "DeepSeek", "subject-document-author"},
    {"subject-step-place-division", "Quzhou Kangning Hospital in Zhejiang province said it had treated 1,000 patients.",
     "Quzhou Kangning Hospital", "subject-named"},
    {"subject-step-in-the-industry", "Several people in the industry believe Nvidia sold 10,000 chips in May.",
     "people in the industry", "subject-unnamed"},
    {"subject-step-filler", "Nvidia last week said it sold 10,000 chips.", "Nvidia", "subject-named"},
    /* "last" or "this" and any word of a date, not only "week" */
    {"subject-step-filler", "Broadcom sells chips.\n\nMarvell last month forecast that its chip sales could reach $2 "
                            "billion by 2026.", "Marvell", "subject-named"},
    {"subject-step-filler", "Broadcom sells chips.\n\nMarvell this quarter expects sales of $2 billion.", "Marvell",
     "subject-named"},
    {"subject-step-apposition", "Nvidia, in a statement to a news agency, the official outlet, said it sold 10,000 "
                                "chips in May.", "Nvidia", "subject-named"},

    /* --- issue 10's classes of error: each case failed before its fix --- */
    /* a comma inside a figure ("10,000") opens no apposition */
    {"subject-after-named", "Nvidia sold 10,000 H800 chips to DeepSeek last year, wrote Jo Park in a note.", "Jo Park",
     NULL},
    /* nested reports: a document stands for the outlet that published it */
    {"source-document-by", "Nvidia sold 10,000 chips in May, according to a report by the Financial Times.",
     "Financial Times", NULL},
    {"source-document-outlet", "The Information reported on Monday that Meta set up four war rooms.\n"
                               "The groups cut costs by $10 million, according to the report.", "The Information", NULL},
    /* the outlet spoke last through "the report" itself: still the outlet */
    {"source-document-outlet", "Amazon built three new chip teams in March, Bloomberg reported, citing two people.\n"
                               "One team cut costs by $4 million, the report said. Another moved 900 engineers to "
                               "Trainium, according to the report.", "Bloomberg", NULL},
    {"subject-document-outlet", "DeepSeek delayed its R2 model, according to a report by the Financial Times.\n"
                                "The lab was told to use Huawei chips rather than Nvidia's, the paper said, but ran "
                                "into problems with 2,000 of them.", "Financial Times", NULL},
    {"subject-document-author", "Bloomberg published a report on the deal on Tuesday.\n"
                                "The report said that Nvidia would sell 5,000 chips to the lab.", "Bloomberg", NULL},
    {"subject-document-author", "In a version of its paper published in Nature, DeepSeek put the cost at $294,000.\n"
                                "The paper says the run used 512 chips.", "DeepSeek", NULL},
    /* the speaker after the verb behind stacked descriptors */
    {"subject-after-named", "Nvidia sold 10,000 H800 chips to DeepSeek last year, wrote Bernstein semiconductor "
                            "analyst Jo Park in a note.", "Jo Park", NULL},
    /* reporting verbs beyond the old lists, and every verb of saying preferred to a passive */
    {"verb-closing-only", "The chips cost $5 million, Nvidia continued.", "Nvidia", "subject-named"},
    {"subject-after-named", "\"We will sell 10,000 chips,\" recalled Jensen Huang.", "Jensen Huang", NULL},
    {"subject-named", "Llama 4 is expected to cost $5 million, Meta warned.", "Meta", NULL},
    {"subject-named", "Jane Doe, an analyst at Foo Capital, remarked that the chips cost $5 million.", "Jane Doe", NULL},
    {"subject-named", "Jensen Huang boasted that the chip will cost $12,000.", "Jensen Huang", NULL},
    {"participle-subject", "Huawei cut prices by 20% in May, forecasting that demand would double.", "Huawei", NULL},
};

#define N_CASES (sizeof cases / sizeof cases[0])

/* The last claim of text parsed with dictionary d, or NULL; *doc to free. */
static const dsc_claim *last_claim(const dsc_dict *d, const char *text, dsc_doc **doc) {
    dsc_options o = {1};
    size_t n;
    *doc = dsc_parse(d, text, strlen(text), &o);
    n = *doc ? dsc_doc_claim_count(*doc) : 0;
    return n ? dsc_doc_claim(*doc, n - 1) : NULL;
}

static void check_cases(const dsc_dict *d) {
    size_t i;
    for (i = 0; i < N_CASES; i++) {
        const rule_case *t = &cases[i];
        dsc_doc *doc;
        const dsc_claim *c = last_claim(d, t->text, &doc);
        char ctx[160];
        snprintf(ctx, sizeof ctx, "%s (%.50s)", t->rule, t->text);
        CHECK(c != NULL, "%s: no claim", ctx);
        if (c) {
            CHECK_STR(c->claimant ? c->claimant : "(null)", t->claimant, ctx);
            CHECK_STR(c->why.claimant, t->why ? t->why : t->rule, ctx);
        }
        dsc_doc_free(doc);
    }
}

/* Every name a table lists has a case; every case names a listed rule;
 * no name is listed twice. */
static void check_names(void) {
    const char *const *(*lists[])(size_t *) = {
        cl_attribution_rule_names, cl_attribution_verb_rule_names, cl_attribution_subject_rule_names,
    };
    const char *all[256];
    size_t n_all = 0, l, i, j, n;
    for (l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const char *const *names = lists[l](&n);
        CHECK(n > 0, "list %zu has names", l);
        for (i = 0; i < n && n_all < 256; i++) all[n_all++] = names[i];
    }
    for (i = 0; i < n_all; i++) {
        int has_case = 0, twice = 0;
        for (j = 0; j < N_CASES; j++) if (strcmp(cases[j].rule, all[i]) == 0) has_case = 1;
        for (j = i + 1; j < n_all; j++) if (strcmp(all[i], all[j]) == 0) twice = 1;
        CHECK(has_case, "rule %s has no case", all[i]);
        CHECK(!twice, "rule %s listed twice", all[i]);
    }
    for (j = 0; j < N_CASES; j++) {
        int listed = 0;
        for (i = 0; i < n_all; i++) if (strcmp(cases[j].rule, all[i]) == 0) listed = 1;
        CHECK(listed, "case %zu names no listed rule: %s", j, cases[j].rule);
    }
}

/* The claimant of text before and after the user's lexicon gives word the
 * classes: article before, then `after` by rule `why`. */
static void check_user_word(const char *text, const char *word, const char *classes, const char *after,
                            const char *why) {
    dsc_dict *d = dsc_dict_new(1);
    dsc_doc *doc;
    char err[128];
    const dsc_claim *c;
    dsc_dict_freeze(d);
    c = last_claim(d, text, &doc);
    CHECK(c && strcmp(c->claimant, "article") == 0, "without '%s' as %s: article", word, classes);
    dsc_doc_free(doc);
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    CHECK(dsc_dict_lexicon_set(d, word, strlen(word), classes, strlen(classes), err, sizeof err) == 0, "%s", err);
    dsc_dict_freeze(d);
    c = last_claim(d, text, &doc);
    CHECK(c && strcmp(c->claimant, after) == 0 && strcmp(c->why.claimant, why) == 0,
          "'%s' as %s: %s by %s, got %s by %s", word, classes, after, why,
          c ? c->claimant : "-", c ? c->why.claimant : "-");
    dsc_doc_free(doc);
    dsc_dict_free(d);
}

/* The claimant rules read classes a user's lexicon extends: an adverb the
 * dictionary makes a verb modifier lets the walk reach the subject; a
 * reporting verb of the user's trade ("quipped", no verb of the built-in
 * lexicon) names the speaker. */
static void check_lexicon(void) {
    check_user_word("Nvidia quietly said it sold 10,000 chips in May.", "quietly", "verb-modifier", "Nvidia",
                    "subject-named");
    check_user_word("The chips cost $5 million, Nvidia quipped.", "quipped", "report saying", "Nvidia",
                    "subject-named");
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    dsc_dict_freeze(d);
    check_cases(d);
    dsc_dict_free(d);
    check_names();
    check_lexicon();
    return check_report("rules_attribution");
}
