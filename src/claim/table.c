/*
 * table.c: the claims of a table (doc/claims.md, "Tables and markup").
 *
 * Labs put their strongest claims in tables: a model card's results table
 * has the models on one axis, the benchmarks on the other, a score in each
 * cell. markdown_table.c keeps each cell's place; this file reads the
 * table in two steps:
 *
 *   layout (dsc_table_layout, before the entities are built): which axis
 *     names the entities. The header row of a results table often names
 *     the models ("| Benchmark (Metric) | GPT-4o 0513 | DeepSeek V3 |"),
 *     else its first columns do, one a row ("| Model | AIME 2024 pass@1 |").
 *     The dictionary's mentions count, and the header's words (data/
 *     lexicon/table.tsv: Model, Benchmark, Source ...) decide when they do
 *     not. An entity cell the dictionary does not know becomes a name of
 *     kind model. A table with a Source column is a table of estimates,
 *     not of results: it gives nothing (yet).
 *   A first column of orgs before a column of chips ("| Provider | Chip
 *     offered | GPUs |") names the row's subject (table-row-subject).
 *   claims (dsc_table_claims): one claim per figure under an entity: kind
 *     benchmark for a score ("results-table"), other for a spec such as
 *     671B parameters or a 128K context ("spec-table"), cost for a price
 *     ("price-table"); about the entity; `benchmark` the row or column
 *     name the figure stands under ("AIME 2024 (Pass@1)"); the claimant
 *     the source a caption names ("Source: Epoch AI"), else the source a
 *     sentence of the paragraph before the table cites ("DeepSeek reported
 *     these scores:") or says put the figures out ("In results the company
 *     published ...:"), else the document's own voice. The claim's position is the cell; bold marks the best.
 *
 * A cell is a figure when it is a number and nothing else ("79.8",
 * "**91.8**", "~50,000", "671B", "85%", "$0.55"): a cell of words, a link,
 * "-" or "3-shot" gives nothing, and neither does a table without numbers.
 */
#include "claim.h"
#include "quantity_units.h"
#include <stdio.h>

/* ===================================================================== */
/* The rules                                                              */
/* ===================================================================== */

#define R_RESULTS "results-table"        /* a score under an entity and a benchmark */
#define R_SPEC "spec-table"              /* parameters, tokens, a spec of the entity */
#define R_PRICE "price-table"            /* money under an entity: a price */
#define R_PRICE_PAIR "price-pair"        /* two prices in a cell: "$1.25 / $10" */
#define R_UNIT "unit-table"              /* a count under a header that is its unit: "GPUs" */
#define R_CAPTION "table-caption"        /* the claimant a caption names */
#define R_LEAD "table-lead-sentence"     /* the source of the paragraph before */
#define R_VOICE "table-article-voice"    /* the document's own voice */

static const char *const rule_names[] = { R_RESULTS, R_SPEC, R_PRICE, R_PRICE_PAIR, R_UNIT, R_CAPTION, R_LEAD, R_VOICE };

/* "In results the company published alongside the weights, K2 led ...:",
 * "Figures Moonshot released on Friday show ...": figures (table-lead-noun)
 * right before the source that put them out (a name, "the company" or
 * another description, "it") and its verb (table-lead-verb). The sentence
 * reports no one, but it names the source of the table after it (table.c,
 * table-lead-sentence, below). The source as the claimant rules resolve
 * it, or NULL. Asked by the first pass (pass.c) of a sentence with no verb
 * of saying. */
/* "PFN published the following scores alongside the weights:", "The lab
 * released these results:": the source as the subject just before a verb
 * of class table-lead-verb, with a table-lead-noun among the four words
 * after it; the source's name, or NULL. */
static const char *table_lead_active(reading *r) {
    size_t v, k;
    for (v = 1; v + 1 < r->nt; v++) {
        const dsc_claim_mention *src = NULL;
        int found = 0;
        if (!tok_has(r, v, LX_TABLE_LEAD_VERB)) continue;
        for (k = v + 1; k < r->nt && k <= v + 4; k++)
            if (tok_has(r, k, LX_TABLE_LEAD_NOUN)) found = 1;
        if (!found) continue;
        if (r->toks[v - 1].mention >= 0) {
            src = mention(r, r->toks[v - 1].mention);
            if (src->kind != DSC_ORG && src->kind != DSC_PERSON) src = NULL;
        } else if (v >= 2 && tok_w(r, v - 2, LXW_THE) && !cl_resolve_description(r, v - 1, &src)) {
            src = NULL;
        } else if (tok_w(r, v - 1, LXW_IT) && !cl_resolve_pronoun(r, v - 1, 0, &src)) {
            src = NULL;
        }
        if (src) return src->name;
    }
    return NULL;
}

const char *cl_table_lead_source(reading *r) {
    size_t k;
    for (k = 0; k + 2 < r->nt; k++) {
        const dsc_claim_mention *src = NULL;
        size_t v = k + 1;
        if (!tok_has(r, k, LX_TABLE_LEAD_NOUN)) continue;
        if (r->toks[v].mention >= 0) {
            int m = r->toks[v].mention;
            src = mention(r, m);
            while (v < r->nt && r->toks[v].mention == m) v++;
            if (src->kind != DSC_ORG && src->kind != DSC_PERSON) src = NULL;
        } else if (tok_w(r, v, LXW_THE) && v + 1 < r->nt && cl_resolve_description(r, v + 1, &src)) {
            v += 2;
        } else if (tok_w(r, v, LXW_IT) && cl_resolve_pronoun(r, v, 0, &src)) {
            v++;
        }
        if (src && v < r->nt && tok_has(r, v, LX_TABLE_LEAD_VERB)) return src->name;
    }
    return table_lead_active(r);
}

const char *const *dsc_table_rule_names(size_t *n) {
    *n = DSC_COUNT(rule_names);
    return rule_names;
}

/* The index of the first element of base[0..n) (each `size` bytes, in
 * order of a uint32_t key that is their first member: a match's or a
 * mention's start, a claim's sentence) whose key is key or more. */
