/* test_rules_kind.c: the kind rules, by name (src/claim/kind.c). Each case
 * is a text whose first claim one rule decides: the test checks the
 * claim's kind and that why.kind names that rule. Every name
 * cl_kind_rule_names gives has a case, so a rule added without one fails
 * here. */
#include "rules_check.h"
#include <stdio.h>
#include "internal.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;
    const char *text;
    const char *kind;
    int last;                 /* the text's last claim, not its first */
} kind_case;

static const kind_case cases[] = {
    /* a bare figure with no topic word goes on with the claim before it in
     * its paragraph; not a figure that says what it measures (tokens: model
     * size), not across paragraphs */
    /* users and apps are a market when counted, not a product's users */
    {"no-topic", "DeepSeek's app lets users switch between a fast mode and a thinking mode.", "other"},
    {"market-count", "DeepSeek's app had 30 million daily users in January.", "market"},
    {"topic-continued", "Huawei shipped about 200,000 Ascend chips to Chinese buyers last year. Shipments this year "
     "could reach 60-70% of that.", "hardware", 1},
    {"no-topic", "Alibaba released Qwen3 on Tuesday. The models were trained on about 36 trillion tokens.", "other", 1},
    {"no-topic", "Huawei shipped about 200,000 Ascend chips to Chinese buyers last year.\n\nShipments this year "
     "could reach 60-70% of that.", "other", 1},
    /* a headcount says what it counts: people employed, jobs (other),
     * even after a claim of another topic */
    {"topic-words", "Harbor Robotics raised $40 million in a Series B round last month. It employed 212 people "
     "at the end of March.", "other", 1},
    {"topic-words", "The plant will cost $2 billion to build. It is expected to create about 900 jobs.", "other", 1},
    /* with no figure, only a speaker who goes on speaking ("he", "she")
     * carries the topic on; "it" may stand for anything named before */
    {"speaker-continues", "Priya Raman said the startup had bought 5,000 Nvidia H20 chips. She added that the "
     "company wanted more of them.", "hardware", 1},
    /* "also" adds one more to what the sentence before said */
    {"also-continues", "Harbor Capital led the startup's $30 million Series A round. Tencent also took part, a "
     "spokeswoman said.", "funding", 1},
    {"no-topic", "Harbor Capital led the startup's $30 million Series A round.\n\nTencent also took part, a "
     "spokeswoman said.", "other", 1},
    {"no-topic", "Priya Raman said the startup had bought 5,000 Nvidia H20 chips. It could equally be someone "
     "else.", "other", 1},
    {"no-topic", "Priya Raman said the startup had bought 5,000 Nvidia H20 chips.\n\nShe added that the "
     "company wanted more of them.", "other", 1},
    {"topic-words", "Italy's privacy regulator blocked DeepSeek's app on Thursday.", "policy"},
    /* what money is paid for decides over the verb that pays: a settlement
     * or damages are a legal obligation met */
    {"legal-payment", "Acme agreed to pay $40 million to settle a lawsuit brought by a group of novelists.", "policy"},
    {"legal-payment", "A jury ordered the startup to pay $12 million in damages to the photographers.", "policy"},
    {"money-word-before", "Acme agreed to pay $40 million to license the novels for training.", "cost"},
    /* the speaker's words weigh half: what is said decides */
    {"topic-words", "Some U.S. officials have questioned whether the startup could have trained its models without "
     "more advanced chips.", "hardware"},
    /* a tie between the speaker's words ("officials", policy) and what
     * is said (a chip named, hardware) goes to what is said */
    {"chip-named", "Some Japanese officials have suggested that the startup may have bought more H800s than it "
     "disclosed.", "hardware"},
    /* a market's move verb whose subject is a price moves a price: cost;
     * a share price stays a market */
    {"price-move", "DRAM contract prices rose 8% in the third quarter, an industry tracker said.", "cost"},
    {"price-move", "Rental prices for older GPUs fell to $1.50 in October.", "cost"},
    /* a participle after an auxiliary moves a price too, and the price
     * may stand seven words before it ("for" and what is priced) */
    {"price-move", "Cloud GPU rental prices have fallen 40% since January, a tracker said.", "cost"},
    {"price-move", "Spot prices for AMD MI300X cloud servers have fallen 40% since March.", "cost"},
    {"topic-words", "Shares of the chip designer have fallen 12% since January.", "market"},
    {"topic-words", "Its share price jumped 5% in the third quarter.", "market"},
    /* what comes after a verb that follows the speaker's apposition is
     * what is said, not the speaker's words */
    {"topic-words", "Jane Doe, who covers chip stocks for the bank, said the price of HBM had doubled.", "cost"},
    /* a word of an outlet's name is no topic word */
    /* nor one of a firm's name ("Capital", "Funds"): the prices decide */
    {"topic-words", "Ada Li of Harbor Capital Markets asked whether Samsung would raise memory prices next year.",
     "cost"},
    {"topic-words", "Alibaba released Qwen3 on Tuesday, Tom's Hardware reported.", "time"},
    /* the source cited ("according to ...") is no part of the topic */
    {"topic-words", "Zhipu has begun preparing an initial public offering, according to a filing with the securities regulator.", "funding"},
    /* raising an estimate or a forecast raises no money */
    {"chip-named", "Jefferies raised its estimate for Blackwell shipments.", "hardware"},
    /* a release after "days of", "weeks of" is a reference point, no timing */
    {"no-topic", "Two Indian start-ups began hosting Qwen3 within days of its release.", "other"},
    /* a sale barred is a legal status, policy, whatever is sold; a sale
     * that merely did not happen is not ("could not ship": active) */
    {"sale-barred", "The B30 is built on the same chip, but it cannot be sold to China.", "policy"},
    {"topic-words", "Nvidia said it could not ship its H20 chips to customers in China.", "hardware"},
    /* "offering" alone sells nothing of the company: the discounts are a price */
    {"topic-words", "Mistral began offering discounts of 40% on its Medium 3 model.", "cost"},
    /* fines and legal obligations are policy */
    {"topic-words", "Mistral said the duties would apply to its new model.", "policy"},
    {"money-word-before", "Firms that break the rules face penalties of up to €15 million.", "policy"},
    /* a move of money invested is funding, a price's move cost, a share's market */
    {"money-word-before", "Venture funding for robotics startups fell to $4.2 billion in the second quarter.",
     "funding"},
    /* a court's ruling and the damages it sets are policy, a decision
     * of the state, whatever the case is about (downloads, chips) */
    {"topic-words", "A judge in Delaware ruled that Baidu had infringed patents when it downloaded 2 million "
     "images.", "policy"},
    {"topic-words", "The ruling covers only the 2 million images Baidu downloaded.", "policy"},
    /* damages sought are what a lawsuit demands, other as the lawsuit
     * (doc/claims.md); damages set or paid stay policy */
    {"inquiry-act", "The authors will seek damages for all 4,000 books, their lawyer said.", "other"},
    {"inquiry-act", "The lawsuit, filed on Friday, seeks damages of $30 million from the lab.", "other"},
    {"series-round", "Anthropic announced a Series F on Tuesday.", "funding"},
    {"charged-with", "Two brokers were charged with fraud in Singapore over Nvidia servers.", "other"},
    /* the charge outweighs who brings it and what the crime was about */
    {"charged-with", "Authorities in Taiwan charged four traders with fraud over servers that may have held "
                     "Nvidia chips.", "other"},
    /* an accusation however far "with" stands */
    {"charged-with", "Prosecutors in Singapore charged two brokers with fraud over Nvidia servers.", "other"},
    /* room for a name and a count between "charged" and "with" */
    {"charged-with", "Police in Malaysia said they had charged Tan Wei Ming and three others with fraud.", "other"},
    /* the verb "charges" before "for" asks a price, no charge against earnings */
    {"topic-words", "Mistral now charges for the premium tier of its Le Chat assistant.", "cost"},
    /* a share just after "up" or "down" is a move */
    {"market-percent", "Nvidia: down 17% on Monday, up 8.9% on Tuesday.", "market"},
    /* an approval (by a regulator, the usual case in the news) is policy */
    {"topic-words", "Baidu's Ernie Bot and ByteDance's Doubao were among the first chatbots to be approved.", "policy"},
    /* a criminal case is an accusation, however much export law it names */
    {"topic-words", "A former broker faces up to ten years in prison if convicted of smuggling Nvidia chips to China.",
     "other"},
    /* a legal obligation is policy; "the closest thing China has to an
     * early OpenAI" binds nobody */
    {"obligation", "Platforms such as Weibo will have to check uploaded files for those labels.", "policy"},
    {"obligation", "Before a chatbot goes live, its maker has to file it with the state.", "policy"},
    {"no-topic", "Moonshot has been described as the closest thing Beijing has to an early OpenAI.", "other"},
    /* the rule's binding words outweigh what it binds (chips, a count) */
    {"obligation", "Under the new rule, distributors must also register any sale of more than 500 of the GPUs "
     "within 30 days.", "policy"},
    /* compliance is the claim, unless it is what a thing was made for */
    {"topic-words", "Huawei said it complies with all U.S. export controls.", "policy"},
    {"topic-words", "Zhipu will still have to comply with the AI Act itself.", "policy"},
    {"topic-words", "Nvidia sold the H20, a chip made to comply with U.S. export rules, in China.", "hardware"},
    /* spending time is no cost, nor its span a timing */
    {"no-topic", "She grew up in Wuhan and spent a year as a visiting student in Toronto.", "other"},
    {"no-topic", "Moonshot has spent two years casting its Kimi models as the open choice.", "other"},
    {"no-topic", "Meta chief Mark Lee spent much of the summer courting researchers at OpenAI.", "other"},
    {"age", "Chen Hao, 38, has spent most of the past decade building storage systems for labs.", "other"},
    /* a date as what is spent ("spent last Monday"), no cost; spending
     * "by 2027" is a deadline for money */
    {"background-topic", "He spent last Monday at a plant that will draw 200 megawatts when it is finished.",
     "hardware"},
    {"background-topic", "She spent the 2022 drought at a site that now draws 90 megawatts.", "hardware"},
    /* a date for results to come is their timing; results reported and
     * told are a market's */
    {"results-date", "Baidu will report third-quarter results on August 21.", "time"},
    /* money in a Gulf currency (SAR, AED: data/units/currencies.tsv) is
     * money, read by the word before it, not a bare count that leaves the
     * dollar figure after it to a cost word elsewhere */
    {"money-word-before", "The emirate has set aside SAR 40 billion (about $10.7 billion) for AI, though little "
     "of it has been spent so far.", "funding"},
    {"results-date", "The chipmaker reports annual results in March 2026, a spokesman said.", "time"},
    {"money-word-before", "Baidu reported quarterly revenue of $4.5 billion on Thursday.", "market"},
    /* electricity counted in energy units is power for data centres */
    {"hardware-units", "AI data centres may need 120 TWh a year by 2028, a grid operator said.", "hardware"},
    /* a date tied to a release by a schedule word is timing, whatever
     * the thing released; not in a relative clause, nor a volume shipped */
    {"release-timing", "AMD's next accelerator chips will go on sale in Q1 2026, the company said.", "time"},
    {"release-timing", "A bigger Kite 700 cluster with 9,216 chips is planned for late 2027.", "time"},
    {"release-timing", "A cheaper edition of the Tern-3 model is expected in the first half.", "time"},
    {"release-timing", "The next version of the leaderboard is due on 3 March, its maintainers said.", "time"},
    /* a relative date: "in the coming weeks" */
    {"release-timing", "Amazon said Trainium3, its newest chip, will be broadly available in the coming months.", "time"},
    /* a count of a market's word is a market; a release after "after" is a reference point, no timing */
    {"market-count", "Kimi was downloaded 2 million times in the month after its launch in January, Moonshot said.",
     "market"},
    /* money "in" a word of results is the results, whatever its modifiers */
    {"money-noun-after", "Several AI coding startups, flush with venture money, have passed $200 million in annual "
     "recurring revenue.", "market"},
    /* "free" weighs less than the release it describes */
    {"topic-words", "Zhipu released GLM-4.5 on Monday, making the weights free to download.", "time"},
    /* a release as the reference point of another event is no timing */
    {"no-topic", "Wang joined Zhipu in early 2023, a few weeks after OpenAI released ChatGPT to the public.", "other"},
    /* a model's percentage in a sentence about prices is a price, no score */
    {"topic-words", "Moonshot later introduced discounts of up to 50% on Kimi K2.", "cost"},
    /* a government telling companies what to do is policy, whatever it is about */
    {"government-directive", "Chinese regulators have asked several cloud firms to explain why they bought Nvidia "
     "H20 chips.", "policy"},
    {"government-directive", "Zhipu had been urged by authorities to train on Huawei Ascend chips.", "policy"},
    /* a start is scheduled as a release is; not a date defining a noun ("the year that begins") */
    {"release-timing", "Volume shipments of the Ascend chip are expected to begin in the third quarter, Huawei said.", "time"},
    {"release-timing", "The power deal starts in June 2027, when the old contract runs out.", "time"},
    {"money-word-before", "Tencent expects capital spending of about $10 billion in the fiscal year that begins in April.",
     "funding"},
    {"release-timing", "Its SuperNode, which links 4,096 Ascend chips, would be available in the third quarter of next year.", "time"},
    /* the size of what is released, in an appositive after the act, is background */
    {"topic-words", "Zhipu on Monday released GLM-5, a model with 745 billion parameters, on Hugging Face.", "time"},
    {"parameters", "All six models, which range from 1 billion to 90 billion parameters, are free to download.", "other"},
    /* a licence a model is published under, with its version, is no policy */
    {"topic-words", "Mistral said its Devstral models are released under the Apache 2.0 license.", "time"},
    /* an analyst's target is a share price, however far before the amount */
    {"price-target", "Lakeside Securities analyst Tom Reyes raised his price target on AMD (NASDAQ: AMD) to $250 "
     "from $220 on Friday.", "market"},
    /* figures a company reports are its results, whatever the sentence's funding words */
    {"money-word-before", "Baichuan, which filed for an initial public offering in March, reported a net loss of "
     "1.8 billion yuan for 2024.", "market"},
    /* money raised to buy hardware is read by what it buys */
    {"money-to-buy", "Mistral is said to be raising about $2 billion in loans to buy Nvidia GPUs.", "hardware"},
    /* money a thing is worth is read by that thing, not by "worth" */
    {"worth-what", "Customs officers said the seized servers and GPUs were worth about $40 million.", "hardware"},
    {"worth-what", "Tencent had ordered about $2 billion worth of the accelerators by March.", "hardware"},
    {"worth-what", "Dell has said it will supply $3 billion worth of servers to the lab.", "hardware"},
    /* buying or selling what an org owns is a change of ownership,
     * funding; goods sold stay what they are */
    {"ownership-sale", "Hive Digital sold its mining business to a rival operator in 2024.", "funding"},
    {"ownership-sale", "The Japanese group sold its Arm shares in September, a filing showed.", "funding"},
    {"topic-words", "The startup bought 5,000 GPUs from a reseller last year.", "hardware"},
    /* what a deal is worth is funding (a deal-noun, as "a $300 billion contract") */
    {"worth-what", "Salesforce agreed to buy the startup, a maker of coding agents, in an all-stock deal worth "
     "$1.9 billion.", "funding"},
    {"worth-what", "Analysts say the market for inference chips could be worth $90 billion by 2030.", "market"},
    /* power for data centres is hardware (doc/claims.md) */
    {"hardware-units", "OpenAI said its second campus in Ohio will draw 1.5 gigawatts on its own.", "hardware"},
    {"topic-words", "Huawei is expected to ship about 400,000 Ascend chips in 2026.", "hardware"},
    {"topic-words", "After Tern-2 was released in March, downloads of the app rose more than tenfold.", "market"},
    {"topic-words", "Its flagship, Tern-3, released in May, has 400 billion parameters in total.", "other"},
    {"topic-words", "The rack, which will ship in the fourth quarter, runs on Nvidia H800s.", "hardware"},
    {"chip-named", "DeepSeek trained V3 on Nvidia H800s.", "hardware"},
    {"government-body", "Italy's Garante wrote to DeepSeek on Tuesday.", "policy"},
    {"price-target", "Citi set a $175 price target on Nvidia.", "market"},
    {"charges-price", "OpenAI charges $10 for o3 access.", "cost"},
    {"closed-round", "xAI closed a $6 billion round in December.", "funding"},
    {"value-at", "The deal would value Anthropic at $40 billion.", "funding"},
    {"value-at", "A listing next year could value the chatbot maker at up to $300 billion.", "funding"},
    {"capex-spending", "Meta spent $35 billion on capital expenditure last year.", "funding"},
    {"money-word-before", "Alphabet plans to spend $75 billion this year.", "funding"},
    /* capital put into something (class invest-verb); "put ... at" an estimate */
    {"money-word-before", "SoftBank will put in $10 billion in April.", "funding"},
    {"money-word-before", "Masayoshi Son said Stargate would deploy $100 billion right away.", "funding"},
    {"money-is-cost", "Analysts put the cost of the run at $6 million.", "cost"},
    /* an outlook figure is a result to come (market), capex in a passage
     * about capex (funding); the noun after it still decides */
    {"outlook", "For the next quarter Nvidia guided to roughly $54 billion.", "market"},
    {"outlook", "Baidu excluded the unit from its guidance of $4.1 billion.", "market"},
    {"outlook", "## The capex numbers\n\nAlphabet guided to $91 billion, above the $85 billion it gave in July.", "funding"},
    {"money-word-before", "Citi forecasts that the final training run of R2 cost $9 million.", "cost"},
    {"capex-spending", "## The capex numbers\n\nMicrosoft: spent $34.9 billion in the September quarter.", "funding"},
    {"money-word-before", "Nvidia revenue reached $39 billion in the quarter.", "market"},
    /* money in any currency: the quantity's kind, not its code */
    {"money-word-before", "Sakana paid 1.5 billion yen for its GPU cluster.", "cost"},
    {"money-word-before", "Naver spent 21.6 billion won on its new campus.", "cost"},
    {"money-word-before", "Grok 4 reportedly cost hundreds of millions of dollars to train.", "cost"},
    {"money-noun-after", "SoftBank unveiled a $500 billion data centre venture.", "funding"},
    {"money-noun-after", "Oracle signed a $300 billion, five-year cloud contract with OpenAI.", "funding"},
    /* a result after the amount: "a $5.5 billion charge"; a period is none */
    {"money-noun-after", "AMD said it would take an $800 million charge on its MI308 inventory.", "market"},
    {"money-word-before", "Gains at the Vision Fund reached ¥2.16tn in the quarter, the company said.", "funding"},
    {"money-amid-topic", "Nvidia's revenue grew again, to $39.3 billion.", "market"},
    /* a fine is policy */
    {"topic-words", "A provider that breaches the rules can be fined 3 percent of its turnover or €15 million.", "policy"},
    {"capex-context", "## The capex numbers\n\nMeta: now expects $70 billion to $72 billion.", "funding"},
    {"money-is-cost", "DeepSeek's final run: $5.6 million.", "cost"},
    {"unit-price", "DeepSeek prices R1 at $0.55 per million input tokens.", "cost"},
    {"unit-price", "Lambda rents out H100s at $2 per GPU-hour.", "cost"},
    {"hardware-units", "Nvidia's NVLink moves data at 900 GB/s.", "hardware"},
    /* "performance" of a chip or a service is no test result; "registration"
     * data no regulation */
    {"chip-named", "Huawei's Ascend 910C reaches about 60% of the Nvidia H100's performance on inference.", "hardware"},
    /* servers named are where a model runs, no hardware topic; counted,
     * they are hardware */
    {"no-topic", "European firms can run DeepSeek's models on their own servers in Europe.", "other"},
    {"hardware-units", "Pacific Gate shipped 40 servers to Hong Kong in December.", "hardware"},
    /* a count of a hardware-count noun, compute by the quantity's kind */
    {"hardware-units", "Huawei shipped 200,000 NPUs last year.", "hardware"},
    {"hardware-units", "Google rents out 100,000 TPUs to Anthropic.", "hardware"},
    {"hardware-units", "Meta trained Llama on 10^25 floating-point operations.", "hardware"},
    {"model-score", "Claude Opus 4.1: 78%.", "benchmark"},
    {"market-percent", "DeepSeek's app users grew 40%, 30% and 25% in three months.", "market"},
    {"rank", "DeepSeek's app was No. 1 in the US.", "market"},
    {"rank", "Zhipu says GLM-4.5 ranks third on a set of 12 benchmarks.", "benchmark"},
    {"parameters", "DeepSeek-V3 has 671B params.", "other"},
    {"age", "Liang Wenfeng, 40, runs DeepSeek.", "other"},
    /* without the rule the 20 years would make it a time claim */
    {"deal-term", "Microsoft signed a 20-year agreement with Constellation Energy.", "other"},
    {"duration", "DeepSeek took two months to build V3.", "time"},
    /* power for data centres is hardware, a launch event's verb time, a
     * backer's money funding (doc/claims.md's table) */
    {"topic-words", "Data centres could use 9% of the country's electricity by 2030.", "hardware"},
    {"topic-words", "Baidu used its developer conference to unveil two new Ernie models.", "time"},
    {"topic-words", "The start-up was funded entirely by its two founders.", "funding"},
    /* a commissioner (of data protection, of competition) is a regulator */
    {"government-directive", "Ireland's data protection commissioner asked Google in May to pull the chatbot from its store.", "policy"},
    /* capex named in the sentence itself */
    {"capex-context", "TSMC kept its capital spending budget for the year at about $40 billion.", "funding"},
    /* data centres, hyphenated or not, are hardware */
    {"topic-words", "Oracle said it would triple its data-centre footprint over the next three years.", "hardware"},
    /* a gain is a market's, as "gained" is */
    {"topic-words", "The gauge posted its sharpest four-week gain since March.", "market"},
    /* GPU-hours, hyphenated, are compute */
    {"topic-words", "DeepSeek said the GPU-hour figures leave out dozens of ablation experiments.", "hardware"},
    /* lobbying is about regulation */
    {"topic-words", "Chipmakers had lobbied for a three-year delay of the rules, Reuters reported.", "policy"},
    /* income is a result, as revenue and profit are */
    {"money-word-before", "Samsung reported quarterly net income of 9.8 trillion won.", "market"},
    /* a refusal is no market's decline */
    {"no-topic", "The hosted version of R1 declines to answer questions about Tiananmen Square, testers said.", "other"},
    /* raising a price is cost, raising money funding */
    {"topic-words", "Moonshot raised its output prices for the first time this week.", "cost"},
    {"topic-words", "Moonshot raised a new round from Tencent this week.", "funding"},
    /* the units data, not the unit's spelling: hours measure work, no
     * timing (class calendar-span); any span before a deal noun is a term */
    {"no-topic", "DeepSeek said the run took 40 hours.", "other"},
    {"deal-term", "Microsoft signed a 6-month contract with Constellation Energy.", "other"},
    /* a single scare-quoted word inside the sentence is no quotation */
    {"topic-words", "OpenAI said it had seen evidence of \"distillation\" by DeepSeek in January.", "other"},
    {"attributed-quotation", "\"DeepSeek changed the economics of AI,\" said Jane Doe.", "quote"},
    {"no-topic", "OpenAI said DeepSeek may have distilled its models.", "other"},
    /* an investigation opened "into" something is other, whoever opens
     * it; one after "after" dates a fine, which stays policy */
    {"inquiry-into", "Japan's competition regulator has opened an antitrust investigation into Nvidia's purchase "
     "of a chip designer.", "other"},
    {"inquiry-into", "Regulators in Spain and Poland have opened inquiries into the chatbot maker.", "other"},
    {"money-word-before", "The regulator fined the company €2 million after an investigation into how it handled "
     "user data.", "policy"},
    /* a verb of inquiry or litigation, its agent or instrument, in the
     * main clause: other, whoever acts and whatever is looked into; not
     * in the speaker's words */
    {"inquiry-act", "The Trade Ministry is investigating whether 5,000 Nvidia H100 chips reached a Chinese lab.",
     "other"},
    {"inquiry-act", "Investigators are checking whether the servers held Nvidia H100 chips.", "other"},
    {"inquiry-act", "The agency sent subpoenas to three chip distributors in May.", "other"},
    {"inquiry-act", "A news publisher has sued the search startup, saying it copied 2 million articles.",
     "other"},
    {"topic-words", "A lawyer who sued the lab last year said it had bought 5,000 Nvidia H100 chips.", "hardware"},
    /* a clause that dates (since, after, until + a clause) or a relative
     * "that" after the object is background: the main clause decides */
    {"topic-words", "Chipmakers in Japan are bracing for a smaller Chinese market after Tokyo tightened export "
     "rules again.", "market"},
    {"topic-words", "The company has said little about its chips since Washington tightened export rules in April.",
     "hardware"},
    {"topic-words", "DeepSeek trained V3 on the H800, a chip that Nvidia was allowed to sell to China until export "
     "rules were tightened.", "hardware"},
    {"topic-words", "She is one of few women to have founded a model developer that has raised more than "
     "$50 million.", "other"},
    /* it decides when the main clause says nothing */
    {"background-topic", "Baidu has said little since regulators approved its chatbot.", "policy"},
    /* not after a span ("came a day after": the event is the point), nor
     * a relative inside the subject (no comma ends it), nor "has since
     * said" (no subject after "since") */
    {"topic-words", "The deal came a day after regulators approved the export licences.", "policy"},
    {"money-word-before", "The stage that turned V3 into R1 was later reported to have cost about $294,000.", "cost"},
    {"money-amid-topic", "Nvidia has since said it expects to lose about $8 billion of H20 sales.", "market"},
    /* a forecast split from the result it is compared with measures what
     * the result measures: revenue, market */
    {"forecast-of-result", "Group sales rose 3% to ¥88.4 billion, just above the ¥87.9 billion that analysts polled "
     "by LSEG had expected.", "market", 1},
    /* a relative clause split off (relative-report) reads the noun group
     * it hangs on, after the comma or before ", which"; its speaker's
     * words ("regulators", "officials") weigh less */
    {"relative-head", "Tencent is building a data centre in Chongqing, a cluster that regulators say will be the "
     "largest in western China.", "hardware", 1},
    {"relative-head", "Tencent is building a 10,000-GPU cluster, which officials say will be the largest in western "
     "China.", "hardware", 1},
};

