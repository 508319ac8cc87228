/*
 * dsc.h: the public interface of the deepseek-claims engine.
 *
 * Text in, a document out: sentences, entity mentions, quantities and claims,
 * every position mapped back to the original bytes (line, byte column, byte
 * offset). Plain C99, no Lua, no global mutable state: a dictionary is
 * immutable once built and may be shared by threads; a document owns every
 * byte it allocates (one arena) and is freed with dsc_doc_free().
 */
#ifndef DSC_H
#define DSC_H

#include <stddef.h>
#include <stdint.h>

#define DSC_VERSION "0.1.0"

/* ===================================================================== */
/* Kinds                                                                  */
/* ===================================================================== */

typedef enum {
    DSC_ORG, DSC_PERSON, DSC_MODEL, DSC_CHIP, DSC_PRODUCT, DSC_PLACE,
    DSC_ENTITY_KINDS
} dsc_entity_kind;

typedef enum {
    DSC_COST, DSC_TIME, DSC_HARDWARE, DSC_BENCHMARK, DSC_MARKET, DSC_FUNDING,
    DSC_POLICY, DSC_QUOTE, DSC_OTHER,
    DSC_CLAIM_KINDS
} dsc_claim_kind;

typedef enum {
    DSC_EXACT, DSC_ABOUT, DSC_LESS_THAN, DSC_MORE_THAN, DSC_RANGE,
    DSC_QUALIFIERS
} dsc_qualifier;

/* What a quantity measures (its unit says how): a money amount knows its
 * currency, a duration its time unit. */
typedef enum {
    DSC_Q_OTHER, DSC_Q_MONEY, DSC_Q_PRICE, DSC_Q_PERCENT, DSC_Q_COUNT, DSC_Q_DURATION,
    DSC_Q_PARAMETERS, DSC_Q_TOKENS, DSC_Q_COMPUTE, DSC_Q_POWER, DSC_Q_BANDWIDTH,
    DSC_Q_MULTIPLIER, DSC_Q_RANK, DSC_Q_RATIO,
    DSC_Q_SCORE,              /* a benchmark score: a table's cell, "scored 53.7" */
    DSC_Q_KINDS
} dsc_quantity_kind;

/* Who a claimant is: a named source (a canonical name), the text itself
 * ("article"), a source it does not name ("analysts"), or nobody (an
 * agentless passive: claimant NULL). */
typedef enum {
    DSC_CLAIMANT_NAMED, DSC_CLAIMANT_ARTICLE, DSC_CLAIMANT_UNNAMED, DSC_CLAIMANT_PASSIVE,
    DSC_CLAIMANT_TYPES
} dsc_claimant_type;

const char *dsc_entity_kind_name(dsc_entity_kind k);   /* "org", ... */
const char *dsc_quantity_kind_name(dsc_quantity_kind k);   /* "money", ... */
const char *dsc_claimant_type_name(dsc_claimant_type t);   /* "named", ... */
const char *dsc_claim_kind_name(dsc_claim_kind k);     /* "cost", ... */
const char *dsc_qualifier_name(dsc_qualifier q);       /* "exact", ... */
int dsc_entity_kind_parse(const char *s, size_t n);    /* -1 if unknown */

/* ===================================================================== */
/* Positions                                                              */
/* ===================================================================== */

/* A span of the original source. line and col are 1-based, col counts bytes;
 * byte is the 0-based offset of the first byte, len the byte length in the
 * original (markup inside the span included). */
typedef struct {
    uint32_t byte, len;
    uint32_t line, col;
    uint32_t end_line, end_col;   /* position of the last byte of the span */
} dsc_span;

/* ===================================================================== */
/* Quantities                                                             */
/* ===================================================================== */

typedef struct {
    uint32_t start, len;      /* in the text the quantity was found in */
    double value;             /* normalised: $5.6 million -> 5600000 */
    double value_max;         /* upper bound of a range, else == value */
    dsc_qualifier qualifier;
    char unit[32];            /* "USD", "%", "GPUs", "months", a count noun;
                                 "" when the sentence does not say */
    dsc_quantity_kind kind;   /* what it measures */
    char currency[4];         /* money and prices: the ISO 4217 code; else "" */
} dsc_quantity;