static size_t first_from(const void *base, size_t n, size_t size, uint32_t key) {
    const unsigned char *p = base;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k;
        memcpy(&k, p + mid * size, sizeof k);
        if (k < key) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* ===================================================================== */
/* A table as a grid                                                      */
/* ===================================================================== */

typedef struct {
    const dsc_clean *clean;
    const dsc_table *t;
    const dsc_cell *cells;      /* the table's, row by row */
    uint32_t *row_first;        /* each row's first cell (rows + 1) */
} grid;

static int grid_open(grid *g, const dsc_clean *clean, size_t ti) {
    uint32_t k, r = 0;
    g->clean = clean;
    g->t = &DSC_AT(clean->tables, dsc_table, ti);
    g->cells = &DSC_AT(clean->cells, dsc_cell, g->t->first_cell);
    g->row_first = malloc((g->t->rows + 2) * sizeof *g->row_first);
    if (!g->row_first) return -1;
    for (k = 0; k < g->t->n_cells; k++)
        while (r <= g->cells[k].row) g->row_first[r++] = k;
    while (r <= g->t->rows) g->row_first[r++] = g->t->n_cells;
    return 0;
}

/* The block of cell (r, c), or NULL when it is empty or missing. */
static const dsc_block *cell_at(const grid *g, uint32_t r, uint32_t c) {
    uint32_t a = g->row_first[r], b = g->row_first[r + 1];
    if (c >= b - a || g->cells[a + c].block == DSC_NO_BLOCK) return NULL;
    return &DSC_AT(g->clean->blocks, dsc_block, g->cells[a + c].block);
}

static const dsc_cell *cell_info(const grid *g, uint32_t r, uint32_t c) {
    uint32_t a = g->row_first[r], b = g->row_first[r + 1];
    return c < b - a ? &g->cells[a + c] : NULL;
}

/* Does a word of the block carry lexicon class k? */
static int block_has(const dsc_lexicon *lx, const char *t, const dsc_block *b, unsigned k) {
    size_t i = b ? b->start : 0, e = b ? b->end : 0;
    while (i < e) {
        size_t j = i;
        uint32_t id;
        if (!dsc_is_alnum(t[i])) { i++; continue; }
        while (j < e && dsc_is_alnum(t[j])) j++;
        id = dsc_lex_find(lx, t + i, j - i);
        if (id && dsc_lx_has(dsc_lex_entry(lx, id)->cls, k)) return 1;
        i = j;
    }
    return 0;
}

/* ===================================================================== */
/* Figures                                                                */
/* ===================================================================== */

typedef struct {
    double value, value_max;
    dsc_qualifier qual;
    double scale;             /* a glued B, M, K, T: 1e9 ...; else 1 */
    int percent;
    const char *currency;     /* "USD" ..., or NULL */
    int yen_sign;             /* the currency is the sign ¥: yen or yuan */
    size_t a, b;              /* the figure's bytes in the cell ("$0.27": the sign too) */
} figure;

/* Footnote marks and superscripts after a figure: '*', dagger, double
 * dagger, section sign, superscript digits. Their length at t[i], or 0. */
static size_t mark_len(const unsigned char *u, size_t i, size_t e) {
    if (u[i] == '*' || u[i] == '^') return 1;
    if (i + 1 < e && u[i] == 0xC2 && (u[i + 1] == 0xA7 || u[i + 1] == 0xB9 || u[i + 1] == 0xB2 || u[i + 1] == 0xB3))
        return 2;
    if (i + 2 < e && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA0 || u[i + 2] == 0xA1)) return 3;
    if (i + 2 < e && u[i] == 0xE2 && u[i + 1] == 0x81 && u[i + 2] >= 0xB0 && u[i + 2] <= 0xB9) return 3;
    return 0;
}

/* A number "1,820.5" at t[*i]: its value; *i past it. 0 when none. */
static int read_number(const char *t, size_t *i, size_t e, double *v) {
    size_t k = *i, digits = 0;
    double x = 0, f = 0.1;
    while (k < e) {
        if (dsc_is_digit(t[k])) { x = x * 10 + (t[k] - '0'); digits++; k++; continue; }
        /* a thousands comma: three digits after it */
        if (t[k] == ',' && digits && k + 3 < e && dsc_is_digit(t[k + 1]) && dsc_is_digit(t[k + 2]) &&
            dsc_is_digit(t[k + 3])) { k++; continue; }
        break;
    }
    if (!digits) return 0;
    if (k + 1 < e && t[k] == '.' && dsc_is_digit(t[k + 1]))
        for (k++; k < e && dsc_is_digit(t[k]); k++, f /= 10) x += (t[k] - '0') * f;
    *v = x;
    *i = k;
    return 1;
}

/* A scale or unit glued to the number at t[*i]: B, bn, M, K, k, T, %. */
static void read_suffix(const char *t, size_t *i, size_t e, figure *f) {
    size_t k = *i;
    char ch = k < e ? t[k] : 0;
    if (ch == '%') { f->percent = 1; *i = k + 1; return; }
    if (k + 1 < e && ch == 'b' && t[k + 1] == 'n') { f->scale = 1e9; k += 2; }
    else if (ch == 'B') { f->scale = 1e9; k++; }
    else if (ch == 'M' || ch == 'm') { f->scale = 1e6; k++; }
    else if (ch == 'K' || ch == 'k') { f->scale = 1e3; k++; }
    else if (ch == 'T') { f->scale = 1e12; k++; }
    else return;
    if (k < e && dsc_is_alpha(t[k])) return;            /* "5-shot", "3B-Instruct": words */
    *i = k;
}

/* Is the currency form a sign ("$", "A$", "€", "¥"), not a code ("USD",
 * "RMB") that a row or column name may hold as a word? */
static int form_is_sign(const qu_form *k) {
    return memchr(k->form, '$', k->len) != NULL || (unsigned char)k->form[0] >= 0x80;
}

/* The longest of data/units/currencies.tsv's before forms ("$", "€",
 * "A$", "HK$", "¥", "RMB"; only signs when signs_only) written at t[i]
 * before e, case as written; NULL when none. The first byte is tested
 * before anything else (qu_currency_first: can a form start with it?):
 * label_sign asks at every byte of every cell's label, and the form list's
 * memcmp and memchr calls made a results table's rows cost 3.7 times news
 * text. */
