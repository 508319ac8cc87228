/*
 * claim_about.c: what a claim is about: the entities of the asserted
 * content, less the speaker (unless the claim concerns it), relaying
 * outlets, appositive descriptors and datelines, plus what "the company",
 * "the app", "the model" and a sentence-opening "It" stand for.
 */
#include "claim.h"

/* ===================================================================== */
/* About                                                                  */
/* ===================================================================== */

/* "Microsoft-backed OpenAI", "Hangzhou-based", "TikTok owner ByteDance". */
static void exclude_descriptors(reading *r) {
    const char *t = r->in->text;
    size_t i;
    for (i = 0; i < r->nt; i++) {
        const ctok *k = &r->toks[i];
        size_t e;
        if (k->mention < 0) continue;
        e = mention(r, k->mention)->start + mention(r, k->mention)->len;
        if (e < r->s->end && t[e] == '-') {
            static const char *const suffix[] = { "backed", "based", "owned", "listed",
                "headquartered", "founded", "born", "funded", "linked", "affiliated", NULL };
            size_t s;
            for (s = 0; suffix[s]; s++) {
                size_t l = strlen(suffix[s]);
                if (e + 1 + l <= r->s->end && memcmp(t + e + 1, suffix[s], l) == 0) {
                    r->excluded[k->mention] = 1;
                }
            }
        }
        /* "Japan's Advantest", "the Hangzhou startup": where it is from */
        if (mention(r, k->mention)->kind == DSC_PLACE && i + 1 < r->nt &&
            ((r->toks[i + 1].mention >= 0 && mention(r, r->toks[i + 1].mention)->kind == DSC_ORG &&
              cl_possessive_after(r, i)) ||
             ((r->toks[i + 1].cls.lo & LXM_PRONOUN) && !(r->toks[i + 1].cls.lo & LXM_PERSONAL) &&
              !r->toks[i + 1].cap)))
            r->excluded[k->mention] = 1;
        /* "In Shenzhen, south China's Guangdong Province, ...", "Chengdu,
         * capital of southwest China's Sichuan Province,": where a place is */
        if (mention(r, k->mention)->kind == DSC_PLACE && i + 1 < r->nt && r->toks[i + 1].comma_before) {
            size_t x, close = 0;
            for (x = i + 2; x < r->nt && x <= i + 8; x++)
                if (r->toks[x].comma_before) { close = x; break; }
            /* only an apposition with "<place>'s <place>" in it: a list of
             * places ("Beijing, Shanghai and Shenzhen") is content */
            for (x = i + 1; close && x + 1 < close; x++)
                if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PLACE &&
                    cl_possessive_after(r, x) && r->toks[x + 1].mention >= 0 &&
                    mention(r, r->toks[x + 1].mention)->kind == DSC_PLACE) {
                    r->excluded[r->toks[x].mention] = 1;
                    r->excluded[r->toks[x + 1].mention] = 1;
                }
        }
        /* "wrote on X", "said in a post on LinkedIn": the medium, not the topic */
        if (i > 0 && tok_w(r, i - 1, LXW_ON) && !r->toks[i].in_quote) {
            static const char *const media[] = { "X", "Twitter", "Threads", "LinkedIn", "Weibo", "Reddit",
                "YouTube", "Substack", "Bluesky", "Facebook", "Instagram", "TikTok", "Xiaohongshu", NULL };
            const char *nm = mention(r, k->mention)->name;
            size_t x;
            for (x = 0; media[x]; x++)
                if (strcmp(nm, media[x]) == 0) r->excluded[k->mention] = 1;
        }
        /* "<X> owner/parent (company) <Y>" */
        if (i + 2 < r->nt && r->toks[i + 1].mention < 0 &&
            (tok_w(r, i + 1, LXW_OWNER) || tok_w(r, i + 1, LXW_PARENT) || tok_w(r, i + 1, LXW_SUBSIDIARY) ||
             tok_w(r, i + 1, LXW_UNIT) || tok_w(r, i + 1, LXW_AFFILIATE) || tok_w(r, i + 1, LXW_MAKER) ||
             tok_w(r, i + 1, LXW_DEVELOPER) || tok_w(r, i + 1, LXW_CREATOR)) &&
            (r->toks[i + 2].mention >= 0 ||
             (i + 3 < r->nt && tok_w(r, i + 2, LXW_COMPANY) && r->toks[i + 3].mention >= 0)))
            r->excluded[k->mention] = 1;
    }
}

/* "...," Nadella said at the forum in Davos: where and when the speaker
 * spoke is not what the quotation claims. */
