/*
 * gate.c: is a sentence a claim? An ordered table of small named rules
 * (gate_rules) decides: the first rule that fires says claim or not, and its
 * name is what why.claim (or, for a sentence that is no claim, the
 * sentence's not_claim) reports. Figures make a claim, so do an
 * attribution, a passive report, an entity doing something checkable;
 * no-comment lines, links to other stories, bylines and open questions
 * never do. Also: a quotation that is only a saying, and whether a clause
 * asserts anything.
 */
#include "claim.h"

/* ===================================================================== */
/* The rules' view of a sentence                                          */
/* ===================================================================== */

typedef struct {
    const reading *r;
    const attribution *a;
    dsc_quantity *q;          /* room for cap quantities ... */
    size_t cap, *nq;          /* ... and how many: SIZE_MAX until a rule asks (gate_nq) */
    int named;                /* an entity named after the dateline */
    int entity;               /* named, or a subject standing for an entity
                                 named before; -1: not worked out yet */
    /* where the words some rules search for first stand (nt: nowhere),
     * found in one scan so those rules do not scan a sentence without them */
    size_t at_not, at_no_comment, at_contributed, at_earlier;
    size_t at_amended;        /* "corrected", "amended" or "updated" */
    size_t earlier_version;   /* the first "earlier version of"; SIZE_MAX: not yet */
} gate_ctx;

/* What a rule that fires decides. */
typedef enum {
    GATE_CLAIM,               /* the sentence is a claim */
    GATE_NOT,                 /* it is not */
    GATE_EMPTY,               /* it says nothing checkable: not a claim,
                                 unless a GATE_CONTENT rule fired before */
    GATE_CONTENT              /* the GATE_EMPTY rules after it do not apply */
} gate_verdict;

typedef struct {
    const char *name;
    gate_verdict verdict;
} gate_rule;

/* "The company's shares closed at a record high", "It does not appear to
 * need outside money": a pronoun or "the company" stands for an entity
 * named before, as does "the Commission" for the European Commission. The
 * subject may follow a conjunction ("But the company has ...") or an
 * opening phrase ("Like the original, it ships ..."). */
static int subject_stands_for_entity(const reading *r) {
    size_t s0 = 0, c;
    const dsc_claim_mention *m;
    if (!r->nt || r->toks[0].in_quote) return 0;
    if (r->nt > 2 && (tok_w(r, 0, LXW_BUT) || tok_w(r, 0, LXW_AND) || tok_w(r, 0, LXW_YET))) s0 = 1;
    for (c = 1; c < r->nt && c < 8 && s0 == 0; c++)
        if (r->toks[c].comma_before && (tok_w(r, c, LXW_IT) || tok_w(r, c, LXW_ITS))) s0 = c;
    if (s0 == 0)                  /* "To ease the transition, the Commission published ...",
                                     "Still, the company's models remain ..." */
        for (c = 1; c < r->nt && c < 10; c++)
            if (r->toks[c].comma_before && tok_w(r, c, LXW_THE) && c + 1 < r->nt &&
                (r->toks[c + 1].cap || (r->toks[c + 1].cls.lo & LXM_PRONOUN))) { s0 = c; break; }
    return tok_w(r, s0, LXW_IT) || tok_w(r, s0, LXW_ITS) || tok_w(r, s0, LXW_THEIR) ||
           (tok_w(r, s0, LXW_THE) && s0 + 1 < r->nt && (r->toks[s0 + 1].cls.lo & LXM_PRONOUN) &&
            !(r->toks[s0 + 1].cls.lo & LXM_PERSONAL)) ||
           (tok_w(r, s0, LXW_THE) && s0 + 1 < r->nt && r->toks[s0 + 1].cap && cl_head_noun_org(r, s0 + 1, &m));
}

/* One scan for the words the searching rules start from (the reader marks
 * them TM_CUE: read.c, word_marks). */
static void find_cue_words(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, nt = r->nt;
    g->at_not = g->at_no_comment = g->at_contributed = g->at_earlier = g->at_amended = nt;
    g->earlier_version = SIZE_MAX;
    /* each the first of its words: from the first token the reader marked
     * on, a place taken is kept */
    for (i = 0; (i = cl_next_marked(r, i, nt, TM_CUE)) < nt; i++) {
        uint32_t w = r->toks[i].word;
        if (w == LXW_NOT) {
            if (g->at_not == nt) g->at_not = i;
            if (g->at_no_comment == nt) g->at_no_comment = i;
        } else if (w == LXW_DECLINED || w == LXW_BE) {
            if (g->at_no_comment == nt) g->at_no_comment = i;
        } else if (w == LXW_CONTRIBUTED) {
            if (g->at_contributed == nt) g->at_contributed = i;
        } else if (w == LXW_EARLIER) {
            if (g->at_earlier == nt) g->at_earlier = i;
        } else if (g->at_amended == nt) {
            g->at_amended = i;                             /* corrected, amended, updated */
        }
    }
}

static int has_actor(gate_ctx *g);

/* "Our chief executive has said we are not in a hurry": in a letter or an
 * interview's answer, an officer of the speaker's own org ("Our" and an
 * officer's title or a role) says something; the org speaks. */
static int own_officer_says(const gate_ctx *g) {
    const reading *r = g->r;
    size_t k, v;
    if (!(r->nt > 3 && tok_w(r, 0, LXW_OUR) && !r->toks[0].in_quote)) return 0;
    for (k = 1; k < 3; k++) {
        if (!(tok_has(r, k, LX_OFFICER_TITLE) || tok_has(r, k, LX_ROLE))) continue;
        for (v = k + 1; v < r->nt && v < k + 4; v++)         /* "has said", "told us" */
            if (r->toks[v].cls.lo & LXM_REPORT) return 1;
    }
    return 0;
}

static int has_entity(gate_ctx *g) {
    if (g->entity < 0)                                   /* once, on demand */
        g->entity = g->named || subject_stands_for_entity(g->r) || own_officer_says(g);
    return g->entity;
}

/* ===================================================================== */
/* Before the content: too short, a bare figure, a caption, a question     */
/* ===================================================================== */

/* The sentence's quantities (in g->q), found when a rule first asks: a
 * sentence a rule decides before any figure matters ("Is DeepSeek cheaper
 * than OpenAI?") is not read for them. */
static size_t gate_nq(gate_ctx *g) {
    if (*g->nq == SIZE_MAX) *g->nq = cl_quantities(g->r, g->q, g->cap);
    return *g->nq;
}

/* "Two things stood out.": a few words assert nothing, unless they give a
 * figure for something named ("R1-0528: 66%.") or say what it did ("Meta
 * refused.": class predicate). */
static int too_short(gate_ctx *g) {
    return g->r->nt < 4 && !(g->named && (gate_nq(g) || (g->r->all.lo & LXM_PREDICATE)));
}

/* "That is 10 times more.": a short figure about nothing named, with no
 * speaker; "Overall sales grew 69%." is a result and stays. */
static int bare_figure(gate_ctx *g) {
    const reading *r = g->r;
    return r->nt < 6 && gate_nq(g) && !g->named && g->a->verb >= r->nt &&
           !((r->all.lo & LXM_PREDICATE) && (r->all.lo & (LXM_TOPIC_MARKET | LXM_TOPIC_COST | LXM_TOPIC_FUNDING)));
}

/* "Watch this video to learn more.", "Photo: ...": a call to action or a
 * caption (class not-claim). A short figure ("Read: 66%") is not tested. */
static int call_to_action(gate_ctx *g) {
    const reading *r = g->r;
    /* "Source: Foo Securities estimates.", "Credit: Getty Images": a
     * caption's label, with its colon ("Credit Suisse said" is news) */
    if (r->nt >= 2 && r->toks[0].cap && tok_has(r, 0, LX_CAPTION_LABEL) && r->in->text[r->toks[0].end] == ':')
        return 1;
    return r->nt >= 4 && (r->toks[0].cls.lo & LXM_NOT_CLAIM);
}

/* "Is DeepSeek cheaper than OpenAI?": a question asserts nothing, unless
 * someone is quoted asking it. */
static int question(gate_ctx *g) {
    const reading *r = g->r;
    return r->nt >= 4 && r->in->text[r->s->end - 1] == '?' && !r->has_quote;
}

/* ===================================================================== */
/* Sentences that say nothing checkable (GATE_EMPTY)                       */
/* ===================================================================== */

/* "Customers will be able to reserve blocks of 512 GPUs or more, or rent
 * on demand at the following prices:": a clause with a figure, then a
 * comma and "or", "and" or "but" before the lead-in; the sentence asserts
 * before it introduces. */
static int asserts_before_lead_in(gate_ctx *g) {
    const reading *r = g->r;
    size_t k, i, nq;
    for (k = r->nt; k-- > 2;) {
        if (!(r->toks[k].comma_before && (tok_w(r, k, LXW_OR) || tok_w(r, k, LXW_AND) || tok_w(r, k, LXW_BUT))))
            continue;
        for (i = 0, nq = gate_nq(g); i < nq; i++)
            if (r->s->start + g->q[i].start + g->q[i].len <= r->toks[k].start) return 1;
        return 0;
    }
    return 0;
}

