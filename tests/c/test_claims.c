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
};

static void about_str(const dsc_doc *doc, const dsc_claim *c, char *out, size_t cap) {
    uint32_t k;
    out[0] = '\0';
    for (k = 0; k < c->n_about; k++) {
        if (k) strncat(out, "|", cap - strlen(out) - 1);
        strncat(out, dsc_doc_entity(doc, c->about[k])->name, cap - strlen(out) - 1);
    }
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    size_t i;
    dsc_dict_freeze(d);
    CHECK(dsc_claim_lexicon_sorted(), "claim lexicon sorted for binary search");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const claim_case *t = &cases[i];
        dsc_options o = {1};
        dsc_doc *doc = dsc_parse(d, t->text, strlen(t->text), &o);
        char ctx[200], about[400];
        const dsc_claim *c;
        snprintf(ctx, sizeof ctx, "case %zu (%.40s)", i, t->text);
        CHECK((int)dsc_doc_claim_count(doc) == t->claims, "%s: %d claims, got %zu", ctx, t->claims, dsc_doc_claim_count(doc));
        if (t->claims == 0 || dsc_doc_claim_count(doc) == 0) { dsc_doc_free(doc); continue; }
        c = dsc_doc_claim(doc, 0);
        CHECK_STR(c->claimant ? c->claimant : "(null)", t->claimant, ctx);
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
    dsc_dict_free(d);
    return check_report("claims");
}
