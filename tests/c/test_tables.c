/* test_tables.c: the claims of tables (src/claim/table.c), one table of
 * cases per construct.
 *
 * A case is a document and the claims expected from its table, each by
 * its entity, benchmark (the row or column name) and figure; the checks
 * cover kind, claimant, unit, quantity kind, bold, the rules of why, and
 * that the claim's position is its cell. Every table rule has a case. */
#include "check.h"
#include "internal.h"
#include <stdlib.h>

typedef struct {
    const char *about, *benchmark;
    double value;
    const char *unit;
    dsc_claim_kind kind;
    int best;
    const char *claimant;
    const char *rule_claim, *rule_claimant;
    const char *cell;          /* the source text the claim's position starts at */
    double value2;             /* a second price in the cell ("$1.25 / $10"), else 0 */
} want_claim;

#define MAX_WANT 6

static const struct {
    const char *construct, *src;
    size_t n_table_claims;             /* claims with a benchmark */
    want_claim want[MAX_WANT];
} cases[] = {
    /* the models head the columns; a grouping column, a spec row, a bold best */
    {"results-cols",
     "Scores for sampling use a temperature of $0.6$.\n\n"
     "| Category | Benchmark (Metric) | GPT-4o 0513 | DeepSeek V3 |\n"
     "|---|---|---|---|\n"
     "| | # Total Params | - | 671B |\n"
     "| Math | AIME 2024 (Pass@1) | 9.3 | **39.2** |\n"
     "| | Codeforces (Rating) | 759 | 1134 |\n",
     5,
     {{"DeepSeek-V3", "# Total Params", 671e9, "parameters", DSC_OTHER, 0, "article", "spec-table",
       "table-article-voice", "671B |"},
      {"GPT-4o", "AIME 2024 (Pass@1)", 9.3, "Pass@1", DSC_BENCHMARK, 0, "article", "results-table",
       "table-article-voice", "9.3 |"},
      {"DeepSeek-V3", "AIME 2024 (Pass@1)", 39.2, "Pass@1", DSC_BENCHMARK, 1, "article", "results-table",
       "table-article-voice", "39.2**"},
      {"DeepSeek-V3", "Codeforces (Rating)", 1134, "Rating", DSC_BENCHMARK, 0, "article", "results-table",
       "table-article-voice", "1134 |"}}},
    /* the models one a row; a percent column, a context length, a link */
    {"results-rows",
     "| Model | MMLU (%) | Context Length | Download |\n"
     "|:--|--:|--:|---|\n"
     "| DeepSeek-V3 | 88.5% | 128K | [HF](https://huggingface.co/x) |\n"
     "| GPT-4o | 87.2 | 128K | - |\n",
     4,
     {{"DeepSeek-V3", "MMLU (%)", 88.5, "%", DSC_BENCHMARK, 0, "article", "results-table", "table-article-voice", "88.5%"},
      {"DeepSeek-V3", "Context Length", 128000, "tokens", DSC_OTHER, 0, "article", "spec-table", "table-article-voice", "128K"},
      {"GPT-4o", "MMLU (%)", 87.2, "%", DSC_BENCHMARK, 0, "article", "results-table", "table-article-voice", "87.2"}}},
    /* a metric closing the column's name; models the dictionary does not know */
    {"unknown-models",
     "| Model | AIME 2024 pass@1 | CodeForces rating |\n|---|---|---|\n"
     "| Kalomira-7B | 28.9 | 954 |\n| Vintorsa-13B | 55.5 | 1189 |\n",
     4,
     {{"Kalomira-7B", "AIME 2024 pass@1", 28.9, "pass@1", DSC_BENCHMARK, 0, "article", "results-table",
       "table-article-voice", "28.9"},
      {"Vintorsa-13B", "CodeForces rating", 1189, "rating", DSC_BENCHMARK, 0, "article", "results-table",
       "table-article-voice", "1189"}}},
    /* a caption names the source */
    {"caption",
     "| Model | Intelligence Index |\n|---|---|\n| DeepSeek-V3 | 46 |\n\nSource: Artificial Analysis\n",
     1,
     {{"DeepSeek-V3", "Intelligence Index", 46, "", DSC_BENCHMARK, 0, "Artificial Analysis", "results-table",
       "table-caption", "46 |"}}},
    /* a caption names a product that publishes rankings */
    {"caption-product",
     "| Model | Arena rating |\n|---|---|\n| DeepSeek-V3 | 1,417 |\n\nSource: LMArena, snapshot of 6 November.\n",
     1,
     {{"DeepSeek-V3", "Arena rating", 1417, "rating", DSC_BENCHMARK, 0, "LMArena", "results-table",
       "table-caption", "1,417"}}},
    /* the source as the subject of a verb that puts figures out */
    {"lead-active",
     "Zhipu AI published the following scores alongside the weights:\n\n"
     "| Model | GPQA Diamond |\n|---|---|\n| DeepSeek-R1 | 71.5 |\n",
     1,
     {{"DeepSeek-R1", "GPQA Diamond", 71.5, "", DSC_BENCHMARK, 0, "Zhipu AI", "results-table",
       "table-lead-sentence", "71.5"}}},
    /* the sentence before the table does (a colon introduction, no claim itself) */
    {"lead-sentence",
     "DeepSeek reported the following scores:\n\n| Model | GPQA Diamond |\n|---|---|\n| DeepSeek-R1 | 71.5 |\n",
     1,
     {{"DeepSeek-R1", "GPQA Diamond", 71.5, "", DSC_BENCHMARK, 0, "DeepSeek", "results-table",
       "table-lead-sentence", "71.5"}}},
    /* ... or another sentence of the paragraph before it */
    {"lead-paragraph",
     "DeepSeek reported these results. All use a temperature of 0.6.\n\n"
     "| Benchmark | DeepSeek-R1 |\n|---|---|\n| MATH-500 (Pass@1) | 97.3 |\n",
     1,
     {{"DeepSeek-R1", "MATH-500 (Pass@1)", 97.3, "Pass@1", DSC_BENCHMARK, 0, "DeepSeek", "results-table",
       "table-lead-sentence", "97.3"}}},
    /* a chip table: compute, memory, bandwidth and power are specs, not scores */
    {"chip-specs",
     "| GPU | BF16 dense TFLOPS | HBM capacity (GB) | Memory bandwidth (TB/s) | TDP (W) |\n|---|---|---|---|---|\n"
     "| H100 | 989 | 80 | 3.35 | 700 |\n",
     4,
     {{"Nvidia H100", "BF16 dense TFLOPS", 989, "", DSC_OTHER, 0, "article", "spec-table", "table-article-voice", "989"},
      {"Nvidia H100", "HBM capacity (GB)", 80, "", DSC_OTHER, 0, "article", "spec-table", "table-article-voice", "80"},
      {"Nvidia H100", "Memory bandwidth (TB/s)", 3.35, "", DSC_OTHER, 0, "article", "spec-table", "table-article-voice",
       "3.35"},
      {"Nvidia H100", "TDP (W)", 700, "", DSC_OTHER, 0, "article", "spec-table", "table-article-voice", "700"}}},
    /* ... or the source the sentence before says put the figures out ("the lab" resolved) */
    {"lead-publisher",
     "DeepSeek updated its reasoning model on Thursday.\n\n"
     "In scores the lab posted alongside the weights, the model led on science questions:\n\n"
     "| Model | GPQA Diamond |\n|---|---|\n| DeepSeek-R1 | 71.5 |\n",
     1,
     {{"DeepSeek-R1", "GPQA Diamond", 71.5, "", DSC_BENCHMARK, 0, "DeepSeek", "results-table",
       "table-lead-sentence", "71.5"}}},
    {"lead-publisher-pronoun",
     "DeepSeek updated its reasoning model on Thursday. In figures it shared with developers, the model gained:\n\n"
     "| Model | GPQA Diamond |\n|---|---|\n| DeepSeek-R1 | 71.5 |\n",
     1,
     {{"DeepSeek-R1", "GPQA Diamond", 71.5, "", DSC_BENCHMARK, 0, "DeepSeek", "results-table",
       "table-lead-sentence", "71.5"}}},
    /* a price list the sentence before says the source listed (prices, rates) */
    {"lead-listed-rates",
     "Orvel Cloud cut its GPU prices on Tuesday.\n\nOrvel Cloud listed the new hourly rates as follows:\n\n"
     "| GPU | On-demand ($/GPU hour) |\n|---|---|\n| H100 | $2.10 |\n",
     1,
     {{"Nvidia H100", "On-demand ($/GPU hour)", 2.10, "USD per GPU hour", DSC_COST, 0, "Orvel Cloud", "price-table",
       "table-lead-sentence", "$2.10"}}},
    /* a price table: per 1M tokens, or money per something else */
    {"price",
     "| Model | Input ($/1M tokens) | Cost per task |\n|---|---|---|\n| DeepSeek-V3 | $0.27 | ~$0.015 |\n",
     2,
     {{"DeepSeek-V3", "Input ($/1M tokens)", 0.27, "USD per 1M tokens", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "$0.27"},
      {"DeepSeek-V3", "Cost per task", 0.015, "USD", DSC_COST, 0, "article", "price-table", "table-article-voice",
       "~$0.015"}}},
    /* a rental price per GPU hour, in the quantities section's unit */
    {"price-gpu-hour",
     "| Model | Input ($/1M tokens) | Dedicated ($/GPU hour) |\n|---|---|---|\n| DeepSeek-V3 | $0.27 | $2.10 |\n",
     2,
     {{"DeepSeek-V3", "Input ($/1M tokens)", 0.27, "USD per 1M tokens", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "$0.27"},
      {"DeepSeek-V3", "Dedicated ($/GPU hour)", 2.1, "USD per GPU hour", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "$2.10"}}},
    /* a bare figure under a name that carries a currency sign is money,
     * a price, not a score ("Est. price ($)", "List price (€)") */
    {"price-header-currency",
     "| Chip | Memory (GB) | List price (\\$) | Street price (€) |\n|---|---|---|---|\n| H100 | 80 | 30,000 | 27,500 |\n",
     3,
     {{"Nvidia H100", "Memory (GB)", 80, "", DSC_OTHER, 0, "article", "spec-table", "table-article-voice", "80"},
      {"Nvidia H100", "List price ($)", 30000, "USD", DSC_COST, 0, "article", "price-table", "table-article-voice",
       "30,000"},
      {"Nvidia H100", "Street price (€)", 27500, "EUR", DSC_COST, 0, "article", "price-table", "table-article-voice",
       "27,500"}}},
    /* two prices parted by a slash: one claim, a quantity each; an input / output price is per 1M tokens */
    {"price-pair",
     "| Model | Input / output price | Cost per run |\n|---|---|---|\n| DeepSeek-V3 | $0.27 / $1.10 | $0.02 |\n",
     2,
     {{"DeepSeek-V3", "Input / output price", 0.27, "USD per 1M tokens", DSC_COST, 0, "article", "price-pair",
       "table-article-voice", "$0.27 /", 1.10},
      {"DeepSeek-V3", "Cost per run", 0.02, "USD", DSC_COST, 0, "article", "price-table", "table-article-voice",
       "$0.02"}}},
    /* table-row-subject: orgs in the first column before a column of chips own the row's figures
     * (a chip's spec stays the chip's); unit-table: a header that is a count's unit ("GPUs");
     * a price in rupees; a caption's source the dictionary does not know */
    {"row-subject",
     "| Cloud | Chip offered | GPUs | Bid (\xe2\x82\xb9 per GPU hour) | TFLOPS |\n|---|---|---|---|---|\n"
     "| CoreWeave | Nvidia H100 | 4,096 | \xe2\x82\xb9" "65 | 989 |\n| Nebius | Nvidia H100 | 1,024 | \xe2\x82\xb9" "80 | 989 |\n"
     "\nSource: Sovereign Compute Board tender filings\n",
     6,
     {{"CoreWeave", "GPUs", 4096, "GPUs", DSC_OTHER, 0, "Sovereign Compute Board", "unit-table", "table-caption",
       "4,096"},
      {"Nebius", "Bid (\xe2\x82\xb9 per GPU hour)", 80, "INR per GPU hour", DSC_COST, 0, "Sovereign Compute Board",
       "price-table", "table-caption", "\xe2\x82\xb9" "80"},
      {"Nvidia H100", "TFLOPS", 989, "", DSC_OTHER, 0, "Sovereign Compute Board", "spec-table", "table-caption",
       "989"}}},
    /* price-table: any sign data/units/currencies.tsv knows ("A$"); the sign ¥ is yen under a header
     * that names a Japanese place, yuan under another (the text is set in neither country) */
    {"price-currencies",
     "| GPU | Tokyo (\xc2\xa5/GPU hour) | Kunshan (\xc2\xa5/GPU hour) | Sydney (A$/GPU hour) |\n|---|---|---|---|\n"
     "| Nvidia H100 | \xc2\xa5" "610 | \xc2\xa5" "21 | A$4.40 |\n",
     3,
     {{"Nvidia H100", "Tokyo (\xc2\xa5/GPU hour)", 610, "JPY per GPU hour", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "\xc2\xa5" "610"},
      {"Nvidia H100", "Kunshan (\xc2\xa5/GPU hour)", 21, "CNY per GPU hour", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "\xc2\xa5" "21"},
      {"Nvidia H100", "Sydney (A$/GPU hour)", 4.4, "AUD per GPU hour", DSC_COST, 0, "article", "price-table",
       "table-article-voice", "A$4.40"}}},
    /* ... but a first column of labs before a column of models leaves the scores the models' */
    {"row-subject-models",
     "| Lab | Model | MMLU |\n|---|---|---|\n| OpenAI | GPT-4o | 87.2 |\n| DeepSeek | DeepSeek-V3 | 88.5 |\n",
     2,
     {{"GPT-4o", "MMLU", 87.2, "", DSC_BENCHMARK, 0, "article", "results-table", "table-article-voice", "87.2"}}},
    /* tables that give nothing: no numbers; estimates by source; no entity */
    {"no-numbers",
     "| Model | Base Model |\n|---|---|\n| DeepSeek-R1-Distill-Qwen-7B | Qwen2.5-Math-7B |\n", 0, {{0}}},
    {"estimates",
     "| Estimate | Source | Figure |\n|---|---|---|\n| Hopper GPUs | SemiAnalysis | ~50,000 |\n", 0, {{0}}},
    {"no-entity",
     "| Year | Revenue |\n|---|---|\n| 2024 | $5bn |\n", 0, {{0}}},
    {"no-header",
     "| DeepSeek-V3 | 88.5 |\n| GPT-4o | 87.2 |\n", 0, {{0}}},
    {"cells-not-figures",
     "| Model | Shots | MMLU |\n|---|---|---|\n| DeepSeek-V3 | 5-shot | 88.5 / 89.1 |\n", 0, {{0}}},
};