/* "Doe, an analyst at Foo, put it this way:": the line introduces a quotation. */
static int colon_introduction(gate_ctx *g) {
    const char *t = g->r->in->text;
    size_t end = g->r->s->end;
    while (end > g->r->s->start && (t[end - 1] == ' ' || t[end - 1] == ')')) end--;
    return end > g->r->s->start && t[end - 1] == ':' && !asserts_before_lead_in(g);
}

/* "Whether the chips were H800s is not known.": an embedded question. */
static int whether_clause(gate_ctx *g) { return tok_w(g->r, 0, LXW_WHETHER); }

/* Does "Editing by" follow "Reporting" at the sentence's start? */
static int editing_by_after(const reading *r) {
    size_t i;
    for (i = 1; i + 1 < r->nt; i++)
        if (tok_w(r, i, LXW_EDITING) && tok_w(r, i + 1, LXW_BY)) return 1;
    return 0;
}

/* "(Reporting by Jane Doe; Editing by Joe Bloggs)", "Helen Zhou
 * contributed to this report", "... contributed reporting": the desk's
 * credits. Without its brackets a line opening "Reporting by" is a credit
 * when "Editing by" follows ("Reporting by Jane Doe in Beijing; Editing by
 * Joe Bloggs"); "Reporting by Reuters found ..." stays. */
static int desk_credit(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    if (tok_w(r, 0, LXW_EDITING)) return 1;
    if (tok_w(r, 0, LXW_REPORTING) && (r->toks[0].start > r->s->start || editing_by_after(r))) return 1;
    for (i = g->at_contributed; i + 2 < r->nt; i++)
        if (tok_w(r, i, LXW_CONTRIBUTED) && (tok_w(r, i + 1, LXW_TO) || tok_w(r, i + 1, LXW_REPORTING))) return 1;
    return 0;
}

/* Is the text [s, e) a number in commas, ", 29, " (an age)? */
static int age_between(const char *t, size_t s, size_t e) {
    size_t d;
    while (s < e && (t[s] == ',' || t[s] == ' ')) s++;
    for (d = s; d < e && dsc_is_digit(t[d]); d++) {}
    if (d == s || d - s > 3) return 0;
    while (d < e && (t[d] == ',' || t[d] == ' ')) d++;
    return d == e;
}

/* "Jane Doe, a partner at Foo Capital, was blunt.": a person, an
 * apposition and a short tail naming nothing and doing nothing introduce a
 * quotation (an age for an apposition, "Jane Doe, 29, runs the team.",
 * is a figure). */
static int quote_introduction(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k = 1, close = 0;
    if (!(r->nt > 3 && r->toks[0].mention >= 0 && mention(r, r->toks[0].mention)->kind == DSC_PERSON)) return 0;
    while (k < r->nt && r->toks[k].mention == r->toks[0].mention) k++;
    if (!(k < r->nt && r->toks[k].comma_before)) return 0;
    for (i = k + 1; i < r->nt; i++) if (r->toks[i].comma_before) { close = i; break; }
    if (!close || r->nt - close > 6) return 0;
    if (age_between(r->in->text, r->toks[k - 1].end, r->toks[close].start)) return 0;
    for (i = close; i < r->nt; i++)
        if (r->toks[i].mention >= 0 || (r->toks[i].cls.lo & LXM_PREDICATE)) return 0;
    return 1;
}

/* "Also Read: ...", "Further reading: ...", "Read more: ...", "See also:
 * ...": a link to another story. Pairs of words before a colon (the
 * lexicon holds words, not phrases). */
static int link_to_story(gate_ctx *g) {
    static const uint32_t pairs[][2] = {
        {LXW_ALSO, LXW_READ}, {LXW_FURTHER, LXW_READING}, {LXW_READ, LXW_MORE}, {LXW_READ, LXW_NEXT},
        {LXW_READ, LXW_ALSO}, {LXW_SEE, LXW_ALSO}
    };
    const reading *r = g->r;
    size_t k;
    if (!(r->nt > 2 && r->in->text[r->toks[1].end] == ':')) return 0;
    for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (tok_w(r, 0, pairs[k][0]) && tok_w(r, 1, pairs[k][1])) return 1;
    return 0;
}

/* "Subscribers to The Information can read the full story", "Premium
 * readers can find the complete article on our site": readers (class
 * reader-noun, among the first two words) offered a document (a verb of
 * class read-verb, a news-document or newsletter-noun among the four words
 * after it). "Subscribers to ChatGPT Plus can use o3" offers a product. */
static int reader_offer(const reading *r) {
    size_t i, k;
    if (!(r->nt > 4 && (tok_has(r, 0, LX_READER_NOUN) || tok_has(r, 1, LX_READER_NOUN)))) return 0;
    for (i = 2; i + 1 < r->nt; i++) {
        if (!tok_has(r, i, LX_READ_VERB)) continue;
        for (k = i + 1; k < r->nt && k <= i + 4; k++)
            if (tok_has(r, k, LX_NEWS_DOCUMENT) || tok_has(r, k, LX_NEWSLETTER_NOUN)) return 1;
    }
    return 0;
}

/* "(You can now subscribe to our WhatsApp channel)", "Get our morning
 * tech briefing in your inbox", "Sign up for the newsletter", an offer to
 * readers (reader_offer). */
static int newsletter_plug(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    if (reader_offer(r)) return 1;
    for (i = 0; i + 2 < r->nt && i < 4; i++)
        if (tok_w(r, i, LXW_SUBSCRIBE) && tok_w(r, i + 1, LXW_TO) && tok_w(r, i + 2, LXW_OUR)) return 1;
    if (r->nt >= 3 && r->toks[0].cap && tok_has(r, 0, LX_SIGNUP_VERB))
        for (i = 1; i < r->nt; i++)
            if (tok_has(r, i, LX_NEWSLETTER_NOUN)) return 1;
    return 0;
}

/* "This issue is sponsored by Foo Cloud", "Today's episode is presented
 * by ...": a sponsor line, a verb of class sponsor-verb and "by" among the
 * first six words, after a newsletter-noun that names what was paid for.
 * "The chip deal is sponsored by the state" names no newsletter. */
static int sponsor_line(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k;
    if (!dsc_lx_has(r->all, LX_SPONSOR_VERB)) return 0;       /* no word of the sentence is one */
    for (i = 1; i + 1 < r->nt && i < 6; i++) {
        if (!(tok_has(r, i, LX_SPONSOR_VERB) && tok_w(r, i + 1, LXW_BY))) continue;
        for (k = 0; k < i; k++)
            if (tok_has(r, k, LX_NEWSLETTER_NOUN)) return 1;
    }
    return 0;
}

/* Where the sentence's first clause starts: 0, or after a comma that
 * closes a lead phrase of four words or fewer ("For deployment, ..."). */
static size_t first_clause(const reading *r) {
    size_t i;
    for (i = 1; i < r->nt && i <= 4; i++)
        if (r->toks[i].comma_before) return i;
    return 0;
}

/* Does token 0 open a fronted clause of time or condition ("Before a
 * county approves ...", "If the board agrees, ...", "When it lands, ...")? */
static int opens_fronted_clause(const reading *r) {
    return tok_has(r, 0, LX_SPLIT_WHEN) || tok_has(r, 0, LX_SUBORDINATOR) || tok_w(r, 0, LXW_BEFORE) ||
           tok_w(r, 0, LXW_IF) || tok_w(r, 0, LXW_ONCE) || tok_w(r, 0, LXW_UNLESS) || tok_w(r, 0, LXW_UNTIL);
}

/* Longest fronted clause looked at before the comma of an imperative. */
#define FRONTED_CLAUSE_MAX 14

static int opens_clause(const reading *r, size_t i);

/* Does token k end in "ly" ("nearly", "only": an adverb, no verb)? */
static int ends_ly(const reading *r, size_t k) {
    const char *t = r->in->text;
    return r->toks[k].end - r->toks[k].start > 2 && t[r->toks[k].end - 2] == 'l' && t[r->toks[k].end - 1] == 'y';
}

/* "Before a county approves the next campus, make the developer publish
 * its load", "If the vote fails, ask the board why": after a fronted
 * clause of time or condition and its comma, the main clause opens with a
 * bare verb and its object (a lowercase word the lexicon does not know as
 * a pronoun or a determiner, then "the", "a", a pronoun, or a listener:
 * "..., tell me on Bluesky"): no subject,
 * an imperative, an instruction to the reader. A subject there is a noun
 * and a verb follows it ("..., lawmakers approved the bill"). */
