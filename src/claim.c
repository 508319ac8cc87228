/*
 * claim.c: sentences -> claims (doc/claims.md). The pass over a
 * document; claim_read.h lists the files that do the parts.
 *
 * Each sentence is read once into word tokens; each token is looked up in
 * one sorted lexicon that says what the word signals (a reporting verb, a
 * hedge, a topic, an unnamed source...). From those signals, the mentions
 * and the quantities of the sentence, it decides:
 *   - whether the sentence is a claim (figures, attribution, a quote with
 *     a speaker, or an entity with a checkable predicate);
 *   - the claimant ("according to X", "X said", "said X", pronouns, quotes
 *     whose speaker stands in a neighbouring sentence, unnamed sources,
 *     agentless passives -> NULL, otherwise "article");
 *   - about (mentions minus the speaker, relaying outlets, appositive
 *     descriptors and datelines);
 *   - hedged (a hedge marker in the asserted proposition, not in a noun
 *     complement such as "fears that ... may");
 *   - kind (quote when a quotation carries the content, else the topic
 *     that scores highest).
 */
#include "claim_read.h"
#include <stdio.h>

/* ===================================================================== */
/* Sentence reading                                                      */
/* ===================================================================== */

/* Reads words, marks quotation spans and attaches mentions to tokens. */
static void read_sentence(reading *r, int in_quote) {
    const char *t = r->in->text;
    const unsigned char *u = (const unsigned char *)t;
    size_t i = r->s->start, e = r->s->end, mi = r->m0;
    int comma = 0, quote = in_quote, words_in_quote = 0, opened_here = 0, c;
    r->nt = 0; r->all = 0; r->has_quote = 0; r->quote_words = 0;
    r->starts_in_quote = in_quote;
    while (i < e) {
        int open = -1;
        unsigned char ch = (unsigned char)t[i];
        size_t q, j;
        if (ch == ' ') { i++; continue; }
        /* only '"' and a few UTF-8 lead bytes can start a quote mark */
        q = (ch == '"' || ch == 0xE2 || ch == 0xC2) ? dsc_quote_at(t, e, i, &open) : 0;
        if (q) {
            /* straight quotes: opening when nothing wordy precedes */
            if (open < 0) open = !(i > r->s->start && (dsc_word_char_before(t, i) ||
                                   strchr(".,!?;:", t[i - 1]) != NULL));
            if (open && !quote) { quote = 1; opened_here = 1; words_in_quote = 0; }
            else if (!open && quote) {
                quote = 0;
                if (words_in_quote >= 1) r->has_quote = 1;
            }
            i += q;
            continue;
        }
        c = dsc_byte_class[ch];
        if (c != DSC_BYTE_WORD && (c == 0 || !dsc_word_cp_at(t, e, i))) {
            size_t l = 1;
            if (t[i] == ',' || t[i] == ';' || t[i] == ':' || t[i] == '(' || t[i] == ')') comma = 1;
            if ((unsigned char)t[i] >= 0x80) dsc_utf8_at(t, e, i, &l);
            if (l == 3 && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
                ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93))
                comma = 1;                                   /* dashes */
            i += l;
            continue;
        }
        j = i;
        while (j < e) {
            size_t l;
            if ((j = dsc_skip_ascii_alnum(u, j, e)) >= e) break;
            c = dsc_byte_class[u[j]];
            if (c == DSC_BYTE_WORD) { j++; continue; }
            if (c && dsc_word_cp_at(t, e, j)) { dsc_utf8_at(t, e, j, &l); j += l; continue; }
            if ((t[j] == '-' || t[j] == '\'' || t[j] == '.') && dsc_word_char_at(t, e, j + 1)) { j++; continue; }
            break;
        }
        if (r->nt < MAX_TOKS) {
            ctok *k = &r->toks[r->nt++];
            size_t wlen = j - i;
            if (wlen > 2 && t[j - 2] == '\'' && t[j - 1] == 's') wlen -= 2;
            else if (wlen > 4 && (unsigned char)t[j - 4] == 0xE2 && (unsigned char)t[j - 3] == 0x80 &&
                     (unsigned char)t[j - 2] == 0x99 && t[j - 1] == 's')
                wlen -= 4;                                  /* "company’s" */
            k->start = (uint32_t)i; k->end = (uint32_t)(i + wlen);
            k->flags = cl_lookup(t + i, wlen);
            /* only lowercase modals and pronouns: "May" is a month, "It" starts sentences */
            if ((k->flags & (W_HEDGE | W_PRONOUN)) && dsc_is_upper(t[i]) && wlen <= 5 &&
                !(k->flags & W_PRONOUN && i == r->s->start)) {
                if (k->flags & W_HEDGE) k->flags &= ~(uint32_t)W_HEDGE;
            }
            k->in_quote = (uint8_t)quote;
            k->comma_before = (uint8_t)comma;
            k->cap = (uint8_t)dsc_is_upper(t[i]);
            k->mention = -1;
            while (mi < r->m1 && r->in->mentions[mi].start + r->in->mentions[mi].len <= i) mi++;
            if (mi < r->m1 && r->in->mentions[mi].start < j) k->mention = (int16_t)(mi - r->m0);
            /* words of a name ("United States") or capitalised mid-sentence
             * are not verbs or hedges */
            if (k->mention >= 0 || (k->cap && r->nt > 1))
                k->flags &= ~(uint32_t)(W_REPORT | W_PASSIVE | W_HEDGE | W_PREDICATE);
            r->all |= k->flags;
            if (quote) { words_in_quote++; r->quote_words++; }
        }
        comma = 0;
        i = j;
    }
    if (quote && words_in_quote >= 2) r->has_quote = 1;
    r->open_at_end = quote;
    r->t0 = 0; r->t1 = r->nt; r->b0 = (uint32_t)r->s->start; r->b1 = (uint32_t)r->s->end;
    (void)opened_here;
}

