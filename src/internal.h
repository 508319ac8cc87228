/*
 * internal.h: what the engine's modules share and the outside never sees.
 *
 * Data flows one way: source bytes -> clean text with an offset map
 * (markdown.c) -> sentences (sentence.c) -> mentions (dict.c, names.c) ->
 * quantities and claims (quantity.c, claim*.c) -> the document and its
 * lookups (doc.c). Every module allocates from the document's arena or its
 * own vectors, never from globals.
 */
#ifndef DSC_INTERNAL_H
#define DSC_INTERNAL_H

#include "dsc.h"
#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* Arena and growable arrays (util.c)                                     */
/* ===================================================================== */

typedef struct dsc_arena_block dsc_arena_block;
/* cur, room: the free end of the newest block (all zero: no block yet) */
typedef struct { dsc_arena_block *head; size_t first; char *cur; size_t room; } dsc_arena;

void dsc_arena_init(dsc_arena *a);
/* An arena whose first block holds `first` bytes: sized to what it will
 * hold, so a small document does not keep a 16 KiB block. */
void dsc_arena_init_sized(dsc_arena *a, size_t first);
/* n bytes (a multiple of 8) from a new block; NULL when out of memory. */
void *dsc_arena_grow(dsc_arena *a, size_t n);
/* Not zeroed, 8-aligned: for an array its caller writes whole before any
 * read (clearing it first would write it twice). Inline, as the two below:
 * a parse allocates tens of thousands of times, and with room left in the
 * block it is a few instructions. */
static inline void *dsc_arena_alloc_raw(dsc_arena *a, size_t n) {
    void *p;
    n = n ? (n + 7u) & ~(size_t)7u : 8u;
    if (a->room < n) return dsc_arena_grow(a, n);
    p = a->cur;
    a->cur += n; a->room -= n;
    return p;
}
static inline void *dsc_arena_alloc(dsc_arena *a, size_t n) {   /* zeroed (the padding too), 8-aligned */
    void *p = dsc_arena_alloc_raw(a, n);
    if (p) memset(p, 0, n ? (n + 7u) & ~(size_t)7u : 8u);
    return p;
}
/* Every byte of the copy is written: no need to clear it first. */
static inline char *dsc_arena_strndup(dsc_arena *a, const char *s, size_t n) {
    char *p = dsc_arena_alloc_raw(a, n + 1);
    if (p) { memcpy(p, s, n); p[n] = '\0'; }
    return p;
}
void dsc_arena_free(dsc_arena *a);

typedef struct { void *data; size_t len, cap, elem; } dsc_vec;

#define DSC_VEC(type) { NULL, 0, 0, sizeof(type) }
void *dsc_vec_push_grow(dsc_vec *v);                   /* dsc_vec_push on a full array */
/* A new last element, zeroed; NULL on OOM. Inline: one a word, a match, a
 * sentence, a mark is pushed, and with room left it is a few instructions. */
static inline void *dsc_vec_push(dsc_vec *v) {
    char *p;
    if (v->len == v->cap) return dsc_vec_push_grow(v);
    p = (char *)v->data + v->len++ * v->elem;
    memset(p, 0, v->elem);
    return p;
}
void dsc_vec_free(dsc_vec *v);
#define DSC_AT(v, type, i) (((type *)(v).data)[i])

/* ===================================================================== */
/* Characters (util.c)                                                    */
/* ===================================================================== */

/* Decodes the UTF-8 character at s[i] (i < n); sets *len to its byte
 * length (1 for an invalid byte, which decodes as U+FFFD). */
uint32_t dsc_utf8_at(const char *s, size_t n, size_t i, size_t *len);
/* The code point ending just before s[i] (i > 0) and its length. */
uint32_t dsc_utf8_before(const char *s, size_t i, size_t *len);
/* Letters and digits of any script: what a word is made of. */
int dsc_cp_is_word(uint32_t cp);
/* Is s[i] inside a word / does a word start or end at i. The ASCII case
 * is inline: these run on every byte. */
int dsc_word_cp_at(const char *s, size_t n, size_t i);
int dsc_word_cp_before(const char *s, size_t i);

