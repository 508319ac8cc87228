/*
 * gate.c: is a sentence a claim? Figures make one, so do an attribution, a
 * passive report, an entity doing something checkable; no-comment lines,
 * links to other stories, bylines and open questions never do. Also: a
 * quotation that is only a saying, and whether a clause asserts anything.
 */
#include "claim.h"

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
    if (tok_w(r, 0, LXW_WHETHER) || (tok_w(r, 0, LXW_REPORTING) && r->toks[0].start > r->s->start) ||
        tok_w(r, 0, LXW_EDITING))
        return 1;
    /* "Jane Doe, a partner at Foo, was blunt." introduces a quotation */
    if (r->nt > 3 && r->toks[0].mention >= 0 && mention(r, r->toks[0].mention)->kind == DSC_PERSON) {
        size_t k = 1, close = 0, m = 0;
        while (k < r->nt && r->toks[k].mention == r->toks[0].mention) k++;
        if (k < r->nt && r->toks[k].comma_before) {
            for (i = k + 1; i < r->nt; i++) if (r->toks[i].comma_before) { close = i; break; }
            if (close && r->nt - close <= 6) {
                for (i = close; i < r->nt; i++) if (r->toks[i].mention >= 0 || (r->toks[i].cls.lo & LXM_PREDICATE)) m = 1;
                if (!m) return 1;
            }
        }
    }
    /* a link to another story: "Also Read: ...", "Further reading: ...",
     * "Read more: ..."; a plug: "(You can now subscribe to our ... channel)" */
    if (r->nt > 2 && t[r->toks[1].end] == ':' &&
        ((tok_w(r, 0, LXW_ALSO) && tok_w(r, 1, LXW_READ)) || (tok_w(r, 0, LXW_FURTHER) && tok_w(r, 1, LXW_READING)) ||
         (tok_w(r, 0, LXW_READ) && (tok_w(r, 1, LXW_MORE) || tok_w(r, 1, LXW_NEXT) || tok_w(r, 1, LXW_ALSO))) ||
         (tok_w(r, 0, LXW_SEE) && tok_w(r, 1, LXW_ALSO))))
        return 1;
    for (i = 0; i + 2 < r->nt && i < 4; i++)
        if (tok_w(r, i, LXW_SUBSCRIBE) && tok_w(r, i + 1, LXW_TO) && tok_w(r, i + 2, LXW_OUR)) return 1;
    /* notes to self: "Note the wording: ...", "Next: check ...", "Ask both for ..." */
    if (r->nt && r->toks[0].cap && (tok_w(r, 0, LXW_NOTE) || tok_w(r, 0, LXW_NEXT) || tok_w(r, 0, LXW_ASK) ||
                                    tok_w(r, 0, LXW_CHECK) || tok_w(r, 0, LXW_TODO) || tok_w(r, 0, LXW_COMPARE)))
        return 1;
    /* the desk's boilerplate: "Our Standards: ...", "Helen Zhou contributed
     * to this report", "An earlier version of this story misstated ...",
     * "Reuters could not independently verify ..." */
    if (r->nt >= 2 && tok_w(r, 0, LXW_OUR) && tok_w(r, 1, LXW_STANDARDS)) return 1;
    /* "Write to Jane Doe at jane@example.com", "Appeared in the August 28
     * print edition", "Get our morning tech briefing in your inbox" */
    if (r->nt >= 3 && r->toks[0].cap && tok_w(r, 0, LXW_WRITE) && tok_w(r, 1, LXW_TO)) return 1;
    if (r->nt >= 3 && r->toks[0].cap && tok_w(r, 0, LXW_APPEARED) && tok_w(r, 1, LXW_IN)) return 1;
    if (r->nt >= 3 && r->toks[0].cap && (tok_w(r, 0, LXW_GET) || tok_w(r, 0, LXW_SUBSCRIBE) || tok_w(r, 0, LXW_SIGN)))
        for (i = 1; i < r->nt; i++)
            if (tok_w(r, i, LXW_NEWSLETTER) || tok_w(r, i, LXW_BRIEFING) || tok_w(r, i, LXW_INBOX)) return 1;
    for (i = 0; i + 2 < r->nt; i++) {
        if (tok_w(r, i, LXW_CONTRIBUTED) && (tok_w(r, i + 1, LXW_TO) || tok_w(r, i + 1, LXW_REPORTING))) return 1;
        /* what an earlier version got wrong is no claim, unless the
         * sentence also gives the right figure ("misstated the exercise
         * price ..., which is one cent per share") */
        if (tok_w(r, i, LXW_EARLIER) && tok_w(r, i + 1, LXW_VERSION) && tok_w(r, i + 2, LXW_OF)) {
            size_t k, m = r->nt;
            for (k = i + 3; k < r->nt; k++) {
                if (tok_w(r, k, LXW_MISSTATED)) m = k;
                if (k > m && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS) || tok_w(r, k, LXW_ARE) ||
                              tok_w(r, k, LXW_WERE)))
                    return 0;
            }
            return 1;
        }
        if (tok_w(r, i, LXW_NOT) && ((tok_w(r, i + 1, LXW_INDEPENDENTLY) && i + 2 < r->nt &&
                                     (tok_w(r, i + 2, LXW_VERIFY) || tok_w(r, i + 2, LXW_CONFIRM))) ||
                                    tok_w(r, i + 1, LXW_VERIFY)))
            return 1;
    }
    /* "Lu Jiaming covers China's chip industry from Beijing.", "He
     * previously covered semiconductors for Bloomberg News", "Welcome back
     * to Load Factor, our weekly note" */
    if (r->nt > 3 && r->toks[0].cap && r->toks[1].cap && (tok_w(r, 2, LXW_COVERS) || tok_w(r, 2, LXW_WRITES)))
        return 1;
    if (r->nt > 3 && (tok_w(r, 0, LXW_HE) || tok_w(r, 0, LXW_SHE)) &&
        (tok_w(r, 1, LXW_PREVIOUSLY) || tok_w(r, 1, LXW_ALSO) || tok_w(r, 1, LXW_FORMERLY)) &&
        (tok_w(r, 2, LXW_COVERED) || tok_w(r, 2, LXW_WROTE) || tok_w(r, 2, LXW_REPORTED)))
        return 1;
    if (r->nt > 3 && r->toks[0].cap && tok_w(r, 0, LXW_WELCOME) && tok_w(r, 1, LXW_BACK) && tok_w(r, 2, LXW_TO))
        return 1;
    /* an author's bio: "Jane Doe is a technology reporter based in ..." */
    if (r->nt > 4 && r->toks[0].cap) {
        size_t k = 1;                                  /* the name: capitalised words */
        while (k < r->nt && k < 4 && r->toks[k].cap && !r->toks[k].comma_before) k++;
        if (k + 2 < r->nt && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS)) &&
            (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN) || tok_w(r, k + 1, LXW_THE)))
            for (i = k + 2; i < r->nt && i <= k + 5; i++)
                if (tok_w(r, i, LXW_REPORTER) || tok_w(r, i, LXW_CORRESPONDENT) || tok_w(r, i, LXW_EDITOR) ||
                    tok_w(r, i, LXW_WRITER) || tok_w(r, i, LXW_JOURNALIST) || tok_w(r, i, LXW_COLUMNIST) ||
                    (tok_w(r, i, LXW_RESEARCHER) && tok_w(r, k + 2, LXW_INDEPENDENT)))
                    return 1;
        /* "Ravi Doe is a former utility planner who writes about power markets" */
        if (k + 2 < r->nt && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS)) &&
            (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN)))
            for (i = k + 2; i + 1 < r->nt && i <= k + 8; i++)
                if (tok_w(r, i, LXW_WHO) && (tok_w(r, i + 1, LXW_WRITES) || tok_w(r, i + 1, LXW_COVERS)))
                    return 1;
    }
    /* "Which chips the next model was trained on.", "Why it matters": an
     * open question written without its question mark */
    if (r->nt && (tok_w(r, 0, LXW_WHICH) || tok_w(r, 0, LXW_WHY)) &&
        !(r->nt > 3 && tok_w(r, 1, LXW_IT) && tok_w(r, 2, LXW_MATTERS)))   /* the label "Why it matters:" */
        return 1;
    for (i = 0; i + 1 < r->nt; i++) {
        /* "X has not confirmed the figures", "would not say": nothing
         * asserted, unless the sentence said something first ("said in a
         * statement that ..., but did not say which chips") */
        if (r->toks[i].cls.lo & LXM_REPORT && !r->toks[i].in_quote && !(i > 0 && tok_w(r, i - 1, LXW_NOT))) break;
        if (tok_w(r, i, LXW_NOT) && (tok_w(r, i + 1, LXW_CONFIRMED) || tok_w(r, i + 1, LXW_DISCLOSED) ||
                                    tok_w(r, i + 1, LXW_SAY) || tok_w(r, i + 1, LXW_SAID)))
            return 1;
    }
    for (i = 0; i + 2 < r->nt; i++) {
        size_t j = i + 1;
        if (tok_w(r, j, LXW_IMMEDIATELY)) j++;             /* "did not immediately respond" */
        if (j + 1 >= r->nt) break;
        /* "... believe that customer is ByteDance, which declined to
         * comment": the relative clause adds the no-comment to a claim */
        int relative = i >= 6 && (tok_w(r, i - 1, LXW_WHICH) || tok_w(r, i - 1, LXW_WHO)) && r->toks[i - 1].comma_before;
        if ((tok_w(r, i, LXW_NOT) || tok_w(r, i, LXW_DECLINED)) && !relative &&
            (tok_w(r, j, LXW_RESPOND) || tok_w(r, j, LXW_REPLY) || tok_w(r, j, LXW_COMMENT) ||
             (tok_w(r, j, LXW_TO) && (tok_w(r, j + 1, LXW_COMMENT) || tok_w(r, j + 1, LXW_RESPOND)))))
            return 1;
        if (tok_w(r, i, LXW_BE) && tok_w(r, i + 1, LXW_REACHED) && tok_w(r, i + 2, LXW_FOR)) return 1;
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
    if (tok_w(r, 0, LXW_CORRECTION) || tok_w(r, 0, LXW_CORRECTIONS)) return 1;
    for (i = 0; i + 2 < r->nt && i < 12; i++) {
        if ((tok_w(r, i, LXW_CORRECTED) || tok_w(r, i, LXW_AMENDED)) && tok_w(r, i + 1, LXW_TO) &&
            tok_w(r, i + 2, LXW_SHOW))
            return 1;
    }
    return 0;
}