static const qu_form *currency_form(const char *t, size_t i, size_t e, int signs_only) {
    const qu_form *k, *best = NULL;
    unsigned char c0;
    if (i >= e || !qu_currency_first[c0 = (unsigned char)t[i]]) return NULL;
    for (k = qu_currency_before; k->form; k++)
        if ((unsigned char)k->form[0] == c0 && k->len <= e - i && (!signs_only || form_is_sign(k)) &&
            memcmp(t + i, k->form, k->len) == 0 && (!best || k->len > best->len))
            best = k;
    return best;
}

/* Sets the figure's currency to the form's (f->yen_sign for the sign ¥,
 * which the units file reads as yuan: yen or yuan is the prose rule's
 * question, figure_currency's). */
static void set_currency(figure *f, const qu_form *k) {
    f->currency = qu_units[k->unit].currency;
    f->yen_sign = k->unit == QU_CNY && (unsigned char)k->form[0] >= 0x80;
}

/* A currency sign or code before the number at t[i], with one space at
 * most before the digits: sets the figure's currency; the position after
 * it, or i when none. */
static size_t read_currency(const char *t, size_t i, size_t e, figure *f) {
    const qu_form *k = currency_form(t, i, e, 0);
    size_t j;
    if (!k) return i;
    j = i + k->len;
    if (j < e && t[j] == ' ') j++;
    if (j >= e || !dsc_is_digit(t[j])) return i;
    set_currency(f, k);
    return j;
}

/* The currency sign a row or column name carries, "Est. price ($)",
 * "Tokyo (¥/GPU hour)": the first sign in it, the longest at its place;
 * sets the figure's currency as read_currency does. 0 when it has none. */
static int label_sign(const char *t, const dsc_block *label, figure *f) {
    size_t i;
    const qu_form *k;
    for (i = label->start; i < label->end; i++)
        if ((k = currency_form(t, i, label->end, 1)) != NULL) {
            set_currency(f, k);
            return 1;
        }
    return 0;
}

/* Is the cell [i, e) of t a figure and nothing else? Fills f. */
static int read_figure(const char *t, size_t i, size_t e, figure *f) {
    const unsigned char *u = (const unsigned char *)t;
    size_t k;
    memset(f, 0, sizeof *f);
    f->scale = 1;
    f->qual = DSC_EXACT;
    while (i < e && t[i] == ' ') i++;
    while (e > i && t[e - 1] == ' ') e--;
    if (i < e && t[i] == '~') { f->qual = DSC_ABOUT; i++; }
    else if (i + 2 < e && u[i] == 0xE2 && u[i + 1] == 0x89 && u[i + 2] == 0x88) { f->qual = DSC_ABOUT; i += 3; }
    else if (i < e && t[i] == '<') { f->qual = DSC_LESS_THAN; i++; }
    else if (i < e && t[i] == '>') { f->qual = DSC_MORE_THAN; i++; }
    f->a = i;                                            /* the figure's text starts at its currency */
    i = read_currency(t, i, e, f);
    if (!read_number(t, &i, e, &f->value)) return 0;
    read_suffix(t, &i, e, f);
    f->value_max = f->value;
    k = i + 1 < e && t[i] == '-' ? i + 1 :                    /* a range: "25,000-30,000" */
        i + 3 < e && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x93 ? i + 3 : 0;            /* ... or with an en dash */
    if (k && k < e && dsc_is_digit(t[k])) {
        if (read_number(t, &k, e, &f->value_max) && f->value_max > f->value) {
            figure g = *f;
            read_suffix(t, &k, e, &g);
            f->percent |= g.percent;
            if (g.scale != 1) f->scale = g.scale;
            f->qual = DSC_RANGE;
            i = k;
        } else {
            return 0;
        }
    }
    if (i < e && t[i] == '+') { f->qual = DSC_MORE_THAN; i++; }   /* "128K+" */
    f->b = i;
    while (i < e && (k = mark_len(u, i, e)) != 0) i += k;
    while (i < e && t[i] == ' ') i++;
    /* a spread after it: "79.8 (±0.3)", "79.8 ± 0.3" */
    if (i < e && (t[i] == '(' || (u[i] == 0xC2 && i + 1 < e && u[i + 1] == 0xB1))) {
        size_t j = i + (t[i] == '(' ? 1 : 0);
        if (j + 1 < e && u[j] == 0xC2 && u[j + 1] == 0xB1) i = e;
    }
    return i == e;
}

/* "$1.25 / $10" (input / output): two prices parted by a slash, each a
 * figure with its currency (rule price-pair; two scores "88.5 / 89.1" are
 * no pair: which is which the header does not say). Fills f[0], f[1]. */
static int read_price_pair(const char *t, size_t i, size_t e, figure f[2]) {
    const char *slash = memchr(t + i, '/', e - i);
    size_t k;
    if (!slash) return 0;
    k = (size_t)(slash - t);
    return read_figure(t, i, k, &f[0]) && read_figure(t, k + 1, e, &f[1]) && f[0].currency && f[1].currency;
}

/* ===================================================================== */
/* Layout                                                                 */
/* ===================================================================== */

typedef struct { uint32_t a, b; } span32;

typedef struct {
    const dsc_dict *d;
    const dsc_lexicon *lx;
    const dsc_clean *clean;
    dsc_vec *matches, *names;
    dsc_arena *arena;
    dsc_vec adds;             /* dsc_match: the names the tables add, in order */
    dsc_vec cut;              /* span32: the cells whose matches they replace */
    uint32_t *slots;          /* a hash of the local names: 1 + index, 0 empty */
    size_t cap;
} layout;

static dsc_entity_kind match_kind(const layout *x, const dsc_match *m) {
    return m->entry >= 0 ? dsc_dict_kind(x->d, (size_t)m->entry)
                         : DSC_AT(*x->names, dsc_local_name, (size_t)(-1 - m->entry)).kind;
}

