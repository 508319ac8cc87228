/*
 * pass.c: sentences -> claims (doc/claims.md). The pass over a
 * document; claim.h lists the files that do the parts.
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
#include "claim.h"
#include <stdio.h>

/* What the first pass learns of each sentence. */
typedef struct {              /* 32 bytes: persons as mention numbers, not names */
    const char *speaker;      /* own attribution, or the quotation's */
    uint32_t last_person;     /* the last person named in the sentence: its
                                 mention's index + 1, 0: none */
    uint32_t first_person;    /* the first one, so */
    uint8_t speaker_named;    /* the speaker is an entity (not "analysts") */
    uint8_t has_verb;         /* attributed in the sentence itself */
    uint8_t starts_in_quote, open_at_end, has_quote, skip;
    uint8_t hands_quote;      /* "That warning came from X" (hands_quote_back) */
    const dsc_claim_mention *voice;   /* an interview's answer: its interviewee */
    uint32_t m0, m1;
} sent_info;

static int quoted(const sent_info *f) { return f->starts_in_quote || f->has_quote || f->open_at_end; }

static void set_sentence(reading *r, const dsc_claim_input *in, const sent_info *f, size_t si) {
    /* a mention index read or set is one of this sentence's (a token's
     * mention, at most sizeof excluded: first_pass): the rest of the
     * array is cleared by a sentence that has as many */
    memset(r->excluded, 0, f->m1 - f->m0);
    r->topic_limit = (uint32_t)-1;
    r->si = si;
    r->in = in; r->s = &in->sents[si]; r->m0 = f->m0; r->m1 = f->m1;
    cl_set_dateline(r);                 /* the stages ask for it again and again */
    r->head0 = r->head1 = 0;
}

/* One claim from the part [t0, t1) of the sentence r has read. */
static int emit_part(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f,
                     attribution *a, const dsc_quantity *all, size_t n_all, size_t t0, size_t t1,
                     dsc_vec *out) {
    dsc_quantity q[32];
    size_t nq = 0, i;
    dsc_raw_claim *c;
    attribution by_voice;
    int quote_part = (f->starts_in_quote && t0 == 0) || (f->open_at_end && t1 >= r->nt);
    /* an interview's answer that cites nobody is its interviewee's */
    if (f->voice && a->name && cl_is_article(a->name)) {
        by_voice = *a;
        by_voice.name = f->voice->name; by_voice.mention = -1; by_voice.entity = (long)f->voice->entity;
        by_voice.named = 1; by_voice.rule = "interview-answer";
        a = &by_voice;
    }
    r->t0 = t0; r->t1 = t1;
    /* a part of a sentence that splits is quoted only if a quotation is in it */
    if (!quote_part && quoted(f))
        for (i = t0; i < t1; i++)
            if (r->toks[i].in_quote) { quote_part = 1; break; }
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
    c->claimant_type = !a->name ? DSC_CLAIMANT_PASSIVE
                     : a->mention >= 0 || a->entity >= 0 || a->named ? DSC_CLAIMANT_NAMED
                     : cl_is_article(a->name) ? DSC_CLAIMANT_ARTICLE : DSC_CLAIMANT_UNNAMED;
    c->why.claim = r->gate;
    c->why.claimant = a->rule;
    {
        const char *hedge_rule;            /* for the tests: why.hedge is the cue word */
        size_t cue = cl_hedge(r, a, &hedge_rule);
        c->hedged = cue < r->nt;
        c->why.hedge = NULL;
        if (c->hedged && !(c->why.hedge = dsc_arena_strndup(in->arena, in->text + r->toks[cue].start,
                                                             r->toks[cue].end - r->toks[cue].start)))
            return -1;
    }
    c->kind = cl_kind(r, a, quote_part, f->starts_in_quote, q, nq, &c->why.kind);
    cl_kind_carry(r, out, q, nq, c);
    if (cl_about_list(r, a, in->arena, &c->about, &c->n_about) < 0) return -1;
    /* a short quotation with no entity and no figure is commentary or a
     * proverb ("Necessity is the mother of invention"), not a claim */
    if (c->kind == DSC_QUOTE && c->n_about == 0 && nq == 0 && cl_generic_quote(r)) { out->len--; return 0; }
    c->n_quantities = (uint32_t)nq;
    c->quantities = dsc_arena_alloc(in->arena, (nq + 1) * sizeof(dsc_quantity));
    if (!c->quantities) return -1;
    if (nq) memcpy(c->quantities, q, nq * sizeof(dsc_quantity));
    return 0;
}

