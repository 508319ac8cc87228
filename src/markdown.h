/*
 * markdown.h: what the files of the markdown cleaner share, private to
 * them (markdown.c and markdown_*.c).
 *
 *   markdown.c         the output with its offset map and inline markup
 *                      (links, code spans, emphasis, math): the hot path
 *   markdown_block.c   the pass over the lines: blocks, quotes, alert boxes,
 *                      lists, fences (the public dsc_clean_text)
 *   markdown_html.c    HTML: tags, comments, character references
 *   markdown_table.c   pipe tables, cell by cell
 *   markdown_url.c     bare URLs, e-mail addresses and domain names cut
 *                      from a block; the labels of reference definitions
 *
 * Everything is one pass over the lines: where a construct needs its
 * closing mark, the answer comes from an index of the line built once, or
 * from a state carried to the next line (a tag, a comment, raw HTML), never
 * from a scan ahead repeated for each opening mark.
 */
#ifndef DSC_MARKDOWN_H
#define DSC_MARKDOWN_H

#include "internal.h"

/* An opening bracket and its closing one (NO_CLOSE: none on the line), or
 * a run of backticks: its start and length. */
typedef struct { uint32_t pos, other; } mark;
#define NO_CLOSE UINT32_MAX

/* The labels of the document's link reference definitions ("[label]: url"),
 * so that a shortcut reference "[label]" reads as a link (markdown_url.c). */
typedef struct {
    uint32_t *slots;          /* 1 + index into labels, 0: empty */
    size_t cap;
    dsc_vec labels;           /* md_label */
} md_labels;
typedef struct { uint32_t start, len, hash; } md_label;

typedef struct {
    const char *src;
    size_t n;
    int markdown;
    dsc_clean *out;
    size_t cap;
    int oom;
    /* the block being written */
    int in_block;
    dsc_block cur;
    int pending_space;
    uint32_t pending_orig;
    uint32_t next_orig;        /* source offset that would continue the segment */
    int have_seg;
    /* line-level state */
    int gap;                   /* blank line(s) since the block's last line */
    int blocks_done;
    size_t link_alnum;         /* letters and digits of the block inside link anchors */
    int link_depth;            /* links whose anchor text is being written */
    size_t alnum_upto, alnum_total;   /* letters and digits of the output before alnum_upto */
    /* the marks of the line being cleaned, [line_s, line_e), indexed on
     * first need (line_index) */
    size_t line_s, line_e;
    int indexed;
    dsc_vec brackets;          /* mark: each unescaped '[' and its ']' */
    dsc_vec escaped;           /* mark: each escaped '[' and the ']' a scan from it finds */
    dsc_vec loose;             /* mark: each ']' that closes nothing */
    dsc_vec parens;            /* mark: each unescaped '(' and its ')' */
    size_t bracket_at, paren_at;   /* the brackets' and parens' mark found last (find_mark_from) */
    dsc_vec ticks;             /* mark: each run of backticks, by (length, start) */
    dsc_vec dollars;           /* mark: each lone '$' that may close a math span */
    dsc_vec dollars2;          /* mark: each "$$" that may close one */
    dsc_vec open_b, open_p;    /* uint32_t: the open '[' and '(' while matching */
    /* HTML (markdown_html.c) */
    int html_region;           /* the paragraph opened with a tag: tags may span lines */
    int tag_open;              /* inside a tag left open at the end of a line */
    char tag_quote;            /* ... inside its quoted attribute value */
    int tag_block;             /* ... the open tag is a block-level one */
    int in_comment;            /* inside <!-- ... --> (1: opened at a line start,
                                  2: inline, ends at a blank line too) */
    int raw;                   /* inside <script>, <style>, <pre>, <code>, <sup>:
                                  the index of its name, 0: none */
    int html_anchor;           /* inside <a ...>: its text counts as link text */
    size_t anchor_alnum;       /* letters and digits before the <a> */
    size_t quote_from[2];      /* quote search memo for tags on this line: from */
    size_t quote_at[2];        /* ... the next '"' / '\'' (line end: none) */
    /* blocks and documents */
    int alert;                 /* inside a > [!NOTE] box: its lines are body text */
    md_labels labels;          /* reference definitions of the document */
    /* tables (markdown_table.c) */
    int in_table;              /* the last line was a row of this table */
    int in_cell;               /* a cell is being written: block tags are spaces */
    size_t table;              /* its index in out->tables */
} cleaner;

