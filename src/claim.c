/*
 * claim.c: sentences -> claims (ANNOTATION.md, "Claims").
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
#include "internal.h"
#include <pthread.h>
#include <stdio.h>

/* ===================================================================== */
/* Lexicon                                                                */
/* ===================================================================== */

enum {
    W_REPORT   = 1u << 0,   /* said, told, claimed ... */
    W_HEDGE    = 1u << 1,   /* may, reportedly ... */
    W_UNNAMED  = 1u << 2,   /* analysts, sources ... */
    W_NOUNCOMP = 1u << 3,   /* fears, concerns (that ...) */
    W_PRONOUN  = 1u << 4,   /* it, he, the company ... */
    W_PREDICATE = 1u << 5,  /* a checkable action: released, banned ... */
    W_PASSIVE  = 1u << 6,   /* reported/described/said/believed after "was" */
    W_AUX      = 1u << 7,   /* has, had, also, previously: between subject and verb */
    W_PERSONAL = 1u << 8,   /* he, she: refers to a person */
    W_SELF     = 1u << 9,   /* its, our, we, his, their: the claim is about the speaker */
    W_TELL     = 1u << 10,  /* told, tells: the object relays */
    W_NOTCLAIM = 1u << 11,  /* watch, subscribe: calls to action */
    W_DOC      = 1u << 12,  /* report, paper, note: stands for its author */
    W_ROLE     = 1u << 13,  /* engineer, employee: a person not named */
    /* topics: weights live in the topic table below */
    W_T_COST = 1u << 16, W_T_TIME = 1u << 17, W_T_HW = 1u << 18, W_T_BENCH = 1u << 19,
    W_T_MARKET = 1u << 20, W_T_FUND = 1u << 21, W_T_POLICY = 1u << 22, W_T_OTHER = 1u << 23
};

typedef struct { const char *word; uint32_t flags; } lex;