/* What the block names: 2 a model or chip, 1 another entity, 0 nothing. */
static int block_names(const layout *x, const dsc_block *b) {
    size_t k;
    int found = 0;
    if (!b) return 0;
    for (k = first_from(x->matches->data, x->matches->len, sizeof(dsc_match), b->start);
         k < x->matches->len; k++) {
        const dsc_match *m = &DSC_AT(*x->matches, dsc_match, k);
        dsc_entity_kind kind;
        if (m->start >= b->end) break;
        kind = match_kind(x, m);
        if (kind == DSC_MODEL || kind == DSC_CHIP) return 2;
        found = 1;
    }
    return found;
}

/* The kinds the block's mentions are of: NAMED_OTHER an org, a place ...,
 * NAMED_MODEL, NAMED_CHIP (bits). */
enum { NAMED_OTHER = 1, NAMED_MODEL = 2, NAMED_CHIP = 4 };
static unsigned block_kinds(const layout *x, const dsc_block *b) {
    size_t k;
    unsigned bits = 0;
    if (!b) return 0;
    for (k = first_from(x->matches->data, x->matches->len, sizeof(dsc_match), b->start);
         k < x->matches->len && DSC_AT(*x->matches, dsc_match, k).start < b->end; k++) {
        dsc_entity_kind kind = match_kind(x, &DSC_AT(*x->matches, dsc_match, k));
        bits |= kind == DSC_MODEL ? NAMED_MODEL : kind == DSC_CHIP ? NAMED_CHIP : NAMED_OTHER;
    }
    return bits;
}

static int is_figure(const char *t, const dsc_block *b) {
    figure f;
    return b && read_figure(t, b->start, b->end, &f);
}

/* The first column whose header carries class k, or cols. */
static uint32_t head_with(const layout *x, const grid *g, unsigned k) {
    uint32_t c;
    for (c = 0; c < g->t->cols; c++)
        if (block_has(x->lx, x->clean->text, cell_at(g, 0, c), k)) return c;
    return g->t->cols;
}

/* The column of the row names left of column `first`: the one a header
 * word names (Benchmark), else the one with the most different texts (a
 * grouping column "English | Code | Math" or "# Shots" has few). */
static uint32_t label_column(const layout *x, const grid *g, uint32_t first, uint32_t hint) {
    uint32_t c, best = first, best_n = 0;
    const char *t = x->clean->text;
    if (hint < first) return hint;
    for (c = 0; c < first; c++) {
        uint32_t r, n = 0;
        const dsc_block *prev = NULL;
        for (r = 1; r < g->t->rows; r++) {
            const dsc_block *b = cell_at(g, r, c);
            if (!b || is_figure(t, b)) continue;
            if (!prev || prev->end - prev->start != b->end - b->start ||
                memcmp(t + prev->start, t + b->start, b->end - b->start) != 0)
                n++;
            prev = b;
        }
        if (n >= best_n && n) { best = c; best_n = n; }
    }
    return best;
}

/* table-row-subject: "| Provider | Chip offered | GPUs | Price |": the
 * first column holds orgs (an entity in more than half the rows, never a
 * model or chip) and the names column chips, no model. A chip is what an
 * org offers, buys or builds: the row's figures (a count of GPUs, a price)
 * are the org's, a spec of the chip (TFLOPS, HBM) the chip's. A first
 * column of labs before a column of models stays the models' (a score is
 * the model's). */
static int orgs_before_chips(const layout *x, const grid *g, uint32_t names_col) {
    uint32_t r, orgs = 0, chips = 0;
    for (r = 1; r < g->t->rows; r++) {
        unsigned a = block_kinds(x, cell_at(g, r, 0)), b = block_kinds(x, cell_at(g, r, names_col));
        if (a & (NAMED_MODEL | NAMED_CHIP) || b & NAMED_MODEL) return 0;
        orgs += a == NAMED_OTHER;
        chips += (b & NAMED_CHIP) != 0;
    }
    return 2 * orgs > g->t->rows - 1 && 2 * chips > g->t->rows - 1;
}

/* Which axis names the entities (see the file's comment). */
static void plan_table(const layout *x, const grid *g, dsc_table_plan *p) {
    uint32_t r, c, rows = g->t->rows, cols = g->t->cols, data = rows - 1;
    uint32_t first = cols, col_named = 0, names_col = 0, row_named = 0, names_hint, label_hint;
    double rows_score, cols_score;
    memset(p, 0, sizeof *p);
    if (!g->t->header || rows < 2 || cols < 2 || head_with(x, g, LX_TABLE_SOURCE_HEAD) < cols) return;
    for (c = 0; c < cols; c++)
        if (block_names(x, cell_at(g, 0, c)) == 2) { col_named++; if (first == cols) first = c; }
    for (c = 0; c < cols && c < 3; c++) {       /* the names stand in one of the first columns */
        uint32_t n = 0;
        for (r = 1; r < rows; r++) n += block_names(x, cell_at(g, r, c)) == 2;
        if (n > row_named) { row_named = n; names_col = c; }
    }
    names_hint = head_with(x, g, LX_TABLE_NAMES_HEAD);
    label_hint = head_with(x, g, LX_TABLE_LABEL_HEAD);
    if (first == cols && label_hint + 1 < cols) first = label_hint + 1;
    rows_score = (double)row_named / data;
    cols_score = first < cols ? (double)col_named / (cols - first) : 0;
    if (names_hint < cols && label_hint >= cols) { p->axis = DSC_TABLE_ROWS; names_col = names_hint; }
    else if (label_hint < cols && names_hint >= cols) p->axis = DSC_TABLE_COLS;
    else if (cols_score > 0.5 && cols_score > rows_score) p->axis = DSC_TABLE_COLS;
    else if (rows_score > 0.5) p->axis = DSC_TABLE_ROWS;
    if (p->axis == DSC_TABLE_ROWS) p->names = p->subject = (uint16_t)names_col;
    if (p->axis == DSC_TABLE_ROWS && names_col > 0 && orgs_before_chips(x, g, names_col)) p->subject = 0;
    if (p->axis == DSC_TABLE_COLS) {
        if (first == 0 || first >= cols) { p->axis = DSC_TABLE_NONE; return; }
        p->first = (uint16_t)first;
        p->label = (uint16_t)label_column(x, g, first, label_hint);
        if (p->label >= first) p->axis = DSC_TABLE_NONE;
    }
}