static int imperative_after_clause(const reading *r) {
    size_t c;
    if (r->nt < 6 || !opens_fronted_clause(r)) return 0;
    for (c = 2; c + 1 < r->nt && c <= FRONTED_CLAUSE_MAX && !r->toks[c].comma_before; c++) {}
    if (c + 1 >= r->nt || !r->toks[c].comma_before || r->toks[c].in_quote ||
        !dsc_is_lower(r->in->text[r->toks[c].start]) || tok_has(r, c, LX_SPLIT_WHEN) ||
        tok_has(r, c, LX_SUBORDINATOR) || opens_clause(r, c))
        return 0;
    if (tok_w(r, c, LXW_THE) || tok_has(r, c, LX_INDEFINITE_DETERMINER) || (r->toks[c].cls.lo & LXM_PRONOUN) ||
        tok_has(r, c, LX_STORY_POINTER) || cl_ends_ed(r, c) || tok_has(r, c, LX_NUMBER_OPENER) ||
        tok_has(r, c, LX_PREPOSITION) || tok_has(r, c, LX_VERB_MODIFIER) || ends_ly(r, c))
        return 0;
    return tok_w(r, c + 1, LXW_THE) || tok_has(r, c + 1, LX_INDEFINITE_DETERMINER) ||
           (r->toks[c + 1].cls.lo & LXM_PRONOUN) || tok_has(r, c + 1, LX_STORY_POINTER) ||
           tok_has(r, c + 1, LX_AUDIENCE);
}

/* "You can serve the model with vLLM", "For deployment, you should use
 * ...", "We recommend setting the temperature to 0.6": an instruction to
 * the reader ("you" and a modal, or "We" and an advice-verb opening the
 * first clause). A quotation is someone's advice and is left to the rules
 * after. */
static int instruction(gate_ctx *g) {
    const reading *r = g->r;
    size_t c = first_clause(r);
    if (r->has_quote || c + 2 >= r->nt) return 0;
    if (imperative_after_clause(r)) return 1;
    if (tok_w(r, c, LXW_YOU))
        return tok_w(r, c + 1, LXW_CAN) || tok_w(r, c + 1, LXW_SHOULD) || tok_w(r, c + 1, LXW_MUST);
    /* "Developers can download the weights from Hugging Face", "Companies
     * can find the full text on the office's website": the users spoken
     * to, "can", a verb of a call to action or of reading; "Users can now
     * download it again" reports a change and stays */
    if (tok_has(r, c, LX_AUDIENCE_NOUN) && tok_w(r, c + 1, LXW_CAN))
        return tok_has(r, c + 2, LX_NOT_CLAIM) || tok_has(r, c + 2, LX_READ_VERB);
    return tok_w(r, c, LXW_WE) && tok_has(r, c + 1, LX_ADVICE_VERB);
}

/* "Note the wording: ...", "Next: check ...", "Ask both for ...": a note
 * to self (class note-to-self, capitalised). */
static int note_to_self(gate_ctx *g) {
    return g->r->nt && g->r->toks[0].cap && tok_has(g->r, 0, LX_NOTE_TO_SELF);
}

/* "Our Standards: ...", "Write to Jane Doe at jane@example.com",
 * "Appeared in the August 28 print edition": the desk's boilerplate. */
static int desk_boilerplate(gate_ctx *g) {
    const reading *r = g->r;
    if (r->nt >= 2 && tok_w(r, 0, LXW_OUR) && tok_w(r, 1, LXW_STANDARDS)) return 1;
    if (r->nt >= 3 && r->toks[0].cap && tok_w(r, 0, LXW_WRITE) && tok_w(r, 1, LXW_TO)) return 1;
    return r->nt >= 3 && r->toks[0].cap && tok_w(r, 0, LXW_APPEARED) && tok_w(r, 1, LXW_IN);
}

/* "This press release contains forward-looking statements ...", "Actual
 * results may differ materially from those expressed or implied", "Foo
 * undertakes no obligation to update any forward-looking statement": the
 * securities disclaimer of a press release or a filing (class
 * safe-harbour: "forward-looking" before "statement(s)", "materially"
 * after "differ"), outside quotation marks. */
static int safe_harbour(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    if (!dsc_lx_has(r->all, LX_SAFE_HARBOUR)) return 0;
    for (i = 0; i + 1 < r->nt; i++) {
        if (r->toks[i].in_quote || !tok_has(r, i, LX_SAFE_HARBOUR)) continue;
        if (tok_w(r, i + 1, LXW_STATEMENT) || tok_w(r, i + 1, LXW_STATEMENTS)) return 1;
        if (i > 0 && tok_w(r, i - 1, LXW_DIFFER)) return 1;
    }
    return 0;
}

/* The first "earlier version of" of the sentence, or "earlier version"
 * as its subject ("An earlier version also misspelled the name ..."), or
 * nt. */
static size_t earlier_version_at(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    if (g->earlier_version != SIZE_MAX) return g->earlier_version;
    for (i = g->at_earlier; i + 2 < r->nt; i++)
        if (tok_w(r, i, LXW_EARLIER) && tok_w(r, i + 1, LXW_VERSION) &&
            (tok_w(r, i + 2, LXW_OF) || (i == 1 && !r->toks[i].in_quote && !r->toks[i + 2].comma_before &&
                                         (tok_w(r, 0, LXW_THE) || tok_has(r, 0, LX_INDEFINITE_DETERMINER)))))
            break;
    return g->earlier_version = i + 2 < r->nt ? i : r->nt;
}

/* "An earlier version of this story misstated the exercise price ...,
 * which is one cent per share": the sentence also gives the right figure,
 * so the rules of nothing-checkable after this one do not apply (the old
 * single scan tested this with desk-credit and cannot-verify word by word;
 * a sentence holding both kinds of line would be read differently, and
 * none does). */
static int corrected_figure(gate_ctx *g) {
    const reading *r = g->r;
    size_t i = earlier_version_at(g), k, m = r->nt;
    if (i >= r->nt) return 0;
    for (k = i + 3; k < r->nt; k++) {
        if (tok_w(r, k, LXW_MISSTATED)) m = k;
        if (k > m && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS) || tok_w(r, k, LXW_ARE) || tok_w(r, k, LXW_WERE)))
            return 1;
    }
    return 0;
}

/* "An earlier version of this article misstated the date": what an
 * earlier version got wrong is no claim. */
static int earlier_version(gate_ctx *g) { return earlier_version_at(g) < g->r->nt; }

/* "Reuters could not independently verify the report", "could not verify". */
static int cannot_verify(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    for (i = g->at_not; i + 2 < r->nt; i++)
        if (tok_w(r, i, LXW_NOT) && ((tok_w(r, i + 1, LXW_INDEPENDENTLY) &&
                                      (tok_w(r, i + 2, LXW_VERIFY) || tok_w(r, i + 2, LXW_CONFIRM))) ||
                                     tok_w(r, i + 1, LXW_VERIFY)))
            return 1;
    return 0;
}

/* "Lu Jiaming covers China's chip industry from Beijing.", "He previously
 * covered semiconductors for Bloomberg News": the author's beat. */
static int byline_beat(gate_ctx *g) {
    const reading *r = g->r;
    if (r->nt > 3 && r->toks[0].cap && r->toks[1].cap && tok_has(r, 2, LX_BEAT_VERB)) return 1;
    /* "Megan Liao reports on technology companies from Taipei.": a person,
     * a byline verb, then the beat (on, about) or "from" */
    if (r->nt > 4 && r->toks[0].cap && r->toks[1].cap && r->toks[0].mention >= 0 &&
        mention(r, r->toks[0].mention)->kind == DSC_PERSON && tok_has(r, 2, LX_BEAT_REPORT) &&
        (tok_w(r, 3, LXW_ON) || tok_w(r, 3, LXW_ABOUT) || tok_w(r, 3, LXW_FROM)))
        return 1;
    return r->nt > 3 && tok_has(r, 0, LX_PERSONAL) && tok_has(r, 1, LX_BIO_ADVERB) && tok_has(r, 2, LX_BEAT_PAST);
}

/* "By Jane Doe", "By Jane Doe, a former trade official who writes about
 * chips": the byline, "By" and a name of two capitalised words or more
 * (not an entity other than a person) that ends the sentence or an
 * apposition follows. "By Friday, Nvidia had ..." names one word. */
static int byline(gate_ctx *g) {
    const reading *r = g->r;
    size_t k = 1;
    if (!(r->nt > 2 && r->toks[0].cap && tok_w(r, 0, LXW_BY))) return 0;
    if (r->toks[1].mention >= 0 && mention(r, r->toks[1].mention)->kind != DSC_PERSON) return 0;
    while (k < r->nt && k < 5 && r->toks[k].cap && !(k > 1 && r->toks[k].comma_before)) k++;
    return k >= 3 && (k == r->nt || r->toks[k].comma_before);
}

/* "Welcome back to Load Factor, our weekly note", "Hi all, and welcome to
 * the new readers ...", "Hello, everyone": a greeting (class greeting,
 * capitalised first word) then "back to" or a comma within two words. */
static int newsletter_greeting(gate_ctx *g) {
    const reading *r = g->r;
    if (!(r->nt > 3 && r->toks[0].cap && tok_has(r, 0, LX_GREETING))) return 0;
    if (tok_w(r, 0, LXW_WELCOME) && tok_w(r, 1, LXW_BACK) && tok_w(r, 2, LXW_TO)) return 1;
    return r->toks[1].comma_before || r->toks[2].comma_before;
}