/* Sets q's kind and currency from its unit, for a caller that changes the
 * unit: what data/units/ says that unit measures ("JPY": money, JPY; "USD
 * per 1M tokens": price, USD; a noun it does not list: count). The finder
 * sets both when it chooses a unit. */
void dsc_quantity_type(dsc_quantity *q);
int dsc_unit_is_count(const char *s, size_t n);   /* "GPUs": a count data/units/ lists */

/* Finds the quantities in one sentence of clean text (markup removed).
 * Writes at most cap of them to out, in text order, and returns how many it
 * found (which may exceed cap). Calendar years and dates are not amounts.
 * Pure function: no allocation, reentrant. */
size_t dsc_quantities_find(const char *s, size_t n, dsc_quantity *out, size_t cap);

/* What one sentence's amounts tell the next sentence of its paragraph. */
typedef struct {
    char unit[32];            /* the unit of its last amount of a thousand or
                                 more: "... 200,000 AI chips this year. Our
                                 estimate is 230,000 to 260,000" */
    dsc_quantity_kind kind;   /* what that unit measures */
    char currency[4];         /* and its currency, for money */
    unsigned char token_prices;   /* it priced tokens: "... $2.19 per million
                                     output tokens. OpenAI charges $10 and $40" */
    unsigned char open;       /* it has amounts the sentence before could
                                 complete (a bare number without a unit, a
                                 pair of small prices): without it, passing
                                 prev changes nothing */
} dsc_quantity_context;

/* dsc_quantities_find() for a sentence that follows another: prev is what
 * the sentence before left (NULL: nothing, as for a paragraph's first), and
 * next, if not NULL, receives what this one leaves for the sentence after.
 * The context only fills in units; it never adds or removes an amount. */
size_t dsc_quantities_find_ctx(const char *s, size_t n, const dsc_quantity_context *prev,
                               dsc_quantity_context *next, dsc_quantity *out, size_t cap);

/* ===================================================================== */
/* Dictionary                                                             */
/* ===================================================================== */

typedef struct dsc_dict dsc_dict;

/* A new dictionary holding the built-in entries (builtin != 0) or none. */
dsc_dict *dsc_dict_new(int builtin);
void dsc_dict_free(dsc_dict *d);

/* Adds or overrides an entry: a canonical name that already exists is
 * replaced (kind and aliases). aliases: n_aliases strings. Returns 0, or -1
 * with a message in err (errlen bytes) when the entry is invalid. Must be
 * called before the dictionary is first used to parse (it is then frozen). */
int dsc_dict_add(dsc_dict *d, const char *name, dsc_entity_kind kind,
                 const char *const *aliases, size_t n_aliases,
                 char *err, size_t errlen);

/* Loads TSV text: "canonical<TAB>kind<TAB>alias|alias|..." per line, '#'
 * comments and blank lines ignored. Returns the number of entries added, or
 * -1 with "line N: why" in err. */
int dsc_dict_load_tsv(dsc_dict *d, const char *text, size_t n,
                      char *err, size_t errlen);

/* The words documents are read with (data/lexicon/ compiled in) can be
 * extended per dictionary, before its first parse: word gets the classes
 * named in classes ("report", "hedge topic-cost"; "-name" removes one, "="
 * first clears them). Class names: doc/lexicon.md. Returns 0, or -1 with a
 * message in err. */
int dsc_dict_lexicon_set(dsc_dict *d, const char *word, size_t wn, const char *classes, size_t cn,
                         char *err, size_t errlen);
/* Gives word the label a class reports it as: a word of the class
 * unnamed-label, indefinite-label or document-label stands for a source
 * described by that label ("futurists" -> "futurists", "quants" ->
 * "analysts"); without one it reports "unnamed source". At most 64 bytes
 * of text; an empty label removes it. Returns 0, or -1 with a message. */
int dsc_dict_lexicon_label(dsc_dict *d, const char *word, size_t wn, const char *label, size_t ln,
                           char *err, size_t errlen);
/* The same for TSV text, "word<TAB>classes[<TAB>label]" per line ('#'
 * comments). Returns the number of words set, or -1 with "line N: why"
 * in err. */
int dsc_dict_load_lexicon(dsc_dict *d, const char *text, size_t n, char *err, size_t errlen);

/* Builds the matcher. Called implicitly by the first parse; idempotent.
 * After it, the dictionary is read-only and thread-safe. */