static inline int dsc_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int dsc_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int dsc_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int dsc_is_alpha(int c) { return dsc_is_upper(c) || dsc_is_lower(c); }
static inline int dsc_is_alnum(int c) { return dsc_is_alpha(c) || dsc_is_digit(c); }
static inline int dsc_is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
/* The class of a byte: an ASCII letter or digit (DSC_BYTE_WORD), another
 * ASCII byte (0), or a byte of a longer UTF-8 character (DSC_BYTE_UTF8:
 * only decoding the character tells). One load for the scanning loops. */
enum { DSC_BYTE_WORD = 1, DSC_BYTE_UTF8 = 2 };
extern const unsigned char dsc_byte_class[256];
static inline int dsc_word_char_at(const char *s, size_t n, size_t i) {
    unsigned char c;
    if (i >= n) return 0;
    c = (unsigned char)s[i];
    return c < 0x80 ? dsc_is_alnum(c) : dsc_word_cp_at(s, n, i);
}
static inline int dsc_word_char_before(const char *s, size_t i) {
    unsigned char c;
    if (i == 0) return 0;
    c = (unsigned char)s[i - 1];
    return c < 0x80 ? dsc_is_alnum(c) : dsc_word_cp_before(s, i);
}
/* Eight bytes at a time. dsc_load_le64: the bytes at s as one number, the
 * first in the low byte, whatever the machine's byte order (one load where
 * that is it). dsc_alnum_bytes: 0x80 in each byte of x that is an ASCII
 * letter or digit, 0 elsewhere; exact when no byte of x is above 0x7F
 * (DSC_HIGH_BYTES & x == 0): the range tests of the hasbetween trick carry
 * across no byte. dsc_lowest_bit: the index of the lowest set bit (x != 0). */
#define DSC_ONES UINT64_C(0x0101010101010101)
#define DSC_HIGH_BYTES (DSC_ONES * 128)
static inline uint64_t dsc_load_le64(const unsigned char *s) {
    return (uint64_t)s[0] | (uint64_t)s[1] << 8 | (uint64_t)s[2] << 16 | (uint64_t)s[3] << 24 |
           (uint64_t)s[4] << 32 | (uint64_t)s[5] << 40 | (uint64_t)s[6] << 48 | (uint64_t)s[7] << 56;
}
static inline uint64_t dsc_alnum_bytes(uint64_t x) {
    uint64_t low = x & DSC_ONES * 127;
#define DSC_BETWEEN_(m, n) ((DSC_ONES * (127 + (n)) - low) & (low + DSC_ONES * (127 - (m))))
    return (DSC_BETWEEN_('0' - 1, '9' + 1) | DSC_BETWEEN_('A' - 1, 'Z' + 1) |
            DSC_BETWEEN_('a' - 1, 'z' + 1)) & ~x & DSC_HIGH_BYTES;
#undef DSC_BETWEEN_
}
/* The number of bytes of x marked 0x80 (x & ~DSC_HIGH_BYTES == 0): their
 * 1 bits summed into the top byte by one multiplication. */
static inline unsigned dsc_marked_bytes(uint64_t x) {
    return (unsigned)(((x >> 7) * DSC_ONES) >> 56);
}
static inline unsigned dsc_lowest_bit(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned k = 0;
    while (!(x & 1)) { x >>= 1; k++; }
    return k;
#endif
}

/* Does a byte of x equal c? Bit Twiddling Hacks' haszero() of x ^ c:
 * nonzero exactly when one does (which bytes it marks above the first is
 * not exact: dsc_bytes_eq for that). */
static inline uint64_t dsc_has_byte(uint64_t x, unsigned char c) {
    uint64_t v = x ^ (DSC_ONES * c);
    return (v - DSC_ONES) & ~v & DSC_HIGH_BYTES;
}
/* 0x80 in each byte of x that equals c, 0 elsewhere (exact). */
static inline uint64_t dsc_bytes_eq(uint64_t x, unsigned char c) {
    uint64_t v = x ^ (DSC_ONES * c);
    return ~(((v & DSC_ONES * 127) + DSC_ONES * 127) | v) & DSC_HIGH_BYTES;
}

