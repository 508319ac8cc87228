/*
 * names.c: names the dictionary does not know, typed from their context.
 *
 * A run of capitalised words (split at dictionary mentions and at titles)
 * becomes a name only with evidence:
 *   - a company suffix as its last word (Labs, Capital, University, ...);
 *   - a title before it ("analyst Jane Doe", "CEO Jane Doe", "Dr. Doe");
 *   - a verb of saying after it ("Jane Doe said") or before it ("said Jane Doe");
 *   - an apposition after it ("Jane Doe, a partner at X", "Jane Doe, who");
 *   - "at X" / "of X" after a title ("a partner at Foo", "CEO of Foo"): an org;
 *   - a byline ("By Jane Doe and John Roe").
 * Two or more words make a person, one word with an org cue an org. Once
 * found, every other occurrence counts, and a person's surname alone
 * ("Doe said") is a mention of them too, unless two people share it.
 */
#include "internal.h"
#include "lexicon.h"
#include "quantity_units.h"
#include <stdio.h>

/* ===================================================================== */
/* Word lists                                                             */
/* ===================================================================== */

/* The name finder's words are the lexicon's cased classes (data/lexicon/
 * names.tsv), matched as spelled: org-suffix (Labs, Capital, University),
 * place-suffix (District), title (CEO, Dr, analyst), org-noun (firm,
 * startup), product-noun (app, chatbot), group-at (researchers at X),
 * speaker-verb (thinks, estimated: beside the verbs of saying, the verbs
 * that reveal a speaker's name), not-name (capitalised words that are no name: The, However),
 * family-first (Liang, Zhang), family-three (Lee, Kim: first in a name of three words), legal-form (Inc, Holdings), credit-label
 * (Photo: ...), name-particle (van, de, al: "Marloes van Dijk") and
 * release-verb (released, launched: "launched Tanaga-2"), trade-suffix (Power,
 * Compute: an org-suffix in prose only), press-head (Post, Times: a
 * newspaper's name keeps its "The"). A user's lexicon
 * adds to them per dictionary. */
#define NAME_CLASSES (LXCM_ORG_SUFFIX | LXCM_PLACE_SUFFIX | LXCM_TITLE | LXCM_ORG_NOUN | LXCM_PRODUCT_NOUN | \
                      LXCM_GROUP_AT | LXCM_SPEAKER_VERB | LXCM_NOT_NAME | LXCM_FAMILY_FIRST | LXCM_FAMILY_THREE | \
                      LXCM_LEGAL_FORM | LXCM_BYLINE_VERB | LXCM_BYLINE_TOPIC | \
                      LXCM_CREDIT_LABEL | LXCM_NAME_PARTICLE | LXCM_RELEASE_VERB | LXCM_MODEL_TIER | LXCM_TRADE_SUFFIX | LXCM_PRESS_HEAD | NAME_GRAMMAR)
/* ... and the grammar words its cues read, as spelled: who, a, one, of, at,
 * by, per, according to, and, The (person-relative ... function-capital),
 * code name, codenamed (codename-head, -tail, -word). */
#define NAME_GRAMMAR (LXCM_PERSON_RELATIVE | LXCM_APPOSITION_DETERMINER | LXCM_PARTITIVE | LXCM_NAME_OF | \
                      LXCM_AFFILIATION_LINK | LXCM_AGENT_BY | LXCM_SOURCE_LEAD | LXCM_SOURCE_PHRASE | LXCM_SOURCE_TO | \
                      LXCM_CREDIT_PHRASE | LXCM_CREDIT_FROM | LXCM_GREETING_HEAD | LXCM_GREETING_MIDDLE | \
                      LXCM_GREETING_TAIL | LXCM_NAME_AND | LXCM_FUNCTION_CAPITAL | LXCM_DATA_AGENT | \
                      LXCM_SHORT_DROPS | LXCM_CODENAME_HEAD | LXCM_CODENAME_TAIL | LXCM_CODENAME_WORD)

/* Self-check for the tests: every class the finder reads has built-in
 * spellings (a class that lost its 'cased' mark would have none). */
static int has_spellings(uint64_t want) {
    uint64_t seen = 0;
    size_t i, k;
    for (i = 1; i <= dsc_lx_builtin_n; i++)
        for (k = 0; k < dsc_lx_builtin[i].n_spell; k++) seen |= dsc_lx_builtin[i].spell[k].cls.lo;
    return (seen & want) == want;
}

int dsc_names_lists_sorted(void) { return has_spellings(NAME_CLASSES & ~(uint64_t)LXCM_FAMILY_FIRST); }

int dsc_names_family_sorted(void) { return has_spellings(LXCM_FAMILY_FIRST); }

/* ===================================================================== */
/* Tokens                                                                 */
/* ===================================================================== */

typedef struct {
    uint32_t start, end;      /* the word, without a possessive 's */
    uint8_t cap;              /* starts with an ASCII capital */
    uint8_t matched;          /* inside a dictionary mention */
    uint8_t place;            /* ... of a place ("Chengdu") */
    uint8_t org;              /* ... of an org, not an outlet ("Meta") */
    uint8_t outlet;           /* ... of an outlet ("CNBC") */
    uint8_t person;           /* ... of a person */
    uint8_t thing;            /* ... of a model, product or chip ("Gemini") */
    uint8_t hyphen;           /* holds a hyphen ("al-Falih") */
    long entry;               /* the dictionary entry matched, or -1 */
    uint8_t comma_after;      /* a ',' right after it */
    uint8_t initial;          /* "F." */
    uint8_t lists_known;
    uint32_t word;            /* its lexicon entry (dsc_word.id), 0: none */
    uint64_t lists;           /* its cased classes (LXCM_*: tok_lists) */
} token;

/* Does a typographic apostrophe (U+2019) start at byte j? */
static int curly_apostrophe(const unsigned char *u, size_t j) {
    return u[j] == 0xE2 && u[j + 1] == 0x80 && u[j + 2] == 0x99;
}

/* The token of word w in a sentence ending at e (words.c: split and
 * looked up once for every stage), inside no mention. */
static void word_token(const char *t, size_t e, const dsc_word *w, token *tk) {
    const unsigned char *u = (const unsigned char *)t;
    size_t j = w->end + w->poss;
    tk->start = w->start; tk->end = w->end;
    tk->word = w->id;
    /* a capital of Latin-1 in UTF-8 opens a name too: "Élodie", "Øystein" */
    tk->cap = (uint8_t)(dsc_is_upper(t[w->start]) ||
                        (u[w->start] == 0xC3 && w->end > w->start + 1 && u[w->start + 1] >= 0x80 &&
                         u[w->start + 1] <= 0x9E && u[w->start + 1] != 0x97));
    tk->hyphen = w->hyphen;
    tk->initial = tk->comma_after = 0;
    if (j < e && t[j] != ' ') {                /* (most words are followed by a space: none of these) */
        tk->initial = (uint8_t)(j - w->start == 1 && tk->cap && t[j] == '.');
        if (tk->initial) j++;
        if (j + 3 < e && curly_apostrophe(u, j) && t[j + 3] == 's') j += 4;   /* "People’s," */
        tk->comma_after = (uint8_t)(j < e && t[j] == ',');
    }
    tk->matched = tk->place = tk->org = tk->outlet = tk->person = tk->thing = 0;
    tk->entry = -1;
    tk->lists_known = 0;
}

/* Marks token tk as inside the dictionary's match m, with the kind of
 * entry it names. */
static void mark_mention(const dsc_dict *d, const dsc_match *m, token *tk) {
    tk->matched = 1;
    if (m->entry >= 0) {
        dsc_entity_kind kd = dsc_dict_kind(d, (size_t)m->entry);
        tk->entry = m->entry;
        tk->place = (uint8_t)(kd == DSC_PLACE);
        tk->outlet = (uint8_t)dsc_dict_is_outlet(d, (size_t)m->entry);
        tk->org = (uint8_t)(kd == DSC_ORG && !tk->outlet);
        tk->person = (uint8_t)(kd == DSC_PERSON);
        tk->thing = (uint8_t)(kd == DSC_MODEL || kd == DSC_PRODUCT || kd == DSC_CHIP);
    }
}

static void mark_particle_word(const dsc_lexicon *lx, const char *t, token *tk);
static void mark_unit_word(const char *t, token *tk);

/* The tokens of a sentence ending at e, from its n words, in one pass:
 * each word's token, the mention it is in (*mi walks the matches), a
 * particle joined to a name ("al-Falih"), units joined by a hyphen
 * ("GPU-hour"), in that order for each token. The walk along the
 * matches is held in locals: a field written through a token pointer
 * would otherwise make the compiler read the matches' length, data and
 * *mi again for every word. */
static int tokenize(const dsc_dict *d, const dsc_lexicon *lx, const char *t, size_t e, const dsc_word *w,
                    size_t n, const dsc_vec *matches, size_t *mi, dsc_vec *out) {
    const dsc_match *m = matches->data;
    size_t i, k = *mi, nm = matches->len;
    uint32_t m_start = UINT32_MAX, m_end = UINT32_MAX;   /* match k's bytes; past the last, none a word reaches */
    token *toks;
    out->len = 0;
    while (out->cap < n)                        /* grow; tokens are written whole */
        if (!dsc_vec_push(out)) return -1;
    out->len = n;
    toks = out->data;
    if (k < nm) { m_start = m[k].start; m_end = m_start + m[k].len; }
    for (i = 0; i < n; i++) {
        token *tk = &toks[i];
        uint32_t start = w[i].start, end = w[i].end;
        word_token(t, e, &w[i], tk);
        while (m_end <= start) {
            if (++k < nm) { m_start = m[k].start; m_end = m_start + m[k].len; }
            else m_start = m_end = UINT32_MAX;
        }
        if (m_start < end) mark_mention(d, &m[k], tk);
        if (w[i].hyphen) {                      /* (both ask only of words with a hyphen) */
            mark_particle_word(lx, t, tk);
            mark_unit_word(t, tk);
        }
    }
    *mi = k;
    return 0;
}

static uint32_t bytes_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
    return h;
}

/* The name finder's classes (LXCM_*) of the bytes [s, s + n), as spelled.
 * A verb of saying (the class saying, which attribution reads: said,
 * told, insisted) written in lowercase is a speaker verb too, so a verb a
 * user adds to it serves both; speaker-verb holds only the verbs that
 * show a speaker without being verbs of saying (thinks, estimated). */
static uint64_t id_lists(const dsc_lexicon *lx, uint32_t id, const char *s, size_t n) {
    const dsc_lx_entry *e;
    uint64_t l = 0;
    size_t k;
    if (!id) return 0;
    /* dsc_lex_spelled_at(lx, id, s, n).lo, read here: only the low word of
     * the classes is wanted, and the entry once for both questions (a
     * capitalised word is asked once a sentence) */
    e = &dsc_lex_entries(lx)[id];
    for (k = 0; k < e->n_spell && e->len == n; k++) {
        const char *sp = e->spell[k].s;
        size_t b = 0;
        while (b < n && sp[b] == s[b]) b++;     /* a few bytes: no call to memcmp */
        if (b == n) l |= e->spell[k].cls.lo;
    }
    l &= NAME_CLASSES;
    if (dsc_is_lower(s[0]) && dsc_lx_has(e->cls, LX_SAYING)) l |= LXCM_SPEAKER_VERB;
    return l;
}

static uint64_t word_lists(const dsc_lexicon *lx, const char *s, size_t n) {
    return id_lists(lx, dsc_lex_find(lx, s, n), s, n);
}

/* A token's classes, looked up once and remembered in it: the run finder
 * and classify() ask about the same few tokens again and again. */
static uint64_t tok_lists(const dsc_lexicon *lx, const char *t, token *k) {
    if (!k->lists_known) {
        k->lists = id_lists(lx, k->word, t + k->start, k->end - k->start);
        k->lists_known = 1;
    }
    return k->lists;
}

/* Is token k a word of class L (an LXCM_* bit)? */
#define TOK_IN(lx, t, k, L) ((tok_lists((lx), (t), (k)) & (L)) != 0)
/* Are the n bytes at s a word of class L? */
#define WORD_IN(lx, L, s, n) ((word_lists((lx), (s), (n)) & (L)) != 0)

