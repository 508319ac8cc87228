/*
 * lexicon.h: the engine's English as data. The files in data/lexicon/ list words
 * and the classes each carries (a reporting verb, a hedge, a topic cue ...);
 * tools/lexgen.c compiles them into a table and a hash over it, and numbers
 * every class (LX_*) and word (LXW_*) in the generated lexicon_ids.h. The
 * rules read a token's classes and its word number, never its letters.
 * A user's lexicon (a TSV text or single words with their classes) adds
 * words or changes the classes of built-in ones, per dictionary.
 */
#ifndef DSC_LEXICON_H
#define DSC_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "lexicon_ids.h"
#include "lexicon_hash.h"

/* A set of classes: class k is bit k of lo (k < 64: the classes rules may
 * test several at once with an LXM_ mask), else bit k - 64 of hi. */
#define DSC_LX_HI_WORDS 3
typedef struct { uint64_t lo, hi[DSC_LX_HI_WORDS]; } dsc_lx_cls;

/* A spelling of a word and the cased classes it carries: the classes
 * marked cased in classes.tsv hold spellings, not words ("Dr" is a title,
 * "dr" is not), for the lists the name finder and the sentence splitter
 * match byte for byte. Cased classes are numbered apart from the others
 * (LXC_*, LXCM_*): a token's cls never holds them. */
typedef struct {
    const char *s;            /* as written; as long as the word */
    dsc_lx_cls cls;
} dsc_lx_spelling;

typedef struct {
    const char *word;         /* lowercase */
    uint8_t len;
    uint8_t n_spell;
    dsc_lx_cls cls;           /* its classes that fold case */
    const char *label;        /* what a class reports for it, or NULL */
    const dsc_lx_spelling *spell;   /* its spellings with cased classes */
} dsc_lx_entry;

static inline int dsc_lx_has(dsc_lx_cls c, unsigned k) {
    return k < 64 ? (int)((c.lo >> k) & 1u) : (int)((c.hi[(k - 64) >> 6] >> ((k - 64) & 63)) & 1u);
}

/* The built-in lexicon (generated): entry 0 is the empty "no word". */
extern const char *const dsc_lx_class_names[LX_N_CLASSES + 1];      /* NULL-terminated */
extern const char *const dsc_lx_class_meanings[LX_N_CLASSES + 1];
/* The cased classes, numbered apart (LXC_*): held by spellings. */
extern const char *const dsc_lxc_class_names[LXC_N_CLASSES + 1];
extern const char *const dsc_lxc_class_meanings[LXC_N_CLASSES + 1];
extern const dsc_lx_entry dsc_lx_builtin[];
extern const size_t dsc_lx_builtin_n;
/* The hash table: slot h holds entry dsc_lx_builtin_slots[h] (0: none)
 * and that entry's key, dsc_lx_builtin_slot_key[h] (0: none): the first 8
 * bytes of its word, the first in the lowest byte; a word under 8 bytes
 * zero-padded, with its length in the top byte. A lookup compares keys
 * before it reads which entry a slot holds, its entry or its word. */
extern const uint64_t dsc_lx_builtin_slot_key[];
extern const uint16_t dsc_lx_builtin_slots[];
extern const uint32_t dsc_lx_builtin_mask;

/* Words longer than this are never in a lexicon. */
#define DSC_LX_MAX_WORD 31

typedef struct dsc_lexicon dsc_lexicon;   /* NULL: the built-in words only */

/* The number of the word s[0..n) (ASCII case folded), or 0 when the
 * lexicon does not list it. Built-in words keep their LXW_ numbers in a
 * user's lexicon; words it adds come after them. */
uint32_t dsc_lex_find(const dsc_lexicon *lx, const char *s, size_t n);
/* The same, where s[0..avail) may be read (a word inside a text whose
 * bytes after it are there): a short word is read in one load. */
