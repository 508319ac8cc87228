/* test_rules_about.c: the rules of what a claim is about, by name
 * (src/claim/about.c). They report no name in why, so each case checks
 * what its rule does to the first claim's about: an entity it leaves out
 * (an exclusion) or the claimant it brings in (a self-claim). Every name
 * cl_about_rule_names gives has a case. */
#include "rules_check.h"
#include "internal.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;
    const char *text;
    const char *in;           /* an entity about must hold, or NULL */
    const char *out;          /* one it must not, or NULL */
    size_t at;                /* the claim checked: 0, the first */
} about_case;

static const about_case cases[] = {
    {"descriptor-suffix", "Microsoft-backed OpenAI released a new model on Tuesday.", "OpenAI", "Microsoft"},
    {"place-of-origin", "Japan's Advantest raised its forecast on Tuesday.", "Advantest", "Japan"},
    {"place-in-apposition", "In Shenzhen, south China's Guangdong Province, Huawei opened a chip plant.", "Huawei",
     "China"},
    {"place-of-named", "Prosecutors said Kevin Lau ran Orvane Systems, a small distributor in Tucson, Arizona, that shipped Nvidia chips.",
     "Nvidia", "Tucson"},
    {"place-of-named", "Prosecutors said Kevin Lau ran Orvane Systems, a small distributor in Tucson, Arizona, that shipped Nvidia chips.",
     "Nvidia", "Arizona"},
    {"place-of-firm", "Analysts at the Singapore brokerage Penrose Hill wrote that Huawei could ship 500,000 chips.",
     "Huawei", "Singapore"},
    {"place-of-firm", "Cambricon may sell 300,000 accelerators in 2026, analysts at a Taipei brokerage estimate.",
     "Cambricon", "Taipei"},
    /* a relative clause closing right before the verb describes the
     * speaker; before "according to" it is content */
    {"speaker-relative", "Zhipu AI released GLM-5 on Monday.\n\nThe Beijing startup, which counts Tencent among "
     "its investors, said the model was trained on 9 trillion tokens.", "GLM-5", "Tencent", 1},
    {"speaker-relative", "Shipments will favour Huawei, whose Ascend 910C chips are in short supply, according to "
     "people familiar with the plans.", "Huawei Ascend 910C", NULL},
    {"posting-medium", "Marc Andreessen wrote on X that Kimi K2 was a Sputnik moment for Moonshot.", "Kimi K2", "X"},
    {"owner-of", "TikTok owner ByteDance released a new model on Wednesday.", "ByteDance", "TikTok"},
    {"owner-description", "The ChatGPT maker is raising $40 billion from SoftBank, people familiar with the talks said.",
     "SoftBank", "ChatGPT"},
    {"place-owns-holder", "Shares of Cambricon, China's biggest AI chip designer, rose 12% on Monday.", "Cambricon",
     "China"},
    {"place-owns-holder", "Japan's digital minister Taro Kono said Nvidia would open a lab in Osaka.", "Nvidia",
     "Japan"},
    /* the point of the claim, or a government's organ, keeps the place */
    {"place-owns-holder", "Mistral raised €2 billion in June, making it Europe's most valuable AI company.", "Europe",
     NULL},
    {"speaker-employer", "Harbourne Capital's Ines Marlow said Nvidia could sell 2 million H20 chips this year.",
     "Nvidia", "Harbourne Capital"},
    {"speaker-employer", "Nvidia released the H20 in 2024.\n\nIts chief executive, Jensen Huang, has said AMD "
     "cannot match the chip's memory.", "AMD", "Nvidia", 1},
    {"apposition", "DeepSeek, an offshoot of hedge fund High-Flyer, has said little about its chips.", "DeepSeek",
     "High-Flyer"},
    {"attribution-tail", "\"DeepSeek is remarkably efficient,\" Satya Nadella said at the forum in Davos.", "DeepSeek",
     "Davos"},
    {"own-action", "Meta reported using 16,000 Nvidia H100 chips.", "Meta", NULL},
    {"own-pronoun", "DeepSeek said it would cut prices below OpenAI's.", "DeepSeek", NULL},
    /* an analyst's call on others (class call-noun) is not about the caller */
    {"own-pronoun", "Morgan Stanley lifted its price target on Nvidia to $160.", "Nvidia", "Morgan Stanley"},
    /* "its" after another org (not a possessive) stands for that org */
    {"own-pronoun", "Morrow Research expects Nvidia to report data-centre revenue of $180 billion in its next "
     "fiscal year.", "Nvidia", "Morrow Research"},
    {"own-pronoun", "Pinecrest Analytics Inc. said demand for Nvidia's chips had doubled its revenue in a year.",
     "Pinecrest Analytics Inc", NULL},
    {"own-person", "Hannah Ortiz, a fund manager, said she had cut her clients' Nvidia holdings by 20%.",
     "Hannah Ortiz", NULL},
    /* not the speaker: his startup's work, his view, a possessive
     * descriptor of the speaker, the speaker's employer */
    {"own-person", "Kai-Fu Lee has said his startup 01.AI trained a model for $3 million.", "01.AI", "Kai-Fu Lee"},
    {"own-person", "Vivian Cheung said she expected two labs to stop training their own models by 2026.", NULL,
     "Vivian Cheung"},
    {"own-person", "Analyst Ruth Okonkwo's team raised its estimate for shipments of Nvidia chips by 10%.",
     "Nvidia", "Ruth Okonkwo"},
    {"speaker-descriptor",
     "# Larchmont Capital Markets on AI spending\n\nIn a note to clients, the bank's chip team, led by analyst Ruth "
     "Okonkwo, estimated that Microsoft will spend $90 billion next year.", "Microsoft", "Larchmont Capital Markets"},
    {"named-again", "Nvidia said demand for Nvidia chips outran AMD's supply.", "Nvidia", NULL},
    {"own-product", "DeepSeek said the training run for DeepSeek-V3 cost $5.6 million.", "DeepSeek", NULL},
    {"own-figures", "Tokyo Electron reported revenue of 561.5 billion yen.", "Tokyo Electron", NULL},
    /* an org named as subject that is not the story's speaks of the world,
     * unless it reports results or speaks of itself */
    {"outside-speaker", "Nvidia launched a new server chip on Monday.\n\nThe Ashgrove Institute estimates that 40% "
     "of new servers will use liquid cooling by 2027.", NULL, "Ashgrove Institute", 1},
    {"outside-speaker", "Amazon signed a power deal with Pecos Valley Power in March. Pecos Valley Power expects "
     "the plant to add 900 jobs.", "Pecos Valley Power", NULL, 1},
    {"outside-speaker", "Nvidia launched a new server chip on Monday.\n\nCambricon reported first-half revenue of "
     "2.9 billion yuan.", "Cambricon", NULL, 1},
    {"outside-speaker", "Nvidia launched a new server chip on Monday.\n\nThe Ministry of Industry said in a "
     "statement that it would tighten checks on 300 data centres.", "Ministry of Industry", NULL, 1},
    /* figures a source is cited for, or a firm's analysts give, are not the
     * source's own */
    {"figures-of-others", "Shipments of AI servers rose 40% last quarter, according to Quillon Research.", NULL,
     "Quillon Research"},
    {"figures-of-others", "Analysts at Harbourne & Vale said the sector could grow 25% next year.", NULL,
     "Harbourne & Vale"},
    {"figures-of-others", "Harbourne & Vale analysts kept their buy rating on the stock.", NULL, "Harbourne & Vale"},
    /* no rule of about's: what "the startup" refers to (refer.c), as the
     * claimant's "it" does; a chip it trains on does not make it Nvidia */
    {"reference", "DeepSeek built V3 on Nvidia H800 processors, which Nvidia made for the Chinese market.\n\n"
     "In March the startup released R2, which it says beats o1 on coding tests.", "DeepSeek", "Nvidia", 1},
    /* "It" stood for the watchdog, but "the company" is never a government
     * body: the story's company */
    {"reference", "The Garante announced the results of its probe on Thursday. It found that DeepSeek had sent "
     "user prompts to ByteDance without consent.\n\nThe company also sent app data to firms in China, the "
     "watchdog said.", "DeepSeek", "Garante", 2},
    /* a relative clause split off (relative-report) is about the name it
     * hangs on, right before the comma, and that name's owner; not a
     * place (where the noun is) */
    {"relative-head-name", "Qwen3 was followed a week later by Moonshot's Kimi K2, which Moonshot said beats GPT-4.1 on "
     "coding.", "Kimi K2", NULL, 1},
    {"relative-head-name", "Mistral on Tuesday released Devstral, a coding model it says outperforms GPT-4o on maths.",
     "Devstral", NULL, 1},
    {"relative-head-name", "Alibaba's Quark app now trails ByteDance's Doubao, which analysts say has more than 150 "
     "million users.", "ByteDance", NULL, 1},
    {"relative-head-name", "Tencent is building a cluster in Chongqing, which officials say will be the largest in "
     "western China.", NULL, "Chongqing", 1},
};