static uint32_t name_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    while (n--) h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* The slot of the local name s[0..n) in the hash, or of the empty place
 * it would take. */
static size_t name_slot(const layout *x, const char *s, size_t n) {
    size_t at = name_hash(s, n) & (x->cap - 1);
    for (; x->slots[at]; at = (at + 1) & (x->cap - 1)) {
        const char *o = DSC_AT(*x->names, dsc_local_name, x->slots[at] - 1).name;
        if (strncmp(o, s, n) == 0 && o[n] == '\0') break;
    }
    return at;
}

/* Makes the hash over the local names [0, n) anew, at least half empty
 * once name n is in. */
static int hash_names(layout *x, size_t n) {
    size_t j, cap = 64;
    while (2 * (n + 1) >= cap) cap *= 2;
    free(x->slots);
    if (!(x->slots = calloc(cap, sizeof *x->slots))) return -1;
    x->cap = cap;
    for (j = 0; j < n; j++) {
        const char *o = DSC_AT(*x->names, dsc_local_name, j).name;
        x->slots[name_slot(x, o, strlen(o))] = (uint32_t)j + 1;
    }
    return 0;
}

/* Puts local name k (the last) into the hash, growing it when full. */
static int hash_name(layout *x, size_t k) {
    const char *name = DSC_AT(*x->names, dsc_local_name, k).name;
    if (2 * (k + 1) >= x->cap && hash_names(x, k) < 0) return -1;
    x->slots[name_slot(x, name, strlen(name))] = (uint32_t)k + 1;
    return 0;
}

/* An entity cell no entity is matched in ("QwQ-32B-Preview" where the
 * dictionary does not know it): a name of kind model, the same one for
 * every cell that writes it so. */
static int add_name(layout *x, const dsc_block *b, dsc_entity_kind kind) {
    const char *t = x->clean->text;
    size_t n, at, k;
    dsc_match *m;
    span32 *s;
    if (!b || block_names(x, b) || is_figure(t, b) || block_has(x->lx, t, b, LX_TABLE_SKIP_HEAD) ||
        !dsc_is_alnum(t[b->start]))
        return 0;
    n = b->end - b->start;
    if (!x->slots && hash_names(x, x->names->len) < 0) return -1;   /* the finder's names first */
    at = name_slot(x, t + b->start, n);
    if (x->slots[at]) {
        k = x->slots[at] - 1;
    } else {
        dsc_local_name *ln = dsc_vec_push(x->names);
        if (!ln) return -1;
        ln->kind = kind;
        if (!(ln->name = dsc_arena_strndup(x->arena, t + b->start, n))) return -1;
        k = x->names->len - 1;
        if (hash_name(x, k) < 0) return -1;
    }
    if (!(m = dsc_vec_push(&x->adds)) || !(s = dsc_vec_push(&x->cut))) return -1;
    m->start = b->start; m->len = (uint32_t)n;
    m->entry = -1 - (long)k;
    s->a = b->start; s->b = b->end;
    return 0;
}

static int add_names(layout *x, const grid *g, const dsc_table_plan *p) {
    uint32_t k;
    if (p->axis == DSC_TABLE_COLS) {
        for (k = p->first; k < g->t->cols; k++)
            if (add_name(x, cell_at(g, 0, k), DSC_MODEL) < 0) return -1;
    } else if (p->axis == DSC_TABLE_ROWS) {
        for (k = 1; k < g->t->rows; k++)    /* an unknown row subject before the chips is an org */
            if (add_name(x, cell_at(g, k, p->names), DSC_MODEL) < 0 ||
                (p->subject != p->names && add_name(x, cell_at(g, k, p->subject), DSC_ORG) < 0))
                return -1;
    }
    return 0;
}

/* The matches with the names added: those inside a cut cell dropped, the
 * added ones merged in order. */
static int merge_names(layout *x) {
    dsc_vec merged = DSC_VEC(dsc_match);
    size_t i = 0, j = 0, c = 0;
    while (i < x->matches->len || j < x->adds.len) {
        const dsc_match *m = i < x->matches->len ? &DSC_AT(*x->matches, dsc_match, i) : NULL;
        const dsc_match *a = j < x->adds.len ? &DSC_AT(x->adds, dsc_match, j) : NULL;
        dsc_match *o;
        if (m) {
            while (c < x->cut.len && DSC_AT(x->cut, span32, c).b <= m->start) c++;
            if (c < x->cut.len && DSC_AT(x->cut, span32, c).a <= m->start) { i++; continue; }
        }
        if (!(o = dsc_vec_push(&merged))) { dsc_vec_free(&merged); return -1; }
        if (m && (!a || m->start < a->start)) { *o = *m; i++; } else { *o = *a; j++; }
    }
    dsc_vec_free(x->matches);
    *x->matches = merged;
    return 0;
}

int dsc_table_layout(const dsc_dict *d, const dsc_clean *clean, dsc_vec *matches, dsc_vec *names,
                     dsc_arena *arena, dsc_vec *plans) {
    layout x;
    size_t ti;
    int rc = -1;
    memset(&x, 0, sizeof x);
    x.d = d; x.lx = dsc_dict_lexicon(d); x.clean = clean;
    x.matches = matches; x.names = names; x.arena = arena;
    x.adds.elem = sizeof(dsc_match);
    x.cut.elem = sizeof(span32);
    for (ti = 0; ti < clean->tables.len; ti++) {
        grid g;
        dsc_table_plan *p = dsc_vec_push(plans);
        if (!p || grid_open(&g, clean, ti) < 0) goto done;
        plan_table(&x, &g, p);
        if (add_names(&x, &g, p) < 0) { free(g.row_first); goto done; }
        free(g.row_first);
    }
    rc = x.adds.len ? merge_names(&x) : 0;
done:
    free(x.slots);
    dsc_vec_free(&x.adds);
    dsc_vec_free(&x.cut);
    return rc;
}

