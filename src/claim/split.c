/*
 * split.c: two claims in one sentence (doc/claims.md: different claimants
 * or kinds): where the second starts and whose it is. Each way a sentence
 * splits is a small named case, tried in order (SPLIT_CASES); the first
 * that finds a split point decides.
 */
#include "claim.h"

/* A split case: the token where the second claim starts (second filled,
 * *second_last set when the second part's claim comes after the first's),
 * or 0. Called with a->verb a reporting verb outside quotation marks. */

/* The part in the article's own voice. */
static void article_voice(attribution *second, size_t nt) {
    second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
    second->verb = nt; second->passive = 0; second->self = 0;
}

/* "Alibaba released a model on Wednesday and said it beat V3": the
 * release in the article's voice, then Alibaba's claim; "Zuckerberg
 * reaffirmed plans ... and said ...": both are his (a reporting verb in
 * the first part). The caller puts the first part, the action, first. */
static size_t coordinated_verb(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t g = a->verb, j;
    int says = 0;
    (void)second_last;
    while (g > 0 && cl_verb_modifier(r, g - 1)) g--;
    if (!(g > 2 && tok_w(r, g - 1, LXW_AND) && a->mention >= 0 && cl_clause_asserts(r, 0, g - 1))) return 0;
    for (j = 0; j + 1 < g; j++) if (r->toks[j].cls.lo & LXM_REPORT) says = 1;
    if (says) { *second = *a; second->verb = r->nt; }
    else article_voice(second, r->nt);
    return g - 1;
}

/* "Alibaba released a new generation of Qwen models, saying the largest
 * rivals DeepSeek's": the release in the article's voice, the comparison
 * in the company's. */
static size_t saying_clause(reading *r, const attribution *a, attribution *second, int *second_last) {
    (void)second_last;
    if (!(tok_w(r, a->verb, LXW_SAYING) && r->toks[a->verb].comma_before && a->verb > 3 &&
          cl_clause_asserts(r, 0, a->verb)))
        return 0;
    article_voice(second, r->nt);
    return a->verb;
}

/* "Alphabet slumped 7.3%, its steepest drop since 2023, after the company
 * said it plans to spend $75 billion": the move in the article's voice,
 * the plan in the company's (class split-when: after, as, since, when).
 * "after" and a "since" clause need no comma ("stocks have swung sharply
 * since DeepSeek said ..."); "as" and "when" do (they have other uses). */
/* "since DeepSeek said": "since" opening the reporting clause, no comma
 * before the verb ("fallen by two-thirds since January, according to
 * people familiar" is one claim: "since" is a preposition there). */
static int since_clause(const reading *r, size_t x, size_t verb) {
    size_t k;
    if (!tok_w(r, x, LXW_SINCE) || x <= 3) return 0;
    for (k = x + 1; k <= verb; k++)
        if (r->toks[k].comma_before) return 0;
    return 1;
}

/* The word that opens the reporting clause comes after the last comma
 * before its verb: "in the first month after release, according to Hugging
 * Face statistics" is one claim, the statistics' (a closing attribution
 * reports all before it, doc/claims.md). */
static size_t event_before_report(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t x;
    (void)second_last;
    for (x = a->verb; x-- > 1 && a->verb - x <= 5;) {
        if (r->toks[x].in_quote || r->toks[x + 1].comma_before) break;
        if (tok_has(r, x, LX_SPLIT_WHEN) && (r->toks[x].comma_before || (tok_w(r, x, LXW_AFTER) && x > 3) || since_clause(r, x, a->verb)) &&
            cl_clause_asserts(r, 0, x)) {
            article_voice(second, r->nt);
            return x;
        }
    }
    return 0;
}

/* The first token from k before end that is "and", or end (k when k is
 * past end): the rules below start from "and", which most sentences have
 * once or not at all; the reader marks it (TM_AND), no token is read to it. */
static size_t next_and(const reading *r, size_t k, size_t end) {
    return k < end ? cl_next_marked(r, k, end, TM_AND) : k;
}

/* "Nvidia said it will take a $5.5 billion charge, and its shares fell
 * 7%": the speaker's statement, then the market's move in the article's
 * voice; ", and that ..." is still the speaker's. Only the first ", and". */
static size_t market_move_after(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, v, end = r->nt > 2 ? r->nt - 2 : 0;      /* k + 2 < nt */
    for (k = a->verb + 2; (k = next_and(r, k, end)) < end; k++) {
        int move = 0, says = 0;
        if (!r->toks[k].comma_before || r->toks[k].in_quote) continue;
        if (tok_w(r, k + 1, LXW_THAT)) return 0;
        for (v = k + 1; v < r->nt && v <= k + 5; v++) {
            if (r->toks[v].cls.lo & LXM_REPORT) says = 1;
            if ((r->toks[v].cls.lo & LXM_PREDICATE) && (r->toks[v].cls.lo & LXM_TOPIC_MARKET)) move = 1;
        }
        if (!move || says) return 0;
        article_voice(second, r->nt);
        *second_last = 1;
        return k;
    }
    return 0;
}

/* "is", "are", "was", "were": a form of "be" before a passive. */
static int be_form(const reading *r, size_t i) {
    return tok_w(r, i, LXW_IS) || tok_w(r, i, LXW_ARE) || tok_w(r, i, LXW_WAS) || tok_w(r, i, LXW_WERE);
}

/* Does [0, k) hold an agentless hedged passive outside quotation marks:
 * a form of "be" (and one lowercase word: "is also expected", "is widely
 * believed"), a participle of
 * class passive, then "to" ("is expected to", "is believed to", "is
 * thought to")? Returns the participle's token, or 0. */
