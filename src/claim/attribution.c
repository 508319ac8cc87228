/*
 * claim_attribution.c: who makes a claim. "according to X", "per X",
 * "citing X", "X said", "said X", "X, who said", passives (NULL),
 * pronouns and descriptions ("the company", "the commission", "she"),
 * documents standing for their authors ("the paper says"), unnamed
 * sources ("people familiar with the matter", "a server broker"), and
 * otherwise the article itself.
 */
#include "claim.h"

/* The label the lexicon gives token i's word (its third column). */
static const char *lex_label(const reading *r, size_t i) {
    const char *l = dsc_lex_entry(r->in->lexicon, r->toks[i].word)->label;
    return l ? l : "unnamed source";      /* a class a user's lexicon gave without a label */
}

/* "people with knowledge of the matter" keeps its words; "people with
 * knowledge of its finances" is the usual "people familiar with the
 * matter". k: the token "knowledge". */
static const char *knowledge_label(const reading *r, size_t k) {
    if (k + 3 < r->nt && tok_w(r, k + 1, LXW_OF) && tok_w(r, k + 2, LXW_THE) && tok_w(r, k + 3, LXW_MATTER))
        return "people with knowledge of the matter";
    return "people familiar with the matter";
}

/* An unnamed source written from token i on ("people familiar with ..."). */
static const char *unnamed(const reading *r, size_t i) {
    size_t k;
    /* "one of those people", "some of the analysts" */
    for (k = i; k + 1 < r->nt && k < i + 3 && (tok_w(r, k, LXW_ONE) || tok_w(r, k, LXW_SOME) ||
         tok_w(r, k, LXW_TWO) || tok_w(r, k, LXW_OF) || tok_w(r, k, LXW_THOSE) || tok_w(r, k, LXW_THE) ||
         tok_w(r, k, LXW_THESE)); k++) {}
    if (k != i && (r->toks[k].cls.lo & LXM_UNNAMED)) i = k;

    for (k = i; k < r->nt && k < i + 6; k++) {
        /* the annotation keeps the text's phrase */
        if (tok_w(r, k, LXW_FAMILIAR)) return "people familiar with the matter";
        if (tok_w(r, k, LXW_KNOWLEDGE)) return knowledge_label(r, k);
    }
    if (tok_has(r, i, LX_SOURCE_NOUN)) {
        /* "one of the people said", "the person added", "two of the
         * sources said" after "people familiar with (knowledge of) the matter" */
        const char *t = r->in->text;
        size_t from = r->s->start > 3000 ? r->s->start - 3000 : 0, j;
        if (i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_THOSE) || tok_w(r, i - 1, LXW_THESE)))
            for (j = r->s->start >= from + 13 ? r->s->start - 13 + 1 : from; j-- > from;) {   /* latest first */
                if (memcmp(t + j, "familiar with", 13) == 0) return "people familiar with the matter";
                if (memcmp(t + j, "knowledge of ", 13) == 0)
                    return j + 23 <= r->s->start && memcmp(t + j, "knowledge of the matter", 23) == 0
                           ? "people with knowledge of the matter" : "people familiar with the matter";
            }
        if (i + 3 < r->nt && tok_w(r, i + 1, LXW_IN) && tok_w(r, i + 2, LXW_THE) && tok_w(r, i + 3, LXW_INDUSTRY))
            return "people in the industry";
        return "unnamed source";
    }
    if (tok_w(r, i, LXW_INSIDERS) && i > 0 && tok_w(r, i - 1, LXW_INDUSTRY)) return "industry insiders";
    /* "OpenAI founders": the founders of a company named are not a source */
    if (tok_w(r, i, LXW_FOUNDERS) && i > 0 && r->toks[i - 1].mention >= 0) return NULL;
    /* "analysts", "sceptics" (skeptics), "corporate records" (official
     * information): the lexicon's label */
    if (tok_has(r, i, LX_UNNAMED_LABEL)) return lex_label(r, i);
    if (tok_w(r, i, LXW_OFFICIAL) && i + 1 < r->nt && tok_w(r, i + 1, LXW_INFORMATION))
        return "official information";
    return NULL;
}

/* "sources at OpenAI", "one engineer at a U.S. lab", "analysts at
 * Bernstein": the token at k (a mention or a noun) follows "at X" after a
 * people noun. Firms speak through their analysts and researchers; a
 * source inside a company stays unnamed. Returns 1 and fills a. */
static int unnamed_at(reading *r, size_t k, attribution *a) {
    size_t j = k, steps = 0;
    while (j > 0 && steps < 4) {
        j--; steps++;
        if (tok_w(r, j, LXW_AT) || tok_w(r, j, LXW_FROM) || tok_w(r, j, LXW_INSIDE) || tok_w(r, j, LXW_WITHIN)) break;
        if (r->toks[j].comma_before) return 0;
    }
    if (!(tok_w(r, j, LXW_AT) || tok_w(r, j, LXW_FROM) || tok_w(r, j, LXW_INSIDE) || tok_w(r, j, LXW_WITHIN)) || j == 0)
        return 0;
    j--;
    if (!(r->toks[j].cls.lo & LXM_UNNAMED) && !(r->toks[j].cls.lo & LXM_ROLE)) return 0;
    if (tok_has(r, j, LX_FIRM_ANALYST) && r->toks[k].mention >= 0) {
        a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
        return 1;
    }
    /* "an official at the commission said": an official speaks for the
     * body (a source inside a company stays unnamed) */
    if (tok_w(r, j, LXW_OFFICIAL) || tok_w(r, j, LXW_OFFICIALS) || tok_has(r, j, LX_SPOKESPERSON)) {
        const dsc_claim_mention *m;
        if (r->toks[k].mention >= 0 && mention(r, r->toks[k].mention)->kind == DSC_ORG) {
            a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (k > 0 && tok_w(r, k - 1, LXW_THE) && (cl_head_noun_org(r, k, &m) || cl_regulator_noun(r, k, &m))) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    a->mention = -1;
    a->name = unnamed(r, j);
    if (!a->name) a->name = "unnamed source";
    if (r->toks[k].mention >= 0) r->excluded[r->toks[k].mention] = 1;   /* where the source works */
    return 1;
}

/* The first named subject of the sentence, after any dateline: the
 * subject of a coordinated verb ("X released a model and said ..."). */
static int sentence_subject(reading *r, size_t v, attribution *a) {
    size_t k;
    /* "She argued that ... and said she expected ...", "The company raised
     * its forecast, citing ...": a pronoun or description opening the
     * sentence is its subject */
    if (v > 1 && !r->toks[0].in_quote && (r->toks[0].cls.lo & LXM_PRONOUN)) {
        const dsc_claim_mention *m;
        if (r->toks[0].cls.lo & LXM_PERSONAL) {
            if (r->prev_name && r->prev_person && r->prev_entity < 0 && r->prev_si + 3 > r->si) {
                a->name = r->prev_name; a->mention = -1; a->entity = -1;
                return 1;
            }
            if (cl_resolve_pronoun(r, 0, 1, &m)) { a->name = m->name; a->mention = -1; a->entity = (long)m->entity; return 1; }
        } else if (!tok_w(r, 0, LXW_WE) && (cl_prev_subject(r, &m) || cl_resolve_topic(r, 0, &m))) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    if (v > 2 && tok_w(r, 0, LXW_THE) && (r->toks[1].cls.lo & LXM_PRONOUN) && !(r->toks[1].cls.lo & LXM_PERSONAL)) {
        const dsc_claim_mention *m;
        if (cl_prev_subject(r, &m) || cl_resolve_topic(r, 1, &m)) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    for (k = 0; k < v; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) continue;
        if (t->mention >= 0) {
            const dsc_claim_mention *m = mention(r, t->mention);
            /* an outlet opening the sentence is its subject ("The research
             * firm SemiAnalysis estimated ... and said"); one later in it
             * is a source cited along the way */
            if ((m->outlet && k > 3) || (m->kind != DSC_ORG && m->kind != DSC_PERSON)) continue;
            if (m->start < cl_dateline_end(r)) continue;
            a->mention = t->mention; a->name = m->name;
            return 1;
        }
    }
    return 0;
}

/* "A pseudonymous developer who ...", "One European official", "A server
 * broker in Shenzhen", "A former DeepSeek researcher, who asked ...": a
 * person the text does not name opens the sentence. Returns the token of
 * the role noun, or nt. A spokesperson speaks for the company and a named
 * person is named: neither counts. */
static size_t indefinite_subject(const reading *r) {
    size_t k = 0, j;
    while (k < r->nt && r->toks[k].start < cl_dateline_end(r)) k++;
    if (k >= r->nt || !(tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) || tok_w(r, k, LXW_ONE) ||
                        tok_w(r, k, LXW_ANOTHER)))
        return r->nt;
    for (j = k + 1; j < r->nt && j <= k + 5; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || t->comma_before) return r->nt;
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PERSON) return r->nt;
        if (tok_w(r, j, LXW_OF)) return r->nt;                 /* "one of the people" */
        if (t->cls.lo & LXM_ROLE) {
            if (tok_has(r, j, LX_SPOKESPERSON)) return r->nt;
            /* "an Alibaba executive denied": the company speaks (a former one does not) */
            if (r->toks[j - 1].mention >= 0 && mention(r, r->toks[j - 1].mention)->kind == DSC_ORG &&
                !(j >= 2 && tok_w(r, j - 2, LXW_FORMER)))
                return r->nt;
            /* "an official at the commission": the body speaks (unnamed_at) */
            if ((tok_w(r, j, LXW_OFFICIAL) || tok_w(r, j, LXW_OFFICIALS)) && j + 1 < r->nt &&
                (tok_w(r, j + 1, LXW_AT) || tok_w(r, j + 1, LXW_FROM) || tok_w(r, j + 1, LXW_OF)))
                return r->nt;
            return j;
        }
    }
    return r->nt;
}