/* "Jane Doe is a technology reporter based in ...", "Ravi Doe is a former
 * utility planner who writes about power markets": an author's bio. */
static int author_bio(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k = 1;                                   /* the name: capitalised words */
    if (!(r->nt > 4 && r->toks[0].cap)) return 0;
    while (k < r->nt && k < 4 && r->toks[k].cap && !r->toks[k].comma_before) k++;
    if (!(k + 2 < r->nt && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS)))) return 0;
    if (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN) || tok_w(r, k + 1, LXW_THE))
        for (i = k + 2; i < r->nt && i <= k + 5; i++)
            if (tok_has(r, i, LX_BIO_NOUN) || (tok_w(r, i, LXW_RESEARCHER) && tok_w(r, k + 2, LXW_INDEPENDENT)))
                return 1;
    if (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN))
        for (i = k + 2; i + 1 < r->nt && i <= k + 8; i++)
            if (tok_w(r, i, LXW_WHO) && tok_has(r, i + 1, LX_BEAT_VERB)) return 1;
    return 0;
}

/* How many words a label before its colon may have ("Why we sold:"). */
#define LABEL_WORDS 5

/* "Why we sold: at 30 times earnings, the market ...": a few words closed
 * by a colon that more text follows, a label for what comes after it. */
static int label_colon(const reading *r) {
    size_t k;
    for (k = 0; k + 1 < r->nt && k < LABEL_WORDS; k++)
        if (r->in->text[r->toks[k].end] == ':') return 1;
    return 0;
}

/* "We spoke with Jane Doe, its chief operating officer, about ...", "We
 * talked to Jo Park about the chip": the outlet says how it reported, an
 * interview's introduction (class interview after "We", a person named
 * after it), nothing checkable about the trade. */
static int interview_note(gate_ctx *g) {
    const reading *r = g->r;
    size_t k, i;
    if (!(r->nt > 3 && tok_w(r, 0, LXW_WE) && !r->toks[0].in_quote)) return 0;
    for (k = 1; k < 3; k++) {
        if (!tok_has(r, k, LX_INTERVIEW)) continue;
        for (i = k + 1; i < r->nt && i < k + 4; i++)
            if (r->toks[i].mention >= 0 && mention(r, r->toks[i].mention)->kind == DSC_PERSON) return 1;
    }
    return 0;
}

/* "Prepared by Bastion Labs · Severity: high · Status: resolved": a line of
 * fields parted by middle dots (" · ", 20 C2 B7 20), a report's metadata,
 * no sentence. The dots' lead byte C2 is found with memchr: most sentences
 * have none, and a byte-by-byte test of every sentence cost 1.5% of a parse. */
#define METADATA_FIELDS 3

static int metadata_line(gate_ctx *g) {
    const char *t = g->r->in->text, *p, *end;
    size_t seps = 0;
    if (g->r->s->end - g->r->s->start < 4) return 0;
    /* a separator's C2 lies in [start + 1, end - 2): a space before it, B7 and a space after */
    p = t + g->r->s->start + 1;
    end = t + g->r->s->end - 2;
    /* most sentences, most texts have no middle dot at all */
    if (g->r->mem && cl_next_middle_dot(g->r->mem, t, g->r->in->len, g->r->s->start + 1) >= g->r->s->end - 2) return 0;
    while (p < end && (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL) {
        if (p[-1] == ' ' && (unsigned char)p[1] == 0xB7 && p[2] == ' ' && ++seps + 1 >= METADATA_FIELDS) return 1;
        p++;
    }
    return 0;
}

/* "Which chips the next model was trained on.": an open question written
 * without its question mark; a label ("Why it matters:", "Why we sold:
 * ...") is not one: what follows it answers the question. */
static int open_question(gate_ctx *g) {
    const reading *r = g->r;
    return r->nt && (tok_w(r, 0, LXW_WHICH) || tok_w(r, 0, LXW_WHY)) &&
           !(r->nt > 3 && tok_w(r, 1, LXW_IT) && tok_w(r, 2, LXW_MATTERS)) && !label_colon(r);
}

/* "Lambda plans to list in New York and did not say how many shares it
 * will sell": before the "and" that joins the denial at i (and, an
 * auxiliary, not), a clause of the same subject acts or commits (class
 * predicate or commitment, outside quotation marks): the sentence asserts
 * that first. */
static int acts_before_and(const reading *r, size_t i) {
    size_t k;
    if (i < 2 || !tok_w(r, i - 2, LXW_AND)) return 0;
    for (k = 0; k + 2 < i; k++)
        if (!r->toks[k].in_quote && ((r->toks[k].cls.lo & LXM_PREDICATE) || tok_has(r, k, LX_COMMITMENT))) return 1;
    return 0;
}

/* Is there a verb (a form of "be" or "have", or class predicate) outside
 * quotation marks before token k? */
static int verb_before(const reading *r, size_t k) {
    size_t i;
    for (i = 0; i < k; i++)
        if (!r->toks[i].in_quote && (tok_w(r, i, LXW_IS) || tok_w(r, i, LXW_WAS) || tok_w(r, i, LXW_ARE) ||
                                     tok_w(r, i, LXW_WERE) || tok_w(r, i, LXW_HAS) || tok_w(r, i, LXW_HAVE) ||
                                     (r->toks[i].cls.lo & LXM_PREDICATE)))
            return 1;
    return 0;
}

/* "The round was led by Foo, with money from a fund that the company did
 * not name", "Riyadh has set aside $100 billion for AI, though officials
 * have not said how much is spent": the denial at i stands in a clause
 * that hangs on the main one (after "that", "which", "who" with no comma
 * closing it before i, or after ", though"/", although": class
 * subordinator), and the main clause has a verb of its own before it: the
 * sentence asserts that. */
static int denial_in_subclause(const reading *r, size_t i) {
    size_t k;
    for (k = i; k-- > 1;) {
        if (tok_w(r, k, LXW_THAT) || tok_has(r, k, LX_RELATIVE_PRONOUN)) return verb_before(r, k);
        /* a comma closes what came before ("Foo, which ..., did not"), unless it opens ", though" */
        if (r->toks[k].comma_before) return tok_has(r, k, LX_SUBORDINATOR) && verb_before(r, k);
    }
    return 0;
}

/* "Five items this week, and one chart.", "Three links today": a
 * newsletter counts its own contents, a line opened by a count (a noun
 * phrase, no subject), every figure counting a word of class
 * contents-noun, with no verb the lexicon knows and no speaker: it says
 * nothing about the trade. "Reuters ran five stories on the deal" opens
 * with its subject. */
static int contents_line(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k, nq;
    if (!dsc_lx_has(r->all, LX_CONTENTS_NOUN) || r->has_quote || (r->all.lo & LXM_REPORT) || verb_before(r, r->nt))
        return 0;
    nq = gate_nq(g);
    if (!nq || (uint32_t)r->s->start + g->q[0].start != r->toks[0].start) return 0;
    for (i = 0; i < nq; i++) {
        uint32_t end = (uint32_t)r->s->start + g->q[i].start + g->q[i].len;
        for (k = 0; k < r->nt && r->toks[k].end < end; k++) {}
        if (!(k < r->nt && r->toks[k].end == end && tok_has(r, k, LX_CONTENTS_NOUN))) return 0;
    }
    return 1;
}

static int figure_before(gate_ctx *g, size_t i);

/* "X has not confirmed the figures", "would not say", "did not disclose
 * what it will pay": nothing asserted, unless the sentence said something
 * first ("said in a statement that ..., but did not say which chips"; "plans
 * to list ... and did not say": acts_before_and; a figure, "Moonshot, which
 * was valued at $3.3 billion, did not say ...", as no_comment reads it) or
 * goes on after ", but". */
static int not_confirmed(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k;
    if (g->at_not >= r->nt) return 0;
    for (i = 0; i + 1 < r->nt; i++) {
        if (r->toks[i].cls.lo & LXM_REPORT && !r->toks[i].in_quote && !(i > 0 && tok_w(r, i - 1, LXW_NOT))) break;
        /* "Huawei does not disclose how many it makes": a standing practice, a fact */
        if (tok_w(r, i, LXW_NOT) && tok_has(r, i + 1, LX_DISCLOSE_VERB) &&
            !(i > 0 && (tok_w(r, i - 1, LXW_DOES) || tok_w(r, i - 1, LXW_DO)))) {
            if (acts_before_and(r, i) || denial_in_subclause(r, i) || figure_before(g, i)) return 0;
            /* "... did not disclose how many chips it used, but a person
             * familiar with it said ...": the sentence goes on */
            for (k = i + 2; k < r->nt; k++)
                if (tok_w(r, k, LXW_BUT) && r->toks[k].comma_before && !r->toks[k].in_quote) return 0;
            return 1;
        }
    }
    return 0;
}

/* Does a reporting verb follow token i, outside quotation marks ("declined
 * to comment on revenue but said the company had signed 40 deals")? */
static int reports_after(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt; k++)
        if ((r->toks[k].cls.lo & LXM_REPORT) && !r->toks[k].in_quote) return 1;
    return 0;
}