static size_t hedged_passive_before(const reading *r, size_t k) {
    size_t i;
    for (i = 2; i + 1 < k; i++) {
        if (r->toks[i].in_quote || !(r->toks[i].cls.lo & LXM_PASSIVE) || !tok_w(r, i + 1, LXW_TO)) continue;
        if (be_form(r, i - 1) || (be_form(r, i - 2) && !r->toks[i - 1].cap && !r->toks[i - 1].comma_before))
            return i;
    }
    return 0;
}

/* "Samsung is expected to report results next week and has already
 * warned that profit likely fell 56%", "It is also expected to burn
 * through $8 billion, and it has told investors it does not expect ...":
 * what others expect of the subject (the agentless passive: nobody
 * named), then after "and" (a pronoun, auxiliaries) what the subject
 * itself reported. The split falls at "and". */
static size_t passive_then_report(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, j, p, end = r->nt > 2 ? r->nt - 2 : 0;        /* k + 2 < nt */
    if (!(r->all.lo & LXM_PASSIVE)) return 0;                    /* no passive participle at all */
    for (k = 3; (k = next_and(r, k, end)) < end; k++) {
        if (r->toks[k].in_quote) continue;
        j = k + 1;
        if (tok_w(r, j, LXW_IT) || tok_w(r, j, LXW_THEY) || (r->toks[j].cls.lo & LXM_PERSONAL)) j++;
        while (j < r->nt && j <= k + 4 && !(r->toks[j].cls.lo & LXM_REPORT) && cl_verb_modifier(r, j)) j++;
        if (j >= r->nt || !(r->toks[j].cls.lo & LXM_REPORT) || r->toks[j].in_quote || (r->toks[j].cls.lo & LXM_PASSIVE) ||
            !(p = hedged_passive_before(r, k)))
            continue;
        if (a->name && !a->passive && a->verb == j) {
            /* the sentence's speaker is the one who reports: the passive first */
            memset(second, 0, sizeof *second);
            second->mention = -1; second->entity = -1; second->verb = p;
            second->passive = 1; second->rule = "split-passive-first";
            return k;
        }
        if (!a->passive) return 0;
        article_voice(second, r->nt);
        if (!cl_subject_before(r, j, second) || !second->name || cl_is_article(second->name)) return 0;
        second->verb = j; second->rule = "split-subject-reports";
        *second_last = 1;
        return k;
    }
    return 0;
}

/* Does the clause [t0, t1) assert something: a verb of the trade's
 * (cl_clause_asserts), or a finite verb or an auxiliary and a name outside
 * quotation marks ("Domestic buyers are hedging with Huawei and Cambricon"),
 * not negated ("Moonshot did not disclose how many chips it used, but a
 * person familiar with it said ...": one claim, doc/claims.md)? Before a
 * semicolon or a colon the clause needs no name (need_name 0): such a
 * stop ends a sentence of its own ("The threshold can be changed by
 * decree; the agency estimates that ..."). */
static int clause_claims_as(const reading *r, size_t t0, size_t t1, int need_name) {
    size_t i;
    int aux = 0, named = !need_name;
    if (cl_clause_asserts(r, t0, t1)) return 1;
    for (i = t0; i < t1; i++) {
        if (r->toks[i].in_quote) continue;
        if (tok_has(r, i, LX_NEGATION)) return 0;
        if ((r->toks[i].cls.lo & LXM_AUX) || tok_has(r, i, LX_FINITE_VERB)) aux = 1;
        if (r->toks[i].mention >= 0) named = 1;
    }
    return aux && named;
}

static int clause_claims(const reading *r, size_t t0, size_t t1) { return clause_claims_as(r, t0, t1, 1); }

/* "Nvidia said it will take a $5.5 billion charge after the US restricted
 * exports, sending the chipmaker's shares down nearly 7%", "the company
 * said the model used a new number format, a line that sent shares of
 * Cambricon up 20 per cent": a verb of consequence (class
 * split-consequence) after a comma, or after "that"/"which" on a short
 * noun group set off by a comma, whose object is a market (a word of
 * topic-market within five words): the move is the article's own claim,
 * the clause before it the speaker's (or the article's: two of one kind
 * join again, emit_two). The split falls at the comma. */
static size_t consequence_move(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, c, j, v;
    if (!dsc_lx_has(r->all, LX_SPLIT_CONSEQUENCE)) return 0;      /* most sentences: no such verb */
    for (k = a->verb < r->nt ? a->verb + 2 : 3; k + 2 < r->nt; k++) {
        if (r->toks[k].in_quote || !tok_has(r, k, LX_SPLIT_CONSEQUENCE)) continue;
        c = r->toks[k].comma_before ? k : 0;
        if (!c && (tok_w(r, k - 1, LXW_THAT) || tok_w(r, k - 1, LXW_WHICH)))
            for (j = k - 1; j > 0 && k - 1 - j < 4; j--)
                if (r->toks[j].comma_before) { c = j; break; }
        if (c < 3 || (a->verb < r->nt && c <= a->verb)) continue;
        for (v = k + 1; v < r->nt && v <= k + 5; v++)
            if ((r->toks[v].cls.lo & LXM_TOPIC_MARKET) && !r->toks[v].in_quote) break;
        if (v >= r->nt || v > k + 5 || !clause_claims_as(r, 0, c, 0)) continue;
        article_voice(second, r->nt);
        *second_last = 1;
        return c;
    }
    return 0;
}

/* Is there a reporting verb outside quotation marks in [t0, t1)? A first
 * clause that reports ("the company estimated ..., though it acknowledged
 * ...") is its speaker's, not the article's. */
static int reports(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1; i++)
        if ((r->toks[i].cls.lo & LXM_REPORT) && !r->toks[i].in_quote) return 1;
    return 0;
}