/* Past the ASCII letters and digits from u[j] on, 8 bytes at a time while
 * the bytes are ASCII: the first byte that is none of them, or where an
 * 8-byte read no longer fits before e or meets a non-ASCII byte (the
 * caller reads on byte by byte from there). */
static inline size_t dsc_skip_ascii_alnum(const unsigned char *u, size_t j, size_t e) {
    while (j + 8 <= e) {
        uint64_t x = dsc_load_le64(u + j), w;
        if (x & DSC_HIGH_BYTES) break;
        w = dsc_alnum_bytes(x);
        if (w != DSC_HIGH_BYTES) return j + (dsc_lowest_bit(~w & DSC_HIGH_BYTES) >> 3);
        j += 8;
    }
    return j;
}

/* Is the quote character (straight or curly) at s[i]? Returns its length. */
size_t dsc_quote_at(const char *s, size_t n, size_t i, int *opening);
/* The elements of an array. (Word lists are data: data/lexicon/, src/lexicon.h.) */
#define DSC_COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* Case-insensitive ASCII compare of s[0..n) with the NUL-terminated word. */
int dsc_ieq(const char *s, size_t n, const char *word);

/* ===================================================================== */
/* Clean text (markdown.c)                                                */
/* ===================================================================== */

enum { DSC_BLK_PARA, DSC_BLK_HEADING, DSC_BLK_LIST, DSC_BLK_QUOTE, DSC_BLK_TABLE };

typedef struct {
    uint32_t start, end;      /* in clean text */
    uint8_t type;
    uint8_t link_only;        /* every letter of it is link text: navigation */
    uint8_t strong;           /* a paragraph wholly in bold ("**What is it for?**"):
                                 an interview's question (src/claim/pass.c) */
} dsc_block;

/* Clean offset `clean` and after map to orig + (offset - clean). */
typedef struct { uint32_t clean, orig; } dsc_seg;

/* A cell of a table: its block (DSC_NO_BLOCK when it is empty), its row
 * (0: the header row, when the table has one) and column. Strong: wholly
 * bold ("**91.8**"), a model card's mark for the best score. */
#define DSC_NO_BLOCK UINT32_MAX
enum { DSC_CELL_STRONG = 1 };
typedef struct {
    uint32_t block, row;
    uint16_t col;
    uint8_t flags;
} dsc_cell;

/* A table: its cells in reading order (row by row), cells[first_cell ..
 * first_cell + n_cells). */
typedef struct {
    uint32_t first_cell, n_cells;
    uint32_t rows;
    uint16_t cols;            /* the most cells a row has */
    uint8_t header;           /* row 0 is a header (a delimiter row follows it) */
} dsc_table;

typedef struct {
    char *text;               /* malloc'd, NUL-terminated; blocks end in '\n' */
    size_t len;
    dsc_vec blocks;           /* dsc_block */
    dsc_vec segs;             /* dsc_seg, sorted by clean */
    dsc_vec tables;           /* dsc_table, in order */
    dsc_vec cells;            /* dsc_cell of every table, in order */
    int lf_in_block;          /* a '\n' was written inside a block (a
                                 character reference): not only at block ends */
} dsc_clean;

/* Returns 0, or -1 when out of memory. markdown: 0 for plain text. */
int dsc_clean_text(const char *src, size_t n, int markdown, dsc_clean *out);
void dsc_clean_free(dsc_clean *c);
/* The original offset of clean offset i (i <= len). */
uint32_t dsc_clean_map(const dsc_clean *c, size_t i);

/* ===================================================================== */
/* Sentences (sentence.c)                                                 */
/* ===================================================================== */

typedef struct {
    uint32_t start, end;      /* in clean text, end exclusive */
    uint32_t block;
    uint8_t heading;          /* title, heading, byline: never a claim */
    uint8_t para_start;       /* first sentence of its block */
} dsc_sent;

/* Appends the sentences of the clean text to out (dsc_sent). 0 or -1.
 * The abbreviations come from lexicon lx (NULL: the built-in one). */