/* ===================================================================== */
/* Quantities                                                             */
/* ===================================================================== */

/* The quantities of the sentence, with what the sentence before it in the
 * paragraph left for them ("... 200,000 AI chips. Our own estimate is
 * 230,000 to 260,000"): one sentence back, whatever order claims are
 * emitted in. */
/* Does s start with a yen/yuan sign (¥ U+00A5 or fullwidth U+FFE5)? */
static int yen_sign(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    return (u[0] == 0xC2 && u[1] == 0xA5) || (u[0] == 0xEF && u[1] == 0xBF && u[2] == 0xA5);
}

/* The sign ¥ is both yen and yuan (the quantity finder reads CNY): a text
 * that spells out "yen" more often than "yuan", "renminbi" or "RMB" counts
 * in yen. Counted only when the text has the sign at all. */
static int counts_in_yen(const char *t, size_t n) {
    size_t i, e;
    long yen = 0, yuan = 0;
    const char *p = t;
    /* ¥ is C2 A5 or EF BF A5: find the A5 bytes, then look behind them */
    for (;;) {
        const char *a = memchr(p, 0xA5, n - (size_t)(p - t));
        if (!a) return 0;
        if ((a - t >= 1 && (unsigned char)a[-1] == 0xC2) ||
            (a - t >= 2 && (unsigned char)a[-2] == 0xEF && (unsigned char)a[-1] == 0xBF))
            break;
        p = a + 1;
    }
    for (i = 0; i < n; i = e + 1) {
        char w[9];
        size_t k;
        e = i;
        while (e < n && ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')) e++;
        if (e - i < 3 || e - i > 8 || (i > 0 && (unsigned char)t[i - 1] >= '0' && (unsigned char)t[i - 1] <= '9'))
            continue;
        for (k = 0; k < e - i; k++) w[k] = (char)(t[i + k] | 0x20);
        w[k] = '\0';
        if (strcmp(w, "yen") == 0) yen++;
        else if (strcmp(w, "yuan") == 0 || strcmp(w, "renminbi") == 0 || strcmp(w, "rmb") == 0) yuan++;
    }
    return yen > yuan;
}

/* Does the sentence name Japan, a Japanese city or a Japanese company
 * (by the first word of its canonical name)? */
static int names_japan(const reading *r) {
    static const char *const jp[] = { "Japan", "Japanese", "Tokyo", "Osaka", "Kyoto", "SoftBank", "Sony",
        "Toyota", "Nintendo", "NTT", "Fujitsu", "Hitachi", "Panasonic", "Rakuten", "KDDI", "Mitsubishi",
        "Preferred", "Sakana", "Advantest", "Lasertec", "Renesas", "Kioxia", "Nikkei", "Bank of Japan",
        "The Japan Times", NULL };
    size_t m, k;
    for (m = r->m0; m < r->m1; m++) {
        const char *name = r->in->mentions[m].name;
        for (k = 0; jp[k]; k++) {
            size_t l = strlen(jp[k]);
            if (strncmp(name, jp[k], l) == 0 && (name[l] == '\0' || name[l] == ' ')) return 1;
        }
    }
    return 0;
}

static size_t quantities(const reading *r, dsc_quantity *q, size_t cap) {
    const dsc_sent *p = r->si > 0 ? &r->in->sents[r->si - 1] : NULL;
    const char *text = r->in->text + r->s->start;
    dsc_quantity_context ctx, own;
    size_t len = r->s->end - r->s->start, n, i, k, out = 0;
    n = dsc_quantities_find_ctx(text, len, NULL, &own, q, cap);
    /* the sentence before is read only when it could matter */
    if (own.open && p && p->block == r->s->block && !p->heading) {
        dsc_quantities_find_ctx(r->in->text + p->start, p->end - p->start, NULL, &ctx, NULL, 0);
        n = dsc_quantities_find_ctx(text, len, &ctx, NULL, q, cap);
    }
    if (n > cap) n = cap;
    for (i = 0; i < n; i++) {
        size_t qs = r->s->start + q[i].start, m;
        int inside = 0, dup = 0;
        /* a number inside an entity name (Llama 3.1 405B) is not an amount */
        for (m = r->m0; m < r->m1; m++) {
            const dsc_claim_mention *mn = &r->in->mentions[m];
            if (qs >= mn->start && qs < mn->start + mn->len) inside = 1;
        }
        /* "¥2.16tn" in a story told in yen (SoftBank's results) is yen */
        if (strcmp(q[i].unit, "CNY") == 0 && yen_sign(r->in->text + qs) && (r->yen || names_japan(r)))
            memcpy(q[i].unit, "JPY", 4);
        for (k = 0; k < out; k++)
            if (q[k].value == q[i].value && strcmp(q[k].unit, q[i].unit) == 0) dup = 1;
        if (inside || dup) continue;
        q[out++] = q[i];
    }
    return out;
}

/* ===================================================================== */
/* Claims                                                                 */
/* ===================================================================== */

/* Non-claims that name an entity: "X did not respond to a request for
 * comment", "X declined to comment", a line introducing a quotation
 * ("Doe, an analyst at Foo, was blunt:"), credits, open questions. */
static int no_content(const reading *r) {
    const char *t = r->in->text;
    size_t i, end = r->s->end;
    while (end > r->s->start && (t[end - 1] == ' ' || t[end - 1] == ')')) end--;
    if (end > r->s->start && t[end - 1] == ':') return 1;
    if (tok_is(r, 0, "whether") || (tok_is(r, 0, "reporting") && r->toks[0].start > r->s->start) ||
        tok_is(r, 0, "editing"))
        return 1;
    /* "Jane Doe, a partner at Foo, was blunt." introduces a quotation */
    if (r->nt > 3 && r->toks[0].mention >= 0 && mention(r, r->toks[0].mention)->kind == DSC_PERSON) {
        size_t k = 1, close = 0, m = 0;
        while (k < r->nt && r->toks[k].mention == r->toks[0].mention) k++;
        if (k < r->nt && r->toks[k].comma_before) {
            for (i = k + 1; i < r->nt; i++) if (r->toks[i].comma_before) { close = i; break; }
            if (close && r->nt - close <= 6) {
                for (i = close; i < r->nt; i++) if (r->toks[i].mention >= 0 || (r->toks[i].flags & W_PREDICATE)) m = 1;
                if (!m) return 1;
            }
        }
    }
    /* a link to another story: "Also Read: ...", "Further reading: ...",
     * "Read more: ..."; a plug: "(You can now subscribe to our ... channel)" */
    if (r->nt > 2 && t[r->toks[1].end] == ':' &&
        ((tok_is(r, 0, "also") && tok_is(r, 1, "read")) || (tok_is(r, 0, "further") && tok_is(r, 1, "reading")) ||
         (tok_is(r, 0, "read") && (tok_is(r, 1, "more") || tok_is(r, 1, "next") || tok_is(r, 1, "also"))) ||
         (tok_is(r, 0, "see") && tok_is(r, 1, "also"))))
        return 1;
    for (i = 0; i + 2 < r->nt && i < 4; i++)
        if (tok_is(r, i, "subscribe") && tok_is(r, i + 1, "to") && tok_is(r, i + 2, "our")) return 1;
    /* notes to self: "Note the wording: ...", "Next: check ...", "Ask both for ..." */
    if (r->nt && r->toks[0].cap && (tok_is(r, 0, "note") || tok_is(r, 0, "next") || tok_is(r, 0, "ask") ||
                                    tok_is(r, 0, "check") || tok_is(r, 0, "todo") || tok_is(r, 0, "compare")))
        return 1;
    /* the desk's boilerplate: "Our Standards: ...", "Helen Zhou contributed
     * to this report", "An earlier version of this story misstated ...",
     * "Reuters could not independently verify ..." */
    if (r->nt >= 2 && tok_is(r, 0, "our") && tok_is(r, 1, "standards")) return 1;
    /* "Write to Jane Doe at jane@example.com", "Appeared in the August 28
     * print edition", "Get our morning tech briefing in your inbox" */
    if (r->nt >= 3 && r->toks[0].cap && tok_is(r, 0, "write") && tok_is(r, 1, "to")) return 1;
    if (r->nt >= 3 && r->toks[0].cap && tok_is(r, 0, "appeared") && tok_is(r, 1, "in")) return 1;
    if (r->nt >= 3 && r->toks[0].cap && (tok_is(r, 0, "get") || tok_is(r, 0, "subscribe") || tok_is(r, 0, "sign")))
        for (i = 1; i < r->nt; i++)
            if (tok_is(r, i, "newsletter") || tok_is(r, i, "briefing") || tok_is(r, i, "inbox")) return 1;
    for (i = 0; i + 2 < r->nt; i++) {
        if (tok_is(r, i, "contributed") && (tok_is(r, i + 1, "to") || tok_is(r, i + 1, "reporting"))) return 1;
        /* what an earlier version got wrong is no claim, unless the
         * sentence also gives the right figure ("misstated the exercise
         * price ..., which is one cent per share") */
        if (tok_is(r, i, "earlier") && tok_is(r, i + 1, "version") && tok_is(r, i + 2, "of")) {
            size_t k, m = r->nt;
            for (k = i + 3; k < r->nt; k++) {
                if (tok_is(r, k, "misstated")) m = k;
                if (k > m && (tok_is(r, k, "is") || tok_is(r, k, "was") || tok_is(r, k, "are") ||
                              tok_is(r, k, "were")))
                    return 0;
            }
            return 1;
        }
        if (tok_is(r, i, "not") && ((tok_is(r, i + 1, "independently") && i + 2 < r->nt &&
                                     (tok_is(r, i + 2, "verify") || tok_is(r, i + 2, "confirm"))) ||
                                    tok_is(r, i + 1, "verify")))
            return 1;
    }
    /* "Lu Jiaming covers China's chip industry from Beijing.", "He
     * previously covered semiconductors for Bloomberg News", "Welcome back
     * to Load Factor, our weekly note" */
    if (r->nt > 3 && r->toks[0].cap && r->toks[1].cap && (tok_is(r, 2, "covers") || tok_is(r, 2, "writes")))
        return 1;
    if (r->nt > 3 && (tok_is(r, 0, "he") || tok_is(r, 0, "she")) &&
        (tok_is(r, 1, "previously") || tok_is(r, 1, "also") || tok_is(r, 1, "formerly")) &&
        (tok_is(r, 2, "covered") || tok_is(r, 2, "wrote") || tok_is(r, 2, "reported")))
        return 1;
    if (r->nt > 3 && r->toks[0].cap && tok_is(r, 0, "welcome") && tok_is(r, 1, "back") && tok_is(r, 2, "to"))
        return 1;
    /* an author's bio: "Jane Doe is a technology reporter based in ..." */
    if (r->nt > 4 && r->toks[0].cap) {
        size_t k = 1;                                  /* the name: capitalised words */
        while (k < r->nt && k < 4 && r->toks[k].cap && !r->toks[k].comma_before) k++;
        if (k + 2 < r->nt && (tok_is(r, k, "is") || tok_is(r, k, "was")) &&
            (tok_is(r, k + 1, "a") || tok_is(r, k + 1, "an") || tok_is(r, k + 1, "the")))
            for (i = k + 2; i < r->nt && i <= k + 5; i++)
                if (tok_is(r, i, "reporter") || tok_is(r, i, "correspondent") || tok_is(r, i, "editor") ||
                    tok_is(r, i, "writer") || tok_is(r, i, "journalist") || tok_is(r, i, "columnist") ||
                    (tok_is(r, i, "researcher") && tok_is(r, k + 2, "independent")))
                    return 1;
        /* "Ravi Doe is a former utility planner who writes about power markets" */
        if (k + 2 < r->nt && (tok_is(r, k, "is") || tok_is(r, k, "was")) &&
            (tok_is(r, k + 1, "a") || tok_is(r, k + 1, "an")))
            for (i = k + 2; i + 1 < r->nt && i <= k + 8; i++)
                if (tok_is(r, i, "who") && (tok_is(r, i + 1, "writes") || tok_is(r, i + 1, "covers")))
                    return 1;
    }
    /* "Which chips the next model was trained on.", "Why it matters": an
     * open question written without its question mark */
    if (r->nt && (tok_is(r, 0, "which") || tok_is(r, 0, "why")) &&
        !(r->nt > 3 && tok_is(r, 1, "it") && tok_is(r, 2, "matters")))   /* the label "Why it matters:" */
        return 1;
    for (i = 0; i + 1 < r->nt; i++) {
        /* "X has not confirmed the figures", "would not say": nothing
         * asserted, unless the sentence said something first ("said in a
         * statement that ..., but did not say which chips") */
        if (r->toks[i].flags & W_REPORT && !r->toks[i].in_quote && !(i > 0 && tok_is(r, i - 1, "not"))) break;
        if (tok_is(r, i, "not") && (tok_is(r, i + 1, "confirmed") || tok_is(r, i + 1, "disclosed") ||
                                    tok_is(r, i + 1, "say") || tok_is(r, i + 1, "said")))
            return 1;
    }
    for (i = 0; i + 2 < r->nt; i++) {
        size_t j = i + 1;
        if (tok_is(r, j, "immediately")) j++;             /* "did not immediately respond" */
        if (j + 1 >= r->nt) break;
        /* "... believe that customer is ByteDance, which declined to
         * comment": the relative clause adds the no-comment to a claim */
        int relative = i >= 6 && (tok_is(r, i - 1, "which") || tok_is(r, i - 1, "who")) && r->toks[i - 1].comma_before;
        if ((tok_is(r, i, "not") || tok_is(r, i, "declined")) && !relative &&
            (tok_is(r, j, "respond") || tok_is(r, j, "reply") || tok_is(r, j, "comment") ||
             (tok_is(r, j, "to") && (tok_is(r, j + 1, "comment") || tok_is(r, j + 1, "respond")))))
            return 1;
        if (tok_is(r, i, "be") && tok_is(r, i + 1, "reached") && tok_is(r, i + 2, "for")) return 1;
    }
    return 0;
}

/* Is the sentence a claim? Figures make one; so does an attribution to a
 * named or unnamed source, or a quotation with a speaker. A sentence that
 * names an entity is one unless it says nothing checkable: too short to
 * assert anything, an open question, a no-comment line, a quote's
 * introduction. */
/* "Correction: An earlier version of this article misstated ...", "(This
 * story has been corrected to show that ...)": the text sets a fact right
 * in its own voice. */
static int correction_notice(const reading *r) {
    size_t i;
    if (tok_is(r, 0, "correction") || tok_is(r, 0, "corrections")) return 1;
    for (i = 0; i + 2 < r->nt && i < 12; i++) {
        if ((tok_is(r, i, "corrected") || tok_is(r, i, "amended")) && tok_is(r, i + 1, "to") &&
            tok_is(r, i + 2, "show"))
            return 1;
    }
    return 0;
}

static int is_claim(const reading *r, const attribution *a, size_t nq) {
    size_t i, dl = cl_dateline_end(r);
    int predicate = 0, mentions = 0;
    /* a dateline's place and outlet do not make the lede a claim */
    for (i = r->m0; i < r->m1; i++) if (r->in->mentions[i].start >= dl) mentions = 1;
    const char *t = r->in->text;
    /* a few words: a figure for a named model or company ("R1-0528: 66%.")
     * is a claim; "Two things stood out." is not */
    if (r->nt < 4) return nq && mentions && !no_content(r);
    /* "Overall sales grew 69%." is a result; "That is 10 times more." is not */
    if (r->nt < 6 && nq && !mentions && a->verb >= r->nt &&
        !((r->all & W_PREDICATE) && (r->all & (W_T_MARKET | W_T_COST | W_T_FUND))))
        return 0;
    if (r->toks[0].flags & W_NOTCLAIM) return 0;
    /* questions assert nothing, unless someone is quoted asking */
    if (t[r->s->end - 1] == '?' && !r->has_quote) return 0;
    if (no_content(r)) return 0;
    if (nq || correction_notice(r)) return 1;
    if (a->verb < r->nt && (a->mention >= 0 || (a->name && strcmp(a->name, "article") != 0)))
        return 1;
    if (a->passive) return 1;
    for (i = 0; i < r->nt; i++) if (r->toks[i].flags & W_PREDICATE) predicate = 1;
    /* "The company's shares closed at a record high", "It does not appear
     * to need outside money": a pronoun or "the company" stands for an
     * entity named before */
    if (!mentions && r->nt && !r->toks[0].in_quote) {
        /* the subject may follow a conjunction ("But the company has ...")
         * or an opening phrase ("Like the original, it ships ...") */
        size_t s0 = 0, c;
        if (r->nt > 2 && (tok_is(r, 0, "but") || tok_is(r, 0, "and") || tok_is(r, 0, "yet"))) s0 = 1;
        for (c = 1; c < r->nt && c < 8 && s0 == 0; c++)
            if (r->toks[c].comma_before && (tok_is(r, c, "it") || tok_is(r, c, "its"))) s0 = c;
        if (tok_is(r, s0, "it") || tok_is(r, s0, "its") || tok_is(r, s0, "their") ||
            (tok_is(r, s0, "the") && s0 + 1 < r->nt && (r->toks[s0 + 1].flags & W_PRONOUN) &&
             !(r->toks[s0 + 1].flags & W_PERSONAL)))
            mentions = 1;
    }
    if (mentions && predicate) return 1;
    if (mentions && (r->all & W_HEDGE)) return 1;     /* "X reportedly used H100s." */
    /* a short sentence with nothing but names in it is a remark
     * ("The squeeze is not unique to China."), unless it names a topic */
    return mentions && r->nt >= 6 &&
           (r->nt >= 10 || (r->all & (W_T_COST | W_T_TIME | W_T_HW | W_T_BENCH | W_T_MARKET |
                                      W_T_FUND | W_T_POLICY | W_T_OTHER)));
}

/* What the first pass learns of each sentence. */
typedef struct {
    const char *speaker;      /* own attribution, or the quotation's */
    const char *last_person;  /* the last person named in the sentence */
    const char *first_person; /* the first one */
    uint8_t has_verb;         /* attributed in the sentence itself */
    uint8_t starts_in_quote, open_at_end, has_quote, skip;
    uint32_t m0, m1;
} sent_info;

static int quoted(const sent_info *f) { return f->starts_in_quote || f->has_quote || f->open_at_end; }

static void set_sentence(reading *r, const dsc_claim_input *in, const sent_info *f, size_t si) {
    memset(r->excluded, 0, sizeof r->excluded);
    r->topic_limit = (uint32_t)-1;
    r->si = si;
    r->in = in; r->s = &in->sents[si]; r->m0 = f->m0; r->m1 = f->m1;
}

/* The claim of the sentence r has read, with attribution a, if it is one. */
/* A quotation that speaks of nothing in particular: short, and without a
 * pronoun or a definite noun phrase pointing at the story ("Necessity is
 * the mother of invention" against "The numbers are impressive"). */
static int generic_quote(const reading *r) {
    size_t i, first = r->nt;

    /* a partial quotation inside a statement ('X said that estimate
     * "greatly overstates" the issue') is not a saying on its own */
    if (r->nt && !r->toks[0].in_quote) return 0;
    for (i = 0; i < r->nt; i++) {
        if (!r->toks[i].in_quote) continue;
        if (first == r->nt) first = i;
        if (tok_is(r, i, "will") || tok_is(r, i, "would"))      /* a forecast is checkable */
            return 0;
        if (r->toks[i].flags & W_PREDICATE) return 0;           /* an action is */
        /* "We have not seen any slowdown in orders", "our testers are sold
         * out": a speaker on their own business says something checkable;
         * "we were supposed to be the cheap one" only characterises */
        if (tok_is(r, i, "our")) return 0;
        if (tok_is(r, i, "we") && i + 1 < r->nt && r->toks[i + 1].in_quote &&
            r->in->text[r->toks[i].end] == ' ' &&
            !(tok_is(r, i + 1, "were") || tok_is(r, i + 1, "are") || tok_is(r, i + 1, "was")))
            return 0;
        /* "Smuggling has moved from single chips to whole servers": words of
         * the trade make it a claim about it; proverbs have none */
        if (r->toks[i].flags & (W_T_HW | W_T_BENCH | W_T_MARKET | W_T_FUND | W_T_POLICY)) return 0;
    }
    return !(first < r->nt && (tok_is(r, first, "the") || tok_is(r, first, "that")));
}

/* One claim from the part [t0, t1) of the sentence r has read. */
static int emit_part(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f,
                     attribution *a, const dsc_quantity *all, size_t n_all, size_t t0, size_t t1,
                     dsc_vec *out) {
    dsc_quantity q[32];
    size_t nq = 0, i;
    dsc_raw_claim *c;
    int quote_part = quoted(f);
    r->t0 = t0; r->t1 = t1;
    r->b0 = t0 == 0 ? (uint32_t)r->s->start : r->toks[t0].start;
    r->b1 = t1 >= r->nt ? (uint32_t)r->s->end : r->toks[t1].start;
    for (i = 0; i < n_all; i++) {
        uint32_t at = (uint32_t)r->s->start + all[i].start;
        if (at >= r->b0 && at < r->b1) q[nq++] = all[i];
    }
    c = dsc_vec_push(out);
    if (!c) return -1;
    c->sentence = (uint32_t)si;
    c->claimant = a->name;
    /* "was reported to", "is said to", "is believed to" hedge too; "has been
     * described as", "is expected in" do not */
    c->hedged = cl_hedged(r) || (a->passive && a->verb < r->nt && cl_passive_hedge(r, a->verb));
    if (quote_part && a->name && strcmp(a->name, "article") != 0 &&
        (r->quote_words >= 2 || f->starts_in_quote || a->verb < r->nt))
        c->kind = DSC_QUOTE;
    else
        c->kind = cl_topic(r, q, nq);
    if (cl_about_list(r, a, in->arena, &c->about, &c->n_about) < 0) return -1;
    /* a short quotation with no entity and no figure is commentary or a
     * proverb ("Necessity is the mother of invention"), not a claim */
    if (c->kind == DSC_QUOTE && c->n_about == 0 && nq == 0 && generic_quote(r)) { out->len--; return 0; }
    c->n_quantities = (uint32_t)nq;
    c->quantities = dsc_arena_alloc(in->arena, (nq + 1) * sizeof(dsc_quantity));
    if (!c->quantities) return -1;
    if (nq) memcpy(c->quantities, q, nq * sizeof(dsc_quantity));
    return 0;
}

/* Does the clause [t0, t1) assert something of its own (a verb of
 * action or a figure)? */
static int clause_asserts(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1; i++)
        if (r->toks[i].flags & (W_PREDICATE | W_T_MARKET | W_T_FUND | W_T_POLICY | W_T_TIME)) return 1;
    return 0;
}