/* Does token k open a clause of its own: ", and", a contrast after a comma
 * (class split-contrast: ", but", ", though" ...) give 1; any word after a
 * semicolon or a colon outside quotation marks ("The threshold can be
 * changed; the agency estimates that ...") gives 2 (the caller wants a
 * name after it: "an advantage: it shows its reasoning" is one claim);
 * else 0. */
static int opens_clause(const reading *r, size_t k) {
    const char *t = r->in->text;
    size_t gap;
    if (r->toks[k].in_quote || k == 0) return 0;
    gap = r->toks[k].start - r->toks[k - 1].end;
    if (gap == 1 ? (t[r->toks[k - 1].end] == ';' || t[r->toks[k - 1].end] == ':')
                 : (memchr(t + r->toks[k - 1].end, ';', gap) || memchr(t + r->toks[k - 1].end, ':', gap)))
        return 2;
    return r->toks[k].comma_before && (tok_w(r, k, LXW_AND) || tok_has(r, k, LX_SPLIT_CONTRAST));
}

/* "Huawei unveiled CloudMatrix 384, ..., and research firm SemiAnalysis
 * wrote that it can beat ...", "Washington has approved some exports, but
 * US officials have insisted ...", "The Commission has rejected a delay,
 * though officials said ...", "Labs have less compute: Epoch AI
 * estimates that ...": the first clause in the article's voice, the second
 * in the speaker's, split where a clause opens (opens_clause) just before
 * the speaker's name (or an unnamed subject's noun group). */
static size_t clause_before_speaker(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t m = a->verb, x;
    (void)second_last;
    if (!(a->mention >= 0 || (a->name && !cl_is_article(a->name)))) return 0;
    if (a->mention >= 0) {
        while (m > 0 && r->toks[m - 1].mention != a->mention) m--;
        while (m > 1 && r->toks[m - 2].mention == a->mention) m--;
    } else {
        /* an unnamed subject: the noun group right before the verb */
        while (m > 0 && a->verb - m < 4 && !r->toks[m].comma_before) m--;
        m++;
    }
    if (!(m > 0 && (a->mention < 0 || r->toks[m - 1].mention == a->mention))) return 0;
    m--;
    for (x = m + 1; x > 0 && m + 1 - x < 5; x--) {
        int opens = x - 1 > 2 ? opens_clause(r, x - 1) : 0;
        if (opens && (opens == 1 || a->mention >= 0) && clause_claims_as(r, 0, x - 1, opens == 1) &&
            !reports(r, 0, x - 1)) {
            article_voice(second, r->nt);
            return x - 1;
        }
    }
    return 0;
}

/* "X priced its model at ..., which it said was cheaper", "released a
 * model on Friday that it says matches leading systems", "a method,
 * which the Hangzhou company says cut costs": the action in the
 * article's voice, what the subject says of it in the subject's. The
 * relative word (which, what; that without a comma) stands before the
 * verb's subject: "it", "they" or "the" and a word for the company. The
 * action is one when its clause claims ("SK Hynix is building a $3.87
 * billion plant in Indiana, which it expects to open in 2028"). */
static size_t which_it_said(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t v = a->verb, w;
    (void)second_last;
    if (v < 3) return 0;
    if (tok_w(r, v - 1, LXW_IT) || tok_w(r, v - 1, LXW_THEY)) w = v - 2;
    else if ((r->toks[v - 1].cls.lo & LXM_PRONOUN) && !(r->toks[v - 1].cls.lo & LXM_PERSONAL)) {
        /* "the company", "the Hangzhou company" */
        for (w = v - 1; w > 1 && v - w < 3 && !tok_w(r, w - 1, LXW_THE) && !r->toks[w].comma_before; w--) {}
        if (w < 2 || !tok_w(r, w - 1, LXW_THE)) return 0;
        w -= 2;
    } else return 0;
    if (!(((tok_w(r, w, LXW_WHICH) || tok_w(r, w, LXW_WHAT)) && r->toks[w].comma_before) ||
          (tok_w(r, w, LXW_THAT) && !r->toks[w].comma_before && w > 0 && !(r->toks[w - 1].cls.lo & LXM_REPORT))) ||
        !clause_claims(r, 0, w))
        return 0;
    article_voice(second, r->nt);
    return w;
}

/* Does token k, after a comma, open another speaker's clause: a contrast
 * (class split-contrast: ", but", ", while" ...), or ", and" before a name
 * (", and Zuckerberg has predicted ..."), a person or group the text does
 * not name (", and a county commissioner said ...", class
 * indefinite-determiner; ", and authorities in France, Belgium and the
 * Netherlands said ...", class unnamed) or a short noun group and a name
 * (", and research firm SemiAnalysis wrote ...")? */
static int opens_other_speaker(const reading *r, size_t k) {
    if (tok_has(r, k, LX_SPLIT_CONTRAST)) return 1;
    return tok_w(r, k, LXW_AND) &&
           ((k + 1 < r->nt && r->toks[k + 1].mention >= 0) ||
            (k + 1 < r->nt && (tok_has(r, k + 1, LX_INDEFINITE_DETERMINER) || (r->toks[k + 1].cls.lo & LXM_UNNAMED))) ||
            (k + 3 < r->nt && !r->toks[k + 1].cap && r->toks[k + 3].mention >= 0 && !r->toks[k + 2].cap &&
             mention(r, r->toks[k + 3].mention)->kind <= DSC_PERSON));
}

/* "The lab says X, but analysts argue Y", "DeepSeek has said the run cost
 * $5.6 million; outside analysts believe ...": one claim per speaker, when
 * the second part names another speaker before a reporting verb (within
 * nine words: a group and the places it is in); after a
 * semicolon a negated report ("; neither company has confirmed this") is
 * no statement. */