struct dsc_lexicon;
int dsc_split_sentences(const dsc_clean *c, dsc_vec *out);
int dsc_split_sentences_lx(const dsc_clean *c, const struct dsc_lexicon *lx, dsc_vec *out);
int dsc_split_sentences_dict(const dsc_clean *c, const struct dsc_lexicon *lx, const dsc_dict *d,
                             dsc_vec *out);

/* ===================================================================== */
/* Words (words.c)                                                        */
/* ===================================================================== */

/* A word of a sentence: letters, digits, inner hyphens, apostrophes and
 * periods, found once for every stage that reads words. */
typedef struct {
    uint32_t start, end;      /* the word, without a possessive 's */
    uint32_t id;              /* its lexicon entry (dsc_lex_find), 0: none */
    uint8_t poss;             /* the bytes of a possessive cut after end ('s: 2,
                                 ’s: 4, else 0): end + poss is the byte after
                                 the word as written (16 bytes a word, not 20) */
    uint8_t hyphen;           /* a hyphen joins two of its parts */
    uint8_t gap;              /* the bytes before it, after the word before: DSC_GAP_* */
    uint8_t qty_inert;        /* the quantity finder may pass over it (dsc_quantity_word_inert) */
} dsc_word;

/* DSC_GAP_COMMA: a comma, semicolon, colon, parenthesis (not one between
 * digits: "10,000") or, past ASCII, a dash; DSC_GAP_MARK: a '"' or a byte
 * past ASCII, which may be a quotation mark (the claim reader looks). */
enum { DSC_GAP_COMMA = 1, DSC_GAP_MARK = 2 };

/* Is the word w[0..n) one the quantity finder passes over wherever it
 * stands: ASCII letters (16 at most) that start no quantity and that it
 * notes nothing of (quantity.c)? */
int dsc_quantity_word_inert(const char *w, size_t n);
/* The same, where w[0..avail) may be read (avail >= n): read 8 bytes at a time. */
int dsc_quantity_word_inert_in(const char *w, size_t n, size_t avail);
/* The same for a word of n (1 to 7) bytes given as the chunk x (its bytes,
 * the first in the low byte, zeros above) and the hash h of its folded
 * chunk (dsc_lx_hash_chunks of dsc_lx_fold_chunk(x)): what the word pass
 * has computed to look the word up in the lexicon. */
int dsc_quantity_chunk_inert(uint64_t x, size_t n, uint32_t h);
/* A word at [start, end) of the text searched, inert so. */
typedef struct { uint32_t start, end; } dsc_qty_skip;
/* dsc_quantities_find_ctx, told the inert words skip[0..n_skip) (sorted,
 * each whole: letters with no letter or digit after them): the same
 * quantities, found without reading those words. */
size_t dsc_quantities_scan(const char *s, size_t n, const dsc_quantity_context *prev, dsc_quantity_context *next,
                           dsc_quantity *out, size_t cap, const dsc_qty_skip *skip, size_t n_skip);

/* The last inert answers for words the lexicon does not know, by their
 * folded chunks (words.c: unknown_inert): mask + 1 slots, a power of 2
 * sized by the document; n 0: an empty slot. */
typedef struct { uint64_t c0, c1; uint32_t n, inert; } dsc_word_memo_slot;
typedef struct { size_t mask; dsc_word_memo_slot slot[]; } dsc_word_memo;

/* The words of every sentence: sentence i's are words[first[i], first[i + 1]). */
typedef struct {
    dsc_vec words;
    uint32_t *first;
    uint8_t *inert;           /* per lexicon entry: 0 not asked yet, 1 inert, 2 not */
    dsc_word_memo *memo;      /* per document, or NULL */
} dsc_words;

/* Appends the words of [s, e) to out (dsc_word), looked up in lx (text
 * readable up to avail); inert (per lexicon entry, or NULL: none marked)
 * caches which are qty_inert. 0 or -1. */
int dsc_words_scan(const char *t, size_t s, size_t e, size_t avail, const struct dsc_lexicon *lx, uint8_t *inert,
                   dsc_vec *out);
int dsc_words_build(dsc_words *w, const char *t, size_t len, const dsc_vec *sents, const struct dsc_lexicon *lx);
/* Sentence si's words, *n of them. */
const dsc_word *dsc_words_of(const dsc_words *w, size_t si, size_t *n);
void dsc_words_free(dsc_words *w);

