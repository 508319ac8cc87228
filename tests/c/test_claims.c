/* test_claims.c: claim detection, claimant, about, hedges and kinds on
 * small documents written in the style of AI-industry news. */
#include "check.h"
#include "internal.h"

typedef struct {
    const char *text;
    int claims;               /* expected number of claims in the text */
    const char *claimant;     /* of the first claim ("(null)" for NULL) */
    const char *kind;
    int hedged;
    const char *about;        /* "A|B" in order; NULL: not checked */
    const char *absent;       /* an entity that must NOT be in about, or NULL */
    int last;                 /* 1: the fields are those of the last claim */
} claim_case;

static const claim_case cases[] = {
    {"DeepSeek said its model cost $6 million to train.", 1, "DeepSeek", "cost", 0, "DeepSeek", NULL},
    {"\"DeepSeek is remarkably efficient,\" said Jane Doe, an analyst at Foo Capital.", 1, "Jane Doe", "quote", 0, "DeepSeek", "Foo Capital"},
    {"According to Reuters, Nvidia lost $589 billion in market value on Monday.", 1, "Reuters", "market", 0, "Nvidia", "Reuters"},
    {"Nvidia shares fell 17% on Monday, analysts said.", 1, "analysts", "market", 0, "Nvidia", NULL},
    {"The model's training cost was reported to be $5.6 million.", 1, "(null)", "cost", 1, NULL, NULL},
    {"DeepSeek reportedly used 50,000 H100 chips.", 1, "article", "hardware", 1, "DeepSeek|Nvidia H100", NULL},
    {"Shares fell 3% amid fears that spending at Microsoft may have peaked.", 1, "article", "market", 0, NULL, NULL},
    {"Researchers could use R1 for free, DeepSeek said.", 1, "DeepSeek", NULL, 0, NULL, NULL},
    {"TikTok owner ByteDance released a new model on Wednesday.", 1, "article", "time", 0, "ByteDance", "TikTok"},
    {"Microsoft-backed OpenAI said DeepSeek may have distilled its models.", 1, "OpenAI", NULL, 1, NULL, "Microsoft"},
    {"Nvidia CEO Jensen Huang told CNBC that demand for H20 chips remains strong.", 1, "Jensen Huang", NULL, 0, NULL, "CNBC"},
    {"\"DeepSeek built V3 cheaply. It cost $6 million,\" Liang Wenfeng said.", 2, "Liang Wenfeng", "quote", 0, NULL, NULL},
    {"The export controls were tightened by the Commerce Department in October.", 1, "article", "policy", 0, NULL, NULL},
    {"That history matters for reading what came next.", 0, NULL, NULL, 0, NULL, NULL},
    {"\"Necessity is the mother of invention,\" said Jane Doe.", 0, NULL, NULL, 0, NULL, NULL},
    {"Watch this video to learn more.", 0, NULL, NULL, 0, NULL, NULL},
    {"Alibaba said Qwen 2.5-Max outperformed DeepSeek-V3 on several benchmarks.", 1, "Alibaba", "benchmark", 0, NULL, NULL},
    {"Moonshot AI raised $1 billion at a valuation of $2.5 billion, people familiar with the matter said.", 1, "people familiar with the matter", "funding", 0, NULL, NULL},
    {"Italy's privacy regulator blocked DeepSeek's app on Thursday.", 1, "article", "policy", 0, NULL, NULL},
    {"HONG KONG (Reuters) - Alibaba shares jumped 8% on Wednesday.", 1, "article", "market", 0, "Alibaba", "Hong Kong"},
    {"Jane Doe, a partner at Foo Capital, was blunt.\n\n\"DeepSeek changed the economics of AI.\"", 1, "Jane Doe", "quote", 0, "DeepSeek", NULL},
    /* the quotation's introduction names its speaker by a pronoun */
    {"Jane Doe, a partner at Foo Capital, thinks the figures hold.\n\nShe was blunter on the phone:\n\n\"DeepSeek "
     "changed the economics of AI.\"", 1, "Jane Doe", "quote", 0, "DeepSeek", NULL, 1},
    {"\"We will keep investing,\" Zuckerberg wrote, adding that Meta may spend $65 billion this year.", 1, "Mark Zuckerberg", NULL, 1, NULL, NULL},
    /* a named speaker outranks a relayed source */
    {"Its founder, Jane Doe, told staff the lab would cut prices by 30%, according to one of those people.", 1, "Jane Doe", NULL, 0, NULL, NULL},
    {"Two sources at OpenAI said the review found evidence of distillation.", 1, "unnamed source", NULL, 0, NULL, "OpenAI"},
    {"Researchers at Wiz said the exposed database held more than 1 million lines of logs.", 1, "Wiz", NULL, 0, NULL, NULL},
    {"Citi analysts said Nvidia shares could rebound 20% by June.", 1, "Citi", "market", 1, NULL, NULL},
    {"Apps grew 40% last quarter, according to company filings and analyst notes.", 1, "company filings", NULL, 0, NULL, NULL},
    {"The inquiry, first reported by Bloomberg, covers shipments of 5,000 chips.", 1, "Bloomberg", NULL, 0, NULL, NULL},
    /* two claims: the release in the article's voice, then Alibaba's own */
    {"Alibaba released Qwen 2.5-Max on Wednesday and said it beat DeepSeek-V3 on 4 tests.", 2, "article", "time", 0, NULL, NULL},
    {"DeepSeek says its model cost $6 million, but analysts argue the real bill ran far higher.", 2, "DeepSeek", NULL, 0, NULL, NULL},
    {"The authority, known as the Garante, said it had opened an investigation into DeepSeek.", 1, "Garante", NULL, 0, NULL, NULL},
    {"Marc Andreessen called R1 \"a Sputnik moment\" for American AI.", 1, "Marc Andreessen", "quote", 0, NULL, NULL},
    /* a sentence of two speakers splits though one part is quoted; the other part is no quote */
    {"Meta has said Llama 4 will cost $5 million, and Zuckerberg has predicted it will be \"the leading model\" "
     "by 2025.", 2, "Meta", "cost", 0, NULL, NULL},
    /* quotation marks around a name or a scare quote quote nobody */
    {"Mistral released a chatbot called \"Le Chat\" in February.", 1, "article", "time", 0, NULL, NULL},
    {"\"Le Chat\" topped the French App Store in February.", 1, "article", NULL, 0, NULL, NULL},
    {"The regulator summoned Nvidia in July over what it called possible \"backdoor\" security risks in the H20.", 1,
     "article", "policy", 0, NULL, NULL},
    {"The Garante called that answer \"totally insufficient\" on Friday.", 1, "Garante", "quote", 0, NULL, NULL},
    {"\"We will raise $1 billion this year,\" said Zhang Peng of Zhipu AI.\n\nIn April, Zhipu AI registered with the regulator for "
     "\"listing guidance\", the first step towards a $1 billion listing.", 2, "article", NULL, 0, NULL, NULL, 1},
    {"An Alibaba executive denied reports that the company would invest $1 billion in DeepSeek.", 1, "Alibaba", NULL, 0, NULL, NULL},
    {"DeepSeek did not respond to a request for comment.", 0, NULL, NULL, 0, NULL, NULL},
    {"ByteDance priced its Doubao model at 0.8 yuan per million tokens, which it said was 99% cheaper than rivals.", 2, "article", "cost", 0, NULL, NULL},
    {"One OpenAI researcher, who spoke on condition of anonymity, said the review found distillation.", 1, "unnamed source", NULL, 0, NULL, NULL},
    {"DeepSeek paused new sign-ups on Monday, citing \"large-scale malicious attacks\" on its services.", 1, "DeepSeek", NULL, 0, NULL, NULL},
    {"The squeeze is not unique to China.", 0, NULL, NULL, 0, NULL, NULL},
    {"Researchers at Wiz found an exposed database.\n\nDeepSeek secured the database within an hour, the researchers said.", 2, "Wiz", NULL, 0, NULL, NULL},
    {"A post on X, citing DeepSeek researchers, claimed the Ascend 910C reaches 60% of the H100.", 1, "DeepSeek", NULL, 0, NULL, NULL},
    {"Is DeepSeek cheaper than OpenAI?", 0, NULL, NULL, 0, NULL, NULL},
    {"The startup raised $300 million, data from Foo Research showed.", 1, "Foo Research", "funding", 0, NULL, NULL},
    /* more verbs of saying and warning; nouns and actions are not */
    {"Data entered into the app may be accessible to the authorities in Beijing, security experts have warned.", 1, "experts", NULL, 1, NULL, NULL},
    {"DeepSeek posted a model card with benchmark numbers on Friday, scoring 87.5% on AIME.", 1, "article", NULL, 0, NULL, NULL},
    {"Estimates of DeepSeek's fleet range from 10,000 to 50,000 GPUs.", 1, "article", "hardware", 0, NULL, NULL},
    /* a newsletter's "we" is the writer's own voice */
    {"We estimate Huawei will make 200,000 Ascend chips this year.", 1, "article", NULL, 0, NULL, NULL},
    /* a person the text does not name */
    {"A server broker in Shenzhen told us DeepSeek took delivery of 5,000 H20 chips.", 1, "unnamed source", NULL, 0, NULL, "Shenzhen"},
    {"A former DeepSeek researcher, who asked not to be named, said new hires got 100 GPUs each.", 1, "unnamed source", NULL, 0, NULL, NULL},
    {"One European official said a ban on the app could follow within two weeks.", 1, "official", NULL, 1, NULL, NULL},
    {"A spokesperson for Nvidia said the company complied with export rules on its H20 chips.", 1, "Nvidia", NULL, 0, NULL, NULL},
    {"A former researcher said new hires got 100 GPUs each.\n\n\"At other labs you wait a month for 10 GPUs,\" she said.", 2, "unnamed source", NULL, 0, NULL, NULL, 1},
    /* "they" after a source keeps that source */
    {"Researchers at Feroot Security said the login page can send data to China Mobile.\n\nThey said they had found no evidence that 500 users were affected.", 2, "Feroot Security", NULL, 0, NULL, NULL, 1},
    /* "the commission" is the commission named before */
    {"South Korea's regulator, the Personal Information Protection Commission, said DeepSeek had been removed from app stores.\n\nThe commission said the app sent data to ByteDance on 3 occasions.", 2, "Personal Information Protection Commission", NULL, 0, NULL, NULL, 1},
    /* "the company" at a sentence start: the company the last sentence opened with */
    {"DeepSeek said R1 cost $6 million. DeepSeek also said V3 cost $5.6 million.\n\nShanghai-based MiniMax open-sourced its MiniMax-01 series in January. The company said the models can handle 4 million tokens.", 4, "MiniMax", NULL, 0, NULL, NULL, 1},
    /* ... and inside a sentence, the company it opened with */
    {"DeepSeek said R1 cost $6 million.\n\nHuawei opened a beta of the R1 service on 5 February, the company said.", 2, "Huawei", NULL, 0, NULL, NULL, 1},
    /* a relative clause between the subject and its verb */
    {"Oracle, which is building a campus in Abilene, Texas, with Crusoe, told investors it expects to spend $25 billion.", 1, "Oracle", NULL, 0, NULL, "Texas"},
    /* a list of places after the subject only places it */
    {"Regulators in France, Ireland, the Netherlands and Belgium have said they are examining the app's 3 data centres.", 1, "regulators", NULL, 0, NULL, NULL},
    /* unnamed sources as the text describes them */
    {"The startup was valued at more than $2.5 billion last year, media reports said.", 1, "media reports", "funding", 0, NULL, NULL},
    {"Industry insiders said the rush reflects costs that are 90% lower.", 1, "industry insiders", NULL, 0, NULL, NULL},
    {"Microsoft will supply $10 billion, according to people familiar with the matter.\n\nMGX has committed $5 billion, the people said.", 2, "people familiar with the matter", NULL, 0, NULL, NULL, 1},
    {"Data-centre capacity in Johor has grown fivefold since 2021, according to a property consultancy we spoke to.", 1, "unnamed source", NULL, 0, NULL, NULL},
    {"Lawmakers had pressed the administration to restrict the H20, arguing in letters that 1 million chips had shipped.", 1, "lawmakers", NULL, 0, NULL, NULL},
    {"A coordinated response could follow within two weeks, one European official said.", 1, "official", NULL, 1, NULL, NULL},
    {"The bottom line: analysts we speak to regularly expect China's output to cover 40% of demand.", 1, "analysts", NULL, 0, NULL, NULL},
    /* documents: indefinite ones, records, and one its author published */
    {"Zhipu AI began preparing a $1 billion listing, according to a filing with the China Securities Regulatory Commission.", 1, "official information", NULL, 0, NULL, NULL},
    {"DeepSeek said it was cheap.\n\nV3 was trained on 2,048 H800 GPUs, according to a technical report the lab published.", 2, "DeepSeek", NULL, 0, NULL, NULL, 1},
    {"Corporate records show that Liang Wenfeng controls 84% of DeepSeek.", 1, "official information", NULL, 0, NULL, NULL},
    {"DeepSeek's own V3 paper describes a training cluster of 2,048 H800 GPUs.", 1, "DeepSeek", "hardware", 0, NULL, NULL},
    /* a comparison with a forecast, estimates put at a figure, a city's government */
    {"That compares with $52.5 billion in 2024 and is far more than analysts had forecast.", 1, "article", NULL, 0, NULL, NULL},
    {"Analysts at Bernstein put DeepSeek's spending on hardware at $1.2 billion.", 1, "Bernstein", NULL, 0, NULL, NULL},
    {"The Shanghai government said it would issue 600 million yuan of computing vouchers.", 1, "Shanghai", NULL, 0, NULL, NULL},
    /* an action in the article's voice, then another speaker's claim */
    {"Huawei unveiled CloudMatrix 384, a system that links 384 Ascend 910C chips, and research firm SemiAnalysis wrote that it can beat Nvidia's GB200.", 2, "article", NULL, 0, NULL, NULL},
    /* what is not a claim: a crosshead, an open question, a no-comment line;
     * what is: a statement followed by a non-answer */
    {"Wiz said it found 1 million lines of logs.\n\nWhat the researchers found\n\nThe database held 1 million lines, Wiz said.", 2, "Wiz", NULL, 0, NULL, NULL},
    {"Which chips DeepSeek's next model was trained on.", 0, NULL, NULL, 0, NULL, NULL},
    {"The White House did not immediately respond to a request for comment.", 0, NULL, NULL, 0, NULL, NULL},
    {"The Commerce Department said in a statement that it acted on Donald Trump's directive, but did not say which chips were affected.", 1, "U.S. Commerce Department", "policy", 0, NULL, NULL},
    /* about: what "the app", "the model" and a sentence-opening "Its" stand
     * for; a claim on the claimant's own model or its own paper concerns it;
     * a listener is not a relay */
    {"DeepSeek's app topped the App Store.\n\nRegulators said they are examining how the app handles data of 10 million users.", 2, "regulators", NULL, 0, "DeepSeek", NULL, 1},
    {"DeepSeek has said the final training run for V3 cost about $5.6 million.", 1, "DeepSeek", "cost", 0, "DeepSeek-V3|DeepSeek", NULL},
    {"DeepSeek's own privacy policy states that user data is kept on servers in China.", 1, "DeepSeek", NULL, 0, "DeepSeek|China", NULL},
    {"A server broker told us DeepSeek took delivery of 5,000 H20 chips.", 1, "unnamed source", NULL, 0, "DeepSeek|Nvidia H20", NULL},
    {"DeepSeek launched R1 in January. Its V3 chat model costs $0.27 per million tokens.", 2, "article", "cost", 0, "DeepSeek-V3|DeepSeek", NULL, 1},
    {"Alibaba released Qwen 2.5-Max on Wednesday. The model scored 89.4 on Arena-Hard, Alibaba said.", 2, "Alibaba", "benchmark", 0, "Qwen 2.5-Max", NULL, 1},
    {"Kai-Fu Lee has said his startup 01.ai trained its model for $3 million.", 1, "Kai-Fu Lee", "cost", 0, "01.AI", "Kai-Fu Lee"},
    {"DeepSeek released R1 for $6 million.\n\n\"Distillation is cheap,\" said Jane Doe, a partner at Benchmark.\n\nLittle is known about the lab and its founder, Liang Wenfeng, who owns 84% of it.", 2, "article", NULL, 0, "Liang Wenfeng|DeepSeek", NULL, 1},
    /* a quotation whose speaker the next sentence names; "who said" */
    {"Alibaba said Qwen beats V3 on 5 tests.\n\n> Export controls bought Washington time, not safety.\n\nThat warning came from Daniel Reyes, a former Commerce Department official, who said the controls had slowed China by 2 years.", 3, "Daniel Reyes", NULL, 0, NULL, NULL, 1},
    {"Alibaba said Qwen beats V3 on 5 tests.\n\n> Export controls bought Washington time, not safety.\n\nThat warning came from Daniel Reyes, a former official.", 2, "Daniel Reyes", "quote", 0, NULL, NULL, 1},
    /* "That was X": a person right after the verb takes the quotation */
    {"> Export controls bought Washington time, not safety.\n\nThat was Daniel Reyes, a former official, speaking in Washington.", 2, "Daniel Reyes", "quote", 0, NULL, NULL, 0},
    {"Alibaba said Qwen beats V3 on 5 tests.\n\n> Export controls bought Washington time, not safety.\n\nThose were the words of Daniel Reyes, a lawyer.", 2, "Daniel Reyes", "quote", 0, NULL, NULL, 1},
    /* an interview (bold questions, or "Q:"): an answer citing nobody is the
     * interviewee's, named in the introduction ("We spoke with ..." is no
     * claim: gate rule interview-note); an explainer's bold
     * questions make no interview */
    {"We spoke with Jane Doe, chief operating officer of Aleph Alpha, about its chips.\n\n**How many GPUs do you run?**\n\n"
     "We run 20,000 Nvidia H100 chips in Heidelberg.\n\n**Is the company profitable?**\n\nNot yet. Our revenue passed $200 million this year.",
     2, "Jane Doe", NULL, 0, NULL, "Jane Doe", 1},
    {"In an interview, Jane Doe, who runs Aleph Alpha, described its plans.\n\nQ: How many GPUs do you run?\n\n"
     "A: We run 20,000 Nvidia H100 chips.\n\nQ: Is the company profitable?\n\nA: Our revenue passed $200 million this year.",
     3, "Jane Doe", NULL, 0, NULL, NULL, 1},
    {"Nvidia's Jensen Huang said demand is strong.\n\n**Why does it matter?**\n\nNvidia sold 3 million H100 chips last year.\n\n"
     "**What comes next?**\n\nAMD plans to ship 500,000 MI355X chips in 2026.", 3, "article", NULL, 0, NULL, NULL, 1},
    /* about: an apposition after the subject describes it; "the company"
     * at a sentence's start is the one the last sentence opened with; a
     * dateline of two cities names no place */
    {"DeepSeek, an offshoot of hedge fund High-Flyer, has said little about its 10,000 GPUs.", 1, "article", NULL, 0, NULL, "High-Flyer"},
    {"Anthropic raised $13 billion. Anthropic was valued at $183 billion.\n\nxAI raised $10 billion in July. The company is spending about $1 billion a month.", 4, "article", NULL, 0, "xAI", NULL, 1},
    {"BEIJING/SINGAPORE, Jan 21 (Reuters) - DeepSeek is preparing to launch V4 with 2,000 servers.", 1, "article", NULL, 0, NULL, "Singapore"},
    {"Colette Kress said Nvidia grew 69%.\n\nShe told analysts the company expects a margin of about 72% on its H20 chips.", 2, "Colette Kress", NULL, 0, NULL, "Colette Kress", 1},
    {"DeepSeek said it would cut API prices by 50%.", 1, "DeepSeek", NULL, 0, "DeepSeek", NULL},
    {"Tokyo Electron reported revenue of 561.5 billion yen for the quarter.", 1, "Tokyo Electron", NULL, 0, "Tokyo Electron", NULL},
    /* hedges: not in a relative clause, not "could" of ability, not every
     * passive; "thinks" and a reported "may" hedge */
    {"Singapore prosecutors charged three men in a case involving servers that may have contained Nvidia chips.", 1, "article", NULL, 0, NULL, NULL},
    {"By Thursday the DeepSeek app could no longer be found in Apple's App Store in Italy.", 1, "article", NULL, 0, NULL, NULL},
    {"Llama 4 is expected in the first half of the year, Meta said.", 1, "Meta", NULL, 0, NULL, NULL},
    {"DeepSeek has been described as the closest thing China has to an early OpenAI.", 1, "(null)", NULL, 0, NULL, NULL},
    {"Bernstein thinks the real figure is lower, at 25,000 chips.", 1, "Bernstein", NULL, 1, NULL, NULL},
    {"OpenAI said on Tuesday that DeepSeek may have distilled its models.", 1, "OpenAI", NULL, 1, NULL, NULL},
    /* the word governing a money amount says what it measures */
    {"Satya Nadella told investors that cheaper AI would be used more, and reaffirmed plans to spend about $80 billion on data centres.", 1, "Satya Nadella", "funding", 0, NULL, NULL},
    {"Tencent and Alibaba had ordered at least $16 billion worth of H20 chips since January.", 1, "article", "hardware", 0, NULL, NULL},
    /* a market move and what a company said, in one sentence: two claims */
    {"Alphabet slumped 7.3%, its steepest drop since 2023, after the company said it plans to spend about $75 billion.", 2, "article", "market", 0, NULL, NULL},
    {"Alphabet slumped 7.3%, its steepest drop since 2023, after the company said it plans to spend about $75 billion.", 2, "Alphabet", "funding", 0, NULL, NULL, 1},
    {"Nvidia said it will take a $5.5 billion charge on H20 chips, and its shares fell 7% on Wednesday.", 2, "Nvidia", NULL, 0, NULL, NULL},
    {"Nvidia said it will take a $5.5 billion charge on H20 chips, and its shares fell 7% on Wednesday.", 2, "article", "market", 0, NULL, NULL, 1},
    {"DeepSeek said it would cut prices by 50%, and that V3 would stay free.", 1, "DeepSeek", NULL, 0, NULL, NULL},
    /* brokers' calls, expectations, verbs of praise, the people counted back */
    {"Morgan Stanley lifted its target to $160 from $152 after the report.", 1, "Morgan Stanley", NULL, 0, NULL, NULL},
    {"Analysts had been looking for roughly $45.9 billion.", 1, "analysts", NULL, 0, NULL, NULL},
    {"Jensen Huang also singled out DeepSeek and Alibaba's Qwen as among the best open models.", 1, "Jensen Huang", NULL, 0, NULL, NULL},
    {"DeepSeek plans a launch, people with knowledge of the matter said.\n\nV4 beat GPT-5 on 3 coding tests, two of the people said.", 2, "people with knowledge of the matter", NULL, 0, NULL, NULL, 1},
    {"DeepSeek has told several cloud partners to set aside capacity for 2,000 servers, one of the people said.", 1, "unnamed source", NULL, 0, NULL, NULL},
    {"\"Everyone is queuing for the same 7nm capacity at SMIC,\" said an executive at a Shanghai chip designer, who asked not to be named.", 1, "unnamed source", "quote", 0, NULL, NULL},
    /* estimates as the text calls them; what an unnamed official told an
     * outlet is the outlet's; an action, then an unnamed group's claim */
    {"Third-party estimates suggest traffic has since fallen by roughly 40%.", 1, "third-party estimates", NULL, 1, NULL, NULL},
    {"An official at the regulator told the state-run Global Times that 12 violations would be made public.", 1, "Global Times", NULL, 0, NULL, NULL},
    {"Washington has approved some exports of Nvidia chips to the UAE, but US officials have insisted that the sites meet 3 security rules.", 2, "article", NULL, 0, NULL, NULL},
    {"Sheikh Tahnoon is understood to have negotiated the $10 billion campus directly.", 1, "(null)", NULL, 1, NULL, NULL},
    {"The company concedes that V3.2 trails the leading closed models on 2 knowledge tests.", 1, NULL, NULL, 0, NULL, NULL},
    /* a commitment reported by a source is the source's; a name and a colon label a claim */
    {"Under the accord, the UAE has pledged to invest $1.4 trillion in American data centres, according to the White House.", 1, "White House", NULL, 0, NULL, NULL},
    {"Alphabet: raised its 2025 capital expenditure guidance to $91 billion-$93 billion.", 1, "Alphabet", NULL, 0, NULL, NULL},
    {"Meta: now expects $70 billion to $72 billion this year.", 1, "Meta", NULL, 0, NULL, NULL},
    /* dates between subject and verb; "per share" is a rate, "per three
     * researchers" a source; who after a person's employer; the company meant */
    {"Nvidia on Nov. 19 reported revenue of $57.0 billion for its fiscal third quarter.", 1, "Nvidia", NULL, 0, NULL, NULL},
    {"Nvidia trades at 24 times the $7.50 of earnings per share analysts expect, according to LSEG data.", 1, "LSEG", NULL, 0, NULL, NULL},
    {"Distillation from a rival would not be needed for 2 of the 3 stages, per three researchers I spoke to.", 1, "researchers", NULL, 0, NULL, NULL},
    {"Professor Gu Lanting of Tsinghua University, who advises several labs, says the salary gap has narrowed by 20%.", 1, "Gu Lanting", NULL, 0, NULL, NULL},
    {"Moonshot AI said it raised $50 million.\n\nIts chatbot has about 6 million monthly users, according to the company.", 2, "Moonshot AI", NULL, 0, NULL, NULL, 1},
    /* a company reporting its results speaks for them; figures it posted are the article's */
    {"Nvidia reported first-quarter results that topped expectations, with revenue of $44.1 billion.", 1, "Nvidia", NULL, 0, NULL, NULL},
    {"Nvidia posted a loss of $1.2 billion in the quarter.", 1, "article", NULL, 0, NULL, NULL},
    /* guidance, an official at a body, the watchdog, a news agency, a pronoun subject */
    {"Tokyo Electron said sales rose 5%.\n\nThe company raised its full-year revenue forecast to 2.38 trillion yen, citing stronger orders.", 2, "Tokyo Electron", NULL, 0, NULL, NULL, 1},
    {"The Personal Information Protection Commission fined Meta 21.6 billion won.\n\nAn official at the commission said a recommendation was appropriate for DeepSeek's 1 million users.", 2, "Personal Information Protection Commission", NULL, 0, NULL, NULL, 1},
    {"The Personal Information Protection Commission fined DeepSeek.\n\nThe app sent data to 3 firms in China, the watchdog said.", 2, "Personal Information Protection Commission", NULL, 0, NULL, NULL, 1},
    {"The official Xinhua news agency reported last week that the CAC had begun a 3-month campaign.", 1, "Xinhua", NULL, 0, NULL, NULL},
    {"Lisa Su spoke on the call.\n\nShe argued that AMD's hardware could handle the workloads, and said she expected 2 more customers.", 1, "Lisa Su", NULL, 0, NULL, NULL, 1},
    {"NASA followed on 31 January, blocking the app on 10,000 devices, according to an internal memo seen by CNBC.", 1, "NASA", NULL, 0, NULL, "CNBC"},
    {"Lawmakers pointed to research by the firm Feroot Security, which said in February that it had found code sending data to China Mobile.", 1, "Feroot Security", NULL, 0, NULL, NULL},
    {"Anthropic's revenue run-rate reached $1 billion, The Information reported.\n\nIts annualized revenue is nearly $200 million, according to the same report.", 2, "The Information", NULL, 0, NULL, NULL, 1},
    {"DeepSeek's privacy policy has been widely cited as the main reason for 17 state bans.", 1, "(null)", NULL, 0, NULL, NULL},
    {"Alibaba released a new generation of Qwen models, saying the largest one rivals DeepSeek-R1.", 2, "article", NULL, 0, NULL, NULL},
    {"Alibaba released a new generation of Qwen models, saying the largest one rivals DeepSeek-R1.", 2, "Alibaba", NULL, 0, NULL, NULL, 1},
    /* a quotation in the words of the trade is a claim, a proverb is not */
    {"\"Smuggling has moved from single chips to whole servers,\" said Anders Pike, a former official.", 1, "Anders Pike", "quote", 0, NULL, NULL},
    {"\"Necessity is the mother of invention,\" said Anders Pike, a former official.", 0, NULL, NULL, 0, NULL, NULL},
    /* a few words: a figure for a named model is a claim, a count alone is not */
    {"R1-0528: 66%.", 1, "article", NULL, 0, "DeepSeek-R1-0528", NULL},
    {"Two things stood out.", 0, NULL, NULL, 0, NULL, NULL},
    /* a table's cells count their names but claim nothing */
    {"| Estimate | Source | Figure |\n| --- | --- | --- |\n| Hopper GPUs | SemiAnalysis | 50,000 |", 0, NULL, NULL, 0, NULL, NULL},
    /* a list under "Related coverage" is other stories' headlines */
    {"Related coverage\n\n- Huawei unveils roadmap for Ascend chips through 2028\n- Nvidia told to explain H20 risks by Beijing regulator", 0, NULL, NULL, 0, NULL, NULL},
    /* an evaluative quotation with nothing checkable is not a claim */
    {"\"Benchmarks are short; real workloads are not,\" said Hyejin Park, who runs evaluations.", 0, NULL, NULL, 0, NULL, NULL},
    {"Write to Nora Castellanos at nora@example.com and Ben Ortiz at ben@example.com", 0, NULL, NULL, 0, NULL, NULL},
    {"Get the Korea Herald's morning tech briefing in your inbox.", 0, NULL, NULL, 0, NULL, NULL},
    /* what scraping leaves around an article is not a claim */
    {"Related coverage\n\n- [Nvidia loses nearly $600bn as DeepSeek shakes investors](#)\n- [Italy blocks DeepSeek over privacy](#)", 0, NULL, NULL, 0, NULL, NULL},
    {"Nvidia CEO Jensen Huang speaks in Taipei on 19 May. | Wen-Li Tsao | Bloomberg | Getty Images", 0, NULL, NULL, 0, NULL, NULL},
    {"A Huawei Ascend processor on display at a fair in Shanghai \xC2\xA9 Tang Wei/Bloomberg", 0, NULL, NULL, 0, NULL, NULL},
    {"Sen. Dale Whitcomb speaks to reporters in Washington on 11 June. (AP Photo/Mark Dunleavy)", 0, NULL, NULL, 0, NULL, NULL},
    /* marks that share a first byte with an earlier one: "(Photo" after "(AP Photo", "Photograph:" after "Photo:" */
    {"Nvidia CEO Jensen Huang said the H20 sold 40,000 units in May. (Photo by Wen-Li Tsao)", 0, NULL, NULL, 0, NULL, NULL},
    {"Photograph: Nvidia said the H20 sold 40,000 units in May, in Taipei.", 0, NULL, NULL, 0, NULL, NULL},
    {"Associated Press writer Helen Zhou in Beijing contributed to this report.", 0, NULL, NULL, 0, NULL, NULL},
    {"Our Standards: [The Thomson Reuters Trust Principles.](#), opens new tab", 0, NULL, NULL, 0, NULL, NULL},
    {"Reuters could not independently verify that the servers held 2,000 H100 chips.", 0, NULL, NULL, 0, NULL, NULL},
    {"Lu Jiaming covers China's semiconductor industry from Beijing.", 0, NULL, NULL, 0, NULL, NULL},
    /* ... while a paragraph with a link in it is prose */
    {"Nvidia [said](#) its H20 sales fell 50% in the quarter.", 1, "Nvidia", NULL, 0, NULL, NULL},
    {"Read more: DeepSeek's app tops the App Store with 10 million downloads", 0, NULL, NULL, 0, NULL, NULL},
    {"Jane Doe is a technology reporter based in San Francisco.", 0, NULL, NULL, 0, NULL, NULL},
    {"Photo: Nvidia CEO Jensen Huang speaks in Taipei on 2 June.", 0, NULL, NULL, 0, NULL, NULL},
    {"Advertisement", 0, NULL, NULL, 0, NULL, NULL},
    {"Share prices of Nvidia fell 5% on Monday.", 1, "article", "market", 0, NULL, NULL},
    /* kinds: margins and price targets are results, a Series F is funding,
     * a roadmap is timing, an apposition does not set the topic */
    {"Gross margin came in at 60.5%, down from 78.4% a year ago.", 1, "article", "market", 0, NULL, NULL},
    {"Garrison Securities rates Nvidia a buy, with a $175 price target.", 1, NULL, "market", 0, NULL, NULL},
    {"Anthropic closed a $13 billion Series F at a $183 billion post-money valuation.", 1, "article", "funding", 0, NULL, NULL},
    {"Huawei set out a three-year roadmap for the Ascend line, beginning with the Ascend 950 in 2026.", 1, "article", "time", 0, NULL, NULL},
    {"MiniMax open-sourced its MiniMax-01 series in January.", 1, "article", "time", 0, NULL, NULL},
    {"DeepSeek, an offshoot of hedge fund High-Flyer, has said little about its 10,000 GPUs.", 1, "article", "hardware", 0, NULL, NULL},
    /* kinds: pay is a cost (whatever it is worth), borrowing is funding,
     * a schedule is timing, an olympiad a benchmark, a security assessment policy */
    {"Several were offered pay packages worth $100 million to $300 million over four years.", 1, "article", "cost", 0, NULL, NULL},
    {"Oracle is borrowing $18 billion to build data centres for OpenAI.", 1, "article", "funding", 0, NULL, NULL},
    {"The first 200 megawatts are scheduled to come online in 2026.", 1, "article", "time", 0, NULL, NULL},
    {"DeepSeek says V3.2-Speciale reached gold-medal level at the International Mathematical Olympiad, scoring 35 of 42.", 1, "DeepSeek", "benchmark", 0, NULL, NULL},
    {"Any generative AI product offered in China must pass a security assessment, and 346 services have been cleared.", 1, "article", "policy", 0, NULL, NULL},
    /* kinds: accounting charges are results, benchmark names, licences, vouchers, leaks */
    {"Nvidia said it would take a $5.5 billion charge on H20 inventory.", 1, "Nvidia", "market", 0, NULL, NULL},
    {"OpenAI charges $10 for o3 and Google charges $10 for Gemini 2.5 Pro.", 1, "article", "cost", 0, NULL, NULL},
    {"On SWE-bench Verified, R1-0528 resolves 57.6% of tasks, compared with 49.2% for R1.", 1, "article", "benchmark", 0, NULL, NULL},
    {"Nvidia said the H20 would now require a license for export to China.", 1, "Nvidia", "policy", 0, NULL, NULL},
    {"DeepSeek charged 16 yuan per million output tokens for R1.", 1, "article", "cost", 0, NULL, NULL},
    {"Two men were charged with smuggling 300 Nvidia servers to China.", 1, "article", "policy", 0, NULL, NULL},
    {"Researchers at Wiz said they had found a DeepSeek database left open on the internet.", 1, "Wiz", "other", 0, NULL, NULL},
    {"OpenAI agreed to raise $40 billion in a round that values it at $300 billion.", 1, "article", "funding", 0, NULL, NULL},
    /* kinds: capex is funding, a model's percentage a score, what a relative
     * clause adds weighs less than the main clause, a hedge fund is no round */
    {"Foo Cloud spent 12.5 billion yuan on capital expenditure last year.", 1, "article", "funding", 0, NULL, NULL},
    {"Foo Labs spent $4 million on training the model, the company said.", 1, NULL, "cost", 0, NULL, NULL},
    {"Zeta Robotics, the $20bn data centre venture backed by three banks, is now hiring in Ohio.", 1, "article", "funding", 0, NULL, NULL},
    {"Claude Opus 4.1 solved 78% of the tasks in the test.", 1, "article", "benchmark", 0, NULL, NULL},
    {"Nvidia shares rose 4% after Claude Opus 4.1 was released.", 1, "article", "market", 0, NULL, NULL},
    {"Foo Labs released its chatbot in March, which regulators in Seoul later examined.", 1, "article", "time", 0, NULL, NULL},
    {"Jane Doe, who ran a hedge fund in Hangzhou, founded Foo Labs in 2023.", 1, "article", "other", 0, NULL, NULL},
    {"Foo Labs has made its chatbot free to all users.", 1, "article", "cost", 0, NULL, NULL},
    {"The Navy told its sailors not to use the Foo Labs app, according to an internal memo.", 1, NULL, "policy", 0, NULL, NULL},
    {"Investigators were also looking at shipments of servers through Malaysia, one person said.", 1, NULL, "other", 0, NULL, NULL},   /* an investigation stays other (doc/claims.md) */
    /* "called X's rise a 'wake-up call'": the caller is quoted; a legislator's
     * party and state is a label, not the speaker */
    {"Sam Altman called Zhipu’s rise a “wake-up call” for the industry.", 1, "Sam Altman", "quote", 0, NULL, NULL},
    {"Sen. Dale Whitmore, R-Iowa, the bill's lead sponsor, said the app was a risk.", 1, "Dale Whitmore", NULL, 0, NULL, NULL},
    /* "by its own count": the owner of the reckoning is the source */
    /* a speaker on their own business is checkable, a self-portrait is not */
    {"\"We have not seen any slowdown in orders from customers,\" said Jane Doe.", 1, "Jane Doe", "quote", 0, NULL, NULL},
    {"\"Our testers are sold out through the middle of next year,\" said Jane Doe.", 1, "Jane Doe", "quote", 0, NULL, NULL},
    {"\"We were supposed to be the cheap one,\" said Jane Doe.", 0, NULL, NULL, 0, NULL, NULL},
    /* voicing a worry is the worrier's claim; a chatbot that raised questions caused them */
    {"Some investors have raised concerns about the circular nature of the deals.", 1, "investors", NULL, 0, NULL, NULL},
    {"Foo Labs' chatbot has knocked billions off tech shares and raised questions about data.", 1, "article", NULL, 0, NULL, NULL},
    {"Several people in the industry believe that customer is ByteDance, which declined to comment.", 1, "people in the industry", NULL, 1, "ByteDance", NULL},
    {"ByteDance declined to comment.", 0, NULL, NULL, 0, NULL, NULL},
    {"Nvidia, Andreessen Horowitz and General Catalyst also joined.", 1, "article", NULL, 0, "Nvidia|Andreessen Horowitz|General Catalyst", NULL},
    /* a columnist's bio and a newsletter's greeting are not claims */
    {"He previously covered semiconductors for Bloomberg News in Hong Kong.", 0, NULL, NULL, 0, NULL, NULL},
    {"Welcome back to Load Factor, our weekly note on power and compute.", 0, NULL, NULL, 0, NULL, NULL},
    {"Ravi Doe is a former utility planner who writes about power markets and Nvidia.", 0, NULL, NULL, 0, NULL, NULL},
    {"Ravi Doe is a former utility planner who now runs Nvidia's power team.", 1, NULL, NULL, 0, NULL, NULL},
    {"Overall sales grew 69%.", 1, "article", "market", 0, NULL, NULL},
    {"That is ten times more.", 0, NULL, NULL, 0, NULL, NULL},
    {"By its own count, Zhipu has 2,000 staff.", 1, "Zhipu AI", NULL, 0, NULL, NULL},
    {"By Nvidia's own estimate, the H20 ban will cost $5.5 billion.", 1, "Nvidia", "cost", 0, NULL, NULL},
    {"Nvidia fell 3%. According to its own figures, DeepSeek served 20 million users a day.", 2, "DeepSeek", NULL, 0, NULL, NULL, 1},
    {"Zhipu released GLM-5 on Monday. That makes it 27 times cheaper to run, by the lab's own arithmetic.", 2, "Zhipu AI", "cost", 0, NULL, NULL, 1},
    /* an outlet opening the sentence is its subject; two clauses by one
     * source of one kind are one claim */
    {"SemiAnalysis estimated that Moonshot had spent $300m on hardware and said the $4m covered only the last run.", 1, "SemiAnalysis", "cost", 0, NULL, NULL},
    {"Moonshot released Kimi K3 on Monday and said it beat GPT-5 on coding tests.", 2, "article", "time", 0, NULL, NULL},
    /* unnamed sources keep the text's phrase: "with knowledge of the matter" */
    {"DeepSeek plans to release V4 next month, according to people with knowledge of the matter.", 1, "people with knowledge of the matter", NULL, 0, NULL, NULL},
    {"Mistral's revenue passed $100 million, two people with knowledge of its finances said.", 1, "people familiar with the matter", NULL, 0, NULL, NULL},
    {"Moonshot will release Kimi K3 in May, people with knowledge of the matter said. The model beat GPT-5 on coding tests, one of the people said.", 2, "people with knowledge of the matter", NULL, 0, NULL, NULL, 1},
    {"Moonshot will release Kimi K3 in May, people familiar with the matter said. The model beat GPT-5 on coding tests, one of the people said.", 2, "people familiar with the matter", NULL, 0, NULL, NULL, 1},
    /* a correction that gives the right fact is a claim in the text's voice;
     * one that only says what was wrong is not */
    {"Correction: An earlier version of this article misstated the price of the warrant Nvidia issued to xAI, which is two cents per share.", 1, "article", NULL, 0, NULL, NULL},
    {"Seoul fined Kakao $2 million.\n\n(This story has been corrected to show that the rules took effect in March 2024, not May 2024)", 2, "article", "policy", 0, NULL, NULL, 1},
    {"Correction, May 3: An earlier version of this story said Samsung would join the board of Rebellions.", 0, NULL, NULL, 0, NULL, NULL},
    /* an Axios-style label opens a claim; founders speak for themselves */
    {"Why it matters: Whether xAI can pay for its Colossus expansion now drives the debate among its lenders.", 1, "article", NULL, 0, NULL, NULL},
    {"Why the lab chose Huawei chips.", 0, NULL, NULL, 0, NULL, NULL},
    {"Founders say demand for subsidised GPUs still outstrips supply in Bengaluru.", 1, "founders", NULL, 0, NULL, NULL},
    /* a dictionary org named in full is also named without its suffix */
    {"Microsoft signed a deal with Constellation Energy in May. Constellation now says the plant could restart in 2027.", 2, "Constellation Energy", NULL, 1, "Constellation Energy", NULL, 1},
    /* (the second sentence is a dated event: a claim, though "Constellation" names nothing) */
    {"Microsoft signed a deal with Talen Energy in May. Constellation now says the plant could restart in 2027.", 2, "article", NULL, 0, "Microsoft|Talen Energy", NULL},
    /* links to other stories and plugs are not claims */
    {"Also Read: Krutrim's new model: what India gets for $30 million", 0, NULL, NULL, 0, NULL, NULL},
    {"Further reading: Moonshot's Kimi paper lands in Science, with a $300,000 bill", 0, NULL, NULL, 0, NULL, NULL},
    {"(You can now subscribe to our Mint WhatsApp channel for Nvidia news)", 0, NULL, NULL, 0, NULL, NULL},
    /* skeptics and complaining founders are sources; a paper's reckoning is
     * its lab's */
    {"Skeptics on Wall Street say OpenAI cannot pay for $1.4 trillion of compute.", 1, "skeptics", NULL, 0, NULL, NULL},
    {"Several founders also complained that Nvidia H100 chips are booked months in advance.", 1, "founders", NULL, 0, NULL, NULL},
    /* a quotation introduced by a possessive pronoun's phrase is the person's it stands for */
    {"I asked Jane Doe, who runs inference at a startup in Berlin, whether this matched what she sees. Her answer:\n\n\"Pretty much. Our bill dropped by something like 80%.", 2, "Jane Doe", NULL, 0, NULL, NULL, 1},
    {"I asked Jane Doe, who runs inference at a startup in Berlin, whether this matched what she sees. Its answer:\n\n\"Pretty much. Our bill dropped by something like 80%.", 2, "article", NULL, 0, NULL, NULL, 1},
    /* "since" a date is no clause: one claim, the source's */
    {"Downloads of Kimi have fallen by two-thirds since January, according to people familiar with the matter.", 1, "people familiar with the matter", NULL, 0, NULL, NULL},
    /* a new model named in prose before a table names it is what the claim is about */
    {"We release Orca-9, a Mixture-of-Experts (MoE) model with 512B total parameters.\n\n| Model | Params |\n| --- | --- |\n| Orca-9 | 512B |", 2, "article", NULL, 0, "Orca-9", NULL},
    /* a unit is nothing the claim is about (data/units/: no name) */
    {"The rental rate was $2 per GPU-hour, DeepSeek said.", 1, "DeepSeek", "cost", 0, "DeepSeek", "GPU-hour"},
    {"Zhipu posted a paper on GLM-5 on Monday. By the paper's accounting, the run took 61,000 H800 GPU hours.", 2, "Zhipu AI", NULL, 0, NULL, NULL, 1},
    /* "Italy's data protection authority" is the body the text names later */
    {"Italy's data protection authority said it had ordered DeepSeek to block its chatbot. The Garante said the answers DeepSeek gave were insufficient.", 2, "Garante", NULL, 0, NULL, NULL},

    /* guidance a named source gives: "X expects ..., according to CFO Y" */
    {"Amazon expects capex of about $125 billion in 2025, according to CFO Brian Olsavsky.", 1, "Brian Olsavsky", "funding", 0, NULL, NULL},
    {"Amazon said it would spend about $125 billion in 2025, according to a filing.", 1, "Amazon", NULL, 0, NULL, NULL},
    /* the platform a statement was posted on is not what it is about */
    {"Marc Andreessen wrote on X that Kimi K2 was a Sputnik moment for Moonshot.", 1, "Marc Andreessen", NULL, 0, "Kimi K2|Moonshot AI", NULL},
    {"X banned the DeepSeek app from its ads on Monday.", 1, "article", NULL, 0, NULL, NULL},
    /* an acronym glossing the claimant is not the claimant named again; the
     * place an apposition locates a place in is not content */
    {"China's AI industry was worth 600 billion yuan in 2024, according to the China Academy of Information and Communications Technology (CAICT).", 1, "China Academy of Information and Communications Technology", NULL, 0, "China", NULL},
    {"In Shenzhen, south China's Guangdong Province, the city government said it would subsidise half of the compute costs of local AI firms.", 1, NULL, NULL, 0, "Shenzhen", NULL},
    /* "the fund" is the org the text called a fund, not the story's main one */
    {"Moonshot was spun out of the hedge fund Yuanshi Capital in 2023. Moonshot has raised $1 billion. The fund's second cluster cost 1 billion yuan.", 3, "article", NULL, 0, "Yuanshi Capital", NULL, 1},
    /* hedges: "could still slip" is a possibility, "I suspect" the speaker's
     * doubt; "material they suspect is synthetic" describes the material */
    {"Moonshot's Kimi K3 launch could still slip if final tests fail, one of the people said.", 1, NULL, NULL, 1, NULL, NULL},
    {"I suspect the old off-peak rates explain most of DeepSeek's cheap reputation.", 1, NULL, NULL, 1, NULL, NULL},
    {"Platforms such as WeChat will have to flag material they suspect is synthetic, the Cyberspace Administration of China said.", 1, NULL, NULL, 0, NULL, NULL},
    /* "the company" or "it" after a conjunction or an opening phrase stands
     * for the org named before */
    {"ASML makes the machines that print advanced chips. But the company has rarely put money into software startups.", 2, "article", NULL, 0, NULL, NULL, 1},
    {"Zhipu released GLM-5 on Monday. Like the last version, it ships under an open licence.", 2, "article", NULL, 0, NULL, NULL, 1},
    {"Eleven Democrats and three Republicans voted against the TikTok ban.", 1, "article", "policy", 0, NULL, NULL},
    /* a bare amount under a heading about capex is capex (funding) */
    {"# Notes\n\n## The capex numbers\n\nMeta: now expects $70 billion to $72 billion this year.", 1, NULL, "funding", 0, NULL, NULL},
    {"# Notes\n\n## The training bill\n\nMoonshot: says the run took $4.6 million.", 1, NULL, "cost", 0, NULL, NULL},
    /* a semicolon before another speaker splits the claims; a denial after
     * one does not */
    {"Moonshot has said the final run of Kimi K2 cost about $4.6 million; outside analysts believe the full cost was far higher.", 2, "analysts", NULL, 1, NULL, NULL, 1},
    {"Moonshot has said the final run of Kimi K2 cost about $4.6 million; outside analysts believe the full cost was far higher.", 2, "Moonshot AI", NULL, 0, NULL, NULL},
    {"Bloomberg says Microsoft alerted OpenAI, which then blocked them; neither company has confirmed this publicly.", 1, "Bloomberg", NULL, 0, NULL, NULL},
    /* "the same note said": the source cited last */
    {"SemiAnalysis said in a note that Moonshot spent $300 million on servers. The same note said the lab had access to 20,000 Nvidia GPUs.", 2, "SemiAnalysis", NULL, 0, NULL, NULL, 1},
    {"Chinese firms ordered at least $16 billion of H20 chips, two people familiar with the matter said. One of them put the purchases at several billion dollars.", 2, "people familiar with the matter", NULL, 0, NULL, NULL, 1},
    /* "the company" is never the regulator the story is about */
    {"The Garante ordered DeepSeek to block its chatbot. The Garante said DeepSeek's answers were insufficient. The Garante gave the company 20 days to reply.", 3, NULL, NULL, 0, "Garante|DeepSeek", NULL, 1},
    /* kind: background rules and licences, ages, deal terms, fund flows */
    {"The B30 is a slower chip that Nvidia made to comply with U.S. export rules, with less memory bandwidth than the B200.", 1, "article", "hardware", 0, NULL, NULL},
    {"Nvidia tightened its export rules for the B30 last week.", 1, "article", "policy", 0, NULL, NULL},
    {"Moonshot has put the weights on Hugging Face under an MIT License, along with its training code.", 1, "article", "other", 0, NULL, NULL},
    {"Regulators in Seoul revoked the license of the app's operator on Friday.", 1, NULL, "policy", 0, NULL, NULL},
    {"Arjun Mehta, 34, leads the inference team at Moonshot.", 1, "article", "other", 0, NULL, NULL},
    {"Moonshot said Kimi K3 would launch within three years.", 1, "Moonshot AI", "time", 0, NULL, NULL},
    /* the term of a deal is no date; buying electricity is power for data centres (hardware) */
    {"Google signed a 15-year agreement with Kairos Power to buy electricity from its reactors starting in 2030.", 1, "article", "hardware", 0, NULL, NULL},
    {"Huawei set out a two-year roadmap on Friday, beginning with a new phone in 2027.", 1, "article", "time", 0, NULL, NULL},
    {"Global tech funds saw outflows of $4.1 billion last week, the largest since March.", 1, "article", "market", 0, NULL, NULL},
};