/* ===================================================================== */
/* Claims                                                                 */
/* ===================================================================== */

typedef struct {
    const dsc_claim_input *in;
    const dsc_clean *clean;
    uint32_t *sent_of;        /* each block's first sentence */
    dsc_vec *out;
    /* the table's claimant */
    const char *claimant;
    dsc_claimant_type type;
    const char *rule;
    int yen;                  /* the text counts in yen or is set in Japan: its ¥ is yen */
} reader;

/* The first mention in the block, a model or chip if there is one: its
 * entity, or -1. */
static long block_entity(const reader *x, const dsc_block *b) {
    const dsc_claim_input *in = x->in;
    size_t k;
    long any = -1;
    if (!b) return -1;
    for (k = first_from(in->mentions, in->n_mentions, sizeof *in->mentions, b->start); k < in->n_mentions && in->mentions[k].start < b->end; k++) {
        if (in->mentions[k].kind == DSC_MODEL || in->mentions[k].kind == DSC_CHIP) return in->mentions[k].entity;
        if (any < 0) any = in->mentions[k].entity;
    }
    return any;
}

/* The first org, person or product mentioned in the block ("Source:
 * LMArena", a leaderboard the dictionary holds as a product), or NULL. */
static const char *block_source(const reader *x, const dsc_block *b) {
    const dsc_claim_input *in = x->in;
    size_t k;
    for (k = first_from(in->mentions, in->n_mentions, sizeof *in->mentions, b->start); k < in->n_mentions && in->mentions[k].start < b->end; k++)
        if (in->mentions[k].kind == DSC_ORG || in->mentions[k].kind == DSC_PERSON || in->mentions[k].kind == DSC_PRODUCT)
            return in->mentions[k].name;
    return NULL;
}

/* "Source: IndiaAI Mission tender documents": a source the dictionary does
 * not know is the capitalised words that open the caption [i, e), when
 * they are a name: two words or more, or one written as a name is
 * ("IndiaAI", "G42"); "Company filings" is no source. The name, or NULL. */
static const char *caption_name(const reader *x, size_t i, size_t e) {
    const char *t = x->in->text;
    size_t k, end = i, words = 0;
    int inner = 0;
    while (i < e && t[i] == ' ') i++;
    for (k = i; k < e && dsc_is_upper(t[k]);) {
        size_t j = k + 1;
        words++;
        while (j < e && (dsc_is_alnum(t[j]) || t[j] == '-')) {
            inner |= dsc_is_upper(t[j]) || dsc_is_digit(t[j]);
            j++;
        }
        end = j;
        if (j >= e || t[j] != ' ') break;
        k = j + 1;
    }
    if (!words || (words == 1 && !inner)) return NULL;
    return dsc_arena_strndup(x->in->arena, t + i, end - i);
}

/* "Source: Epoch AI" in block bi (next to the table): the source, or NULL. */
static const char *caption_source(const reader *x, size_t bi) {
    const char *t = x->in->text;
    const dsc_block *b;
    const char *src;
    size_t k;
    uint32_t id;
    if (bi >= x->clean->blocks.len) return NULL;
    b = &x->in->blocks[bi];
    if (b->type != DSC_BLK_PARA && b->type != DSC_BLK_HEADING) return NULL;
    for (k = b->start; k < b->end && dsc_is_alpha(t[k]); k++) {}
    id = dsc_lex_find(x->in->lexicon, t + b->start, k - b->start);
    if (!id || !dsc_lx_has(dsc_lex_entry(x->in->lexicon, id)->cls, LX_TABLE_CAPTION) || k >= b->end || t[k] != ':')
        return NULL;
    src = block_source(x, b);
    return src ? src : caption_name(x, k + 1, b->end);
}

/* The claimant of the table whose cells span blocks [fb, lb]. */
static void table_claimant(reader *x, size_t fb, size_t lb) {
    const char *src;
    x->claimant = "article"; x->type = DSC_CLAIMANT_ARTICLE; x->rule = R_VOICE;
    if ((src = caption_source(x, lb + 1)) != NULL || (fb > 0 && (src = caption_source(x, fb - 1)) != NULL)) {
        x->claimant = src; x->type = DSC_CLAIMANT_NAMED; x->rule = R_CAPTION;
        return;
    }
    if (fb > 0 && x->sent_of[fb] != UINT32_MAX && x->in->source && x->in->blocks[fb - 1].type != DSC_BLK_TABLE) {
        /* the paragraph just before, from its last sentence back: "DeepSeek
         * reported these results. All use a temperature of 0.6." */
        uint32_t si = x->sent_of[fb];
        while (si-- > 0 && x->in->sents[si].block == fb - 1 && !x->in->sents[si].heading) {
            const dsc_sent_source *src2 = &x->in->source[si];
            if (!src2->name) continue;
            x->claimant = src2->name; x->type = src2->type; x->rule = R_LEAD;
            return;
        }
    }
}

/* The metric a benchmark's name ends with: "(Pass@1)", "pass@1",
 * "rating"; [*a, return) in t, or *a == return when none. */
static size_t metric_of(const reader *x, const dsc_block *b, size_t *a) {
    const char *t = x->in->text;
    size_t e = b->end, k;
    *a = e;
    if (e > b->start && t[e - 1] == ')') {
        for (k = e - 1; k > b->start && t[k - 1] != '('; k--) {}
        if (k > b->start) { *a = k; return e - 1; }
    }
    for (k = e; k > b->start && t[k - 1] != ' '; k--) {}
    if (k > b->start) {
        uint32_t id = dsc_lex_find(x->in->lexicon, t + k, e - k);
        if (memchr(t + k, '@', e - k) || (id && dsc_lx_has(dsc_lex_entry(x->in->lexicon, id)->cls, LX_TABLE_METRIC))) {
            *a = k; return e;
        }
    }
    return e;
}