/* ===================================================================== */
/* Dictionary matching (dict.c) and names from context (names.c)          */
/* ===================================================================== */

typedef struct {
    uint32_t start, len;      /* in clean text; len covers the surface form */
    long entry;               /* dictionary entry, or -1 - (local name id) */
} dsc_match;

/* Appends the dictionary's matches in text to out (dsc_match), in order. */
int dsc_dict_match(const dsc_dict *d, const char *text, size_t n, dsc_vec *out);
/* Extra information the claim analysis needs about an entry. */
int dsc_dict_is_outlet(const dsc_dict *d, size_t i);
/* A form that is also an English word ("Benchmark", "Operator"): not a
 * mention when it opens a sentence. */
int dsc_dict_is_word(const dsc_dict *d, size_t i);
/* The country entry i is tagged with (country=JP: "JP"), or "". */
const char *dsc_dict_country(const dsc_dict *d, size_t i);
/* Entry i's canonical name is only a key: only its aliases are matched. */
void dsc_dict_hide_name(dsc_dict *d, size_t i);
/* The words the dictionary's documents are read with: NULL for the
 * built-in lexicon, else the user's extension of it. */
const struct dsc_lexicon *dsc_dict_lexicon(const dsc_dict *d);

typedef struct {
    char *name;               /* arena */
    dsc_entity_kind kind;
} dsc_local_name;

/* Finds names the dictionary does not know, from context (titles,
 * reporting verbs, company suffixes), and merges them into matches (kept
 * sorted). New names are appended to names (dsc_local_name); their
 * matches carry entry = -1 - index. Surnames of the people named in
 * full (from d or new) become mentions of them. */
int dsc_names_lists_sorted(void);      /* self-checks for the tests */
int dsc_sentence_lists_sorted(void);
int dsc_names_family_sorted(void);
int dsc_find_names(const dsc_dict *d, const char *text, size_t n, const dsc_vec *sents,
                   const dsc_words *words, const dsc_vec *blocks, dsc_vec *matches, dsc_vec *names,
                   dsc_arena *arena);

/* ===================================================================== */
/* Claims (claim.c and the claim_*.c files of claim_read.h)             */
/* ===================================================================== */

/* What claim.c sees of a mention. */
typedef struct {
    uint32_t start, len;      /* clean text */
    uint32_t entity;          /* document entity index */
    dsc_entity_kind kind;
    uint8_t outlet;           /* a media outlet (relays claims) */
    uint8_t gov;              /* a government body (a word of its name says so:
                                 "Commerce Department", "Garante") */
    char country[3];          /* its dictionary tag country=JP ("JP"), or "" */
    const char *name;
} dsc_claim_mention;

typedef struct {
    const char *name;         /* canonical name or description; NULL: none */
    dsc_claimant_type type;   /* named or unnamed */
} dsc_sent_source;

typedef struct {
    const char *text; size_t len;           /* the whole clean text */
    const dsc_sent *sents; size_t n_sents;
    const dsc_block *blocks;
    const dsc_claim_mention *mentions; size_t n_mentions;  /* sorted */
    const struct dsc_lexicon *lexicon;      /* the dictionary's words; NULL: built-in */
    const dsc_words *words;                 /* the sentences' words; NULL: read from text */
    dsc_arena *arena;
    /* out, per sentence (n_sents), or NULL: the rule that found a sentence
     * is no claim (static strings); left as it is for a claim */
    const char **not_claim;
    /* out, per sentence (n_sents), or NULL: who the sentence attributes its
     * content to, when it names a source (claim or not: "DeepSeek reported
     * these scores:" introduces a table); NULL otherwise */
    dsc_sent_source *source;
} dsc_claim_input;

/* A claim before positions are mapped. */
typedef struct {
    uint32_t sentence;
    dsc_claim_kind kind;
    const char *claimant;     /* arena or static */
    dsc_claimant_type claimant_type;
    dsc_why why;
    int hedged;
    uint32_t *about; uint32_t n_about;
    dsc_quantity *quantities; uint32_t n_quantities;  /* relative to sentence */
    /* a claim read from a table (src/claim/table.c): its own text (NULL:
     * the sentence's), the row or column name it stands under, bold */
    const char *text; uint32_t text_len;
    const char *benchmark;
    uint8_t best;
} dsc_raw_claim;

