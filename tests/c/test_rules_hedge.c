/* test_rules_hedge.c: the hedge rules, by name (src/claim/hedge.c). Each
 * case is a one-sentence claim: through dsc_parse, the claim's why.hedge
 * must be the expected cue word (NULL: not hedged); and the sentence, read
 * into tokens here and given to cl_hedge, must be decided by the case's
 * rule (why.hedge is the cue word, so the rule's name is read there). Every
 * name cl_hedge_rule_names gives has a case. */
#include "rules_check.h"
#include "internal.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;
    const char *text;
    const char *cue;          /* why.hedge; NULL: not hedged */
} hedge_case;

static const hedge_case cases[] = {
    {"could-ability", "Researchers could use R1 for free, DeepSeek said.", NULL},
    {"think-about", "DeepSeek engineers think about costs every day.", NULL},
    {"think-about", "The Brussels think tank Acme Forum counted 26 signatories of the code.", NULL},
    {"relative-clause", "Police seized servers that may have contained Nvidia chips.", NULL},
    {"appear-literal", "DeepSeek's logo appeared in a Nvidia presentation on Monday.", NULL},
    {"suspect-describing", "The tool lets Nvidia flag material they suspect is synthetic.", NULL},
    {"believe-in", "DeepSeek's founders believe in open-source models.", NULL},
    {"negated-opinion", "Lutnick said he did not believe DeepSeek trained R1 on H800 chips alone.", NULL},
    {"negated-opinion", "Jane Doe said she doesn't think Nvidia can ship H20 chips to China.", NULL},
    {"subordinate-clause", "The contracts with DeepSeek total 1.1 billion yuan, though the real figure is likely higher.", NULL},
    {"subordinate-clause", "Although chip costs may rise, Nvidia raised its revenue forecast.", NULL},
    /* a question after a report is no reported proposition */
    {"relative-clause", "Meta engineers were told to find out what could be copied into Llama.", NULL},
    {"relative-clause", "Italy curbed DeepSeek's app amid warnings over where users' data may end up.", NULL},
    {"relative-clause", "A team was asked to look at how Meta could restructure Llama using DeepSeek's techniques.", NULL},
    {"embedded-question", "Regulators asked whether DeepSeek may have used smuggled Nvidia chips.", NULL},
    {"noun-complement", "Shares fell 3% amid fears that spending at Microsoft may have peaked.", NULL},
    {"modal", "Citi analysts said Nvidia shares could rebound 20% by June.", "could"},
    {"hedge-adverb", "DeepSeek reportedly used 50,000 H100 chips.", "reportedly"},
    /* a hedged cost with a floor (the floor: test_quantity.c) */
    {"hedge-adverb", "Grok 4 reportedly cost hundreds of millions of dollars to train.", "reportedly"},
    {"appear-seem", "DeepSeek appears to have trained R1 on Nvidia H800 chips.", "appears"},
    {"opinion-verb", "Analysts suspect that DeepSeek trained R1 on smuggled chips.", "suspect"},
    /* the reporting verb ten words before "that"; a hedge after the comma
     * that closes a relative clause */
    {"modal", "Jo Park said in a separate note on Tuesday that Nvidia buyers may be building ahead of demand.", "may"},
    /* "and that" opens a second clause of the report, no relative clause */
    {"modal", "Police said they had seized several servers in a raid on a warehouse near the port last week, and that "
              "the chips may have passed through Malaysia.", "may"},
    {"opinion-verb", "Acme Research, a firm that tracks server shipments, thinks Nvidia sold fewer H20 chips.", "thinks"},
    /* "supposedly" is given the class hedge alone (user_hedge below) */
    {"hedge-word", "DeepSeek supposedly used 50,000 H100 chips.", "supposedly"},
    {"passive-report", "The training run is said to have cost $5.6 million.", "said"},
    /* an expectation nobody owns */
    {"passive-report", "Alibaba's new data centre in Malaysia is expected to open in March with 20,000 GPUs.", "expected"},
};

/* The dictionary of a case: the built-in one, with "supposedly" a hedge
 * of no kind for hedge-word. */
static dsc_dict *case_dict(const hedge_case *c) {
    dsc_dict *d = dsc_dict_new(1);
    char err[200] = "";
    if (d && strcmp(c->rule, "hedge-word") == 0)
        CHECK(dsc_dict_lexicon_set(d, "supposedly", 10, "hedge", 5, err, sizeof err) == 0, "%s", err);
    return d;
}

/* The rule cl_hedge gives for text read as one sentence (no entity names:
 * the hedge rules read words only). */
static const char *rule_of(dsc_dict *d, const char *text, char *cue, size_t n) {
    static reading r;
    dsc_claim_input in;
    dsc_sent s;
    dsc_block b;
    attribution a;
    const char *rule = NULL;
    size_t at;
    memset(&r, 0, sizeof r); memset(&in, 0, sizeof in); memset(&s, 0, sizeof s); memset(&b, 0, sizeof b);
    dsc_dict_freeze(d);
    s.start = 0; s.end = (uint32_t)strlen(text); s.para_start = 1;
    in.text = text; in.len = s.end; in.sents = &s; in.n_sents = 1; in.blocks = &b;
    in.lexicon = dsc_dict_lexicon(d);
    r.in = &in; r.s = &s; r.prev_entity = -1; r.topic_limit = (uint32_t)-1;
    cl_read_sentence(&r, 0);
    cl_find_attribution(&r, &a);
    at = cl_hedge(&r, &a, &rule);
    snprintf(cue, n, "%.*s", at < r.nt ? (int)(r.toks[at].end - r.toks[at].start) : 0,
             at < r.nt ? text + r.toks[at].start : "");
    return rule;
}

static void run_case(const hedge_case *c) {
    dsc_dict *d = case_dict(c);
    dsc_doc *doc = dsc_parse(d, c->text, strlen(c->text), NULL);
    const dsc_claim *cl = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, 0) : NULL;
    char cue[64];
    CHECK(cl != NULL, "%s: \"%s\" is a claim", c->rule, c->text);
    if (cl) {
        CHECK_STR(cl->why.hedge, c->cue, c->rule);
        CHECK(cl->hedged == (c->cue != NULL), "%s: hedged %d", c->rule, cl->hedged);
    }
    CHECK_STR(rule_of(d, c->text, cue, sizeof cue), c->rule, c->text);
    CHECK_STR(cue, c->cue ? c->cue : "", c->rule);
    dsc_doc_free(doc);
    dsc_dict_free(d);
}

int main(void) {
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    CHECK_STAGE_RULES("hedge", cl_hedge_rule_names, 14, cases);
    return check_report("rules_hedge");
}
