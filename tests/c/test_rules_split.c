/* test_rules_split.c: the ways one sentence carries two claims, by name
 * (src/claim/split.c). The split cases report no name in why, so each
 * case checks what its split gives: two claims, and their claimants in
 * order. Every name cl_split_rule_names gives has a case. */
#include "rules_check.h"
#include "internal.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;
    const char *text;
    const char *first, *second;    /* the claimants, in order */
} split_case;

static const split_case cases[] = {
    /* what others expect of the subject (nobody named), then what it reported itself */
    {"passive-then-report", "Tencent is expected to report quarterly results on Wednesday and has already warned "
     "that its cloud revenue likely fell 8%.", NULL, "Tencent"},
    {"passive-then-report", "Baidu is also expected to spend more than $2 billion on chips this year, and it has "
     "told investors it does not plan to raise prices.", NULL, "Baidu"},
    {"coordinated-verb", "Alibaba released Qwen 2.5-Max on Wednesday and said it beat DeepSeek-V3 on 4 tests.",
     "article", "Alibaba"},
    {"saying-clause", "Alibaba released a new generation of Qwen models, saying the largest rivals DeepSeek-V3.",
     "article", "Alibaba"},
    {"event-before-report", "Alphabet slumped 7.3% on Wednesday after the company said it plans to spend $75 billion.",
     "article", "Alphabet"},
    /* "since" as "after": no comma needed */
    {"event-before-report", "The plan gave a lift to chip stocks, which have swung sharply since Chinese startup "
     "DeepSeek said last month that it had built a model for $6 million.", "article", "DeepSeek"},
    {"market-move-after", "Nvidia said it will take a $5.5 billion charge, and its shares fell 7%.", "Nvidia", "article"},
    /* a verb of consequence whose object is a market's move: the move is the article's */
    {"consequence-move", "Tencent said it would cut prices for its Hunyuan models by half, sending its shares down "
     "4% in Hong Kong.", "Tencent", "article"},
    {"consequence-move", "Baidu said its new chip would ship in March, a remark that sent shares of its suppliers "
     "up 9% the next day.", "Baidu", "article"},
    /* ", while" and another company with a verb of its own: its deed, or its broker's call */
    {"contrast-actor", "Microsoft said it would spend $80 billion on data centres this year, while Oracle signed a "
     "$30 billion cloud contract with a customer it did not name.", "Microsoft", "article"},
    {"contrast-actor", "Bernstein lifted its target on Nvidia to $210 from $180, while Jefferies kept its hold rating "
     "and a $150 target.", "Bernstein", "Jefferies"},
    {"clause-before-speaker", "Huawei unveiled the CloudMatrix 384 system, and research firm SemiAnalysis wrote "
     "that it can beat Nvidia's GB200.", "article", "SemiAnalysis"},
    {"which-it-said", "ByteDance priced its Doubao model at 0.8 yuan per million tokens, which it said was 99% "
     "cheaper than rivals.", "article", "ByteDance"},
    {"clause-before-speaker", "Huawei is expected to ship 700,000 Ascend chips this year, according to estimates by "
     "Tiancheng Securities, though analysts caution that output is capped by yields.", "Tiancheng Securities",
     "analysts"},
    {"which-it-said", "Moonshot AI released a new open-weight model on Friday that it says beats GPT-4.1 on 5 coding "
     "tests.", "article", "Moonshot AI"},
    {"which-it-said", "DeepSeek posted a 41-page paper describing a training method, which the Hangzhou company says "
     "cut its compute bill by 58%.", "article", "DeepSeek"},
    /* an action with no verb of the trade: a finite verb and a name claim */
    {"which-it-said", "Samsung is building a $17 billion chip plant in Taylor, Texas, which it expects to open in "
     "2026.", "article", "Samsung"},
    {"second-speaker", "DeepSeek says its model cost $6 million, but analysts argue the real bill ran far higher.",
     "DeepSeek", "analysts"},
    /* two parties in one sentence, one of them quoted */
    {"second-speaker", "OpenAI said it had 400 million weekly users, while Sensor Tower reported 300 million.",
     "OpenAI", "Sensor Tower"},
    {"second-speaker", "Meta has said Llama 4 will cost $5 million, and Zuckerberg has predicted it will be \"the "
     "leading model\" by 2025.", "Meta", "Mark Zuckerberg"},
    /* ", and" before a person the text does not name */
    {"second-speaker", "Nvidia said its sales rose 20%, and an analyst at the bank said the growth would slow.",
     "Nvidia", "analysts"},
    /* a semicolon opens the second speaker's clause (no ", but" needed) */
    {"second-speaker", "DeepSeek has said the training run cost $5.6 million; outside analysts believe the bill ran "
     "far higher.", "DeepSeek", "analysts"},
    /* ", and" before a group the text does not name, and a list of places */
    {"second-speaker", "Nvidia said it had complied with the export rules, and authorities in Japan, South Korea "
     "and Taiwan said they were reviewing the sales.", "Nvidia", "authorities"},
    /* a clause with a finite verb and a name asserts, before another's statement */
    {"clause-before-speaker", "Domestic buyers are hedging with Huawei and Cambricon, and Tencent says it can get by "
     "with the chips it has.", "article", "Tencent"},
    /* a contrast after a comma, or a colon or semicolon, opens the clause */
    {"clause-before-speaker", "The Commission has so far refused to delay the rules, though officials said last "
     "month it could push back some deadlines by a year.", "article", "officials"},
    {"clause-before-speaker", "American labs still have far more compute than Chinese ones: Epoch AI estimates that "
     "U.S. firms control 70% of it.", "article", "Epoch AI"},
    /* one speaker, two statements, the first with a figure */
    {"same-speaker-adds", "\"Cloud revenue grew 26% in the quarter,\" Joseph Tsai told analysts, adding that demand "
     "for GPUs still exceeded supply.", "Joe Tsai", "Joe Tsai"},
    {"same-speaker-adds", "Police said they had seized 40 servers worth $3 million in a raid, and that the chips may "
     "have passed through Malaysia on their way to China.", "police", "police"},
    /* a report set off by commas mid-sentence, then a clause of its own */
    {"clause-after-report", "The servers were assembled by Foxconn in Mexico, Reuters reported, and no company has "
     "been charged in the case.", "Reuters", "article"},
    /* ", and" and a verb with no subject: the speaker goes on, after a figure */
    {"clause-after-report", "Meta expects capital spending of $65 billion this year, Mark Zuckerberg said, and will "
     "end the year with more than 1.3 million GPUs.", "Mark Zuckerberg", "Mark Zuckerberg"},
    /* no reporting verb: the article's two clauses, the second with a name for subject */
    {"article-two-clauses", "Microsoft agreed to buy power from a restarted reactor for 20 years, and Amazon has "
     "taken a $500 million stake in a reactor developer.", "article", "article"},
    {"article-two-clauses", "Mistral raised $600 million and hired a former Google research head as chief "
     "scientist.", "article", "article"},
    /* a result, then the forecast it beat, compiled by an org */
    {"consensus-comparison", "Cloud revenue rose 12% to $9.1 billion, slightly above the $8.9 billion that analysts "
     "polled by LSEG had expected.", "article", "LSEG"},
    /* "forecast" reports, but in a relative clause on the forecast's figure it is no verb of the
     * sentence (verb-object-relative), whatever the currency */
    {"consensus-comparison", "Cloud revenue rose 12% to $9.1 billion, slightly above the $8.9 billion that analysts "
     "polled by LSEG had forecast.", "article", "LSEG"},
    {"consensus-comparison", "Cloud revenue rose 9% to \xC2\xA5" "310.4 billion, just below the \xC2\xA5" "312 billion that "
     "analysts polled by LSEG had forecast.", "article", "LSEG"},
    /* "ahead of" compares as "above" does; with a reporting verb for the result too */
    {"consensus-comparison", "Nvidia said data-centre revenue rose 66% to $41.1 billion, ahead of the $40.2 billion "
     "that analysts polled by LSEG had expected.", "Nvidia", "LSEG"},
    /* ", and they told ...": the same speaker by a pronoun */
    {"same-speaker-adds", "Analysts at Bernstein wrote that the $6 million training figure left out research "
     "costs, and they told clients the selloff in chip stocks looked overdone.", "Bernstein", "Bernstein"},
    /* a noun group set off by a comma, its relative clause's subject reports */
    {"relative-report", "Tencent opened a 10,000-GPU cluster in Chongqing, which analysts say will be the largest in "
     "western China.", "article", "analysts"},
    {"relative-report", "Baidu cut the price of Ernie 4.5 to 2 yuan per million tokens, a level it says is below "
     "the cost of serving them.", "article", "Baidu"},
    {"relative-report", "Huawei told investors it would ship 600,000 Ascend chips this year, a figure some analysts "
     "said could fall short.", "Huawei", "analysts"},
    {"relative-report", "Meta said its headcount would rise 10% next year, a plan that analysts at Orvel Capital "
     "said could lift costs by $2 billion.", "Meta", "Orvel Capital"},    /* a group with its firm */
    /* a report closing two clauses joined by ", and", the second with a name for subject */
    {"closing-report-clauses", "Samsung has cut the price of its HBM3E chips by 20%, and SK Hynix is building 2 new "
     "fabs in Cheongju, people briefed on the plans said.", "people familiar with the matter",
     "people familiar with the matter"},
    {"semicolon-report", "Tencent capex Q2 19.1 billion yuan, up 119% yoy; said it has enough chips for training.",
     "article", "Tencent"},
};