int dsc_find_claims(const dsc_claim_input *in, dsc_vec *out /* dsc_raw_claim */);

/* ===================================================================== */
/* Tables (src/claim/table.c)                                             */
/* ===================================================================== */

/* How a table is read: which axis names the entities (models, chips), and
 * where its labels and figures are. */
enum { DSC_TABLE_NONE, DSC_TABLE_ROWS, DSC_TABLE_COLS };
typedef struct {
    uint8_t axis;             /* NONE: no claims; ROWS: an entity per row, in
                                 column `names`; COLS: an entity per column
                                 from `first` on, in the header row */
    uint16_t names;           /* ROWS: the column of the names */
    uint16_t subject;         /* ROWS: the column of the row's subject: names, or
                                 a first column of orgs before chips */
    uint16_t label;           /* COLS: the column of the row names (benchmarks) */
    uint16_t first;           /* COLS: the first entity column */
} dsc_table_plan;

/* Reads the layout of every table once the mentions are known (before the
 * entities are built), into plans (dsc_table_plan, one per table): an
 * entity cell the dictionary does not know ("QwQ-32B-Preview") becomes a
 * name of kind model, appended to names (dsc_local_name) with its match.
 * 0, or -1 when out of memory. */
int dsc_table_layout(const dsc_dict *d, const dsc_clean *clean, dsc_vec *matches, dsc_vec *names,
                     dsc_arena *arena, dsc_vec *plans);
/* The claims of the tables (one per figure of a results or spec table),
 * in reading order, into out (dsc_raw_claim); in->source says who the
 * sentence before a table cites. 0 or -1. */
int dsc_table_claims(const dsc_claim_input *in, const dsc_clean *clean, const dsc_vec *plans, dsc_vec *out);
/* The names of the table rules, for the tests. */
const char *const *dsc_table_rule_names(size_t *n);

/* ===================================================================== */
/* Tickers (tickers.c)                                                    */
/* ===================================================================== */

/* "(NASDAQ: NVDA)", "(9988.HK)", "$NVDA": drops the mentions a ticker's
 * exchange or market suffix makes (Nasdaq, Hong Kong), which are neither
 * what a claim is about nor who makes it; the symbol is the company's
 * alias in the dictionary. matches stays sorted. */
void dsc_drop_ticker_marks(const dsc_dict *d, const char *text, size_t n, dsc_vec *matches);

/* ===================================================================== */
/* The corpus of a scan (corpus.c)                                        */
/* ===================================================================== */

dsc_corpus *dsc_corpus_new(void);

/* A growing byte buffer: packed blocks, the cache's index. A failed
 * allocation sets failed, and every later put is dropped. */
typedef struct { unsigned char *p; size_t len, cap; int failed; } dsc_bytes;
void dsc_bytes_put(dsc_bytes *b, const void *src, size_t n);
void dsc_bytes_uint(dsc_bytes *b, uint64_t v);      /* LEB128 */

/* What a file was when it was read: a cache entry is used again only for
 * a file whose stamp is the same (cache.c). Times in nanoseconds since the
 * epoch (whole seconds where the system gives no more). */
typedef struct {
    uint64_t size, ino;
    int64_t mtime_ns, ctime_ns;
    int64_t seen_ns;          /* when the scan that read it started */
} dsc_stamp;

/* A packed file's body is three sections in a row: its strings, its
 * entity records and its claim records. What the cache stores of a file
 * besides its path and body: */
typedef struct {
    size_t strings, entities, claims;   /* section lengths in bytes */
    size_t n_entities, n_claims, bytes; /* as dsc_corpus_file's */
    dsc_stamp stamp;
    uint64_t sum;             /* dsc_hash64 of the body */
} dsc_body_info;

/* What the corpus keeps of doc, packed into one block; NULL: no memory.
 * st: the file's stamp (NULL: zeros). */