/* Is token k a word of the class k_cls that folds case (LX_*)? */
static int tok_has(const dsc_lexicon *lx, const char *t, const token *k, unsigned k_cls) {
    (void)t;
    return k->word && dsc_lx_has(dsc_lex_entry(lx, k->word)->cls, k_cls);
}

/* Do the tokens right before token a hold the phrase whose words are of
 * the classes c[0..n) (LXCM_*), in order: "according to" before a name. */
static int phrase_before(const dsc_lexicon *lx, const char *t, token *toks, size_t a, const uint64_t *c, size_t n) {
    size_t i;
    if (a < n) return 0;
    for (i = 0; i < n; i++)
        if (!TOK_IN(lx, t, &toks[a - n + i], c[i])) return 0;
    return 1;
}

/* Is token q the word after p, one space between them? */
static int next_to(const char *t, const token *p, const token *q) {
    return q->start == p->end + 1 && t[p->end] == ' ';
}

/* A title written with its period (Dr.) is one token plus '.'. */
static int is_title(const dsc_lexicon *lx, const char *t, token *k) {
    return TOK_IN(lx, t, k, LXCM_TITLE);
}

/* ===================================================================== */
/* Hash tables                                                            */
/* ===================================================================== */

/* A document may name thousands of people: every look-up of a name, a
 * surname or a person goes through a hash table, never along a list (a
 * list made 1.6 MB of "Analyst <First> <Last> said ..." quadratic).
 * Open addressing over the items' indices: a slot keeps the item's hash
 * and index + 1 (0: empty); the caller compares the keys, the table only
 * knows their hashes. */
typedef struct { uint32_t hash, item; } hslot;
typedef struct { hslot *s; size_t mask, count; } htab;

/* Is item the key the caller looks for? */
typedef int (*hkey_eq)(const void *ctx, size_t item);

static void ht_free(htab *h) { free(h->s); h->s = NULL; h->mask = h->count = 0; }

/* The item with this hash for which eq holds, or -1. */
static long ht_find(const htab *h, uint32_t hash, hkey_eq eq, const void *ctx) {
    size_t i;
    if (!h->s) return -1;
    for (i = hash & h->mask; h->s[i].item; i = (i + 1) & h->mask)
        if (h->s[i].hash == hash && eq(ctx, h->s[i].item - 1)) return (long)h->s[i].item - 1;
    return -1;
}

/* Adds an item the table does not hold; 0, or -1 when out of memory. */
static int ht_add(htab *h, uint32_t hash, size_t item) {
    size_t i;
    if ((h->count + 1) * 2 > h->mask + 1 || !h->s) {    /* at most half full */
        size_t cap = h->s ? (h->mask + 1) * 2 : 64, k;
        hslot *ns = calloc(cap, sizeof *ns);
        if (!ns) return -1;
        for (k = 0; h->s && k <= h->mask; k++) {
            if (!h->s[k].item) continue;
            for (i = h->s[k].hash & (cap - 1); ns[i].item; i = (i + 1) & (cap - 1)) {}
            ns[i] = h->s[k];
        }
        free(h->s);
        h->s = ns; h->mask = cap - 1;
    }
    for (i = hash & h->mask; h->s[i].item; i = (i + 1) & h->mask) {}
    h->s[i].hash = hash;
    h->s[i].item = (uint32_t)item + 1;
    h->count++;
    return 0;
}

/* The length of org name nm without the run of suffixes that ends it
 * ("Larchmont Capital Markets" -> "Larchmont", "Crescent Bay Research" ->
 * "Crescent Bay", "Lingjing AI" -> "Lingjing": class short-drops), 0 when it has none or what is left is short (under four
 * bytes) or a word that is no name. *one gets the length without the last
 * suffix only ("Larchmont Capital"), the same when there is one. */
static size_t org_short_len(const dsc_lexicon *lx, const char *nm, size_t *one) {
    size_t l = strlen(nm), w;
    *one = 0;
    for (;;) {
        for (w = l; w > 0 && nm[w - 1] != ' '; w--) {}
        if (w < 2 || !WORD_IN(lx, LXCM_ORG_SUFFIX | LXCM_SHORT_DROPS, nm + w, l - w)) break;
        l = w - 1;
        if (!*one) *one = l;
    }
    if (!*one || l < 4 || WORD_IN(lx, LXCM_NOT_NAME, nm, l)) return *one = 0;
    if (*one < 4 || WORD_IN(lx, LXCM_NOT_NAME, nm, *one)) *one = l;
    return l;
}

/* ===================================================================== */
/* Registry of names found                                                */
/* ===================================================================== */

typedef struct {
    dsc_vec *names;           /* dsc_local_name */
    dsc_arena *arena;
    const dsc_dict *d;
    const dsc_lexicon *lx;    /* the words the finder reads (names.tsv, the user's) */
    htab by_name;             /* names, by their bytes */
    size_t longest_person;    /* bytes of the longest person's name */
    dsc_vec person_lens;      /* uint8_t: [n] is set when a person's name has n bytes */
    /* "Gil Navarro" where the dictionary knows "Navarro" as Peter Navarro's
     * surname: that dictionary entry, and the local person who takes its
     * bare surname in this document */
    long taken_entry[8], taken_by[8];
    size_t n_taken;
    /* the orgs' names without their suffixes ("Dunmore" and "Dunmore
     * Capital" of "Dunmore Capital Markets"): short_ref items, by bytes */
    dsc_vec shorts;
    htab by_short;
} registry;

typedef struct { size_t name, len; } short_ref;

typedef struct { const dsc_vec *names; const char *s; size_t n; } name_key;

static int name_eq(const void *ctx, size_t item) {
    const name_key *k = ctx;
    const char *name = DSC_AT(*k->names, dsc_local_name, item).name;
    return strlen(name) == k->n && memcmp(name, k->s, k->n) == 0;
}

/* The registered name that is the bytes [s, s + n) (their hash h), or -1. */
static long find_name(const registry *r, const char *s, size_t n, uint32_t h) {
    name_key k;
    k.names = r->names; k.s = s; k.n = n;
    return ht_find(&r->by_name, h, name_eq, &k);
}

/* A person's name of n bytes is registered: person_named_before() looks
 * for names of that length. */
static int note_person(registry *r, size_t n) {
    while (r->person_lens.len <= n)
        if (!dsc_vec_push(&r->person_lens)) return -1;
    DSC_AT(r->person_lens, uint8_t, n) = 1;
    if (n > r->longest_person) r->longest_person = n;
    return 0;
}

typedef struct { const registry *r; const char *s; size_t n; } short_key;

static int short_eq(const void *ctx, size_t item) {
    const short_key *k = ctx;
    const short_ref *sr = &DSC_AT(k->r->shorts, short_ref, item);
    return sr->len == k->n && memcmp(DSC_AT(*k->r->names, dsc_local_name, sr->name).name, k->s, k->n) == 0;
}

/* The org registered before whose name without its suffixes is [s, s +
 * n) ("Dunmore Capital" after "Dunmore Capital Markets"), or -1. */
static long org_named_before(const registry *r, const char *s, size_t n) {
    short_key k;
    long item;
    k.r = r; k.s = s; k.n = n;
    item = ht_find(&r->by_short, bytes_hash(s, n), short_eq, &k);
    return item < 0 ? -1 : (long)DSC_AT(r->shorts, short_ref, (size_t)item).name;
}

/* Files the short forms of org name i (0, or -1 when out of memory). */
static int note_org(registry *r, size_t i) {
    const char *nm = DSC_AT(*r->names, dsc_local_name, i).name;
    size_t one, l = org_short_len(r->lx, nm, &one), k, lens[2];
    lens[0] = l; lens[1] = one;
    for (k = 0; k < 2 && l; k++) {
        short_ref *sr;
        if (k == 1 && one == l) break;
        if (org_named_before(r, nm, lens[k]) >= 0) continue;        /* the first org keeps it */
        if (!(sr = dsc_vec_push(&r->shorts))) return -1;
        sr->name = i; sr->len = lens[k];
        if (ht_add(&r->by_short, bytes_hash(nm, lens[k]), r->shorts.len - 1) < 0) { r->shorts.len--; return -1; }
    }
    return 0;
}

/* The index of the name [s, s + n), registered with kind if new (a name
 * keeps the kind it was first found with); -2 when out of memory. */
static long register_name(registry *r, const char *s, size_t n, dsc_entity_kind kind) {
    uint32_t h = bytes_hash(s, n);
    long found = find_name(r, s, n, h);
    dsc_local_name *ln;
    if (found >= 0) return found;
    if (kind == DSC_ORG && (found = org_named_before(r, s, n)) >= 0) return found;
    ln = dsc_vec_push(r->names);
    if (!ln) return -2;
    ln->name = dsc_arena_strndup(r->arena, s, n);
    if (!ln->name || ht_add(&r->by_name, h, r->names->len - 1) < 0 ||
        (kind == DSC_PERSON && note_person(r, n) < 0)) {
        r->names->len--;
        return -2;
    }
    ln->kind = kind;
    if (kind == DSC_ORG && note_org(r, r->names->len - 1) < 0) return -2;
    return (long)(r->names->len - 1);
}

/* Registers the names already in the list (from an earlier call). */
static int registry_init(registry *r, dsc_vec *names, dsc_arena *arena, const dsc_dict *d) {
    size_t i;
    memset(r, 0, sizeof *r);
    r->names = names; r->arena = arena; r->d = d;
    r->lx = dsc_dict_lexicon(d);
    r->person_lens.elem = 1;
    r->shorts.elem = sizeof(short_ref);
    for (i = 0; i < names->len; i++) {
        const dsc_local_name *ln = &DSC_AT(*names, dsc_local_name, i);
        size_t n = strlen(ln->name);
        if (find_name(r, ln->name, n, bytes_hash(ln->name, n)) >= 0) continue;
        if (ht_add(&r->by_name, bytes_hash(ln->name, n), i) < 0) return -1;
        if (ln->kind == DSC_PERSON && note_person(r, n) < 0) return -1;
        if (ln->kind == DSC_ORG && note_org(r, i) < 0) return -1;
    }
    return 0;
}

static void registry_free(registry *r) {
    ht_free(&r->by_name);
    ht_free(&r->by_short);
    dsc_vec_free(&r->person_lens);
    dsc_vec_free(&r->shorts);
}

/* ===================================================================== */
/* Candidate runs                                                         */
/* ===================================================================== */

/* "'s " (or "’s ") between two words. */
static int possessive_gap(const char *t, uint32_t end, uint32_t next) {
    if (next == end + 3 && t[end] == '\'' && t[end + 1] == 's' && t[end + 2] == ' ') return 1;
    return next == end + 5 && (unsigned char)t[end] == 0xE2 && (unsigned char)t[end + 1] == 0x80 &&
           (unsigned char)t[end + 2] == 0x99 && t[end + 3] == 's' && t[end + 4] == ' ';
}

/* Does the text at `at` start with the name of a person found so far, one
 * that ends by `limit`? Each length a person's name has is looked up, its
 * hash grown a byte at a time: the bytes read are at most the longest
 * such name, however many names there are. */
static int person_at(const registry *r, const char *t, size_t at, size_t limit) {
    const uint8_t *lens = r->person_lens.data;
    size_t n, most = limit - at < r->longest_person ? limit - at : r->longest_person;
    uint32_t h = 2166136261u;                      /* bytes_hash(), as it goes */
    for (n = 1; n <= most; n++) {
        long i;
        h ^= (unsigned char)t[at + n - 1];
        h *= 16777619u;
        if (!lens[n]) continue;
        i = find_name(r, t + at, n, h);
        if (i >= 0 && DSC_AT(*r->names, dsc_local_name, (size_t)i).kind == DSC_PERSON) return 1;
    }
    return 0;
}

/* Was a person named (found in this document so far) in the sentence
 * before token a? */
static int person_named_before(const registry *r, const char *t, const token *toks, size_t a) {
    size_t k;
    for (k = a; k-- > 0 && a - k < 15;) {
        if (toks[k].person) return 1;
        if (person_at(r, t, toks[k].start, toks[a].start)) return 1;
    }
    return 0;
}

/* Rule source-surname: is w[0..n) the last word of a person's name found
 * so far in the document? "according to Solberg" after "said Ingrid
 * Solberg" is that person by the surname, no org the source phrase
 * makes of one word. Read only for a source's one word: rare. */