/* "Microsoft, which invested €15 million in Mistral in 2024, declined to
 * comment": a figure before token i (in a clause describing the one who
 * will not comment) is a claim of the text's own. */
static int figure_before(gate_ctx *g, size_t i) {
    size_t k, nq;
    for (k = 0, nq = gate_nq(g); k < nq; k++)
        if ((size_t)g->r->s->start + g->q[k].start < g->r->toks[i].start) return 1;
    return 0;
}

/* "DeepSeek did not respond to a request for comment", "declined to
 * comment", "could not be reached for comment"; but "... believe that
 * customer is ByteDance, which declined to comment" adds the no-comment to
 * a claim in a relative clause, and "declined to comment on revenue but
 * said ..." goes on to say something. */
static int no_comment(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    /* from the first "not", "declined" or "be": the test that ends the
     * scan early (j + 1 >= nt) holds only for the last three words */
    for (i = g->at_no_comment; i + 2 < r->nt; i++) {
        size_t j = i + 1;
        if (tok_w(r, j, LXW_IMMEDIATELY)) j++;             /* "did not immediately respond" */
        if (j + 1 >= r->nt) break;
        if ((tok_w(r, i, LXW_NOT) || tok_w(r, i, LXW_DECLINED)) &&
            !(i >= 6 && tok_has(r, i - 1, LX_RELATIVE_PRONOUN) && r->toks[i - 1].comma_before) &&
            (tok_has(r, j, LX_NO_COMMENT_VERB) || (tok_w(r, j, LXW_TO) && tok_has(r, j + 1, LX_NO_COMMENT_TO))))
            return !reports_after(r, j + 1) && !figure_before(g, i);
        if (tok_w(r, i, LXW_BE) && tok_w(r, i + 1, LXW_REACHED) && tok_w(r, i + 2, LXW_FOR)) return 1;
    }
    /* "Lawyers for the two men could not be reached." */
    return r->nt >= 3 && tok_w(r, r->nt - 1, LXW_REACHED) && tok_w(r, r->nt - 2, LXW_BE) &&
           tok_w(r, r->nt - 3, LXW_NOT);
}

/* ===================================================================== */
/* What makes a claim                                                     */
/* ===================================================================== */

/* "R1-0528: 66%.", "Meta refused.": a few words giving a figure for
 * something named, or what it did (too-short let them through). */
static int short_figure(gate_ctx *g) { return g->r->nt < 4; }

/* "Eight months later, the panic looks misplaced.", "Six weeks on, the
 * rush has spread": a span of time opening the sentence, then "later" or
 * "on" and a comma, moves the story along; it measures nothing. */
static int narrative_span(const reading *r, const dsc_quantity *q) {
    uint32_t end = (uint32_t)r->s->start + q->start + q->len;
    size_t k = 0;
    if (q->kind != DSC_Q_DURATION || q->start > 0) return 0;
    while (k < r->nt && r->toks[k].start < end) k++;
    return k + 1 < r->nt && (tok_w(r, k, LXW_LATER) || tok_w(r, k, LXW_ON)) && r->toks[k + 1].comma_before;
}

/* "Nvidia shares fell 17% on Monday.": figures. */
static int figures(gate_ctx *g) {
    size_t i, nq;
    for (i = 0, nq = gate_nq(g); i < nq; i++)
        if (!narrative_span(g->r, &g->q[i])) return 1;
    return 0;
}

/* "Correction: An earlier version of this article misstated ...", "(This
 * story has been corrected to show that ...)", "This article was amended
 * on 2 February to correct the release date": the text sets a fact right
 * in its own voice ("corrected", "amended" or "updated", then "to show"
 * or "to correct" within six words). */
static int correction(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k;
    if (tok_w(r, 0, LXW_CORRECTION) || tok_w(r, 0, LXW_CORRECTIONS)) return 1;
    for (i = g->at_amended; i + 2 < r->nt && i < 12; i++) {
        if (!tok_w(r, i, LXW_CORRECTED) && !tok_w(r, i, LXW_AMENDED) && !tok_w(r, i, LXW_UPDATED)) continue;
        for (k = i + 1; k + 1 < r->nt && k <= i + 6; k++)
            if (tok_w(r, k, LXW_TO) && (tok_w(r, k + 1, LXW_SHOW) || tok_w(r, k + 1, LXW_CORRECT))) return 1;
    }
    return 0;
}

/* "OpenAI said DeepSeek may have distilled its models.": a reporting verb
 * with a named or unnamed source. */
static int attributed(gate_ctx *g) {
    const attribution *a = g->a;
    return a->verb < g->r->nt && (a->mention >= 0 || (a->name && !cl_is_article(a->name)));
}

/* "The training cost was reported to be $5.6 million.": a passive report. */
static int reported_passive(gate_ctx *g) { return g->a->passive; }

/* "Pricing, which is where Alibaba has been aggressive.", "Capex, which
 * nobody on the call would pin down.": one word and a relative clause
 * that runs to the end (no comma after it) is a fragment with no main
 * verb, a label and a remark on it: no claim (a figure or a speaker in it
 * is read by the rules before). */
static int relative_fragment(gate_ctx *g) {
    const reading *r = g->r;
    size_t k;
    if (r->nt < 4 || r->has_quote || !r->toks[0].cap || !r->toks[1].comma_before ||
        !tok_has(r, 1, LX_RELATIVE_PRONOUN))
        return 0;
    for (k = 2; k < r->nt; k++)
        if (r->toks[k].comma_before) return 0;
    return 1;
}

/* "That figure excludes research and salaries, a limitation the company
 * acknowledged in its technical report": a verb of saying (class saying)
 * in a relative clause with no object of its own (verb-object-relative)
 * gives no claimant, the sentence stays the article's, but a source
 * stands behind its statement: a claim, with or without a name in it. */
static int reported_in_relative(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    if (!dsc_lx_has(r->all, LX_SAYING)) return 0;
    for (i = 3; i < r->nt; i++)
        if (tok_has(r, i, LX_SAYING) && (r->toks[i].cls.lo & LXM_REPORT) && cl_object_relative_subject(r, i)) return 1;
    return 0;
}

/* "Italy's regulator blocked DeepSeek's app.": an entity does something
 * checkable (class predicate). */
static int entity_action(gate_ctx *g) { return (g->r->all.lo & LXM_PREDICATE) && has_entity(g); }

/* "X reportedly used H100s.": an entity with a hedge. */
static int entity_hedged(gate_ctx *g) { return (g->r->all.lo & LXM_HEDGE) && has_entity(g); }

/* "Huawei does not disclose how many Ascend chips it makes", "Mistral does
 * not publish its financial results": what an entity never discloses is
 * a standing practice, checkable ("does" or "do", "not", a verb of class
 * disclose-verb). */
static int standing_practice(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    for (i = g->at_not; i > 0 && i + 1 < r->nt; i++)
        if (tok_w(r, i, LXW_NOT) && (tok_w(r, i - 1, LXW_DOES) || tok_w(r, i - 1, LXW_DO)) &&
            tok_has(r, i + 1, LX_DISCLOSE_VERB) && !r->toks[i].in_quote)
            return has_entity(g);
    return 0;
}

/* "Shares of Chinese chipmakers rose after the announcement.", "Chip
 * stocks fell sharply", "Stock indexes in Europe ended mostly higher": a
 * market moves, though nothing named moves it. A market noun among the
 * first words (class market-noun), then a verb of a market move
 * (predicate and topic-market) within five words, or where it ended
 * (class market-direction) within six. */
static int market_move(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, k;
    for (i = 0; i < r->nt && i < 6; i++) {
        if (r->toks[i].in_quote || !tok_has(r, i, LX_MARKET_NOUN)) continue;
        for (k = i + 1; k < r->nt && k <= i + 6; k++) {
            if (r->toks[k].in_quote) continue;
            if (k <= i + 5 && (r->toks[k].cls.lo & LXM_PREDICATE) && (r->toks[k].cls.lo & LXM_TOPIC_MARKET)) return 1;
            if (tok_has(r, k, LX_MARKET_DIRECTION)) return 1;
        }
        return 0;
    }
    return 0;
}

/* "Providers must publish a summary of their training data", "its maker
 * has to file it with the state", "Users are barred from removing the
 * labels": a rule binds someone, a checkable fact of the law even with
 * nobody named (class obligation; "has to", "have to" by word). */
static int legal_obligation(gate_ctx *g) {
    const reading *r = g->r;
    size_t i;
    /* a long statement where someone acts is a claim anyway (entity-statement) */
    if ((!dsc_lx_has(r->all, LX_OBLIGATION) && !(r->all.lo & LXM_AUX)) || (r->nt >= 10 && has_entity(g) && has_actor(g)))
        return 0;
    for (i = 0; i < r->nt; i++)
        if (!r->toks[i].in_quote && cl_obligation_at(r, i)) return 1;
    return 0;
}