/* Sorted by word (strcmp order); lowercase; checked at first use in tests. */
static const lex lexicon[] = {
    {"academic", W_ROLE}, {"accelerators", W_T_HW}, {"according", W_REPORT},
    {"accuracy", W_T_BENCH}, {"accused", W_T_OTHER | W_PREDICATE},
    {"accuses", W_T_OTHER | W_PREDICATE}, {"acknowledged", W_REPORT},
    {"acquire", W_T_FUND | W_PREDICATE}, {"acquired", W_T_FUND | W_PREDICATE},
    {"acquisition", W_T_FUND}, {"added", W_REPORT | W_PREDICATE}, {"administration", W_T_POLICY},
    {"admitted", W_REPORT}, {"adopted", W_PREDICATE}, {"advertisement", W_NOTCLAIM},
    {"adviser", W_ROLE}, {"advisor", W_ROLE}, {"affordable", W_T_COST}, {"agreed", W_PREDICATE},
    {"aide", W_ROLE}, {"aides", W_ROLE}, {"aime", W_T_BENCH}, {"alleged", W_REPORT},
    {"allegedly", W_HEDGE}, {"alleges", W_REPORT}, {"also", W_AUX}, {"analysis", W_DOC},
    {"analyst", W_UNNAMED}, {"analysts", W_UNNAMED},
    {"announced", W_REPORT | W_PREDICATE | W_T_TIME}, {"announces", W_REPORT | W_PREDICATE},
    {"app", W_T_MARKET | W_PRONOUN}, {"apparently", W_HEDGE}, {"appear", W_HEDGE},
    {"appeared", W_HEDGE}, {"appears", W_HEDGE}, {"approval", W_T_POLICY},
    {"approved", W_PREDICATE}, {"arc-agi", W_T_BENCH}, {"arena", W_T_BENCH},
    {"arena-hard", W_T_BENCH}, {"argue", W_REPORT}, {"argued", W_REPORT}, {"argues", W_REPORT},
    {"arguing", W_REPORT}, {"asserted", W_REPORT}, {"assets", W_T_FUND}, {"assistant", W_PRONOUN},
    {"authorities", W_T_POLICY | W_UNNAMED}, {"authority", W_T_POLICY}, {"backed", W_T_FUND},
    {"backer", W_T_FUND}, {"backers", W_T_FUND}, {"backing", W_T_FUND},
    {"ban", W_T_POLICY | W_PREDICATE}, {"bandwidth", W_T_HW}, {"banker", W_ROLE},
    {"bankers", W_ROLE}, {"banned", W_T_POLICY | W_PREDICATE},
    {"banning", W_T_POLICY | W_PREDICATE}, {"bans", W_T_POLICY | W_PREDICATE},
    {"barred", W_T_POLICY}, {"beat", W_T_BENCH | W_PREDICATE}, {"beats", W_T_BENCH | W_PREDICATE},
    {"believe", W_HEDGE | W_REPORT}, {"believed", W_HEDGE | W_REPORT | W_PASSIVE},
    {"believes", W_HEDGE | W_REPORT}, {"benchmark", W_T_BENCH}, {"benchmarks", W_T_BENCH},
    {"beta", W_T_TIME}, {"bid", W_T_FUND}, {"bill", W_T_POLICY}, {"blacklist", W_T_POLICY},
    {"blacklisted", W_T_POLICY | W_PREDICATE}, {"block", W_T_POLICY},
    {"blocked", W_T_POLICY | W_PREDICATE}, {"blog", W_AUX}, {"bought", W_PREDICATE},
    {"breach", W_T_OTHER}, {"broker", W_ROLE}, {"brokers", W_ROLE}, {"budget", W_T_COST},
    {"budgets", W_T_FUND}, {"built", W_PREDICATE}, {"called", W_REPORT}, {"capacity", W_T_HW},
    {"capex", W_T_FUND}, {"capital", W_T_FUND}, {"cards", W_T_HW}, {"cautioned", W_REPORT},
    {"charge", W_T_MARKET}, {"charged", W_T_COST}, {"charges", W_T_MARKET}, {"chart", W_T_MARKET},
    {"charts", W_T_MARKET}, {"chatbot", W_PRONOUN}, {"cheap", W_T_COST}, {"cheaper", W_T_COST},
    {"cheapest", W_T_COST}, {"cheaply", W_T_COST}, {"chip", W_T_HW}, {"chipmaker", W_PRONOUN},
    {"chips", W_T_HW}, {"cited", W_REPORT}, {"citing", W_REPORT}, {"claim", W_REPORT},
    {"claimed", W_REPORT}, {"claiming", W_REPORT}, {"claims", W_REPORT}, {"click", W_NOTCLAIM},
    {"climbed", W_PREDICATE | W_T_MARKET}, {"closed", W_T_MARKET | W_PREDICATE},
    {"cluster", W_T_HW}, {"clusters", W_T_HW}, {"co-founder", W_T_OTHER}, {"codeforces", W_T_BENCH},
    {"commission", W_T_POLICY}, {"commit", W_T_FUND}, {"commitment", W_T_FUND},
    {"commitments", W_T_FUND}, {"committed", W_T_FUND | W_PREDICATE}, {"committee", W_T_POLICY},
    {"company", W_PRONOUN}, {"comparable", W_T_BENCH}, {"compliance", W_T_POLICY},
    {"comply", W_T_POLICY}, {"compute", W_T_HW}, {"computing", W_T_HW}, {"conceded", W_REPORT},
    {"concern", W_NOUNCOMP}, {"concerns", W_NOUNCOMP}, {"concluded", W_REPORT},
    {"confirmed", W_REPORT | W_PREDICATE}, {"congress", W_T_POLICY}, {"considered", W_PASSIVE},
    {"consultant", W_ROLE}, {"contends", W_REPORT}, {"controls", W_T_POLICY}, {"cost", W_T_COST},
    {"costing", W_T_COST}, {"costly", W_T_COST}, {"costs", W_T_COST}, {"could", W_HEDGE},
    {"countered", W_REPORT}, {"credits", W_REPORT}, {"critics", W_UNNAMED}, {"curb", W_T_POLICY},
    {"curbed", W_T_POLICY}, {"curbs", W_T_POLICY}, {"customer", W_ROLE},
    {"cut", W_PREDICATE | W_T_COST}, {"cuts", W_T_COST}, {"database", W_T_OTHER},
    {"datacenter", W_T_HW}, {"debuted", W_T_TIME | W_PREDICATE}, {"declined", W_T_MARKET},
    {"declines", W_T_MARKET}, {"delay", W_T_TIME}, {"delayed", W_T_TIME}, {"denied", W_REPORT},
    {"denies", W_REPORT}, {"department", W_T_POLICY}, {"deployed", W_PREDICATE},
    {"described", W_PASSIVE | W_REPORT}, {"describes", W_REPORT}, {"developer", W_ROLE},
    {"developers", W_ROLE}, {"dies", W_T_HW}, {"diplomat", W_ROLE}, {"diplomats", W_ROLE},
    {"director", W_ROLE}, {"disclosed", W_REPORT | W_PREDICATE}, {"discount", W_T_COST},
    {"discounts", W_T_COST}, {"disputed", W_REPORT}, {"distillation", W_T_OTHER},
    {"distributor", W_ROLE}, {"doubled", W_PREDICATE}, {"doubt", W_NOUNCOMP},
    {"doubts", W_NOUNCOMP}, {"downloaded", W_T_MARKET | W_PREDICATE}, {"downloads", W_T_MARKET},
    {"dropped", W_T_MARKET | W_PREDICATE}, {"earlier", W_AUX}, {"earnings", W_T_MARKET},
    {"economist", W_ROLE}, {"economists", W_UNNAMED}, {"eflops", W_T_HW}, {"emphasised", W_REPORT},
    {"emphasized", W_REPORT}, {"employee", W_ROLE}, {"employees", W_ROLE}, {"engineer", W_ROLE},
    {"engineers", W_ROLE}, {"entities", W_T_POLICY}, {"entrepreneur", W_ROLE}, {"equity", W_T_FUND},
    {"erased", W_T_MARKET | W_PREDICATE}, {"estimate", W_REPORT},
    {"estimated", W_REPORT | W_PASSIVE}, {"estimates", W_REPORT}, {"evals", W_T_BENCH},
    {"evaluation", W_T_BENCH}, {"evaluations", W_T_BENCH}, {"examining", W_T_POLICY},
    {"exceeded", W_PREDICATE}, {"executive", W_ROLE}, {"executives", W_UNNAMED},
    {"expanded", W_PREDICATE}, {"expect", W_REPORT}, {"expectation", W_NOUNCOMP},
    {"expectations", W_NOUNCOMP}, {"expected", W_PASSIVE}, {"expects", W_REPORT},
    {"expenditure", W_T_FUND}, {"expenditures", W_T_FUND}, {"expensive", W_T_COST},
    {"expert", W_ROLE}, {"experts", W_UNNAMED}, {"explained", W_REPORT}, {"export", W_T_POLICY},
    {"exports", W_T_POLICY}, {"exposed", W_T_OTHER}, {"fallen", W_T_MARKET}, {"falls", W_T_MARKET},
    {"fear", W_NOUNCOMP | W_REPORT}, {"fears", W_NOUNCOMP}, {"fell", W_T_MARKET | W_PREDICATE},
    {"filed", W_PREDICATE}, {"filing", W_DOC}, {"financed", W_T_FUND}, {"financing", W_T_FUND},
    {"fine", W_T_POLICY}, {"fined", W_T_POLICY | W_PREDICATE}, {"firm", W_PRONOUN},
    {"flagged", W_REPORT}, {"flags", W_REPORT}, {"flops", W_T_HW}, {"follow", W_NOTCLAIM},
    {"forecast", W_REPORT}, {"forecasts", W_REPORT}, {"found", W_REPORT | W_PREDICATE},
    {"founded", W_T_OTHER | W_PREDICATE}, {"founder", W_T_OTHER | W_ROLE}, {"fraction", W_T_COST},
    {"free", W_T_COST}, {"fund", W_T_FUND | W_PRONOUN}, {"funding", W_T_FUND},
    {"gained", W_T_MARKET | W_PREDICATE}, {"giant", W_PRONOUN}, {"government", W_T_POLICY},
    {"gpqa", W_T_BENCH}, {"gpu", W_T_HW}, {"gpu-hours", W_T_HW}, {"gpus", W_T_HW},
    {"graduated", W_T_OTHER}, {"grew", W_PREDICATE}, {"group", W_PRONOUN}, {"guided", W_REPORT},
    {"had", W_AUX}, {"hallucinations", W_T_BENCH}, {"halved", W_PREDICATE}, {"hardware", W_T_HW},
    {"has", W_AUX}, {"have", W_AUX}, {"he", W_PRONOUN | W_PERSONAL}, {"her", W_SELF},
    {"hired", W_T_OTHER | W_PREDICATE}, {"his", W_SELF}, {"holding", W_T_FUND},
    {"hope", W_NOUNCOMP}, {"hopes", W_NOUNCOMP}, {"humaneval", W_T_BENCH}, {"image", W_NOTCLAIM},
    {"imposed", W_T_POLICY | W_PREDICATE}, {"index", W_T_MARKET}, {"indicated", W_REPORT},
    {"infrastructure", W_T_FUND}, {"inquiry", W_T_POLICY}, {"insider", W_ROLE},
    {"insiders", W_UNNAMED}, {"insisted", W_REPORT}, {"insisting", W_REPORT}, {"insists", W_REPORT},
    {"installment", W_T_FUND}, {"integrated", W_PREDICATE}, {"interconnect", W_T_HW},
    {"interview", W_AUX | W_T_OTHER}, {"interviews", W_T_OTHER},
    {"introduced", W_T_TIME | W_PREDICATE}, {"invest", W_T_FUND | W_PREDICATE},
    {"invested", W_T_FUND | W_PREDICATE}, {"investigating", W_T_OTHER | W_PREDICATE},
    {"investigation", W_T_OTHER}, {"investing", W_T_FUND}, {"investment", W_T_FUND},
    {"investments", W_T_FUND}, {"investor", W_ROLE}, {"investors", W_UNNAMED}, {"ipo", W_T_FUND},
    {"it", W_PRONOUN}, {"its", W_SELF}, {"jumped", W_T_MARKET | W_PREDICATE}, {"lab", W_PRONOUN},
    {"later", W_AUX}, {"launch", W_T_TIME}, {"launched", W_T_TIME | W_PREDICATE},
    {"launches", W_T_TIME | W_PREDICATE}, {"law", W_T_POLICY}, {"lawmaker", W_ROLE},
    {"lawmakers", W_T_POLICY | W_UNNAMED}, {"laws", W_T_POLICY}, {"lawsuit", W_T_OTHER},
    {"lawyer", W_ROLE}, {"lawyers", W_UNNAMED}, {"leaderboard", W_T_BENCH}, {"leak", W_T_OTHER},
    {"leaked", W_T_OTHER}, {"legislation", W_T_POLICY}, {"legislators", W_UNNAMED},
    {"letter", W_DOC}, {"licence", W_T_POLICY}, {"licences", W_T_POLICY}, {"license", W_T_POLICY},
    {"licenses", W_T_POLICY}, {"licensing", W_T_POLICY}, {"likely", W_HEDGE},
    {"listen", W_NOTCLAIM}, {"listing", W_T_FUND}, {"livebench", W_T_BENCH},
    {"livecodebench", W_T_BENCH}, {"lmarena", W_T_BENCH}, {"loan", W_T_FUND}, {"loans", W_T_FUND},
    {"lost", W_T_MARKET | W_PREDICATE}, {"made", W_PREDICATE}, {"maintained", W_REPORT},
    {"maintains", W_REPORT}, {"majority", W_T_FUND}, {"maker", W_PRONOUN}, {"manager", W_ROLE},
    {"managers", W_ROLE}, {"margins", W_T_COST}, {"market", W_T_MARKET},
    {"matched", W_T_BENCH | W_PREDICATE}, {"matches", W_T_BENCH}, {"math-500", W_T_BENCH},
    {"may", W_HEDGE}, {"maybe", W_HEDGE}, {"memo", W_DOC}, {"might", W_HEDGE},
    {"ministry", W_T_POLICY}, {"mmlu", W_T_BENCH}, {"mmlu-pro", W_T_BENCH}, {"note", W_DOC},
    {"noted", W_REPORT}, {"notes", W_REPORT}, {"noting", W_REPORT}, {"observers", W_UNNAMED},
    {"offered", W_PREDICATE}, {"offers", W_PREDICATE}, {"official", W_ROLE},
    {"officials", W_UNNAMED | W_T_POLICY}, {"often", W_AUX},
    {"open-sourced", W_PREDICATE | W_T_TIME}, {"open-sources", W_PREDICATE},
    {"opened", W_PREDICATE}, {"ordered", W_PREDICATE}, {"our", W_SELF},
    {"outperform", W_T_BENCH | W_PREDICATE}, {"outperformed", W_T_BENCH | W_PREDICATE},
    {"outperforming", W_T_BENCH}, {"outperforms", W_T_BENCH | W_PREDICATE},
    {"overtook", W_T_MARKET | W_PREDICATE}, {"owned", W_T_FUND}, {"owns", W_T_FUND | W_PREDICATE},
    {"paid", W_T_COST | W_PREDICATE}, {"paper", W_DOC}, {"parameters", W_T_OTHER},
    {"partner", W_ROLE}, {"partnered", W_PREDICATE}, {"paused", W_PREDICATE}, {"people", W_UNNAMED},
    {"performance", W_T_BENCH}, {"perhaps", W_HEDGE}, {"person", W_UNNAMED}, {"photo", W_NOTCLAIM},
    {"pledged", W_T_FUND | W_REPORT | W_PREDICATE}, {"pledges", W_REPORT},
    {"plunged", W_T_MARKET | W_PREDICATE}, {"pointed", W_REPORT}, {"points", W_T_BENCH},
    {"policy", W_DOC}, {"possibility", W_NOUNCOMP}, {"possibly", W_HEDGE},
    {"posted", W_REPORT | W_PREDICATE}, {"postponed", W_T_TIME}, {"predict", W_REPORT},
    {"predicted", W_REPORT}, {"predicts", W_REPORT}, {"previously", W_AUX}, {"price", W_T_COST},
    {"priced", W_T_COST | W_PREDICATE}, {"prices", W_T_COST}, {"pricing", W_T_COST},
    {"privacy", W_T_POLICY}, {"probably", W_HEDGE}, {"probe", W_T_OTHER},
    {"probing", W_PREDICATE | W_T_POLICY}, {"produce", W_T_HW}, {"production", W_T_HW},
    {"professor", W_ROLE}, {"profit", W_T_MARKET}, {"profits", W_T_MARKET}, {"programmer", W_ROLE},
    {"prohibit", W_T_POLICY}, {"prohibited", W_T_POLICY}, {"projected", W_REPORT},
    {"promised", W_REPORT}, {"prosecutors", W_T_POLICY}, {"published", W_PREDICATE},
    {"publishes", W_PREDICATE}, {"purportedly", W_HEDGE}, {"put", W_REPORT}, {"puts", W_REPORT},
    {"quarter", W_T_MARKET}, {"question", W_NOUNCOMP}, {"questioned", W_REPORT},
    {"questions", W_NOUNCOMP}, {"rack", W_T_HW}, {"racks", W_T_HW}, {"raise", W_T_FUND},
    {"raised", W_T_FUND | W_PREDICATE}, {"raising", W_T_FUND},
    {"rallied", W_T_MARKET | W_PREDICATE}, {"ranked", W_T_MARKET | W_PREDICATE},
    {"ranking", W_T_MARKET}, {"rankings", W_T_MARKET}, {"reached", W_PREDICATE},
    {"read", W_NOTCLAIM}, {"reaffirmed", W_REPORT}, {"rebounded", W_T_MARKET},
    {"reckons", W_REPORT}, {"recorded", W_PREDICATE}, {"records", W_UNNAMED},
    {"recovered", W_T_MARKET}, {"regularly", W_AUX}, {"regulation", W_T_POLICY},
    {"regulations", W_T_POLICY}, {"regulator", W_T_POLICY}, {"regulators", W_T_POLICY | W_UNNAMED},
    {"regulatory", W_T_POLICY}, {"rejected", W_PREDICATE}, {"related", W_NOTCLAIM},
    {"release", W_T_TIME}, {"released", W_T_TIME | W_PREDICATE}, {"releases", W_T_TIME},
    {"releasing", W_T_TIME | W_PREDICATE}, {"removed", W_PREDICATE}, {"report", W_DOC},
    {"reported", W_REPORT | W_PASSIVE}, {"reportedly", W_HEDGE}, {"reports", W_REPORT | W_UNNAMED},
    {"requirement", W_T_POLICY}, {"requirements", W_T_POLICY}, {"researcher", W_ROLE},
    {"researchers", W_UNNAMED}, {"restrict", W_T_POLICY}, {"restricted", W_T_POLICY | W_PREDICATE},
    {"restricting", W_T_POLICY}, {"restriction", W_T_POLICY}, {"restrictions", W_T_POLICY},
    {"revealed", W_REPORT | W_PREDICATE}, {"revenue", W_T_MARKET}, {"risen", W_T_MARKET},
    {"rises", W_T_MARKET}, {"rival", W_T_BENCH}, {"rivaled", W_T_BENCH | W_PREDICATE},
    {"rivals", W_T_BENCH}, {"rolled", W_T_TIME | W_PREDICATE}, {"rose", W_T_MARKET | W_PREDICATE},
    {"round", W_T_FUND}, {"rules", W_T_POLICY}, {"rumored", W_PASSIVE}, {"rumoured", W_PASSIVE},
    {"said", W_REPORT | W_PASSIVE}, {"sales", W_T_MARKET}, {"sanction", W_T_POLICY},
    {"sanctions", W_T_POLICY}, {"sank", W_PREDICATE | W_T_MARKET}, {"say", W_REPORT},
    {"saying", W_REPORT}, {"says", W_REPORT}, {"scientist", W_ROLE}, {"scientists", W_ROLE},
    {"score", W_T_BENCH}, {"scored", W_T_BENCH | W_PREDICATE}, {"scores", W_T_BENCH},
    {"scoring", W_T_BENCH}, {"security", W_T_OTHER}, {"seem", W_HEDGE}, {"seemed", W_HEDGE},
    {"seems", W_HEDGE}, {"seen", W_PASSIVE}, {"semiconductor", W_T_HW}, {"semiconductors", W_T_HW},
    {"senate", W_T_POLICY}, {"senator", W_T_POLICY}, {"servers", W_T_HW}, {"serves", W_PREDICATE},
    {"service", W_PRONOUN}, {"share", W_T_MARKET}, {"shareholder", W_T_FUND},
    {"shareholders", W_T_FUND}, {"shares", W_T_MARKET}, {"she", W_PRONOUN | W_PERSONAL},
    {"shipped", W_T_TIME | W_PREDICATE}, {"show", W_REPORT}, {"showed", W_REPORT},
    {"shows", W_REPORT}, {"sign", W_NOTCLAIM}, {"signaled", W_REPORT}, {"signalled", W_REPORT},
    {"signed", W_PREDICATE}, {"slashed", W_PREDICATE}, {"slid", W_T_MARKET | W_PREDICATE},
    {"slumped", W_PREDICATE | W_T_MARKET}, {"smuggled", W_T_POLICY | W_PREDICATE},
    {"smuggling", W_T_POLICY}, {"soared", W_T_MARKET | W_PREDICATE}, {"source", W_UNNAMED},
    {"sources", W_UNNAMED}, {"speculation", W_NOUNCOMP}, {"spend", W_T_FUND},
    {"spending", W_T_FUND}, {"spent", W_T_COST | W_PREDICATE}, {"spokesman", W_ROLE},
    {"spokesperson", W_ROLE}, {"spokeswoman", W_ROLE}, {"staffer", W_ROLE}, {"staffers", W_ROLE},
    {"stake", W_T_FUND}, {"startup", W_PRONOUN}, {"stated", W_REPORT}, {"statement", W_AUX},
    {"states", W_REPORT}, {"stock", W_T_MARKET}, {"stocks", W_T_MARKET}, {"store", W_T_MARKET},
    {"strategist", W_ROLE}, {"strategists", W_UNNAMED}, {"stressed", W_REPORT}, {"study", W_DOC},
    {"subscribe", W_NOTCLAIM}, {"subsidies", W_T_POLICY}, {"subsidise", W_T_POLICY},
    {"subsidize", W_T_POLICY}, {"subsidy", W_T_POLICY}, {"sued", W_PREDICATE},
    {"suggest", W_HEDGE | W_REPORT}, {"suggested", W_HEDGE | W_REPORT},
    {"suggests", W_HEDGE | W_REPORT}, {"suing", W_T_OTHER}, {"supercomputer", W_T_HW},
    {"supercomputers", W_T_HW}, {"supplier", W_ROLE}, {"surged", W_T_MARKET | W_PREDICATE},
    {"surpassed", W_T_BENCH | W_PREDICATE}, {"survey", W_DOC}, {"suspect", W_REPORT},
    {"suspected", W_REPORT}, {"suspended", W_PREDICATE}, {"suspicion", W_NOUNCOMP},
    {"swe-bench", W_T_BENCH}, {"tariff", W_T_POLICY}, {"tariffs", W_T_POLICY},
    {"tells", W_REPORT | W_TELL}, {"tests", W_T_BENCH}, {"their", W_SELF}, {"they", W_PRONOUN},
    {"think", W_REPORT | W_HEDGE}, {"thinks", W_REPORT | W_HEDGE}, {"thought", W_PASSIVE},
    {"tighten", W_T_POLICY}, {"tightened", W_T_POLICY | W_PREDICATE}, {"told", W_REPORT | W_TELL},
    {"topped", W_T_MARKET | W_PREDICATE}, {"tracker", W_DOC}, {"trader", W_ROLE},
    {"traders", W_UNNAMED | W_ROLE}, {"trained", W_PREDICATE}, {"tranche", W_T_FUND},
    {"tripled", W_PREDICATE}, {"tumbled", W_T_MARKET | W_PREDICATE}, {"tweeted", W_REPORT},
    {"unveiled", W_T_TIME | W_PREDICATE}, {"unveils", W_T_TIME | W_PREDICATE}, {"urged", W_REPORT},
    {"user", W_ROLE}, {"users", W_T_MARKET}, {"usually", W_AUX}, {"valuable", W_T_MARKET},
    {"valuation", W_T_FUND}, {"valued", W_T_FUND | W_PREDICATE}, {"venture", W_T_FUND},
    {"voiced", W_REPORT}, {"vouchers", W_T_POLICY}, {"vowed", W_REPORT},
    {"vulnerabilities", W_T_OTHER}, {"vulnerability", W_T_OTHER}, {"wafers", W_T_HW},
    {"warn", W_REPORT}, {"warned", W_REPORT}, {"warning", W_REPORT}, {"warns", W_REPORT},
    {"watch", W_NOTCLAIM}, {"watchdog", W_T_POLICY}, {"we", W_PRONOUN | W_SELF},
    {"wiped", W_T_MARKET | W_PREDICATE}, {"won", W_PREDICATE}, {"worker", W_ROLE},
    {"workers", W_ROLE}, {"worries", W_NOUNCOMP}, {"worry", W_NOUNCOMP | W_REPORT},
    {"worth", W_T_MARKET}, {"writes", W_REPORT}, {"wrote", W_REPORT}, {"yields", W_T_HW},
};