static size_t second_speaker(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, v, n;
    (void)second_last;
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        int semi;
        /* a ';' before the word sets comma_before too (cl_read_sentence): without it, neither opens */
        if (!r->toks[k].comma_before) continue;
        semi = !r->toks[k].in_quote && memchr(r->in->text + r->toks[k - 1].end, ';',
                                              r->toks[k].start - r->toks[k - 1].end) != NULL;
        if (!semi && (r->toks[k].in_quote || !opens_other_speaker(r, k))) continue;
        for (v = k + 1; v < r->nt && v <= k + 9; v++) {
            int negated = 0;
            if (!(r->toks[v].cls.lo & LXM_REPORT) || r->toks[v].in_quote) continue;
            for (n = k; n < v; n++) if (tok_has(r, n, LX_NEGATION)) negated = 1;
            if (semi && negated) break;
            article_voice(second, r->nt);
            if (cl_subject_before(r, v, second) && second->name && (!a->name || strcmp(second->name, a->name) != 0)) {
                second->verb = v; second->rule = "split-second-speaker";
                return k;
            }
            break;
        }
    }
    return 0;
}

/* "Tencent capex Q2 ¥19.1bn, up 119% yoy; said it has enough chips": a
 * note's figures in the article's voice, then after the semicolon a
 * reporting verb with no subject of its own, the statement of the one the
 * note is about. */
static size_t semicolon_report(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t v = a->verb;
    (void)second_last;
    if (v < 3 || a->mention < 0 || r->toks[v - 1].in_quote ||
        !memchr(r->in->text + r->toks[v - 1].end, ';', r->toks[v].start - r->toks[v - 1].end))
        return 0;
    article_voice(second, r->nt);
    return v;
}

/* Does token k, after the speaker's verb, open the same speaker's next
 * statement: ", adding that", ", who added that" (class split-adds),
 * ", and said" (a reporting verb right after ", and": no subject of its
 * own), ", and they told ..." (a pronoun and a reporting verb), "and that"
 * (a second clause of the same verb)? */
static int same_speaker_goes_on(const reading *r, size_t k) {
    const ctok *t = &r->toks[k];
    if (t->in_quote || k + 2 >= r->nt || r->toks[k + 1].in_quote) return 0;
    if (tok_w(r, k, LXW_AND))
        return (t->comma_before && (r->toks[k + 1].cls.lo & LXM_REPORT)) || tok_w(r, k + 1, LXW_THAT) ||
               (t->comma_before && (tok_w(r, k + 1, LXW_IT) || tok_w(r, k + 1, LXW_THEY) ||
                                    (r->toks[k + 1].cls.lo & LXM_PERSONAL)) &&
                (r->toks[k + 2].cls.lo & LXM_REPORT) && !r->toks[k + 2].in_quote);
    if (!t->comma_before) return 0;
    return tok_has(r, k, LX_SPLIT_ADDS) || (tok_w(r, k, LXW_WHO) && tok_has(r, k + 1, LX_SPLIT_ADDS));
}

/* Does the sentence hold a figure (r->q, the claim's) starting in bytes
 * [b0, b1)? */
static int figure_between(const reading *r, uint32_t b0, uint32_t b1) {
    size_t i;
    for (i = 0; i < r->nq; i++) {
        uint32_t b = (uint32_t)r->s->start + r->q[i].start;
        if (b >= b0 && b < b1) return 1;
    }
    return 0;
}

/* Does a figure start in tokens [t0, t1)? */
static int figure_in_tokens(const reading *r, size_t t0, size_t t1) {
    if (t1 > r->nt) t1 = r->nt;
    return t0 < t1 && figure_between(r, r->toks[t0].start, t1 < r->nt ? r->toks[t1].start : (uint32_t)r->s->end);
}

/* Is byte b in a quotation that opens the sentence before token verb? */
static int quoted_before(const reading *r, uint32_t b, size_t verb) {
    size_t i;
    for (i = 0; i < verb && r->toks[i].start <= b; i++)
        if (b < r->toks[i].end) return r->toks[i].in_quote;
    return 0;
}

/* Does the speaker's first statement hold a figure (r->q, the claim's):
 * after the verb, before token k, or in the quotation the verb closes? A
 * figure in the subject ("a survey of 400 companies found ...") is not the
 * statement's. */
static int statement_figure(const reading *r, size_t verb, size_t k) {
    size_t i;
    for (i = 0; i < r->nq; i++) {
        uint32_t b = (uint32_t)r->s->start + r->q[i].start;
        if ((b >= r->toks[verb].end && b < r->toks[k].start) || quoted_before(r, b, verb)) return 1;
    }
    return 0;
}

/* "Police said they had charged three men with fraud, and that the
 * servers may have passed through the city", "'Revenue has grown at
 * triple-digit rates for nine quarters,' the chief executive told
 * analysts, adding that demand still exceeds supply": one speaker, two
 * statements, each a claim with its own hedge and kind (two parts of one
 * kind, not quoted, become one claim again, emit_two). Only when the first
 * statement holds a figure: the sets' gold keeps "said the company
 * complies with the rules and that it would act on any report" whole (of
 * 40 such sentences, 11 of 15 with a figure first are two claims in
 * gold, 6 of 25 without). */
static size_t same_speaker_adds(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k;
    if (!a->name || cl_is_article(a->name) || a->passive) return 0;
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        if (!(r->toks[k].comma_before || tok_w(r, k, LXW_AND)) || !same_speaker_goes_on(r, k)) continue;
        if (!statement_figure(r, a->verb, k)) return 0;
        *second = *a;
        *second_last = 1;
        return k;
    }
    return 0;
}