/* unit-table: a header that is the name of a count data/units/ lists
 * ("GPUs", "Chips", "Employees"): its cells count it, unit that name
 * (lowercase but for an acronym's plural: "GPUs", "chips"). 1 and q's unit
 * and kind set, else 0. */
static int header_unit(const dsc_block *label, const char *t, dsc_quantity *q) {
    size_t n = label->end - label->start;
    char name[32];
    if (n == 0 || n >= sizeof name) return 0;
    memcpy(name, t + label->start, n);
    name[n] = '\0';
    if (!dsc_unit_is_count(name, n)) {
        if (dsc_is_upper(name[0])) name[0] = (char)(name[0] - 'A' + 'a');
        if (!dsc_unit_is_count(name, n)) return 0;
    }
    memcpy(q->unit, name, n + 1);
    dsc_quantity_type(q);
    return 1;
}

/* Does the block name something Japanese: a mention the dictionary tags
 * country=JP ("Tokyo (¥/GPU hour)")? */
static int block_names_japan(const reader *x, const dsc_block *b) {
    const dsc_claim_input *in = x->in;
    size_t k;
    for (k = first_from(in->mentions, in->n_mentions, sizeof *in->mentions, b->start);
         k < in->n_mentions && in->mentions[k].start < b->end; k++)
        if (memcmp(in->mentions[k].country, "JP", 3) == 0) return 1;
    return 0;
}

/* The ISO code of the figure's currency. The sign ¥ is read as the prose
 * reads it (read.c, doc/claims.md): yen under a row or column name that
 * names something Japanese ("Tokyo (¥/GPU hour)", as a sentence about a
 * Japanese company), or in a text that counts in yen or is set in Japan;
 * yuan otherwise. */
static const char *figure_currency(const reader *x, const dsc_block *name, const dsc_block *label,
                                   const figure *f) {
    if (f->yen_sign && (x->yen || block_names_japan(x, label) || block_names_japan(x, name)))
        return qu_units[QU_JPY].currency;
    return f->currency;
}

/* What the figure f in the row or column of `name` under label (a row or
 * column name) is: its rule, the claim's kind, and the quantity's unit and
 * kind; NULL when it is none. */
static const char *classify(const reader *x, const dsc_block *name, const dsc_block *label, const figure *f,
                            dsc_quantity *q, dsc_claim_kind *kind) {
    const dsc_lexicon *lx = x->in->lexicon;
    const char *t = x->in->text;
    size_t a, b;
    figure money = *f;
    if (block_has(lx, t, label, LX_TABLE_SKIP_HEAD)) return NULL;
    /* "35,000" under "Est. price ($)": the name says the cell is money,
     * read as "$35,000" (not a share: "85%" stays what it is) */
    if (!money.currency && !money.percent) label_sign(t, label, &money);
    if (money.currency) {
        /* "Price ($/1M tokens)", "On-demand price ($/GPU hour)": what
         * the money buys, as the quantities section writes it */
        snprintf(q->unit, sizeof q->unit, "%s%s", figure_currency(x, name, label, &money),
                 block_has(lx, t, label, LX_TABLE_PRICE)      ? " per 1M tokens" :
                 block_has(lx, t, label, LX_TABLE_PER_HOUR) ? " per GPU hour" : "");
        dsc_quantity_type(q);
        *kind = DSC_COST;
        return R_PRICE;
    }
    if (block_has(lx, t, label, LX_TABLE_PARAMS) || block_has(lx, t, label, LX_TABLE_TOKENS) ||
        block_has(lx, t, label, LX_TABLE_SPEC)) {
        if (f->percent) return NULL;
        strcpy(q->unit, block_has(lx, t, label, LX_TABLE_PARAMS) ? "parameters" :
                        block_has(lx, t, label, LX_TABLE_TOKENS) ? "tokens" : "");
        if (q->unit[0]) dsc_quantity_type(q); else q->kind = DSC_Q_OTHER;
        *kind = DSC_OTHER;
        return R_SPEC;
    }
    if (!f->percent && f->scale == 1 && header_unit(label, t, q)) {
        *kind = DSC_OTHER;
        return R_UNIT;
    }
    if (f->scale != 1) return NULL;              /* "37B" under a score: no score */
    b = metric_of(x, label, &a);
    if (f->percent || (b > a && b - a == 1 && t[a] == '%')) strcpy(q->unit, "%");
    else if (b > a && b - a < sizeof q->unit) { memcpy(q->unit, t + a, b - a); q->unit[b - a] = '\0'; }
    q->kind = DSC_Q_SCORE;                       /* its unit says how: %, Pass@1, rating */
    *kind = DSC_BENCHMARK;
    return R_RESULTS;
}

/* The length of the block's text in a claim's text. */
static size_t text_len(const dsc_block *b) { return b->end - b->start > 160 ? 160 : b->end - b->start; }

/* Copies the block's text (at most max bytes) to p; its length. */
static size_t put_text(char *p, const char *t, const dsc_block *b, size_t max) {
    size_t n = b->end - b->start;
    if (n > max) n = max;
    memcpy(p, t + b->start, n);
    return n;
}

/* "DeepSeek R1, AIME 2024 (Pass@1): 79.8": the text of the claim of the
 * n figures f in cell v (each part at most 160 bytes), with q[0..n) placed
 * in it. */
static char *claim_text(reader *x, const dsc_block *name, const dsc_block *label, const dsc_block *v,
                        const figure *f, dsc_quantity *q, size_t nq, size_t *len) {
    const char *t = x->in->text;
    size_t n = 0, k, at;
    char *text = dsc_arena_alloc(x->in->arena, text_len(name) + text_len(label) + text_len(v) + 5);
    if (!text) return NULL;
    n += put_text(text + n, t, name, 160);
    memcpy(text + n, ", ", 2); n += 2;
    n += put_text(text + n, t, label, 160);
    memcpy(text + n, ": ", 2); n += 2;
    at = n;
    n += put_text(text + n, t, v, 160);
    for (k = 0; k < nq; k++) {
        q[k].start = (uint32_t)(at + (f[k].a - v->start)); q[k].len = (uint32_t)(f[k].b - f[k].a);
        if (q[k].start + q[k].len > n) q[k].len = q[k].start < n ? (uint32_t)(n - q[k].start) : 0;
    }
    *len = n;
    return text;
}