/* For the tests: the binary search needs the table sorted. */
int dsc_claim_lexicon_sorted(void) {
    size_t i;
    for (i = 1; i < sizeof lexicon / sizeof lexicon[0]; i++)
        if (strcmp(lexicon[i - 1].word, lexicon[i].word) >= 0) return 0;
    return 1;
}

/* The lexicon is looked up once per word of every sentence: a hash table
 * over it, built once (pthread_once: the only static data that is
 * written, once, before any read), replaces a binary search. */
#define LEX_SLOTS 4096u              /* a power of two, well above the lexicon's size */
static uint16_t lex_slot[LEX_SLOTS]; /* 1 + index into lexicon; 0: empty */
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static uint32_t lex_hash(const unsigned char *w, size_t n) {
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ w[i]) * 16777619u;
    return h;
}

static void lex_build(void) {
    size_t i, n = sizeof lexicon / sizeof lexicon[0];
    for (i = 0; i < n && i < LEX_SLOTS / 2; i++) {
        const char *w = lexicon[i].word;
        uint32_t h = lex_hash((const unsigned char *)w, strlen(w)) & (LEX_SLOTS - 1);
        while (lex_slot[h]) h = (h + 1) & (LEX_SLOTS - 1);
        lex_slot[h] = (uint16_t)(i + 1);
    }
}

static uint32_t lookup(const char *s, size_t n) {
    unsigned char w[24];
    size_t i;
    uint32_t h;
    if (n == 0 || n >= sizeof w) return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        w[i] = c;
    }
    pthread_once(&lex_once, lex_build);
    for (h = lex_hash(w, n) & (LEX_SLOTS - 1); lex_slot[h]; h = (h + 1) & (LEX_SLOTS - 1)) {
        const char *word = lexicon[lex_slot[h] - 1].word;
        if (memcmp(word, w, n) == 0 && word[n] == '\0') return lexicon[lex_slot[h] - 1].flags;
    }
    return 0;
}

/* ===================================================================== */
/* Sentence reading                                                       */
/* ===================================================================== */

#define MAX_TOKS 400

typedef struct {
    uint32_t start, end;      /* absolute clean offsets */
    uint32_t flags;
    int16_t mention;          /* index into the sentence's mentions, or -1 */
    uint8_t in_quote;         /* inside a quotation */
    uint8_t comma_before;     /* a ',' between the previous token and this */
    uint8_t cap;
} ctok;

typedef struct {
    const dsc_claim_input *in;
    const dsc_sent *s;
    size_t m0, m1;            /* mentions of the sentence: [m0, m1) */
    ctok toks[MAX_TOKS];
    size_t nt;
    uint32_t all;             /* OR of the tokens' flags */
    int has_quote;            /* a quotation with words in it */
    int quote_words;          /* words inside quotations */
    int open_at_end;          /* the sentence ends inside an open quotation */
    int starts_in_quote;
    size_t si;                /* index of the sentence */
    /* the part of the sentence a claim is built from: all of it, or one
     * clause of a sentence carrying two claims */
    size_t t0, t1;            /* tokens */
    uint32_t b0, b1;          /* clean text offsets */
    uint8_t excluded[256];    /* mention i (relative) is not "about" */
    /* the speaker of the latest sentence with a reporting verb, for "she
     * said" and "they said" after a source the text does not name */
    const char *prev_name;
    long prev_entity;
    int prev_person;          /* a person, named or not (not an org) */
    size_t prev_si;
    const uint32_t *msent;    /* the sentence of each mention of the document */
    /* resolve_topic's last answer: the passes over a sentence ask it again
     * for the same word */
    uint32_t topic_limit;
    const dsc_claim_mention *topic_out;
} reading;

/* Is token i the word w (ASCII case-insensitive)? Called hundreds of
 * times a sentence with literal words, so a macro passes the literal's
 * length and most calls end at the length or first-letter test. */
static int tok_is_n(const reading *r, size_t i, const char *w, size_t n) {
    const ctok *t = &r->toks[i];
    const char *s = r->in->text + t->start;
    size_t k;
    if (t->end - t->start != n) return 0;
    for (k = 0; k < n; k++) {
        int a = (unsigned char)s[k], b = (unsigned char)w[k];
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b) return 0;
    }
    return 1;
}
#define tok_is(r, i, w) tok_is_n((r), (i), ("" w ""), sizeof(w) - 1)   /* w: a string literal */

/* Reads words, marks quotation spans and attaches mentions to tokens. */
static void read_sentence(reading *r, int in_quote) {
    const char *t = r->in->text;
    size_t i = r->s->start, e = r->s->end, mi = r->m0;
    int comma = 0, quote = in_quote, words_in_quote = 0, opened_here = 0;
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
        if (!dsc_word_char_at(t, e, i)) {
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
            size_t l = 1;
            if (dsc_word_char_at(t, e, j)) {
                if ((unsigned char)t[j] >= 0x80) dsc_utf8_at(t, e, j, &l);
                j += l;
            } else if ((t[j] == '-' || t[j] == '\'' || t[j] == '.') && dsc_word_char_at(t, e, j + 1)) {
                j++;
            } else break;
        }
        if (r->nt < MAX_TOKS) {
            ctok *k = &r->toks[r->nt++];
            size_t wlen = j - i;
            if (wlen > 2 && t[j - 2] == '\'' && t[j - 1] == 's') wlen -= 2;
            k->start = (uint32_t)i; k->end = (uint32_t)(i + wlen);
            k->flags = lookup(t + i, wlen);
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

static const dsc_claim_mention *mention(const reading *r, int rel) {
    return &r->in->mentions[r->m0 + (size_t)rel];
}

/* ===================================================================== */
/* Claimant                                                               */
/* ===================================================================== */

typedef struct {
    const char *name;         /* canonical, description, "article" or NULL */
    int mention;              /* relative mention index of the claimant, or -1 */
    long entity;              /* document entity of the claimant, or -1 */
    size_t verb;              /* token index of the reporting verb, or nt */
    int passive;
    int self;                 /* the claim is about the claimant ("X's engineers said") */
} attribution;

/* An unnamed source written from token i on ("people familiar with ..."). */
static const char *unnamed(const reading *r, size_t i) {
    size_t k;
    /* "one of those people", "some of the analysts" */
    for (k = i; k + 1 < r->nt && k < i + 3 && (tok_is(r, k, "one") || tok_is(r, k, "some") ||
         tok_is(r, k, "two") || tok_is(r, k, "of") || tok_is(r, k, "those") || tok_is(r, k, "the") ||
         tok_is(r, k, "these")); k++) {}
    if (k != i && (r->toks[k].flags & W_UNNAMED)) i = k;
    for (k = i; k < r->nt && k < i + 6; k++) {
        if (tok_is(r, k, "familiar") || tok_is(r, k, "knowledge")) return "people familiar with the matter";
    }
    if (tok_is(r, i, "analysts") || tok_is(r, i, "analyst")) return "analysts";
    if (tok_is(r, i, "experts")) return "experts";
    if (tok_is(r, i, "observers")) return "observers";
    if (tok_is(r, i, "officials")) return "officials";
    if (tok_is(r, i, "investors")) return "investors";
    if (tok_is(r, i, "critics")) return "critics";
    if (tok_is(r, i, "researchers")) return "researchers";
    if (tok_is(r, i, "executives")) return "executives";
    if (tok_is(r, i, "people") || tok_is(r, i, "person")) {
        /* "one of the people said" after "people familiar with the matter" */
        const char *t = r->in->text;
        size_t from = r->s->start > 2000 ? r->s->start - 2000 : 0, j;
        if (i > 0 && (tok_is(r, i - 1, "the") || tok_is(r, i - 1, "those") || tok_is(r, i - 1, "these")))
            for (j = from; j + 13 <= r->s->start; j++)
                if (memcmp(t + j, "familiar with", 13) == 0) return "people familiar with the matter";
        return "unnamed source";
    }
    if (tok_is(r, i, "insiders") && i > 0 && tok_is(r, i - 1, "industry")) return "industry insiders";
    if (tok_is(r, i, "sources") || tok_is(r, i, "source") || tok_is(r, i, "insiders"))
        return "unnamed source";
    if (tok_is(r, i, "lawmakers") || tok_is(r, i, "legislators")) return "lawmakers";
    if (tok_is(r, i, "records")) return "official information";   /* "corporate records show" */
    if (tok_is(r, i, "lawyers")) return "lawyers";
    if (tok_is(r, i, "economists")) return "economists";
    if (tok_is(r, i, "strategists")) return "strategists";
    if (tok_is(r, i, "regulators")) return "regulators";
    if (tok_is(r, i, "authorities")) return "authorities";
    if (tok_is(r, i, "traders")) return "traders";
    if (tok_is(r, i, "reports") || tok_is(r, i, "media")) return "media reports";
    if (tok_is(r, i, "official") && i + 1 < r->nt && tok_is(r, i + 1, "information"))
        return "official information";
    return NULL;
}

/* The mention a pronoun subject refers to. "He" and "she": the latest
 * person named before. "It", "the company", "the report": the org the
 * text is about, that is the first org of the latest sentence naming one
 * (in this sentence, before the pronoun). */
static int resolve_pronoun_skip(const reading *r, size_t i, int personal, long skip,
                                const dsc_claim_mention **out);

static int resolve_pronoun(const reading *r, size_t i, int personal, const dsc_claim_mention **out) {
    return resolve_pronoun_skip(r, i, personal, -1, out);
}

/* As resolve_pronoun, never resolving to the entity skip. */
static int resolve_pronoun_skip(const reading *r, size_t i, int personal, long skip,
                                const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    uint32_t limit = r->toks[i].start;
    size_t k = r->m1;
    *out = NULL;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit || mn->outlet || (long)mn->entity == skip) continue;
        if (limit - mn->start > 3000) break;
        if (personal) {
            if (mn->kind == DSC_PERSON) { *out = mn; return 1; }
            continue;
        }
        if (mn->kind != DSC_ORG) continue;
        /* walk back to the first org of the sentence holding this one */
        {
            size_t si = r->si;
            const dsc_claim_mention *best = mn;
            while (si > 0 && in->sents[si].start > mn->start) si--;
            while (k-- > 0 && in->mentions[k].start >= in->sents[si].start) {
                const dsc_claim_mention *o = &in->mentions[k];
                if (o->kind == DSC_ORG && !o->outlet && (long)o->entity != skip) best = o;
            }
            *out = best;
            return 1;
        }
    }
    return 0;
}