/* Is the entity named name in the claim's about? */
static int about_has(const dsc_doc *doc, const dsc_claim *c, const char *name) {
    uint32_t k;
    for (k = 0; k < c->n_about; k++)
        if (strcmp(dsc_doc_entity(doc, c->about[k])->name, name) == 0) return 1;
    return 0;
}

static void run_case(const about_case *c) {
    dsc_doc *doc = dsc_parse(NULL, c->text, strlen(c->text), NULL);
    size_t n = doc ? dsc_doc_claim_count(doc) : 0;
    const dsc_claim *cl = c->at < n ? dsc_doc_claim(doc, c->at) : NULL;
    CHECK(cl != NULL, "%s: \"%s\" is a claim", c->rule, c->text);
    if (cl && c->in) CHECK(about_has(doc, cl, c->in), "%s: %s is in about", c->rule, c->in);
    if (cl && c->out) {
        CHECK(dsc_doc_find_entity(doc, c->out, strlen(c->out)) >= 0, "%s: %s is named", c->rule, c->out);
        CHECK(!about_has(doc, cl, c->out), "%s: %s is not in about", c->rule, c->out);
    }
    dsc_doc_free(doc);
}

int main(void) {
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    CHECK_STAGE_RULES("about", cl_about_rule_names, 14, cases);
    return check_report("rules_about");
}