/* Is there a verb in [t0, t1) outside quotation marks: an auxiliary, a
 * finite verb, a verb of the trade (negated or not: "neither company is
 * accused of wrongdoing" states something)? */
static int clause_has_verb(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1 && i < r->nt; i++)
        if (!r->toks[i].in_quote && ((r->toks[i].cls.lo & (LXM_AUX | LXM_PREDICATE | LXM_REPORT)) ||
                                     tok_has(r, i, LX_FINITE_VERB)))
            return 1;
    return 0;
}

/* Does the clause from token k on hold a broker's call outside quotation
 * marks: a verb of class rating-verb with a rating noun within five words
 * ("stuck with an underperform rating"), or a reporting verb ("and
 * upgraded the stock to buy")? */
static int rating_call_from(const reading *r, size_t k) {
    size_t i, j;
    for (i = k; i < r->nt; i++) {
        if (r->toks[i].in_quote) continue;
        if (r->toks[i].cls.lo & LXM_REPORT) return 1;          /* "and upgraded the stock to buy" */
        if (!tok_has(r, i, LX_RATING_VERB)) continue;
        for (j = i + 1; j < r->nt && j <= i + 5; j++)
            if (tok_has(r, j, LX_RATING_NOUN)) return 1;
    }
    return 0;
}

/* "Nvidia said it would invest up to $100 billion in OpenAI, while AMD
 * granted OpenAI warrants for 160 million shares", "Morgan Stanley lifted
 * its target to $160, while Tidewater stuck with an underperform rating":
 * after a named speaker's statement (or a broker's call), ", while" or
 * ", whereas" and another company or person straight before a verb of its
 * own sets that actor's deed beside the statement: the article's claim,
 * or the actor's when it is a broker's call or holds a reporting verb
 * (rating_call_from). A model or a product after "while" ("DeepSeek says V3.2
 * scores 93.1, while V3.2-Speciale reaches 96") goes on with the
 * speaker's results. */
static size_t contrast_actor(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, e;
    long who;
    const dsc_claim_mention *m;
    if (!dsc_lx_has(r->all, LX_SPLIT_CONTRAST) || !a->name || cl_is_article(a->name) || a->passive) return 0;
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        if (!r->toks[k].comma_before || r->toks[k].in_quote || !(tok_w(r, k, LXW_WHILE) || tok_w(r, k, LXW_WHEREAS)))
            continue;
        if ((who = r->toks[k + 1].mention) < 0) return 0;
        m = mention(r, who);
        if (m->kind > DSC_PERSON || !m->name || strcmp(m->name, a->name) == 0) return 0;
        for (e = k + 1; e < r->nt && r->toks[e].mention == who; e++) {}
        /* a verb: of a class, a broker's ("stuck with"), or a past in -ed ("granted", "moved") */
        if (e >= r->nt || r->toks[e].in_quote ||
            !(clause_has_verb(r, e, e + 1) || tok_has(r, e, LX_RATING_VERB) || (cl_ends_ed(r, e) && !r->toks[e].cap)))
            return 0;
        article_voice(second, r->nt);
        if (rating_call_from(r, e)) {
            second->name = m->name; second->mention = who; second->entity = (long)m->entity;
            second->rule = "split-contrast-call";
        }
        *second_last = 1;
        return k;
    }
    return 0;
}

/* "The servers were built by Supermicro and Dell, the indictment said, and
 * neither company is accused of wrongdoing", "Gao's team trained the model
 * on a mix of chips, she said, and she believes ...": a report set off by
 * commas in the middle of the sentence reports what comes before it; the
 * clause after ", and" / ", but" ... (its own subject and verb) is the
 * article's, or the speaker's whose reporting verb it holds. */
static size_t clause_after_report(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t v = a->verb, k, j, c = 0, w;
    for (j = v; j > 0 && v - j < 6; j--)
        if (r->toks[j].comma_before) { c = j; break; }
    if (!c || c < 3 || r->toks[v].in_quote) return 0;
    for (k = v + 1; k < r->nt && k <= v + 4; k++) {
        if (!r->toks[k].comma_before) continue;
        /* a coordinated clause: "although"/"while" subordinate theirs to the report */
        if (!((tok_w(r, k, LXW_AND) || tok_w(r, k, LXW_BUT)) && opens_clause(r, k) == 1 &&
              clause_has_verb(r, k + 1, k + 7) && clause_claims_as(r, 0, c, 0)))
            return 0;
        if (clause_has_verb(r, k + 1, k + 2)) {
            /* ", and will end the year with ...": no subject of its own,
             * the speaker goes on (as same-speaker-adds, with a figure) */
            if (!figure_between(r, r->s->start, r->toks[c].start)) return 0;
            *second = *a;
            *second_last = 1;
            return k;
        }
        article_voice(second, r->nt);
        for (w = k + 1; w < r->nt && w <= k + 6; w++)
            if ((r->toks[w].cls.lo & LXM_REPORT) && !r->toks[w].in_quote) {
                attribution s2 = *second;
                if (cl_subject_before(r, w, &s2) && s2.name) { *second = s2; second->verb = w; }
                break;
            }
        *second_last = 1;
        return k;
    }
    return 0;
}

/* Is a name (a mention) in tokens [t0, t1)? */
static int names_in(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1; i++)
        if (r->toks[i].mention >= 0) return 1;
    return 0;
}

/* Is the clause [t0, t1) negated ("did not release the weights")? */
static int negated(const reading *r, size_t t0, size_t t1) {
    size_t i;
    for (i = t0; i < t1; i++)
        if (!r->toks[i].in_quote && tok_has(r, i, LX_NEGATION)) return 1;
    return 0;
}

