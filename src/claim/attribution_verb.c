/*
 * attribution_verb.c: the reporting verb's own claimant ("X said", "said
 * X", "was reported by X", an agentless passive, "..., saying", "A server
 * broker told us"). One ordered table of named rules read at each word
 * of the sentence, in three passes: an active verb of saying with a named
 * subject first, then verbs of saying and passives, then any reporting
 * verb.
 */
#include "claim.h"

/* ===================================================================== */
/* Words around the verb                                                 */
/* ===================================================================== */

/* "was", "is", "been": a passive before a participle. */
static int passive_aux(const reading *r, size_t i) {
    return tok_w(r, i, LXW_WAS) || tok_w(r, i, LXW_WERE) || tok_w(r, i, LXW_IS) || tok_w(r, i, LXW_ARE) ||
           tok_w(r, i, LXW_BEEN) || tok_w(r, i, LXW_BE);
}

/* "lifted its target", "cut its price target", "kept its buy rating" at
 * token i. */
static int rating_call(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_RATING_VERB)) return 0;
    for (k = i + 1; k < r->nt && k <= i + 5; k++)
        if (tok_has(r, k, LX_RATING_NOUN)) return 1;      /* "raised its full-year revenue forecast" */
    return 0;
}

/* "Some investors have raised concerns about the deals", "expressed
 * doubts that": voicing a worry is a statement of the subject's. */
static int voiced_concern(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_VOICE_VERB)) return 0;
    for (k = i + 1; k < r->nt && k <= i + 2; k++)
        if (tok_has(r, k, LX_CONCERN_NOUN)) return 1;
    return 0;
}

/* "told X to do": the object, then an infinitive before any clause. */
static int told_to(const reading *r, size_t i) {
    size_t k, n = 0;
    int paren = 0;
    for (k = i + 1; k < r->nt && n < 5 && k <= i + 12; k++) {
        /* "told suppliers (Amkor, Samsung) to halt": a parenthesis aside */
        const char *t = r->in->text;
        size_t x;
        int opens = 0, closes = 0;
        for (x = r->toks[k - 1].end; x < r->toks[k].start; x++) {
            opens |= t[x] == '(';
            closes |= t[x] == ')';
        }
        if (opens) paren = 1;
        else if (closes) paren = 0;
        if (paren) continue;
        n++;
        if (tok_w(r, k, LXW_THAT) || r->toks[k].in_quote || (r->toks[k].comma_before && !closes)) return 0;
        /* "told investors it expects to spend": a clause, not an order */
        if ((r->toks[k].cls.lo & (LXM_REPORT | LXM_PERSONAL)) || tok_w(r, k, LXW_IT) || tok_w(r, k, LXW_THEY) ||
            tok_w(r, k, LXW_WE))
            return 0;
        if (tok_w(r, k, LXW_TO) && k + 1 < r->nt && !r->toks[k + 1].cap && r->toks[k + 1].mention < 0 &&
            !(r->toks[k + 1].cls.lo & LXM_PRONOUN))
            return 1;
        /* "warned staff against installing the app" */
        if (tok_w(r, k, LXW_AGAINST) && k > i + 1 && k + 1 < r->nt && r->toks[k + 1].end - r->toks[k + 1].start > 4 &&
            memcmp(r->in->text + r->toks[k + 1].end - 3, "ing", 3) == 0)
            return 1;
    }
    return 0;
}

/* "reported first-quarter results", "posted a loss": figures, not words. */
static int reports_results(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt && k <= i + 4; k++)
        if (tok_has(r, k, LX_RESULTS_NOUN)) return 1;
    return 0;
}

/* "Alphabet: raised its capex guidance to $91 billion", "Meta: now
 * expects ...": a name and a colon label the clause that follows. Returns
 * the label's relative mention, or -1. */
static int label_subject(const reading *r) {
    size_t k = 0;
    const char *t = r->in->text;
    uint32_t e;
    if (r->nt < 3 || r->toks[0].mention < 0 || r->toks[0].in_quote) return -1;
    while (k + 1 < r->nt && r->toks[k + 1].mention == r->toks[0].mention) k++;
    e = r->toks[k].end;
    while (e < r->s->end && t[e] != ':' && t[e] != ' ' && (unsigned char)t[e] < 0x80 && t[e] != ',') e++;
    if (e >= r->s->end || t[e] != ':') return -1;
    if (mention(r, r->toks[0].mention)->kind != DSC_ORG && mention(r, r->toks[0].mention)->kind != DSC_PERSON)
        return -1;
    return r->toks[0].mention;
}

/* "A pseudonymous developer who ...", "One European official", "A server
 * broker in Shenzhen", "A former DeepSeek researcher, who asked ...": a
 * person the text does not name opens the sentence. Returns the token of
 * the role noun, or nt. A spokesperson speaks for the company and a named
 * person is named: neither counts. */
static size_t indefinite_subject(const reading *r) {
    size_t k = 0, j;
    while (k < r->nt && r->toks[k].start < cl_dateline_end(r)) k++;
    if (k >= r->nt || !tok_has(r, k, LX_INDEFINITE_DETERMINER))
        return r->nt;
    for (j = k + 1; j < r->nt && j <= k + 5; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || t->comma_before) return r->nt;
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PERSON) return r->nt;
        if (tok_w(r, j, LXW_OF)) return r->nt;                 /* "one of the people" */
        if (t->cls.lo & LXM_ROLE) {
            if (tok_has(r, j, LX_SPOKESPERSON)) return r->nt;
            /* "an Alibaba executive denied", "a Commission official said": the
             * org speaks (a former one does not) */
            {
                const dsc_claim_mention *m;
                if (cl_role_org(r, j, &m)) return r->nt;
            }
            /* "an official at the commission": the body speaks (unnamed_at) */
            if ((tok_w(r, j, LXW_OFFICIAL) || tok_w(r, j, LXW_OFFICIALS)) && j + 1 < r->nt &&
                (tok_w(r, j + 1, LXW_AT) || tok_w(r, j + 1, LXW_FROM) || tok_w(r, j + 1, LXW_OF)))
                return r->nt;
            return j;
        }
    }
    return r->nt;
}