/* The two claims of a sentence split at token at: [0, at) by first,
 * [at, nt) by then. doc/claims.md splits a sentence for different claimants
 * or kinds only, so two parts that agree on both ("SemiAnalysis estimated
 * that ... and said the $6m covered only ...") become one claim again. */
static int emit_two(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f, attribution *first,
                    attribution *then, const dsc_quantity *q, size_t nq, size_t at, dsc_vec *out) {
    size_t before = out->len;
    const dsc_raw_claim *c1;
    if (emit_part(in, si, r, f, first, q, nq, 0, at, out) < 0) return -1;
    if (emit_part(in, si, r, f, then, q, nq, at, r->nt, out) < 0) return -1;
    if (out->len != before + 2) return 0;
    c1 = (const dsc_raw_claim *)out->data + before;
    if (c1->kind == c1[1].kind && c1->kind != DSC_QUOTE && c1->claimant && c1[1].claimant &&
        strcmp(c1->claimant, c1[1].claimant) == 0) {
        out->len = before;
        return emit_part(in, si, r, f, first, q, nq, 0, r->nt, out);
    }
    return 0;
}

/* Two claims in one sentence (doc/claims.md: different claimants or kinds):
 *   "Alibaba released a model on Wednesday and said it beat V3": the
 *   release in the article's voice, then Alibaba's benchmark claim;
 *   "The lab says X, but analysts argue Y": one claim per speaker.
 * Returns the token where the second claim starts (and fills second), or 0. */
