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
} kind_case;

static const kind_case cases[] = {
    {"topic-words", "Italy's privacy regulator blocked DeepSeek's app on Thursday.", "policy"},
    /* a word of an outlet's name is no topic word */
    {"topic-words", "Alibaba released Qwen3 on Tuesday, Tom's Hardware reported.", "time"},
    /* the source cited ("according to ...") is no part of the topic */
    {"topic-words", "Zhipu has begun preparing an initial public offering, according to a filing with the securities regulator.", "funding"},
    /* fines and legal obligations are policy */
    {"topic-words", "Mistral said the duties would apply to its new model.", "policy"},
    {"money-word-before", "Firms that break the rules face penalties of up to €15 million.", "policy"},
    {"series-round", "Anthropic announced a Series F on Tuesday.", "funding"},
    {"charged-with", "Two brokers were charged with fraud in Singapore over Nvidia servers.", "policy"},
    {"chip-named", "DeepSeek trained V3 on Nvidia H800s.", "hardware"},
    {"government-body", "Italy's Garante wrote to DeepSeek on Tuesday.", "policy"},
    {"price-target", "Citi set a $175 price target on Nvidia.", "market"},
    {"charges-price", "OpenAI charges $10 for o3 access.", "cost"},
    {"closed-round", "xAI closed a $6 billion round in December.", "funding"},
    {"value-at", "The deal would value Anthropic at $40 billion.", "funding"},
    {"value-at", "A listing next year could value the chatbot maker at up to $300 billion.", "funding"},
    {"capex-spending", "Meta spent $35 billion on capital expenditure last year.", "funding"},
    {"money-word-before", "Alphabet plans to spend $75 billion this year.", "funding"},
    {"capex-spending", "## The capex numbers\n\nMicrosoft: spent $34.9 billion in the September quarter.", "funding"},
    {"money-word-before", "Nvidia revenue reached $39 billion in the quarter.", "market"},
    /* money in any currency: the quantity's kind, not its code */
    {"money-word-before", "Sakana paid 1.5 billion yen for its GPU cluster.", "cost"},
    {"money-word-before", "Naver spent 21.6 billion won on its new campus.", "cost"},
    {"money-word-before", "Grok 4 reportedly cost hundreds of millions of dollars to train.", "cost"},
    {"money-noun-after", "SoftBank unveiled a $500 billion data centre venture.", "funding"},
    {"money-noun-after", "Oracle signed a $300 billion, five-year cloud contract with OpenAI.", "funding"},
    {"money-amid-topic", "Nvidia's revenue grew again, to $39.3 billion.", "market"},
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
    /* a single scare-quoted word inside the sentence is no quotation */
    {"topic-words", "OpenAI said it had seen evidence of \"distillation\" by DeepSeek in January.", "other"},
    {"attributed-quotation", "\"DeepSeek changed the economics of AI,\" said Jane Doe.", "quote"},
    {"no-topic", "OpenAI said DeepSeek may have distilled its models.", "other"},
};

static void run_case(const kind_case *c) {
    dsc_doc *doc = dsc_parse(NULL, c->text, strlen(c->text), NULL);
    const dsc_claim *cl = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, 0) : NULL;
    CHECK(cl != NULL, "%s: \"%s\" is a claim", c->rule, c->text);
    if (cl) {
        CHECK_STR(dsc_claim_kind_name(cl->kind), c->kind, c->text);
        CHECK_STR(cl->why.kind, c->rule, c->text);
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
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    CHECK_STAGE_RULES("kind", cl_kind_rule_names, 20, cases);
    return check_report("rules_kind");
}