/* "Models already on the market have until August 2027 to comply": "has
 * until" or "have until", then "to" within eight words, is a deadline
 * someone must meet. */
static int deadline_at(const reading *r, size_t i) {
    size_t k;
    if (!tok_w(r, i + 1, LXW_UNTIL)) return 0;
    for (k = i + 2; k + 1 < r->nt && k <= i + 9; k++)
        if (tok_w(r, k, LXW_TO)) return 1;
    return 0;
}

/* Does token i bind someone: a word of class obligation not opening the
 * sentence ("Providers must publish"), or "has to"/"have to" and a verb,
 * or a deadline ("have until ... to"), after someone other than "it",
 * "you", "we" ("its maker has to file it"; "the closest thing China has
 * to an early OpenAI" binds nobody)? */
int cl_obligation_at(const reading *r, size_t i) {
    if (i == 0 || i >= r->nt) return 0;
    if (tok_has(r, i, LX_OBLIGATION)) return 1;   /* "... remain exempt." closes it */
    if (i + 1 >= r->nt) return 0;
    if ((tok_w(r, i, LXW_HAS) || tok_w(r, i, LXW_HAVE)) && deadline_at(r, i) && !tok_w(r, i - 1, LXW_IT) &&
        !tok_w(r, i - 1, LXW_YOU) && !tok_w(r, i - 1, LXW_WE))
        return 1;
    return (tok_w(r, i, LXW_HAS) || tok_w(r, i, LXW_HAVE)) && tok_w(r, i + 1, LXW_TO) &&
           !tok_w(r, i - 1, LXW_IT) && !tok_w(r, i - 1, LXW_YOU) && !tok_w(r, i - 1, LXW_WE) &&
           !(i + 2 < r->nt && (tok_has(r, i + 2, LX_INDEFINITE_DETERMINER) || tok_w(r, i + 2, LXW_THE)));
}

/* Is the token k a date: a month's name, a word of class date-word
 * ("quarter", "half", "Q1") or a year ("2027")? */
int cl_date_token(const reading *r, size_t k) {
    const char *w = r->in->text + r->toks[k].start;
    uint32_t n = r->toks[k].end - r->toks[k].start, d;
    if (tok_has(r, k, LX_DATE_WORD) || (tok_has(r, k, LX_MONTH) && r->toks[k].cap)) return 1;
    for (d = 0; d < n && dsc_is_digit(w[d]); d++) {}
    return n == 4 && d == 4 && (w[0] == '1' || w[0] == '2') && (w[1] == '9' || w[1] == '0');
}

/* Is token k a day of the month (1 to 31, digits only)? */
static int day_number(const reading *r, size_t k) {
    const char *w = r->in->text + r->toks[k].start;
    uint32_t n = r->toks[k].end - r->toks[k].start;
    return (n == 1 && dsc_is_digit(w[0])) ||
           (n == 2 && dsc_is_digit(w[0]) && dsc_is_digit(w[1]) && (w[0] < '3' || (w[0] == '3' && w[1] < '2')));
}

/* Where the date at token i starts its preposition: i - 1, or for a day
 * "on" names ("is due on 13 November", "close on November 30") the token
 * before "on"; SIZE_MAX when no preposition dates it. */
static size_t dated_at(const reading *r, size_t i) {
    if (tok_has(r, i - 1, LX_SCHEDULE_PREPOSITION) || tok_w(r, i - 1, LXW_UNTIL) || tok_w(r, i - 1, LXW_AS))
        return i - 1;
    /* "goes live in the second half of 2026", "by the first quarter": a
     * date word after "the" and a count adjective (first, second, early,
     * late) has its preposition before them; not opening the sentence ("In
     * the last week of January, ..." sets a scene), "the week that
     * followed" (no count) narrates */
    if (tok_has(r, i, LX_DATE_WORD) && i >= 4 && tok_has(r, i - 1, LX_COUNT_ADJECTIVE) &&
        !tok_w(r, i - 1, LXW_LAST) && tok_w(r, i - 2, LXW_THE) && !r->toks[i - 1].comma_before &&
        !r->toks[i - 2].comma_before && tok_has(r, i - 3, LX_SCHEDULE_PREPOSITION))
        return i - 3;
    if (!tok_has(r, i, LX_MONTH) || !r->toks[i].cap) return SIZE_MAX;
    if (i >= 2 && day_number(r, i - 1) && tok_w(r, i - 2, LXW_ON)) return i - 2;
    if (i + 1 < r->nt && day_number(r, i + 1) && tok_w(r, i - 1, LXW_ON)) return i - 1;
    return SIZE_MAX;
}

/* "The deal starts in June 2027, when the subsidy expires", "The plant's
 * licences run out in 2036 and 2037": with nothing acting, an event the
 * text dates (a date after "in", "by", "for", "until" or "as": "could
 * come as soon as September", or a day after "on": "The next snapshot is
 * due on 13 November", outside quotation marks) is checkable, in eight
 * words or more, or shorter with a word of schedule before it ("The next
 * results are due in February."; "The warning shot came in January."
 * narrates; "has hung over the sector since January" is background). A
 * place named does not act ("The meeting will be held in Oslo on 14
 * November"); an entity that acts is left to the rules after. */
static int dated_event(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, p;
    if (r->nt < 6 || (has_entity(g) && has_actor(g))) return 0;
    for (i = 1; i < r->nt; i++)
        if (!r->toks[i].in_quote && cl_date_token(r, i) && (p = dated_at(r, i)) != SIZE_MAX &&
            (r->nt >= 8 || (p >= 1 && tok_has(r, p - 1, LX_SCHEDULE_WORD))))
            return 1;
    return 0;
}

/* "Lawmakers have proposed requiring location tracking on export-controlled
 * chips.", "Regulators ordered the app removed from stores.": a government
 * group the text does not name (unnamed and of policy: lawmakers,
 * regulators, officials; or a regulator noun) opening the sentence, at
 * most one word before it, acts: a government action, with nothing named. */
static int unnamed_government_action(gate_ctx *g) {
    const reading *r = g->r;
    size_t s, k;
    if (r->nt < 6 || has_entity(g)) return 0;
    for (s = 0; s < 2 && s + 1 < r->nt; s++) {
        uint64_t lo = r->toks[s].cls.lo;
        if (r->toks[s].in_quote || !(((lo & LXM_UNNAMED) && (lo & LXM_TOPIC_POLICY)) || tok_has(r, s, LX_REGULATOR_NOUN)))
            continue;
        k = s + 1;
        if (r->toks[k].cls.lo & LXM_PREDICATE) return 1;
        if ((tok_w(r, k, LXW_HAS) || tok_w(r, k, LXW_HAVE)) && k + 1 < r->nt) k++;
        /* "Regulators have tried to tilt the field": an attempt, no act */
        return cl_ends_ed(r, k) && !(k + 1 < r->nt && tok_w(r, k + 1, LXW_TO));
    }
    return 0;
}

/* "Licences will be reviewed under a presumption of denial", "Applications
 * will be decided within 90 days": a rule in the future passive, on a word
 * of policy opening the sentence (its subject), binds whoever applies: a
 * checkable fact of the law with nobody named acting. */
static int rule_passive(gate_ctx *g) {
    const reading *r = g->r;
    size_t s = 0, k;
    if (r->nt < 6 || r->has_quote) return 0;
    if (tok_w(r, 0, LXW_THE) || tok_has(r, 0, LX_INDEFINITE_DETERMINER)) s = 1;
    if (!(r->toks[s].cls.lo & LXM_TOPIC_POLICY)) return 0;
    for (k = s + 1; k + 2 < r->nt && k <= s + 3; k++)
        if (tok_w(r, k, LXW_WILL) && tok_w(r, k + 1, LXW_BE)) return cl_ends_ed(r, k + 2);
    return 0;
}

/* "09:12 — The agent picked up a new issue ...", "14:05 - Regulators were
 * told": an entry of a timeline or a live blog, a time of day ("09:12",
 * "9:12") then a dash opening the sentence, dates what it narrates: a
 * checkable event, in six words or more, with nobody named acting. */
static int timeline_entry(gate_ctx *g) {
    const reading *r = g->r;
    const char *t = r->in->text;
    size_t i, e;
    if (r->nt < 6 || r->toks[0].start != r->s->start) return 0;
    i = r->toks[0].start;
    e = r->s->end;
    if (i < e && dsc_is_digit(t[i])) i++; else return 0;
    if (i < e && dsc_is_digit(t[i])) i++;
    if (i + 3 > e || t[i] != ':' || !dsc_is_digit(t[i + 1]) || !dsc_is_digit(t[i + 2])) return 0;
    for (i += 3; i < e && t[i] == ' '; i++) {}
    return i < e && (t[i] == '-' || strncmp(t + i, "\xe2\x80\x94", 3) == 0 || strncmp(t + i, "\xe2\x80\x93", 3) == 0);
}

/* Is token i a word that opens a clause inside the sentence, so that a
 * verb after it is not the main clause's ("If ...", "the lesson that ...",
 * "what ...", "..., which ...")? */