static size_t split_point(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t g, k;
    *second_last = 0;
    if (a->verb >= r->nt || r->toks[a->verb].in_quote) return 0;
    /* coordinated verb after a clause with its own action */
    g = a->verb;
    while (g > 0 && cl_verb_modifier(r, g - 1)) g--;
    if (g > 2 && tok_is(r, g - 1, "and") && a->mention >= 0 &&
        clause_asserts(r, 0, g - 1)) {
        size_t j;
        int says = 0;
        for (j = 0; j + 1 < g; j++) if (r->toks[j].flags & W_REPORT) says = 1;
        /* "Zuckerberg reaffirmed plans ... and said ...": both are his */
        if (says) { *second = *a; second->verb = r->nt; }
        else {
            second->name = "article"; second->mention = -1; second->entity = -1;
            second->verb = r->nt; second->passive = 0; second->self = 0;
        }
        return g - 1;   /* the caller swaps: the first part is the action's */
    }
    /* "Alibaba released a new generation of Qwen models, saying the
     * largest rivals DeepSeek's": the release in the article's voice, the
     * comparison in the company's */
    if (a->verb < r->nt && tok_is(r, a->verb, "saying") && r->toks[a->verb].comma_before && a->verb > 3 &&
        clause_asserts(r, 0, a->verb)) {
        second->name = "article"; second->mention = -1; second->entity = -1;
        second->verb = r->nt; second->passive = 0; second->self = 0;
        return a->verb;
    }
    /* "Alphabet slumped 7.3%, its steepest drop since 2023, after the
     * company said it plans to spend $75 billion": the move in the
     * article's voice, the plan in the company's */
    if (a->verb < r->nt) {
        size_t x;
        for (x = a->verb; x-- > 1 && a->verb - x <= 5;) {
            if (r->toks[x].in_quote) break;
            if ((tok_is(r, x, "after") || tok_is(r, x, "as") || tok_is(r, x, "since") || tok_is(r, x, "when")) &&
                (r->toks[x].comma_before || (tok_is(r, x, "after") && x > 3)) && clause_asserts(r, 0, x)) {
                second->name = "article"; second->mention = -1; second->entity = -1;
                second->verb = r->nt; second->passive = 0; second->self = 0;
                return x;
            }
        }
    }
    /* "Nvidia said it will take a $5.5 billion charge, and its shares fell
     * 7%": the speaker's statement, then the market's move in the
     * article's voice */
    for (k = a->verb + 2; k + 2 < r->nt && a->verb < r->nt; k++) {
        size_t v;
        int move = 0, says = 0;
        if (!tok_is(r, k, "and") || !r->toks[k].comma_before || r->toks[k].in_quote) continue;
        if (tok_is(r, k + 1, "that")) break;                   /* ", and that ...": still the speaker */
        for (v = k + 1; v < r->nt && v <= k + 5; v++) {
            if (r->toks[v].flags & W_REPORT) says = 1;
            if ((r->toks[v].flags & W_PREDICATE) && (r->toks[v].flags & W_T_MARKET)) move = 1;
        }
        if (move && !says) {
            second->name = "article"; second->mention = -1; second->entity = -1;
            second->verb = r->nt; second->passive = 0; second->self = 0;
            *second_last = 1;                          /* after the speaker's */
            return k;
        }
        break;
    }
    /* "Huawei unveiled CloudMatrix 384, ..., and research firm SemiAnalysis
     * wrote that it can beat ...", "Washington has approved some exports,
     * but US officials have insisted ...": the first clause in the
     * article's voice, the second in the speaker's */
    if (a->mention >= 0 || (a->verb < r->nt && a->name && strcmp(a->name, "article") != 0)) {
        size_t m = a->verb, x;
        if (a->mention >= 0) {
            while (m > 0 && r->toks[m - 1].mention != a->mention) m--;
            while (m > 1 && r->toks[m - 2].mention == a->mention) m--;
        } else {
            /* an unnamed subject: the noun group right before the verb */
            while (m > 0 && a->verb - m < 4 && !r->toks[m].comma_before) m--;
            m++;
        }
        if (m > 0 && (a->mention < 0 || r->toks[m - 1].mention == a->mention)) {
            m--;
            for (x = m + 1; x > 0 && m + 1 - x < 5; x--)
                if ((tok_is(r, x - 1, "and") || tok_is(r, x - 1, "but")) && r->toks[x - 1].comma_before &&
                    x - 1 > 2 && clause_asserts(r, 0, x - 1)) {
                    second->name = "article"; second->mention = -1; second->entity = -1;
                    second->verb = r->nt; second->passive = 0; second->self = 0;
                    return x - 1;
                }
        }
    }
    /* "X priced its model at ..., which it said was cheaper": the price in
     * the article's voice, the comparison in X's */
    if (a->verb > 2 && a->verb < r->nt && r->toks[a->verb - 2].comma_before &&
        (tok_is(r, a->verb - 2, "which") || tok_is(r, a->verb - 2, "what")) &&
        (tok_is(r, a->verb - 1, "it") || tok_is(r, a->verb - 1, "they")) && clause_asserts(r, 0, a->verb - 2)) {
        second->name = "article"; second->mention = -1; second->entity = -1;
        second->verb = r->nt; second->passive = 0; second->self = 0;
        return a->verb - 2;
    }
    /* a contrast introducing another speaker; or a semicolon ("DeepSeek
     * has said the run cost $5.6 million; outside analysts believe ...") */
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        size_t v;
        int semi = !r->toks[k].in_quote && memchr(r->in->text + r->toks[k - 1].end, ';',
                                                  r->toks[k].start - r->toks[k - 1].end) != NULL;
        if (!semi && (!r->toks[k].comma_before || r->toks[k].in_quote)) continue;
        if (!semi && !(tok_is(r, k, "but") || tok_is(r, k, "while") || tok_is(r, k, "whereas") ||
              tok_is(r, k, "although") || tok_is(r, k, "though") ||
              /* ", and Zuckerberg has predicted ...", ", and research firm
               * SemiAnalysis wrote ...": another speaker */
              (tok_is(r, k, "and") &&
               ((k + 1 < r->nt && r->toks[k + 1].mention >= 0) ||
                (k + 3 < r->nt && !r->toks[k + 1].cap && r->toks[k + 3].mention >= 0 &&
                 !r->toks[k + 2].cap && mention(r, r->toks[k + 3].mention)->kind <= DSC_PERSON)))))
            continue;
        for (v = k + 1; v < r->nt && v <= k + 6; v++) {
            size_t n;
            int negated = 0;
            if (!(r->toks[v].flags & W_REPORT) || r->toks[v].in_quote) continue;
            /* "; neither company has confirmed this": no statement */
            for (n = k; n < v; n++)
                if (tok_is(r, n, "not") || tok_is(r, n, "neither") || tok_is(r, n, "never") || tok_is(r, n, "no"))
                    negated = 1;
            if (semi && negated) break;
            second->name = "article"; second->mention = -1; second->entity = -1;
            second->verb = r->nt; second->passive = 0; second->self = 0;
            if (cl_subject_before(r, v, second) && second->name &&
                (!a->name || strcmp(second->name, a->name) != 0)) {
                second->verb = v;
                return k;
            }
            break;
        }
    }
    return 0;
}