/* ===================================================================== */
/* Output (markdown.c)                                                    */
/* ===================================================================== */

void md_put_byte(cleaner *c, char ch, uint32_t orig);
void md_begin_block(cleaner *c, int type);
void md_end_block(cleaner *c);
/* Content byte: flushes a pending collapsed space first. */
void md_emit(cleaner *c, char ch, size_t orig);
/* A run of plain bytes, copied at once (the common case). */
void md_emit_run(cleaner *c, size_t from, size_t len);
static inline void md_emit_space(cleaner *c, size_t orig) {
    if (!c->in_block || c->pending_space) return;
    c->pending_space = 1;
    c->pending_orig = (uint32_t)orig;
}
/* Letters and digits written before output offset `to`. */
size_t md_alnum_before(cleaner *c, size_t to);
int md_blank(const char *s, size_t i, size_t e);

/* ===================================================================== */
/* Inline markup (markdown.c)                                             */
/* ===================================================================== */

void md_inline(cleaner *c, size_t i, size_t e);
void md_cleaner_init(cleaner *c, const char *src, size_t n, int markdown, dsc_clean *out);
void md_cleaner_free(cleaner *c);
/* Starts the line [s, e): its marks are indexed on first need. */
void md_line(cleaner *c, size_t s, size_t e);
/* The ']' closing the '[' at s[i] within [i, e), or e (a plain scan). */
size_t md_close_bracket(const char *s, size_t i, size_t e, char open, char close);
int md_is_ascii_punct(int ch);

/* ===================================================================== */
/* HTML (markdown_html.c)                                                 */
/* ===================================================================== */

/* '<' at s[i]: a tag, a comment, an autolink or declaration, consumed with
 * what it does to the output (a block ends, a space, link text); returns
 * the bytes consumed, 0 when the '<' is literal. */
size_t md_html_at(cleaner *c, size_t i, size_t e);
/* '&' at s[i]: a character reference, emitted decoded; returns its
 * source length, 0 when it is none. */
size_t md_char_ref(cleaner *c, size_t i, size_t e);
/* At a line start: ends what an earlier line left open (a tag, a comment,
 * raw content). Returns where the line's own content starts, or e when the
 * whole line belongs to it. */
size_t md_html_resume(cleaner *c, size_t i, size_t e);
/* Does the line [i, e) open with a tag (an HTML block in GFM)? */
int md_html_line(const char *s, size_t i, size_t e);
/* A blank line: what it ends. */
void md_html_blank(cleaner *c);

/* ===================================================================== */
/* Tables (markdown_table.c)                                              */
/* ===================================================================== */

/* Is the line [i, e) a delimiter row (|---|:--:|)? */
int md_table_rule(const char *s, size_t i, size_t e);
/* Does the line [i, e) hold an unescaped '|'? */
int md_table_has_pipe(const char *s, size_t i, size_t e);
/* The row [i, e) of a table (starting one when none is open). */
void md_table_row(cleaner *c, size_t i, size_t e);
/* A delimiter row: the row before is the header. */
void md_table_delimiter(cleaner *c);
void md_table_end(cleaner *c);

/* ===================================================================== */
/* URLs and reference labels (markdown_url.c)                             */
/* ===================================================================== */

/* Cuts the URLs, e-mail addresses and domain names out of the block being
 * ended, [cur.start, out->len): they are never figures nor names. */
void md_cut_urls(cleaner *c);
/* Collects the labels of the document's reference definitions. */
int md_labels_collect(cleaner *c);
int md_labels_has(const cleaner *c, size_t i, size_t e);
void md_labels_free(md_labels *l);

#endif