/* ===================================================================== */
/* The subject after the verb: '"...," said Jane Doe'                    */
/* ===================================================================== */

/* "a", "an", "one", "another" before a role after the verb ("said an
 * executive"; class indefinite-determiner, as before the verb). */
static int article_or_one(const reading *r, size_t k) { return tok_has(r, k, LX_INDEFINITE_DETERMINER); }

/* A word of a title stacked before a name ("Acme semiconductor analyst Jo
 * Park"): no comma, quotation, clause, preposition or verb. */
static int title_word(const reading *r, size_t k) {
    const ctok *t = &r->toks[k];
    if (t->in_quote || t->comma_before || tok_has(r, k, LX_PREPOSITION) || tok_has(r, k, LX_CLAUSE_LINK)) return 0;
    if (t->mention >= 0) return mention(r, t->mention)->kind == DSC_ORG || mention(r, t->mention)->kind == DSC_PLACE;
    return !(t->cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_PRONOUN | LXM_AUX | LXM_HEDGE | LXM_PASSIVE));
}

/* The person a run of title words from token k leads to, within
 * MAX_TITLE words ("wrote Acme semiconductor analyst Jo Park in a note"),
 * or nt. */
#define MAX_TITLE 6
static size_t person_after_title(const reading *r, size_t k) {
    size_t j;
    for (j = k; j < r->nt && j < k + MAX_TITLE && title_word(r, j); j++) {}
    if (j < r->nt && j < k + MAX_TITLE && !r->toks[j].in_quote && !r->toks[j].comma_before &&
        r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind == DSC_PERSON)
        return j;
    return r->nt;
}

/* "said Jane Doe", "said Perplexity CEO Jane Doe" (a person preferred),
 * "said analysts at Foo", "said an executive at a Shanghai chip designer".
 * Records which of the three it found in a->rule. */
static int subject_after(reading *r, size_t v, attribution *a) {
    size_t k;
    int first = -1;
    /* inversion follows a quotation or a comma: '"...," said Jane Doe' */
    if (v > 0 && !r->toks[v].comma_before && !r->toks[v - 1].in_quote && !tok_w(r, v - 1, LXW_ALSO))
        return 0;
    for (k = v + 1; k < r->nt && k < v + 6; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) break;
        if (t->mention >= 0) {
            dsc_entity_kind kind = mention(r, t->mention)->kind;
            /* "claimed the Ascend 910C reaches ...": a chip says nothing */
            if (kind != DSC_PERSON && kind != DSC_ORG) break;
            if (first < 0) first = t->mention;
            if (kind == DSC_PERSON) {
                size_t j;
                for (j = v + 1; j < k; j++)
                    if (r->toks[j].mention >= 0 && r->toks[j].mention != t->mention)
                        r->excluded[r->toks[j].mention] = 1;
                first = t->mention;
                break;
            }
            continue;
        }
        if (t->cls.lo & LXM_UNNAMED) {
            /* "said Morrow Street analyst Declan Hughes": a title before a name */
            size_t p = person_after_title(r, k);
            if (p < r->nt) { k = p - 1; continue; }
            a->name = cl_unnamed_label(r, k); a->mention = -1; a->rule = "subject-after-unnamed";
            return a->name != NULL;
        }
        /* 'said an executive at a Shanghai chip designer' */
        if ((t->cls.lo & LXM_ROLE) && first < 0 && k > v + 1 &&
            (article_or_one(r, k - 1) || (k > v + 2 && article_or_one(r, k - 2)))) {
            a->name = cl_indefinite_label(r, k); a->mention = -1; a->rule = "subject-after-indefinite";
            return 1;
        }
        if (t->comma_before && first >= 0) break;
        if (!t->cap && !(first < 0 && (tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN)))) {
            /* "wrote Acme semiconductor analyst Jo Park": the title runs on to a person */
            size_t p = person_after_title(r, k);
            if (p < r->nt) { k = p - 1; continue; }
            if (first >= 0 || k > v + 1) break;
        }
    }
    if (first < 0) return 0;
    a->mention = first;
    a->name = mention(r, first)->name;
    a->rule = "subject-after-named";
    return 1;
}

/* ===================================================================== */
/* The verb rules                                                        */
/* ===================================================================== */

/* The subjects cl_subject_before found in one cl_verb_attribution: its
 * passes ask again at the same verb with the same attribution ("analysts
 * said": pass 2 finds them, wants a name, and pass 1 asks again). Within
 * the call the answer cannot change: the sentence, the speakers before it
 * and the memory are the same, and what it writes besides (r->excluded,
 * which it never reads) is only ever set. */
#define SUBJECT_MEMO 8
typedef struct {
    size_t n;
    struct { size_t v; int found; attribution in, out; } e[SUBJECT_MEMO];
} subject_memo;

typedef struct {
    int strong;             /* the pass: 2, 1 or 0 */
    int label;              /* "Meta: now expects": the label's mention, or -1 */
    attribution saved;      /* the attribution before the pass */
    subject_memo *memo;
} verb_scan;

static int same_attribution(const attribution *x, const attribution *y) {
    return x->name == y->name && x->mention == y->mention && x->entity == y->entity && x->verb == y->verb &&
           x->passive == y->passive && x->self == y->self && x->rule == y->rule && x->named == y->named;
}

/* cl_subject_before(r, v, a), answered from m when it was asked so before. */
static int subject_before(reading *r, subject_memo *m, size_t v, attribution *a) {
    size_t k;
    int found;
    for (k = 0; k < m->n; k++)
        if (m->e[k].v == v && same_attribution(&m->e[k].in, a)) {
            *a = m->e[k].out;
            return m->e[k].found;
        }
    if (m->n == SUBJECT_MEMO) return cl_subject_before(r, v, a);
    m->e[m->n].v = v; m->e[m->n].in = *a;
    found = cl_subject_before(r, v, a);
    m->e[m->n].out = *a; m->e[m->n].found = found;
    m->n++;
    return found;
}