static int surname_of_person(const registry *r, const char *w, size_t n) {
    size_t i;
    for (i = 0; i < r->names->len; i++) {
        const dsc_local_name *ln = &DSC_AT(*r->names, dsc_local_name, i);
        size_t len = strlen(ln->name);
        if (ln->kind == DSC_PERSON && len > n + 1 && ln->name[len - n - 1] == ' ' &&
            memcmp(ln->name + len - n, w, n) == 0)
            return 1;
    }
    return 0;
}

/* Are the words toks[a..b) all legal-form words ("Financial Group Inc")?
 * After a known org they spell its legal name, not a new org. */
static int all_legal(const dsc_lexicon *lx, const char *t, token *toks, size_t a, size_t b) {
    size_t k;
    for (k = a; k < b; k++)
        if (!TOK_IN(lx, t, &toks[k], LXCM_LEGAL_FORM)) return 0;
    return 1;
}

/* Is token k a person's age: a whole number from 12 to 119? */
static int is_age(const char *t, const token *k) {
    size_t n = k->end - k->start, i;
    int v = 0;
    if (n < 2 || n > 3) return 0;
    for (i = 0; i < n; i++) {
        if (!dsc_is_digit(t[k->start + i])) return 0;
        v = v * 10 + (t[k->start + i] - '0');
    }
    return v >= 12 && v < 120;
}

/* Is token k a name particle written with a capital ("Van", "De")? */
static int capital_particle(const dsc_lexicon *lx, const char *t, const token *k) {
    char w[8];
    size_t n = k->end - k->start;
    if (n >= sizeof w || !k->cap) return 0;
    memcpy(w, t + k->start, n);
    w[0] = (char)(w[0] - 'A' + 'a');
    return WORD_IN(lx, LXCM_NAME_PARTICLE, w, n);
}

/* The token after a parenthesis that opens right after token b - 1 and
 * closes within 15 words ("Jane Doe (Foo Labs): said": "said"), or nt. */
static size_t after_aside(const char *t, const token *toks, size_t nt, size_t b) {
    size_t k;
    if (!memchr(t + toks[b - 1].end, '(', toks[b].start - toks[b - 1].end)) return nt;
    for (k = b; k + 1 < nt && k < b + 15; k++)
        if (memchr(t + toks[k].end, ')', toks[k + 1].start - toks[k].end)) return k + 1;
    return nt;
}

/* The cues after the capitalised run toks[a..b) (b < nt): a speaker verb,
 * ", who", an age, an apposition with a title or an org noun. */
/* "Harriet Osei reports from Beijing", "Megan Liao reports on technology
 * companies from Taipei": a verb of class byline-verb at token v, then
 * "from" and a capitalised word, straight or after a beat that opens with
 * a byline-topic word and has only lowercase words ("Orvel Systems
 * reports revenue from Japan" is no byline). */
static int byline_after(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t v) {
    size_t k = v + 1;
    if (!(v < nt && TOK_IN(lx, t, &toks[v], LXCM_BYLINE_VERB))) return 0;
    if (k < nt && TOK_IN(lx, t, &toks[k], LXCM_BYLINE_TOPIC))
        for (k++; k < nt && k <= v + 7 && !toks[k].cap && !TOK_IN(lx, t, &toks[k], LXCM_CREDIT_FROM); k++) {}
    return k + 1 < nt && TOK_IN(lx, t, &toks[k], LXCM_CREDIT_FROM) && toks[k + 1].cap;
}

/* "Jane Doe of Foo Securities estimated that ...", "Jo Park, at Foo
 * Capital, said": after the run, a preposition of class affiliation-link,
 * one to five capitalised words (an org, in commas or not) and a speaker
 * verb: the run is the person who speaks for that org. */
static int affiliated_speaker(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t b) {
    size_t k;
    if (b + 2 >= nt || !TOK_IN(lx, t, &toks[b], LXCM_AFFILIATION_LINK) || toks[b].comma_after) return 0;
    for (k = b + 1; k < nt && k <= b + 5 && toks[k].cap; k++)
        if (toks[k].comma_after) { k++; break; }
    /* commas around the org, or none ("Jo Park, at Foo Capital said" is no aside) */
    return k > b + 1 && k < nt && !toks[k].cap && TOK_IN(lx, t, &toks[k], LXCM_SPEAKER_VERB) &&
           !toks[k - 1].comma_after == !toks[b - 1].comma_after;
}

static void cues_after(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t b, int *person,
                       int *org, int *product, int *model) {
    token *last = &toks[b - 1];
    size_t k;
    token *n = &toks[b];
    size_t v = after_aside(t, toks, nt, b);
    /* "the analytics firm Foo said": the noun before outranks the verb after */
    if (TOK_IN(lx, t, n, LXCM_SPEAKER_VERB) && !last->comma_after && !*org && !*product) *person = 1;
    if (!last->comma_after && byline_after(lx, t, toks, nt, b)) *person = 1;      /* a byline */
    /* "Dana Whitcombe (ex-Microsoft, now at Corvid Labs): said by phone" */
    if (v < nt && TOK_IN(lx, t, &toks[v], LXCM_SPEAKER_VERB) && !*org && !*product)
        *person = 1;
    if (last->comma_after && (TOK_IN(lx, t, n, LXCM_PERSON_RELATIVE) || is_title(lx, t, n) ||
                              (b + 1 < nt && is_title(lx, t, &toks[b + 1]))))   /* ", IP lawyer at" */
        *person = 1;
    /* "Kevin Lau, 34, and ...": an age in commas after a name */
    if (last->comma_after && n->comma_after && is_age(t, n)) *person = 1;
    /* ", one of three researchers who joined": people of a trade */
    if (last->comma_after && TOK_IN(lx, t, n, LXCM_PARTITIVE) && b + 3 < nt && TOK_IN(lx, t, &toks[b + 1], LXCM_NAME_OF))
        for (k = b + 2; k < nt && k <= b + 4; k++)
            if (TOK_IN(lx, t, &toks[k], LXCM_GROUP_AT)) { *person = 1; break; }
    /* ", a partner at", ", the lab's founder": an apposition with a
     * title in it (", a set of real GitHub issues" has none) */
    if (last->comma_after && TOK_IN(lx, t, n, LXCM_APPOSITION_DETERMINER))
        for (k = b + 1; k < nt && k <= b + 5; k++) {
            if (is_title(lx, t, &toks[k])) { *person = 1; break; }
            if (toks[k].comma_after) break;
        }
    /* ", a Malaysian data-centre operator", ", a publication owned by":
     * the apposition's head is an organisation (a title first: a person) */
    if (last->comma_after && TOK_IN(lx, t, n, LXCM_APPOSITION_DETERMINER))
        for (k = b + 1; k < nt && k <= b + 4; k++) {
            if (is_title(lx, t, &toks[k]) || tok_has(lx, t, &toks[k], LX_CLAUSE_OPENER))   /* who, which */
                break;
            /* "a fund manager": the head is the last noun, a person */
            if (k + 1 < nt && is_title(lx, t, &toks[k + 1]) && !toks[k].comma_after) continue;
            if (TOK_IN(lx, t, &toks[k], LXCM_ORG_NOUN)) { *org = 1; *person = 0; break; }
            if (TOK_IN(lx, t, &toks[k], LXCM_PRODUCT_NOUN)) { *product = 1; *person = 0; break; }
            /* ", a Mixture-of-Experts (MoE) model": a model, unless the noun
             * modifies an org's ("a model maker") */
            if (tok_has(lx, t, &toks[k], LX_MODEL_NOUN) && !toks[k].cap &&
                !(k + 1 < nt && TOK_IN(lx, t, &toks[k + 1], LXCM_ORG_NOUN | LXCM_PRODUCT_NOUN))) {
                *model = 1; *person = 0; break;
            }
            if (toks[k].comma_after) break;
        }
}

/* A photographer's credit: "Dirk Vandamme/AFP via Getty Images", "| Wen-Li
 * Tsao | Bloomberg | Getty Images": the name [a, b) and, after a slash or
 * (with a bar before the name too) a bar, an outlet or an org. */
static int credit_before_agency(const char *t, const token *toks, size_t a, size_t b) {
    size_t e = toks[b - 1].end, s = toks[b].start, p;
    if (!(toks[b].outlet || toks[b].org)) return 0;
    if (s == e + 1 && t[e] == '/') return 1;
    if (!(s == e + 3 && memcmp(t + e, " | ", 3) == 0)) return 0;
    p = toks[a].start;
    return p >= 2 && memcmp(t + p - 2, "| ", 2) == 0;
}

/* Does only emphasis ('*', '_') stand between byte i and its line's start? */
static int opens_line(const char *t, size_t i) {
    while (i > 0 && (t[i - 1] == '*' || t[i - 1] == '_')) i--;
    return i == 0 || t[i - 1] == '\n';
}

/* "Lim Boon Keat", "Nguyen Van An", "Lee Jae Yong": a family name written
 * first (class family-first or family-three) and two short given names,
 * each a capital and at most four lowercase letters, no word that is no
 * name ("Tan Ai Ling", not "Wang AI Lab"). */
static int family_first_three(const dsc_lexicon *lx, const char *t, token *toks, size_t a) {
    size_t k, i;
    if (!TOK_IN(lx, t, &toks[a], LXCM_FAMILY_FIRST | LXCM_FAMILY_THREE)) return 0;
    for (k = a + 1; k < a + 3; k++) {
        if (toks[k].matched || toks[k].end - toks[k].start > 5 || TOK_IN(lx, t, &toks[k], LXCM_NOT_NAME)) return 0;
        for (i = toks[k].start + 1; i < toks[k].end; i++)
            if (t[i] < 'a' || t[i] > 'z') return 0;
    }
    return 1;
}

/* Does the run toks[a..b) hold a digit or a hyphen ("Orca-9", "Brell 4"),
 * as a model's name does and a word of prose seldom? */
static int model_like(const char *t, const token *toks, size_t a, size_t b) {
    size_t i;
    for (i = toks[a].start; i < toks[b - 1].end; i++)
        if (dsc_is_digit(t[i]) || t[i] == '-') return 1;
    return 0;
}

/* Is the run toks[a..b) named as a model put out ("released Orvel-2",
 * "launched Tanaga 3")? A verb of class release-verb right before it, a
 * digit or a hyphen in it, and more than a letter and digits ("released
 * Q3 results" names a period), nor a date ("released Aug 21"). */
static int released_model(const dsc_lexicon *lx, const char *t, token *toks, size_t a, size_t b) {
    size_t i, letters = 0;
    if (a == 0 || !next_to(t, &toks[a - 1], &toks[a]) || !TOK_IN(lx, t, &toks[a - 1], LXCM_RELEASE_VERB) ||
        !model_like(t, toks, a, b) || tok_has(lx, t, &toks[a], LX_MONTH) || tok_has(lx, t, &toks[a], LX_WEEKDAY))
        return 0;
    for (i = toks[a].start; i < toks[b - 1].end; i++) letters += dsc_is_alpha(t[i]);
    return letters > 1;
}

/* Is token k an acronym of capital letters ("AI", "EU"), no title
 * ("CEO")? */
static int acronym(const dsc_lexicon *lx, const char *t, token *k) {
    size_t i;
    if (k->end - k->start < 2 || is_title(lx, t, k)) return 0;
    for (i = k->start; i < k->end; i++) if (!dsc_is_upper(t[i])) return 0;
    return 1;
}

/* Is there a title among the four words before token a, within its noun
 * group (no comma, no capitalised word between)? */
static int title_before(const dsc_lexicon *lx, const char *t, token *toks, size_t a) {
    size_t k;
    for (k = a; k-- > 0 && a - k <= 4;) {
        if (is_title(lx, t, &toks[k])) return 1;
        if (toks[k].cap || (k > 0 && toks[k - 1].comma_after)) return 0;
    }
    return 0;
}

static int org_run_ends(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t j);

/* Is token k the article "The" (first 'T') or "the" ('t')? */
static int is_the(const char *t, const token *k, char first) {
    return k->end - k->start == 3 && t[k->start] == first && memcmp(t + k->start + 1, "he", 2) == 0;
}

/* Rule outlet-the: a newspaper's or newsletter's name (its last word of
 * class press-head: Post, Times, Brief) keeps the "The" before it, as the
 * dictionary writes The Wall Street Journal and The Information: "The
 * Meridian Post" is one org, and "the Meridian Post" inside a sentence
 * is registered under that name ("Meridian Post" is its other form, in
 * add_new_names). The run is [s, e) without the article. */