dsc_corpus_file *dsc_corpus_pack(const char *path, size_t src_bytes, const dsc_doc *doc, const dsc_stamp *st);
/* A block for a file whose body the caller fills: *body receives where its
 * info->strings + entities + claims bytes go. NULL: no memory. */
dsc_corpus_file *dsc_corpus_file_make(const char *path, const dsc_body_info *info, unsigned char **body);
/* A file whose body stays in a cache file until first read (lazy: see
 * cache.c); path is not copied and must live as long as the file. */
struct dsc_lazy;
dsc_corpus_file *dsc_corpus_file_lazy(const char *path, const dsc_body_info *info, struct dsc_lazy *lazy);
/* f's info and its body (read first if lazy): 0, or -1 when a lazy body
 * cannot be read or does not verify (*body is then NULL). */
int dsc_corpus_file_body(const dsc_corpus_file *f, dsc_body_info *info, const unsigned char **body);
void dsc_corpus_file_free(dsc_corpus_file *f);
/* add_file keeps f (on -1, no memory, the caller still owns it); add_skip
 * copies the strings. Not thread-safe: the scan calls them under its lock. */
int dsc_corpus_add_file(dsc_corpus *c, dsc_corpus_file *f);
int dsc_corpus_add_skip(dsc_corpus *c, const char *path, const char *reason, int error);
void dsc_corpus_sort(dsc_corpus *c);   /* files and skipped paths by path */

/* ===================================================================== */
/* The scan cache (cache.c)                                               */
/* ===================================================================== */

/* A 64-bit hash of n bytes (four lanes of multiply and rotate, then an
 * avalanche): the cache's checksums. seed chains calls. */
uint64_t dsc_hash64(const void *data, size_t n, uint64_t seed);

typedef struct dsc_cache dsc_cache;   /* a cache file opened for reading */

/* What the parse of a file depends on besides its bytes, as a key: the
 * dictionary's entries and words and the markdown option. */
uint64_t dsc_cache_key(const dsc_dict *d, int markdown);
/* Opens the cache at path and checks its header and index: NULL when there
 * is no file (*why = "") or it cannot be used (why says why: corrupt, from
 * another engine, another dictionary or other roots). */
dsc_cache *dsc_cache_open(const char *path, uint64_t key, uint64_t roots, char *why, size_t n);
size_t dsc_cache_count(const dsc_cache *c);
/* The entry of path when its stamp is st's and it can be trusted (a file
 * changed within a second of its read may have changed again unseen), else
 * -1. Read-only: threads may look up at once. */
long dsc_cache_lookup(const dsc_cache *c, const char *path, const dsc_stamp *st);
/* Entry i as a lazy file (its body read when first used) once its body,
 * read into scratch (grown as needed), verifies; NULL when it does not,
 * cannot be read, or no memory. Thread-safe, one scratch per thread. The
 * corpus must keep the cache (dsc_corpus_keep_cache) while it has the file. */
dsc_corpus_file *dsc_cache_take(dsc_cache *c, long i, dsc_bytes *scratch);
/* Every entry into corpus as a lazy file, read when first used; the
 * corpus then owns the cache. 0, or -1 when out of memory. */
int dsc_cache_restore(dsc_cache *c, dsc_corpus *corpus);
/* The body of a lazy file, read and verified on first call (under the
 * cache's lock: any thread). NULL when it cannot be read or verified. */
const unsigned char *dsc_cache_fetch(struct dsc_lazy *lz);
void dsc_cache_close(dsc_cache *c);
/* The corpus takes c, closed when the corpus is freed (corpus.c). */
void dsc_corpus_keep_cache(dsc_corpus *corpus, dsc_cache *c);
/* Writes corpus (sorted) as the cache at path: a temporary file, then a
 * rename, under the lock path.lock. stop(arg) != 0 abandons it. 0, 1 when
 * another process held the lock (nothing written), or -1 with why. */
int dsc_cache_write(const char *path, uint64_t key, uint64_t roots, const dsc_corpus *corpus,
                    int (*stop)(void *), void *arg, char *why, size_t n);
/* The hash of the scan roots a cache is for (relative paths with the
 * working folder), as dsc_cache_path names it. */
uint64_t dsc_cache_roots(const char *const *paths, size_t n);

#endif