/* "Morgan Stanley lifted its target to $160", "kept its buy rating": a
 * broker's call is its claim */
static int rating_call_subject(reading *r, const verb_scan *s, size_t i, attribution *a) {
    if (!r->toks[i].in_quote && !s->strong && i > 0 && rating_call(r, i) && subject_before(r, s->memo, i, a))
        return CR_FOUND;
    return CR_NEXT;
}

/* "Alphabet: raised its capex guidance to $91 billion": the label's
 * (else a call without a subject says nothing of its own) */
static int label_rating_call(reading *r, const verb_scan *s, size_t i, attribution *a) {
    if (r->toks[i].in_quote || s->strong || i == 0 || !rating_call(r, i)) return CR_NEXT;
    if (s->label >= 0 && i < 6) {
        a->mention = s->label; a->name = mention(r, s->label)->name;
        return CR_FOUND;
    }
    return CR_STEP;
}

/* "Some investors have raised concerns about the deals": people worry;
 * "the chatbot ... raised questions" caused them */
static int voiced_concern_subject(reading *r, const verb_scan *s, size_t i, attribution *a) {
    if (r->toks[i].in_quote || s->strong || i == 0 || !voiced_concern(r, i)) return CR_NEXT;
    if (subject_before(r, s->memo, i, a) &&
        (a->mention >= 0 ? mention(r, a->mention)->kind == DSC_PERSON
                         : a->entity < 0 && a->name && !cl_is_article(a->name)))
        return CR_FOUND;
    *a = s->saved;
    return CR_STEP;
}

/* a word that reports nothing ("according" is a cited source's) */
static int not_reporting(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return !(r->toks[i].cls.lo & (LXM_REPORT | LXM_PASSIVE)) || r->toks[i].in_quote || tok_w(r, i, LXW_ACCORDING)
           ? CR_STEP : CR_NEXT;
}

/* "analysts had been looking for $45.9 billion": looking without "for" */
static int looking_without_for(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return tok_w(r, i, LXW_LOOKING) && !(i + 1 < r->nt && tok_w(r, i + 1, LXW_FOR)) ? CR_STEP : CR_NEXT;
}

/* "told several partners to set aside capacity": an instruction, an
 * action the text reports, not a statement */
static int told_to_do(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return (r->toks[i].cls.lo & LXM_TELL) && told_to(r, i) ? CR_STEP : CR_NEXT;
}

/* "Nvidia posted a loss": a figure the text reports (but "SoftBank
 * reported a net profit of": the company's own account) */
static int posted_results(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return tok_w(r, i, LXW_POSTED) && reports_results(r, i) ? CR_STEP : CR_NEXT;
}

/* the stronger passes read verbs of saying and passives only, the
 * strongest active verbs of saying only ("Llama 4 is expected in June,
 * Meta said": Meta, not the passive) */
static int outside_pass(reading *r, const verb_scan *s, size_t i, attribution *a) {
    const ctok *t = &r->toks[i];
    (void)a;
    if (s->strong && !tok_has(r, i, LX_SAYING) && !(t->cls.lo & LXM_PASSIVE)) return CR_STEP;
    if (s->strong == 2 && (!tok_has(r, i, LX_SAYING) || !(t->cls.lo & LXM_REPORT) ||
                           (i > 0 && (passive_aux(r, i - 1) || tok_w(r, i - 1, LXW_WIDELY)))))
        return CR_STEP;
    return CR_NEXT;
}

/* "was first reported by Reuters": the agent (not "seen by CNBC", which
 * only relays) */