/* The table claim about `about` under `benchmark`, or NULL. */
static const dsc_claim *find_claim(const dsc_doc *doc, const char *about, const char *benchmark) {
    size_t i;
    for (i = 0; i < dsc_doc_claim_count(doc); i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        if (c->benchmark && strcmp(c->benchmark, benchmark) == 0 && c->n_about == 1 &&
            strcmp(dsc_doc_entity(doc, c->about[0])->name, about) == 0)
            return c;
    }
    return NULL;
}

static void check_claim(const char *src, const dsc_doc *doc, const want_claim *w, const char *ctx,
                        int *seen_rules, const char *const *names, size_t n_names) {
    const dsc_claim *c = find_claim(doc, w->about, w->benchmark);
    size_t k;
    CHECK(c != NULL, "%s: no claim about %s under %s", ctx, w->about, w->benchmark);
    if (!c) return;
    CHECK(c->kind == w->kind, "%s: kind %s, want %s", ctx, dsc_claim_kind_name(c->kind), dsc_claim_kind_name(w->kind));
    CHECK(c->best == w->best, "%s: best %d, want %d", ctx, c->best, w->best);
    CHECK_STR(c->claimant, w->claimant, ctx);
    CHECK_STR(c->why.claim, w->rule_claim, ctx);
    CHECK_STR(c->why.kind, w->rule_claim, ctx);
    CHECK_STR(c->why.claimant, w->rule_claimant, ctx);
    CHECK(c->n_quantities == (w->value2 ? 2u : 1u), "%s: %u quantities", ctx, c->n_quantities);
    if (c->n_quantities == 2 && w->value2) {
        CHECK_NUM(c->quantities[1].value, w->value2, ctx);
        CHECK_STR(c->quantities[1].unit, w->unit, ctx);
        CHECK(c->quantities[1].start > c->quantities[0].start + c->quantities[0].len &&
              c->quantities[1].start + c->quantities[1].len <= c->text_len && c->text[c->quantities[1].start] == '$',
              "%s: the second quantity's text", ctx);
    }
    if (c->n_quantities >= 1) {
        const dsc_quantity *q = &c->quantities[0];
        CHECK_NUM(q->value, w->value, ctx);
        /* the quantity's text is the figure, a currency sign with it */
        CHECK(q->start + q->len <= c->text_len && q->len > 0 &&
              strncmp(c->text + q->start, w->cell + (w->cell[0] == '~'), q->len) == 0,
              "%s: quantity text %.*s", ctx, (int)q->len, c->text + q->start);
        CHECK_STR(c->quantities[0].unit, w->unit, ctx);
        CHECK(c->quantities[0].start + c->quantities[0].len <= c->text_len, "%s: quantity inside the text", ctx);
    }
    /* the position is the cell */
    CHECK(c->span.byte < strlen(src) && strncmp(src + c->span.byte, w->cell, strlen(w->cell)) == 0,
          "%s: position %u is not the cell \"%s\"", ctx, c->span.byte, w->cell);
    for (k = 0; k < n_names; k++)
        if (strcmp(names[k], c->why.claim) == 0 || strcmp(names[k], c->why.claimant) == 0) seen_rules[k] = 1;
}