static int emit_claim(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f,
                      attribution *a, dsc_vec *out) {
    dsc_quantity q[32];
    attribution second;
    size_t nq, at;
    int second_last = 0;
    nq = quantities(r, q, sizeof q / sizeof q[0]);
    /* a quotation with a known speaker is a claim, unless it is a saying
     * (emit_part drops those) */
    if (!is_claim(r, a, nq) &&
        !(quoted(f) && a->name && strcmp(a->name, "article") != 0 && r->nt >= 4 &&
          (r->m1 > r->m0 || clause_asserts(r, 0, r->nt) ||
           (r->all & (W_T_COST | W_T_HW | W_T_BENCH | W_T_MARKET | W_T_FUND | W_T_POLICY)))))
        return 0;
    at = quoted(f) ? 0 : split_point(r, a, &second, &second_last);
    if (!at) return emit_part(in, si, r, f, a, q, nq, 0, r->nt, out);
    if (second.verb >= r->nt && !second_last)      /* coordination: the article's clause first */
        return emit_two(in, si, r, f, &second, a, q, nq, at, out);
    return emit_two(in, si, r, f, a, &second, q, nq, at, out);
}

/* A quoted sentence that names no speaker waits for share_speakers. */
static int deferred(const sent_info *f) { return quoted(f) && !f->has_verb; }

