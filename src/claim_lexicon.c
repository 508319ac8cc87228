/*
 * claim_lexicon.c: the words the claim stage knows and what each signals:
 * a reporting verb, a hedge, a topic, an unnamed source, a pronoun for an
 * org... One sorted table (checked by dsc_claim_lexicon_sorted) and a hash
 * over it for the lookup of every word of every sentence.
 */
#include "claim_read.h"
#include <pthread.h>

typedef struct { const char *word; uint32_t flags; } lex;

/* Sorted by word (strcmp order); lowercase; checked at first use in tests. */
static const lex lexicon[] = {
    {"academic", W_ROLE}, {"accelerators", W_T_HW}, {"according", W_REPORT},
    {"accuracy", W_T_BENCH}, {"accused", W_T_OTHER | W_PREDICATE},
    {"accuses", W_T_OTHER | W_PREDICATE}, {"acknowledged", W_REPORT}, {"acknowledges", W_REPORT},
    {"acquire", W_T_FUND | W_PREDICATE}, {"acquired", W_T_FUND | W_PREDICATE},
    {"acquisition", W_T_FUND}, {"added", W_REPORT | W_PREDICATE}, {"adds", W_REPORT},
    {"administration", W_T_POLICY}, {"admits", W_REPORT}, {"admitted", W_REPORT},
    {"adopted", W_PREDICATE | W_T_OTHER}, {"advertisement", W_NOTCLAIM}, {"adviser", W_ROLE},
    {"advisor", W_ROLE}, {"affordable", W_T_COST}, {"agreed", W_PREDICATE}, {"aide", W_ROLE},
    {"aides", W_ROLE}, {"aime", W_T_BENCH}, {"alleged", W_REPORT}, {"allegedly", W_HEDGE},
    {"alleges", W_REPORT}, {"also", W_AUX}, {"analysis", W_DOC}, {"analyst", W_UNNAMED},
    {"analysts", W_UNNAMED}, {"announced", W_REPORT | W_PREDICATE},
    {"announces", W_REPORT | W_PREDICATE}, {"anticipated", W_REPORT},
    {"app", W_T_MARKET | W_PRONOUN}, {"apparently", W_HEDGE}, {"appear", W_HEDGE},
    {"appeared", W_HEDGE}, {"appears", W_HEDGE}, {"approval", W_T_POLICY},
    {"approved", W_PREDICATE}, {"arc-agi", W_T_BENCH}, {"arena", W_T_BENCH},
    {"arena-hard", W_T_BENCH}, {"argue", W_REPORT}, {"argued", W_REPORT}, {"argues", W_REPORT},
    {"arguing", W_REPORT}, {"aside", W_T_FUND}, {"asserted", W_REPORT}, {"assessment", W_T_POLICY},
    {"assets", W_T_FUND}, {"assistant", W_PRONOUN}, {"authorities", W_T_POLICY | W_UNNAMED},
    {"authority", W_T_POLICY}, {"automaker", W_PRONOUN}, {"backed", W_T_FUND}, {"backer", W_T_FUND},
    {"backers", W_T_FUND}, {"backing", W_T_FUND}, {"ban", W_T_POLICY | W_PREDICATE},
    {"bandwidth", W_T_HW}, {"bank", W_PRONOUN}, {"banker", W_ROLE}, {"bankers", W_ROLE},
    {"banned", W_T_POLICY | W_PREDICATE}, {"banning", W_T_POLICY | W_PREDICATE},
    {"bans", W_T_POLICY | W_PREDICATE}, {"barred", W_T_POLICY}, {"beat", W_T_BENCH | W_PREDICATE},
    {"beats", W_T_BENCH | W_PREDICATE}, {"been", W_AUX}, {"being", W_AUX},
    {"believe", W_HEDGE | W_REPORT}, {"believed", W_HEDGE | W_REPORT | W_PASSIVE},
    {"believes", W_HEDGE | W_REPORT}, {"benchmark", W_T_BENCH}, {"benchmarks", W_T_BENCH},
    {"beta", W_T_TIME}, {"bid", W_T_FUND}, {"bill", W_T_POLICY}, {"billed", W_PASSIVE},
    {"blacklist", W_T_POLICY}, {"blacklisted", W_T_POLICY | W_PREDICATE}, {"block", W_T_POLICY},
    {"blocked", W_T_POLICY | W_PREDICATE}, {"blocking", W_T_POLICY}, {"blog", W_AUX},
    {"bonds", W_T_FUND}, {"bonus", W_T_COST}, {"borrow", W_T_FUND}, {"borrowing", W_T_FUND},
    {"bought", W_PREDICATE}, {"breach", W_T_OTHER}, {"broker", W_ROLE}, {"brokers", W_ROLE},
    {"budget", W_T_COST}, {"budgets", W_T_FUND}, {"built", W_PREDICATE}, {"called", W_REPORT},
    {"capacity", W_T_HW}, {"capex", W_T_FUND}, {"capital", W_T_FUND}, {"card", W_DOC},
    {"cards", W_T_HW}, {"carmaker", W_PRONOUN}, {"cautioned", W_REPORT}, {"cautions", W_REPORT},
    {"charge", W_T_MARKET}, {"charged", W_T_COST}, {"charges", W_T_MARKET}, {"charging", W_T_COST},
    {"chart", W_T_MARKET}, {"charts", W_T_MARKET}, {"chatbot", W_PRONOUN}, {"cheap", W_T_COST},
    {"cheaper", W_T_COST}, {"cheapest", W_T_COST}, {"cheaply", W_T_COST}, {"chip", W_T_HW},
    {"chipmaker", W_PRONOUN}, {"chips", W_T_HW}, {"cited", W_REPORT | W_PASSIVE},
    {"citing", W_REPORT}, {"claim", W_REPORT}, {"claimed", W_REPORT}, {"claiming", W_REPORT},
    {"claims", W_REPORT}, {"cleared", W_T_POLICY}, {"click", W_NOTCLAIM},
    {"climbed", W_PREDICATE | W_T_MARKET}, {"closed", W_T_MARKET | W_PREDICATE},
    {"cluster", W_T_HW}, {"clusters", W_T_HW}, {"co-founder", W_T_OTHER}, {"codeforces", W_T_BENCH},
    {"commission", W_T_POLICY}, {"commit", W_T_FUND}, {"commitment", W_T_FUND},
    {"commitments", W_T_FUND}, {"committed", W_T_FUND | W_PREDICATE}, {"committee", W_T_POLICY},
    {"company", W_PRONOUN}, {"comparable", W_T_BENCH}, {"compensation", W_T_COST},
    {"complain", W_REPORT}, {"complained", W_REPORT}, {"complains", W_REPORT},
    {"compliance", W_T_POLICY}, {"comply", W_T_POLICY}, {"compute", W_T_HW}, {"computing", W_T_HW},
    {"conceded", W_REPORT}, {"concedes", W_REPORT}, {"concern", W_NOUNCOMP},
    {"concerns", W_NOUNCOMP}, {"concluded", W_REPORT}, {"confirmed", W_REPORT | W_PREDICATE},
    {"conglomerate", W_PRONOUN}, {"congress", W_T_POLICY}, {"considered", W_PASSIVE},
    {"consultant", W_ROLE}, {"contends", W_REPORT}, {"controls", W_T_POLICY}, {"cost", W_T_COST},
    {"costing", W_T_COST}, {"costly", W_T_COST}, {"costs", W_T_COST}, {"could", W_HEDGE},
    {"countered", W_REPORT}, {"credits", W_REPORT}, {"criticised", W_REPORT},
    {"criticized", W_REPORT}, {"critics", W_UNNAMED}, {"curb", W_T_POLICY}, {"curbed", W_T_POLICY},
    {"curbs", W_T_POLICY}, {"customer", W_ROLE}, {"cut", W_PREDICATE | W_T_COST},
    {"cuts", W_T_COST}, {"database", W_T_OTHER}, {"datacenter", W_T_HW}, {"debt", W_T_FUND},
    {"debuted", W_T_TIME | W_PREDICATE}, {"declined", W_T_MARKET}, {"declines", W_T_MARKET},
    {"delay", W_T_TIME}, {"delayed", W_T_TIME}, {"demand", W_T_MARKET}, {"denied", W_REPORT},
    {"denies", W_REPORT}, {"department", W_T_POLICY}, {"deployed", W_PREDICATE | W_T_OTHER},
    {"deploying", W_T_OTHER}, {"described", W_PASSIVE | W_REPORT}, {"describes", W_REPORT},
    {"designer", W_PRONOUN}, {"developer", W_ROLE}, {"developers", W_ROLE}, {"dies", W_T_HW},
    {"diplomat", W_ROLE}, {"diplomats", W_ROLE}, {"director", W_ROLE},
    {"disclosed", W_REPORT | W_PREDICATE}, {"discount", W_T_COST}, {"discounts", W_T_COST},
    {"disputed", W_REPORT}, {"distillation", W_T_OTHER}, {"distributor", W_ROLE},
    {"document", W_DOC}, {"documents", W_DOC}, {"doubled", W_PREDICATE}, {"doubt", W_NOUNCOMP},
    {"doubts", W_NOUNCOMP}, {"downgraded", W_REPORT}, {"downloaded", W_T_MARKET | W_PREDICATE},
    {"downloads", W_T_MARKET}, {"dropped", W_T_MARKET | W_PREDICATE}, {"earlier", W_AUX},
    {"earnings", W_T_MARKET}, {"economist", W_ROLE}, {"economists", W_UNNAMED}, {"eflops", W_T_HW},
    {"emphasised", W_REPORT}, {"emphasises", W_REPORT}, {"emphasized", W_REPORT},
    {"emphasizes", W_REPORT}, {"employee", W_ROLE}, {"employees", W_ROLE}, {"engineer", W_ROLE},
    {"engineers", W_ROLE}, {"entities", W_T_POLICY}, {"entrepreneur", W_ROLE},
    {"equities", W_T_MARKET}, {"equity", W_T_FUND}, {"erased", W_T_MARKET | W_PREDICATE},
    {"estimate", W_REPORT}, {"estimated", W_REPORT | W_PASSIVE}, {"estimates", W_REPORT},
    {"evals", W_T_BENCH}, {"evaluation", W_T_BENCH}, {"evaluations", W_T_BENCH},
    {"examining", W_T_POLICY}, {"exceeded", W_PREDICATE}, {"exchange-traded", W_T_MARKET},
    {"executive", W_ROLE}, {"executives", W_UNNAMED}, {"expanded", W_PREDICATE},
    {"expect", W_REPORT}, {"expectation", W_NOUNCOMP}, {"expectations", W_NOUNCOMP},
    {"expected", W_PASSIVE}, {"expecting", W_REPORT}, {"expects", W_REPORT},
    {"expenditure", W_T_FUND}, {"expenditures", W_T_FUND}, {"expensive", W_T_COST},
    {"expert", W_ROLE}, {"experts", W_UNNAMED}, {"explained", W_REPORT}, {"explains", W_REPORT},
    {"export", W_T_POLICY}, {"exports", W_T_POLICY}, {"exposed", W_T_OTHER}, {"fallen", W_T_MARKET},
    {"falls", W_T_MARKET}, {"fear", W_NOUNCOMP | W_REPORT}, {"fears", W_NOUNCOMP},
    {"fell", W_T_MARKET | W_PREDICATE}, {"filed", W_PREDICATE}, {"filing", W_DOC},
    {"financed", W_T_FUND}, {"financing", W_T_FUND}, {"fine", W_T_POLICY},
    {"fined", W_T_POLICY | W_PREDICATE}, {"firm", W_PRONOUN}, {"flagged", W_REPORT},
    {"flags", W_REPORT}, {"flops", W_T_HW}, {"follow", W_NOTCLAIM}, {"forecast", W_REPORT},
    {"forecasting", W_REPORT}, {"forecasts", W_REPORT}, {"found", W_REPORT | W_PREDICATE},
    {"founded", W_T_OTHER | W_PREDICATE}, {"founder", W_T_OTHER | W_ROLE},
    {"founders", W_UNNAMED | W_ROLE}, {"fraction", W_T_COST}, {"free", W_T_COST},
    {"fund", W_T_FUND | W_PRONOUN}, {"funding", W_T_FUND}, {"funds", W_T_FUND},
    {"gained", W_T_MARKET | W_PREDICATE}, {"giant", W_PRONOUN}, {"gold-medal", W_T_BENCH},
    {"government", W_T_POLICY}, {"gpqa", W_T_BENCH}, {"gpu", W_T_HW}, {"gpu-hours", W_T_HW},
    {"gpus", W_T_HW}, {"graduated", W_T_OTHER}, {"grew", W_PREDICATE}, {"group", W_PRONOUN},
    {"guided", W_REPORT}, {"had", W_AUX}, {"hailed", W_REPORT}, {"hallucinations", W_T_BENCH},
    {"halved", W_PREDICATE}, {"hardware", W_T_HW}, {"has", W_AUX}, {"have", W_AUX},
    {"he", W_PRONOUN | W_PERSONAL}, {"her", W_SELF}, {"highlighted", W_REPORT},
    {"hired", W_T_OTHER | W_PREDICATE}, {"his", W_SELF}, {"holding", W_T_FUND},
    {"hope", W_NOUNCOMP}, {"hopes", W_NOUNCOMP}, {"humaneval", W_T_BENCH}, {"image", W_NOTCLAIM},
    {"imposed", W_T_POLICY | W_PREDICATE}, {"index", W_T_MARKET}, {"indicated", W_REPORT},
    {"inflows", W_T_MARKET}, {"infrastructure", W_T_FUND}, {"inquiry", W_T_POLICY},
    {"insider", W_ROLE}, {"insiders", W_UNNAMED}, {"insisted", W_REPORT}, {"insisting", W_REPORT},
    {"insists", W_REPORT}, {"installment", W_T_FUND}, {"integrated", W_PREDICATE | W_T_OTHER},
    {"interconnect", W_T_HW}, {"interview", W_AUX | W_T_OTHER}, {"interviews", W_T_OTHER},
    {"introduced", W_T_TIME | W_PREDICATE}, {"invest", W_T_FUND | W_PREDICATE},
    {"invested", W_T_FUND | W_PREDICATE}, {"investigating", W_T_OTHER | W_PREDICATE},
    {"investigation", W_T_OTHER}, {"investigators", W_T_POLICY}, {"investing", W_T_FUND},
    {"investment", W_T_FUND}, {"investments", W_T_FUND}, {"investor", W_ROLE},
    {"investors", W_UNNAMED}, {"ipo", W_T_FUND}, {"it", W_PRONOUN}, {"its", W_SELF},
    {"joined", W_PREDICATE}, {"jumped", W_T_MARKET | W_PREDICATE}, {"lab", W_PRONOUN},
    {"later", W_AUX}, {"launch", W_T_TIME}, {"launched", W_T_TIME | W_PREDICATE},
    {"launches", W_T_TIME | W_PREDICATE}, {"law", W_T_POLICY}, {"lawmaker", W_ROLE},
    {"lawmakers", W_T_POLICY | W_UNNAMED}, {"laws", W_T_POLICY}, {"lawsuit", W_T_OTHER},
    {"lawyer", W_ROLE}, {"lawyers", W_UNNAMED}, {"leaderboard", W_T_BENCH},
    {"leaderboards", W_T_BENCH}, {"leak", W_T_OTHER}, {"leaked", W_T_OTHER},
    {"legislation", W_T_POLICY}, {"legislators", W_UNNAMED}, {"lender", W_PRONOUN},
    {"letter", W_DOC}, {"leverage", W_T_FUND}, {"licence", W_T_POLICY}, {"licences", W_T_POLICY},
    {"license", W_T_POLICY}, {"licenses", W_T_POLICY}, {"licensing", W_T_POLICY},
    {"likely", W_HEDGE}, {"listen", W_NOTCLAIM}, {"listing", W_T_FUND}, {"livebench", W_T_BENCH},
    {"livecodebench", W_T_BENCH}, {"lmarena", W_T_BENCH}, {"loan", W_T_FUND}, {"loans", W_T_FUND},
    {"looking", W_REPORT}, {"lost", W_T_MARKET | W_PREDICATE}, {"made", W_PREDICATE},
    {"maintained", W_REPORT}, {"maintains", W_REPORT}, {"majority", W_T_FUND}, {"maker", W_PRONOUN},
    {"manager", W_ROLE}, {"managers", W_ROLE}, {"manufacturer", W_PRONOUN}, {"margin", W_T_MARKET},
    {"margins", W_T_MARKET}, {"market", W_T_MARKET}, {"marketed", W_PASSIVE},
    {"matched", W_T_BENCH | W_PREDICATE}, {"matches", W_T_BENCH}, {"math-500", W_T_BENCH},
    {"may", W_HEDGE}, {"maybe", W_HEDGE}, {"measures", W_T_POLICY}, {"medal", W_T_BENCH},
    {"memo", W_DOC}, {"might", W_HEDGE}, {"ministry", W_T_POLICY}, {"mmlu", W_T_BENCH},
    {"mmlu-pro", W_T_BENCH}, {"money", W_T_FUND}, {"note", W_DOC}, {"noted", W_REPORT},
    {"notes", W_REPORT}, {"noting", W_REPORT}, {"observed", W_REPORT}, {"observers", W_UNNAMED},
    {"observes", W_REPORT}, {"offer", W_T_FUND}, {"offered", W_PREDICATE}, {"offering", W_T_FUND},
    {"offers", W_PREDICATE}, {"official", W_ROLE}, {"officials", W_UNNAMED | W_T_POLICY},
    {"often", W_AUX}, {"olympiad", W_T_BENCH}, {"online", W_T_TIME},
    {"open-sourced", W_PREDICATE | W_T_TIME}, {"open-sources", W_PREDICATE},
    {"opened", W_PREDICATE}, {"operator", W_PRONOUN}, {"ordered", W_PREDICATE}, {"our", W_SELF},
    {"outflows", W_T_MARKET}, {"outperform", W_T_BENCH | W_PREDICATE},
    {"outperformed", W_T_BENCH | W_PREDICATE}, {"outperforming", W_T_BENCH},
    {"outperforms", W_T_BENCH | W_PREDICATE}, {"overtook", W_T_MARKET | W_PREDICATE},
    {"owned", W_T_FUND}, {"owns", W_T_FUND | W_PREDICATE}, {"package", W_T_COST},
    {"packages", W_T_COST}, {"paid", W_T_COST | W_PREDICATE}, {"paper", W_DOC},
    {"parameters", W_T_OTHER}, {"participated", W_PREDICATE}, {"partner", W_ROLE},
    {"partnered", W_PREDICATE}, {"paused", W_PREDICATE}, {"pay", W_T_COST}, {"payment", W_T_COST},
    {"people", W_UNNAMED}, {"performance", W_T_BENCH}, {"perhaps", W_HEDGE}, {"person", W_UNNAMED},
    {"photo", W_NOTCLAIM}, {"pilots", W_T_OTHER}, {"pitched", W_PASSIVE},
    {"pledged", W_T_FUND | W_REPORT | W_PREDICATE}, {"pledges", W_REPORT}, {"plugged", W_T_OTHER},
    {"plunged", W_T_MARKET | W_PREDICATE}, {"pointed", W_REPORT}, {"points", W_T_BENCH},
    {"policy", W_DOC}, {"possibility", W_NOUNCOMP}, {"possibly", W_HEDGE}, {"post-money", W_T_FUND},
    {"posted", W_REPORT | W_PREDICATE}, {"postponed", W_T_TIME}, {"praised", W_REPORT},
    {"pre-money", W_T_FUND}, {"predict", W_REPORT}, {"predicted", W_REPORT}, {"predicts", W_REPORT},
    {"previously", W_AUX}, {"price", W_T_COST}, {"priced", W_T_COST | W_PREDICATE},
    {"prices", W_T_COST}, {"pricing", W_T_COST}, {"privacy", W_T_POLICY}, {"probably", W_HEDGE},
    {"probe", W_T_OTHER}, {"probing", W_PREDICATE | W_T_POLICY}, {"produce", W_T_HW},
    {"production", W_T_HW}, {"professor", W_ROLE}, {"profit", W_T_MARKET}, {"profits", W_T_MARKET},
    {"programmer", W_ROLE}, {"prohibit", W_T_POLICY}, {"prohibited", W_T_POLICY},
    {"projected", W_REPORT}, {"promised", W_REPORT}, {"prosecutors", W_T_POLICY},
    {"provider", W_PRONOUN}, {"published", W_PREDICATE}, {"publishes", W_PREDICATE},
    {"purportedly", W_HEDGE}, {"put", W_REPORT}, {"puts", W_REPORT}, {"quarter", W_T_MARKET},
    {"question", W_NOUNCOMP}, {"questioned", W_REPORT}, {"questions", W_NOUNCOMP}, {"rack", W_T_HW},
    {"racks", W_T_HW}, {"raise", W_T_FUND}, {"raised", W_T_FUND | W_PREDICATE},
    {"raising", W_T_FUND}, {"rallied", W_T_MARKET | W_PREDICATE}, {"rally", W_T_MARKET},
    {"ranked", W_T_MARKET | W_PREDICATE}, {"ranking", W_T_MARKET}, {"rankings", W_T_MARKET},
    {"rated", W_REPORT}, {"rates", W_REPORT}, {"rating", W_T_MARKET}, {"reached", W_PREDICATE},
    {"read", W_NOTCLAIM}, {"reaffirmed", W_REPORT}, {"rebounded", W_T_MARKET},
    {"reckons", W_REPORT}, {"recorded", W_PREDICATE}, {"records", W_UNNAMED},
    {"recovered", W_T_MARKET}, {"registered", W_T_POLICY}, {"registration", W_T_POLICY},
    {"regularly", W_AUX}, {"regulation", W_T_POLICY}, {"regulations", W_T_POLICY},
    {"regulator", W_T_POLICY}, {"regulators", W_T_POLICY | W_UNNAMED}, {"regulatory", W_T_POLICY},
    {"reiterated", W_REPORT}, {"rejected", W_PREDICATE}, {"related", W_NOTCLAIM},
    {"release", W_T_TIME}, {"released", W_T_TIME | W_PREDICATE}, {"releases", W_T_TIME},
    {"releasing", W_T_TIME | W_PREDICATE}, {"removed", W_PREDICATE}, {"report", W_DOC},
    {"reported", W_REPORT | W_PASSIVE}, {"reportedly", W_HEDGE}, {"reports", W_REPORT | W_UNNAMED},
    {"requirement", W_T_POLICY}, {"requirements", W_T_POLICY}, {"researcher", W_ROLE},
    {"researchers", W_UNNAMED}, {"responded", W_REPORT}, {"restrict", W_T_POLICY},
    {"restricted", W_T_POLICY | W_PREDICATE}, {"restricting", W_T_POLICY},
    {"restriction", W_T_POLICY}, {"restrictions", W_T_POLICY}, {"revealed", W_REPORT | W_PREDICATE},
    {"revenue", W_T_MARKET}, {"risen", W_T_MARKET}, {"rises", W_T_MARKET}, {"rival", W_T_BENCH},
    {"rivaled", W_T_BENCH | W_PREDICATE}, {"rivals", W_T_BENCH}, {"roadmap", W_T_TIME},
    {"rolled", W_T_TIME | W_PREDICATE}, {"rose", W_T_MARKET | W_PREDICATE}, {"round", W_T_FUND},
    {"rout", W_T_MARKET}, {"rules", W_T_POLICY}, {"rumored", W_PASSIVE}, {"rumoured", W_PASSIVE},
    {"said", W_REPORT | W_PASSIVE}, {"salaries", W_T_COST}, {"salary", W_T_COST},
    {"sales", W_T_MARKET}, {"sanction", W_T_POLICY}, {"sanctions", W_T_POLICY},
    {"sank", W_PREDICATE | W_T_MARKET}, {"say", W_REPORT}, {"saying", W_REPORT}, {"says", W_REPORT},
    {"sceptics", W_UNNAMED}, {"schedule", W_T_TIME}, {"scheduled", W_T_TIME}, {"scientist", W_ROLE},
    {"scientists", W_ROLE}, {"score", W_T_BENCH}, {"scored", W_T_BENCH | W_PREDICATE},
    {"scores", W_T_BENCH}, {"scoring", W_T_BENCH}, {"security", W_T_OTHER}, {"seem", W_HEDGE},
    {"seemed", W_HEDGE}, {"seems", W_HEDGE}, {"seen", W_PASSIVE}, {"sell-off", W_T_MARKET},
    {"selling", W_T_MARKET}, {"selloff", W_T_MARKET}, {"selloffs", W_T_MARKET},
    {"semiconductor", W_T_HW}, {"semiconductors", W_T_HW}, {"senate", W_T_POLICY},
    {"senator", W_T_POLICY}, {"senators", W_T_POLICY}, {"servers", W_T_HW}, {"serves", W_PREDICATE},
    {"service", W_PRONOUN}, {"share", W_T_MARKET}, {"shareholder", W_T_FUND},
    {"shareholders", W_T_FUND}, {"shares", W_T_MARKET}, {"she", W_PRONOUN | W_PERSONAL},
    {"shipped", W_T_TIME | W_PREDICATE}, {"show", W_REPORT}, {"showed", W_REPORT},
    {"shows", W_REPORT}, {"sign", W_NOTCLAIM}, {"signaled", W_REPORT}, {"signalled", W_REPORT},
    {"signed", W_PREDICATE}, {"singled", W_REPORT}, {"skeptics", W_UNNAMED},
    {"slashed", W_PREDICATE}, {"slid", W_T_MARKET | W_PREDICATE},
    {"slumped", W_PREDICATE | W_T_MARKET}, {"smuggled", W_T_POLICY | W_PREDICATE},
    {"smuggling", W_T_POLICY}, {"soared", W_T_MARKET | W_PREDICATE}, {"source", W_UNNAMED},
    {"sources", W_UNNAMED}, {"speculation", W_NOUNCOMP}, {"spend", W_T_FUND},
    {"spending", W_T_FUND}, {"spent", W_T_COST | W_PREDICATE}, {"spokesman", W_ROLE},
    {"spokesperson", W_ROLE}, {"spokeswoman", W_ROLE}, {"staffer", W_ROLE}, {"staffers", W_ROLE},
    {"stake", W_T_FUND}, {"start-up", W_PRONOUN}, {"startup", W_PRONOUN}, {"stated", W_REPORT},
    {"statement", W_AUX}, {"states", W_REPORT}, {"stock", W_T_MARKET}, {"stocks", W_T_MARKET},
    {"store", W_T_MARKET}, {"strategist", W_ROLE}, {"strategists", W_UNNAMED},
    {"stressed", W_REPORT}, {"stresses", W_REPORT}, {"study", W_DOC}, {"subscribe", W_NOTCLAIM},
    {"subsidies", W_T_POLICY}, {"subsidise", W_T_POLICY}, {"subsidize", W_T_POLICY},
    {"subsidy", W_T_POLICY}, {"sued", W_PREDICATE}, {"suggest", W_HEDGE | W_REPORT},
    {"suggested", W_HEDGE | W_REPORT}, {"suggests", W_HEDGE | W_REPORT}, {"suing", W_T_OTHER},
    {"supercomputer", W_T_HW}, {"supercomputers", W_T_HW}, {"supplier", W_ROLE},
    {"surged", W_T_MARKET | W_PREDICATE}, {"surpassed", W_T_BENCH | W_PREDICATE}, {"survey", W_DOC},
    {"suspect", W_REPORT | W_HEDGE}, {"suspected", W_REPORT}, {"suspects", W_HEDGE | W_REPORT},
    {"suspended", W_PREDICATE}, {"suspicion", W_NOUNCOMP}, {"swe-bench", W_T_BENCH},
    {"table", W_DOC}, {"target", W_T_MARKET}, {"targets", W_T_MARKET}, {"tariff", W_T_POLICY},
    {"tariffs", W_T_POLICY}, {"tells", W_REPORT | W_TELL}, {"tests", W_T_BENCH}, {"their", W_SELF},
    {"they", W_PRONOUN}, {"think", W_REPORT | W_HEDGE}, {"thinks", W_REPORT | W_HEDGE},
    {"thought", W_PASSIVE}, {"tighten", W_T_POLICY}, {"tightened", W_T_POLICY | W_PREDICATE},
    {"timeline", W_T_TIME}, {"told", W_REPORT | W_TELL}, {"topped", W_T_MARKET | W_PREDICATE},
    {"touted", W_REPORT | W_PASSIVE}, {"tracker", W_DOC}, {"trader", W_ROLE},
    {"traders", W_UNNAMED | W_ROLE}, {"trailed", W_T_BENCH}, {"trails", W_T_BENCH},
    {"trained", W_PREDICATE}, {"tranche", W_T_FUND}, {"tripled", W_PREDICATE},
    {"truce", W_T_POLICY}, {"tumbled", W_T_MARKET | W_PREDICATE}, {"tweeted", W_REPORT},
    {"underperform", W_T_MARKET}, {"understood", W_PASSIVE}, {"unveiled", W_T_TIME | W_PREDICATE},
    {"unveils", W_T_TIME | W_PREDICATE}, {"upgraded", W_REPORT}, {"urged", W_REPORT},
    {"user", W_ROLE}, {"users", W_T_MARKET}, {"usually", W_AUX}, {"valuable", W_T_MARKET},
    {"valuation", W_T_FUND}, {"valued", W_T_FUND | W_PREDICATE}, {"venture", W_T_FUND},
    {"voiced", W_REPORT}, {"vote", W_T_POLICY}, {"voted", W_T_POLICY}, {"votes", W_T_POLICY},
    {"vouchers", W_T_POLICY}, {"vowed", W_REPORT}, {"vulnerabilities", W_T_OTHER},
    {"vulnerability", W_T_OTHER}, {"wafers", W_T_HW}, {"warn", W_REPORT}, {"warned", W_REPORT},
    {"warning", W_REPORT}, {"warns", W_REPORT}, {"watch", W_NOTCLAIM}, {"watchdog", W_T_POLICY},
    {"we", W_PRONOUN | W_SELF}, {"wiped", W_T_MARKET | W_PREDICATE}, {"won", W_PREDICATE},
    {"worker", W_ROLE}, {"workers", W_ROLE}, {"worries", W_NOUNCOMP},
    {"worry", W_NOUNCOMP | W_REPORT}, {"worth", W_T_MARKET}, {"writes", W_REPORT},
    {"wrote", W_REPORT}, {"yields", W_T_HW},
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

uint32_t cl_lookup(const char *s, size_t n) {
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
        if (strncmp(word, (const char *)w, n) == 0 && word[n] == '\0') return lexicon[lex_slot[h] - 1].flags;
    }
    return 0;
}