uint32_t dsc_lex_find_in(const dsc_lexicon *lx, const char *s, size_t n, size_t avail);
/* The 8 bytes of x with ASCII capitals lowercased (the hasbetween trick:
 * 0x80 in each byte from 'A' to 'Z', bytes above 0x7F left alone). */
static inline uint64_t dsc_lx_fold_chunk(uint64_t x) {
    const uint64_t ones = UINT64_C(0x0101010101010101), low = x & ones * 127;
    uint64_t upper = (ones * (127 + 'Z' + 1) - low) & (low + ones * (127 - ('A' - 1))) & ~x & ones * 128;
    return x | upper >> 2;
}

/* dsc_lex_find_in() of the built-in lexicon for a word of n bytes (1 to
 * 7) given as its folded chunk c (dsc_lx_fold_chunk of its bytes, the
 * first in the low byte, zeros above) and h, the chunk's hash
 * (dsc_lx_hash_chunks): a short word's chunk is its key. Inline for the
 * word pass (words.c), which looks up every word of a text: most are this
 * short, and the call and its tests for the general case cost a third of
 * the lookup. */
static inline uint32_t dsc_lex_find_hashed(uint64_t c, size_t n, uint32_t h) {
    uint64_t key = c | (uint64_t)n << 56, k;
    for (h &= dsc_lx_builtin_mask; (k = dsc_lx_builtin_slot_key[h]) != 0; h = (h + 1) & dsc_lx_builtin_mask)
        if (k == key) return dsc_lx_builtin_slots[h];
    return 0;
}

/* The cased classes of the exact spelling s[0..n) (none when the lexicon
 * does not list it so): "Dr" gives title, "dr" nothing. */
dsc_lx_cls dsc_lex_spelled(const dsc_lexicon *lx, const char *s, size_t n);
/* The same for the word numbered id (dsc_lex_find of s[0..n)), which the
 * caller has already looked up. */
dsc_lx_cls dsc_lex_spelled_at(const dsc_lexicon *lx, uint32_t id, const char *s, size_t n);
const dsc_lx_entry *dsc_lex_entry(const dsc_lexicon *lx, uint32_t id);
/* The entries, indexed by word number: entry id is dsc_lex_entries(lx)[id]
 * (valid until a word is added to lx), for a loop over many words. */
const dsc_lx_entry *dsc_lex_entries(const dsc_lexicon *lx);
size_t dsc_lex_size(const dsc_lexicon *lx);   /* words, entry 0 not counted */

/* The class named name[0..n), or -1; the cased class so named, or -1. */
int dsc_lex_class(const char *name, size_t n);
int dsc_lex_cased_class(const char *name, size_t n);

dsc_lexicon *dsc_lex_new(void);              /* the built-in words, to extend */
void dsc_lex_free(dsc_lexicon *lx);
/* Gives word the classes in spec ("report hedge"): each name adds its
 * class, "-name" removes it, "=" first clears the word's classes. A cased
 * class goes to the word as written ("Commissar title" makes "Commissar" a
 * title, not "commissar"); "=" clears that spelling's cased classes too.
 * Returns 0, or -1 with a message in err. */
int dsc_lex_set(dsc_lexicon *lx, const char *word, size_t wn, const char *spec, size_t sn,
                char *err, size_t errlen);
/* Gives word the label a class reports it as (the third column of the
 * built-in files: "sceptics" -> "skeptics"), replacing its own; an empty
 * label removes it. A label is text of at most DSC_LX_MAX_LABEL bytes,
 * UTF-8 with no control characters. Returns 0, or -1 with a message in err. */
#define DSC_LX_MAX_LABEL 64
int dsc_lex_set_label(dsc_lexicon *lx, const char *word, size_t wn, const char *label, size_t ln,
                      char *err, size_t errlen);
/* "word<TAB>spec[<TAB>label]" lines ('#' comments, blank lines skipped).
 * Returns the number of lines applied, or -1 with "line N: why" in err. */
int dsc_lex_load_tsv(dsc_lexicon *lx, const char *text, size_t n, char *err, size_t errlen);

#endif