static void run_case(const kind_case *c) {
    dsc_doc *doc = dsc_parse(NULL, c->text, strlen(c->text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0;
    const dsc_claim *cl = n ? dsc_doc_claim(doc, c->last ? n - 1 : 0) : NULL;
    CHECK(cl != NULL, "%s: \"%s\" is a claim", c->rule, c->text);
    if (cl) {
        CHECK_STR(dsc_claim_kind_name(cl->kind), c->kind, c->text);
        CHECK_STR(cl->why.kind, c->rule, c->text);
    }
    dsc_doc_free(doc);
}

/* A list's items are paragraphs of their own: the item before still says
 * the passage is about capex, so an outlook in the next is funding. */
static void outlook_after_list_item(void) {
    const char *text = "- Meta expects capital expenditure of $66 billion.\n- Alphabet guided to $91 billion.\n";
    dsc_doc *doc = dsc_parse(NULL, text, strlen(text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0;
    const dsc_claim *cl = n ? dsc_doc_claim(doc, n - 1) : NULL;
    CHECK(n == 2, "two claims in \"%s\", got %zu", text, n);
    if (cl) {
        CHECK_STR(dsc_claim_kind_name(cl->kind), "funding", text);
        CHECK_STR(cl->why.kind, "outlook", text);
    }
    dsc_doc_free(doc);
}

/* "per GPU-hour" prices; it cites no source. */
static void rate_is_no_source(void) {
    const char *text = "Lambda rents out H100s at $2 per GPU-hour in Texas.";
    dsc_doc *doc = dsc_parse(NULL, text, strlen(text), NULL);
    const dsc_claim *cl = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, 0) : NULL;
    CHECK(cl != NULL, "\"%s\" is a claim", text);
    if (cl) CHECK_STR(cl->claimant ? cl->claimant : "(null)", "article", text);
    dsc_doc_free(doc);
}

/* Two counts of the same size are two figures; a figure repeated is one. */
static void figures_listed_once(void) {
    static const struct { const char *text; size_t n; } cases[] = {
        {"The lab had 10,000 A100 units and 10,000 H800 units in 2023.", 2},
        {"DeepSeek said V3 cost $5.6 million, and analysts doubt the $5.6 million.", 1},
    };
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        dsc_doc *doc = dsc_parse(NULL, cases[k].text, strlen(cases[k].text), NULL);
        const dsc_claim *cl = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, 0) : NULL;
        CHECK(cl != NULL, "\"%s\" is a claim", cases[k].text);
        if (cl) CHECK(cl->n_quantities == cases[k].n, "%s: %u figures, want %zu", cases[k].text,
                      (unsigned)cl->n_quantities, cases[k].n);
        dsc_doc_free(doc);
    }
}

/* A sentence longer than the tokens read (MAX_TOKS) ending in money: the
 * rules that look back from the amount read no token past the last
 * (caught by the sanitizer builds). */
static void money_past_the_tokens(void) {
    static char text[4000];
    size_t n = 0, k;
    dsc_doc *doc;
    n += (size_t)snprintf(text + n, sizeof text - n, "Nvidia would value the unit at");
    for (k = 0; k < 450; k++) n += (size_t)snprintf(text + n, sizeof text - n, " at");
    snprintf(text + n, sizeof text - n, " $40 billion.");
    doc = dsc_parse(NULL, text, strlen(text), NULL);
    CHECK(doc != NULL, "a %zu-byte sentence parses", strlen(text));
    dsc_doc_free(doc);
}

int main(void) {
    size_t k;
    rate_is_no_source();
    money_past_the_tokens();
    figures_listed_once();
    outlook_after_list_item();
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    CHECK_STAGE_RULES("kind", cl_kind_rule_names, 20, cases);
    return check_report("rules_kind");
}