/* Pass 1: quotation state and attribution of every sentence, and the
 * claims of every sentence that does not wait for a speaker. */
static int first_pass(const dsc_claim_input *in, reading *r, sent_info *info, dsc_vec *out) {
    size_t si, m = 0;
    int in_quote = 0;
    uint32_t block = (uint32_t)-1;
    for (si = 0; si < in->n_sents; si++) {
        const dsc_sent *s = &in->sents[si];
        sent_info *f = &info[si];
        attribution a;
        size_t m1, k;
        while (m < in->n_mentions && in->mentions[m].start < s->start) m++;
        m1 = m;
        while (m1 < in->n_mentions && in->mentions[m1].start < s->end) m1++;
        if (m1 - m > sizeof r->excluded) m1 = m + sizeof r->excluded;
        f->m0 = (uint32_t)m; f->m1 = (uint32_t)m1;
        if (s->block != block) {
            /* a paragraph that does not open with a quote mark ends any
             * quotation left open (a quote running on over paragraphs
             * reopens each one) */
            int open;
            if (!dsc_quote_at(in->text, s->end, s->start, &open)) in_quote = 0;
            block = s->block;
        }
        if (s->heading) { f->skip = 1; in_quote = 0; continue; }
        set_sentence(r, in, f, si);
        /* A block quote is a quotation from its first word, unless the
         * quoted text attributes its own content ("> OpenAI said ..."). */
        if (in->blocks[s->block].type == DSC_BLK_QUOTE && !in_quote) {
            read_sentence(r, 0);
            cl_find_attribution(r, &a);
            if (a.verb >= r->nt) in_quote = 1;
        }
        read_sentence(r, in_quote);
        cl_find_attribution(r, &a);
        if (a.verb < r->nt && a.name && strcmp(a.name, "article") != 0 && !a.passive) {
            r->prev_name = a.name; r->prev_si = si;
            r->prev_entity = a.mention >= 0 ? (long)mention(r, a.mention)->entity : a.entity;
            r->prev_person = a.mention >= 0 ? mention(r, a.mention)->kind == DSC_PERSON :
                             (a.entity < 0 && (strcmp(a.name, "unnamed source") == 0 ||
                                               strcmp(a.name, "official") == 0));
        }
        f->speaker = a.name;
        f->has_verb = a.verb < r->nt;
        f->starts_in_quote = (uint8_t)r->starts_in_quote;
        f->open_at_end = (uint8_t)r->open_at_end;
        f->has_quote = (uint8_t)r->has_quote;
        for (k = m1; k-- > m;)
            if (in->mentions[k].kind == DSC_PERSON) { f->last_person = in->mentions[k].name; break; }
        for (k = m; k < m1; k++)
            if (in->mentions[k].kind == DSC_PERSON) { f->first_person = in->mentions[k].name; break; }
        in_quote = r->open_at_end;
        if (!deferred(f) && emit_claim(in, si, r, f, &a, out) < 0) return -1;
    }
    return 0;
}