static void exclude_attribution_tail(reading *r, const attribution *a) {
    size_t i;
    int quote_before = 0;
    if (!r->has_quote || a->verb >= r->nt || r->toks[a->verb].in_quote) return;
    for (i = 0; i < a->verb; i++) if (r->toks[i].in_quote) quote_before = 1;
    if (!quote_before) return;          /* 'X called R1 "a moment"': R1 is content */
    for (i = a->verb + 1; i < r->nt && !r->toks[i].in_quote; i++)
        if (r->toks[i].mention >= 0 && r->toks[i].mention != a->mention) r->excluded[r->toks[i].mention] = 1;
}

/* Was the document entity e named as a person? Looks back over the last
 * 2000 mentions (a claimant named by a pronoun was named shortly before). */
static int entity_is_person(const reading *r, long e) {
    size_t k = r->m1, n = 0;
    if (e < 0) return 0;
    while (k-- > 0 && n++ < 2000)
        if ((long)r->in->mentions[k].entity == e) return r->in->mentions[k].kind == DSC_PERSON;
    return 0;
}

/* The first token of an apposition after the sentence's opening name
 * (", an offshoot of hedge fund High-Flyer,"), or t1 when there is none. */
size_t cl_appositive_start(const reading *r) {
    size_t k = r->t0;
    if (r->t0 != 0 || k >= r->t1 || r->toks[k].mention < 0) return r->t1;
    while (k < r->t1 && r->toks[k].mention == r->toks[r->t0].mention) k++;
    if (k < r->t1 && r->toks[k].comma_before &&
        (tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) || tok_w(r, k, LXW_THE)))
        return k;
    return r->t1;
}

/* The model named last before token i, within the last 3000 bytes. */
static int latest_model(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k = r->m1;
    uint32_t limit = r->toks[i].start;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &r->in->mentions[k];
        if (mn->start >= limit) continue;
        if (limit - mn->start > 3000) break;
        if (mn->kind == DSC_MODEL) { *out = mn; return 1; }
    }
    return 0;
}

/* The canonical name of the claimant's entity (named claimants carry it
 * as their name). */
static const char *a_entity_name(const reading *r, const attribution *a) {
    return a->mention >= 0 ? mention(r, a->mention)->name : a->name;
}