/* The figures of cell v: one, or the two prices of a pair (read_price_pair);
 * their number, 0 when the cell is no figure. */
static size_t cell_figures(const char *t, const dsc_block *v, figure f[2]) {
    if (read_figure(t, v->start, v->end, &f[0])) return 1;
    return read_price_pair(t, v->start, v->end, f) ? 2 : 0;
}

/* The claim of the figure in cell (r, c) about the entity named by `name`
 * (a header or a row's first cell), under `label`, whose text as a
 * benchmark is made once in *label_str. */
static int cell_claim(reader *x, const grid *g, uint32_t r, uint32_t c, const dsc_block *name,
                      const dsc_block *label, const char **label_str) {
    const char *t = x->in->text;
    const dsc_block *v = cell_at(g, r, c);
    const dsc_cell *info = cell_info(g, r, c);
    dsc_raw_claim *cl;
    dsc_quantity q[2];
    dsc_claim_kind kind = DSC_OTHER;
    const char *rule;
    figure f[2];
    long entity;
    char *text;
    size_t n, nq, k;
    if (!v || !name || !label || !(nq = cell_figures(t, v, f)) || (entity = block_entity(x, name)) < 0)
        return 0;
    memset(q, 0, sizeof q);
    for (k = 0; k < nq; k++) {
        q[k].value = f[k].value * f[k].scale; q[k].value_max = f[k].value_max * f[k].scale; q[k].qualifier = f[k].qual;
        if (!(rule = classify(x, name, label, &f[k], &q[k], &kind))) return 0;
    }
    if (nq == 2) rule = R_PRICE_PAIR;
    if (x->sent_of[info->block] == UINT32_MAX) return 0;
    if (!*label_str && !(*label_str = dsc_arena_strndup(x->in->arena, t + label->start, text_len(label))))
        return -1;
    if (!(text = claim_text(x, name, label, v, f, q, nq, &n)) || !(cl = dsc_vec_push(x->out))) return -1;
    cl->sentence = x->sent_of[info->block];
    cl->kind = kind;
    cl->claimant = x->claimant; cl->claimant_type = x->type;
    cl->why.claim = rule; cl->why.kind = rule; cl->why.claimant = x->rule;
    cl->text = text; cl->text_len = (uint32_t)n;
    cl->benchmark = *label_str;
    cl->best = (uint8_t)((info->flags & DSC_CELL_STRONG) != 0);
    cl->about = dsc_arena_alloc(x->in->arena, sizeof *cl->about);
    cl->quantities = dsc_arena_alloc(x->in->arena, nq * sizeof *cl->quantities);
    if (!cl->about || !cl->quantities) return -1;
    cl->about[0] = (uint32_t)entity; cl->n_about = 1;
    memcpy(cl->quantities, q, nq * sizeof *q); cl->n_quantities = (uint32_t)nq;
    return 0;
}

/* The column of the row's subject for the figures of column c: the names,
 * or the orgs before them (table-row-subject) but for a chip's spec. */
static uint32_t row_subject(const reader *x, const grid *g, const dsc_table_plan *p, uint32_t c) {
    if (p->subject == p->names || block_has(x->in->lexicon, x->in->text, cell_at(g, 0, c), LX_TABLE_SPEC))
        return p->names;
    return p->subject;
}

static int table_claims(reader *x, const grid *g, const dsc_table_plan *p) {
    uint32_t r, c, rows = g->t->rows, cols = g->t->cols, k;
    size_t fb = SIZE_MAX, lb = 0;
    const char **labels;
    int rc = 0;
    for (k = 0; k < g->t->n_cells; k++) {
        uint32_t b = g->cells[k].block;
        if (b == DSC_NO_BLOCK) continue;
        if (b < fb) fb = b;
        if (b > lb) lb = b;
    }
    if (fb == SIZE_MAX) return 0;
    table_claimant(x, fb, lb);
    /* the benchmark strings: one a row (COLS) or a column (ROWS) */
    if (!(labels = calloc((rows > cols ? rows : cols) + 1, sizeof *labels))) return -1;
    for (r = 1; r < rows && rc >= 0; r++) {
        for (c = 0; c < cols && rc >= 0; c++) {
            if (p->axis == DSC_TABLE_COLS && c >= p->first)
                rc = cell_claim(x, g, r, c, cell_at(g, 0, c), cell_at(g, r, p->label), &labels[r]);
            else if (p->axis == DSC_TABLE_ROWS && c > p->names)
                rc = cell_claim(x, g, r, c, cell_at(g, r, row_subject(x, g, p, c)), cell_at(g, 0, c), &labels[c]);
        }
    }
    free(labels);
    return rc;
}

int dsc_table_claims(const dsc_claim_input *in, const dsc_clean *clean, const dsc_vec *plans, dsc_vec *out) {
    reader x;
    size_t ti, si;
    int rc = -1;
    if (!clean->tables.len) return 0;
    memset(&x, 0, sizeof x);
    x.in = in; x.clean = clean; x.out = out;
    x.yen = cl_counts_in_yen(in->text, in->len) || cl_set_in_japan(in);
    x.sent_of = malloc((clean->blocks.len + 1) * sizeof *x.sent_of);
    if (!x.sent_of) return -1;
    for (si = 0; si <= clean->blocks.len; si++) x.sent_of[si] = UINT32_MAX;
    for (si = in->n_sents; si-- > 0;) x.sent_of[in->sents[si].block] = (uint32_t)si;
    for (ti = 0; ti < clean->tables.len && ti < plans->len; ti++) {
        const dsc_table_plan *p = &DSC_AT(*plans, dsc_table_plan, ti);
        grid g;
        if (p->axis == DSC_TABLE_NONE) continue;
        if (grid_open(&g, clean, ti) < 0) goto done;
        rc = table_claims(&x, &g, p);
        free(g.row_first);
        if (rc < 0) goto done;
    }
    rc = 0;
done:
    free(x.sent_of);
    return rc;
}