/* Is the sentence a claim? The name of the rule that makes it one, or
 * NULL. */
const char *cl_is_claim(const reading *r, const attribution *a, size_t nq) {
    size_t i, dl = cl_dateline_end(r);
    int predicate = 0, mentions = 0;
    /* a dateline's place and outlet do not make the lede a claim */
    for (i = r->m0; i < r->m1; i++) if (r->in->mentions[i].start >= dl) mentions = 1;
    const char *t = r->in->text;
    /* a few words: a figure for a named model or company ("R1-0528: 66%.")
     * is a claim; "Two things stood out." is not */
    if (r->nt < 4) return nq && mentions && !no_content(r) ? "short-figure" : NULL;
    /* "Overall sales grew 69%." is a result; "That is 10 times more." is not */
    if (r->nt < 6 && nq && !mentions && a->verb >= r->nt &&
        !((r->all.lo & LXM_PREDICATE) && (r->all.lo & (LXM_TOPIC_MARKET | LXM_TOPIC_COST | LXM_TOPIC_FUNDING))))
        return NULL;
    if (r->toks[0].cls.lo & LXM_NOT_CLAIM) return NULL;
    /* questions assert nothing, unless someone is quoted asking */
    if (t[r->s->end - 1] == '?' && !r->has_quote) return NULL;
    if (no_content(r)) return NULL;
    if (nq) return "figures";
    if (correction_notice(r)) return "correction";
    if (a->verb < r->nt && (a->mention >= 0 || (a->name && strcmp(a->name, "article") != 0)))
        return "attributed";
    if (a->passive) return "reported-passive";
    for (i = 0; i < r->nt; i++) if (r->toks[i].cls.lo & LXM_PREDICATE) predicate = 1;
    /* "The company's shares closed at a record high", "It does not appear
     * to need outside money": a pronoun or "the company" stands for an
     * entity named before */
    if (!mentions && r->nt && !r->toks[0].in_quote) {
        /* the subject may follow a conjunction ("But the company has ...")
         * or an opening phrase ("Like the original, it ships ...") */
        size_t s0 = 0, c;
        if (r->nt > 2 && (tok_w(r, 0, LXW_BUT) || tok_w(r, 0, LXW_AND) || tok_w(r, 0, LXW_YET))) s0 = 1;
        for (c = 1; c < r->nt && c < 8 && s0 == 0; c++)
            if (r->toks[c].comma_before && (tok_w(r, c, LXW_IT) || tok_w(r, c, LXW_ITS))) s0 = c;
        if (tok_w(r, s0, LXW_IT) || tok_w(r, s0, LXW_ITS) || tok_w(r, s0, LXW_THEIR) ||
            (tok_w(r, s0, LXW_THE) && s0 + 1 < r->nt && (r->toks[s0 + 1].cls.lo & LXM_PRONOUN) &&
             !(r->toks[s0 + 1].cls.lo & LXM_PERSONAL)))
            mentions = 1;
    }
    if (mentions && predicate) return "entity-action";
    if (mentions && (r->all.lo & LXM_HEDGE)) return "entity-hedged";     /* "X reportedly used H100s." */
    /* a short sentence with nothing but names in it is a remark
     * ("The squeeze is not unique to China."), unless it names a topic */
    if (!(mentions && r->nt >= 6)) return NULL;
    if (r->nt >= 10) return "entity-statement";
    return r->all.lo & (LXM_TOPIC_COST | LXM_TOPIC_TIME | LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK | LXM_TOPIC_MARKET |
                        LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY | LXM_TOPIC_OTHER) ? "entity-topic" : NULL;
}