/* Sentences that stay one claim: a negated first clause is no statement of
 * the article's ("did not disclose ..., but a person familiar with it said"). */
static const char *const whole[] = {
    /* consensus-comparison: no figure of the forecast's own, no comma */
    "Revenue will reach $252 billion next year, about 18% above the average estimate compiled by Visible Alpha.",
    /* article-two-clauses: a negated first clause, a pronoun subject */
    "Alibaba did not release the weights of Qwen 2.5-Max, and Alibaba Cloud sells access only through its API.",
    "The H20 was developed after Washington tightened export rules in 2023, and it became the most powerful chip "
    "Chinese buyers could get.",
    /* clause-after-report: the speaker goes on with no figure before */
    "The company sent user data to firms in China, the watchdog said, and had failed to tell users about it.",
    /* same-speaker-adds: no figure in the first statement, one claim */
    "Nvidia said the company complies with all export rules and that it would act on any report of misuse.",
    /* clause-before-speaker: a first clause that reports is its speaker's */
    "In a blog post, the company estimated a margin of 545% on its services, though it acknowledged that revenue "
    "was much lower.",
    /* event-before-report: "after" before a closing attribution's comma is a
     * preposition; the attribution reports all before it */
    "The app was downloaded 3 million times in the week after launch, according to figures from Sensor Tower.",
    /* closing-report-clauses: a common noun for the second subject goes on with the first */
    "Moonshot cut its marketing budget by half this year, and downloads of Kimi have fallen by two-thirds, "
    "according to people familiar with the matter.",
    /* relative-report: a relative clause with no comma restricts its noun */
    "Much of the $40 billion OpenAI has promised will flow back to companies that are its own investors.",
    /* relative-report: no verb right after the report, the report has its own object */
    "Volcano Engine priced Doubao at 0.8 yuan per million tokens, a price it called the lowest in the industry.",
    /* contrast-actor: a model after "while" goes on with the speaker's results */
    "Moonshot says Kimi K2 scores 65.8% on SWE-bench Verified, while Kimi K2 Thinking reaches 71.3%.",
    /* passive-then-report: a passive that does not hedge ("is set to") is no one else's expectation */
    "Tencent is set to report quarterly results on Wednesday and has already warned that its cloud revenue fell 8%.",
    /* consequence-move: a move that follows a move of one kind is one claim; no market, no split */
    "Shares of SoftBank fell 8% on Tuesday, wiping $12 billion off its market value.",
    "Alibaba released the Qwen3 models on Tuesday, sending developers a long list of changes to its API.",
    "Moonshot did not disclose how many chips it used, but a person familiar with its infrastructure said it relied "
    "on several thousand Nvidia GPUs.",
    /* second-speaker: after a semicolon a negated report is no statement */
    "DeepSeek has said the training run cost $5.6 million; neither company has confirmed the figure to reporters.",
};

static void run_whole(const char *text) {
    dsc_doc *doc = dsc_parse(NULL, text, strlen(text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0;
    CHECK(n == 1, "\"%s\": %zu claims, want 1", text, n);
    dsc_doc_free(doc);
}

static void run_case(const split_case *c) {
    dsc_doc *doc = dsc_parse(NULL, c->text, strlen(c->text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0;
    CHECK(n == 2, "%s: \"%s\": %zu claims", c->rule, c->text, n);
    if (n == 2) {
        CHECK_STR(dsc_doc_claim(doc, 0)->claimant, c->first, c->rule);
        CHECK_STR(dsc_doc_claim(doc, 1)->claimant, c->second, c->rule);
    }
    dsc_doc_free(doc);
}

int main(void) {
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    for (k = 0; k < sizeof whole / sizeof whole[0]; k++) run_whole(whole[k]);
    CHECK_STAGE_RULES("split", cl_split_rule_names, 17, cases);
    return check_report("rules_split");
}