int cl_about_list(reading *r, const attribution *a, dsc_arena *arena, uint32_t **out, uint32_t *n_out) {
    size_t m, i, n = 0, dl = cl_dateline_end(r);
    uint32_t *list;
    int self = 0;
    exclude_descriptors(r);
    {
        /* "DeepSeek, an offshoot of hedge fund High-Flyer, has said ...":
         * what the apposition names only describes the subject */
        size_t x = cl_appositive_start(r);
        for (; x < r->t1 && !(x > cl_appositive_start(r) && r->toks[x].comma_before); x++)
            if (r->toks[x].mention >= 0) r->excluded[r->toks[x].mention] = 1;
    }
    exclude_attribution_tail(r, a);
    cl_exclude_told(r);
    /* Self-claims ("DeepSeek said its model ..."): the claimant is about
     * the claim when it is named again, or, for an org, when "its", "our"
     * or "we" follow the verb, or when the verb takes its own action
     * ("Meta reported using", "claims to have"). */
    self = a->self;
    if (a->entity >= 0 && a->verb < r->nt) {
        int org = a->mention >= 0 ? mention(r, a->mention)->kind != DSC_PERSON : !entity_is_person(r, a->entity);
        if (org && a->verb + 1 < r->nt && !tok_w(r, a->verb, LXW_ACCORDING)) {
            const ctok *nx = &r->toks[a->verb + 1];
            size_t l = nx->end - nx->start;
            if ((l > 4 && memcmp(r->in->text + nx->end - 3, "ing", 3) == 0) || tok_w(r, a->verb + 1, LXW_TO))
                self = 1;
        }
        for (i = a->verb + 1; i < r->nt && org; i++)
            if (!r->toks[i].in_quote && (tok_w(r, i, LXW_ITS) || tok_w(r, i, LXW_OUR) || tok_w(r, i, LXW_WE) ||
                                         (tok_w(r, i, LXW_IT) && i <= a->verb + 3)))
                self = 1;                  /* "DeepSeek said it would cut prices" */
        /* "Kai-Fu Lee has said his startup ...": a person's own company */
        if (!org && a->verb + 1 < r->nt && !r->toks[a->verb].in_quote)
            for (i = a->verb + 1; i < r->nt && i <= a->verb + 3; i++)
                if (!r->toks[i].in_quote && (tok_w(r, i, LXW_HIS) || tok_w(r, i, LXW_HER) || tok_w(r, i, LXW_MY)))
                    self = 1;
        /* named again, but not by the acronym glossing the name ("the China
         * Academy of Information and Communications Technology (CAICT)") */
        for (i = 0; i < r->nt; i++)
            if (r->toks[i].mention >= 0 && r->toks[i].mention != a->mention &&
                (long)mention(r, r->toks[i].mention)->entity == a->entity &&
                !(mention(r, r->toks[i].mention)->start > 0 &&
                  r->in->text[mention(r, r->toks[i].mention)->start - 1] == '('))
                self = 1;
    }
    list = dsc_arena_alloc(arena, (r->m1 - r->m0 + 1 + r->nt) * sizeof(uint32_t));
    if (!list) return -1;
    for (m = r->m0; m < r->m1; m++) {
        const dsc_claim_mention *mn = &r->in->mentions[m];
        size_t rel = m - r->m0, k;
        int dup = 0;
        if (rel < sizeof r->excluded && r->excluded[rel]) continue;
        if (mn->start < dl || mn->start < r->b0 || mn->start >= r->b1) continue;
        if (mn->outlet) continue;
        if ((long)mn->entity == a->entity && !self) continue;
        for (k = 0; k < n; k++) if (list[k] == mn->entity) dup = 1;
        if (!dup) list[n++] = mn->entity;
    }
    /* "the lab", "the company", "the app" in the asserted content: the org
     * the text is about (never the claimant itself); "the model": the
     * model named last; a sentence opening with "It" or "Its": the org the
     * last sentence opened with */
    for (i = r->t0; i < r->t1; i++) {
        const dsc_claim_mention *ref = NULL;
        size_t k;
        int dup = 0;
        /* the subject of the reporting verb is the claimant, not content */
        if (a->verb < r->nt && i < a->verb && a->verb - i <= 3) continue;
        if (i == r->t0 && r->t0 == 0 && (tok_w(r, i, LXW_IT) || tok_w(r, i, LXW_ITS)) && !r->toks[i].in_quote) {
            if (!cl_prev_subject(r, &ref)) continue;
        } else if (tok_w(r, i, LXW_MODEL) && i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_ITS)) &&
                   !(i + 1 < r->t1 && r->toks[i + 1].mention >= 0)) {
            if (!latest_model(r, i, &ref)) continue;
        } else {
            if (!(r->toks[i].cls.lo & LXM_PRONOUN) || r->toks[i].cls.lo & LXM_PERSONAL || i == 0 ||
                tok_w(r, i, LXW_IT) || tok_w(r, i, LXW_THEY) || tok_w(r, i, LXW_WE))
                continue;
            /* "the lab", "the AI chipmaker", "the Chinese startup" */
            if (!(tok_w(r, i - 1, LXW_THE) || (i > 1 && tok_w(r, i - 2, LXW_THE) && r->toks[i - 1].mention < 0) ||
                  (i > 2 && tok_w(r, i - 3, LXW_THE) && r->toks[i - 1].mention < 0 && r->toks[i - 2].mention < 0)))
                continue;
            /* "the app store", "the company's rivals" name something else */
            if (i + 1 < r->t1 && r->toks[i + 1].mention >= 0 && !r->toks[i + 1].comma_before) continue;
            /* the org the story is about, weighed over the last paragraphs
             * (the last org named may be a speaker's employer) */
            /* at a sentence's start, the company the last one opened with
             * ("xAI raised $10 billion. The company is spending ..."); else
             * the one the story is about */
            if (!(cl_descriptor_noun(r, i) && cl_resolve_descriptor(r, i, &ref)) &&
                !(i <= 2 && cl_prev_subject(r, &ref)) && !cl_resolve_topic(r, i, &ref))
                continue;
        }
        if ((long)ref->entity == a->entity) continue;
        for (k = 0; k < n; k++) if (list[k] == ref->entity) dup = 1;
        if (!dup) list[n++] = ref->entity;
    }
    /* a claim about the claimant's own model or product ("DeepSeek said
     * the run for V3 cost ...") concerns the claimant */
    if (a->entity >= 0 && !self)
        for (i = 0; i < n; i++) {
            const dsc_claim_mention *own = NULL;
            for (m = r->m0; m < r->m1; m++)
                if (r->in->mentions[m].entity == list[i]) { own = &r->in->mentions[m]; break; }
            if (own && (own->kind == DSC_MODEL || own->kind == DSC_PRODUCT) &&
                a_entity_name(r, a) && cl_owned_by(own->name, a_entity_name(r, a)))
                self = 1;
        }
    /* "Tokyo Electron reported revenue of 561.5 billion yen": a company's
     * own figures, with nothing else named, are about the company */
    if (!self && n == 0 && a->entity >= 0 && a->verb < r->nt && !entity_is_person(r, a->entity) &&
        !(a->mention >= 0 && mention(r, a->mention)->outlet))
        self = 1;
    if (self && a->entity >= 0) {           /* named by a pronoun only */
        int dup = 0;
        for (i = 0; i < n; i++) if (list[i] == (uint32_t)a->entity) dup = 1;
        if (!dup) list[n++] = (uint32_t)a->entity;
    }
    *out = list; *n_out = (uint32_t)n;
    return 0;
}