/* The two claims of a sentence split at token at: [0, at) by first,
 * [at, nt) by then. doc/claims.md splits a sentence for different claimants
 * or kinds only, so two parts that agree on both ("SemiAnalysis estimated
 * that ... and said the $6m covered only ...") become one claim again,
 * unless one is hedged and the other not (a hedge qualifies its own clause:
 * "seized 40 servers ..., and that the chips may have passed through ..."). */
static int emit_two(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f, attribution *first,
                    attribution *then, const dsc_quantity *q, size_t nq, size_t at, dsc_vec *out) {
    size_t before = out->len;
    const dsc_raw_claim *c1;
    if (emit_part(in, si, r, f, first, q, nq, 0, at, out) < 0) return -1;
    if (emit_part(in, si, r, f, then, q, nq, at, r->nt, out) < 0) return -1;
    if (out->len != before + 2) return 0;
    c1 = (const dsc_raw_claim *)out->data + before;
    if (c1->kind == c1[1].kind && c1->kind != DSC_QUOTE && c1->hedged == c1[1].hedged && c1->claimant &&
        c1[1].claimant && strcmp(c1->claimant, c1[1].claimant) == 0) {
        out->len = before;
        return emit_part(in, si, r, f, first, q, nq, 0, r->nt, out);
    }
    return 0;
}

/* Records why sentence si is no claim (the caller's not_claim array). */
static void set_not_claim(const dsc_claim_input *in, size_t si, const char *why) {
    if (in->not_claim) in->not_claim[si] = why;
}

/* The claims of sentence r (none, one, or two when it splits). */
static int emit_sentence(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f,
                         attribution *a, const dsc_quantity *q, size_t nq, dsc_vec *out) {
    attribution second;
    size_t at;
    int second_last = 0;
    at = f->starts_in_quote || f->open_at_end ? 0 : cl_split_point(r, a, &second, &second_last);
    if (!at) return emit_part(in, si, r, f, a, q, nq, 0, r->nt, out);
    /* coordination: the article's clause first; so is a second whose verb is in the first part */
    if ((second.verb >= r->nt || second.verb < at) && !second_last)
        return emit_two(in, si, r, f, &second, a, q, nq, at, out);
    return emit_two(in, si, r, f, a, &second, q, nq, at, out);
}

static int emit_claim(const dsc_claim_input *in, size_t si, reading *r, const sent_info *f,
                      attribution *a, dsc_vec *out) {
    dsc_quantity q[32];
    size_t nq = SIZE_MAX, before = out->len;
    const char *not_claim;
    /* the gate finds the quantities when a rule asks: not for a sentence decided before */
    if (!(r->gate = cl_is_claim(r, a, q, sizeof q / sizeof q[0], &nq, quoted(f), &not_claim))) {
        set_not_claim(in, si, not_claim);
        return 0;
    }
    if (nq == SIZE_MAX) nq = cl_quantities(r, q, sizeof q / sizeof q[0]);
    r->q = q; r->nq = nq;
    if (emit_sentence(in, si, r, f, a, q, nq, out) < 0) return -1;
    r->q = NULL; r->nq = 0;                /* q lives on this stack frame */
    /* emit_part drops a quotation that is only a saying */
    if (out->len == before) set_not_claim(in, si, CL_GENERIC_QUOTATION);
    return 0;
}

/* "That warning came from X", "Those were the words of X", "The remark
 * came from X", "That was X": a sentence that hands the quotation before it to a
 * speaker. Its first word is of class hands-quote, capitalised; "came
 * from" or "words of" starts within its first 41 bytes, between spaces. */