void dsc_dict_freeze(dsc_dict *d);

size_t dsc_dict_size(const dsc_dict *d);   /* entries */
/* Entry i: canonical name, kind, aliases (NULL-terminated array). */
const char *dsc_dict_name(const dsc_dict *d, size_t i);
dsc_entity_kind dsc_dict_kind(const dsc_dict *d, size_t i);
const char *const *dsc_dict_aliases(const dsc_dict *d, size_t i);
/* The entry whose canonical name or alias is exactly s, or -1. */
long dsc_dict_lookup(const dsc_dict *d, const char *s, size_t n);

/* ===================================================================== */
/* Documents                                                              */
/* ===================================================================== */

typedef struct dsc_doc dsc_doc;

typedef struct {
    int markdown;            /* 1: markdown (default), 0: plain text */
} dsc_options;

typedef struct {
    const char *name;        /* canonical name */
    dsc_entity_kind kind;
    long dict_index;         /* -1 for a name found from context */
    uint32_t first_mention, n_mentions;  /* mentions of this entity, in order */
} dsc_entity;

typedef struct {
    uint32_t entity;         /* index into the document's entities */
    dsc_span span;
    const char *text;        /* the surface form, NUL-terminated */
} dsc_mention;

/* Why a claim came out as it did: the names of the rules that decided
 * (doc/claims.md lists them). Static strings; hedge is the cue word that
 * hedged it, NULL when it is not hedged. */
typedef struct {
    const char *claim;       /* what made the sentence a claim */
    const char *claimant;    /* what chose the claimant */
    const char *kind;        /* what chose the kind */
    const char *hedge;       /* the hedging cue ("reportedly"), or NULL */
} dsc_why;

typedef struct {
    dsc_span span;           /* the sentence in the original source */
    const char *text;        /* sentence, markup removed, spaces collapsed */
    size_t text_len;
    dsc_claim_kind kind;
    const char *claimant;    /* canonical name, "article", a lowercase
                                description, or NULL (agentless passive) */
    dsc_claimant_type claimant_type;
    int hedged;
    const uint32_t *about;   /* entity indices */
    uint32_t n_about;
    const dsc_quantity *quantities;   /* start/len relative to text */
    uint32_t n_quantities;
    uint32_t sentence;       /* index of the sentence (a table's cell is one) */
    dsc_why why;
    const char *benchmark;   /* a claim read from a table: the row or column
                                name its figure stands under ("AIME 2024
                                (Pass@1)", "#Total Params"); else NULL */
    int best;                /* ... and the cell is bold: the table's best */
} dsc_claim;

typedef struct {
    dsc_span span;
    const char *text;        /* markup removed, spaces collapsed */
    size_t text_len;
    int heading;             /* title, heading or byline: never a claim */
    const char *not_claim;   /* NULL for a claim; else the name of the rule
                                that found it is none ("no-comment",
                                "question", "heading" ...), a static string */
} dsc_sentence;

/* Parses src (not retained: copied). d may be NULL for the built-in
 * dictionary. Returns NULL only when out of memory. */
dsc_doc *dsc_parse(const dsc_dict *d, const char *src, size_t n, const dsc_options *opt);
void dsc_doc_free(dsc_doc *doc);

size_t dsc_doc_source_len(const dsc_doc *doc);      /* bytes parsed */
size_t dsc_doc_sentence_count(const dsc_doc *doc);
const dsc_sentence *dsc_doc_sentence(const dsc_doc *doc, size_t i);
size_t dsc_doc_entity_count(const dsc_doc *doc);
const dsc_entity *dsc_doc_entity(const dsc_doc *doc, size_t i);
size_t dsc_doc_mention_count(const dsc_doc *doc);   /* in source order */
const dsc_mention *dsc_doc_mention(const dsc_doc *doc, size_t i);
/* Mentions are also grouped by entity: mention j of entity e. */
const dsc_mention *dsc_doc_entity_mention(const dsc_doc *doc, size_t e, size_t j);
size_t dsc_doc_claim_count(const dsc_doc *doc);
const dsc_claim *dsc_doc_claim(const dsc_doc *doc, size_t i);