static int register_outlet_the(registry *r, const char *t, size_t s, size_t e) {
    char buf[128];
    if (e - s + 4 >= sizeof buf) return 0;
    memcpy(buf, "The ", 4);
    memcpy(buf + 4, t + s, e - s);
    return register_name(r, buf, e - s + 4, DSC_ORG) < -1 ? -1 : 0;
}

/* Rule org-after-the: "the Central Statistics Office", "the National
 * Grid Authority": after "the", inside a sentence, a capitalised word
 * that is no name alone (not-name: Central, National, Federal) is part
 * of the org's name an org suffix closes, as the article opens the
 * name's noun group; a function word (The, In: function-capital) is not. */
static int the_opens_org(const dsc_lexicon *lx, const char *t, token *toks, size_t a, token *last) {
    const token *p;
    if (a == 0) return 0;
    p = &toks[a - 1];
    return p->end - p->start == 3 && memcmp(t + p->start, "the", 3) == 0 && next_to(t, p, &toks[a]) &&
           TOK_IN(lx, t, last, LXCM_ORG_SUFFIX) && !TOK_IN(lx, t, &toks[a], LXCM_FUNCTION_CAPITAL);
}

/* The cues of the word before the capitalised run toks[a..b) (a > 0):
 * a title or a speaker's verb before a person ("said Jane Doe"), "at" or
 * "of" after a title before an org, a source's, credit's or greeting's
 * phrase, the noun of an apposition ("the chatbot Doubao"), a code name. */
static void cues_before(registry *r, const char *t, token *toks, size_t nt, size_t a, size_t b, int *person_cue,
                        int *org_cue, int *product_cue) {
    static const uint64_t according[] = {LXCM_SOURCE_PHRASE, LXCM_SOURCE_TO},      /* according to */
        credit[] = {LXCM_CREDIT_PHRASE, LXCM_CREDIT_FROM},                          /* assistance from */
        greeting[] = {LXCM_GREETING_HEAD, LXCM_GREETING_MIDDLE, LXCM_GREETING_TAIL}, /* Welcome back to */
        codename[] = {LXCM_CODENAME_HEAD, LXCM_CODENAME_TAIL};                      /* code name */
    const dsc_lexicon *lx = r->lx;
    const token *last = &toks[b - 1];
    size_t words = b - a;
    token *p = &toks[a - 1];
    if (is_title(lx, t, p)) *person_cue = 1;
    if (TOK_IN(lx, t, p, LXCM_SPEAKER_VERB) && !p->comma_after) *person_cue = 1;   /* said Jane Doe */
    if (TOK_IN(lx, t, p, LXCM_AFFILIATION_LINK) && a >= 2 &&
        (is_title(lx, t, &toks[a - 2]) || TOK_IN(lx, t, &toks[a - 2], LXCM_GROUP_AT)))
        *org_cue = 1;                      /* analyst at Foo, CEO of Foo, researchers at Foo */
    /* "Reporting by Jane Doe", "was led by Jo Park": a person; but
     * "compiled by Visible Alpha", "tracked by Sensor Tower": who
     * gathers figures is a firm */
    if (TOK_IN(lx, t, p, LXCM_AGENT_BY) && a >= 2 && TOK_IN(lx, t, &toks[a - 2], LXCM_DATA_AGENT)) *org_cue = 1;
    else if (TOK_IN(lx, t, p, LXCM_AGENT_BY)) *person_cue = *person_cue || words >= 2;
    /* "according to AppGrowing", "per Sensor Tower", "citing Aicpb":
     * a source; one word or a company suffix makes it an org */
    if (phrase_before(lx, t, toks, a, according, 2) || TOK_IN(lx, t, p, LXCM_SOURCE_LEAD)) {
        if (words == 1 && !*person_cue && !surname_of_person(r, t + toks[a].start, toks[a].end - toks[a].start))
            *org_cue = 1;
        /* "according to Jo Park of the brokerage Foo Securities" */
        if (words == 2 && b < nt && TOK_IN(lx, t, &toks[b], LXCM_NAME_OF)) *person_cue = 1;
    }
    /* "the bloc's lead negotiator on the act, Jo Park, said": a name in
     * commas after a title's noun group */
    if (p->comma_after && last->comma_after && !p->cap && words >= 2 && words <= 3 && title_before(lx, t, toks, a))
        *person_cue = 1;
    /* "the analytics firm Tollgate Data", "the chatbot Doubao", "its
     * chatbot, Tingyu, has": the noun right before the name or its
     * apposition (not '... growth company," Yao said') */
    if (!*person_cue && words <= 3 &&
        (next_to(t, p, &toks[a]) || (p->comma_after && last->comma_after && toks[a].start == p->end + 2))) {
        if (TOK_IN(lx, t, p, LXCM_ORG_NOUN)) *org_cue = 1;
        if (TOK_IN(lx, t, p, LXCM_PRODUCT_NOUN)) *product_cue = 1;
    }
    /* rule code-name: "tested under the code name Falconer", "a model
     * codenamed Falconer": a project's name, a product's (ANNOTATION.md
     * counts named projects as products) */
    if (!*person_cue && !*org_cue && words <= 3 && next_to(t, p, &toks[a]) &&
        (phrase_before(lx, t, toks, a, codename, 2) || TOK_IN(lx, t, p, LXCM_CODENAME_WORD)))
        *product_cue = 1;
    /* "With assistance from Yuki Hamada", "Reporting by Jane Doe" */
    if (phrase_before(lx, t, toks, a, credit, 2)) *person_cue = words >= 2;
    /* "CNBC's Owen Tallis contributed", "Photo: Carlos Mendes/Bloomberg" */
    if (p->outlet && possessive_gap(t, p->end, toks[a].start)) *person_cue = words >= 2;
    /* "Photo: Jo Park", "(AP Photo/Mark Dunleavy)" */
    if (TOK_IN(lx, t, p, LXCM_CREDIT_LABEL) && ((toks[a].start == p->end + 2 && t[p->end] == ':') ||
                                               (toks[a].start == p->end + 1 && t[p->end] == '/')))
        *person_cue = words >= 2;
    /* "Welcome back to Load Factor", "Thanks for reading Load Factor" */
    if (phrase_before(lx, t, toks, a, greeting, 3) && words <= 3) *org_cue = 1;
    /* "hired Jack Rae, who ..., and Pei Sun": the last of a list of people */
    if (TOK_IN(lx, t, p, LXCM_NAME_AND) && words == 2 && !*person_cue && !*org_cue && person_named_before(r, t, toks, a))
        *person_cue = 1;
}

/* Classifies the capitalised run toks[a..b) and registers it. */
static int classify(registry *r, const char *t, token *toks, size_t nt, size_t a, size_t b,
                    int byline) {
    size_t k, words = b - a;
    token *last = &toks[b - 1];
    int person_cue = byline, org_cue = 0, product_cue = 0, model_cue = 0;
    const dsc_lexicon *lx = r->lx;
    long id;
    /* "Enjoying The Compute Brief?": a capitalised word before "The" and a
     * newspaper's name opens no part of it */
    if (b - a >= 4 && is_the(t, &toks[a + 1], 'T') && TOK_IN(lx, t, last, LXCM_PRESS_HEAD)) a++;
    if (b - a >= 3 && is_the(t, &toks[a], 'T') && TOK_IN(lx, t, last, LXCM_PRESS_HEAD)) {   /* outlet-the */
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_ORG);
        return id < -1 ? -1 : 0;
    }
    if (b - a >= 2 && a > 0 && is_the(t, &toks[a - 1], 't') && next_to(t, &toks[a - 1], &toks[a]) &&
        TOK_IN(lx, t, last, LXCM_PRESS_HEAD))
        return register_outlet_the(r, t, toks[a].start, last->end);
    /* drop leading words that are not names (The, In, ...), but an
     * acronym opening an org's name ("AI Office", "AI Safety Institute"),
     * and an adjective after "the" (rule org-after-the) */
    while (a < b && TOK_IN(lx, t, &toks[a], LXCM_NOT_NAME) && !TOK_IN(lx, t, &toks[a], LXCM_ORG_SUFFIX) &&
           !(b - a >= 2 && acronym(lx, t, &toks[a]) && TOK_IN(lx, t, last, LXCM_ORG_SUFFIX)) &&
           !(b - a >= 2 && the_opens_org(lx, t, toks, a, last)))
        a++;
    if (a >= b) return 0;
    words = b - a;
    /* a district or county: "Longgang District" */
    if (words >= 2 && TOK_IN(lx, t, last, LXCM_PLACE_SUFFIX)) {
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_PLACE);
        return id < -1 ? -1 : 0;
    }
    /* org: a company suffix closes the run, whatever else the context says */
    if (words >= 2 && TOK_IN(lx, t, last, LXCM_ORG_SUFFIX)) {
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_ORG);
        return id < -1 ? -1 : 0;
    }
    /* org: a word that heads a body's name and is none alone (org-suffix
     * and not-name: Ministry, Department, Bureau) opens it, "of" and
     * capitalised words follow ("Ministry of Foreign Affairs", "Department
     * of Fisheries and Oceans"): one org, not a person "of Foreign
     * Affairs"; "the Management of Generative AI Services" is none */
    if (words >= 3 && TOK_IN(lx, t, &toks[a], LXCM_ORG_SUFFIX) && TOK_IN(lx, t, &toks[a], LXCM_NOT_NAME) &&
        TOK_IN(lx, t, &toks[a + 1], LXCM_NAME_OF) && toks[a + 2].cap) {
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_ORG);
        return id < -1 ? -1 : 0;
    }
    if (a > 0) cues_before(r, t, toks, nt, a, b, &person_cue, &org_cue, &product_cue);
    /* "Tao Ruolan keeps a whiteboard": a family name written first (class
     * family-first) and one more capitalised word name a person, whatever
     * the verb (an org's suffix was read above) */
    if (words == 2 && !org_cue && !product_cue && TOK_IN(lx, t, &toks[a], LXCM_FAMILY_FIRST) &&
        !TOK_IN(lx, t, last, LXCM_NOT_NAME) && !model_like(t, toks, a, b))
        person_cue = 1;
    if (words == 3 && !org_cue && !product_cue && family_first_three(lx, t, toks, a)) person_cue = 1;
    /* "Satoshi Nakagawa of Mizuki Securities noted ...", "Jo Park of Foo
     * Capital asked": two or three words, "of" and an org (a company
     * suffix closes it, or the dictionary's) name a person and where they
     * work; the words of a body's own name were read above ("Ministry of
     * ...", "Reserve Bank of India") */
    if (words >= 2 && words <= 3 && !org_cue && !product_cue && b + 1 < nt && next_to(t, last, &toks[b]) &&
        !last->comma_after && TOK_IN(lx, t, &toks[b], LXCM_NAME_OF) && next_to(t, &toks[b], &toks[b + 1]) &&
        (toks[b + 1].org || org_run_ends(lx, t, toks, nt, b + 1)) && !model_like(t, toks, a, b))
        person_cue = 1;
    /* "Separately, the firm said": an adverb opening the sentence */
    if (words == 1 && a == 0 && toks[a].end - toks[a].start > 4 && t[toks[a].end - 1] == 'y' &&
        t[toks[a].end - 2] == 'l')
        return 0;
    if (b < nt) cues_after(lx, t, toks, nt, b, &person_cue, &org_cue, &product_cue, &model_cue);
    if (b < nt && words >= 2 && words <= 3 && !org_cue && !product_cue && affiliated_speaker(lx, t, toks, nt, b))
        person_cue = 1;
    if (b < nt && words >= 2 && words <= 3 && credit_before_agency(t, toks, a, b)) person_cue = 1;
    /* "**Luca Ferrante** | Brussels": a name opening its line, a bar and a
     * place is a byline with its dateline */
    if (b < nt && words >= 2 && words <= 3 && toks[b].place && memchr(t + last->end, '|', toks[b].start - last->end) &&
        opens_line(t, toks[a].start))
        person_cue = 1;
    if (!person_cue && !org_cue && !product_cue && released_model(lx, t, toks, a, b)) model_cue = 1;
    if ((org_cue || product_cue || model_cue) && words <= 3 && !person_cue) {
        /* no word that is no name, but an acronym closing it ("her
         * startup, Lingjing AI,", "the lab Zhipu AI") */
        for (k = a; k < b; k++)
            if (TOK_IN(lx, t, &toks[k], LXCM_NOT_NAME) && !(k + 1 == b && k > a && acronym(lx, t, &toks[k]))) return 0;
        id = register_name(r, t + toks[a].start, last->end - toks[a].start,
                           org_cue ? DSC_ORG : product_cue ? DSC_PRODUCT : DSC_MODEL);
        return id < -1 ? -1 : 0;
    }
    if (person_cue && words >= 2) {
        /* "Van Dijk said", "Later van Dijk said": a surname opening with
         * a particle names someone named in full before */
        if (capital_particle(lx, t, &toks[a]) || TOK_IN(lx, t, &toks[a], LXCM_NAME_PARTICLE)) return 0;
        /* "Chief Financial Officer Anat Ashkenazi": the words of the title
         * are not the name; the name is what follows them */
        size_t s0 = b;
        while (s0 > a && !TOK_IN(lx, t, &toks[s0 - 1], LXCM_NOT_NAME) && !TOK_IN(lx, t, &toks[s0 - 1], LXCM_ORG_SUFFIX) &&
               !is_title(lx, t, &toks[s0 - 1]))
            s0--;
        if (s0 > a && b - s0 >= 2 && b - s0 <= 4) a = s0;
        else if (s0 > a || words > 4) return 0;
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_PERSON);
        return id < -1 ? -1 : 0;
    }
    if (org_cue && words <= 3) {
        id = register_name(r, t + toks[a].start, last->end - toks[a].start, DSC_ORG);
        return id < -1 ? -1 : 0;
    }
    return 0;
}