static int hands_quote_back(const reading *r) {
    const char *t = r->in->text;
    size_t k;
    if (!(r->nt > 1 && r->s->end - r->s->start > 5 && r->toks[0].start == r->s->start && r->toks[0].cap &&
          !dsc_is_upper(t[r->toks[0].start + 1]) && t[r->toks[0].end] == ' ' && tok_has(r, 0, LX_HANDS_QUOTE)))
        return 0;
    /* "That was Jensen Huang, speaking in Taipei": a person right after
     * "was" or "were" (not "The" nor a noun: "That was a mistake") */
    if (r->nt > 2 && !tok_w(r, 0, LXW_THE) && (tok_w(r, 1, LXW_WAS) || tok_w(r, 1, LXW_WERE)) &&
        r->toks[2].mention >= 0 && mention(r, r->toks[2].mention)->kind == DSC_PERSON)
        return 1;
    for (k = 1; k + 1 < r->nt && r->toks[k].start - r->s->start <= 40; k++) {
        const ctok *w = &r->toks[k], *x = &r->toks[k + 1];
        int came = tok_w(r, k, LXW_CAME) && tok_w(r, k + 1, LXW_FROM) && x->end < r->s->end;
        int words = tok_w(r, k, LXW_WORDS) && tok_w(r, k + 1, LXW_OF) && x->end + 1 < r->s->end;
        if ((came || words) && !w->cap && !x->cap && t[w->start - 1] == ' ' && t[w->end] == ' ' &&
            w->end + 1 == x->start && t[x->end] == ' ')
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Interviews                                                          */
/* ------------------------------------------------------------------ */

/* Does the paragraph of sentence s ask an interview's question: wholly in
 * bold and ending in '?' ("**Is Mistral profitable?**"), or opening with
 * "Q:" ("Q: Is Mistral profitable?")? */
static int question_block(const dsc_claim_input *in, const dsc_sent *s) {
    const dsc_block *b = &in->blocks[s->block];
    const char *t = in->text;
    size_t e = b->end;
    if (b->type != DSC_BLK_PARA || b->end - b->start < 3) return 0;
    if (t[b->start] == 'Q' && t[b->start + 1] == ':') return 1;
    while (e > b->start && (dsc_is_space(t[e - 1]) || t[e - 1] == '"' || t[e - 1] == '\'')) e--;
    return b->strong && e > b->start && t[e - 1] == '?';
}

/* The interviewee of a Q&A (doc/claims.md, "Interviews"): a document with
 * two questions or more (question_block) whose introduction, the text
 * before the first, says it is an interview (a word of class interview:
 * "We spoke with", "The interview has been edited") and names a person;
 * the last person it names. NULL: no interview. The answers are the
 * paragraphs after a question, up to the next question or heading. */
static const dsc_claim_mention *interviewee(const dsc_claim_input *in, reading *r, sent_info *info) {
    const dsc_claim_mention *who = NULL;
    size_t si, first = in->n_sents, questions = 0, k;
    uint32_t block = (uint32_t)-1;
    int said = 0;
    for (si = 0; si < in->n_sents && questions < 2; si++) {
        if (in->sents[si].block == block || in->sents[si].heading) continue;
        block = in->sents[si].block;
        if (question_block(in, &in->sents[si]) && questions++ == 0) first = si;
    }
    if (questions < 2) return NULL;
    for (si = 0; si < first; si++) {
        if (in->sents[si].heading) continue;
        set_sentence(r, in, &info[si], si);
        cl_read_sentence(r, 0);
        for (k = 0; k < r->nt && !said; k++) said = tok_has(r, k, LX_INTERVIEW);
        for (k = info[si].m0; k < info[si].m1; k++)
            if (in->mentions[k].kind == DSC_PERSON) who = &in->mentions[k];
    }
    return said ? who : NULL;
}

/* A quoted sentence that names no speaker waits for share_speakers. */
static int deferred(const sent_info *f) { return quoted(f) && !f->has_verb; }

/* The mentions of each sentence (info: [m0, m1), no more than cap) and
 * the sentence of each mention (msent: the last that starts at or before
 * it, the first for one before all), in one walk of both. */
static void sentence_mentions(const dsc_claim_input *in, sent_info *info, uint32_t *msent, size_t cap) {
    size_t si, m = 0;
    for (si = 0; si < in->n_sents; si++) {
        const dsc_sent *s = &in->sents[si];
        size_t m1;
        for (; m < in->n_mentions && in->mentions[m].start < s->start; m++) msent[m] = (uint32_t)(si ? si - 1 : 0);
        m1 = m;
        while (m1 < in->n_mentions && in->mentions[m1].start < s->end) m1++;
        if (m1 - m > cap) m1 = m + cap;
        info[si].m0 = (uint32_t)m; info[si].m1 = (uint32_t)m1;
    }
    for (; m < in->n_mentions; m++) msent[m] = (uint32_t)(in->n_sents ? in->n_sents - 1 : 0);
}

/* Pass 1: quotation state and attribution of every sentence, and the
 * claims of every sentence that does not wait for a speaker. Counts in
 * *n_quoted the sentences that hold or continue a quotation: the passes
 * after it read only those. */
static int first_pass(const dsc_claim_input *in, reading *r, sent_info *info, dsc_vec *out, size_t *n_quoted) {
    size_t si, m;
    int in_quote = 0, answering = 0;
    uint32_t block = (uint32_t)-1;
    const dsc_claim_mention *voice;
    voice = interviewee(in, r, info);
    for (si = 0; si < in->n_sents; si++) {
        const dsc_sent *s = &in->sents[si];
        sent_info *f = &info[si];
        attribution a;
        size_t m1 = f->m1, k;
        m = f->m0;
        if (s->block != block) {
            /* a paragraph that does not open with a quote mark ends any
             * quotation left open (a quote running on over paragraphs
             * reopens each one) */
            int open;
            if (!dsc_quote_at(in->text, s->end, s->start, &open)) in_quote = 0;
            block = s->block;
            if (voice && !s->heading) {
                int q = question_block(in, s);
                if (!q && answering) answering = 2;       /* an answer's paragraph */
                else answering = q;
            }
        }
        if (s->heading) { f->skip = 1; in_quote = 0; answering = 0; set_not_claim(in, si, CL_HEADING); continue; }
        f->voice = answering == 2 ? voice : NULL;
        set_sentence(r, in, f, si);
        /* A block quote is a quotation from its first word, unless the
         * quoted text attributes its own content ("> OpenAI said ..."). */
        if (in->blocks[s->block].type == DSC_BLK_QUOTE && !in_quote) {
            cl_read_sentence(r, 0);
            cl_find_attribution(r, &a);
            if (a.verb >= r->nt) in_quote = 1;
        }
        cl_read_sentence(r, in_quote);
        cl_find_attribution(r, &a);
        if (a.verb < r->nt && a.name && !cl_is_article(a.name) && !a.passive) {
            r->prev_name = a.name; r->prev_si = si;
            r->prev_entity = a.mention >= 0 ? (long)mention(r, a.mention)->entity : a.entity;
            r->prev_outlet = a.mention >= 0 && mention(r, a.mention)->outlet;
            cl_memory_set_speaker(r->mem, si, r->prev_entity);
            r->prev_person = a.mention >= 0 ? mention(r, a.mention)->kind == DSC_PERSON :
                             (a.entity < 0 && (strcmp(a.name, "unnamed source") == 0 ||
                                               strcmp(a.name, "official") == 0));
        }
        f->speaker = a.name;
        f->speaker_named = (uint8_t)(a.mention >= 0 || a.entity >= 0);
        f->has_verb = a.verb < r->nt;
        if (in->source && f->has_verb && a.name && !a.passive && !cl_is_article(a.name)) {
            in->source[si].name = a.name;      /* for the table after it (table.c) */
            in->source[si].type = a.mention >= 0 || a.entity >= 0 ? DSC_CLAIMANT_NAMED : DSC_CLAIMANT_UNNAMED;
        } else if (in->source && !f->has_verb && (in->source[si].name = cl_table_lead_source(r)) != NULL) {
            in->source[si].type = DSC_CLAIMANT_NAMED;
        }
        f->starts_in_quote = (uint8_t)r->starts_in_quote;
        f->open_at_end = (uint8_t)r->open_at_end;
        f->has_quote = (uint8_t)r->has_quote;
        f->hands_quote = (uint8_t)hands_quote_back(r);
        if (quoted(f)) (*n_quoted)++;
        for (k = m1; k-- > m;)
            if (in->mentions[k].kind == DSC_PERSON) { f->last_person = (uint32_t)k + 1; break; }
        /* "He was blunter on the phone:", "Her answer:": the person "he"
         * or "her" stands for */
        if (!f->last_person && !f->has_verb && r->nt > 1 && !r->toks[0].in_quote &&
            ((r->toks[0].cls.lo & LXM_PERSONAL) || tok_w(r, 0, LXW_HIS) || tok_w(r, 0, LXW_HER))) {
            const dsc_claim_mention *pm;
            if (cl_resolve_pronoun(r, 0, 1, &pm)) f->last_person = (uint32_t)(pm - in->mentions) + 1;
        }
        for (k = m; k < m1; k++)
            if (in->mentions[k].kind == DSC_PERSON) { f->first_person = (uint32_t)k + 1; break; }
        in_quote = r->open_at_end;
        if (!deferred(f) && emit_claim(in, si, r, f, &a, out) < 0) return -1;
    }
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
        uint8_t named = 0;
        if (info[a].skip || !quoted(&info[a])) { a++; continue; }
        b = a + 1;
        while (b < in->n_sents && !info[b].skip && info[b].starts_in_quote) b++;
        for (k = a; k < b && !speaker; k++)
            if (info[k].has_verb && info[k].speaker && !cl_is_article(info[k].speaker)) {
                speaker = info[k].speaker;
                named = info[k].speaker_named;
            }
        /* "> Export controls bought time." / "That warning came from Daniel
         * Reyes, ...": the sentence after the quotation names its speaker */
        if (!speaker && b < in->n_sents && !info[b].skip && info[b].first_person && info[b].hands_quote) {
            speaker = in->mentions[info[b].first_person - 1].name;
            named = 1;
        }
        if (!speaker && a > 0 && !info[a - 1].skip && !info[a].has_verb) {
            /* the speaker introduced just before the quotation */
            if (info[a - 1].has_verb && info[a - 1].speaker && !cl_is_article(info[a - 1].speaker)) {
                speaker = info[a - 1].speaker;
                named = info[a - 1].speaker_named;
            } else if (info[a - 1].last_person) {
                speaker = in->mentions[info[a - 1].last_person - 1].name;
                named = 1;
            }
        }
        if (speaker)
            for (k = a; k < b; k++)
                if (!info[k].has_verb) { info[k].speaker = speaker; info[k].speaker_named = named; }
        a = b;
    }
}

static int cmp_claim(const void *x, const void *y) {
    const dsc_raw_claim *a = x, *b = y;
    return a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
}

/* Are the claims c[0..n) in sentence order? */
static int in_order(const dsc_raw_claim *c, size_t n) {
    size_t k;
    for (k = 1; k < n; k++)
        if (c[k].sentence < c[k - 1].sentence) return 0;
    return 1;
}

/* Puts the claims in sentence order, those of a sentence in the order they
 * were emitted: the first pass's, [0, before), then pass 2's, each run in
 * order already, merged from the back (pass 2's copied out) rather than
 * sorted whole, as the stable qsort did. Either run out of order: qsort. */
static void order_claims(dsc_vec *out, size_t before) {
    dsc_raw_claim *c = out->data, *b;
    size_t nb = out->len - before, i = before, j = nb, k = out->len;
    if (!in_order(c, before) || !in_order(c + before, nb) || !(b = malloc(nb * sizeof *b))) {
        qsort(out->data, out->len, sizeof(dsc_raw_claim), cmp_claim);
        return;
    }
    memcpy(b, c + before, nb * sizeof *b);
    while (j > 0) {
        if (i > 0 && c[i - 1].sentence > b[j - 1].sentence) c[--k] = c[--i];
        else c[--k] = b[--j];
    }
    free(b);
}

int dsc_find_claims(const dsc_claim_input *in, dsc_vec *out) {
    reading *r = malloc(sizeof *r);
    cl_memory *mem = cl_memory_new();
    sent_info *info = calloc(in->n_sents + 1, sizeof *info);
    uint32_t *msent = malloc((in->n_mentions + 1) * sizeof *msent);
    size_t si, before, n_quoted = 0;
    int rc = -1;
    if (!r || !info || !msent || !mem) goto done;
    r->mem = mem;
    r->prev_name = NULL; r->prev_entity = -1; r->prev_person = 0; r->prev_outlet = 0; r->prev_si = 0;
    r->dateline_of = NULL;
    r->yen = cl_counts_in_yen(in->text, in->len) || cl_set_in_japan(in);
    sentence_mentions(in, info, msent, sizeof r->excluded);   /* first: pass 1 reads both */
    r->msent = msent;
    if (first_pass(in, r, info, out, &n_quoted) < 0) goto done;
    /* Without a quotation (a table of 100,000 cells) the two passes below
     * have nothing to do: each would read the whole of info, 48 bytes a
     * sentence, for nothing, and such reads go to memory once info
     * outgrows the cache. */
    if (n_quoted == 0) { rc = 0; goto done; }
    share_speakers(in, info);
    r->prev_name = NULL;          /* pass 2 takes its speakers from info */
    /* pass 2: the quoted sentences that waited, read again with their speaker */
    before = out->len;
    for (si = 0; si < in->n_sents; si++) {
        attribution a;
        if (info[si].skip || !deferred(&info[si])) continue;
        set_sentence(r, in, &info[si], si);
        cl_read_sentence(r, info[si].starts_in_quote);
        cl_find_attribution(r, &a);
        a.name = info[si].speaker;
        a.rule = "quotation-speaker-nearby";
        a.named = info[si].speaker_named;
        if (emit_claim(in, si, r, &info[si], &a, out) < 0) goto done;
    }
    if (out->len > before) order_claims(out, before);
    rc = 0;
done:
    free(r);
    free(info);
    free(msent);
    cl_memory_free(mem);
    return rc;
}