/* Does a model or product named `model` belong to org `org` by name
 * ("DeepSeek-R1" and "DeepSeek", "OpenAI o1" and "OpenAI")? */
static int owned_by(const char *model, const char *org) {
    size_t n = strlen(org);
    return strncmp(model, org, n) == 0 && (model[n] == '-' || model[n] == ' ');
}

/* ASCII case-insensitive comparison of n bytes: 0 when equal. */
static int strncasecmp_ascii(const char *a, const char *b, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return x - y;
    }
    return 0;
}

/* The first mention of sentence si, or (size_t)-1. */
static size_t first_in_sentence(const dsc_claim_input *in, size_t si) {
    size_t lo = 0, hi = in->n_mentions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start < in->sents[si].start) lo = mid + 1; else hi = mid;
    }
    return lo < in->n_mentions && in->mentions[lo].start < in->sents[si].end ? lo : (size_t)-1;
}

/* "the paper says", "the same note said": the author of that document,
 * the subject of the sentence that introduced it ("DeepSeek published a
 * paper", "SemiAnalysis said in a note"). */
static int doc_author(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const ctok *t = &r->toks[i];
    size_t len = t->end - t->start, si = r->si, j;
    while (si-- > 0 && r->si - si <= 8) {
        const dsc_sent *s = &in->sents[si];
        for (j = s->start; j + len <= s->end; j++) {
            size_t k;
            if (j > s->start && dsc_word_char_at(in->text, s->end, j - 1)) continue;
            if (j + len < s->end && dsc_word_char_at(in->text, s->end, j + len)) continue;
            if (strncasecmp_ascii(in->text + j, in->text + t->start, len)) continue;
            /* "according to the paper" refers back too: keep looking for
             * where the document was introduced ("published a paper") */
            if (j >= s->start + 4 && strncasecmp_ascii(in->text + j - 4, "the ", 4) == 0) continue;
            if (j >= s->start + 5 && strncasecmp_ascii(in->text + j - 5, "same ", 5) == 0) continue;
            k = first_in_sentence(in, si);
            for (; k != (size_t)-1 && k < in->n_mentions && in->mentions[k].start < s->end; k++) {
                const dsc_claim_mention *m = &in->mentions[k];
                if (!m->outlet && (m->kind == DSC_ORG || m->kind == DSC_PERSON)) { *out = m; return 1; }
            }
            return 0;
        }
    }
    return 0;
}

/* Are mentions a and b in the same sentence? (r->msent holds the
 * sentence of every mention, computed once per document.) */
static int same_sentence(const reading *r, size_t a, size_t b) {
    return r->msent[a] == r->msent[b];
}

/* "It said", "the company said": the org the story is about. The orgs
 * named before weigh by how often they, or models bearing their name,
 * were named, more as the first name of a sentence (its subject, as a
 * rule) and in the last two sentences; ties go to the latest. */
static int resolve_topic_uncached(const reading *r, size_t i, const dsc_claim_mention **out);

static int resolve_topic(reading *r, size_t i, const dsc_claim_mention **out) {
    if (r->topic_limit != r->toks[i].start) {
        r->topic_limit = r->toks[i].start;
        if (!resolve_topic_uncached(r, i, &r->topic_out)) r->topic_out = NULL;
    }
    *out = r->topic_out;
    return *out != NULL;
}

static int resolve_topic_uncached(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    struct { const dsc_claim_mention *m; int score; uint32_t entity; size_t len; } cand[32];
    size_t nc = 0, k, c, recent_from = r->si >= 2 ? r->si - 2 : 0;
    uint32_t limit = r->toks[i].start;
    size_t from = 0, lo, hi;
    int best = -1;
    /* the story around the pronoun: the mentions of the last 6000 bytes
     * (a news article's worth), so a long document stays linear */
    lo = 0; hi = r->m1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start + 6000 < limit) lo = mid + 1; else hi = mid;
    }
    from = lo;
    for (k = from; k < r->m1; k++) {                   /* the orgs */
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit) break;
        if (mn->outlet || mn->kind != DSC_ORG) continue;
        for (c = 0; c < nc; c++) if (cand[c].m->entity == mn->entity) break;
        if (c == nc) {
            if (nc == sizeof cand / sizeof cand[0]) continue;
            cand[nc].score = 0; cand[nc].entity = mn->entity; cand[nc].len = strlen(mn->name); nc++;
        }
        cand[c].m = mn;
    }
    for (k = from; k < r->m1; k++) {                   /* their weight */
        const dsc_claim_mention *mn = &in->mentions[k];
        int w;
        if (mn->start >= limit) break;
        w = mn->start >= in->sents[recent_from].start ? 2 : 1;
        if (k == from || !same_sentence(r, k - 1, k)) w += 2;    /* a sentence's subject */
        if (mn->start >= r->s->start) w += 4;                     /* named in this sentence */
        if (mn->kind == DSC_MODEL || mn->kind == DSC_PRODUCT || mn->kind == DSC_CHIP) {
            /* a model counts for its maker ("DeepSeek-R1" for DeepSeek) */
            for (c = 0; c < nc; c++) {
                const char *o = cand[c].m->name;
                size_t n = cand[c].len;
                if (mn->name[0] == o[0] && strncmp(mn->name, o, n) == 0 &&
                    (mn->name[n] == '-' || mn->name[n] == ' '))
                    cand[c].score += w;
            }
        } else {
            for (c = 0; c < nc; c++)
                if (cand[c].entity == mn->entity) { cand[c].score += w; break; }
        }
    }
    *out = NULL;
    for (c = 0; c < nc; c++)
        if (cand[c].score > best || (cand[c].score == best && cand[c].m->start > (*out)->start)) {
            best = cand[c].score; *out = cand[c].m;
        }
    return *out != NULL;
}

/* "the commission said", "the panel's top Democrat": the org named before
 * whose name holds that noun as a word ("Personal Information Protection
 * Commission"). Searches the last 4000 bytes; the latest wins. */
static int head_noun_org(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const ctok *t = &r->toks[i];
    size_t len = t->end - t->start, k = r->m1;
    uint32_t limit = t->start;
    if (len < 4 || t->cap || t->mention >= 0) return 0;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        size_t nl, j;
        if (mn->start >= limit) continue;
        if (limit - mn->start > 4000) break;
        if (mn->kind != DSC_ORG || mn->outlet) continue;
        nl = strlen(mn->name);
        for (j = 0; j + len <= nl; j++) {
            if (j > 0 && mn->name[j - 1] != ' ') continue;
            if (j + len < nl && mn->name[j + len] != ' ') continue;
            if (strncasecmp_ascii(mn->name + j, in->text + t->start, len) == 0) { *out = mn; return 1; }
        }
    }
    return 0;
}

/* Is token i followed by a possessive 's? */
static int possessive_after(const reading *r, size_t i) {
    const char *t = r->in->text;
    size_t e = r->toks[i].end;
    if (e + 1 < r->s->end && t[e] == '\'' && t[e + 1] == 's') return 1;
    return e + 3 < r->s->end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
           (unsigned char)t[e + 2] == 0x99 && t[e + 3] == 's';
}

/* The maker of a model or product named by mention rel, when an org of
 * the document bears its name ("DeepSeek-R1" -> "DeepSeek"); else the
 * mention itself. */
static const dsc_claim_mention *maker(const reading *r, int rel) {
    const dsc_claim_mention *m = mention(r, rel);
    size_t k;
    if (m->kind == DSC_ORG || m->kind == DSC_PERSON) return m;
    for (k = 0; k < r->in->n_mentions; k++) {
        const dsc_claim_mention *o = &r->in->mentions[k];
        if (o->kind == DSC_ORG && owned_by(m->name, o->name)) return o;
    }
    return m;
}

/* The org that opens this sentence before token i (a model counts for
 * its maker): what "it" refers to inside the same sentence. */
static int own_subject(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k;
    for (k = 0; k < i && k < 4; k++) {
        if (r->toks[k].mention < 0) continue;
        *out = maker(r, r->toks[k].mention);
        return (*out)->kind == DSC_ORG && !(*out)->outlet;
    }
    return 0;
}

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, said"). */
static size_t dateline_end(const reading *r);

/* Adverbs and auxiliaries that may stand between a subject and its verb. */
static int verb_modifier(const reading *r, size_t k) {
    return (r->toks[k].flags & (W_AUX | W_HEDGE)) || tok_is(r, k, "not") || tok_is(r, k, "publicly") ||
           tok_is(r, k, "repeatedly") || tok_is(r, k, "separately") || tok_is(r, k, "then") ||
           tok_is(r, k, "now") || tok_is(r, k, "later") || tok_is(r, k, "once") || tok_is(r, k, "recently") ||
           tok_is(r, k, "reportedly") || tok_is(r, k, "allegedly") || tok_is(r, k, "itself") ||
           tok_is(r, k, "himself") || tok_is(r, k, "herself") || tok_is(r, k, "themselves") ||
           tok_is(r, k, "privately") || tok_is(r, k, "openly") || tok_is(r, k, "first");
}

/* "sources at OpenAI", "one engineer at a U.S. lab", "analysts at
 * Bernstein": the token at k (a mention or a noun) follows "at X" after a
 * people noun. Firms speak through their analysts and researchers; a
 * source inside a company stays unnamed. Returns 1 and fills a. */
static int unnamed_at(reading *r, size_t k, attribution *a) {
    size_t j = k, steps = 0;
    while (j > 0 && steps < 4) {
        j--; steps++;
        if (tok_is(r, j, "at") || tok_is(r, j, "from") || tok_is(r, j, "inside") || tok_is(r, j, "within")) break;
        if (r->toks[j].comma_before) return 0;
    }
    if (!(tok_is(r, j, "at") || tok_is(r, j, "from") || tok_is(r, j, "inside") || tok_is(r, j, "within")) || j == 0)
        return 0;
    j--;
    if (!(r->toks[j].flags & W_UNNAMED) && !(r->toks[j].flags & W_ROLE)) return 0;
    if ((tok_is(r, j, "analysts") || tok_is(r, j, "researchers") || tok_is(r, j, "economists") ||
         tok_is(r, j, "strategists") || tok_is(r, j, "analyst")) && r->toks[k].mention >= 0) {
        a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
        return 1;
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
    for (k = 0; k < v; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) continue;
        if (t->mention >= 0) {
            const dsc_claim_mention *m = mention(r, t->mention);
            if (m->outlet || (m->kind != DSC_ORG && m->kind != DSC_PERSON)) continue;
            if (m->start < dateline_end(r)) continue;
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
    while (k < r->nt && r->toks[k].start < dateline_end(r)) k++;
    if (k >= r->nt || !(tok_is(r, k, "a") || tok_is(r, k, "an") || tok_is(r, k, "one") ||
                        tok_is(r, k, "another")))
        return r->nt;
    for (j = k + 1; j < r->nt && j <= k + 5; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || t->comma_before) return r->nt;
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PERSON) return r->nt;
        if (tok_is(r, j, "of")) return r->nt;                 /* "one of the people" */
        if (t->flags & W_ROLE) {
            if (tok_is(r, j, "spokesperson") || tok_is(r, j, "spokesman") || tok_is(r, j, "spokeswoman") ||
                tok_is(r, j, "representative"))
                return r->nt;
            /* "an Alibaba executive denied": the company speaks (a former one does not) */
            if (r->toks[j - 1].mention >= 0 && mention(r, r->toks[j - 1].mention)->kind == DSC_ORG &&
                !(j >= 2 && tok_is(r, j - 2, "former")))
                return r->nt;
            return j;
        }
    }
    return r->nt;
}

/* The description of the unnamed person at token k ("official",
 * "unnamed source"). */
static const char *indefinite_name(const reading *r, size_t k) {
    if (tok_is(r, k, "official")) return "official";
    if (tok_is(r, k, "analyst")) return "analysts";
    if (tok_is(r, k, "expert")) return "experts";
    return "unnamed source";
}

/* The org the previous sentence opens with ("Shanghai-based MiniMax
 * open-sourced ..."): its first mention, within its first four words and
 * not after a preposition. */