static int passive_by(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s;
    if ((r->toks[i].cls.lo & LXM_PASSIVE) && i + 2 < r->nt && tok_w(r, i + 1, LXW_BY) &&
        r->toks[i + 2].mention >= 0 && (i == 0 || !(r->toks[i - 1].mention >= 0)) &&
        !tok_has(r, i, LX_RELAY_PARTICIPLE)) {
        a->mention = r->toks[i + 2].mention; a->name = mention(r, a->mention)->name;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "is said", "was widely reported", "is also expected": a passive
 * participle after its auxiliary. */
static int passive_form(const reading *r, size_t i) {
    return (r->toks[i].cls.lo & LXM_PASSIVE) && i > 0 &&
           (passive_aux(r, i - 1) || (i > 1 && cl_verb_modifier(r, i - 1) && passive_aux(r, i - 2)) ||
            tok_w(r, i - 1, LXW_WIDELY));
}

/* "Google signed a deal for 500 megawatts, the first of which is
 * expected to come online by 2030", "..., where it is expected to give
 * more detail": a passive inside a relative clause (a word of class
 * background-clause after the clause's comma) is background to the main
 * clause, which is the article's statement; no claimant of its own */
static int passive_in_relative(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t k;
    int rel = 0;
    (void)s; (void)a;
    if (!passive_form(r, i)) return CR_NEXT;      /* "which it said": an active verb (split.c) */
    /* "Nvidia, which is thought to ..., is due to report": a clause inside
     * the subject's apposition (a verb after its closing comma) is a claim
     * of its own */
    for (k = i + 1; k + 1 < r->nt; k++)
        if (r->toks[k].comma_before && tok_has(r, k, LX_FINITE_VERB)) return CR_NEXT;
    for (k = i; k-- > 0 && i - k <= 6;) {
        if (r->toks[k].in_quote) return CR_NEXT;
        if (tok_has(r, k, LX_BACKGROUND_CLAUSE)) rel = 1;
        if (r->toks[k].comma_before) return rel ? CR_STEP : CR_NEXT;
    }
    return CR_NEXT;
}

/* "Huawei is expected to ship 700,000 chips, people familiar with the
 * matter said, although ...": a verb of saying after a comma, its subject
 * between the comma and it, reports the clause before it, passive and
 * all (doc/claims.md: the statement closing a sentence reports all before
 * it); the passive steps aside for it */
static int passive_before_source(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t v, c;
    attribution found;
    (void)s;
    if (!passive_form(r, i)) return CR_NEXT;
    for (v = i + 2; v < r->nt; v++) {
        if (r->toks[v].in_quote || !tok_has(r, v, LX_SAYING) || passive_aux(r, v - 1)) continue;
        for (c = v; c > i + 1 && v - c < 6 && !r->toks[c].comma_before; c--) {}
        if (!r->toks[c].comma_before || c == v || tok_has(r, c, LX_CLAUSE_LINK)) continue;
        found = *a;
        if (subject_before(r, s->memo, v, &found) && found.name) return CR_STEP;
    }
    return CR_NEXT;
}

/* "The model is said to cost", "was widely reported": no claimant */
static int agentless_passive(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s;
    if (passive_form(r, i) && !(i + 1 < r->nt && tok_w(r, i + 1, LXW_BY))) {
        a->name = NULL; a->mention = -1; a->passive = 1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "the figure was reported": a passive participle only, no active verb */
static int participle_only(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return !(r->toks[i].cls.lo & LXM_REPORT) ? CR_STEP : CR_NEXT;
}

/* "the claims", "its estimates", "Nvidia's reports": a noun */
static int report_noun(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    if (tok_has(r, i, LX_REPORT_NOUN) && i > 0 &&
        (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_ITS) || tok_w(r, i - 1, LXW_THEIR) ||
         tok_w(r, i - 1, LXW_HIS) || tok_w(r, i - 1, LXW_HER) || tok_w(r, i - 1, LXW_THESE) ||
         (r->toks[i - 1].mention >= 0 && cl_possessive_after(r, i - 1))))
        return CR_STEP;
    return CR_NEXT;
}

/* "estimates of its compute", "reports of a ban": nouns */
static int noun_of(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return i + 1 < r->nt && tok_w(r, i + 1, LXW_OF) && !r->toks[i + 1].comma_before ? CR_STEP : CR_NEXT;
}

/* "opened an investigation into whether DeepSeek had warned users that
 * ...", "is examining whether Nvidia said": a verb in an indirect question
 * (its clause opens with "whether", a few words before it) states
 * nothing; the question is the text's */
static int in_question(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t k;
    (void)s; (void)a;
    for (k = i; k-- > 0 && i - k <= 5;) {
        if (r->toks[k + 1].comma_before || r->toks[k].in_quote) break;
        if (tok_w(r, k, LXW_WHETHER)) return CR_STEP;
    }
    return CR_NEXT;
}

/* "DeepSeek has never confirmed that figure", "has not said": a verb
 * negated in its group states nothing */
static int negated_verb(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t g = i;
    (void)s; (void)a;
    while (g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before) {
        g--;
        if (tok_has(r, g, LX_NEGATION)) return CR_STEP;
    }
    return CR_NEXT;
}

/* "The PIPC announced the results of its investigation", "have announced
 * their own pilots": a verb that is also an action, with its object
 * right after it, is the action ("announced that", "announced on X that"
 * and "announced a joint venture" stay statements) */
static int action_object(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return (r->toks[i].cls.lo & LXM_PREDICATE) && i + 1 < r->nt && !r->toks[i + 1].comma_before &&
           (tok_w(r, i + 1, LXW_THE) || tok_w(r, i + 1, LXW_ITS) || tok_w(r, i + 1, LXW_THEIR) ||
            tok_w(r, i + 1, LXW_HIS) || tok_w(r, i + 1, LXW_HER)) ? CR_STEP : CR_NEXT;
}

/* "a 5GW campus that UAE officials say will be the largest", "a policy
 * analysts say has gained urgency": a report whose clause lacks its
 * subject (a finite verb right after it) sits inside a noun group, as
 * background to the article's own statement */
static int report_in_noun_group(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    /* "..., which it said was cheaper", "a model the lab shipped in March
     * and said was better": the subject's own claim, split off (split.c);
     * but a group the text does not name after "which" is never the
     * sentence's subject, whatever verb follows ("a firm called Tessellate,
     * which prosecutors say falsified its records": background) */
    if (i >= 2 && tok_w(r, i - 2, LXW_WHICH) && (r->toks[i - 1].cls.lo & LXM_UNNAMED) && !r->toks[i].in_quote)
        return CR_STEP;
    if ((i >= 2 && (tok_w(r, i - 2, LXW_WHICH) || tok_w(r, i - 2, LXW_WHAT))) || (i >= 1 && tok_w(r, i - 1, LXW_AND)))
        return CR_NEXT;
    return i + 1 < r->nt && !r->toks[i + 1].comma_before && !r->toks[i + 1].in_quote &&
           tok_has(r, i + 1, LX_FINITE_VERB) ? CR_STEP : CR_NEXT;
}

/* A determiner that opens a noun group (the, a, an, its, their, this). */
static int determiner(const reading *r, size_t k) {
    return tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) || tok_w(r, k, LXW_ITS) ||
           tok_w(r, k, LXW_THEIR) || tok_w(r, k, LXW_THIS);
}

/* Does a noun group end at token h, one that a relative clause may
 * follow: a lowercase noun at most three words after its determiner, no
 * name inside it, the group not the sentence's opening ("The startup
 * DeepSeek said": its subject) and not a word that stands for the name
 * after it ("the startup DeepSeek", "a spokesperson", "analyst Jo Park")?
 * An apposition to a name counts ("Meta Superintelligence Labs, a new
 * unit"). */
static int head_noun(const reading *r, size_t h) {
    size_t d;
    const uint64_t speaker = LXM_PRONOUN | LXM_ROLE | LXM_UNNAMED | LXM_REPORT | LXM_AUX | LXM_SPOKESPERSON |
                             LXM_FIRM_ANALYST | LXM_PERSONAL;
    if (r->toks[h].cap || r->toks[h].in_quote || r->toks[h].mention >= 0 || (r->toks[h].cls.lo & speaker) ||
        tok_has(r, h, LX_DESCRIPTOR) || tok_has(r, h, LX_OUTLET_NOUN) || tok_has(r, h, LX_PREPOSITION) ||
        tok_has(r, h, LX_CLAUSE_LINK) || tok_has(r, h, LX_FINITE_VERB) || determiner(r, h))
        return 0;
    for (d = h; d-- > 0 && h - d <= 3;) {
        if (r->toks[d].mention >= 0 || r->toks[d].in_quote || (d < h && r->toks[d + 1].comma_before)) return 0;
        if (!determiner(r, d)) continue;
        if (d == 0) return 0;
        return 1;
    }
    return 0;
}

/* The first word of a group the text does not name that stands as the
 * subject of the verb group at g, with what qualifies it and no verb of
 * its own ("analysts polled by LSEG", "analysts at Bernstein"), or 0. */
static size_t unnamed_relative_subject(const reading *r, size_t g) {
    size_t u;
    for (u = g; u-- > 1 && g - u <= 5;) {
        const dsc_lx_cls *c = &r->toks[u].cls;
        if (r->toks[u].in_quote || (c->lo & (LXM_REPORT | LXM_AUX)) || tok_has(r, u, LX_FINITE_VERB) ||
            tok_w(r, u, LXW_THAT) || tok_w(r, u, LXW_WHICH))
            return 0;
        if ((c->lo & LXM_UNNAMED) && r->toks[u].mention < 0) return r->toks[u].comma_before ? 0 : u;
        if (r->toks[u].comma_before) return 0;
    }
    return 0;
}

/* "Meta Superintelligence Labs, a new unit Zuckerberg announced in an
 * internal memo on June 30", "analysts doubted the savings DeepSeek
 * reported", "a limitation the company acknowledged in its report", "the
 * $8 billion that analysts polled by LSEG had forecast": a reporting verb
 * (with its verb group) whose subject (a name, "he", "she", "the company",
 * a group the text does not name) stands right after a noun group, or
 * after "that" or "which" behind one, and that has no object of its own
 * (nothing after it but where and when) is a relative clause inside the
 * noun group, background to the article's own statement (doc/claims.md).
 * Returns the subject's first token, or 0. */
/* Has the verb at i no object: the sentence ends, or where and when
 * follow up to a comma? (Tested first: most verbs have one.) */
static int no_object(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt && !r->toks[k].comma_before; k++) {
        if (k == i + 1 && !tok_has(r, k, LX_PREPOSITION) && !tok_w(r, k, LXW_LAST) && !tok_w(r, k, LXW_THIS))
            return 0;
        if (tok_w(r, k, LXW_THAT) || tok_has(r, k, LX_FINITE_VERB) || (r->toks[k].cls.lo & LXM_REPORT) ||
            tok_has(r, k, LX_CLAUSE_LINK) || r->toks[k].in_quote)
            return 0;
    }
    return 1;
}

size_t cl_object_relative_subject(const reading *r, size_t i) {
    size_t s0, k, g = i;
    if (i < 3 || r->toks[i].in_quote || r->toks[i].comma_before || !no_object(r, i)) return 0;
    /* the verb group: "had forecast", "has promised" */
    while (g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before && !r->toks[g - 1].in_quote) g--;
    if (g < 3) return 0;
    if ((s0 = unnamed_relative_subject(r, g)) != 0) {
        /* "analysts polled by LSEG": the group, not the name in it */
    } else if (r->toks[g - 1].mention >= 0) {
        for (s0 = g - 1; s0 > 0 && !r->toks[s0].comma_before && r->toks[s0 - 1].mention == r->toks[g - 1].mention;)
            s0--;
    } else if (r->toks[g - 1].cls.lo & LXM_PERSONAL) {
        s0 = g - 1;
    } else if ((r->toks[g - 1].cls.lo & LXM_PRONOUN) && tok_w(r, g - 2, LXW_THE) && !r->toks[g - 1].comma_before) {
        s0 = g - 2;                         /* "the company", "the lab" */
    } else {
        return 0;
    }
    if (s0 < 2 || r->toks[s0].comma_before) return 0;
    k = s0 - 1;
    if ((tok_w(r, k, LXW_THAT) || tok_w(r, k, LXW_WHICH)) && !r->toks[k].comma_before) k--;
    return head_noun(r, k) ? s0 : 0;
}

/* the verb rule: cl_object_relative_subject */
static int object_relative(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return cl_object_relative_subject(r, i) ? CR_STEP : CR_NEXT;
}

/* "the Brussels-based think tank": a reporting word that heads a
 * compound noun (class compound-tail after it) is no verb */
static int compound_noun(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return i + 1 < r->nt && !r->toks[i + 1].comma_before && tok_has(r, i + 1, LX_COMPOUND_TAIL) ? CR_STEP : CR_NEXT;
}

/* "has said nothing about its timing": no statement */
static int says_nothing(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return i + 1 < r->nt && (tok_w(r, i + 1, LXW_NOTHING) || tok_w(r, i + 1, LXW_LITTLE)) ? CR_STEP : CR_NEXT;
}

/* "..., she continued", '"...," continued Huang': a verb that reports only
 * where it closes the statement, after a comma or a quotation, or at the
 * end; "Nvidia continued to sell chips" is an action */
static int closing_only(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return i + 1 >= r->nt || r->toks[i + 1].comma_before || r->toks[i + 1].in_quote ||
           (i > 0 && r->toks[i - 1].in_quote) ? CR_NEXT : CR_STEP;
}

/* "Lambda's filing lists 2,310 enterprise customers": a verb that reports
 * only with a document for its subject (class document-verb); "OpenAI
 * lists o1 at $15" is a price list, an action */
static int document_only(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return i > 0 && (r->toks[i - 1].cls.lo & LXM_DOCUMENT) && !r->toks[i - 1].in_quote ? CR_NEXT : CR_STEP;
}

/* "posted a model card" is an action; "posted on X that" a statement */
static int posted_action(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return tok_w(r, i, LXW_POSTED) &&
           !(i + 1 < r->nt && (tok_w(r, i + 1, LXW_ON) || tok_w(r, i + 1, LXW_THAT) ||
                               r->toks[i + 1].in_quote || r->toks[i + 1].comma_before)) ? CR_STEP : CR_NEXT;
}

/* "had added $2 trillion": reporting only with a clause after it */
static int added_amount(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s; (void)a;
    return tok_w(r, i, LXW_ADDED) && i + 1 < r->nt && !tok_w(r, i + 1, LXW_THAT) &&
           !r->toks[i + 1].comma_before && !r->toks[i + 1].in_quote ? CR_STEP : CR_NEXT;
}

/* "put the figure at", "put High-Flyer's spending at $1.2bn": putting is
 * estimating only with an "at" to come in its clause, however long the
 * object ("put the share of usable dies coming off SMIC's most advanced
 * line at", "put the figure, with salaries, at"; ", and at launch" is
 * another clause), or "put it" and a
 * quotation ("put it bluntly: '...'" introduces the speaker's words) */
static int put_without_figure(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t x;
    int at_figure = 0;
    (void)s; (void)a;
    if (!(tok_w(r, i, LXW_PUT) || tok_w(r, i, LXW_PUTS))) return CR_NEXT;
    for (x = i + 2; x < r->nt && x <= i + 24 && !r->toks[x].in_quote; x++) {
        if (r->toks[x].comma_before && tok_has(r, x, LX_CLAUSE_LINK)) break;     /* ", and ..." */
        if (tok_w(r, x, LXW_AT)) at_figure = 1;
    }
    if (i + 1 < r->nt && tok_w(r, i + 1, LXW_IT))
        for (x = i + 2; x < r->nt && x <= i + 4; x++) if (r->toks[x].in_quote) at_figure = 1;
    return at_figure ? CR_NEXT : CR_STEP;
}

/* "called R1 'AI's Sputnik moment'": calling is saying when a quote follows */
static int called_without_quote(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t k;
    (void)s; (void)a;
    if (!tok_w(r, i, LXW_CALLED)) return CR_NEXT;
    for (k = i + 1; k < r->nt && k <= i + 6; k++) if (r->toks[k].in_quote) return CR_NEXT;
    return CR_STEP;
}

/* "X issued guidance saying ...", "X paused sign-ups, citing 'attacks'":
 * the subject of the sentence */
static int saying_subject(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s;
    if (!(tok_w(r, i, LXW_SAYING) || (tok_w(r, i, LXW_CITING) && i + 1 < r->nt && r->toks[i + 1].in_quote)))
        return CR_NEXT;
    return cl_sentence_subject(r, i, a) ? CR_FOUND : CR_STEP;
}

/* "A server broker in Shenzhen told us": a person not named, as long as
 * nobody named stands between that person and the verb */
static int indefinite_speaker(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t ind = indefinite_subject(r), j;
    (void)s;
    if (ind >= i) return CR_NEXT;
    for (j = ind + 1; j < i; j++)
        if (r->toks[j].mention >= 0 && !r->toks[j].in_quote && mention(r, r->toks[j].mention)->kind == DSC_PERSON)
            return CR_NEXT;
    a->name = cl_indefinite_label(r, ind); a->mention = -1; a->entity = -1;
    for (j = ind + 1; j < i; j++)               /* where the person works or lives */
        if (r->toks[j].mention >= 0) r->excluded[r->toks[j].mention] = 1;
    return CR_FOUND;
}

/* "Lawmakers ... had pressed ..., arguing that", "warning that": the
 * sentence's subject */
static int participle_subject(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s;
    return tok_has(r, i, LX_REPORT_PARTICIPLE) && cl_sentence_subject(r, i, a) ? CR_FOUND : CR_NEXT;
}

/* "Analysts ... have pressed ..., warning that": an unnamed subject */
static int participle_unnamed(reading *r, const verb_scan *s, size_t i, attribution *a) {
    (void)s;
    if (!tok_has(r, i, LX_REPORT_PARTICIPLE)) return CR_NEXT;
    if (r->toks[0].cls.lo & LXM_UNNAMED && (a->name = cl_unnamed_label(r, 0)) != NULL) {
        a->mention = -1;
        return CR_FOUND;
    }
    return CR_STEP;
}

/* "Meta: now expects ...": the label */
static int label_speaker(reading *r, const verb_scan *s, size_t i, attribution *a) {
    if (s->label >= 0 && i < 6 && (r->toks[i].cls.lo & LXM_REPORT)) {
        a->mention = s->label; a->name = mention(r, s->label)->name;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* After a subject is found before or after the verb at i: "far more than
 * analysts had forecast" is a comparison, not a source (inside a
 * quotation "than" is the speaker's); "An official told the state-run
 * Global Times that ...": for what an unnamed source told an outlet, the
 * outlet is the claimant (doc/claims.md: the originator only when named) */
static int subject_found(reading *r, const verb_scan *s, size_t i, attribution *a) {
    size_t x = i, o;
    while (x > 0 && i - x < 4 && !tok_w(r, x - 1, LXW_THAN) && !r->toks[x - 1].in_quote && !r->toks[x].comma_before) x--;
    if (x > 0 && tok_w(r, x - 1, LXW_THAN) && !r->toks[x - 1].in_quote) { *a = s->saved; return CR_STEP; }
    if (a->mention >= 0) cl_exclude_appositive(r, a->mention);
    if (a->mention < 0 && a->entity < 0 && a->name && !cl_is_article(a->name) &&
        (r->toks[i].cls.lo & LXM_TELL))
        for (o = i + 1; o < r->nt && o <= i + 5 && !r->toks[o].in_quote; o++)
            if (r->toks[o].mention >= 0) {
                if (mention(r, r->toks[o].mention)->outlet) {
                    a->mention = r->toks[o].mention; a->name = mention(r, a->mention)->name;
                    a->rule = "unnamed-told-outlet";
                }
                break;
            }
    return CR_FOUND_SUB;
}

/* "Jane Doe said", "the company said", "analysts said": the subject
 * before the verb (its rule is recorded: subject-named, ...) */
static int verb_subject_before(reading *r, const verb_scan *s, size_t i, attribution *a) {
    return subject_before(r, s->memo, i, a) ? subject_found(r, s, i, a) : CR_NEXT;
}

/* '"...," said Jane Doe': the subject after the verb */
static int verb_subject_after(reading *r, const verb_scan *s, size_t i, attribution *a) {
    return subject_after(r, i, a) ? subject_found(r, s, i, a) : CR_STEP;
}

/* The verb rules, in the order they are tried at each word. */
#define VERB_RULES(X) \
    /* "Morgan Stanley lifted its target to $160" */ \
    X("rating-call",               rating_call_subject, LX_RATING_VERB) \
    /* "Alphabet: raised its capex guidance" */ \
    X("label-rating-call",         label_rating_call, LX_RATING_VERB) \
    /* "Some investors have raised concerns" */ \
    X("voiced-concern",            voiced_concern_subject, LX_VOICE_VERB) \
    /* a word that reports nothing */ \
    X("verb-not-reporting",        not_reporting, -1) \
    /* "analysts had been looking for $45.9 billion" */ \
    X("verb-looking-without-for",  looking_without_for, -1) \
    /* "told partners to set aside capacity" */ \
    X("verb-told-to-do",           told_to_do, LX_TELL) \
    /* "an investigation into whether DeepSeek had warned users" */ \
    X("verb-in-question",          in_question, -1) \
    /* "Nvidia posted a loss" */ \
    X("verb-posted-results",       posted_results, -1) \
    /* a verb the stronger passes do not read */ \
    X("verb-outside-pass",         outside_pass, -1) \
    /* "was first reported by Reuters" */ \
    X("passive-by",                passive_by, LX_PASSIVE) \
    /* "the first of which is expected to" */ \
    X("passive-in-relative-clause", passive_in_relative, LX_PASSIVE) \
    /* "is expected to ship ..., people familiar with the matter said" */ \
    X("passive-before-source",     passive_before_source, LX_PASSIVE) \
    /* "is said to cost" */ \
    X("agentless-passive",         agentless_passive, LX_PASSIVE) \
    /* a passive participle, no active verb */ \
    X("verb-participle-only",      participle_only, -1) \
    /* "the claims", "its estimates" */ \
    X("verb-report-noun",          report_noun, LX_REPORT_NOUN) \
    /* "reports of a ban" */ \
    X("verb-noun-of",              noun_of, -1) \
    /* "a campus that officials say will be the largest" */ \
    X("verb-report-in-noun-group", report_in_noun_group, -1) \
    /* "a new unit Zuckerberg announced in a memo" */ \
    X("verb-object-relative",      object_relative, -1) \
    /* "the think tank" */ \
    X("verb-compound-noun",        compound_noun, -1) \
    /* "has never confirmed that figure" */ \
    X("verb-negated",              negated_verb, -1) \
    /* "announced the results of its investigation" */ \
    X("verb-action-object",        action_object, -1) \
    /* "has said nothing about its timing" */ \
    X("verb-says-nothing",         says_nothing, -1) \
    /* "posted a model card" */ \
    X("verb-posted-action",        posted_action, -1) \
    /* "Nvidia continued to sell chips" */ \
    X("verb-closing-only",         closing_only, LX_REPORT_CLOSING) \
    /* "OpenAI lists o1 at $15" */ \
    X("verb-document-only",        document_only, LX_DOCUMENT_VERB) \
    /* "had added $2 trillion" */ \
    X("verb-added-amount",         added_amount, -1) \
    /* "put the weights on Hugging Face" */ \
    X("verb-put-without-figure",   put_without_figure, -1) \
    /* "called for a ban" */ \
    X("verb-called-without-quote", called_without_quote, -1) \
    /* "X issued guidance saying ..." */ \
    X("saying-subject",            saying_subject, -1) \
    /* "A server broker in Shenzhen told us" */ \
    X("indefinite-subject",        indefinite_speaker, -1) \
    /* "X pressed ..., arguing that" */ \
    X("participle-subject",        participle_subject, LX_REPORT_PARTICIPLE) \
    /* "Analysts pressed ..., warning that" */ \
    X("participle-unnamed",        participle_unnamed, LX_REPORT_PARTICIPLE) \
    /* "Meta: now expects ..." */ \
    X("label-subject",             label_speaker, -1) \
    /* "Jane Doe said" (records subject-...) */ \
    X("verb-subject-before",       verb_subject_before, -1) \
    /* '"...," said Jane Doe' (records subject-after-...) */ \
    X("verb-subject-after",        verb_subject_after, -1)

#define VERB_NAME(name, fn, need) name,
static const char *const verb_rule_names[] = { VERB_RULES(VERB_NAME) };

/* The rules' numbers in the table. */
#define VERB_ID(name, fn, need) VR_##fn,
enum { VERB_RULES(VERB_ID) N_VERB_RULES };

/* The rules at word i in the table's order, each called by name (the
 * compiler inlines the small ones) when the word has its class: the
 * outcome of the first that does not pass (CR_NEXT when all do), its
 * number in *k. */
static int verb_rules_at(reading *r, const verb_scan *s, size_t i, attribution *a, size_t *k) {
    int o;
#define VERB_TRY(name, fn, need) \
    if (((need) < 0 || tok_has(r, i, (unsigned)((need) < 0 ? 0 : (need)))) && (o = fn(r, s, i, a)) != CR_NEXT) { \
        *k = VR_##fn; \
        return o; \
    }
    VERB_RULES(VERB_TRY)
#undef VERB_TRY
    return CR_NEXT;
}

/* A word none of the verb rules reads: neither a reporting verb nor a
 * passive nor the verb of a rating call or of a voiced concern. */
static int no_verb(const dsc_lx_cls *c) {
    return !(c->lo & (LXM_REPORT | LXM_PASSIVE)) && !dsc_lx_has(*c, LX_RATING_VERB) &&
           !dsc_lx_has(*c, LX_VOICE_VERB);
}

/* The words some verb rule reads (not no_verb), in order: the passes
 * read them, found once. */
typedef struct {
    size_t n;
    uint16_t at[MAX_TOKS];
} verb_words;
typedef char verb_words_fit[MAX_TOKS <= 65536 ? 1 : -1];

static void find_verb_words(const reading *r, verb_words *v) {
    size_t i;
    v->n = 0;
    if (no_verb(&r->all)) return;           /* no word of the sentence is one */
    for (i = 0; i < r->nt; i++)
        if (!no_verb(&r->toks[i].cls)) v->at[v->n++] = (uint16_t)i;
}

/* One pass of the verb rules over the sentence's words. */
static int verb_attribution_pass(reading *r, const verb_words *v, subject_memo *memo, attribution *a, int strong) {
    verb_scan s;
    size_t i, j, k;
    if (!v->n) return 0;
    s.memo = memo;
    s.strong = strong;
    s.label = strong ? -1 : label_subject(r);
    s.saved = *a;
    for (j = 0; j < v->n; j++) {
        int o;
        i = v->at[j];
        if ((o = verb_rules_at(r, &s, i, a, &k)) == CR_NEXT || o == CR_STEP) continue;
        if (o == CR_FOUND) a->rule = verb_rule_names[k];
        a->verb = i;
        return 1;
    }
    return 0;
}

/* Does a reporting verb, or a passive one ("is expected to"), stand
 * before token v, outside quotation marks? */
static int report_before(const reading *r, size_t v) {
    size_t i;
    for (i = 0; i < v; i++)
        if ((r->toks[i].cls.lo & (LXM_REPORT | LXM_PASSIVE)) && !r->toks[i].in_quote && !tok_w(r, i, LXW_ACCORDING))
            return 1;
    return 0;
}

/* "The Commerce Department told Nvidia in April that the chip needs a
 * licence, the company said in a filing": the statement closing the
 * sentence (a verb of saying after a comma and a short subject, with
 * nothing after it but where and when) reports all that comes before it,
 * the earlier report included, so its speaker is the claimant. An outlet
 * closing it only relays a named speaker ("Jane Doe said ..., Reuters
 * reported": doc/claims.md). Returns 1 and fills a when it applies. */
static int closing_statement(reading *r, subject_memo *memo, attribution *a) {
    size_t v, k, c;
    attribution found = *a;
    if (!(r->all.lo & LXM_REPORT)) return 0;
    /* the last reporting verb, among the last nine words: a verb of saying,
     * or one of reckoning in the active ("..., the AI Office estimated in
     * a document") */
    for (v = r->nt; v > 1 && v + 8 >= r->nt; v--)
        if ((r->toks[v - 1].cls.lo & LXM_REPORT) && !r->toks[v - 1].in_quote) break;
    if (v <= 1 || v + 8 < r->nt) return 0;
    v--;
    if (r->toks[v].comma_before || passive_aux(r, v - 1)) return 0;
    /* where and when ("in a filing", "last week"): no clause, no quotation */
    if (v + 1 < r->nt && !tok_has(r, v + 1, LX_PREPOSITION) && !tok_w(r, v + 1, LXW_LAST) &&
        !tok_w(r, v + 1, LXW_THIS))
        return 0;
    for (k = v + 1; k < r->nt; k++)
        if (r->toks[k].in_quote || r->toks[k].comma_before || (r->toks[k].cls.lo & LXM_REPORT) ||
            tok_has(r, k, LX_CLAUSE_LINK))
            return 0;
    /* the subject after a comma (not a semicolon), no relative clause or negation */
    for (c = v; c > 0 && v - c < 6 && !r->toks[c].comma_before; c--)
        if (c < v && (tok_has(r, c, LX_CLAUSE_LINK) || tok_has(r, c, LX_NEGATION))) return 0;
    if (c == 0 || !r->toks[c].comma_before || c == v || r->toks[c].in_quote || tok_has(r, c, LX_CLAUSE_LINK) ||
        tok_has(r, c, LX_NEGATION) ||
        memchr(r->in->text + r->toks[c - 1].end, ';', r->toks[c].start - r->toks[c - 1].end) ||
        !report_before(r, c))
        return 0;
    if (!subject_before(r, memo, v, &found) || !(found.mention >= 0 || found.entity >= 0) ||
        (found.mention >= 0 && mention(r, found.mention)->outlet))
        return 0;
    *a = found;
    a->verb = v;
    return 1;
}

/* Passes: the statement closing the sentence; 2, an active verb of saying
 * with its subject ("Llama 4 is expected in June, Meta said": Meta, not
 * the passive); 1, verbs of saying and passives; 0, any reporting verb. */
int cl_verb_attribution(reading *r, attribution *a) {
    attribution save = *a;
    subject_memo memo;
    verb_words v;
    memo.n = 0;
    if (closing_statement(r, &memo, a)) return 1;
    *a = save;
    find_verb_words(r, &v);
    if (verb_attribution_pass(r, &v, &memo, a, 2) && (a->mention >= 0 || a->entity >= 0)) return 1;
    *a = save;
    if (verb_attribution_pass(r, &v, &memo, a, 1)) return 1;
    *a = save;
    return verb_attribution_pass(r, &v, &memo, a, 0);
}

const char *const *cl_attribution_verb_rule_names(size_t *n) {
    static const char *const names[] = {
        /* tried before the table: the statement closing the sentence (records the subject's rule) */
        "closing-statement",
        VERB_RULES(VERB_NAME)
        /* recorded by the rules that ask for the subject after the verb */
        "subject-after-named", "subject-after-unnamed", "subject-after-indefinite", "unnamed-told-outlet",
    };
    *n = sizeof names / sizeof names[0];
    return names;
}