/* A quotation that speaks of nothing in particular: short, and without a
 * pronoun or a definite noun phrase pointing at the story ("Necessity is
 * the mother of invention" against "The numbers are impressive"). */
int cl_generic_quote(const reading *r) {
    size_t i, first = r->nt;

    /* a partial quotation inside a statement ('X said that estimate
     * "greatly overstates" the issue') is not a saying on its own */
    if (r->nt && !r->toks[0].in_quote) return 0;
    for (i = 0; i < r->nt; i++) {
        if (!r->toks[i].in_quote) continue;
        if (first == r->nt) first = i;
        if (tok_w(r, i, LXW_WILL) || tok_w(r, i, LXW_WOULD))      /* a forecast is checkable */
            return 0;
        if (r->toks[i].cls.lo & LXM_PREDICATE) return 0;           /* an action is */
        /* "We have not seen any slowdown in orders", "our testers are sold
         * out": a speaker on their own business says something checkable;
         * "we were supposed to be the cheap one" only characterises */
        if (tok_w(r, i, LXW_OUR)) return 0;
        if (tok_w(r, i, LXW_WE) && i + 1 < r->nt && r->toks[i + 1].in_quote &&
            r->in->text[r->toks[i].end] == ' ' &&
            !(tok_w(r, i + 1, LXW_WERE) || tok_w(r, i + 1, LXW_ARE) || tok_w(r, i + 1, LXW_WAS)))
            return 0;
        /* "Smuggling has moved from single chips to whole servers": words of
         * the trade make it a claim about it; proverbs have none */
        if (r->toks[i].cls.lo & (LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK | LXM_TOPIC_MARKET | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY)) return 0;
    }
    return !(first < r->nt && (tok_w(r, first, LXW_THE) || tok_w(r, first, LXW_THAT)));
}

/* Does the clause [t0, t1) assert something of its own (a verb of
 * action or a figure)? */
int cl_clause_asserts(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1; i++)
        if (r->toks[i].cls.lo & (LXM_PREDICATE | LXM_TOPIC_MARKET | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY | LXM_TOPIC_TIME)) return 1;
    return 0;
}