static int prev_subject(const reading *r, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const dsc_sent *p;
    size_t k, words = 0, i;
    if (r->si == 0 || r->m0 == 0) return 0;
    p = &in->sents[r->si - 1];
    for (k = r->m0; k-- > 0;) if (in->mentions[k].start < p->start) break;
    k++;                                          /* its first mention */
    for (; k < r->m0; k++) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->kind == DSC_PLACE) continue;      /* "Shanghai-based" */
        if (mn->kind != DSC_ORG || mn->outlet) return 0;
        for (i = p->start; i < mn->start; i++)
            if (in->text[i] == ' ' && ++words > 3) return 0;
        for (i = mn->start; i > p->start + 3; i--)
            if (in->text[i - 1] == ' ') break;
        if (i >= p->start + 3 && (strncasecmp_ascii(in->text + i - 3, "at ", 3) == 0 ||
                                  strncasecmp_ascii(in->text + i - 3, "of ", 3) == 0))
            return 0;
        *out = mn;
        return 1;
    }
    return 0;
}

/* The first token of a list of places ending with the place that starts
 * at token j: "France, Ireland, the Netherlands and Belgium". */
static size_t place_list_start(const reading *r, size_t j) {
    size_t start = j;
    while (j > 0) {
        size_t x = j;
        int pm;
        if (x > 0 && tok_is(r, x - 1, "the")) x--;
        if (x > 0 && tok_is(r, x - 1, "and")) x--;
        else if (!r->toks[x].comma_before) break;
        if (x > 0 && tok_is(r, x - 1, "the") && x > 1 && r->toks[x - 2].mention >= 0) x--;
        if (x == 0 || r->toks[x - 1].mention < 0 || mention(r, r->toks[x - 1].mention)->kind != DSC_PLACE) break;
        pm = r->toks[x - 1].mention;
        x--;
        while (x > 0 && r->toks[x - 1].mention == pm) x--;
        if (x > 0 && tok_is(r, x - 1, "the")) x--;
        j = start = x;
    }
    return start;
}