static int opens_clause(const reading *r, size_t i) {
    return tok_w(r, i, LXW_THAT) || tok_w(r, i, LXW_IF) || tok_w(r, i, LXW_WHEN) || tok_w(r, i, LXW_WHAT) ||
           tok_w(r, i, LXW_WHETHER) || tok_w(r, i, LXW_ONCE) || tok_w(r, i, LXW_UNLESS) ||
           tok_has(r, i, LX_RELATIVE_PRONOUN);
}

/* Longest subject looked at before "will": a noun phrase, not a clause. */
#define FUTURE_SUBJECT_MAX 8

/* "Nvidia will supply the networking for the site.", "A jury will now
 * decide damages.", "The new money will go mostly into compute.": the
 * main clause's subject, then "will" and a verb of action, says what
 * someone or something will do, which the reader can check when it comes
 * due. Not a clause inside the sentence ("a bubble that efficiency will
 * pop", "When we list, it will ..."), not a state or a scene ("will be
 * watching", "will be very rich": be), a verb of saying ("Critics will
 * say ...", or a report before it, "has said we will": class report), a
 * negation, or the reader ("you will see"). */
static int future_action(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, v;
    for (i = 1; i < r->nt && i <= FUTURE_SUBJECT_MAX; i++) {
        if (r->toks[i].comma_before || opens_clause(r, i - 1) || tok_w(r, i - 1, LXW_YOU) ||
            tok_has(r, i - 1, LX_REPORT))
            return 0;
        if (!tok_w(r, i, LXW_WILL)) continue;
        for (v = i + 1; v < r->nt && (tok_has(r, v, LX_AUX) || tok_has(r, v, LX_VERB_MODIFIER)); v++)
            if (tok_has(r, v, LX_NEGATION)) return 0;
        return v < r->nt && dsc_is_lower(r->in->text[r->toks[v].start]) && !tok_w(r, v, LXW_BE) &&
               !tok_has(r, v, LX_REPORT) && !tok_has(r, v, LX_NEGATION);
    }
    return 0;
}

/* "That history matters for reading what came next.": no entity. */
static int no_entity(gate_ctx *g) { return !has_entity(g); }

/* "The squeeze is not unique to China.": a short remark that names
 * something but asserts nothing. */
static int short_remark(gate_ctx *g) { return g->r->nt < 6; }

/* Is token k the verb of a subject just before it: a form of "be" or
 * "have", or a checkable action (class predicate)? */
static int verb_at(const reading *r, size_t k) {
    return k < r->nt && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS) || tok_w(r, k, LXW_ARE) ||
                         tok_w(r, k, LXW_HAS) || (r->toks[k].cls.lo & LXM_PREDICATE));
}

/* Does the mention m (relative) act: an org or a person anywhere; a place
 * standing for its government before its verb ("as Beijing is
 * discouraging", "Berlin is not the first authority") or opening the
 * sentence before a word of policy ("U.S. rules bar ..."); anything named
 * before a checkable action ("The release of R1 in January reset ...")?
 * Not a place or product that only modifies ("China's so-called AI
 * tigers", "U.S. tariffs", "Ascend is good enough"). */
static int mention_acts(const reading *r, size_t m, size_t t) {
    const dsc_claim_mention *x = &r->in->mentions[m];
    size_t k = t + 1;
    if (x->kind == DSC_ORG || x->kind == DSC_PERSON || x->gov) return 1;
    while (k < r->nt && r->toks[k].mention == r->toks[t].mention) k++;   /* past the name's words */
    if (x->kind == DSC_PLACE)
        return verb_at(r, k) || (t == 0 && k < r->nt && (r->toks[k].cls.lo & LXM_TOPIC_POLICY));
    /* "The H20 was designed in 2023 to ...": a passive, "was" then a
     * participle ("-ed") */
    if (k + 1 < r->nt && (tok_w(r, k, LXW_IS) || tok_w(r, k, LXW_WAS)) && cl_ends_ed(r, k + 1)) return 1;
    return k < r->nt && (r->toks[k].cls.lo & LXM_PREDICATE);
}

/* Does someone act in the sentence: a mention that acts (above), after
 * the dateline, a speaker, a regulator, or a subject standing for an entity ("the company",
 * "its"), but not the "it" of "It was a week of very large numbers" or
 * "It is tempting to ..." ("it", a form of "be", then "a" or a word the
 * lexicon does not know)? */
static int has_actor(gate_ctx *g) {
    const reading *r = g->r;
    size_t i, dl = cl_dateline_end(r), s0 = 0;
    for (i = 0; i < r->nt; i++)
        if (r->toks[i].mention >= 0 && (i == 0 || r->toks[i - 1].mention != r->toks[i].mention) &&
            r->in->mentions[r->m0 + (size_t)r->toks[i].mention].start >= dl &&
            mention_acts(r, r->m0 + (size_t)r->toks[i].mention, i))
            return 1;
    /* someone speaks ("..., testers said": class saying), or a regulator
     * acts unnamed ("Regulators in Seoul revoked ...": an unnamed source
     * of policy, or class regulator-noun) */
    if (g->a->verb < r->nt) return 1;
    for (i = 0; i < r->nt; i++) {
        uint64_t lo = r->toks[i].cls.lo;
        if (r->toks[i].in_quote) continue;
        if ((lo & LXM_SAYING) || ((lo & LXM_UNNAMED) && (lo & LXM_TOPIC_POLICY)) || tok_has(r, i, LX_REGULATOR_NOUN))
            return 1;
    }
    if (!subject_stands_for_entity(r)) return 0;
    if (r->nt > 2 && (tok_w(r, 0, LXW_BUT) || tok_w(r, 0, LXW_AND) || tok_w(r, 0, LXW_YET))) s0 = 1;
    return !(s0 + 2 < r->nt && tok_w(r, s0, LXW_IT) && (tok_w(r, s0 + 1, LXW_IS) || tok_w(r, s0 + 1, LXW_WAS)) &&
             (tok_has(r, s0 + 2, LX_INDEFINITE_DETERMINER) || r->toks[s0 + 2].word == 0));
}

/* "China's so-called AI tigers are all racing to raise money", "It was a
 * week of very large numbers": nobody acts, no claim. */
static int no_actor(gate_ctx *g) { return !has_actor(g); }

/* How far back the nearest heading is looked for: an About block is a
 * paragraph or two. */
#define ABOUT_BLOCK_REACH 8

/* "**About Nebius** / Nebius is a technology company building full-stack
 * infrastructure ...": under a heading "About" and a name, the closing
 * block of a press release, a description the company gives of itself is
 * boilerplate, no claim (a figure or a speaker there, decided by the rules
 * before, is one: "It employs more than 1,400 people"). */
static int about_block(gate_ctx *g) {
    const reading *r = g->r;
    const dsc_word *w;
    size_t j, n, reach = r->si > ABOUT_BLOCK_REACH ? r->si - ABOUT_BLOCK_REACH : 0;
    if (!r->in->words) return 0;
    for (j = r->si; j-- > reach;) {
        if (!r->in->sents[j].heading) continue;
        w = dsc_words_of(r->in->words, j, &n);
        return n >= 2 && w[0].id == LXW_ABOUT && dsc_is_upper(r->in->text[w[0].start]) &&
               dsc_is_upper(r->in->text[w[1].start]);
    }
    return 0;
}

/* "DeepSeek's engineers have spent the past year rebuilding the stack
 * from scratch.": a long statement about an entity. */
static int entity_statement(gate_ctx *g) { return g->r->nt >= 10; }

/* "DeepSeek's prices undercut every rival.": a shorter one on a topic of
 * the trade (a topic class), or ranking what it names ("Apple has
 * historically been TSMC's largest customer": class superlative). */
static int entity_topic(gate_ctx *g) {
    return (g->r->all.lo & (LXM_TOPIC_COST | LXM_TOPIC_TIME | LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK |
                            LXM_TOPIC_MARKET | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY | LXM_TOPIC_OTHER)) != 0 ||
           dsc_lx_has(g->r->all, LX_SUPERLATIVE);
}

/* "The squeeze is not unique to China.": what is left, a remark about an
 * entity with no word of the trade, is no claim. */
static int plain_remark(gate_ctx *g) { (void)g; return 1; }

