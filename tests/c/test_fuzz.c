/* test_fuzz.c: thousands of generated documents, built from the tokens
 * that stress the engine (markup, quotes, abbreviations, figures, names,
 * invalid UTF-8, NULs), parsed in both modes, with every lookup checked
 * against the invariants: spans inside the source, mentions sorted and
 * matching their surface form, claims pointing at real sentences. Run
 * under ASan/UBSan and valgrind by tools/sanitize.sh. */
#include "check.h"
#include "internal.h"
#include <stdlib.h>

static const char *const pieces[] = {
    "DeepSeek", "Nvidia", "H800s", "OpenAI's o1", " said ", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D",
    "\\$6 million", "$5.6M", "[says](#)", "[x](", "](", "**", "_", "`", "```\n", "\n\n", "\n",
    "# ", "> ", "- ", "1. ", "| a |", "---\n", "U.S. ", "Mr. ", "Jan. 20", "3.5", "01.ai",
    "...", "?", "!", ". ", ", ", "according to ", "analysts", "may ", "reportedly ",
    "Jane Doe", " CEO ", " told Reuters ", "\xff", "\xe2\x80", "\0", "<br>", "&amp;",
    "2,048 GPUs", "17%", "between $1 and $2 billion", "tenfold", "Llama 3.1 405B", " ",
    "people familiar with the matter", "The company", "its", "(", ")", "By Jane Doe\n",
};

static unsigned seed = 7;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

/* Equal but for the kind of whitespace (a line break reads as a space). */
static int same_text(const char *a, const char *b, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if (a[i] != b[i] && !(dsc_is_space(a[i]) && dsc_is_space(b[i]))) return 0;
    return 1;
}

#define FAILS(why) do { fprintf(stderr, "invariant: %s (item %zu)\n", why, i); return 0; } while (0)
static int check_doc(const dsc_doc *doc, const char *src, size_t n) {
    size_t i, nm = dsc_doc_mention_count(doc);
    uint32_t prev = 0;
    for (i = 0; i < nm; i++) {
        const dsc_mention *m = dsc_doc_mention(doc, i);
        if (m->span.byte + m->span.len > n) FAILS("mention inside source");
        if (m->span.byte < prev) FAILS("mentions sorted");
        prev = m->span.byte;
        if (m->entity >= dsc_doc_entity_count(doc)) FAILS("entity index");
        if (dsc_doc_mention_at(doc, m->span.line, m->span.col) != m) FAILS("mention_at finds it");
        if (!m->text || !m->text[0]) FAILS("surface text");
        if (m->span.len == strlen(m->text) && !same_text(src + m->span.byte, m->text, m->span.len))
            FAILS("surface matches source");
    }
    for (i = 0; i < dsc_doc_claim_count(doc); i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        uint32_t k;
        if (c->span.byte + c->span.len > n || c->sentence >= dsc_doc_sentence_count(doc)) FAILS("claim span");
        for (k = 0; k < c->n_about; k++) if (c->about[k] >= dsc_doc_entity_count(doc)) FAILS("about index");
        for (k = 0; k < c->n_quantities; k++)
            if (c->quantities[k].start + c->quantities[k].len > c->text_len) FAILS("quantity span");
    }
    for (i = 0; i < dsc_doc_entity_count(doc); i++)
        if (dsc_doc_find_entity(doc, dsc_doc_entity(doc, i)->name, strlen(dsc_doc_entity(doc, i)->name)) < 0)
            FAILS("entity found by name");
    return 1;
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    int round, bad = 0;
    dsc_dict_freeze(d);
    for (round = 0; round < 3000 && !bad; round++) {
        size_t cap = 1 + (size_t)(next() % 2000), n = 0;
        char *src = malloc(cap);      /* exact size: overreads are caught */
        dsc_options o;
        dsc_doc *doc;
        while (n < cap) {
            const char *p = pieces[next() % (sizeof pieces / sizeof pieces[0])];
            size_t l = p[0] ? strlen(p) : 1;
            if (n + l > cap) l = cap - n;
            memcpy(src + n, p, l);
            n += l;
        }
        o.markdown = round & 1;
        doc = dsc_parse(d, src, n, &o);
        if (!doc) fprintf(stderr, "parse returned NULL\n");
        if (!doc || !check_doc(doc, src, n)) { bad = 1; CHECK(0, "round %d broke an invariant", round); }
        dsc_doc_free(doc);
        free(src);
    }
    CHECK(!bad, "3000 generated documents keep every invariant");
    /* the empty document */
    {
        dsc_doc *doc = dsc_parse(d, "", 0, NULL);
        CHECK(doc && dsc_doc_claim_count(doc) == 0 && dsc_doc_entity_count(doc) == 0, "empty document");
        CHECK(dsc_doc_mention_at(doc, 1, 1) == NULL && dsc_doc_mention_at(doc, 0, 0) == NULL, "no mention anywhere");
        dsc_doc_free(doc);
    }
    /* a NULL dictionary means the built-in one */
    {
        const char *t = "Nvidia shares fell 17% on Monday, analysts said.";
        dsc_doc *doc = dsc_parse(NULL, t, strlen(t), NULL);
        CHECK(doc && dsc_doc_claim_count(doc) == 1, "parse with the built-in dictionary");
        dsc_doc_free(doc);
    }
    dsc_dict_free(d);
    return check_report("fuzz");
}
