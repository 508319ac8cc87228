/*
 * markdown_table.c: GitHub-flavoured pipe tables, read cell by cell
 * (markdown.h lists the cleaner's files).
 *
 * Each cell is a block of its own (DSC_BLK_TABLE), its text cleaned like
 * any inline text and mapped to its bytes; the table keeps where each cell
 * stands (row, column) and whether it is wholly bold (a model card's mark
 * for the best score), so that src/claim/table.c can read the table as a
 * table. A row is "| a | b |" or "a | b"; a delimiter row ("|---|:--:|")
 * under the first row makes it the header. An escaped "\|" is text.
 */
#include "markdown.h"

int md_table_rule(const char *s, size_t i, size_t e) {
    int dash = 0, pipe = 0;
    for (; i < e; i++) {
        if (s[i] == '-') dash = 1;
        else if (s[i] == '|') pipe = 1;
        else if (s[i] != ':' && !dsc_is_space(s[i])) return 0;
    }
    return dash && pipe;
}

int md_table_has_pipe(const char *s, size_t i, size_t e) {
    const char *p;
    while (i < e && (p = memchr(s + i, '|', e - i)) != NULL) {
        size_t k = (size_t)(p - s), b = k;
        while (b > i && s[b - 1] == '\\') b--;
        if ((k - b) % 2 == 0) return 1;              /* not escaped */
        i = k + 1;
    }
    return 0;
}

/* Is the cell [a, b) wholly strong: "**91.8**", "__x__", "<b>x</b>"? */
static int strong_cell(const char *s, size_t a, size_t b) {
    while (a < b && dsc_is_space(s[a])) a++;
    while (b > a && dsc_is_space(s[b - 1])) b--;
    if (b - a >= 5 && ((s[a] == '*' && s[a + 1] == '*' && s[b - 1] == '*' && s[b - 2] == '*') ||
                       (s[a] == '_' && s[a + 1] == '_' && s[b - 1] == '_' && s[b - 2] == '_')))
        return 1;
    if (b - a >= 8 && dsc_ieq(s + a, 3, "<b>") && dsc_ieq(s + b - 4, 4, "</b>")) return 1;
    return b - a >= 18 && dsc_ieq(s + a, 8, "<strong>") && dsc_ieq(s + b - 9, 9, "</strong>");
}

static dsc_table *open_table(cleaner *c) {
    dsc_table *t;
    if (c->in_table) return &DSC_AT(c->out->tables, dsc_table, c->table);
    md_end_block(c);
    t = dsc_vec_push(&c->out->tables);
    if (!t) { c->oom = 1; return NULL; }
    t->first_cell = (uint32_t)c->out->cells.len;
    c->in_table = 1;
    c->table = c->out->tables.len - 1;
    return t;
}

/* One cell [a, b) of row `row`, column `col`. */
static void table_cell(cleaner *c, size_t a, size_t b, uint32_t row, uint32_t col) {
    size_t before = c->out->blocks.len;
    dsc_cell *cell;
    md_begin_block(c, DSC_BLK_TABLE);
    c->in_cell = 1;
    md_inline(c, a, b);
    c->in_cell = 0;
    md_end_block(c);
    if (c->oom) return;
    cell = dsc_vec_push(&c->out->cells);
    if (!cell) { c->oom = 1; return; }
    cell->block = c->out->blocks.len > before ? (uint32_t)before : DSC_NO_BLOCK;
    cell->row = row;
    cell->col = col > UINT16_MAX ? UINT16_MAX : (uint16_t)col;
    cell->flags = (uint8_t)(strong_cell(c->src, a, b) ? DSC_CELL_STRONG : 0);
}

void md_table_row(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    dsc_table *t;
    size_t j, cell;
    uint32_t row, col = 0;
    md_end_block(c);
    if (!(t = open_table(c))) return;
    row = t->rows++;
    while (e > i && dsc_is_space(s[e - 1])) e--;
    if (i < e && s[i] == '|') i++;
    if (e > i && s[e - 1] == '|' && (e - 1 == i || s[e - 2] != '\\')) e--;   /* the closing pipe */
    for (cell = i, j = i; j <= e && !c->oom; j++) {
        if (j == e || (s[j] == '|' && s[j - 1] != '\\')) {
            table_cell(c, cell, j, row, col++);
            cell = j + 1;
        }
    }
    t = &DSC_AT(c->out->tables, dsc_table, c->table);
    t->n_cells = (uint32_t)(c->out->cells.len - t->first_cell);
    if (col > t->cols) t->cols = col > UINT16_MAX ? UINT16_MAX : (uint16_t)col;
}

void md_table_delimiter(cleaner *c) {
    dsc_table *t;
    md_end_block(c);
    if (!c->in_table) return;
    t = &DSC_AT(c->out->tables, dsc_table, c->table);
    if (t->rows == 1) t->header = 1;
}

void md_table_end(cleaner *c) { c->in_table = 0; }