/* In order: the first rule that fires decides. R(name, rule, verdict). */
#define GATE_RULES(R) \
    R("too-short",           too_short,           GATE_NOT)     \
    R("bare-figure",         bare_figure,         GATE_NOT)     \
    R("call-to-action",      call_to_action,      GATE_NOT)     \
    R("question",            question,            GATE_NOT)     \
    R("colon-introduction",  colon_introduction,  GATE_EMPTY)   \
    R("whether-clause",      whether_clause,      GATE_EMPTY)   \
    R("desk-credit",         desk_credit,         GATE_EMPTY)   \
    R("quote-introduction",  quote_introduction,  GATE_EMPTY)   \
    R("link-to-story",       link_to_story,       GATE_EMPTY)   \
    R("newsletter-plug",     newsletter_plug,     GATE_EMPTY)   \
    R("sponsor-line",        sponsor_line,        GATE_EMPTY)   \
    R("instruction",         instruction,         GATE_EMPTY)   \
    R("note-to-self",        note_to_self,        GATE_EMPTY)   \
    R("desk-boilerplate",    desk_boilerplate,    GATE_EMPTY)   \
    R("safe-harbour",        safe_harbour,        GATE_EMPTY)   \
    R("corrected-figure",    corrected_figure,    GATE_CONTENT) \
    R("earlier-version",     earlier_version,     GATE_EMPTY)   \
    R("cannot-verify",       cannot_verify,       GATE_EMPTY)   \
    R("byline",              byline,              GATE_EMPTY)   \
    R("byline-beat",         byline_beat,         GATE_EMPTY)   \
    R("newsletter-greeting", newsletter_greeting, GATE_EMPTY)   \
    R("author-bio",          author_bio,          GATE_EMPTY)   \
    R("interview-note",      interview_note,      GATE_EMPTY)   \
    R("metadata-line",       metadata_line,       GATE_EMPTY)   \
    R("open-question",       open_question,       GATE_EMPTY)   \
    R("contents-line",       contents_line,       GATE_EMPTY)   \
    R("not-confirmed",       not_confirmed,       GATE_EMPTY)   \
    R("no-comment",          no_comment,          GATE_EMPTY)   \
    R("short-figure",        short_figure,        GATE_CLAIM)   \
    R("figures",             figures,             GATE_CLAIM)   \
    R("correction",          correction,          GATE_CLAIM)   \
    R("attributed",          attributed,          GATE_CLAIM)   \
    R("reported-passive",    reported_passive,    GATE_CLAIM)   \
    R("relative-fragment",   relative_fragment,   GATE_NOT)     \
    R("reported-in-relative", reported_in_relative, GATE_CLAIM) \
    R("entity-action",       entity_action,       GATE_CLAIM)   \
    R("entity-hedged",       entity_hedged,       GATE_CLAIM)   \
    R("standing-practice",   standing_practice,   GATE_CLAIM)   \
    R("market-move",         market_move,         GATE_CLAIM)   \
    R("legal-obligation",    legal_obligation,    GATE_CLAIM)   \
    R("dated-event",         dated_event,         GATE_CLAIM)   \
    R("unnamed-government",  unnamed_government_action, GATE_CLAIM) \
    R("rule-passive",        rule_passive,        GATE_CLAIM)   \
    R("timeline-entry",      timeline_entry,      GATE_CLAIM)   \
    R("future-action",       future_action,       GATE_CLAIM)   \
    R("no-entity",           no_entity,           GATE_NOT)     \
    R("short-remark",        short_remark,        GATE_NOT)     \
    R("no-actor",            no_actor,            GATE_NOT)     \
    R("about-block",         about_block,         GATE_NOT)     \
    R("entity-statement",    entity_statement,    GATE_CLAIM)   \
    R("entity-topic",        entity_topic,        GATE_CLAIM)   \
    R("plain-remark",        plain_remark,        GATE_NOT)
#define GATE_ROW(name, rule, verdict) {name, verdict},     /* the rules are called by name: cl_is_claim */
#define GATE_NAME(name, rule, verdict) name,
static const gate_rule gate_rules[] = { GATE_RULES(GATE_ROW) };
/* The rules' numbers in the table. */
#define GATE_ID(name, rule, verdict) GATE_ID_##rule,
enum { GATE_RULES(GATE_ID) N_GATE_IDS };
#define N_GATE_RULES (sizeof gate_rules / sizeof gate_rules[0])

/* "\"It changes the economics of AI,\" she said.": a quotation with a
 * known speaker is a claim whatever the table said, if it is four words or
 * more and names an entity, acts, or speaks of the trade; the rule
 * overrides the table, so it is tried after it. */
static int speaker_acts(const reading *r);

static int speaker_quotation(const reading *r, const attribution *a, int quoted) {
    return quoted && a->name && !cl_is_article(a->name) && r->nt >= 4 &&
           (r->m1 > r->m0 || cl_clause_asserts(r, 0, r->nt) || speaker_acts(r) ||
            (r->all.lo & (LXM_TOPIC_COST | LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK | LXM_TOPIC_MARKET |
                          LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY)));
}

#define GATE_SPEAKER_QUOTATION "speaker-quotation"

/* Every name the gate gives: the table's, the override above, and two
 * reasons the pass gives for a sentence that is no claim (a saying,
 * cl_generic_quote; a heading, never read). */
static const char *const gate_rule_names[] = {
    GATE_RULES(GATE_NAME) GATE_SPEAKER_QUOTATION, CL_GENERIC_QUOTATION, CL_HEADING
};

const char *cl_is_claim(const reading *r, const attribution *a, dsc_quantity *q, size_t cap, size_t *nq, int quoted,
                        const char **not_claim) {
    gate_ctx g;
    size_t k, dl = cl_dateline_end(r);
    int content = 0;
    g.r = r; g.a = a; g.q = q; g.cap = cap; g.nq = nq; g.named = 0; g.entity = -1;
    find_cue_words(&g);
    /* a dateline's place and outlet do not make the lede a claim */
    /* (the mentions are sorted by start: the last is the latest) */
    g.named = r->m1 > r->m0 && r->in->mentions[r->m1 - 1].start >= dl;
    *not_claim = NULL;
    /* the table's rules called in its order by name, not through the
     * table's pointers, so the compiler inlines the small ones; k: the
     * rule that decided, N_GATE_RULES when none did */
    k = N_GATE_RULES;
#define GATE_TRY(name, rule, verdict) \
    if (!((verdict) == GATE_EMPTY && content) && rule(&g)) { \
        if ((verdict) == GATE_CONTENT) content = 1; \
        else { k = GATE_ID_##rule; goto decided; } \
    }
    GATE_RULES(GATE_TRY)
#undef GATE_TRY
decided:
    if (k < N_GATE_RULES) {
        if (gate_rules[k].verdict == GATE_CLAIM) return gate_rules[k].name;
        *not_claim = gate_rules[k].name;
    }
    /* the override answers a rule that found nothing checkable, not one
     * that recognised a form ("Read more: ...", a byline, a plug) */
    if ((!*not_claim || k == GATE_ID_no_entity || k == GATE_ID_short_remark || k == GATE_ID_no_actor ||
         k == GATE_ID_plain_remark || k == GATE_ID_too_short) &&
        speaker_quotation(r, a, quoted)) {
        *not_claim = NULL;
        return GATE_SPEAKER_QUOTATION;
    }
    return NULL;
}

const char *const *cl_gate_rule_names(size_t *n) {
    *n = sizeof gate_rule_names / sizeof gate_rule_names[0];
    return gate_rule_names;
}

/* ===================================================================== */
/* Sayings, and clauses that assert                                       */
/* ===================================================================== */

/* "We have a scheduler that decides where every job runs", "I mostly read
 * logs": the speaker (I, we) says what they do, which is checkable; "we
 * were supposed to be the cheap one" only characterises, and a denial, a
 * hypothetical ("we would never"), a stance ("we have to", "I want to")
 * or "what I ..." says nothing done. */
static int first_person_act(const reading *r, size_t i) {
    return (tok_w(r, i, LXW_WE) || tok_w(r, i, LXW_I)) && r->toks[i].in_quote && i + 1 < r->nt &&
           r->toks[i + 1].in_quote && r->in->text[r->toks[i].end] == ' ' &&
           !(tok_w(r, i + 1, LXW_WERE) || tok_w(r, i + 1, LXW_ARE) || tok_w(r, i + 1, LXW_WAS)) &&
           !tok_has(r, i + 1, LX_NEGATION) && !tok_w(r, i + 1, LXW_WOULD) && !(i > 0 && tok_w(r, i - 1, LXW_WHAT)) &&
           !(i + 2 < r->nt && tok_w(r, i + 2, LXW_TO));
}

/* A quotation continuing one whose speaker the sentence before named, in
 * which the speaker says what they do (first_person_act). */
static int speaker_acts(const reading *r) {
    size_t i;
    for (i = 0; i < r->nt; i++)
        if (first_person_act(r, i)) return 1;
    return 0;
}

/* A quotation that speaks of nothing in particular: short, and without a
 * pronoun or a definite noun phrase pointing at the story ("Necessity is
 * the mother of invention" against "The numbers are impressive", "He
 * has never had to answer to an investor"). */
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
        if (first_person_act(r, i)) return 0;
        /* "Smuggling has moved from single chips to whole servers": words of
         * the trade make it a claim about it; proverbs have none */
        if (r->toks[i].cls.lo & (LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK | LXM_TOPIC_MARKET | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY)) return 0;
        /* "He has never had to answer to an outside investor", "They can't
         * win on a per-chip basis": a pronoun points at someone or
         * something the story names (class story-pointer); a proverb
         * points at nothing */
        if (tok_has(r, i, LX_STORY_POINTER)) return 0;
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