/* Is a person named between the previous speaker's sentence and token i? */
static int person_between(const reading *r, size_t i) {
    size_t k;
    uint32_t from = (uint32_t)r->in->sents[r->prev_si].start;
    for (k = r->m1; k-- > 0;) {
        const dsc_claim_mention *mn = &r->in->mentions[k];
        if (mn->start >= r->toks[i].start) continue;
        if (mn->start < from) break;
        if (mn->kind == DSC_PERSON) return 1;
    }
    return 0;
}

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, has said"). */
static int subject_before(reading *r, size_t v, attribution *a) {
    size_t k = v, steps = 0, g = v;
    int depth = 0;
    if (v == 0) return 0;
    /* "people familiar with the matter said", "sources close to X said" */
    for (k = v; k-- > 0 && v - k <= 8;) {
        if (r->toks[k].in_quote) break;
        if (tok_is(r, k, "familiar") || tok_is(r, k, "knowledge") ||
            (tok_is(r, k, "close") && k > 0 && (r->toks[k - 1].flags & W_UNNAMED))) {
            size_t j = k;
            while (j > 0 && v - j < 10 && !(r->toks[j].flags & (W_UNNAMED | W_ROLE))) j--;
            if (r->toks[j].flags & (W_UNNAMED | W_ROLE)) {
                a->name = "people familiar with the matter"; a->mention = -1;
                return 1;
            }
        }
    }
    /* the verb group: "has also said" */
    while (g > 0 && verb_modifier(r, g - 1) && !r->toks[g].comma_before) g--;
    /* a coordinated verb: "X released a model and said it ..." */
    if (g > 0 && (tok_is(r, g - 1, "and") || tok_is(r, g - 1, "but")) && !r->toks[g - 1].in_quote)
        return sentence_subject(r, g - 1, a);
    k = g;
    /* "Daniel Reyes, a former Commerce Department official, who said ...":
     * the person the relative pronoun follows */
    if (g > 1 && tok_is(r, g - 1, "who") && r->toks[g - 1].comma_before) {
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
            if (r->toks[w].in_quote || (r->toks[w].flags & W_REPORT)) break;
            if ((tok_is(r, w, "which") || tok_is(r, w, "who")) && r->toks[w].comma_before &&
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
            if (tok_is(r, j, "known") && tok_is(r, j + 1, "as")) {
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
        if (t->mention >= 0) {
            if (unnamed_at(r, k, a)) return 1;
            /* "a small lab in China says": China only modifies the subject;
             * so does a list, "regulators in France, Ireland and Belgium" */
            {
                size_t j = k;
                while (j > 0 && r->toks[j - 1].mention == t->mention) j--;
                if (mention(r, t->mention)->kind == DSC_PLACE) j = place_list_start(r, j);
                /* "a spokesperson for Nvidia said": the company speaks */
                if (j > 1 && tok_is(r, j - 1, "for") &&
                    (tok_is(r, j - 2, "spokesperson") || tok_is(r, j - 2, "spokesman") ||
                     tok_is(r, j - 2, "spokeswoman") || tok_is(r, j - 2, "representative")) &&
                    mention(r, t->mention)->kind == DSC_ORG) {
                    a->mention = t->mention; a->name = mention(r, t->mention)->name;
                    return 1;
                }
                if (j > 0 && (tok_is(r, j - 1, "in") || tok_is(r, j - 1, "from") || tok_is(r, j - 1, "of") ||
                              tok_is(r, j - 1, "on") || tok_is(r, j - 1, "at") || tok_is(r, j - 1, "about") ||
                              tok_is(r, j - 1, "near") || tok_is(r, j - 1, "across") || tok_is(r, j - 1, "for") ||
                              tok_is(r, j - 1, "with") || tok_is(r, j - 1, "outside")) &&
                    !r->toks[j].comma_before) {
                    /* ... unless a document stands before it: "data from X showed" */
                    if (!(j > 1 && ((r->toks[j - 2].flags & W_DOC) || tok_is(r, j - 2, "data") ||
                                    tok_is(r, j - 2, "figures") || tok_is(r, j - 2, "estimates") ||
                                    tok_is(r, j - 2, "numbers")))) {
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
        if ((t->flags & W_UNNAMED) && k > 0 && tok_is(r, k - 1, "the") &&
            !(tok_is(r, k, "people") || tok_is(r, k, "person") || tok_is(r, k, "sources") ||
              tok_is(r, k, "source"))) {
            /* "the researchers said": the ones named before ("researchers at Wiz");
             * "the people said" stays unnamed (unnamed() looks back for them) */
            const dsc_claim_mention *m;
            if (doc_author(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (t->flags & W_UNNAMED) {
            /* "Citi analysts said", "Bernstein analysts wrote" */
            if (k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
                mention(r, r->toks[k - 1].mention)->kind == DSC_ORG) {
                a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
            /* "officials and industry executives said": the first named group */
            {
                size_t j = k;
                while (j > 0 && k - j < 4 && !tok_is(r, j - 1, "and")) j--;
                if (j > 1 && tok_is(r, j - 1, "and") && (r->toks[j - 2].flags & W_UNNAMED)) k = j - 2;
            }
            a->name = unnamed(r, k); a->mention = -1;
            return a->name != NULL;
        }
        if ((t->flags & W_ROLE) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_ORG &&
            !(k > 1 && tok_is(r, k - 2, "former"))) {
            /* "an Alibaba executive denied": the company speaks */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (t->flags & W_ROLE) {
            /* "one engineer at a U.S. lab", "a senior engineer at ..." */
            if (k + 1 < v && tok_is(r, k + 1, "at")) { a->name = "unnamed source"; a->mention = -1; return 1; }
        }
        if ((t->flags & W_PRONOUN) && !(t->flags & W_SELF && !(t->flags & W_PRONOUN))) {
            const dsc_claim_mention *m;
            int personal = (t->flags & W_PERSONAL) != 0;
            /* "we think", "we estimate" outside quotes: the writer's own voice
             * (newsletters and notes speak as "we") */
            if (tok_is(r, k, "we") && !t->in_quote) { a->name = "article"; a->mention = -1; a->entity = -1; return 1; }
            if (unnamed_at(r, k, a)) return 1;
            /* "X priced its model ..., which it said was cheaper", "Huawei
             * opened a beta ..., the company said": "it", "they" and "the
             * company" take the subject of their own sentence when it has one */
            if (!personal && (tok_is(r, k, "it") || tok_is(r, k, "they") || k > 2) && own_subject(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "MiniMax open-sourced its models. The company said ...": the
             * company the last sentence opened with */
            if (!personal && k <= 1 && prev_subject(r, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "A former researcher ... said ..." / "she said": the person
             * the text did not name; "Researchers at Foo said ..." / "They
             * said": the same source */
            if (r->prev_name && r->prev_si + 3 > r->si &&
                ((personal && r->prev_person && r->prev_entity < 0 && !person_between(r, k)) ||
                 (!personal && tok_is(r, k, "they") && r->prev_si + 2 > r->si))) {
                a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
                return 1;
            }
            if (personal ? resolve_pronoun(r, k, 1, &m) : resolve_topic(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (t->flags & W_DOC) {
            /* "the report says": its author, the last org named before */
            const dsc_claim_mention *m;
            {
                /* "DeepSeek's report", "DeepSeek's own paper", "R1's paper" (its
                 * maker), "DeepSeek's own V3 paper" (the model only names it) */
                size_t j = k;
                while (j > 0 && k - j < 4 && !r->toks[j].comma_before &&
                       (r->toks[j - 1].mention < 0 ||
                        (mention(r, r->toks[j - 1].mention)->kind == DSC_MODEL && !possessive_after(r, j - 1))))
                    j--;
                if (j > 0 && r->toks[j - 1].mention >= 0 && possessive_after(r, j - 1)) {
                    const dsc_claim_mention *owner = maker(r, r->toks[j - 1].mention);
                    size_t x;
                    a->name = owner->name; a->entity = (long)owner->entity;
                    a->mention = owner == mention(r, r->toks[j - 1].mention) ? r->toks[j - 1].mention : -1;
                    /* "DeepSeek's own privacy policy", "DeepSeek's paper": what a
                     * company writes of its own work concerns it; an analyst's
                     * note is about others */
                    for (x = j; x <= k; x++)
                        if (tok_is(r, x, "own")) a->self = 1;
                    if (tok_is(r, k, "paper") || tok_is(r, k, "policy") || tok_is(r, k, "filing"))
                        a->self = 1;
                    return 1;
                }
            }
            size_t j = k;
            int definite = k > 0 && (tok_is(r, k - 1, "the") || tok_is(r, k - 1, "its"));
            /* "The company's privacy policy states" */
            while (j > 0 && k - j < 3 && !definite) {
                j--;
                if ((r->toks[j].flags & W_PRONOUN) && possessive_after(r, j)) definite = 1;
            }
            if (doc_author(r, k, &m) || (definite && resolve_topic(r, k, &m))) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (!t->cap && k > 0 && tok_is(r, k - 1, "the") && !(t->flags & W_PRONOUN)) {
            /* "the commission said": the Personal Information Protection Commission */
            const dsc_claim_mention *m;
            if (head_noun_org(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (!t->cap && k > 0 && r->toks[k - 1].mention >= 0 && possessive_after(r, k - 1)) {
            /* "DeepSeek's engineers wrote": about DeepSeek's own work */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            a->self = 1;
            return 1;
        }
        /* "the Longgang District government said": the place speaks */
        if ((tok_is(r, k, "government") || tok_is(r, k, "authorities")) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE && !r->toks[k].comma_before) {
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        /* ", one European official said": a person the text does not name */
        if (t->flags & W_ROLE) {
            size_t x = k;
            while (x > 0 && k - x < 3 && !r->toks[x].comma_before && r->toks[x - 1].mention < 0) {
                x--;
                if (tok_is(r, x, "a") || tok_is(r, x, "an") || tok_is(r, x, "one") || tok_is(r, x, "another")) {
                    a->name = indefinite_name(r, k); a->mention = -1; a->entity = -1;
                    return 1;
                }
            }
        }
        /* "analysts we speak to regularly expect": a contact clause */
        if (tok_is(r, k, "to") && k >= 2 && (tok_is(r, k - 2, "we") || tok_is(r, k - 2, "they") ||
                                             tok_is(r, k - 2, "i"))) {
            k -= 2;
            continue;
        }
        if (t->comma_before && !depth) return 0;
        if (verb_modifier(r, k)) continue;
        if (t->cap) continue;                     /* Monday, Friday */
        if (tok_is(r, k, "on") || tok_is(r, k, "in") || tok_is(r, k, "a") || tok_is(r, k, "the") ||
            tok_is(r, k, "last") || tok_is(r, k, "this") || tok_is(r, k, "week") ||
            tok_is(r, k, "spokesperson") || tok_is(r, k, "spokesman") ||
            tok_is(r, k, "spokeswoman") || tok_is(r, k, "representative"))
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
    if (v > 0 && !r->toks[v].comma_before && !r->toks[v - 1].in_quote && !tok_is(r, v - 1, "also"))
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
        if (t->flags & W_UNNAMED) { a->name = unnamed(r, k); a->mention = -1; return a->name != NULL; }
        if (t->comma_before && first >= 0) break;
        if (!t->cap && first >= 0) break;
        if (!t->cap && !(tok_is(r, k, "the") || tok_is(r, k, "a") || tok_is(r, k, "an")) && k > v + 1) break;
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
    if (r->toks[k].cap && !(tok_is(r, k, "CEO") || tok_is(r, k, "CTO") || tok_is(r, k, "CFO") ||
                            tok_is(r, k, "A") || tok_is(r, k, "An") || tok_is(r, k, "The")))
        return;
    for (; k < r->nt && k < start + 12; k++) {
        if (r->toks[k].flags & W_REPORT) return;
        if (r->toks[k].mention >= 0 && r->toks[k].mention != claimant) r->excluded[r->toks[k].mention] = 1;
        if (k + 1 < r->nt && r->toks[k + 1].comma_before) return;
    }
}

/* "told Reuters", "told CNBC": the outlet only relays. */
static void exclude_told(reading *r) {
    size_t i, k;
    for (i = 0; i + 1 < r->nt; i++) {
        if (!(r->toks[i].flags & W_TELL)) continue;
        /* "told Reuters", "told the Chinese outlet 36Kr" */
        for (k = i + 1; k < r->nt && k <= i + 5; k++) {
            if (k > i + 1 && r->toks[k].comma_before) break;
            /* "told us DeepSeek took delivery": the listener came first */
            if (tok_is(r, k, "us") || tok_is(r, k, "me") || tok_is(r, k, "reporters") ||
                tok_is(r, k, "investors") || tok_is(r, k, "analysts") || tok_is(r, k, "lawmakers"))
                break;
            if (r->toks[k].mention >= 0) { r->excluded[r->toks[k].mention] = 1; break; }
            if (tok_is(r, k, "that") || (r->toks[k].flags & W_PRONOUN)) break;
        }
    }
}

static void find_attribution_in(reading *r, attribution *a);

static void find_attribution(reading *r, attribution *a) {
    size_t i;
    a->name = "article"; a->mention = -1; a->entity = -1; a->verb = r->nt; a->passive = 0; a->self = 0;
    find_attribution_in(r, a);
    if (a->mention >= 0) a->entity = (long)mention(r, a->mention)->entity;
    /* "One Meta researcher, who spoke on condition of anonymity, said" */
    if (!(a->mention >= 0 && mention(r, a->mention)->kind == DSC_PERSON) && (r->all & W_REPORT))
        for (i = 0; i < r->nt; i++)
            if (!r->toks[i].in_quote && (tok_is(r, i, "anonymity") || tok_is(r, i, "anonymous"))) {
                size_t v;
                for (v = i + 1; v < r->nt; v++)
                    if ((r->toks[v].flags & W_REPORT) && !r->toks[v].in_quote) break;
                if (v == r->nt) break;
                a->name = "unnamed source"; a->mention = -1; a->entity = -1;
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
    int indefinite = k < r->nt && (tok_is(r, k, "a") || tok_is(r, k, "an"));
    while (k < r->nt && (tok_is(r, k, "the") || tok_is(r, k, "a") || tok_is(r, k, "an") ||
                         tok_is(r, k, "two") || tok_is(r, k, "three") || tok_is(r, k, "several")))
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
        if (!(r->toks[j].flags & W_DOC)) continue;
        if (j + 1 < r->nt && r->toks[j + 1].mention >= 0 && !r->toks[j + 1].comma_before) {
            a->mention = r->toks[j + 1].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        if (j + 2 < r->nt && (tok_is(r, j + 1, "by") || tok_is(r, j + 1, "from")) &&
            r->toks[j + 2].mention >= 0) {
            a->mention = r->toks[j + 2].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        {
            /* an indefinite document ("a report", "a filing with the securities
             * regulator") is not one the story is about, unless a clause
             * names its author ("a technical report the lab published") */
            size_t x;
            int author = 0;
            for (x = j + 1; x < r->nt && x <= j + 2; x++) {
                if (tok_is(r, x, "with") || tok_is(r, x, "to") || tok_is(r, x, "at") || tok_is(r, x, "on"))
                    break;
                if (r->toks[x].mention >= 0 || (r->toks[x].flags & W_PRONOUN)) author = 1;
            }
            if (indefinite && !author) {
                a->name = tok_is(r, j, "filing") ? "official information" :
                          tok_is(r, j, "report") ? "media reports" : "unnamed source";
                a->verb = v;
                return 1;
            }
        }
        if (doc_author(r, j, &m) || resolve_topic(r, j, &m)) {
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
        if (tok_is(r, j, "registration") || tok_is(r, j, "regulatory") || tok_is(r, j, "government")) {
            a->name = "official information"; a->verb = v;
            return 1;
        }
    /* "according to a property consultancy we spoke to": someone the text
     * does not name */
    if (indefinite) { a->name = "unnamed source"; a->verb = v; return 1; }
    /* up to three lowercase words, as written: "company filings" */
    for (start = k, j = k; j < r->nt && j < start + 3; j++) {
        if (r->toks[j].cap || (j > start && r->toks[j].comma_before) || r->toks[j].mention >= 0) break;
        if (tok_is(r, j, "we") || tok_is(r, j, "they") || tok_is(r, j, "it") || tok_is(r, j, "he") ||
            tok_is(r, j, "she") || tok_is(r, j, "i"))
            break;                                     /* "a consultancy we spoke to" */
        if (tok_is(r, j, "that") || tok_is(r, j, "which") || tok_is(r, j, "who") || tok_is(r, j, "and") ||
            tok_is(r, j, "or") || tok_is(r, j, "from") || tok_is(r, j, "by") || tok_is(r, j, "of") ||
            tok_is(r, j, "in") || tok_is(r, j, "on") || tok_is(r, j, "for") || tok_is(r, j, "with"))
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
    return tok_is(r, i, "was") || tok_is(r, i, "were") || tok_is(r, i, "is") || tok_is(r, i, "are") ||
           tok_is(r, i, "been") || tok_is(r, i, "be");
}

/* Verbs of saying, preferred to verbs of thinking or expecting when a
 * sentence has both ("Meta expects ..., Zuckerberg said"). */
static int saying(const reading *r, size_t i) {
    return tok_is(r, i, "said") || tok_is(r, i, "says") || tok_is(r, i, "told") || tok_is(r, i, "tells") ||
           tok_is(r, i, "wrote") || tok_is(r, i, "writes") || tok_is(r, i, "stated") ||
           tok_is(r, i, "announced") || tok_is(r, i, "claimed") || tok_is(r, i, "reported") ||
           tok_is(r, i, "added") || tok_is(r, i, "noted") || tok_is(r, i, "acknowledged");
}

static int verb_attribution_pass(reading *r, attribution *a, int strong);

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

static int verb_attribution_pass(reading *r, attribution *a, int strong) {
    size_t i;
    const attribution saved_a = *a;
    for (i = 0; i < r->nt; i++) {
        const ctok *t = &r->toks[i];
        if (!(t->flags & (W_REPORT | W_PASSIVE)) || t->in_quote || tok_is(r, i, "according")) continue;
        if (strong && !saying(r, i) && !(t->flags & W_PASSIVE)) continue;
        if (strong == 2 && (!saying(r, i) || !(t->flags & W_REPORT) ||
                            (i > 0 && (passive_aux(r, i - 1) || tok_is(r, i - 1, "widely")))))
            continue;
        /* passive: "was reported", "is said to"; "first reported by X" names X */
        if ((t->flags & W_PASSIVE) && i + 2 < r->nt && tok_is(r, i + 1, "by") && r->toks[i + 2].mention >= 0 &&
            (i == 0 || !(r->toks[i - 1].mention >= 0))) {
            a->mention = r->toks[i + 2].mention; a->name = mention(r, a->mention)->name; a->verb = i;
            return 1;
        }
        if ((t->flags & W_PASSIVE) && i > 0 &&
            (passive_aux(r, i - 1) || (i > 1 && verb_modifier(r, i - 1) && passive_aux(r, i - 2)) ||
             tok_is(r, i - 1, "was") || tok_is(r, i - 1, "were") || tok_is(r, i - 1, "is") ||
             tok_is(r, i - 1, "are") || tok_is(r, i - 1, "been") || tok_is(r, i - 1, "be") ||
             tok_is(r, i - 1, "widely"))) {
            if (!(i + 1 < r->nt && tok_is(r, i + 1, "by"))) {
                a->name = NULL; a->mention = -1; a->passive = 1; a->verb = i;
                return 1;
            }
        }
        if (!(t->flags & W_REPORT)) continue;      /* a passive participle only */
        /* "claims" as a noun ("the claims") or reports as a noun */
        if ((tok_is(r, i, "claims") || tok_is(r, i, "reports") || tok_is(r, i, "claim") ||
             tok_is(r, i, "estimates") || tok_is(r, i, "estimate")) &&
            i > 0 && (tok_is(r, i - 1, "the") || tok_is(r, i - 1, "its") || tok_is(r, i - 1, "their") ||
                      tok_is(r, i - 1, "his") || tok_is(r, i - 1, "her") || tok_is(r, i - 1, "these") ||
                      (r->toks[i - 1].mention >= 0 && possessive_after(r, i - 1))))
            continue;
        /* "estimates of its compute", "reports of a ban": nouns */
        if (i + 1 < r->nt && tok_is(r, i + 1, "of") && !r->toks[i + 1].comma_before) continue;
        /* "has said nothing about its timing": no statement */
        if (i + 1 < r->nt && (tok_is(r, i + 1, "nothing") || tok_is(r, i + 1, "little"))) continue;
        /* "posted a model card" is an action; "posted on X that" a statement */
        if (tok_is(r, i, "posted") &&
            !(i + 1 < r->nt && (tok_is(r, i + 1, "on") || tok_is(r, i + 1, "that") ||
                                r->toks[i + 1].in_quote || r->toks[i + 1].comma_before)))
            continue;
        /* "had added $2 trillion": reporting only with a clause after it */
        if (tok_is(r, i, "added") && i + 1 < r->nt && !tok_is(r, i + 1, "that") &&
            !r->toks[i + 1].comma_before && !r->toks[i + 1].in_quote)
            continue;
        /* "put the figure at", "put High-Flyer's spending at $1.2bn": putting
         * is estimating only with an "at" to come */
        if (tok_is(r, i, "put") || tok_is(r, i, "puts")) {
            size_t x;
            int at_figure = 0;
            for (x = i + 2; x < r->nt && x <= i + 12; x++) if (tok_is(r, x, "at")) at_figure = 1;
            if (!at_figure) continue;
        }
        /* "called R1 'AI's Sputnik moment'": calling is saying when a quote follows */
        if (tok_is(r, i, "called")) {
            size_t k;
            int quoted_soon = 0;
            for (k = i + 1; k < r->nt && k <= i + 4; k++) if (r->toks[k].in_quote) quoted_soon = 1;
            if (!quoted_soon) continue;
        }
        /* "X issued guidance saying ...", "X paused sign-ups, citing
         * 'attacks'": the subject of the sentence */
        if (tok_is(r, i, "saying") || (tok_is(r, i, "citing") && i + 1 < r->nt && r->toks[i + 1].in_quote)) {
            if (sentence_subject(r, i, a)) { a->verb = i; return 1; }
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
                for (j = ind + 1; j < i; j++)               /* where the person works or lives */
                    if (r->toks[j].mention >= 0) r->excluded[r->toks[j].mention] = 1;
                return 1;
            }
        }
        /* "arguing in letters that", "warning that": the sentence's subject,
         * named or not ("Lawmakers ... had pressed ..., arguing that") */
        if (tok_is(r, i, "arguing") || tok_is(r, i, "warning") || tok_is(r, i, "noting") ||
            tok_is(r, i, "claiming") || tok_is(r, i, "insisting")) {
            if (sentence_subject(r, i, a)) { a->verb = i; return 1; }
            if (r->toks[0].flags & W_UNNAMED && (a->name = unnamed(r, 0)) != NULL) {
                a->mention = -1; a->verb = i;
                return 1;
            }
            continue;
        }
        if (subject_before(r, i, a) || subject_after(r, i, a)) {
            /* "far more than analysts had forecast": a comparison, not a source */
            size_t x = i;
            while (x > 0 && i - x < 4 && !tok_is(r, x - 1, "than")) x--;
            if (x > 0 && tok_is(r, x - 1, "than")) { *a = saved_a; continue; }
            a->verb = i;
            if (a->mention >= 0) exclude_appositive(r, a->mention);
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
static void find_attribution_in(reading *r, attribution *a) {
    attribution by_verb = *a, by_source = *a;
    int verb = verb_attribution(r, &by_verb), source = 0;
    size_t i;
    if (verb && (by_verb.mention >= 0 || by_verb.entity >= 0) && !by_verb.passive) { *a = by_verb; return; }
    for (i = 0; i + 1 < r->nt && !source; i++) {
        if (r->toks[i].in_quote) continue;
        if (tok_is(r, i, "according") && tok_is(r, i + 1, "to"))
            source = source_after(r, i, i + 2, 1, &by_source);
        else if ((tok_is(r, i, "per") && !r->toks[i].cap) || tok_is(r, i, "citing") ||
                 (tok_is(r, i, "Per") && i == 0))
            source = source_after(r, i, i + 1, 0, &by_source);
    }
    if (source) { *a = by_source; return; }
    if (verb) { *a = by_verb; return; }
    a->name = "article"; a->mention = -1;
}

/* ===================================================================== */
/* Hedges                                                                 */
/* ===================================================================== */

static int is_hedge_at(const reading *r, size_t i) {
    const ctok *t = &r->toks[i];
    size_t k;
    if (!(t->flags & W_HEDGE)) return 0;
    if (tok_is(r, i, "could")) {
        /* permission or past ability, not possibility */
        if (i + 1 < r->nt && (tok_is(r, i + 1, "use") || tok_is(r, i + 1, "access") ||
                              tok_is(r, i + 1, "download") || tok_is(r, i + 1, "run") ||
                              tok_is(r, i + 1, "buy") || tok_is(r, i + 1, "not") ||
                              tok_is(r, i + 1, "only") || tok_is(r, i + 1, "also") ||
                              tok_is(r, i + 1, "try") || tok_is(r, i + 1, "see") ||
                              tok_is(r, i + 1, "no") || tok_is(r, i + 1, "legally") ||
                              tok_is(r, i + 1, "now") || tok_is(r, i + 1, "afford") ||
                              tok_is(r, i + 1, "do") || tok_is(r, i + 1, "match") ||
                              tok_is(r, i + 1, "find") || tok_is(r, i + 1, "still") ||
                              tok_is(r, i + 1, "never") || tok_is(r, i + 1, "easily")))
            return 0;
    }
    /* "we think in decades"? no: "X thinks Y" hedges Y only with a clause */
    if ((tok_is(r, i, "think") || tok_is(r, i, "thinks")) && i + 1 < r->nt &&
        (tok_is(r, i + 1, "about") || tok_is(r, i + 1, "of") || r->toks[i + 1].comma_before))
        return 0;
    /* a relative clause ("servers that may have contained Nvidia chips",
     * "a die which allegedly reached Huawei", "what data it may have
     * used") qualifies a noun, not the claim; "said that X may" is the
     * reported proposition and stays hedged */
    for (k = i; k-- > 0 && i - k <= 4;) {
        if (r->toks[k].comma_before && !(tok_is(r, k, "which") || tok_is(r, k, "who"))) break;
        if ((tok_is(r, k, "that") || tok_is(r, k, "which") || tok_is(r, k, "who") || tok_is(r, k, "what")) &&
            k > 0) {
            size_t x;
            int complement = 0;
            for (x = k; x-- > 0 && k - x <= 6;)
                if ((r->toks[x].flags & (W_REPORT | W_NOUNCOMP)) || tok_is(r, x, "so") || tok_is(r, x, "such"))
                    complement = 1;
            if (!complement && !(r->toks[k - 1].flags & W_HEDGE)) return 0;
            break;
        }
    }
    if (tok_is(r, i, "appear") || tok_is(r, i, "appears") || tok_is(r, i, "appeared")) {
        if (!(i + 1 < r->nt && (tok_is(r, i + 1, "to") || tok_is(r, i + 1, "that")))) return 0;
    }
    if (tok_is(r, i, "believe") || tok_is(r, i, "believes") || tok_is(r, i, "believed")) {
        /* "we believe in open source" is not a hedge */
        if (i + 1 < r->nt && tok_is(r, i + 1, "in")) return 0;
    }
    /* a noun complement: "fears that spending may have peaked" */
    for (k = i; k-- > 0 && i - k < 10;) {
        if (tok_is(r, k, "whether")) return 0;      /* an embedded question */
        if (tok_is(r, k, "that") || tok_is(r, k, "about")) {
            if (k > 0 && (r->toks[k - 1].flags & W_NOUNCOMP)) return 0;
            if (k > 1 && (r->toks[k - 2].flags & W_NOUNCOMP)) return 0;
        }
    }
    return 1;
}

/* A passive attribution that voices doubt. */
static int passive_hedge(const reading *r, size_t v) {
    return tok_is(r, v, "reported") || tok_is(r, v, "said") || tok_is(r, v, "rumored") ||
           tok_is(r, v, "rumoured") || tok_is(r, v, "believed") || tok_is(r, v, "thought") ||
           tok_is(r, v, "alleged") || tok_is(r, v, "suspected");
}

static int hedged(const reading *r) {
    size_t i;
    if (!(r->all & W_HEDGE)) return 0;
    for (i = r->t0; i < r->t1; i++) if (is_hedge_at(r, i)) return 1;
    return 0;
}

/* ===================================================================== */
/* Kind                                                                   */
/* ===================================================================== */

/* Is an org name that of a government body ("U.S. Commerce Department",
 * "House Select Committee on the CCP", "White House", "Garante")? By the
 * words such names are made of. */
static int government(const char *name) {
    static const char *const words[] = { "Department", "Ministry", "Commission", "Committee", "Congress",
        "Senate", "House", "Pentagon", "Administration", "Bureau", "Agency", "Authority", "Parliament",
        "Council", "Office", "Garante", "Government", "Regulatory", "Cyberspace", NULL };
    size_t i, n, l = strlen(name), j;
    for (i = 0; words[i]; i++) {
        n = strlen(words[i]);
        for (j = 0; j + n <= l; j++)
            if ((j == 0 || name[j - 1] == ' ') && (j + n == l || name[j + n] == ' ') &&
                memcmp(name + j, words[i], n) == 0)
                return 1;
    }
    return 0;
}

/* The topic of the word that governs a money amount starting at sentence
 * offset start: the nearest topic word among the four before it, or -1. */
static int money_topic(const reading *r, uint32_t start) {
    uint32_t abs = (uint32_t)r->s->start + start;
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    for (k = j; k > r->t0 && j - k < 4;) {
        uint32_t f = r->toks[--k].flags;
        if (r->toks[k + 1 < r->nt ? k + 1 : k].comma_before && k + 1 < j) break;
        if (f & W_T_COST) return DSC_COST;
        if (f & W_T_FUND) return DSC_FUNDING;
        if (f & W_T_MARKET) return DSC_MARKET;
        if (f & W_T_POLICY) return DSC_POLICY;
    }
    return -1;
}

static dsc_claim_kind topic(const reading *r, const dsc_quantity *q, size_t nq) {
    int score[DSC_CLAIM_KINDS] = {0};
    size_t i, m;
    int best = DSC_OTHER, best_score = 0;
    static const int order[] = { DSC_POLICY, DSC_FUNDING, DSC_MARKET, DSC_BENCHMARK,
                                 DSC_COST, DSC_HARDWARE, DSC_TIME, DSC_OTHER };
    for (i = r->t0; i < r->t1; i++) {
        uint32_t f = r->toks[i].flags;
        if (f & W_T_COST) score[DSC_COST] += 2;
        if (f & W_T_TIME) score[DSC_TIME] += 2;
        if (f & W_T_HW) score[DSC_HARDWARE] += 2;
        if (f & W_T_BENCH) score[DSC_BENCHMARK] += 2;
        if (f & W_T_MARKET) score[DSC_MARKET] += 2;
        if (f & W_T_FUND) score[DSC_FUNDING] += 2;
        if (f & W_T_POLICY) score[DSC_POLICY] += 2;
        if (f & W_T_OTHER) score[DSC_OTHER] += 2;
        /* "charged with smuggling" is a prosecution, "charged ¥16" a price */
        if (tok_is(r, i, "charged") && i + 1 < r->t1 && tok_is(r, i + 1, "with")) {
            score[DSC_COST] -= 2; score[DSC_POLICY] += 2;
        }
    }
    for (m = r->m0; m < r->m1; m++) {
        dsc_entity_kind k = r->in->mentions[m].kind;
        if (r->in->mentions[m].start < r->b0 || r->in->mentions[m].start >= r->b1) continue;
        if (k == DSC_CHIP) score[DSC_HARDWARE] += 1;
        /* a government body acting or speaking: policy */
        if (k == DSC_ORG && government(r->in->mentions[m].name)) score[DSC_POLICY] += 1;
    }
    for (i = 0; i < nq; i++) {
        const char *u = q[i].unit;
        if (!strcmp(u, "USD") || !strcmp(u, "CNY") || !strcmp(u, "EUR") || !strcmp(u, "GBP") ||
            !strcmp(u, "HKD")) {
            /* money is the headline: what it measures decides the kind, said
             * by the word just before it ("plans to spend about $80 billion"
             * is a plan, "cost $6 million" a cost, "valued at" funding) */
            int near = money_topic(r, q[i].start);
            if (near >= 0) score[near] += 5;
            else if (!score[DSC_COST] && (score[DSC_FUNDING] || score[DSC_MARKET])) {
                score[DSC_FUNDING] += score[DSC_FUNDING] ? 3 : 0;
                score[DSC_MARKET] += score[DSC_MARKET] ? 3 : 0;
            } else score[DSC_COST] += 5;
        } else if (strstr(u, "per 1M tokens")) score[DSC_COST] += 4;
        else if (!strcmp(u, "GPUs") || !strcmp(u, "GPU hours") || !strcmp(u, "chips") ||
                 !strcmp(u, "GB/s")) score[DSC_HARDWARE] += 2;
        else if (!strcmp(u, "%")) score[DSC_MARKET] += score[DSC_MARKET] ? 2 : 0;
        else if (!strcmp(u, "rank")) score[DSC_MARKET] += 3;
        else if (!strcmp(u, "parameters")) score[DSC_OTHER] += 2;
        else if (!strcmp(u, "months") || !strcmp(u, "days") || !strcmp(u, "weeks"))
            score[DSC_TIME] += 1;
    }
    for (i = 0; i < sizeof order / sizeof order[0]; i++)
        if (score[order[i]] > best_score) { best_score = score[order[i]]; best = order[i]; }
    return (dsc_claim_kind)best;
}

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
              possessive_after(r, i)) ||
             ((r->toks[i + 1].flags & W_PRONOUN) && !(r->toks[i + 1].flags & W_PERSONAL) &&
              !r->toks[i + 1].cap)))
            r->excluded[k->mention] = 1;
        /* "<X> owner/parent (company) <Y>" */
        if (i + 2 < r->nt && r->toks[i + 1].mention < 0 &&
            (tok_is(r, i + 1, "owner") || tok_is(r, i + 1, "parent") || tok_is(r, i + 1, "subsidiary") ||
             tok_is(r, i + 1, "unit") || tok_is(r, i + 1, "affiliate") || tok_is(r, i + 1, "maker") ||
             tok_is(r, i + 1, "developer") || tok_is(r, i + 1, "creator")) &&
            (r->toks[i + 2].mention >= 0 ||
             (i + 3 < r->nt && tok_is(r, i + 2, "company") && r->toks[i + 3].mention >= 0)))
            r->excluded[k->mention] = 1;
    }
}

/* A dateline opening the paragraph: "HONG KONG (Reuters) -",
 * "NEW YORK, Jan 27 (Reuters) -", "SAN FRANCISCO —". */
static size_t dateline_end(const reading *r) {
    const char *t = r->in->text;
    size_t i = r->s->start, e = r->s->end, caps = 0;
    if (!r->s->para_start) return r->s->start;
    while (i < e && (dsc_is_upper(t[i]) || t[i] == ' ' || t[i] == '.')) {
        if (dsc_is_upper(t[i])) caps++;
        i++;
    }
    if (caps < 2 || (i < e && dsc_is_lower(t[i]))) return r->s->start;
    if (i < e && t[i] == ',') {                 /* the date: ", Jan 27" */
        size_t j = i + 1;
        while (j < e && j - i < 20 && t[j] != '(' && t[j] != '-' && (unsigned char)t[j] != 0xE2) j++;
        i = j;
    }
    while (i < e && t[i] == ' ') i++;
    if (i < e && t[i] == '(') {
        while (i < e && t[i] != ')') i++;
        i++;
        while (i < e && t[i] == ' ') i++;
    }
    if (i < e && (t[i] == '-' || t[i] == ':' || (unsigned char)t[i] == 0xE2)) return i + 1;
    return r->s->start;
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

static int about_list(reading *r, const attribution *a, dsc_arena *arena, uint32_t **out, uint32_t *n_out) {
    size_t m, i, n = 0, dl = dateline_end(r);
    uint32_t *list;
    int self = 0;
    exclude_descriptors(r);
    exclude_attribution_tail(r, a);
    exclude_told(r);
    /* Self-claims ("DeepSeek said its model ..."): the claimant is about
     * the claim when it is named again, or, for an org, when "its", "our"
     * or "we" follow the verb, or when the verb takes its own action
     * ("Meta reported using", "claims to have"). */
    self = a->self;
    if (a->entity >= 0 && a->verb < r->nt) {
        int org = a->mention >= 0 ? mention(r, a->mention)->kind != DSC_PERSON : 1;
        if (org && a->verb + 1 < r->nt && !tok_is(r, a->verb, "according")) {
            const ctok *nx = &r->toks[a->verb + 1];
            size_t l = nx->end - nx->start;
            if ((l > 4 && memcmp(r->in->text + nx->end - 3, "ing", 3) == 0) || tok_is(r, a->verb + 1, "to"))
                self = 1;
        }
        for (i = a->verb + 1; i < r->nt && org; i++)
            if (!r->toks[i].in_quote && (tok_is(r, i, "its") || tok_is(r, i, "our") || tok_is(r, i, "we")))
                self = 1;
        /* "Kai-Fu Lee has said his startup ...": a person's own company */
        if (!org && a->verb + 1 < r->nt && !r->toks[a->verb].in_quote)
            for (i = a->verb + 1; i < r->nt && i <= a->verb + 3; i++)
                if (!r->toks[i].in_quote && (tok_is(r, i, "his") || tok_is(r, i, "her") || tok_is(r, i, "my")))
                    self = 1;
        for (i = 0; i < r->nt; i++)
            if (r->toks[i].mention >= 0 && r->toks[i].mention != a->mention &&
                (long)mention(r, r->toks[i].mention)->entity == a->entity)
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
        if (i == r->t0 && r->t0 == 0 && (tok_is(r, i, "it") || tok_is(r, i, "its")) && !r->toks[i].in_quote) {
            if (!prev_subject(r, &ref)) continue;
        } else if (tok_is(r, i, "model") && i > 0 && (tok_is(r, i - 1, "the") || tok_is(r, i - 1, "its")) &&
                   !(i + 1 < r->t1 && r->toks[i + 1].mention >= 0)) {
            if (!latest_model(r, i, &ref)) continue;
        } else {
            if (!(r->toks[i].flags & W_PRONOUN) || r->toks[i].flags & W_PERSONAL || i == 0 ||
                tok_is(r, i, "it") || tok_is(r, i, "they") || tok_is(r, i, "we"))
                continue;
            /* "the lab", "the AI chipmaker", "the Chinese startup" */
            if (!(tok_is(r, i - 1, "the") || (i > 1 && tok_is(r, i - 2, "the") && r->toks[i - 1].mention < 0) ||
                  (i > 2 && tok_is(r, i - 3, "the") && r->toks[i - 1].mention < 0 && r->toks[i - 2].mention < 0)))
                continue;
            /* "the app store", "the company's rivals" name something else */
            if (i + 1 < r->t1 && r->toks[i + 1].mention >= 0 && !r->toks[i + 1].comma_before) continue;
            /* the org the story is about, weighed over the last paragraphs
             * (the last org named may be a speaker's employer) */
            if (!resolve_topic(r, i, &ref)) continue;
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
                a_entity_name(r, a) && owned_by(own->name, a_entity_name(r, a)))
                self = 1;
        }
    if (self && a->entity >= 0) {           /* named by a pronoun only */
        int dup = 0;
        for (i = 0; i < n; i++) if (list[i] == (uint32_t)a->entity) dup = 1;
        if (!dup) list[n++] = (uint32_t)a->entity;
    }
    *out = list; *n_out = (uint32_t)n;
    return 0;
}

/* ===================================================================== */
/* Quantities                                                             */
/* ===================================================================== */

/* The quantities of the sentence, with what the sentence before it in the
 * paragraph left for them ("... 200,000 AI chips. Our own estimate is
 * 230,000 to 260,000"): one sentence back, whatever order claims are
 * emitted in. */
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
    /* notes to self: "Note the wording: ...", "Next: check ...", "Ask both for ..." */
    if (r->nt && r->toks[0].cap && (tok_is(r, 0, "note") || tok_is(r, 0, "next") || tok_is(r, 0, "ask") ||
                                    tok_is(r, 0, "check") || tok_is(r, 0, "todo") || tok_is(r, 0, "compare")))
        return 1;
    /* an author's bio: "Jane Doe is a technology reporter based in ..." */
    if (r->nt > 4 && r->toks[0].cap) {
        size_t k = 1;                                  /* the name: capitalised words */
        while (k < r->nt && k < 4 && r->toks[k].cap && !r->toks[k].comma_before) k++;
        if (k + 2 < r->nt && (tok_is(r, k, "is") || tok_is(r, k, "was")) &&
            (tok_is(r, k + 1, "a") || tok_is(r, k + 1, "an") || tok_is(r, k + 1, "the")))
            for (i = k + 2; i < r->nt && i <= k + 5; i++)
                if (tok_is(r, i, "reporter") || tok_is(r, i, "correspondent") || tok_is(r, i, "editor") ||
                    tok_is(r, i, "writer") || tok_is(r, i, "journalist") || tok_is(r, i, "columnist"))
                    return 1;
    }
    /* "Which chips the next model was trained on.", "Why it matters": an
     * open question written without its question mark */
    if (r->nt && (tok_is(r, 0, "which") || tok_is(r, 0, "why"))) return 1;
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
        if ((tok_is(r, i, "not") || tok_is(r, i, "declined")) &&
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
static int is_claim(const reading *r, const attribution *a, size_t nq) {
    size_t i, dl = dateline_end(r);
    int predicate = 0, mentions = 0;
    /* a dateline's place and outlet do not make the lede a claim */
    for (i = r->m0; i < r->m1; i++) if (r->in->mentions[i].start >= dl) mentions = 1;
    const char *t = r->in->text;
    if (r->nt < 4) return 0;
    if (r->toks[0].flags & W_NOTCLAIM) return 0;
    /* questions assert nothing, unless someone is quoted asking */
    if (t[r->s->end - 1] == '?' && !r->has_quote) return 0;
    if (no_content(r)) return 0;
    if (nq) return 1;
    if (a->verb < r->nt && (a->mention >= 0 || (a->name && strcmp(a->name, "article") != 0)))
        return 1;
    if (a->passive) return 1;
    for (i = 0; i < r->nt; i++) if (r->toks[i].flags & W_PREDICATE) predicate = 1;
    /* "The company's shares closed at a record high", "It does not appear
     * to need outside money": a pronoun or "the company" stands for an
     * entity named before */
    if (!mentions && r->nt && !r->toks[0].in_quote &&
        (tok_is(r, 0, "it") || tok_is(r, 0, "its") || tok_is(r, 0, "their") ||
         (tok_is(r, 0, "the") && r->nt > 1 && (r->toks[1].flags & W_PRONOUN) && !(r->toks[1].flags & W_PERSONAL))))
        mentions = 1;
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
    if (r->quote_words >= 10) return 0;
    /* a partial quotation inside a statement ('X said that estimate
     * "greatly overstates" the issue') is not a saying on its own */
    if (r->nt && !r->toks[0].in_quote) return 0;
    for (i = 0; i < r->nt; i++) {
        if (!r->toks[i].in_quote) continue;
        if (first == r->nt) first = i;
        if ((r->toks[i].flags & (W_PRONOUN | W_SELF)) || tok_is(r, i, "this") || tok_is(r, i, "these") ||
            tok_is(r, i, "those") || tok_is(r, i, "i") || tok_is(r, i, "us") || tok_is(r, i, "them") ||
            tok_is(r, i, "will") || tok_is(r, i, "would"))      /* a forecast is checkable */
            return 0;
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
    c->hedged = hedged(r) || (a->passive && a->verb < r->nt && passive_hedge(r, a->verb));
    if (quote_part && a->name && strcmp(a->name, "article") != 0 &&
        (r->quote_words >= 2 || f->starts_in_quote || a->verb < r->nt))
        c->kind = DSC_QUOTE;
    else
        c->kind = topic(r, q, nq);
    if (about_list(r, a, in->arena, &c->about, &c->n_about) < 0) return -1;
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

/* Two claims in one sentence (ANNOTATION: different claimants or kinds):
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
    while (g > 0 && verb_modifier(r, g - 1)) g--;
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
     * wrote that it can beat ...": the unveiling in the article's voice, the
     * comparison in the speaker's */
    if (a->mention >= 0) {
        size_t m = a->verb, x;
        while (m > 0 && r->toks[m - 1].mention != a->mention) m--;
        while (m > 1 && r->toks[m - 2].mention == a->mention) m--;
        if (m > 0 && r->toks[m - 1].mention == a->mention) {
            m--;
            for (x = m; x > 0 && m - x < 4; x--)
                if (tok_is(r, x - 1, "and") && r->toks[x - 1].comma_before && x - 1 > 2 &&
                    clause_asserts(r, 0, x - 1)) {
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
    /* a contrast introducing another speaker */
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        size_t v;
        if (!r->toks[k].comma_before || r->toks[k].in_quote) continue;
        if (!(tok_is(r, k, "but") || tok_is(r, k, "while") || tok_is(r, k, "whereas") ||
              tok_is(r, k, "although") || tok_is(r, k, "though") ||
              /* ", and Zuckerberg has predicted ...", ", and research firm
               * SemiAnalysis wrote ...": another speaker */
              (tok_is(r, k, "and") &&
               ((k + 1 < r->nt && r->toks[k + 1].mention >= 0) ||
                (k + 3 < r->nt && !r->toks[k + 1].cap && r->toks[k + 3].mention >= 0 &&
                 !r->toks[k + 2].cap && mention(r, r->toks[k + 3].mention)->kind <= DSC_PERSON)))))
            continue;
        for (v = k + 1; v < r->nt && v <= k + 6; v++) {
            if (!(r->toks[v].flags & W_REPORT) || r->toks[v].in_quote) continue;
            second->name = "article"; second->mention = -1; second->entity = -1;
            second->verb = r->nt; second->passive = 0; second->self = 0;
            if (subject_before(r, v, second) && second->name &&
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
    if (second.verb >= r->nt && !second_last) {
        /* coordination: the article's clause first, then the speaker's */
        if (emit_part(in, si, r, f, &second, q, nq, 0, at, out) < 0) return -1;
        return emit_part(in, si, r, f, a, q, nq, at, r->nt, out);
    }
    if (emit_part(in, si, r, f, a, q, nq, 0, at, out) < 0) return -1;
    return emit_part(in, si, r, f, &second, q, nq, at, r->nt, out);
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
            find_attribution(r, &a);
            if (a.verb >= r->nt) in_quote = 1;
        }
        read_sentence(r, in_quote);
        find_attribution(r, &a);
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
    sent_info *info = calloc(in->n_sents + 1, sizeof *info);
    uint32_t *msent = malloc((in->n_mentions + 1) * sizeof *msent);
    size_t si, before;
    int rc = -1;
    if (!r || !info || !msent) goto done;
    r->prev_name = NULL; r->prev_entity = -1; r->prev_person = 0; r->prev_si = 0;
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
        find_attribution(r, &a);
        a.name = info[si].speaker;
        if (emit_claim(in, si, r, &info[si], &a, out) < 0) goto done;
    }
    if (out->len > before) qsort(out->data, out->len, sizeof(dsc_raw_claim), cmp_claim);
    rc = 0;
done:
    free(r);
    free(info);
    free(msent);
    return rc;
}