/* Is token k a dictionary mention of one word that opens its capitalised
 * run ("Gemini", not the "H20" of "Nvidia H20")? */
static int alone_in_match(const dsc_lexicon *lx, const char *t, token *toks, size_t k) {
    return toks[k].matched && toks[k].entry >= 0 &&
           !(k > 0 && toks[k - 1].cap && toks[k].start == toks[k - 1].end + 1 &&
             !TOK_IN(lx, t, &toks[k - 1], LXCM_NOT_NAME));
}

/* Does the capitalised run that goes on at token j (words joined by
 * spaces) end with an org suffix within four words? */
static int org_run_ends(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t j) {
    size_t k;
    for (k = j; k < nt && k < j + 4 && toks[k].cap && !toks[k].matched; k++) {
        if (TOK_IN(lx, t, &toks[k], LXCM_ORG_SUFFIX)) return 1;
        if (k + 1 < nt && toks[k + 1].start != toks[k].end + 1) return 0;
    }
    return 0;
}

/* Rule org-and-org: do the capitalised words a..j, two or more, already
 * make an org's name, their last word one that closes it ("Harlow
 * Ventures")? Then an "and" after them lists a second org ("Harlow
 * Ventures and Tessel Capital": two firms), where one word before "and"
 * ("Government Services and Data Administration") is a part of one
 * body's name. */
static int org_closed(const dsc_lexicon *lx, const char *t, token *toks, size_t a, size_t j) {
    return j >= a + 2 && TOK_IN(lx, t, &toks[j - 1], LXCM_ORG_SUFFIX) && !TOK_IN(lx, t, &toks[a], LXCM_NOT_NAME);
}

/* "van", "von der" at token j, then the capitalised rest of a person's
 * name ("Marloes van Dijk", "Ursula von der Leyen"): the token after the
 * particles, or j when there are none or no name follows them. */
static size_t particles_end(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t j) {
    size_t k = j;
    while (k + 1 < nt && !toks[k].cap && TOK_IN(lx, t, &toks[k], LXCM_NAME_PARTICLE) && next_to(t, &toks[k], &toks[k + 1]))
        k++;
    return k > j && toks[k].cap && !toks[k].matched && !is_title(lx, t, &toks[k]) ? k : j;
}

/* "al-Falih", "bin-Salman": a particle joined to a capitalised family name
 * is a word of a name, as if capitalised. */
static void mark_particle_word(const dsc_lexicon *lx, const char *t, token *tk) {
    const char *w = t + tk->start, *h;
    if (tk->cap || !tk->hyphen || !(h = memchr(w, '-', tk->end - tk->start)) || !dsc_is_upper(h[1])) return;
    if (WORD_IN(lx, LXCM_NAME_PARTICLE, w, (size_t)(h - w))) tk->cap = 1;
}

/* Is w[0..n) a count noun or a unit of time, energy, ... (data/units/
 * nouns.tsv, time.tsv), in any case? The forms of the bucket of its
 * first two letters (qu_noun_from) are compared whole. */
static int unit_noun(const char *w, size_t n) {
    const qu_form *f, *end;
    size_t b;
    if (n < 2 || !dsc_is_alpha(w[0])) return 0;
    b = (size_t)((w[0] | 0x20) - 'a') * 27 + (size_t)(dsc_is_alpha(w[1]) ? (w[1] | 0x20) - 'a' : 26);
    for (f = qu_nouns + qu_noun_from[b], end = qu_nouns + qu_noun_from[b + 1]; f < end; f++)
        if (f->len == n && dsc_ieq(w, n, f->form)) return 1;
    return 0;
}

/* "GPU-hour", "Token-Hour", "Megawatt-Hour": a capitalised word whose
 * hyphen joins units or count nouns measures something and is no name,
 * whatever cue stands near it ("$2 per GPU-hour" is no source). */
static void mark_unit_word(const char *t, token *tk) {
    const char *w = t + tk->start, *e = t + tk->end, *h;
    int units = 1;
    if (!tk->cap || !tk->hyphen || tk->matched) return;
    while (units && w < e) {
        h = memchr(w, '-', (size_t)(e - w));
        if (!h) h = e;
        units = unit_noun(w, (size_t)(h - w));
        w = h + 1;
    }
    if (units) tk->cap = 0;
}

/* Rule title-case-heading: is a heading (a line of its own) written in
 * title case? A lowercase word of five letters or more says it is not
 * ("Source: Gulf Compute Monitor, company statements"): title case
 * leaves only short words (on, of, the, for) in lowercase. */
static int title_case(const char *t, const token *toks, size_t nt) {
    size_t k;
    for (k = 1; k < nt; k++)
        if (!toks[k].cap && toks[k].end - toks[k].start >= 5 && dsc_is_lower(t[toks[k].start]))
            return 0;
    return 1;
}

/* In a heading in title case every word is capitalised ("Nvidia Bets on
 * Nuclear Power"): a trade's noun (class trade-suffix) closes no org's
 * name there; in a line in sentence case it does. */
static void mark_heading_trade_words(const dsc_lexicon *lx, const char *t, token *toks, size_t nt) {
    size_t k;
    if (!title_case(t, toks, nt)) return;
    for (k = 0; k < nt; k++)
        if (TOK_IN(lx, t, &toks[k], LXCM_TRADE_SUFFIX)) toks[k].lists &= ~(uint64_t)LXCM_ORG_SUFFIX;
}

/* Does the place right after the word at i end an org's name the word
 * opens, after "at" or "of" and a title or group noun ("analyst at
 * Ridgeway Asia")? Then *j is the token after the place. */
static int place_closes(const dsc_lexicon *lx, const char *t, token *toks, size_t nt, size_t i, size_t *j) {
    size_t k = i + 1;
    if (!TOK_IN(lx, t, &toks[i - 1], LXCM_AFFILIATION_LINK) ||
        !(is_title(lx, t, &toks[i - 2]) || TOK_IN(lx, t, &toks[i - 2], LXCM_GROUP_AT)) ||
        TOK_IN(lx, t, &toks[i], LXCM_NOT_NAME) || toks[i].comma_after)
        return 0;
    while (k < nt && toks[k].place && toks[k].start == toks[k - 1].end + 1 && t[toks[k - 1].end] == ' ') k++;
    if (k == i + 1 || (k < nt && toks[k].cap && toks[k].start == toks[k - 1].end + 1)) return 0;
    *j = k;
    return 1;
}