/* "That warning came from X", "Those words were X's", "The remark came
 * from X": a sentence that hands the quotation before it to a speaker. */
static int names_previous_quote(const dsc_claim_input *in, size_t si) {
    const dsc_sent *s = &in->sents[si];
    const char *t = in->text + s->start;
    size_t n = s->end - s->start, i;
    if (!(n > 5 && (memcmp(t, "That ", 5) == 0 || memcmp(t, "This ", 5) == 0 || memcmp(t, "Those ", 6) == 0 ||
                    memcmp(t, "These ", 6) == 0 || memcmp(t, "The ", 4) == 0)))
        return 0;
    for (i = 0; i + 11 <= n && i < 40; i++)
        if (memcmp(t + i, " came from ", 11) == 0 || (i + 10 <= n && memcmp(t + i, " words of ", 10) == 0))
            return 1;
    return 0;
}

/* A quotation running over several sentences has one speaker, named in
 * any of them ("First. Second," she said.), or, when none names it, in
 * the sentence before the quotation ("Doe was blunt." / "It changes
 * everything."). */
static void share_speakers(const dsc_claim_input *in, sent_info *info) {
    size_t a = 0, b, k;
    while (a < in->n_sents) {
        const char *speaker = NULL;
        if (info[a].skip || !quoted(&info[a])) { a++; continue; }
        b = a + 1;
        while (b < in->n_sents && !info[b].skip && info[b].starts_in_quote) b++;
        for (k = a; k < b && !speaker; k++)
            if (info[k].has_verb && info[k].speaker && strcmp(info[k].speaker, "article") != 0)
                speaker = info[k].speaker;
        /* "> Export controls bought time." / "That warning came from Daniel
         * Reyes, ...": the sentence after the quotation names its speaker */
        if (!speaker && b < in->n_sents && !info[b].skip && info[b].first_person &&
            names_previous_quote(in, b))
            speaker = info[b].first_person;
        if (!speaker && a > 0 && !info[a - 1].skip && !info[a].has_verb) {
            /* the speaker introduced just before the quotation */
            if (info[a - 1].has_verb && info[a - 1].speaker && strcmp(info[a - 1].speaker, "article") != 0)
                speaker = info[a - 1].speaker;
            else if (info[a - 1].last_person)
                speaker = info[a - 1].last_person;
        }
        if (speaker)
            for (k = a; k < b; k++)
                if (!info[k].has_verb) info[k].speaker = speaker;
        a = b;
    }
}