/* The description of the unnamed person at token k ("official",
 * "unnamed source"). */
static const char *indefinite_name(const reading *r, size_t k) {
    return tok_has(r, k, LX_INDEFINITE_LABEL) ? lex_label(r, k) : "unnamed source";
}

/* The first token of a list of places ending with the place that starts
 * at token j: "France, Ireland, the Netherlands and Belgium". */
static size_t place_list_start(const reading *r, size_t j) {
    size_t start = j;
    while (j > 0) {
        size_t x = j;
        int pm;
        if (x > 0 && tok_w(r, x - 1, LXW_THE)) x--;
        if (x > 0 && tok_w(r, x - 1, LXW_AND)) x--;
        else if (!r->toks[x].comma_before) break;
        if (x > 0 && tok_w(r, x - 1, LXW_THE) && x > 1 && r->toks[x - 2].mention >= 0) x--;
        if (x == 0 || r->toks[x - 1].mention < 0 || mention(r, r->toks[x - 1].mention)->kind != DSC_PLACE) break;
        pm = r->toks[x - 1].mention;
        x--;
        while (x > 0 && r->toks[x - 1].mention == pm) x--;
        if (x > 0 && tok_w(r, x - 1, LXW_THE)) x--;
        j = start = x;
    }
    return start;
}

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, has said"). */
int cl_subject_before(reading *r, size_t v, attribution *a) {
    size_t k = v, steps = 0, g = v;
    int depth = 0;
    if (v == 0) return 0;
    /* "people familiar with the matter said", "sources close to X said" */
    for (k = v; k-- > 0 && v - k <= 8;) {
        if (r->toks[k].in_quote) break;
        if (tok_w(r, k, LXW_FAMILIAR) || tok_w(r, k, LXW_KNOWLEDGE) ||
            (tok_w(r, k, LXW_CLOSE) && k > 0 && (r->toks[k - 1].cls.lo & LXM_UNNAMED))) {
            size_t j = k;
            while (j > 0 && v - j < 10 && !(r->toks[j].cls.lo & (LXM_UNNAMED | LXM_ROLE))) j--;
            if (r->toks[j].cls.lo & (LXM_UNNAMED | LXM_ROLE)) {
                /* "two officials familiar with the scheme": officials */
                a->name = tok_w(r, j, LXW_OFFICIALS) ? "officials" :
                          tok_w(r, k, LXW_KNOWLEDGE) ? knowledge_label(r, k) :
                          "people familiar with the matter";
                a->mention = -1;
                return 1;
            }
        }
    }
    /* the verb group: "has also said" */
    while (g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before) g--;
    /* "One of them put the purchases at ...": one of the unnamed sources
     * the sentence before cited */
    if (g >= 3 && tok_w(r, g - 1, LXW_THEM) && tok_w(r, g - 2, LXW_OF) &&
        (tok_w(r, g - 3, LXW_ONE) || tok_w(r, g - 3, LXW_TWO) || tok_w(r, g - 3, LXW_SOME) ||
         tok_w(r, g - 3, LXW_BOTH) || tok_w(r, g - 3, LXW_SEVERAL)) &&
        r->prev_name && r->prev_entity < 0 && r->prev_si + 3 > r->si && !r->toks[g - 1].in_quote) {
        a->name = r->prev_name; a->mention = -1; a->entity = -1;
        return 1;
    }
    /* "the same note said", "the same tracker said": the source cited last */
    if (g >= 3 && tok_w(r, g - 3, LXW_THE) && tok_w(r, g - 2, LXW_SAME) && !r->toks[g - 1].in_quote &&
        r->toks[g - 1].mention < 0 && r->prev_name && r->prev_si + 6 > r->si) {
        a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
        return 1;
    }
    /* a coordinated verb: "X released a model and said it ..." */
    if (g > 0 && (tok_w(r, g - 1, LXW_AND) || tok_w(r, g - 1, LXW_BUT)) && !r->toks[g - 1].in_quote)
        return sentence_subject(r, g - 1, a);
    k = g;
    /* "research by the firm Feroot Security, which said in February that":
     * the org the relative pronoun follows */
    if (g > 1 && tok_w(r, g - 1, LXW_WHICH) && r->toks[g - 1].comma_before && r->toks[g - 2].mention >= 0 &&
        mention(r, r->toks[g - 2].mention)->kind == DSC_ORG) {
        a->mention = r->toks[g - 2].mention; a->name = mention(r, a->mention)->name;
        return 1;
    }
    /* "Daniel Reyes, a former Commerce Department official, who said ...":
     * the person the relative pronoun follows */
    if (g > 1 && tok_w(r, g - 1, LXW_WHO) && r->toks[g - 1].comma_before) {
        size_t x;
        for (x = g - 1; x-- > 0 && g - x <= 14;) {
            if (r->toks[x].in_quote) break;
            if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON) {
                a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
        }
    }
    /* a relative clause before the verb: "Oracle, which is building a
     * campus in Abilene, Texas, with Crusoe, told investors": the subject
     * stands before ", which" */
    if (r->toks[g].comma_before) {
        size_t w;
        for (w = g; w-- > 1 && g - w < 30;) {
            if (r->toks[w].in_quote || (r->toks[w].cls.lo & LXM_REPORT)) break;
            if (tok_w(r, w, LXW_WHO) && r->toks[w].comma_before) {
                /* "Professor Gu Lanting of Tsinghua University, who advises
                 * labs, says": who is a person, not the university */
                size_t x;
                for (x = w; x-- > 0 && w - x <= 6;)
                    if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON) {
                        a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                        return 1;
                    }
            }
            if ((tok_w(r, w, LXW_WHICH) || tok_w(r, w, LXW_WHO)) && r->toks[w].comma_before &&
                r->toks[w - 1].mention >= 0) {
                a->mention = r->toks[w - 1].mention; a->name = mention(r, a->mention)->name;
                if (mention(r, a->mention)->kind == DSC_PERSON || mention(r, a->mention)->kind == DSC_ORG) {
                    size_t j;
                    for (j = w; j < v; j++)            /* what the clause says of it */
                        if (r->toks[j].mention >= 0 && r->toks[j].mention != a->mention)
                            r->excluded[r->toks[j].mention] = 1;
                    return 1;
                }
                a->mention = -1; a->name = "article";
                break;
            }
        }
    }
    /* appositive: a comma right before the verb group */
    if (r->toks[g].comma_before) {
        size_t c = g, j;
        while (c > 0 && !r->toks[c - 1].comma_before && g - c < 14) c--;
        /* c-1 is the first word after the opening comma */
        if (!(c > 1 && r->toks[c - 1].comma_before)) return 0;
        /* "The authority, known as the Garante, said" */
        for (j = c - 1; j + 2 < g; j++)
            if (tok_w(r, j, LXW_KNOWN) && tok_w(r, j + 1, LXW_AS)) {
                size_t x = j + 2;
                while (x < g && r->toks[x].mention < 0 && x < j + 4) x++;
                if (x < g && r->toks[x].mention >= 0) {
                    a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                    return 1;
                }
            }
        /* "Its founder, Yang Zhilin, told staff": the name is in the apposition */
        if (c > 1 && r->toks[c - 2].mention < 0) {
            for (j = c - 1; j < g; j++)
                if (r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind == DSC_PERSON) {
                    a->mention = r->toks[j].mention; a->name = mention(r, a->mention)->name;
                    return 1;
                }
        }
        k = c - 1; depth = 1;
    }
    while (k > 0 && steps < 8) {
        const ctok *t = &r->toks[k - 1];
        k--; steps++;
        if (t->in_quote) return 0;
        /* "Sen. Dale Whitcomb, R-Iowa, the bill's sponsor, said": the party
         * and state of a legislator is a label, not the speaker */
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PLACE && t->comma_before &&
            t->end - t->start > 2 && r->in->text[t->start + 1] == '-' &&
            (r->in->text[t->start] == 'R' || r->in->text[t->start] == 'D' || r->in->text[t->start] == 'I'))
            continue;
        if (t->mention >= 0) {
            if (unnamed_at(r, k, a)) return 1;
            /* "a small lab in China says": China only modifies the subject;
             * so does a list, "regulators in France, Ireland and Belgium" */
            {
                size_t j = k;
                while (j > 0 && r->toks[j - 1].mention == t->mention) j--;
                if (mention(r, t->mention)->kind == DSC_PLACE) j = place_list_start(r, j);
                /* "a spokesperson for Nvidia said": the company speaks */
                if (j > 1 && tok_w(r, j - 1, LXW_FOR) && tok_has(r, j - 2, LX_SPOKESPERSON) &&
                    mention(r, t->mention)->kind == DSC_ORG) {
                    a->mention = t->mention; a->name = mention(r, t->mention)->name;
                    return 1;
                }
                if (j > 0 && (tok_w(r, j - 1, LXW_IN) || tok_w(r, j - 1, LXW_FROM) || tok_w(r, j - 1, LXW_OF) ||
                              tok_w(r, j - 1, LXW_ON) || tok_w(r, j - 1, LXW_AT) || tok_w(r, j - 1, LXW_ABOUT) ||
                              tok_w(r, j - 1, LXW_NEAR) || tok_w(r, j - 1, LXW_ACROSS) || tok_w(r, j - 1, LXW_FOR) ||
                              tok_w(r, j - 1, LXW_WITH) || tok_w(r, j - 1, LXW_OUTSIDE)) &&
                    !r->toks[j].comma_before) {
                    /* ... unless a document stands before it: "data from X showed" */
                    if (!(j > 1 && ((r->toks[j - 2].cls.lo & LXM_DOCUMENT) || tok_has(r, j - 2, LX_DATA_NOUN)))) {
                        k = j;
                        continue;
                    }
                }
            }
            /* the head of a "Org CEO Person" run is the last mention */
            a->mention = t->mention;
            a->name = mention(r, t->mention)->name;
            /* the descriptor between subject and verb is not about-able */
            {
                size_t j;
                for (j = k + 1; j < v; j++)
                    if (r->toks[j].mention >= 0 && r->toks[j].mention != t->mention)
                        r->excluded[r->toks[j].mention] = 1;
                /* title before the subject: "Microsoft CEO Satya Nadella" */
                j = k;
                while (j > 0 && (r->toks[j - 1].mention == t->mention)) j--;
                if (j > 1 && r->toks[j - 1].mention < 0 && r->toks[j - 2].mention >= 0 &&
                    mention(r, t->mention)->kind == DSC_PERSON)
                    r->excluded[r->toks[j - 2].mention] = 1;
                /* "Citi analysts said": the firm speaks */
            }
            return 1;
        }
        if ((t->cls.lo & LXM_UNNAMED) && k > 0 && tok_w(r, k - 1, LXW_THE) &&
            !tok_has(r, k, LX_SOURCE_NOUN)) {
            /* "the researchers said": the ones named before ("researchers at Wiz");
             * "the people said" stays unnamed (unnamed() looks back for them) */
            const dsc_claim_mention *m;
            if (cl_doc_author(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (t->cls.lo & LXM_UNNAMED) {
            /* "Citi analysts said", "Bernstein analysts wrote" */
            if (k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
                mention(r, r->toks[k - 1].mention)->kind == DSC_ORG) {
                a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
            /* "officials and industry executives said": the first named group */
            {
                size_t j = k;
                while (j > 0 && k - j < 4 && !tok_w(r, j - 1, LXW_AND)) j--;
                if (j > 1 && tok_w(r, j - 1, LXW_AND) && (r->toks[j - 2].cls.lo & LXM_UNNAMED)) k = j - 2;
            }
            a->name = unnamed(r, k); a->mention = -1;
            return a->name != NULL;
        }
        if ((t->cls.lo & LXM_ROLE) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_ORG &&
            !(k > 1 && tok_w(r, k - 2, LXW_FORMER))) {
            /* "an Alibaba executive denied": the company speaks */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (t->cls.lo & LXM_ROLE) {
            /* "one engineer at a U.S. lab", "a senior engineer at ..." */
            if (k + 1 < v && tok_w(r, k + 1, LXW_AT)) { a->name = "unnamed source"; a->mention = -1; return 1; }
        }
        if ((t->cls.lo & LXM_PRONOUN) && !(t->cls.lo & LXM_SELF && !(t->cls.lo & LXM_PRONOUN))) {
            const dsc_claim_mention *m;
            int personal = (t->cls.lo & LXM_PERSONAL) != 0;
            /* "we think", "we estimate" outside quotes: the writer's own voice
             * (newsletters and notes speak as "we") */
            if (tok_w(r, k, LXW_WE) && !t->in_quote) { a->name = "article"; a->mention = -1; a->entity = -1; return 1; }
            if (unnamed_at(r, k, a)) return 1;
            /* "X priced its model ..., which it said was cheaper", "Huawei
             * opened a beta ..., the company said": "it", "they" and "the
             * company" take the subject of their own sentence when it has one */
            if (!personal && (tok_w(r, k, LXW_IT) || tok_w(r, k, LXW_THEY) || k > 2) && cl_own_subject(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "MiniMax open-sourced its models. The company said ...": the
             * company the last sentence opened with */
            if (!personal && k <= 1 && cl_prev_subject(r, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "A former researcher ... said ..." / "she said": the person
             * the text did not name; "Researchers at Foo said ..." / "They
             * said": the same source */
            if (r->prev_name && r->prev_si + 3 > r->si &&
                ((personal && r->prev_person && r->prev_entity < 0 && !cl_person_between(r, k)) ||
                 (!personal && tok_w(r, k, LXW_THEY) && r->prev_si + 2 > r->si))) {
                a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
                return 1;
            }
            if (personal ? cl_resolve_pronoun(r, k, 1, &m) : cl_resolve_topic(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (t->cls.lo & LXM_DOCUMENT) {
            /* "the report says": its author, the last org named before */
            const dsc_claim_mention *m;
            {
                /* "DeepSeek's report", "DeepSeek's own paper", "R1's paper" (its
                 * maker), "DeepSeek's own V3 paper" (the model only names it) */
                size_t j = k;
                while (j > 0 && k - j < 4 && !r->toks[j].comma_before &&
                       (r->toks[j - 1].mention < 0 ||
                        (mention(r, r->toks[j - 1].mention)->kind == DSC_MODEL && !cl_possessive_after(r, j - 1))))
                    j--;
                if (j > 0 && r->toks[j - 1].mention >= 0 && cl_possessive_after(r, j - 1)) {
                    const dsc_claim_mention *owner = cl_maker(r, r->toks[j - 1].mention);
                    size_t x;
                    a->name = owner->name; a->entity = (long)owner->entity;
                    a->mention = owner == mention(r, r->toks[j - 1].mention) ? r->toks[j - 1].mention : -1;
                    /* "DeepSeek's own privacy policy", "DeepSeek's paper": what a
                     * company writes of its own work concerns it; an analyst's
                     * note is about others */
                    for (x = j; x <= k; x++)
                        if (tok_w(r, x, LXW_OWN)) a->self = 1;
                    if (tok_has(r, k, LX_OWN_DOCUMENT)) a->self = 1;
                    return 1;
                }
            }
            size_t j = k;
            int definite = k > 0 && (tok_w(r, k - 1, LXW_THE) || tok_w(r, k - 1, LXW_ITS));
            /* "The company's privacy policy states" */
            while (j > 0 && k - j < 3 && !definite) {
                j--;
                if ((r->toks[j].cls.lo & LXM_PRONOUN) && cl_possessive_after(r, j)) definite = 1;
            }
            if (cl_doc_author(r, k, &m) || (definite && cl_resolve_topic(r, k, &m))) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (!t->cap && k > 0 && tok_w(r, k - 1, LXW_THE) && !(t->cls.lo & LXM_PRONOUN)) {
            /* "the commission said": the Personal Information Protection
             * Commission; "the watchdog said": the body named last */
            const dsc_claim_mention *m;
            if (cl_head_noun_org(r, k, &m) || cl_regulator_noun(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (!t->cap && k > 0) {
            /* "Italy's data protection authority said", "China's internet
             * regulator said": the body the text names before or after */
            size_t x = k;
            const dsc_claim_mention *m;
            while (x > 0 && k - x < 3 && r->toks[x - 1].mention < 0 && !r->toks[x].comma_before &&
                   !r->toks[x - 1].cap)
                x--;
            if (x > 0 && x < k + 1 && r->toks[x - 1].mention >= 0 && cl_possessive_after(r, x - 1) &&
                mention(r, r->toks[x - 1].mention)->kind == DSC_PLACE && cl_regulator_noun(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (!t->cap && k > 0 && r->toks[k - 1].mention >= 0 && cl_possessive_after(r, k - 1)) {
            /* "DeepSeek's engineers wrote": about DeepSeek's own work */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            a->self = 1;
            return 1;
        }
        /* "the Longgang District government said": the place speaks */
        if ((tok_w(r, k, LXW_GOVERNMENT) || tok_w(r, k, LXW_AUTHORITIES)) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE && !r->toks[k].comma_before) {
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        /* ", one European official said": a person the text does not name */
        if (t->cls.lo & LXM_ROLE) {
            size_t x = k;
            while (x > 0 && k - x < 3 && !r->toks[x].comma_before && r->toks[x - 1].mention < 0) {
                x--;
                if (tok_w(r, x, LXW_A) || tok_w(r, x, LXW_AN) || tok_w(r, x, LXW_ONE) || tok_w(r, x, LXW_ANOTHER)) {
                    a->name = indefinite_name(r, k); a->mention = -1; a->entity = -1;
                    return 1;
                }
            }
        }
        /* "an official at the regulator told ...", "sources at the lab said" */
        if (!t->cap && k > 1 && unnamed_at(r, k, a)) return 1;
        /* "analysts we speak to regularly expect": a contact clause */
        if (tok_w(r, k, LXW_TO) && k >= 2 && (tok_w(r, k - 2, LXW_WE) || tok_w(r, k - 2, LXW_THEY) ||
                                             tok_w(r, k - 2, LXW_I))) {
            k -= 2;
            continue;
        }
        if (t->comma_before && !depth) return 0;
        if (cl_verb_modifier(r, k)) continue;
        if (t->cap) continue;                     /* Monday, Friday */
        /* "Third-party estimates suggest", "customs data show": the figures
         * speak, described as the text describes them */
        if (tok_has(r, k, LX_FINDINGS_NOUN) && k + 1 == v) {
            size_t s0 = k, x, len;
            char *d;
            while (s0 > 0 && k - s0 < 2 && r->toks[s0 - 1].mention < 0 && !r->toks[s0].comma_before &&
                   !(r->toks[s0 - 1].cls.lo & (LXM_AUX | LXM_PRONOUN)) && !tok_w(r, s0 - 1, LXW_THE) &&
                   !tok_w(r, s0 - 1, LXW_OF) && !tok_w(r, s0 - 1, LXW_AND))
                s0--;
            if (s0 > 0 && tok_w(r, s0, LXW_SAME) && r->prev_name && r->prev_si + 3 > r->si) {
                a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;   /* "the same data show" */
                return 1;
            }
            if (s0 > 0 && r->toks[s0 - 1].mention >= 0) {     /* "FactSet data show" */
                a->mention = r->toks[s0 - 1].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
            len = r->toks[k].end - r->toks[s0].start;
            d = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[s0].start, len);
            if (!d) return 0;
            for (x = 0; x < len; x++) if (d[x] >= 'A' && d[x] <= 'Z') d[x] = (char)(d[x] + 32);
            a->name = d; a->mention = -1;
            return 1;
        }
        /* "the Xinhua news agency reported", "the broadcaster CCTV said" */
        if (!t->cap && k > 1 && tok_w(r, k, LXW_AGENCY) && tok_w(r, k - 1, LXW_NEWS) &&
            r->toks[k - 2].mention >= 0 && mention(r, r->toks[k - 2].mention)->kind == DSC_ORG) {
            a->mention = r->toks[k - 2].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (!t->cap && k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_ORG &&
            tok_has(r, k, LX_OUTLET_NOUN)) {
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (tok_w(r, k, LXW_NEWS) && k + 1 < v && tok_w(r, k + 1, LXW_AGENCY)) continue;
        /* "Nvidia on Nov. 19 reported": a date between subject and verb */
        if (dsc_is_digit(r->in->text[t->start]) && t->end - t->start <= 4 && !t->comma_before) continue;
        /* "Quzhou Kangning Hospital in Zhejiang province said" */
        if (tok_has(r, k, LX_PLACE_DIVISION) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE)
            continue;
        /* "several people in the industry believe" */
        if ((tok_w(r, k, LXW_INDUSTRY) || tok_w(r, k, LXW_SECTOR)) && k >= 3 && tok_w(r, k - 1, LXW_THE) &&
            tok_w(r, k - 2, LXW_IN) && (r->toks[k - 3].cls.lo & (LXM_UNNAMED | LXM_ROLE)))
            continue;
        if (tok_w(r, k, LXW_ON) || tok_w(r, k, LXW_IN) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_THE) ||
            tok_w(r, k, LXW_LAST) || tok_w(r, k, LXW_THIS) || tok_w(r, k, LXW_WEEK) || tok_has(r, k, LX_SPOKESPERSON))
            continue;
        if (depth) continue;
        return 0;
    }
    return 0;
}

/* "said Jane Doe", "said Perplexity CEO Jane Doe": prefer a person. */
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
        if (t->cls.lo & LXM_UNNAMED) { a->name = unnamed(r, k); a->mention = -1; return a->name != NULL; }
        /* 'said an executive at a Shanghai chip designer' */
        if ((t->cls.lo & LXM_ROLE) && first < 0 && k > v + 1 &&
            (tok_w(r, k - 1, LXW_AN) || tok_w(r, k - 1, LXW_A) || tok_w(r, k - 1, LXW_ONE) ||
             (k > v + 2 && (tok_w(r, k - 2, LXW_AN) || tok_w(r, k - 2, LXW_A) || tok_w(r, k - 2, LXW_ONE))))) {
            a->name = indefinite_name(r, k); a->mention = -1;
            return 1;
        }
        if (t->comma_before && first >= 0) break;
        if (!t->cap && first >= 0) break;
        if (!t->cap && !(tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN)) && k > v + 1) break;
    }
    if (first < 0) return 0;
    a->mention = first;
    a->name = mention(r, first)->name;
    return 1;
}

/* The appositive after a claimant: ", CEO of Foo," / ", a partner at Foo,".
 * It opens with a determiner, a title or a lowercase word, never with a
 * name ("according to Reuters, Nvidia lost ..." has none). */
static void exclude_appositive(reading *r, int claimant) {
    size_t k, start = r->nt;
    for (k = 0; k < r->nt; k++)
        if (r->toks[k].mention == claimant) start = k;
    if (start >= r->nt) return;
    for (k = start + 1; k < r->nt && r->toks[k].mention == claimant; k++) {}
    if (k >= r->nt || !r->toks[k].comma_before || r->toks[k].mention >= 0) return;
    if (r->toks[k].cap && !(tok_has(r, k, LX_OFFICER_TITLE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) ||
                            tok_w(r, k, LXW_THE)))
        return;
    for (; k < r->nt && k < start + 12; k++) {
        if (r->toks[k].cls.lo & LXM_REPORT) return;
        if (r->toks[k].mention >= 0 && r->toks[k].mention != claimant) r->excluded[r->toks[k].mention] = 1;
        if (k + 1 < r->nt && r->toks[k + 1].comma_before) return;
    }
}

/* "told Reuters", "told CNBC": the outlet only relays. */
void cl_exclude_told(reading *r) {
    size_t i, k;
    for (i = 0; i + 1 < r->nt; i++) {
        if (!(r->toks[i].cls.lo & LXM_TELL)) continue;
        /* "told Reuters", "told the Chinese outlet 36Kr" */
        for (k = i + 1; k < r->nt && k <= i + 5; k++) {
            if (k > i + 1 && r->toks[k].comma_before) break;
            /* "told us DeepSeek took delivery": the listener came first */
            if (tok_has(r, k, LX_AUDIENCE)) break;
            if (r->toks[k].mention >= 0) { r->excluded[r->toks[k].mention] = 1; break; }
            if (tok_w(r, k, LXW_THAT) || (r->toks[k].cls.lo & LXM_PRONOUN)) break;
        }
    }
}

static void find_attribution_in(reading *r, attribution *a);

void cl_find_attribution(reading *r, attribution *a) {
    size_t i;
    a->name = "article"; a->mention = -1; a->entity = -1; a->verb = r->nt; a->passive = 0; a->self = 0;
    a->rule = "article";
    find_attribution_in(r, a);
    if (a->mention >= 0) a->entity = (long)mention(r, a->mention)->entity;
    /* "One Meta researcher, who spoke on condition of anonymity, said" */
    if (!(a->mention >= 0 && mention(r, a->mention)->kind == DSC_PERSON) && (r->all.lo & LXM_REPORT))
        for (i = 0; i < r->nt; i++)
            if (!r->toks[i].in_quote && (tok_w(r, i, LXW_ANONYMITY) || tok_w(r, i, LXW_ANONYMOUS) ||
                                         ((tok_w(r, i, LXW_NAMED) || tok_w(r, i, LXW_IDENTIFIED)) && i > 2 &&
                                          tok_w(r, i - 1, LXW_BE) && tok_w(r, i - 2, LXW_TO) &&
                                          tok_w(r, i - 3, LXW_NOT)))) {
                size_t v;
                for (v = i + 1; v < r->nt; v++)
                    if ((r->toks[v].cls.lo & LXM_REPORT) && !r->toks[v].in_quote) break;
                if (v == r->nt) break;
                a->name = "unnamed source"; a->mention = -1; a->entity = -1; a->rule = "anonymous-speaker";
                if (a->verb >= r->nt) a->verb = v;
                break;
            }
}

/* The source named from token k on, after "according to", "per" or
 * "citing" at token v: a mention, a document standing for its author, an
 * unnamed source, or (for "according to") the words themselves as a
 * lowercase description ("company filings"). */
static int source_after(reading *r, size_t v, size_t k, int describe, attribution *a) {
    size_t j, start;
    int indefinite = k < r->nt && (tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN));
    while (k < r->nt && (tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) ||
                         tok_w(r, k, LXW_TWO) || tok_w(r, k, LXW_THREE) || tok_w(r, k, LXW_SEVERAL) ||
                         tok_w(r, k, LXW_ONE) || tok_w(r, k, LXW_SOME) || tok_w(r, k, LXW_THOSE) ||
                         (tok_w(r, k, LXW_OF) && k > 0 && !(r->toks[k - 1].cls.lo & LXM_DOCUMENT))))
        k++;
    if (k >= r->nt || r->toks[k].in_quote) return 0;
    if (r->toks[k].mention >= 0) {
        int m = r->toks[k].mention;
        /* "per Bank of America's fund manager survey" still names the bank */
        a->mention = m; a->name = mention(r, m)->name; a->verb = v;
        exclude_appositive(r, m);
        return 1;
    }
    for (j = k; j < r->nt && j < k + 3; j++) {
        /* "according to a technical report the lab published" */
        const dsc_claim_mention *m;
        if (!(r->toks[j].cls.lo & LXM_DOCUMENT)) continue;
        if (j + 1 < r->nt && r->toks[j + 1].mention >= 0 && !r->toks[j + 1].comma_before) {
            a->mention = r->toks[j + 1].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        if (j + 2 < r->nt && (tok_w(r, j + 1, LXW_BY) || tok_w(r, j + 1, LXW_FROM)) &&
            r->toks[j + 2].mention >= 0) {
            a->mention = r->toks[j + 2].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        /* "an internal memo seen by CNBC": the outlet relays; the memo is
         * the subject's ("NASA followed, blocking the app, according to an
         * internal memo seen by CNBC") */
        if (j + 3 < r->nt && tok_has(r, j + 1, LX_RELAY_PARTICIPLE) && tok_w(r, j + 2, LXW_BY)) {
            if (r->toks[j + 3].mention >= 0) r->excluded[r->toks[j + 3].mention] = 1;
            if (sentence_subject(r, v, a)) { a->verb = v; return 1; }
            a->name = "unnamed source"; a->verb = v;
            return 1;
        }
        {
            /* an indefinite document ("a report", "a filing with the securities
             * regulator") is not one the story is about, unless a clause
             * names its author ("a technical report the lab published") */
            size_t x;
            int author = 0;
            for (x = j + 1; x < r->nt && x <= j + 2; x++) {
                if (tok_w(r, x, LXW_WITH) || tok_w(r, x, LXW_TO) || tok_w(r, x, LXW_AT) || tok_w(r, x, LXW_ON))
                    break;
                if (r->toks[x].mention >= 0 || (r->toks[x].cls.lo & LXM_PRONOUN)) author = 1;
            }
            if (indefinite && !author) {
                a->name = tok_has(r, j, LX_DOCUMENT_LABEL) ? lex_label(r, j) : "unnamed source";
                a->verb = v;
                return 1;
            }
        }
        if (cl_doc_author(r, j, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
        /* "according to the same report": the source of the claim before */
        if (j > 0 && tok_w(r, j - 1, LXW_SAME) && r->prev_name && r->prev_si + 3 > r->si) {
            a->name = r->prev_name; a->entity = r->prev_entity; a->verb = v;
            return 1;
        }
        if (cl_resolve_topic(r, j, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
    }
    /* "according to the company": the company meant */
    if (k > 0 && tok_w(r, k - 1, LXW_THE) && (r->toks[k].cls.lo & LXM_PRONOUN) && !(r->toks[k].cls.lo & LXM_PERSONAL) &&
        !tok_w(r, k, LXW_IT) && !tok_w(r, k, LXW_THEY) && !tok_w(r, k, LXW_WE)) {
        const dsc_claim_mention *m;
        if (cl_own_subject(r, k, &m) || cl_prev_subject(r, &m) || cl_resolve_topic(r, k, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
    }
    {
        const char *u = unnamed(r, k);
        if (!u && k + 1 < r->nt) u = unnamed(r, k + 1);   /* "industry analysts" */
        if (u) { a->name = u; a->verb = v; return 1; }
    }
    if (!describe) return 0;
    /* "estimates from Crescent Bay", "data from the Foo Association" */
    for (j = k; j < r->nt && j < k + 5; j++) {
        if (j > k && r->toks[j].comma_before) break;
        if (r->toks[j].mention >= 0) {
            a->mention = r->toks[j].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;
        }
    }
    /* registration records and filings are official information */
    for (j = k; j < r->nt && j < k + 3; j++)
        if (tok_has(r, j, LX_OFFICIAL_RECORD)) {
            a->name = "official information"; a->verb = v;
            return 1;
        }
    /* "according to a property consultancy we spoke to": someone the text
     * does not name */
    if (indefinite) { a->name = "unnamed source"; a->verb = v; return 1; }
    /* up to three lowercase words, as written: "company filings" */
    for (start = k, j = k; j < r->nt && j < start + 3; j++) {
        if (r->toks[j].cap || (j > start && r->toks[j].comma_before) || r->toks[j].mention >= 0) break;
        if (tok_w(r, j, LXW_WE) || tok_w(r, j, LXW_THEY) || tok_w(r, j, LXW_IT) || tok_w(r, j, LXW_HE) ||
            tok_w(r, j, LXW_SHE) || tok_w(r, j, LXW_I))
            break;                                     /* "a consultancy we spoke to" */
        if (tok_w(r, j, LXW_THAT) || tok_w(r, j, LXW_WHICH) || tok_w(r, j, LXW_WHO) || tok_w(r, j, LXW_AND) ||
            tok_w(r, j, LXW_OR) || tok_w(r, j, LXW_FROM) || tok_w(r, j, LXW_BY) || tok_w(r, j, LXW_OF) ||
            tok_w(r, j, LXW_IN) || tok_w(r, j, LXW_ON) || tok_w(r, j, LXW_FOR) || tok_w(r, j, LXW_WITH))
            break;
    }
    if (j == start) return 0;
    {
        size_t len = r->toks[j - 1].end - r->toks[start].start, x;
        char *d = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[start].start, len);
        if (!d) return 0;
        for (x = 0; x < len; x++) if (d[x] >= 'A' && d[x] <= 'Z') d[x] = (char)(d[x] + 32);
        a->name = d; a->verb = v;
        return 1;
    }
}

/* The reporting verb's own claimant: "X said", "said X", a passive. */
/* "was", "is", "been": a passive before a participle. */
static int passive_aux(const reading *r, size_t i) {
    return tok_w(r, i, LXW_WAS) || tok_w(r, i, LXW_WERE) || tok_w(r, i, LXW_IS) || tok_w(r, i, LXW_ARE) ||
           tok_w(r, i, LXW_BEEN) || tok_w(r, i, LXW_BE);
}

/* Verbs of saying, preferred to verbs of thinking or expecting when a
 * sentence has both ("Meta expects ..., Zuckerberg said"). */
static int saying(const reading *r, size_t i) {
    return tok_has(r, i, LX_SAYING);
}

static int verb_attribution_pass(reading *r, attribution *a, int strong);

/* "lifted its target", "cut its price target", "kept its buy rating" at
 * token i. */
static int rating_call(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_RATING_VERB)) return 0;
    for (k = i + 1; k < r->nt && k <= i + 5; k++)
        if (tok_has(r, k, LX_RATING_NOUN)) return 1;                      /* "raised its full-year revenue forecast" */
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
    size_t k;
    for (k = i + 1; k < r->nt && k <= i + 5; k++) {
        if (tok_w(r, k, LXW_THAT) || r->toks[k].in_quote || r->toks[k].comma_before) return 0;
        /* "told investors it expects to spend": a clause, not an order */
        if ((r->toks[k].cls.lo & (LXM_REPORT | LXM_PERSONAL)) || tok_w(r, k, LXW_IT) || tok_w(r, k, LXW_THEY) ||
            tok_w(r, k, LXW_WE))
            return 0;
        if (tok_w(r, k, LXW_TO) && k + 1 < r->nt && !r->toks[k + 1].cap && r->toks[k + 1].mention < 0 &&
            !(r->toks[k + 1].cls.lo & LXM_PRONOUN))
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

/* Passes: 2, an active verb of saying with its subject ("Llama 4 is
 * expected in June, Meta said": Meta, not the passive); 1, verbs of saying
 * and passives; 0, any reporting verb. */
static int verb_attribution(reading *r, attribution *a) {
    attribution save = *a;
    if (verb_attribution_pass(r, a, 2) && (a->mention >= 0 || a->entity >= 0)) return 1;
    *a = save;
    if (verb_attribution_pass(r, a, 1)) return 1;
    *a = save;
    return verb_attribution_pass(r, a, 0);
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

static int verb_attribution_pass(reading *r, attribution *a, int strong) {
    size_t i;
    const attribution saved_a = *a;
    int label = strong ? -1 : label_subject(r);
    for (i = 0; i < r->nt; i++) {
        const ctok *t = &r->toks[i];
        /* "Morgan Stanley lifted its target to $160", "kept its buy rating":
         * a broker's call is its claim */
        if (!t->in_quote && !strong && i > 0 && rating_call(r, i)) {
            if (cl_subject_before(r, i, a)) { a->verb = i; a->rule = "rating-call"; return 1; }
            if (label >= 0 && i < 6) {
                a->mention = label; a->name = mention(r, label)->name; a->verb = i; a->rule = "label-rating-call";
                return 1;
            }
            continue;
        }
        if (!t->in_quote && !strong && i > 0 && voiced_concern(r, i)) {
            /* people worry; "the chatbot ... raised questions" caused them */
            if (cl_subject_before(r, i, a) &&
                (a->mention >= 0 ? mention(r, a->mention)->kind == DSC_PERSON
                                 : a->entity < 0 && a->name && strcmp(a->name, "article") != 0)) {
                a->verb = i; a->rule = "voiced-concern";
                return 1;
            }
            *a = saved_a;
            continue;
        }
        if (!(t->cls.lo & (LXM_REPORT | LXM_PASSIVE)) || t->in_quote || tok_w(r, i, LXW_ACCORDING)) continue;
        /* "analysts had been looking for $45.9 billion" */
        if (tok_w(r, i, LXW_LOOKING) && !(i + 1 < r->nt && tok_w(r, i + 1, LXW_FOR))) continue;
        /* "told several partners to set aside capacity": an instruction, an
         * action the text reports, not a statement */
        if ((t->cls.lo & LXM_TELL) && told_to(r, i)) continue;
        /* "Nvidia posted a loss": a figure the text reports (but "SoftBank
         * reported a net profit of": the company's own account) */
        if (tok_w(r, i, LXW_POSTED) && reports_results(r, i)) continue;
        if (strong && !saying(r, i) && !(t->cls.lo & LXM_PASSIVE)) continue;
        if (strong == 2 && (!saying(r, i) || !(t->cls.lo & LXM_REPORT) ||
                            (i > 0 && (passive_aux(r, i - 1) || tok_w(r, i - 1, LXW_WIDELY)))))
            continue;
        /* passive: "was reported", "is said to"; "first reported by X" names X */
        if ((t->cls.lo & LXM_PASSIVE) && i + 2 < r->nt && tok_w(r, i + 1, LXW_BY) && r->toks[i + 2].mention >= 0 &&
            (i == 0 || !(r->toks[i - 1].mention >= 0)) &&
            !tok_has(r, i, LX_RELAY_PARTICIPLE)) {
            a->mention = r->toks[i + 2].mention; a->name = mention(r, a->mention)->name; a->verb = i;
            a->rule = "passive-by";
            return 1;
        }
        if ((t->cls.lo & LXM_PASSIVE) && i > 0 &&
            (passive_aux(r, i - 1) || (i > 1 && cl_verb_modifier(r, i - 1) && passive_aux(r, i - 2)) ||
             tok_w(r, i - 1, LXW_WAS) || tok_w(r, i - 1, LXW_WERE) || tok_w(r, i - 1, LXW_IS) ||
             tok_w(r, i - 1, LXW_ARE) || tok_w(r, i - 1, LXW_BEEN) || tok_w(r, i - 1, LXW_BE) ||
             tok_w(r, i - 1, LXW_WIDELY))) {
            if (!(i + 1 < r->nt && tok_w(r, i + 1, LXW_BY))) {
                a->name = NULL; a->mention = -1; a->passive = 1; a->verb = i; a->rule = "agentless-passive";
                return 1;
            }
        }
        if (!(t->cls.lo & LXM_REPORT)) continue;      /* a passive participle only */
        /* "claims" as a noun ("the claims") or reports as a noun */
        if (tok_has(r, i, LX_REPORT_NOUN) &&
            i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_ITS) || tok_w(r, i - 1, LXW_THEIR) ||
                      tok_w(r, i - 1, LXW_HIS) || tok_w(r, i - 1, LXW_HER) || tok_w(r, i - 1, LXW_THESE) ||
                      (r->toks[i - 1].mention >= 0 && cl_possessive_after(r, i - 1))))
            continue;
        /* "estimates of its compute", "reports of a ban": nouns */
        if (i + 1 < r->nt && tok_w(r, i + 1, LXW_OF) && !r->toks[i + 1].comma_before) continue;
        /* "has said nothing about its timing": no statement */
        if (i + 1 < r->nt && (tok_w(r, i + 1, LXW_NOTHING) || tok_w(r, i + 1, LXW_LITTLE))) continue;
        /* "posted a model card" is an action; "posted on X that" a statement */
        if (tok_w(r, i, LXW_POSTED) &&
            !(i + 1 < r->nt && (tok_w(r, i + 1, LXW_ON) || tok_w(r, i + 1, LXW_THAT) ||
                                r->toks[i + 1].in_quote || r->toks[i + 1].comma_before)))
            continue;
        /* "had added $2 trillion": reporting only with a clause after it */
        if (tok_w(r, i, LXW_ADDED) && i + 1 < r->nt && !tok_w(r, i + 1, LXW_THAT) &&
            !r->toks[i + 1].comma_before && !r->toks[i + 1].in_quote)
            continue;
        /* "put the figure at", "put High-Flyer's spending at $1.2bn": putting
         * is estimating only with an "at" to come */
        if (tok_w(r, i, LXW_PUT) || tok_w(r, i, LXW_PUTS)) {
            size_t x;
            int at_figure = 0;
            for (x = i + 2; x < r->nt && x <= i + 12; x++) if (tok_w(r, x, LXW_AT)) at_figure = 1;
            /* "put it bluntly: '...'" introduces the speaker's words */
            if (i + 1 < r->nt && tok_w(r, i + 1, LXW_IT))
                for (x = i + 2; x < r->nt && x <= i + 4; x++) if (r->toks[x].in_quote) at_figure = 1;
            if (!at_figure) continue;
        }
        /* "called R1 'AI's Sputnik moment'": calling is saying when a quote follows */
        if (tok_w(r, i, LXW_CALLED)) {
            size_t k;
            int quoted_soon = 0;
            for (k = i + 1; k < r->nt && k <= i + 6; k++) if (r->toks[k].in_quote) quoted_soon = 1;
            if (!quoted_soon) continue;
        }
        /* "X issued guidance saying ...", "X paused sign-ups, citing
         * 'attacks'": the subject of the sentence */
        if (tok_w(r, i, LXW_SAYING) || (tok_w(r, i, LXW_CITING) && i + 1 < r->nt && r->toks[i + 1].in_quote)) {
            if (sentence_subject(r, i, a)) { a->verb = i; a->rule = "saying-subject"; return 1; }
            continue;
        }
        {
            /* "A server broker in Shenzhen told us": a person not named, as
             * long as nobody named stands between that person and the verb */
            size_t ind = indefinite_subject(r), j;
            int named = 0;
            for (j = ind + 1; j < i && ind < r->nt; j++)
                if (r->toks[j].mention >= 0 && !r->toks[j].in_quote &&
                    mention(r, r->toks[j].mention)->kind == DSC_PERSON)
                    named = 1;
            if (ind < i && !named) {
                a->name = indefinite_name(r, ind); a->mention = -1; a->entity = -1; a->verb = i;
                a->rule = "indefinite-subject";
                for (j = ind + 1; j < i; j++)               /* where the person works or lives */
                    if (r->toks[j].mention >= 0) r->excluded[r->toks[j].mention] = 1;
                return 1;
            }
        }
        /* "arguing in letters that", "warning that": the sentence's subject,
         * named or not ("Lawmakers ... had pressed ..., arguing that") */
        if (tok_has(r, i, LX_REPORT_PARTICIPLE)) {
            if (sentence_subject(r, i, a)) { a->verb = i; a->rule = "participle-subject"; return 1; }
            if (r->toks[0].cls.lo & LXM_UNNAMED && (a->name = unnamed(r, 0)) != NULL) {
                a->mention = -1; a->verb = i; a->rule = "participle-unnamed";
                return 1;
            }
            continue;
        }
        if (label >= 0 && i < 6 && (t->cls.lo & LXM_REPORT)) {
            a->mention = label; a->name = mention(r, label)->name; a->verb = i; a->rule = "label-subject";
            return 1;
        }
        if (cl_subject_before(r, i, a) ? (a->rule = "subject-before") != NULL
            : subject_after(r, i, a) ? (a->rule = "subject-after") != NULL : 0) {
            /* "far more than analysts had forecast": a comparison, not a
             * source (inside a quotation "than" is the speaker's) */
            size_t x = i;
            while (x > 0 && i - x < 4 && !tok_w(r, x - 1, LXW_THAN) && !r->toks[x - 1].in_quote) x--;
            if (x > 0 && tok_w(r, x - 1, LXW_THAN) && !r->toks[x - 1].in_quote) { *a = saved_a; continue; }
            a->verb = i;
            if (a->mention >= 0) exclude_appositive(r, a->mention);
            /* "An official told the state-run Global Times that ...": for
             * what an unnamed source told an outlet, the outlet is the
             * claimant (doc/claims.md: the originator only when named) */
            if (a->mention < 0 && a->entity < 0 && a->name && strcmp(a->name, "article") != 0 && (t->cls.lo & LXM_TELL)) {
                size_t o;
                for (o = i + 1; o < r->nt && o <= i + 5 && !r->toks[o].in_quote; o++)
                    if (r->toks[o].mention >= 0) {
                        if (mention(r, r->toks[o].mention)->outlet) {
                            a->mention = r->toks[o].mention; a->name = mention(r, a->mention)->name;
                            a->rule = "unnamed-told-outlet";
                        }
                        break;
                    }
            }
            return 1;
        }
    }
    return 0;
}

/* The claimant: a named speaker or author ("X said", "said X") is the
 * originator and wins over a relay ("according to one of those people",
 * "citing people familiar"); otherwise "according to X", "per X",
 * "citing X"; otherwise an unnamed or pronoun subject of a reporting verb;
 * otherwise the article itself. */
/* "by the lab's own arithmetic", "by its own count", "according to
 * Nvidia's own estimate": the owner of the reckoning is the source. k is
 * the token after "by" or "according to". */
static int own_reckoning(reading *r, size_t v, size_t k, attribution *a) {
    const dsc_claim_mention *m = NULL;
    size_t own = k;
    while (own < r->nt && own < k + 3 && !tok_w(r, own, LXW_OWN)) own++;
    if (own == k || own + 1 >= r->nt || !tok_w(r, own, LXW_OWN) || r->toks[own].in_quote) return 0;
    if (!tok_has(r, own + 1, LX_RECKONING_OWN)) return 0;
    if (r->toks[own - 1].mention >= 0 && cl_possessive_after(r, own - 1))
        m = cl_maker(r, r->toks[own - 1].mention);             /* "Nvidia's own" */
    else if (tok_w(r, own - 1, LXW_HIS) || tok_w(r, own - 1, LXW_HER)) {
        if (!cl_resolve_pronoun(r, own - 1, 1, &m)) return 0;
    } else if (tok_w(r, own - 1, LXW_ITS) || tok_w(r, own - 1, LXW_THEIR)) {
        /* "By its own count, Zhipu has ...": the org of this sentence first */
        size_t x;
        for (x = 0; x < r->nt && !m; x++)
            if (r->toks[x].mention >= 0 && !r->toks[x].in_quote) {
                const dsc_claim_mention *o = cl_maker(r, r->toks[x].mention);
                if (o->kind == DSC_ORG && !o->outlet) m = o;
            }
        if (!m && !cl_resolve_topic(r, own - 1, &m)) return 0;
    } else if (own - k == 2 && tok_w(r, k, LXW_THE) && (r->toks[k + 1].cls.lo & LXM_PRONOUN) &&
               cl_possessive_after(r, k + 1)) {
        if (!cl_resolve_topic(r, k + 1, &m)) return 0;       /* "the lab's own" */
    } else
        return 0;
    if (!m) return 0;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity; a->verb = v; a->rule = "own-reckoning";
    return 1;
}

/* "By the paper's accounting, ...": the reckoning of a document the text
 * is about, so of the org the text is about (k: the token after "by"). */
static int paper_reckoning(reading *r, size_t v, size_t k, attribution *a) {
    const dsc_claim_mention *m;
    if (k + 2 >= r->nt || !tok_w(r, k, LXW_THE) || !(r->toks[k + 1].cls.lo & LXM_DOCUMENT) ||
        !cl_possessive_after(r, k + 1) || r->toks[k].in_quote)
        return 0;
    if (!tok_has(r, k + 2, LX_RECKONING_PAPER)) return 0;
    if (!cl_resolve_topic(r, k + 1, &m)) return 0;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity; a->verb = v; a->rule = "paper-reckoning";
    return 1;
}

static void find_attribution_in(reading *r, attribution *a) {
    attribution by_verb = *a, by_source = *a;
    int verb = verb_attribution(r, &by_verb), source = 0;
    size_t i;
    /* a commitment ("the UAE has pledged to invest ..., according to the
     * White House") is an action the source reports, not a statement */
    int commitment = verb && by_verb.verb < r->nt &&
                     /* "Amazon expects capex of $125 billion, according to
                      * CFO Brian Olsavsky": the guidance is his */
                     tok_has(r, by_verb.verb, LX_COMMITMENT);
    if (verb && (by_verb.mention >= 0 || by_verb.entity >= 0) && !by_verb.passive && !commitment) {
        *a = by_verb;
        return;
    }
    for (i = 0; i + 1 < r->nt && !source; i++) {
        if (r->toks[i].in_quote) continue;
        if (tok_w(r, i, LXW_ACCORDING) && tok_w(r, i + 1, LXW_TO))
            source = own_reckoning(r, i, i + 2, &by_source) ||
                     (source_after(r, i, i + 2, 1, &by_source) && (by_source.rule = "according-to") != NULL);
        else if ((tok_w(r, i, LXW_BY) || tok_w(r, i, LXW_BY)) &&
                 (own_reckoning(r, i, i + 1, &by_source) || paper_reckoning(r, i, i + 1, &by_source)))
            source = 1;
        else if (((tok_w(r, i, LXW_PER) && !r->toks[i].cap) || (tok_w(r, i, LXW_PER) && i == 0)) &&
                 (r->toks[i + 1].mention >= 0 || r->toks[i + 1].cap || tok_w(r, i + 1, LXW_THE) ||
                  tok_w(r, i + 1, LXW_A) || tok_w(r, i + 1, LXW_ITS) || (r->toks[i + 1].cls.lo & LXM_UNNAMED) ||
                  (i + 2 < r->nt && (r->toks[i + 2].cls.lo & LXM_UNNAMED))) &&   /* "per three researchers" */
                 !tok_has(r, i + 1, LX_RATE_NOUN))   /* a rate: "per share", "per hour" */
            source = source_after(r, i, i + 1, 0, &by_source) && (by_source.rule = "per-source") != NULL;
        else if (tok_w(r, i, LXW_CITING))
            source = source_after(r, i, i + 1, 0, &by_source) && (by_source.rule = "citing") != NULL;
    }
    if (source) { *a = by_source; return; }
    if (verb) { *a = by_verb; return; }
    a->name = "article"; a->mention = -1; a->rule = "article";
}