/* Finds cue-backed names in one sentence. */
static int sentence_names(registry *r, const char *t, token *toks, size_t nt, int byline) {
    const dsc_lexicon *lx = r->lx;
    size_t i = 0;
    while (i < nt) {
        size_t j;
        int joined_of = 0, ampersand = 0, closed_by_place = 0;
        while (i < nt && !toks[i].cap) i++;      /* most words open no name: passed in a loop of their own */
        if (i == nt) break;
        if (toks[i].matched || is_title(lx, t, &toks[i])) { i++; continue; }
        j = i;
        /* a run of capitalised words, joined by "of" for org names */
        while (j < nt && toks[j].cap && !toks[j].matched && !is_title(lx, t, &toks[j])) {
            j++;
            /* names are words separated by single spaces; inside an org's
             * name a possessive too ("Jiangsu High People's Court") */
            /* "Harlow & Finch", "Yuanxing & Partners": a firm */
            if (j < nt && toks[j].cap && !toks[j].matched && toks[j].start == toks[j - 1].end + 3 &&
                memcmp(t + toks[j - 1].end, " & ", 3) == 0) {
                ampersand = 1;
                continue;
            }
            /* "Ministry of Trade, Industry and Energy" */
            if (joined_of && toks[j - 1].comma_after && j + 2 < nt && toks[j].cap && !toks[j].matched &&
                toks[j].start == toks[j - 1].end + 2 && TOK_IN(lx, t, &toks[j + 1], LXCM_NAME_AND) && toks[j + 2].cap)
                continue;
            if (j < nt && !(toks[j].start == toks[j - 1].end + 1 && t[toks[j - 1].end] == ' ') &&
                !(toks[j - 1].initial && toks[j].start == toks[j - 1].end + 2) &&
                !(possessive_gap(t, toks[j - 1].end, toks[j].start) && toks[j].cap && org_run_ends(lx, t, toks, nt, j)))
                break;
            if (toks[j - 1].comma_after) break;
            if (particles_end(lx, t, toks, nt, j) > j) {       /* "Marloes van Dijk" */
                j = particles_end(lx, t, toks, nt, j);
                continue;
            }
            if (j + 1 < nt && TOK_IN(lx, t, &toks[j], LXCM_NAME_OF) && toks[j + 1].cap && !toks[j + 1].matched &&
                TOK_IN(lx, t, &toks[j - 1], LXCM_ORG_SUFFIX)) {
                j++;
                joined_of = 1;
            } else if (j + 1 < nt && TOK_IN(lx, t, &toks[j], LXCM_NAME_OF) && toks[j + 1].place &&
                       TOK_IN(lx, t, &toks[j - 1], LXCM_ORG_SUFFIX) && j - i >= 1) {
                /* "Semiconductor Equipment Association of Japan": the place
                 * closes the org's name (the longer name swallows it) */
                j += 2;
                while (j < nt && toks[j].place && toks[j].start == toks[j - 1].end + 1) j++;
                closed_by_place = 1;
                break;
            } else if ((joined_of || (org_run_ends(lx, t, toks, nt, j + 1) && !org_closed(lx, t, toks, i, j))) &&
                       j + 1 < nt && TOK_IN(lx, t, &toks[j], LXCM_NAME_AND) && toks[j + 1].cap &&
                       !toks[j + 1].matched) {
                j++;                       /* "Ministry of Industry and Information Technology",
                                              "Government Services and Data Administration" */
            }
        }
        /* "an analyst at Ridgeway Asia in Hong Kong": a word and a place
         * after a title's "at" name an org, the place closing its name */
        if (!closed_by_place && j == i + 1 && i >= 2 && place_closes(lx, t, toks, nt, i, &j)) closed_by_place = 1;
        /* "CCIA Europe, whose members ...", "ORVA Asia said": an acronym
         * the dictionary does not know, and a place after it, name one org
         * (its branch there), when a comma or a verb of saying follows */
        if (!closed_by_place && j == i + 1 && acronym(lx, t, &toks[i]) && !TOK_IN(lx, t, &toks[i], LXCM_NOT_NAME)) {
            size_t k = j;
            while (k < nt && toks[k].place && toks[k].start == toks[k - 1].end + 1 && t[toks[k - 1].end] == ' ') k++;
            if (k > j && (toks[k - 1].comma_after || (k < nt && TOK_IN(lx, t, &toks[k], LXCM_SPEAKER_VERB)))) {
                j = k;
                closed_by_place = 1;
            }
        }
        /* "Gil Navarro": a first name before a surname the dictionary gives
         * another person (Peter Navarro) names someone else */
        if (j == i + 1 && j < nt && toks[j].person && toks[j].start == toks[i].end + 1 &&
            !TOK_IN(lx, t, &toks[i], LXCM_NOT_NAME) && !is_title(lx, t, &toks[i]) &&
            (j + 1 >= nt || !toks[j + 1].person || toks[j + 1].entry != toks[j].entry)) {
            const char *canon = dsc_dict_name(r->d, (size_t)toks[j].entry), *sp = strchr(canon, ' ');
            size_t fl = toks[i].end - toks[i].start, sl = toks[j].end - toks[j].start;
            if (sp && !((size_t)(sp - canon) == fl && memcmp(canon, t + toks[i].start, fl) == 0) &&
                strlen(sp + 1) == sl && memcmp(sp + 1, t + toks[j].start, sl) == 0) {
                long id = register_name(r, t + toks[i].start, toks[j].end - toks[i].start, DSC_PERSON);
                if (id < -1) return -1;
                if (id >= 0 && r->n_taken < sizeof r->taken_entry / sizeof r->taken_entry[0]) {
                    r->taken_entry[r->n_taken] = toks[j].entry;
                    r->taken_by[r->n_taken++] = id;
                }
                i = j + 1;
                continue;
            }
        }
        /* "By Dana Whitlock | Energy & Infrastructure": after a bar in a
         * byline, the words are the desk's label, no firm */
        if (ampersand && byline && i > 0 && memchr(t + toks[i - 1].end, '|', toks[i].start - toks[i - 1].end))
            ampersand = 0;
        while ((closed_by_place || ampersand) && i + 1 < j && TOK_IN(lx, t, &toks[i], LXCM_NOT_NAME)) i++;
        if (closed_by_place || (ampersand && j - i >= 2 && j - i <= 5 && nt > j - i + 1 &&
                                t[toks[j - 1].end] != ':')) {        /* "Corrections & Amplifications:" */
            long id = register_name(r, t + toks[i].start, toks[j - 1].end - toks[i].start, DSC_ORG);
            if (id < -1) return -1;
            i = j;
            continue;
        }
        /* "Meta Superintelligence Labs", "Tencent AI Lab": an org opening an
         * org's name is part of it; so is a model's, a product's or a
         * chip's one word before two words or more ("Gemini Capital
         * Partners", "Hyperion Bay Capital Partners": a firm named like it;
         * "Gemini Cloud" stays the model's name and a word) */
        if (i > 0 && (toks[i - 1].org || (toks[i - 1].thing && j - i >= 2 && alone_in_match(lx, t, toks, i - 1))) &&
            toks[i].start == toks[i - 1].end + 1 && j - i >= 1 &&
            TOK_IN(lx, t, &toks[j - 1], LXCM_ORG_SUFFIX) && !TOK_IN(lx, t, &toks[i], LXCM_NOT_NAME) &&
            !all_legal(lx, t, toks, i, j)) {
            long id = register_name(r, t + toks[i - 1].start, toks[j - 1].end - toks[i - 1].start, DSC_ORG);
            if (id < -1) return -1;
            i = j;
            continue;
        }
        /* rule legal-name-after-org: "Mizuho Financial Group Inc.",
         * "Volcano Engine Technology Co.": legal-form words right after a
         * known org spell its legal name, no org of their own */
        if (i > 0 && toks[i - 1].org && toks[i].start == toks[i - 1].end + 1 && all_legal(lx, t, toks, i, j)) {
            i = j;
            continue;
        }
        /* "Chengdu Municipal Bureau of ...", "Zhongguancun Digital Economy
         * Institute": a place opening an org's name is part of it */
        if (i > 0 && toks[i - 1].place && toks[i].start == toks[i - 1].end + 1 &&
            !memchr(t + toks[i - 1].start, '-', toks[i - 1].end - toks[i - 1].start) &&   /* "Shenzhen-based" */
            TOK_IN(lx, t, &toks[j - 1], LXCM_ORG_SUFFIX) &&
            !TOK_IN(lx, t, &toks[i], LXCM_FUNCTION_CAPITAL)) {
            size_t a = i - 1;
            long id;
            while (a > 0 && toks[a - 1].place && toks[a].start == toks[a - 1].end + 1) a--;
            id = register_name(r, t + toks[a].start, toks[j - 1].end - toks[a].start, DSC_ORG);
            if (id < -1) return -1;
            i = j;
            continue;
        }
        /* "open-sourced Brell 4": a version number closes a model's name,
         * or a word of its tier after it ("released Brell 4 Ultra": class
         * model-tier) */
        if (i > 0 && j < nt && j - i <= 2 && dsc_is_digit(t[toks[j].start]) && next_to(t, &toks[j - 1], &toks[j]) &&
            !toks[j - 1].comma_after && TOK_IN(lx, t, &toks[i - 1], LXCM_RELEASE_VERB)) {
            j++;
            if (j < nt && !toks[j - 1].comma_after && next_to(t, &toks[j - 1], &toks[j]) &&
                TOK_IN(lx, t, &toks[j], LXCM_MODEL_TIER))
                j++;
        }
        if (classify(r, t, toks, nt, i, j, byline) < 0) return -1;
        i = j;
    }
    return 0;
}

/* ===================================================================== */
/* Every occurrence of the names found                                    */
/* ===================================================================== */

static int overlaps(const dsc_vec *m, size_t s, size_t e) {
    size_t lo = 0, hi = m->len;
    while (lo < hi) {             /* first match ending after s */
        size_t mid = (lo + hi) / 2;
        const dsc_match *x = &DSC_AT(*m, dsc_match, mid);
        if (x->start + x->len <= s) lo = mid + 1; else hi = mid;
    }
    return lo < m->len && DSC_AT(*m, dsc_match, lo).start < e;
}

/* Do the dictionary matches overlapping [s, e) all lie inside it and name
 * places? Then a new name spanning them ("Chengdu Municipal Bureau of
 * ...") replaces them: their entry is set to DSC_DROP. */
#define DSC_DROP (-1000000000L)
static int opens_org(dsc_entity_kind k) {
    return k == DSC_ORG || k == DSC_MODEL || k == DSC_PRODUCT || k == DSC_CHIP;
}

static int swallow_places(dsc_vec *m, const dsc_dict *d, size_t s, size_t e) {
    size_t lo = 0, hi = m->len, k;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const dsc_match *x = &DSC_AT(*m, dsc_match, mid);
        if (x->start + x->len <= s) lo = mid + 1; else hi = mid;
    }
    for (k = lo; k < m->len && DSC_AT(*m, dsc_match, k).start < e; k++) {
        const dsc_match *x = &DSC_AT(*m, dsc_match, k);
        if (x->start < s || x->start + x->len > e || x->entry < 0) return 0;
        /* places anywhere in it, an org, a model, a product or a chip
         * only as its first word ("Meta Superintelligence Labs", "Gemini
         * Capital Partners") */
        if (dsc_dict_kind(d, (size_t)x->entry) != DSC_PLACE &&
            !(x->start == s && opens_org(dsc_dict_kind(d, (size_t)x->entry))) &&
            !(x->start + x->len == e && x->start > s && dsc_dict_kind(d, (size_t)x->entry) == DSC_PERSON))
            return 0;
    }
    for (k = lo; k < m->len && DSC_AT(*m, dsc_match, k).start < e; k++) DSC_AT(*m, dsc_match, k).entry = DSC_DROP;
    return 1;
}

/* Merges the sorted matches add into the sorted matches m, from the back
 * in place: no two start at the same byte (add holds no overlap of m). */
static int merge_matches(dsc_vec *m, const dsc_vec *add) {
    size_t a = m->len, b = add->len, k, i;
    dsc_match *x;
    const dsc_match *y = add->data;
    for (i = 0; i < b; i++) if (!dsc_vec_push(m)) return -1;
    x = m->data;
    for (k = a + b; b > 0; ) {
        if (a > 0 && x[a - 1].start > y[b - 1].start) x[--k] = x[--a];
        else x[--k] = y[--b];
    }
    return 0;
}

/* Does the word ending at byte e (exclusive) end with a possessive 's or
 * ’s? */
static int possessive_end(const char *t, size_t w, size_t e) {
    if (e - w >= 3 && t[e - 1] == 's' && t[e - 2] == '\'') return 1;
    return e - w >= 5 && t[e - 1] == 's' && (unsigned char)t[e - 4] == 0xE2 && (unsigned char)t[e - 3] == 0x80 &&
           (unsigned char)t[e - 2] == 0x99;
}

/* A surname alone ("Doe said", "Foo Capital's Doe said"), not inside
 * another capitalised run ("John Doe Smith", "Doe Corp"). */
static int stands_alone(const dsc_lexicon *lx, const char *t, size_t n, size_t at, size_t end) {
    if (at >= 2 && t[at - 1] == ' ' && dsc_is_alpha(t[at - 2])) {
        size_t w = at - 1;
        while (w > 0 && t[w - 1] != ' ') w--;
        if (dsc_is_upper(t[w]) && !WORD_IN(lx, LXCM_NOT_NAME, t + w, at - 1 - w) && !possessive_end(t, w, at - 1))
            return 0;
    }
    if (end + 1 < n && t[end] == ' ' && dsc_is_upper(t[end + 1])) return 0;
    return 1;
}

typedef struct {
    const char *name;
    long ref;                 /* dictionary entry (>= 0) or -1 - new name */
    char surname[64];
} person_ref;

/* "Jae-seon": a capitalised word, a hyphen, then a lowercase part. */
static int hyphen_lower(const char *w) {
    const char *h = strchr(w, '-');
    return h && h > w && dsc_is_upper(w[0]) && dsc_is_lower(h[1]);
}

/* The people named in full in the document, each once, with hash tables
 * from a person's ref and from a surname to the first person bearing it. */
typedef struct {
    dsc_vec list;             /* person_ref */
    htab by_ref, by_surname;
    dsc_vec bearers;          /* uint32_t: [i] people bear person i's surname, if i is its first */
    const dsc_lexicon *lx;    /* the family names and the words that are no surname */
} people_index;

static uint32_t ref_hash(long ref) { return bytes_hash((const char *)&ref, sizeof ref); }

/* What is looked up: a person by ref, or the first bearer of a surname. */
typedef struct { const people_index *pl; long ref; const char *surname; } person_key;

static int ref_eq(const void *ctx, size_t item) {
    const person_key *k = ctx;
    return DSC_AT(k->pl->list, person_ref, item).ref == k->ref;
}

static int surname_eq(const void *ctx, size_t item) {
    const person_key *k = ctx;
    return strcmp(DSC_AT(k->pl->list, person_ref, item).surname, k->surname) == 0;
}

static const person_ref *person_of(const people_index *pl, long ref) {
    person_key k;
    long i;
    k.pl = pl; k.ref = ref; k.surname = NULL;
    i = ht_find(&pl->by_ref, ref_hash(ref), ref_eq, &k);
    return i >= 0 ? &DSC_AT(pl->list, person_ref, (size_t)i) : NULL;
}

/* The first person bearing surname sn, or -1. */
static long first_bearer(const people_index *pl, const char *sn) {
    person_key k;
    k.pl = pl; k.ref = 0; k.surname = sn;
    return ht_find(&pl->by_surname, bytes_hash(sn, strlen(sn)), surname_eq, &k);
}

static void people_free(people_index *pl) {
    dsc_vec_free(&pl->list);
    dsc_vec_free(&pl->bearers);
    ht_free(&pl->by_ref);
    ht_free(&pl->by_surname);
}

/* The space before the surname in name, given the space before its last
 * word: before the particles that open it ("Marloes van Dijk": the space
 * before "van"), the first word never one. */
static const char *particles_before(const dsc_lexicon *lx, const char *name, const char *last) {
    while (last > name) {
        const char *w = last;
        while (w > name && w[-1] != ' ') w--;
        if (w == name || !WORD_IN(lx, LXCM_NAME_PARTICLE, w, (size_t)(last - w))) break;
        last = w - 1;
    }
    return last;
}