static void table_cases(void) {
    size_t i, j, n_names;
    const char *const *names = dsc_table_rule_names(&n_names);
    int seen[16] = {0};
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dsc_doc *doc = dsc_parse(NULL, cases[i].src, strlen(cases[i].src), NULL);
        size_t got = 0;
        char ctx[120];
        snprintf(ctx, sizeof ctx, "%s", cases[i].construct);
        CHECK(doc != NULL, "%s: parse", ctx);
        if (!doc) continue;
        for (j = 0; j < dsc_doc_claim_count(doc); j++) got += dsc_doc_claim(doc, j)->benchmark != NULL;
        CHECK(got == cases[i].n_table_claims, "%s: %zu table claims, want %zu", ctx, got, cases[i].n_table_claims);
        for (j = 0; j < MAX_WANT && cases[i].want[j].about; j++) {
            snprintf(ctx, sizeof ctx, "%s: %s / %s", cases[i].construct, cases[i].want[j].about, cases[i].want[j].benchmark);
            check_claim(cases[i].src, doc, &cases[i].want[j], ctx, seen, names, n_names);
        }
        dsc_doc_free(doc);
    }
    for (i = 0; i < n_names && i < 16; i++) CHECK(seen[i], "table rule %s has no case", names[i]);
}

/* An entity the table adds is a model; claims come in the order of the text. */
static void table_entities_and_order(void) {
    const char *src = "DeepSeek said V3 cost $5.6 million.\n\n"
                      "| Model | Score |\n|---|---|\n| Kalomira-7B | 71.2 |\n\nAfter the table, Nvidia fell 17%.\n";
    dsc_doc *doc = dsc_parse(NULL, src, strlen(src), NULL);
    long e;
    size_t i;
    CHECK(doc != NULL, "order: parse");
    if (!doc) return;
    e = dsc_doc_find_entity(doc, "Kalomira-7B", strlen("Kalomira-7B"));
    CHECK(e >= 0 && dsc_doc_entity(doc, (size_t)e)->kind == DSC_MODEL, "a table's unknown model is an entity of kind model");
    CHECK(e >= 0 && dsc_doc_entity(doc, (size_t)e)->n_mentions == 1, "one mention");
    CHECK(dsc_doc_claim_count(doc) == 3, "order: %zu claims", dsc_doc_claim_count(doc));
    for (i = 1; i < dsc_doc_claim_count(doc); i++)
        CHECK(dsc_doc_claim(doc, i)->span.byte > dsc_doc_claim(doc, i - 1)->span.byte, "order: claim %zu after %zu", i, i - 1);
    CHECK(dsc_doc_claim_count(doc) == 3 && dsc_doc_claim(doc, 1)->benchmark != NULL &&
          dsc_doc_claim(doc, 0)->benchmark == NULL, "order: the table's claim between the prose claims");
    dsc_doc_free(doc);
}