static int cmp_claim(const void *x, const void *y) {
    const dsc_raw_claim *a = x, *b = y;
    return a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
}

int dsc_find_claims(const dsc_claim_input *in, dsc_vec *out) {
    reading *r = malloc(sizeof *r);
    cl_memory *mem = cl_memory_new();
    sent_info *info = calloc(in->n_sents + 1, sizeof *info);
    uint32_t *msent = malloc((in->n_mentions + 1) * sizeof *msent);
    size_t si, before;
    int rc = -1;
    if (!r || !info || !msent || !mem) goto done;
    r->mem = mem;
    r->prev_name = NULL; r->prev_entity = -1; r->prev_person = 0; r->prev_si = 0;
    r->yen = counts_in_yen(in->text, in->len);
    {
        size_t k, si2 = 0;
        for (k = 0; k < in->n_mentions; k++) {
            while (si2 + 1 < in->n_sents && in->sents[si2 + 1].start <= in->mentions[k].start) si2++;
            msent[k] = (uint32_t)si2;
        }
        r->msent = msent;
    }
    if (first_pass(in, r, info, out) < 0) goto done;
    share_speakers(in, info);
    r->prev_name = NULL;          /* pass 2 takes its speakers from info */
    /* pass 2: the quoted sentences that waited, read again with their speaker */
    before = out->len;
    for (si = 0; si < in->n_sents; si++) {
        attribution a;
        if (info[si].skip || !deferred(&info[si])) continue;
        set_sentence(r, in, &info[si], si);
        read_sentence(r, info[si].starts_in_quote);
        cl_find_attribution(r, &a);
        a.name = info[si].speaker;
        if (emit_claim(in, si, r, &info[si], &a, out) < 0) goto done;
    }
    if (out->len > before) qsort(out->data, out->len, sizeof(dsc_raw_claim), cmp_claim);
    rc = 0;
done:
    free(r);
    cl_memory_free(mem);
    free(info);
    free(msent);
    return rc;
}