/* "Microsoft agreed to buy power from a restarted reactor for 20 years,
 * and Amazon has taken a stake in a reactor developer", "Cohere raised
 * $500 million and hired a former Meta research head": a sentence in the
 * article's own voice (no reporting verb) that joins two clauses by ", and",
 * the second with a name for its subject and a verb, or, after a figure,
 * two verbs of the trade (class predicate) by "and" with no comma, the
 * second with a name of its own ("has knocked billions off tech shares and
 * raised questions about data" stays one: "raised" alone would read as
 * funding): one claim each (two of one kind join again, emit_two). A pronoun subject goes on with the
 * same topic ("The H20 was developed after the rules tightened, and it had
 * become ..." is one claim in the sets' gold), and a negated first clause
 * states nothing of its own ("did not release the weights, and ..."). */
static size_t article_two_clauses(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, e, end = r->nt > 3 ? r->nt - 3 : 0;          /* k + 3 < nt */
    (void)a;
    /* both forms split at "and" */
    for (k = 3; (k = next_and(r, k, end)) < end; k++) {
        int coord = tok_w(r, k, LXW_AND) && !r->toks[k].comma_before && !r->toks[k].in_quote &&
                    (r->toks[k + 1].cls.lo & LXM_PREDICATE) && !r->toks[k + 1].in_quote;
        if (coord && clause_claims_as(r, 0, k, 0) && !negated(r, 0, k) && figure_in_tokens(r, 0, k) &&
            names_in(r, k + 2, r->nt)) {
            article_voice(second, r->nt);
            *second_last = 1;
            return k;
        }
        if (!(tok_w(r, k, LXW_AND) && r->toks[k].comma_before && !r->toks[k].in_quote &&
              r->toks[k + 1].mention >= 0 && !r->toks[k + 1].in_quote))
            continue;
        for (e = k + 1; e < r->nt && r->toks[e].mention >= 0 && r->toks[e].mention == r->toks[k + 1].mention; e++) {}
        if (e == k + 1) e = k + 2;
        if (!(clause_has_verb(r, e, e + 3) && clause_has_verb(r, 0, k) && clause_claims_as(r, 0, k, 0)) ||
            negated(r, 0, k))
            continue;
        article_voice(second, r->nt);
        *second_last = 1;
        return k;
    }
    return 0;
}
#define SPLIT_ARTICLE "article-two-clauses"

/* "Group revenue rose 2% to 247.7 billion yuan, slightly below the 252.9
 * billion yuan that analysts polled by LSEG had expected", "net income of
 * NT$398.3 billion, up 61% and above the NT$377.9 billion ... compiled by
 * LSEG": a result, then after a comma (or "and") a comparison (class
 * split-consensus) with another figure that an org named after "by" or
 * "to" compiled: the result is the first part's, the forecast the org's.
 * "about 18% above the average estimate compiled by Visible Alpha" (no
 * figure of the forecast's own, no comma) stays one claim. */
static size_t consensus_comparison(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, j, s, by = 0;
    (void)a;
    if (r->nq < 2) return 0;              /* a result and a forecast: two figures */
    for (k = 3; k + 3 < r->nt; k++) {
        if (r->toks[k].in_quote || !tok_has(r, k, LX_SPLIT_CONSENSUS)) continue;
        s = r->toks[k].comma_before ? k : r->toks[k - 1].comma_before || tok_w(r, k - 1, LXW_AND) ? k - 1 : 0;
        if (!s || !figure_in_tokens(r, k + 1, k + 4) || !figure_in_tokens(r, 0, s)) continue;
        for (j = k + 1; j < r->nt; j++) {
            if (tok_w(r, j, LXW_BY) || tok_w(r, j, LXW_TO)) by = 1;
            if (by && r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind == DSC_ORG) {
                const dsc_claim_mention *m = mention(r, r->toks[j].mention);
                article_voice(second, r->nt);
                second->name = m->name; second->mention = r->toks[j].mention; second->entity = (long)m->entity;
                second->rule = CL_SPLIT_CONSENSUS_SOURCE;
                *second_last = 1;
                return s;
            }
        }
        return 0;
    }
    return 0;
}
#define SPLIT_CONSENSUS "consensus-comparison"

/* The first token of the subject that stands right before the verb group
 * at g: a name (its first word; the group's when a group the text does
 * not name works there: "analysts at Harlow Brothers"), "it", "they",
 * "he", "she", "the company" (the and a word of class pronoun), a group
 * the text does not name ("analysts", "UAE officials", a capitalised word
 * or a name before it), or 0. */
static size_t subject_start(const reading *r, size_t g) {
    size_t s;
    if (g < 2 || r->toks[g - 1].in_quote) return 0;
    s = g - 1;
    if (r->toks[s].mention >= 0) {
        while (s > 0 && !r->toks[s].comma_before && r->toks[s - 1].mention == r->toks[s].mention) s--;
        if (s > 1 && !r->toks[s].comma_before && (tok_w(r, s - 1, LXW_AT) || tok_w(r, s - 1, LXW_FROM)) &&
            !r->toks[s - 1].comma_before && (r->toks[s - 2].cls.lo & LXM_UNNAMED) && !r->toks[s - 2].in_quote)
            s -= 2;
        return s;
    }
    if (tok_w(r, s, LXW_IT) || tok_w(r, s, LXW_THEY) || (r->toks[s].cls.lo & LXM_PERSONAL)) return s;
    if ((r->toks[s].cls.lo & LXM_PRONOUN) && tok_w(r, s - 1, LXW_THE) && !r->toks[s].comma_before) return s - 1;
    if (r->toks[s].cls.lo & LXM_UNNAMED) {
        if (!r->toks[s].comma_before && (r->toks[s - 1].cap || r->toks[s - 1].mention >= 0) && !r->toks[s - 1].in_quote)
            s--;
        return s;
    }
    return 0;
}