static int add_person(people_index *pl, const char *name, long ref) {
    const char *sp = strchr(name, ' '), *last = strrchr(name, ' ');
    person_ref *p;
    size_t l;
    if (!sp || person_of(pl, ref)) return 0;
    p = dsc_vec_push(&pl->list);
    if (!p) return -1;
    if (ht_add(&pl->by_ref, ref_hash(ref), pl->list.len - 1) < 0) { pl->list.len--; return -1; }
    p->name = name; p->ref = ref;
    /* family name first: a common Chinese surname ("Liang Wenfeng"), or a
     * hyphenated given name after it ("Noh Jae-seon", "Kim Jong-un"; but
     * "Kai-Fu Lee" is given name first) */
    if ((sp == last && (WORD_IN(pl->lx, LXCM_FAMILY_FIRST, name, (size_t)(sp - name)) ||
                        (!memchr(name, '-', (size_t)(sp - name)) && hyphen_lower(sp + 1)))) ||
        (strchr(sp + 1, ' ') == last &&      /* "Lim Boon Keat": Mr. Lim */
         WORD_IN(pl->lx, LXCM_FAMILY_FIRST | LXCM_FAMILY_THREE, name, (size_t)(sp - name)))) {
        l = (size_t)(sp - name);
        memcpy(p->surname, name, l);
    } else {
        last = particles_before(pl->lx, name, last);      /* "van Dijk", "von der Leyen" */
        l = strlen(last + 1);
        if (l >= sizeof p->surname) l = 0;
        memcpy(p->surname, last + 1, l);
    }
    p->surname[l] = '\0';
    if (l < 2 || WORD_IN(pl->lx, LXCM_NOT_NAME, p->surname, l)) p->surname[0] = '\0';
    return 0;
}

/* Counts the bearers of each surname, once every person is added. */
static int index_surnames(people_index *pl) {
    size_t i;
    pl->bearers.elem = sizeof(uint32_t);
    for (i = 0; i < pl->list.len; i++) {
        const char *sn = DSC_AT(pl->list, person_ref, i).surname;
        long first;
        if (!dsc_vec_push(&pl->bearers)) return -1;
        if (!sn[0]) continue;
        first = first_bearer(pl, sn);
        if (first >= 0) { DSC_AT(pl->bearers, uint32_t, (size_t)first)++; continue; }
        if (ht_add(&pl->by_surname, bytes_hash(sn, strlen(sn)), i) < 0) return -1;
        DSC_AT(pl->bearers, uint32_t, i) = 1;
    }
    return 0;
}

/* The surname of person ref, or NULL when another person shares it. */
static const char *unique_surname(const people_index *pl, long ref) {
    const person_ref *me = person_of(pl, ref);
    long first;
    if (!me || !me->surname[0]) return NULL;
    first = first_bearer(pl, me->surname);
    return first >= 0 && DSC_AT(pl->bearers, uint32_t, (size_t)first) == 1 ? me->surname : NULL;
}

/* ===================================================================== */
/* Every occurrence: a dictionary of the document's own                   */
/* ===================================================================== */

/* Every occurrence of each new name, and the surnames of the people named
 * in full (new or from the dictionary: "Liang said" after "Liang
 * Wenfeng"), unless two of them share it: a small dictionary of the
 * document's own, matched in one pass like the big one. Its keys: "n<i>"
 * for new name i, "d<e>" for dictionary entry e. */
typedef struct {
    const dsc_dict *d;
    const dsc_lexicon *lx;
    const char *text;
    size_t n;
    dsc_vec *matches;         /* the dictionary's matches (dsc_match) */
    const dsc_vec *names;     /* dsc_local_name */
    size_t first_new;         /* the names this call found start here */
    dsc_dict *local;
    people_index people;
} occurrences;

/* Adds the forms al[0..na) under key to the document's dictionary (a name
 * it refuses, too long, is simply not searched). */
static void add_local(occurrences *o, const char *key, dsc_entity_kind kind, const char *const *al, size_t na) {
    if (dsc_dict_add(o->local, key, kind, al, na, NULL, 0) == 0)
        dsc_dict_hide_name(o->local, dsc_dict_size(o->local) - 1);
}

/* The people named in full: the new ones, then those of the dictionary
 * the text writes with a space ("Liang Wenfeng", not "Liang"). */
static int index_people(occurrences *o) {
    size_t i;
    for (i = o->first_new; i < o->names->len; i++) {
        const dsc_local_name *ln = &DSC_AT(*o->names, dsc_local_name, i);
        if (ln->kind == DSC_PERSON && add_person(&o->people, ln->name, -1 - (long)i) < 0) return -1;
    }
    for (i = 0; i < o->matches->len; i++) {
        const dsc_match *m = &DSC_AT(*o->matches, dsc_match, i);
        if (m->entry < 0 || dsc_dict_kind(o->d, (size_t)m->entry) != DSC_PERSON) continue;
        if (!memchr(o->text + m->start, ' ', m->len)) continue;      /* named in full */
        if (add_person(&o->people, dsc_dict_name(o->d, (size_t)m->entry), m->entry) < 0) return -1;
    }
    return index_surnames(&o->people);
}

/* The forms of surname sn (NULL: none) into al: itself, and when it opens
 * with a particle, that capitalised too, as a sentence starts ("van Dijk",
 * "Van Dijk"; the copy in cap). Returns how many. */
static size_t surname_forms(const char *sn, const char **al, char *cap, size_t n) {
    size_t l;
    if (!sn) return 0;
    al[0] = sn;
    l = strlen(sn);
    if (!dsc_is_lower(sn[0]) || l >= n) return 1;
    memcpy(cap, sn, l + 1);
    cap[0] = (char)(cap[0] - 'a' + 'A');
    al[1] = cap;
    return 2;
}

/* Adds to al the forms of org name nm without its suffixes (copies in
 * buf) that the dictionary does not hold. Returns how many. */
static size_t org_short_forms(const occurrences *o, const char *nm, const char **al, char (*buf)[128]) {
    size_t one, l = org_short_len(o->lx, nm, &one), na = 0, k;
    size_t lens[2];
    lens[0] = l; lens[1] = one;
    for (k = 0; k < 2 && l; k++) {
        if (k == 1 && one == l) break;
        if (lens[k] >= sizeof buf[k]) continue;
        memcpy(buf[na], nm, lens[k]);
        buf[na][lens[k]] = '\0';
        if (dsc_dict_lookup(o->d, buf[na], lens[k]) < 0) { al[na] = buf[na]; na++; }
    }
    return na;
}

/* Is org name nm an outlet's written with its "The" (outlet-the), "The
 * Meridian Post", whose form without it ("the Meridian Post") names it
 * too? */
static int outlet_with_the(const dsc_lexicon *lx, const char *nm) {
    const char *last = strrchr(nm, ' ');
    return strncmp(nm, "The ", 4) == 0 && last && last > nm + 3 && WORD_IN(lx, LXCM_PRESS_HEAD, last + 1, strlen(last + 1));
}

/* Each new name with its other forms: a person's surname when no one
 * else bears it, an org's name without its suffixes ("Crescent Bay
 * Research", later "Crescent Bay"; "Larchmont Capital Markets", later
 * "Larchmont"). */
static void add_new_names(occurrences *o) {
    size_t i;
    for (i = o->first_new; i < o->names->len; i++) {
        const dsc_local_name *ln = &DSC_AT(*o->names, dsc_local_name, i);
        const char *al[4];
        size_t na = 0;
        char key[32], short_name[2][128], cap[64];
        al[na++] = ln->name;
        if (ln->kind == DSC_PERSON)
            na += surname_forms(unique_surname(&o->people, -1 - (long)i), al + na, cap, sizeof cap);
        if (ln->kind == DSC_ORG) na += org_short_forms(o, ln->name, al + na, short_name);
        if (ln->kind == DSC_ORG && outlet_with_the(o->lx, ln->name) && na < 4) al[na++] = ln->name + 4;
        snprintf(key, sizeof key, "n%zu", i);
        add_local(o, key, ln->kind, al, na);
    }
}

/* A dictionary org named in full with its suffix is named without it too:
 * "Constellation Energy", later "Constellation" (once per entry; not when
 * the short form is a word, an acronym or an entry itself). */
static void add_org_short_forms(occurrences *o) {
    long short_of[64];
    size_t n_short = 0, i;
    for (i = 0; i < o->matches->len; i++) {
        const dsc_match *m = &DSC_AT(*o->matches, dsc_match, i);
        const char *nm, *last, *al[1];
        char key[32], short_name[64];
        size_t l, j;
        int seen = 0;
        if (m->entry < 0 || dsc_dict_kind(o->d, (size_t)m->entry) != DSC_ORG ||
            dsc_dict_is_outlet(o->d, (size_t)m->entry))
            continue;
        nm = dsc_dict_name(o->d, (size_t)m->entry);
        last = strrchr(nm, ' ');
        if (!last || strchr(nm, ' ') != last || m->len != strlen(nm) || memcmp(o->text + m->start, nm, m->len))
            continue;                                  /* two words, written in full */
        l = (size_t)(last - nm);
        if (l < 4 || l >= sizeof short_name || !WORD_IN(o->lx, LXCM_ORG_SUFFIX, last + 1, strlen(last + 1)) ||
            WORD_IN(o->lx, LXCM_NOT_NAME, nm, l))
            continue;
        for (j = 0; j < n_short; j++) if (short_of[j] == m->entry) seen = 1;
        if (seen || n_short == DSC_COUNT(short_of)) continue;
        short_of[n_short++] = m->entry;
        memcpy(short_name, nm, l);
        short_name[l] = '\0';
        if (dsc_dict_lookup(o->d, short_name, l) >= 0 || !dsc_is_lower(short_name[1])) continue;
        al[0] = short_name;
        snprintf(key, sizeof key, "d%ld", (long)m->entry);
        add_local(o, key, DSC_ORG, al, 1);
    }
}

/* "Preferred Networks (PFN) released ...", later "PFN published ...": an
 * acronym in brackets right after a dictionary org's name (2 to 6 capitals
 * and digits, two capitals at least, not an entry itself) names that org
 * for the rest of the document. */
static void add_bracket_acronyms(occurrences *o) {
    size_t i;
    for (i = 0; i < o->matches->len; i++) {
        const dsc_match *m = &DSC_AT(*o->matches, dsc_match, i);
        const char *t = o->text, *al[1];
        char key[32], acr[8];
        size_t k = m->start + m->len, a, caps = 0;
        if (m->entry < 0 || dsc_dict_kind(o->d, (size_t)m->entry) != DSC_ORG) continue;
        if (k + 3 >= o->n || t[k] != ' ' || t[k + 1] != '(') continue;
        for (a = k + 2; a < o->n && a - (k + 2) < 7 && (dsc_is_upper(t[a]) || dsc_is_digit(t[a])); a++)
            if (dsc_is_upper(t[a])) caps++;
        if (a >= o->n || t[a] != ')' || caps < 2 || a - (k + 2) > 6) continue;
        memcpy(acr, t + k + 2, a - (k + 2));
        acr[a - (k + 2)] = '\0';
        if (dsc_dict_lookup(o->d, acr, a - (k + 2)) >= 0) continue;
        al[0] = acr;
        snprintf(key, sizeof key, "d%ld", (long)m->entry);
        add_local(o, key, DSC_ORG, al, 1);
    }
}

/* The surname alone of each dictionary person named in full, when no one
 * else bears it and the dictionary does not have it. */
static void add_dict_surnames(occurrences *o) {
    size_t i;
    for (i = 0; i < o->people.list.len; i++) {
        const person_ref *p = &DSC_AT(o->people.list, person_ref, i);
        const char *al[2];
        char key[32], cap[64];
        size_t na;
        if (p->ref < 0 || !(na = surname_forms(unique_surname(&o->people, p->ref), al, cap, sizeof cap))) continue;
        snprintf(key, sizeof key, "d%ld", p->ref);
        if (dsc_dict_lookup(o->d, al[0], strlen(al[0])) >= 0) continue;   /* the dictionary has it */
        add_local(o, key, DSC_PERSON, al, na);
    }
}

/* Matches the document's dictionary and keeps, in found, the hits that are
 * mentions: not inside a word ("-Doe", ".Doe"), a surname only where it
 * stands alone, and over the dictionary's matches only where a new name
 * swallows places ("Chengdu Municipal Bureau of ..."). */