static void about_str(const dsc_doc *doc, const dsc_claim *c, char *out, size_t cap) {
    uint32_t k;
    out[0] = '\0';
    for (k = 0; k < c->n_about; k++) {
        if (k) strncat(out, "|", cap - strlen(out) - 1);
        strncat(out, dsc_doc_entity(doc, c->about[k])->name, cap - strlen(out) - 1);
    }
}

/* What each claimant is: a quotation whose speaker the sentence before
 * names is a named source's, not an unnamed one's (claimant_type named). */
static void claimant_types(dsc_dict *d) {
    static const struct { const char *text; const char *claimant, *type; } t[] = {
        {"Jane Doe, a partner at Foo Capital, was blunt.\n\n\"DeepSeek changed the economics of AI.\"",
         "Jane Doe", "named"},
        {"DeepSeek said its model cost $6 million to train.", "DeepSeek", "named"},
        {"Nvidia shares fell 17% on Monday, analysts said.", "analysts", "unnamed"},
        {"The model's training cost was reported to be $5.6 million.", NULL, "passive"},
        {"DeepSeek reportedly used 50,000 H100 chips.", "article", "article"},
    };
    size_t i;
    for (i = 0; i < sizeof t / sizeof t[0]; i++) {
        dsc_doc *doc = dsc_parse(d, t[i].text, strlen(t[i].text), NULL);
        const dsc_claim *c = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, dsc_doc_claim_count(doc) - 1) : NULL;
        CHECK(c != NULL, "claimant type case %zu: a claim", i);
        if (c) {
            CHECK_STR(c->claimant, t[i].claimant, t[i].text);
            CHECK_STR(dsc_claimant_type_name(c->claimant_type), t[i].type, t[i].text);
        }
        dsc_doc_free(doc);
    }
}