/* The mention covering (line, col), 1-based, col in bytes; NULL if none. */
const dsc_mention *dsc_doc_mention_at(const dsc_doc *doc, uint32_t line, uint32_t col);
/* Entity index by canonical name or alias (dictionary aliases resolved), or
 * -1 if the document never mentions it. */
long dsc_doc_find_entity(const dsc_doc *doc, const char *name, size_t n);

/* Maps an offset in the document's clean text to the original source. */
dsc_span dsc_doc_span(const dsc_doc *doc, size_t clean_start, size_t clean_len);

/* ===================================================================== */
/* Corpus scans (scan.c)                                                  */
/* ===================================================================== */

typedef struct dsc_scan dsc_scan;
typedef struct dsc_corpus dsc_corpus;

typedef struct {
    unsigned jobs;                   /* worker threads; 0: 2 */
    size_t max_file_bytes;           /* larger files are skipped, never cut; 0: 16 MiB */
    const char *const *extensions;   /* without the dot; NULL: md, markdown, txt */
    size_t n_extensions;
    int plain;                       /* read files as plain text; 0: as markdown, as
                                        a single parse does (.txt saved from the web
                                        holds markdown as often as not) */
    const char *cache;               /* a cache file (dsc_cache_path), or NULL: files
                                        unchanged since it was written (same path,
                                        size, mtime, ctime and inode) are taken from
                                        it, not read and parsed, and it is written
                                        again when anything changed */
    int restore;                     /* with cache: no walk and no parse, the corpus
                                        is the cache as it was written, each file's
                                        records read from it when first used */
} dsc_scan_options;

typedef struct {
    size_t files_done, files_total, files_skipped, bytes, errors;
    size_t files_cached;             /* of files_done: taken from the cache */
    int listing_done, cancelled, finished;
} dsc_progress;

/* A corpus keeps files packed (see corpus.c): their entities and claims
 * are read in order through a cursor, one record at a time, into the
 * views below. A view's strings live as long as the corpus. */
typedef struct {
    const unsigned char *p;          /* private: the next record */
    const char *strings;             /* private */
    uint32_t left;                   /* records not read yet */
    dsc_span last;                   /* private */
} dsc_corpus_cursor;

typedef struct {
    const char *path;
    size_t bytes;
    size_t n_entities, n_claims;
} dsc_corpus_file;

typedef struct {
    const char *name;
    dsc_entity_kind kind;
    uint32_t count;
    dsc_span first;                  /* its first mention */
} dsc_corpus_entity;

typedef struct {
    dsc_span span;
    const char *text;                /* NUL-terminated */
    size_t text_len;
    dsc_claim_kind kind;
    const char *claimant;
    dsc_claimant_type claimant_type;
    dsc_why why;
    int hedged;
    uint32_t n_about, n_quantities;
    dsc_corpus_cursor about;         /* canonical names: dsc_corpus_next_about */
    dsc_corpus_cursor quantities;    /* dsc_corpus_next_quantity */
    const char *benchmark;           /* as dsc_claim's, or NULL */
    int best;
} dsc_corpus_claim;

/* Starts scanning files and folders (recursively; names starting with '.'
 * such as .git are left out) on worker threads and returns at once. Links
 * are followed, each folder and file read once. The corpus lists the
 * files read, and every other path met (binary, too big, unreadable, ...)
 * with the reason. The dictionary must outlive the scan. NULL: no memory. */
dsc_scan *dsc_scan_start(const dsc_dict *d, const char *const *paths, size_t n,
                         const dsc_scan_options *opt);
void dsc_scan_progress(dsc_scan *s, dsc_progress *p);
void dsc_scan_cancel(dsc_scan *s);
void dsc_scan_wait(dsc_scan *s);                 /* joins the threads */
/* Waits, then hands over the corpus (files sorted by path); NULL after
 * the first call. The caller frees it with dsc_corpus_free. */
dsc_corpus *dsc_scan_take(dsc_scan *s);
void dsc_scan_free(dsc_scan *s);                 /* cancels and joins first */

/* What a scan did with its cache (dsc_scan_options.cache). A cache that is
 * corrupt, cut short, from another engine build, made with another
 * dictionary, lexicon or markdown option, or for other roots is ignored
 * (read = IGNORED, why says which) and every file parsed. */