static int collect_hits(occurrences *o, dsc_vec *found) {
    dsc_vec hits = DSC_VEC(dsc_match);
    const char *text = o->text;
    size_t i;
    int rc = -1;
    dsc_dict_freeze(o->local);
    if (dsc_dict_match(o->local, text, o->n, &hits) < 0) goto done;
    for (i = 0; i < hits.len; i++) {
        const dsc_match *h = &DSC_AT(hits, dsc_match, i);
        const char *key = dsc_dict_name(o->local, (size_t)h->entry);
        long entry = key[0] == 'd' ? strtol(key + 1, NULL, 10) : -1 - strtol(key + 1, NULL, 10);
        const char *name = entry >= 0 ? dsc_dict_name(o->d, (size_t)entry)
                                      : DSC_AT(*o->names, dsc_local_name, (size_t)(-1 - entry)).name;
        int surname = h->len < strlen(name);
        dsc_match *m;
        if (h->start > 0 && (text[h->start - 1] == '-' || text[h->start - 1] == '.')) continue;
        /* "Kestrel-2-Base" is another model than Kestrel-2: a variant */
        if (entry < 0 && DSC_AT(*o->names, dsc_local_name, (size_t)(-1 - entry)).kind == DSC_MODEL &&
            h->start + h->len + 1 < o->n && text[h->start + h->len] == '-' &&
            dsc_is_alnum(text[h->start + h->len + 1]))
            continue;
        if (surname && !stands_alone(o->lx, text, o->n, h->start, h->start + h->len)) continue;
        if (overlaps(o->matches, h->start, h->start + h->len) &&
            !(entry < 0 && !surname && swallow_places(o->matches, o->d, h->start, h->start + h->len)))
            continue;
        if (!(m = dsc_vec_push(found))) goto done;
        m->start = h->start; m->len = h->len; m->entry = entry;
    }
    rc = 0;
done:
    dsc_vec_free(&hits);
    return rc;
}

/* Finds every occurrence of the names found (and of the surnames of the
 * people named in full) into found. */
static int find_occurrences(const dsc_dict *d, const char *text, size_t n, dsc_vec *matches,
                            const dsc_vec *names, size_t first_new, dsc_vec *found) {
    occurrences o;
    int rc = -1;
    memset(&o, 0, sizeof o);
    o.d = d; o.lx = dsc_dict_lexicon(d); o.text = text; o.n = n;
    o.matches = matches; o.names = names; o.first_new = first_new;
    o.people.list.elem = sizeof(person_ref);
    o.people.lx = o.lx;
    if (!(o.local = dsc_dict_new(0))) return -1;
    if (index_people(&o) < 0) goto done;
    add_new_names(&o);
    add_org_short_forms(&o);
    add_bracket_acronyms(&o);
    add_dict_surnames(&o);
    rc = collect_hits(&o, found);
done:
    people_free(&o.people);
    dsc_dict_free(o.local);
    return rc;
}

/* ===================================================================== */
/* Entry point                                                            */
/* ===================================================================== */


/* Finds the names each sentence gives evidence for (registered in r). */
static int find_new_names(registry *r, const char *text, const dsc_vec *sents, const dsc_words *words,
                          const dsc_vec *matches) {
    dsc_vec toks = DSC_VEC(token);
    size_t si, mi = 0;
    int rc = -1;
    for (si = 0; si < sents->len; si++) {
        const dsc_sent *s = &DSC_AT(*sents, dsc_sent, si);
        int byline = s->heading && s->end - s->start > 3 && memcmp(text + s->start, "By ", 3) == 0;
        size_t nw;
        const dsc_word *w = dsc_words_of(words, si, &nw);
        if (tokenize(r->d, r->lx, text, s->end, w, nw, matches, &mi, &toks) < 0) goto done;
        if (s->heading && !byline) mark_heading_trade_words(r->lx, text, toks.data, toks.len);
        if (sentence_names(r, text, toks.data, toks.len, byline) < 0) goto done;
    }
    rc = 0;
done:
    dsc_vec_free(&toks);
    return rc;
}

/* "BFCL v3", "MMLU v2": a short version-like alias (four bytes at most,
 * a digit in it: V3, R1) right after an acronym the dictionary does not
 * know is that acronym's version, no mention of the model (DeepSeek-V3);
 * after a known name ("DeepSeek V3", "Nvidia H20") it stays. */
static int version_of_acronym(const dsc_dict *d, const char *text, const dsc_match *m, const dsc_match *prev) {
    size_t k, w;
    int digit = 0;
    if (m->entry < 0 || m->len > 4 || m->start < 3 || text[m->start - 1] != ' ' ||
        strlen(dsc_dict_name(d, (size_t)m->entry)) == m->len || (prev && prev->start + prev->len == m->start - 1))
        return 0;
    for (k = m->start; k < m->start + m->len; k++) digit |= dsc_is_digit(text[k]);
    for (w = m->start - 1; w > 0 && dsc_is_upper(text[w - 1]); w--) {}
    return digit && m->start - 1 - w >= 2 && (w == 0 || !dsc_is_alnum(text[w - 1]));
}

static void drop_versions_of_acronyms(const dsc_dict *d, const char *text, dsc_vec *matches) {
    size_t i, w = 0;
    for (i = 0; i < matches->len; i++) {
        const dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        if (!version_of_acronym(d, text, m, i > 0 ? m - 1 : NULL)) DSC_AT(*matches, dsc_match, w++) = *m;
    }
    matches->len = w;
}

/* ===================================================================== */
/* Variants of known models and chips                                     */
/* ===================================================================== */

/* The end of a version code of a model or chip starting at byte i, or i:
 * one to four capitals, a hyphen or none, one to four digits and up to
 * three capitals ("Z100", "NVL72", "CS-3", "B200A"), or, for a model, a
 * size in billions of parameters ("70B"). A period's code (FY25, CY2026)
 * is no version. The code ends the word. */
static size_t version_code_end(const char *t, size_t n, size_t i, int model) {
    size_t j = i, caps = 0, digits = 0, tail = 0;
    while (j < n && dsc_is_upper(t[j]) && caps < 5) { j++; caps++; }
    if (caps && j < n && t[j] == '-') j++;
    while (j < n && dsc_is_digit(t[j]) && digits < 5) { j++; digits++; }
    if (caps) while (j < n && dsc_is_upper(t[j]) && tail < 4) { j++; tail++; }
    else if (model && digits && j < n && t[j] == 'B') { j++; tail = 1; }
    if (j < n && (dsc_is_alnum(t[j]) || t[j] == '-' || t[j] == '_' || (unsigned char)t[j] >= 0x80)) return i;
    if (caps >= 1 && caps <= 4 && digits >= 1 && digits <= 4 && tail <= 3 && j - i >= 3 &&
        !(caps == 2 && (memcmp(t + i, "FY", 2) == 0 || memcmp(t + i, "CY", 2) == 0)))
        return j;
    if (model && !caps && tail && digits <= 4) return j;                          /* "70B" */
    return i;
}

/* Rule variant-of-known: a model or chip the dictionary knows, written
 * with a version the dictionary does not list right after it, is a
 * variant of the same kind named whole: a point release after a name
 * ending in a digit ("Mistral Small 3" + ".2"), a tier word of class
 * model-tier after a hyphen ("Qwen3.5" + "-Max"), a version code after a
 * space ("Hygon DCU" + " Z100", "Llama 2" + " 70B"). The end of the
 * extended name, or the match's own end. */
static size_t variant_end(const dsc_lexicon *lx, const char *t, size_t n, const dsc_match *m, int model) {
    size_t e = m->start + m->len, j;
    if (e + 1 >= n) return e;
    if (t[e] == '.' && dsc_is_digit(t[e - 1]) && dsc_is_digit(t[e + 1])) {
        for (j = e + 1; j < n && dsc_is_digit(t[j]); j++) {}
        if (j < n && (dsc_is_alpha(t[j]) || t[j] == '.' || t[j] == ',')) return e;   /* "3.2GHz", "3.2.1", "3,5" */
        e = j;
    }
    if (e + 1 < n && t[e] == '-' && dsc_is_upper(t[e + 1])) {
        for (j = e + 1; j < n && dsc_is_alpha(t[j]); j++) {}
        if ((j == n || !dsc_is_alnum(t[j])) && (j == n || t[j] != '-') && WORD_IN(lx, LXCM_MODEL_TIER, t + e + 1, j - e - 1))
            return j;
    }
    if (e == m->start + m->len && t[e] == ' ') {
        j = version_code_end(t, n, e + 1, model);
        if (j > e + 1) return j;
    }
    return e;
}

/* The variant's name in buf (its length, 0 when too long): the words
 * from the match's start to e, after the maker the dictionary's name
 * puts before the alias matched ("DCU Z100" of "Hygon DCU" is "Hygon DCU
 * Z100", as "H800" is "Nvidia H800"). */
static size_t variant_name(const dsc_dict *d, const char *text, const dsc_match *m, size_t e, char *buf, size_t cap) {
    const char *canon = dsc_dict_name(d, (size_t)m->entry);
    size_t cn = strlen(canon), pre = 0;
    if (cn > m->len + 1 && canon[cn - m->len - 1] == ' ' && memcmp(canon + cn - m->len, text + m->start, m->len) == 0)
        pre = cn - m->len;
    if (pre + e - m->start >= cap) return 0;
    memcpy(buf, canon, pre);
    memcpy(buf + pre, text + m->start, e - m->start);
    return pre + e - m->start;
}

/* Applies variant-of-known to every match (-2 when out of memory): the
 * variant is registered as a new name of the entry's kind and the match
 * widened to it, unless the dictionary matched a word it would take. */
static int extend_variants(registry *r, const char *text, size_t n, dsc_vec *matches) {
    size_t i;
    char buf[128];
    for (i = 0; i < matches->len; i++) {
        dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        dsc_entity_kind kd;
        size_t e, len;
        long idx;
        if (m->entry < 0) continue;
        kd = dsc_dict_kind(r->d, (size_t)m->entry);
        if (kd != DSC_MODEL && kd != DSC_CHIP) continue;
        e = variant_end(r->lx, text, n, m, kd == DSC_MODEL);
        if (e == m->start + m->len || (i + 1 < matches->len && DSC_AT(*matches, dsc_match, i + 1).start < e)) continue;
        if (!(len = variant_name(r->d, text, m, e, buf, sizeof buf))) continue;
        if ((idx = register_name(r, buf, len, kd)) < 0) return -2;
        m->len = (uint32_t)(e - m->start);
        m->entry = -1 - idx;
    }
    return 0;
}

/* "Navarro" alone, in a document about Gil Navarro, is Gil Navarro; and
 * the places a longer new name swallowed (DSC_DROP) go. */
static void retarget_matches(const registry *r, const char *text, dsc_vec *matches) {
    size_t i, q, w = 0;
    for (i = 0; i < matches->len && r->n_taken; i++) {
        dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        for (q = 0; q < r->n_taken; q++)
            if (m->entry == r->taken_entry[q] && !memchr(text + m->start, ' ', m->len))
                m->entry = -1 - r->taken_by[q];
    }
    for (i = 0; i < matches->len; i++)
        if (DSC_AT(*matches, dsc_match, i).entry != DSC_DROP)
            DSC_AT(*matches, dsc_match, w++) = DSC_AT(*matches, dsc_match, i);
    matches->len = w;
}

int dsc_find_names(const dsc_dict *d, const char *text, size_t n, const dsc_vec *sents,
                   const dsc_words *words, const dsc_vec *blocks, dsc_vec *matches, dsc_vec *names, dsc_arena *arena) {
    registry r;
    dsc_vec found = DSC_VEC(dsc_match);
    size_t first_new = names->len;
    int rc = -1;
    (void)blocks;
    if (registry_init(&r, names, arena, d) < 0) goto done;
    drop_versions_of_acronyms(d, text, matches);
    if (extend_variants(&r, text, n, matches) < 0) goto done;
    if (find_new_names(&r, text, sents, words, matches) < 0) goto done;
    if (find_occurrences(d, text, n, matches, names, first_new, &found) < 0) goto done;
    retarget_matches(&r, text, matches);
    if (found.len && merge_matches(matches, &found) < 0) goto done;
    rc = 0;
done:
    registry_free(&r);
    dsc_vec_free(&found);
    return rc;
}