/* A quotation that waits for its speaker (pass 2) takes its sentence's
 * place among the claims, and a sentence's two claims keep their order. */
static void claims_in_sentence_order(dsc_dict *d) {
    static const char text[] =
        "Nvidia said its H20 sales fell 50% in May.\n\n"
        "Jane Doe, a partner at Foo Capital, was blunt.\n\n"
        "\"DeepSeek changed the economics of AI.\"\n\n"
        "DeepSeek says its model cost $6 million, but analysts argue the real bill ran far higher.";
    dsc_doc *doc = dsc_parse(d, text, strlen(text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0, k, quote = n;
    CHECK(n == 4, "4 claims in order, got %zu", n);
    for (k = 1; k < n; k++)
        CHECK(dsc_doc_claim(doc, k)->sentence >= dsc_doc_claim(doc, k - 1)->sentence, "claim %zu before claim %zu", k,
              k - 1);
    for (k = 0; k < n; k++)
        if (dsc_doc_claim(doc, k)->kind == DSC_QUOTE) quote = k;
    CHECK(quote == 1, "the waiting quotation is the second claim, got %zu", quote);
    if (n == 4) {
        CHECK_STR(dsc_doc_claim(doc, 1)->claimant, "Jane Doe", "the quotation's speaker");
        CHECK_STR(dsc_doc_claim(doc, 2)->claimant, "DeepSeek", "the split sentence's first claim");
        CHECK_STR(dsc_doc_claim(doc, 3)->claimant, "analysts", "the split sentence's second claim");
    }
    dsc_doc_free(doc);
}

/* The claimant of the claim whose sentence holds needle, or NULL. */
static const char *claimant_of(const dsc_doc *doc, const char *needle) {
    size_t k;
    for (k = 0; k < dsc_doc_claim_count(doc); k++) {
        const dsc_claim *c = dsc_doc_claim(doc, k);
        if (strstr(c->text, needle)) return c->claimant ? c->claimant : "(null)";
    }
    return NULL;
}

/* "one of the people said" takes the phrase written last in the 3000
 * bytes before it (memory.c indexes only the windows asked about: a
 * question far from the last one starts the index again, one next to it
 * extends it). The first phrase is 4000 bytes before the second source. */
static void source_phrase_windows(const dsc_dict *d) {
    static const char first[] = "Moonshot will release Kimi K3 in May, people with knowledge of the matter said. "
                                "The model beat GPT-5 on coding tests, one of the people said.\n\n";
    static const char filler[] = "The weather in the city was mild all week long.\n\n";
    static const char second[] = "Zhipu will ship GLM-5 in June, people familiar with the matter said. "
                                 "The model topped a coding benchmark, one of the people said.\n\n"
                                 "Baidu cut prices by 20%, the people said.\n\n";
    char *text = malloc(sizeof first + 100 * sizeof filler + sizeof second), *p = text;
    size_t k;
    dsc_options o = {1};
    dsc_doc *doc;
    const char *who;
    memcpy(p, first, sizeof first - 1); p += sizeof first - 1;
    for (k = 0; k < 4000 / (sizeof filler - 1) + 1; k++) { memcpy(p, filler, sizeof filler - 1); p += sizeof filler - 1; }
    memcpy(p, second, sizeof second - 1); p += sizeof second - 1;
    doc = dsc_parse(d, text, (size_t)(p - text), &o);
    who = claimant_of(doc, "beat GPT-5");
    CHECK_STR(who ? who : "(none)", "people with knowledge of the matter", "the first window's phrase");
    who = claimant_of(doc, "topped a coding");
    CHECK_STR(who ? who : "(none)", "people familiar with the matter", "a window far from the first");
    who = claimant_of(doc, "Baidu cut prices");
    CHECK_STR(who ? who : "(none)", "people familiar with the matter", "a window next to the one before");
    dsc_doc_free(doc);
    free(text);
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    size_t i;
    dsc_dict_freeze(d);
    claimant_types(d);
    claims_in_sentence_order(d);
    source_phrase_windows(d);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const claim_case *t = &cases[i];
        dsc_options o = {1};
        dsc_doc *doc = dsc_parse(d, t->text, strlen(t->text), &o);
        char ctx[200], about[400];
        const dsc_claim *c;
        snprintf(ctx, sizeof ctx, "case %zu (%.40s)", i, t->text);
        CHECK((int)dsc_doc_claim_count(doc) == t->claims, "%s: %d claims, got %zu", ctx, t->claims, dsc_doc_claim_count(doc));
        if (t->claims == 0 || dsc_doc_claim_count(doc) == 0) { dsc_doc_free(doc); continue; }
        c = dsc_doc_claim(doc, t->last ? dsc_doc_claim_count(doc) - 1 : 0);
        if (t->claimant) CHECK_STR(c->claimant ? c->claimant : "(null)", t->claimant, ctx);
        if (t->kind) CHECK_STR(dsc_claim_kind_name(c->kind), t->kind, ctx);
        CHECK(c->hedged == t->hedged, "%s: hedged %d, got %d", ctx, t->hedged, c->hedged);
        about_str(doc, c, about, sizeof about);
        if (t->about) CHECK_STR(about, t->about, ctx);
        if (t->absent) CHECK(strstr(about, t->absent) == NULL, "%s: %s must not be in about (%s)", ctx, t->absent, about);
        dsc_doc_free(doc);
    }
    /* a sentence's bare amounts take what the sentence before, in the same
     * paragraph, counted or priced; a new paragraph starts afresh */
    {
        static const struct { const char *text; const char *unit; } ctx_cases[] = {
            {"Kessler said Huawei could make no more than 200,000 AI chips this year. "
             "Our own estimate at Foo Research is 230,000 to 260,000, Doe said.", "chips"},
            {"Kessler said Huawei could make no more than 200,000 AI chips this year.\n\n"
             "Our own estimate at Foo Research is 230,000 to 260,000, Doe said.", ""},
            {"DeepSeek charges $0.55 per million input tokens and $2.19 per million output tokens. "
             "OpenAI charges $10 and $40 for o3.", "USD per 1M tokens"},
            /* the sign ¥ is yen in a sentence naming a Japanese company, or in
             * a text that spells out yen more than yuan; else yuan */
            {"Arm shares rose 4%. SoftBank said its Vision Fund gained \xC2\xA5" "2.1tn in the quarter.", "JPY"},
            {"Sales came to 2.38 trillion yen, the company said. Its profit rose to \xC2\xA5" "500bn, it said.", "JPY"},
            {"Nvidia fell 3%. Alibaba said it would spend \xC2\xA5" "380bn on cloud infrastructure.", "CNY"},
            /* or in a text whose places are Japanese, prices too */
            {"TOKYO -- Sakura Labs released its model on Tuesday. The Osaka startup charges \xC2\xA5" "30 per "
             "million input tokens, it said.", "JPY per 1M tokens"},
            {"TOKYO -- Sakura Labs released its model on Tuesday. The startup said it spent \xC2\xA5" "4 billion on "
             "the training run.", "JPY"},
            /* a text that names Tokyo once and Shanghai and Beijing more is set
             * in China: the big Chinese places carry country=CN too */
            {"Sakura Labs opened an office in Tokyo. Its rivals in Shanghai and Beijing cut prices, and a Shanghai "
             "startup said it spent \xC2\xA5" "4 billion on the training run.", "CNY"},
        };
        for (i = 0; i < sizeof ctx_cases / sizeof ctx_cases[0]; i++) {
            dsc_options o = {1};
            dsc_doc *doc = dsc_parse(d, ctx_cases[i].text, strlen(ctx_cases[i].text), &o);
            size_t nc = dsc_doc_claim_count(doc);
            const dsc_claim *c = nc >= 2 ? dsc_doc_claim(doc, nc - 1) : NULL;
            char ctx[64];
            snprintf(ctx, sizeof ctx, "context case %zu", i);
            CHECK(c && c->n_quantities >= 1, "%s: %zu claims, last with a quantity", ctx, nc);
            if (c && c->n_quantities >= 1) CHECK_STR(c->quantities[0].unit, ctx_cases[i].unit, ctx);
            dsc_doc_free(doc);
        }
    }
    /* a quotation opened after a sentence's token store is full (400
     * words) is read without reading past it (ASan checks) */
    {
        static const char word[] = "Nvidia sold chips ";
        char *text = malloc(450 * (sizeof word - 1) + 64);
        size_t k, len = 0;
        dsc_options o = {1};
        dsc_doc *doc;
        CHECK(text != NULL, "memory for a long sentence");
        if (text) {
            for (k = 0; k < 150; k++) { memcpy(text + len, word, sizeof word - 1); len += sizeof word - 1; }
            memcpy(text + len, "\"\" and \"Le Chat\" said.", 22); len += 22;
            doc = dsc_parse(d, text, len, &o);
            CHECK(doc != NULL, "a sentence of 450 words and two quotations parses");
            dsc_doc_free(doc);
            free(text);
        }
    }
    dsc_dict_free(d);
    return check_report("claims");
}