/* Does the noun group or relative clause at s stand set off by a comma
 * (", a price it says", ", part of a campus that officials say", ", which
 * analysts say"): a comma at most six words before s with no verb in
 * between? A group with no comma ("flag material they suspect is
 * synthetic", "the money OpenAI has promised will flow back") restricts
 * its noun, part of the first claim's own statement. Returns the token
 * after the comma, where the group opens, or 0. */
static size_t set_off(const reading *r, size_t s) {
    size_t c;
    for (c = s + 1; c-- > 1 && s - c <= 6;) {
        if (r->toks[c].in_quote || (r->toks[c].cls.lo & (LXM_REPORT | LXM_AUX)) ||
            (c < s && tok_has(r, c, LX_FINITE_VERB)))
            return 0;
        if (r->toks[c].comma_before)          /* a comma, not a colon: "Between the lines: Much of ..." */
            return memchr(r->in->text + r->toks[c - 1].end, ',', r->toks[c].start - r->toks[c - 1].end) ? c : 0;
    }
    return 0;
}

/* "R1 was followed by Qwen 2.5-Max, which Alibaba said outperforms
 * DeepSeek-V3", "a 5GW campus that UAE officials say will be the
 * largest", "charges ¥0.8 per million tokens, a price it says is a
 * fraction of ...", "told investors it expects $25 billion, a figure some
 * analysts said could climb": a noun group's relative clause whose own
 * subject reports (a name, a pronoun, a group the text does not name,
 * after "that", "which" or straight after the noun) is that speaker's
 * claim; the clause before it, when it claims, is the first part's (the
 * article's, or its own speaker's when its reporting verb comes first).
 * The split falls at the relative word, or at the subject when there is
 * none: the figures of the noun group stay with the first part. */
/* Where the relative clause of the reporting verb v opens: its relative
 * word ("which", "that" with no comma), or its subject straight after a
 * noun ("a price it says"), or 0 when v is no such clause's: the clause
 * must be set off by a comma, not negated, and its noun the reported
 * clause's subject (a verb right after the report: "say will be", "said
 * outperforms"). */
static size_t relative_opening(const reading *r, size_t v) {
    size_t g, s, w;
    if (!(r->toks[v].cls.lo & LXM_REPORT) || r->toks[v].in_quote || r->toks[v].comma_before) return 0;
    if (!(v + 1 < r->nt && !r->toks[v + 1].comma_before && !r->toks[v + 1].in_quote &&
          ((r->toks[v + 1].cls.lo & (LXM_AUX | LXM_PREDICATE)) || tok_has(r, v + 1, LX_FINITE_VERB))))
        return 0;
    for (g = v; g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before; g--) {}
    if (!(s = subject_start(r, g)) || s < 3) return 0;
    w = s - 1;
    if (tok_w(r, w, LXW_WHICH) || (tok_w(r, w, LXW_THAT) && !r->toks[w].comma_before)) {
        if (r->toks[w - 1].cls.lo & LXM_REPORT) return 0;     /* "said that analysts say" */
        s = w;
    } else if (r->toks[s].comma_before || r->toks[w].cap || r->toks[w].mention >= 0 || r->toks[w].in_quote ||
               (r->toks[w].cls.lo & (LXM_REPORT | LXM_AUX | LXM_PREPOSITION | LXM_FINITE_VERB | LXM_CLAUSE_LINK)) ||
               tok_w(r, w, LXW_AND) || tok_w(r, w, LXW_THE))
        return 0;                                             /* no noun right before the subject */
    return set_off(r, s) && !negated(r, s, v) ? s : 0;
}

/* The part of the relative clause at s reads the noun group it hangs on
 * too (r->head0, r->head1): "a 5GW campus that UAE officials say will be
 * the largest" says the campus will be the largest; the speaker's words
 * ("UAE officials") are who says it. After ", which" the group is the one
 * before the comma, back to a verb or a preposition ("is building a
 * 10,000-GPU cluster, which ...": "a 10,000-GPU cluster"; "by Alibaba's
 * Qwen 2.5-Max, which": the name), six words at most. */
static size_t hangs_on(reading *r, size_t s) {
    size_t c = set_off(r, s), b = s, k;
    if (c == s)
        while (b > 0 && s - b < 6) {
            k = b - 1;
            if (r->toks[k].in_quote || (r->toks[k].cls.lo & (LXM_REPORT | LXM_AUX | LXM_PREDICATE | LXM_PREPOSITION)) ||
                tok_has(r, k, LX_FINITE_VERB))
                break;
            b = k;
            if (r->toks[k].comma_before) break;
        }
    r->head0 = c == s ? b : c;
    r->head1 = c ? s : 0;
    return s;
}

/* "R1 was followed by Qwen 2.5-Max, which Alibaba said outperforms
 * DeepSeek-V3", "a 5GW campus that UAE officials say will be the
 * largest", "charges ¥0.8 per million tokens, a price it says is a
 * fraction of ...", "told investors it expects $25 billion, a figure some
 * analysts said could climb": a noun group's relative clause whose own
 * subject reports (a name, a pronoun, a group the text does not name;
 * relative_opening) is that speaker's claim; the clause before it, when
 * it claims, is the first part's (the article's, or its own speaker's
 * when its reporting verb comes first). The split falls at the relative
 * word, or at the subject when there is none: the figures of the noun
 * group stay with the first part. */