/* A model the dictionary does not know, in two tables: one entity. */
static void table_names_shared(void) {
    const char *src = "| Model | MMLU |\n|---|---|\n| Vintorsa-13B | 70.1 |\n\nText.\n\n"
                      "| Benchmark | Vintorsa-13B |\n|---|---|\n| GPQA | 41.0 |\n";
    dsc_doc *doc = dsc_parse(NULL, src, strlen(src), NULL);
    size_t i, n = 0;
    long e;
    CHECK(doc != NULL, "shared: parse");
    if (!doc) return;
    for (i = 0; i < dsc_doc_entity_count(doc); i++) n += strcmp(dsc_doc_entity(doc, i)->name, "Vintorsa-13B") == 0;
    e = dsc_doc_find_entity(doc, "Vintorsa-13B", strlen("Vintorsa-13B"));
    CHECK(n == 1 && e >= 0 && dsc_doc_entity(doc, (size_t)e)->n_mentions == 2, "shared: one entity of two mentions (%zu)", n);
    CHECK(dsc_doc_claim_count(doc) == 2, "shared: two claims, got %zu", dsc_doc_claim_count(doc));
    dsc_doc_free(doc);
}

int main(void) {
    table_cases();
    table_entities_and_order();
    table_names_shared();
    return check_report("tables");
}