typedef enum { DSC_CACHE_OFF, DSC_CACHE_MISSING, DSC_CACHE_USED, DSC_CACHE_IGNORED } dsc_cache_read;
typedef struct {
    dsc_cache_read read;
    int wrote;                       /* 1: written; 0: not (nothing changed, a restore,
                                        cancelled, another process was writing it);
                                        -1: the write failed (why) */
    char why[256];
} dsc_cache_report;
void dsc_scan_cache_report(dsc_scan *s, dsc_cache_report *r);   /* once finished */

/* The cache file for a scan of paths, in folder dir: dir/NAME-HASH.dsc,
 * where HASH is of the paths (relative ones with the working folder) and
 * NAME the last part of the first in sorted order. malloc'd; NULL: no memory. */
char *dsc_cache_path(const char *dir, const char *const *paths, size_t n);

/* A path the scan did not read, and why: error 1 when it could not be read
 * (permissions, a broken link, an I/O error), 0 when it was left out on
 * purpose (binary, over max_file_bytes, not a regular file, a link to a
 * file or folder already scanned, a pseudo file system such as /proc). */
typedef struct {
    const char *path;
    const char *reason;
    int error;
} dsc_corpus_skip;

size_t dsc_corpus_skipped_count(const dsc_corpus *c);      /* sorted by path */
const dsc_corpus_skip *dsc_corpus_skipped_at(const dsc_corpus *c, size_t i);

size_t dsc_corpus_file_count(const dsc_corpus *c);
const dsc_corpus_file *dsc_corpus_file_at(const dsc_corpus *c, size_t i);   /* by path */
void dsc_corpus_free(dsc_corpus *c);

/* Reading a file's records in order:
 *   dsc_corpus_cursor cur = dsc_corpus_claims(f);
 *   dsc_corpus_claim c;
 *   while (dsc_corpus_next_claim(&cur, &c))
 *       while ((name = dsc_corpus_next_about(&c.about)) != NULL) ...
 * The next_ functions return 0 (NULL) after the last record. */
dsc_corpus_cursor dsc_corpus_entities(const dsc_corpus_file *f);   /* in order of first mention */
int dsc_corpus_next_entity(dsc_corpus_cursor *c, dsc_corpus_entity *out);
dsc_corpus_cursor dsc_corpus_claims(const dsc_corpus_file *f);     /* in source order */
int dsc_corpus_next_claim(dsc_corpus_cursor *c, dsc_corpus_claim *out);
const char *dsc_corpus_next_about(dsc_corpus_cursor *about);
int dsc_corpus_next_quantity(dsc_corpus_cursor *quantities, dsc_quantity *out);

/* ===================================================================== */
/* A parse on a thread of its own (parse_job.c)                           */
/* ===================================================================== */

typedef struct dsc_parse_job dsc_parse_job;

/* Copies src and parses the copy on a new thread; returns at once (or,
 * when no thread can be made, after parsing here). The dictionary (NULL:
 * the built-in one) must outlive the job. NULL: out of memory. */
dsc_parse_job *dsc_parse_job_start(const dsc_dict *d, const char *src, size_t n,
                                   const dsc_options *opt);
/* The same without the copy: takes src (malloc'd) and frees it, even when
 * it returns NULL. */
dsc_parse_job *dsc_parse_job_adopt(const dsc_dict *d, char *src, size_t n,
                                   const dsc_options *opt);
/* 1 once the parse has ended (never blocks). */
int dsc_parse_job_done(dsc_parse_job *j);
/* The read end of a pipe that becomes readable once the parse has ended,
 * for an event loop to watch (stop watching before dsc_parse_job_free,
 * which closes it); made on first call. -1 when no pipe can be made. */
int dsc_parse_job_fd(dsc_parse_job *j);
/* Waits for the parse, then hands over the document (the caller frees it)
 * and, if ms is not NULL, how long the parse took. NULL when cancelled,
 * already taken, or out of memory (dsc_parse_job_failed says which). */
dsc_doc *dsc_parse_job_take(dsc_parse_job *j, double *ms);
int dsc_parse_job_failed(dsc_parse_job *j);      /* the parse ran out of memory */
/* The document will be freed instead of handed over. Never blocks. */
void dsc_parse_job_cancel(dsc_parse_job *j);
/* Cancels, waits for the thread to end, and frees. */
void dsc_parse_job_free(dsc_parse_job *j);

#endif