static size_t relative_report(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t v, s, g;
    if (!(r->all.lo & LXM_REPORT)) return 0;                 /* no word of the sentence is one */
    for (v = a->verb < r->nt ? a->verb : 3; v < r->nt; v++) {
        attribution sub;
        if (!(r->toks[v].cls.lo & LXM_REPORT)) continue;     /* the cheap test first: most words */
        if (!(s = relative_opening(r, v)) || !clause_claims_as(r, 0, s, 0)) continue;
        if (v == a->verb) {                 /* the sentence's speaker: the clause before is the article's */
            article_voice(second, r->nt);
            return hangs_on(r, s);
        }
        /* "X said ..., which it said could ...": a pronoun after another's report is that speaker */
        for (g = v; g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before; g--) {}
        if (a->verb < r->nt && r->toks[g - 1].mention < 0 && !(r->toks[g - 1].cls.lo & LXM_UNNAMED)) continue;
        sub = *a;
        if (!cl_subject_before(r, v, &sub) || !sub.name || cl_is_article(sub.name) ||
            (a->name && strcmp(sub.name, a->name) == 0))
            continue;
        *second = sub;
        second->verb = v;
        *second_last = 1;
        return hangs_on(r, s);
    }
    return 0;
}
#define SPLIT_RELATIVE "relative-report"

/* "Baichuan and 01.AI have stopped training frontier models, and Moonshot
 * has shifted its spending to research, people familiar with the companies
 * said": a report that closes the sentence (after its last comma) reports
 * each of two clauses joined by ", and", the second with a name for its
 * subject and a verb a few words on; one claim each, both the speaker's
 * (two of one kind join again, emit_two). A second clause whose subject
 * is a common noun or a pronoun goes on with the first ("it cut its
 * marketing budget, and downloads have fallen ...": one claim in the
 * sets' gold, 3 of 4 such sentences). */
static size_t closing_report_clauses(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t v = a->verb, c = 0, j, k, e;
    if (a->passive || !a->name || cl_is_article(a->name)) return 0;
    for (j = v + 1; j-- > 1 && v - j < 8;)
        if (r->toks[j].comma_before) { c = j; break; }
    if (!c || reports(r, 0, c - 1 > 0 ? c - 1 : 0) || (c < v && reports(r, c, v))) return 0;
    for (j = v + 1; j < r->nt; j++)                         /* nothing after but where and when */
        if (r->toks[j].comma_before || (r->toks[j].cls.lo & (LXM_REPORT | LXM_PREDICATE))) return 0;
    for (k = 3; k + 3 < c; k++) {
        if (!(tok_w(r, k, LXW_AND) && opens_clause(r, k) == 1 && r->toks[k + 1].mention >= 0)) continue;
        for (e = k + 2; e < c && e <= k + 7 && !clause_has_verb(r, e, e + 1); e++) {}
        if (e >= c || e > k + 7 || !clause_claims_as(r, 0, k, 0) || negated(r, 0, k)) continue;
        *second = *a;
        *second_last = 1;
        return k;
    }
    return 0;
}

/* In order: the first case that splits decides. R(name, case). */
#define SPLIT_CASES(R) \
    R("passive-then-report", passive_then_report) \
    R("coordinated-verb", coordinated_verb) \
    R("saying-clause", saying_clause) \
    R("event-before-report", event_before_report) \
    R("market-move-after", market_move_after) \
    R("consequence-move", consequence_move) \
    R("clause-before-speaker", clause_before_speaker) \
    R("which-it-said", which_it_said) \
    R("second-speaker", second_speaker) \
    R("contrast-actor", contrast_actor) \
    R("semicolon-report", semicolon_report) \
    R("same-speaker-adds", same_speaker_adds) \
    R("clause-after-report", clause_after_report) \
    R("closing-report-clauses", closing_report_clauses)
#define SPLIT_NAME(name, fn) name,
static const char *const split_case_names[] = { SPLIT_CASES(SPLIT_NAME) SPLIT_ARTICLE, SPLIT_CONSENSUS, SPLIT_RELATIVE };

const char *const *cl_split_rule_names(size_t *n) {
    *n = sizeof split_case_names / sizeof split_case_names[0];
    return split_case_names;
}

/* Returns the token where the second claim starts (and fills second), or
 * 0; *second_last: the second part's claim comes after the first's. A
 * sentence whose reporting verb is quoted does not split; one with none
 * tries article-two-clauses alone. */
size_t cl_split_point(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t k, at;
    *second_last = 0;
    r->head0 = r->head1 = 0;
    /* a rule fills only what it knows; the rest is "nobody named" */
    memset(second, 0, sizeof *second);
    second->mention = -1; second->entity = -1; second->verb = r->nt;
    /* a result and the forecast it beat or missed, whoever reports it */
    if ((k = consensus_comparison(r, a, second, second_last)) != 0) return k;
    memset(second, 0, sizeof *second);
    second->mention = -1; second->entity = -1; second->verb = r->nt;
    /* no reporting verb: the article's own clauses (SPLIT_ARTICLE) */
    if (a->verb >= r->nt) {
        if (!(a->name && cl_is_article(a->name))) return 0;
        if ((k = consequence_move(r, a, second, second_last)) != 0) return k;
        if ((k = article_two_clauses(r, a, second, second_last)) != 0) return k;
        return relative_report(r, a, second, second_last);
    }
    if (r->toks[a->verb].in_quote) return 0;
    /* the cases called by name in their order (the compiler inlines the small ones) */
#define SPLIT_TRY(name, fn) if ((at = fn(r, a, second, second_last)) != 0) return at;
    SPLIT_CASES(SPLIT_TRY)
#undef SPLIT_TRY
    return relative_report(r, a, second, second_last);
}
