/* test_quantity.c: dsc_quantities_find() on one sentence at a time.
 *
 * The table gives a sentence and every quantity expected in it (surface
 * text, value, upper bound, qualifier, unit). Each sentence is copied into a
 * buffer of exactly its length, with no terminator, so AddressSanitizer and
 * valgrind catch any read past the end. Robustness checks follow: truncated
 * prefixes, hostile inputs, long inputs, cap handling, a random soak. */
#include "dsc.h"
#include "check.h"
#include "quantity_units.h"
#include "internal.h"
#include "lexicon_hash.h"

#include <ctype.h>
#include <float.h>
#include <stdlib.h>
#include <time.h>
#include <stdarg.h>
#include <unistd.h>

#ifndef DSC_BUILD_DIR
#define DSC_BUILD_DIR "build"
#endif

static const char *qual_name(dsc_qualifier q)
{
    static const char *const names[] = {"exact", "about", "less_than", "more_than", "range"};
    return (unsigned)q < DSC_QUALIFIERS ? names[q] : "?";
}

#define EXACT DSC_EXACT
#define ABOUT DSC_ABOUT
#define LESS DSC_LESS_THAN
#define MORE DSC_MORE_THAN

typedef struct {
    const char *text;
    double value, value_max;
    dsc_qualifier qual;
    const char *unit;
} want;

typedef struct {
    const char *input;
    size_t n;           /* quantities expected */
    want q[4];
} qcase;

#define Q(text, v, qual, unit) {text, v, v, qual, unit}
#define R(text, lo, hi, unit) {text, lo, hi, DSC_RANGE, unit}
#define NONE(input) {input, 0, {{NULL, 0, 0, EXACT, NULL}}}

static const qcase CASES[] = {
    /* --- seen in the second held-out set ----------------------------- */
    {"The models range in size from 600 million to 235 billion parameters.", 1,
     {R("600 million to 235 billion parameters", 6e8, 2.35e11, "parameters")}},
    /* words between the number and its noun: a count-adjective that also
     * stops a noun ("$5 billion total"), adjectives with a comma between */
    {"V3.1 has 671B total params, DeepSeek said.", 1, {Q("671B total params", 6.71e11, EXACT, "parameters")}},
    {"V3 was trained on 14.8 trillion diverse, high-quality tokens.", 1,
     {Q("14.8 trillion diverse, high-quality tokens", 1.48e13, EXACT, "tokens")}},
    {"Rates rose 5%, new data show.", 1, {Q("5%", 5, EXACT, "%")}},
    /* model sizes without the noun right after: modifiers before it, a
     * list of sizes, a model-noun and a preposition before, a size after
     * a size in parameters */
    {"DeepSeek released a 671B MoE model.", 1, {Q("671B", 6.71e11, EXACT, "parameters")}},
    {"The 7B and 70B versions are free to download.", 2,
     {Q("7B", 7e9, EXACT, "parameters"), Q("70B", 7e10, EXACT, "parameters")}},
    {"The distilled checkpoints at 1.5B, 7B and 32B beat o1-mini.", 3,
     {Q("1.5B", 1.5e9, EXACT, "parameters"), Q("7B", 7e9, EXACT, "parameters"), Q("32B", 3.2e10, EXACT, "parameters")}},
    {"V3.1: 671B total params, 37B active.", 2,
     {Q("671B total params", 6.71e11, EXACT, "parameters"), Q("37B", 3.7e10, EXACT, "parameters")}},
    NONE("Meta's Llama 3.1 405B model is big."),
    NONE("It scored 7B on the test."),
    /* a bare size stated by a size-verb ("is", "includes", "of") in a
     * sentence that names a model, its weights or parameters; a size
     * after it borrows the unit */
    {"The full download of Osprey-4 is 412B, which includes 398B of main model weights and 14B of draft weights.", 3,
     {Q("412B", 4.12e11, EXACT, "parameters"), Q("398B", 3.98e11, EXACT, "parameters"),
      Q("14B", 1.4e10, EXACT, "parameters")}},
    {"Its total size is 98B: 90B of the base weights and 8B of the adapter weights.", 3,
     {Q("98B", 9.8e10, EXACT, "parameters"), Q("90B", 9e10, EXACT, "parameters"),
      Q("8B", 8e9, EXACT, "parameters")}},
    {"Counting the vision encoder, the model's size is 1.2T.", 1, {Q("1.2T", 1.2e12, EXACT, "parameters")}},
    {"Its smallest checkpoint is 350M, small enough for a phone.", 1, {Q("350M", 3.5e8, EXACT, "parameters")}},
    NONE("The index is 5B points above where it started."),
    NONE("Its valuation is 40B, investors said."),
    /* "weighs" states a size as "is" does */
    {"The full checkpoint of the model weighs 530B on the hub.", 1, {Q("530B", 5.3e11, EXACT, "parameters")}},
    /* multiword count nouns */
    {"Yotta has lined up 38,000 graphics processing units.", 1,
     {Q("38,000 graphics processing units", 3.8e4, EXACT, "GPUs")}},
    {"The lab bought thousands of graphics processors.", 1,
     {Q("thousands of graphics processors", 1e3, MORE, "GPUs")}},
    /* prices per GPU hour, and the small amounts priced beside them */
    {"Lambda rents out H100s at $2 per GPU-hour.", 1, {Q("$2 per GPU-hour", 2, EXACT, "USD per GPU hour")}},
    /* a price per unit of energy or power */
    {"The plant sells power at $72 per megawatt-hour.", 1,
     {Q("$72 per megawatt-hour", 72, EXACT, "USD per megawatt-hour")}},
    {"Capacity cleared at $270.35 per megawatt-day.", 1,
     {Q("$270.35 per megawatt-day", 270.35, EXACT, "USD per megawatt-day")}},
    {"The price is roughly \xE2\x82\xB9" "70 per GPU hour, or about 80 cents, against \xE2\x82\xB9" "115.85 ($1.33) before.", 4,
     {Q("\xE2\x82\xB9" "70 per GPU hour", 70, ABOUT, "INR per GPU hour"), Q("80 cents", 0.8, ABOUT, "USD per GPU hour"),
      Q("\xE2\x82\xB9" "115.85", 115.85, EXACT, "INR per GPU hour"), Q("$1.33", 1.33, EXACT, "USD per GPU hour")}},
    {"The run used 2,048 Nvidia H800 chips, priced at $2 an hour.", 2,
     {Q("2,048 Nvidia H800 chips", 2048, EXACT, "chips"), Q("$2", 2, EXACT, "USD per GPU hour")}},
    {"A plumber in Austin costs $80 an hour.", 1, {Q("$80", 80, EXACT, "USD")}},
    /* names_hardware: an hourly price in a sentence that names chips it does not count */
    {"Renting Nvidia B200 chips now costs about $4 an hour, against $6 in May.", 2,
     {Q("$4", 4, ABOUT, "USD per GPU hour"), Q("$6", 6, EXACT, "USD per GPU hour")}},
    {"One neocloud rents MI300Xs at $1.80 an hour.", 1, {Q("$1.80", 1.8, EXACT, "USD per GPU hour")}},
    {"A Q3 survey found plumbers in Austin cost $80 an hour.", 1, {Q("$80", 80, EXACT, "USD")}},
    /* tokens_named_before: "per million" prices the tokens the sentence named */
    {"Output tokens on the new tier cost $3 per million, down from $5.", 2,
     {Q("$3 per million", 3, EXACT, "USD per 1M tokens"), Q("$5", 5, EXACT, "USD per 1M tokens")}},
    {"The app charges $2 per million users, its tokens aside.", 1, {Q("$2", 2, EXACT, "USD")}},
    /* places written as ordinals, with a cue; a streak counts periods */
    {"Zhipu says GLM-4.5 ranks third on a set of 12 benchmarks.", 2,
     {Q("third", 3, EXACT, "rank"), Q("12 benchmarks", 12, EXACT, "benchmarks")}},
    {"LMArena put K2 at No. 1 among open models and fifth overall.", 2,
     {Q("No. 1", 1, EXACT, "rank"), Q("fifth", 5, EXACT, "rank")}},
    {"The app was second only to ChatGPT in Korea.", 1, {Q("second", 2, EXACT, "rank")}},
    {"It was the second-largest GDPR penalty on record.", 1, {Q("second-largest", 2, EXACT, "rank")}},
    {"Cloud revenue grew for the eighth consecutive quarter.", 1, {Q("eighth", 8, EXACT, "quarters")}},
    {"SoftBank posted its second straight quarterly profit.", 1, {Q("second", 2, EXACT, "quarters")}},
    NONE("Orders for the second half of 2024 are up."),
    NONE("Liang told Waves in a second interview that costs fell."),
    NONE("It ships in the fourth quarter of next year."),
    /* attributive_at: a singular unit before a function word modifies nothing */
    NONE("Draft 4 second and third versions were leaked."),
    {"The lab ordered 4 GPU and 8 GPU nodes.", 2, {Q("4 GPU", 4, EXACT, "GPUs"), Q("8 GPU", 8, EXACT, "GPUs")}},
    /* listed_place: a rank shared over a list, its verb left out */
    {"In the survey Qwen placed first, Kimi K2 fifth and GLM-4.6 ninth.", 3,
     {Q("first", 1, EXACT, "rank"), Q("fifth", 5, EXACT, "rank"), Q("ninth", 9, EXACT, "rank")}},
    {"The lab ranked Gemini 3 first overall, Claude 4 second and Grok third.", 3,
     {Q("first", 1, EXACT, "rank"), Q("second", 2, EXACT, "rank"), Q("third", 3, EXACT, "rank")}},
    NONE("Meta released Llama first and Mistral later."),
    {"Qwen ranked first, and the team met Kimi second week.", 1, {Q("first", 1, EXACT, "rank")}},
    /* B_WORD: a number word compared with the amount before, with a qualifier */
    {"Its lead is now three points, down from more than ten in June.", 2,
     {Q("three points", 3, EXACT, "points"), Q("ten", 10, MORE, "points")}},
    NONE("Two of them left, down from twenty."),
    /* scores the text gives no unit: after a score-verb, a decimal
     * compared with another */
    {"On LiveCodeBench, K2 scored 53.7 against 47.4 for Claude Opus 4.", 2,
     {Q("53.7", 53.7, EXACT, ""), Q("47.4", 47.4, EXACT, "")}},
    {"Alibaba says Qwen3 beats Gemini 2.5 Pro on AIME25 (92.3 vs 88.0).", 2,
     {Q("92.3", 92.3, EXACT, ""), Q("88.0", 88, EXACT, "")}},
    NONE("Llama 3.1 vs 3.3 is better."),
    NONE("It scored in 2024 and again in 2025."),
    /* a grouped number with a qualifier counts what the sentence counted in
     * thousands */
    /* a qualifier before a number with a thousands comma: a figure */
    {"Chips rated below 4,800 stay exempt.", 1, {Q("4,800", 4800, LESS, "")}},
    {"The rule covers no more than 2,500 per buyer.", 1, {Q("2,500", 2500, LESS, "")}},
    {"Estimates put it between 10,000 and 400,000 AI chips, with a median of around 140,000.", 2,
     {R("10,000 and 400,000 AI chips", 1e4, 4e5, "chips"), Q("140,000", 1.4e5, ABOUT, "chips")}},
    /* an earlier level in plain digits takes the unit of the amount before */
    {"It has 120 engineers, up from 80 in 2023.", 2,
     {Q("120 engineers", 120, EXACT, "engineers"), Q("80", 80, EXACT, "engineers")}},
    {"It has 120 engineers, up from 2023.", 1, {Q("120 engineers", 120, EXACT, "engineers")}},
    /* "times" after a verb of class event-verb counts events */
    {"DeepSeek was downloaded about 1.2 million times in Germany.", 1,
     {Q("1.2 million times", 1.2e6, ABOUT, "downloads")}},
    {"The model is 10 times cheaper to run.", 1, {Q("10 times", 10, EXACT, "x")}},
    /* "of them" after money counts what the money is for, not money */
    {"It plans to mobilise \xE2\x82\xAC" "20 billion for as many as five of them.", 2,
     {Q("\xE2\x82\xAC" "20 billion", 2e10, EXACT, "EUR"), Q("five", 5, LESS, "")}},
    /* "a <noun> of N" counts the noun */
    {"The office has a staff of about 90 and a budget of roughly $8 million.", 2,
     {Q("90", 90, ABOUT, "staff"), Q("$8 million", 8e6, ABOUT, "USD")}},
    NONE("It is the staff of 90 Main Street."),
    /* a quotation that closes before the counted noun */
    {"It said it had signed \"more than 40\" contracts since January.", 1, {Q("40", 40, MORE, "contracts")}},
    /* four-word qualifiers */
    {"The deal is in the region of $2 billion.", 1, {Q("$2 billion", 2e9, ABOUT, "USD")}},
    {"It took on the order of 10,000 GPUs.", 1, {Q("10,000 GPUs", 1e4, ABOUT, "GPUs")}},
    /* a qualifier shared over "or", in one clause */
    {"Firms face fines of up to EUR 15 million or 3% of turnover.", 2,
     {Q("EUR 15 million", 1.5e7, LESS, "EUR"), Q("3%", 3, LESS, "%")}},
    {"It can be fined up to 3 percent of its annual turnover or \xE2\x82\xAC" "15 million, whichever is higher.", 2,
     {Q("3 percent", 3, LESS, "%"), Q("\xE2\x82\xAC" "15 million", 1.5e7, LESS, "EUR")}},
    {"It has about 5 labs, or 10 teams.", 2, {Q("5 labs", 5, ABOUT, "labs"), Q("10 teams", 10, EXACT, "teams")}},
    /* a context window's length in tokens */
    {"The model supports up to 128K context.", 1, {Q("128K", 1.28e5, LESS, "tokens")}},
    {"Kimi K2 takes up to 128K of context.", 1, {Q("128K", 1.28e5, LESS, "tokens")}},
    {"It offers a context window of 1M.", 1, {Q("1M", 1e6, EXACT, "tokens")}},
    /* "from ... to" without "range": a change, two amounts */
    {"Users grew from 600 million to 235 billion.", 2,
     {Q("600 million", 6e8, EXACT, "users"), Q("235 billion", 2.35e11, EXACT, "users")}},
    {"Most are 300,000-yuan projects.", 1, {Q("300,000-yuan", 3e5, EXACT, "CNY")}},
    NONE("TSMC makes 7nm and 5nm chips."),
    {"The saving was something like 80%.", 1, {Q("80%", 80, ABOUT, "%")}},
    {"It is closer to 5x.", 1, {Q("5x", 5, ABOUT, "x")}},
    /* --- money ------------------------------------------------------- */
    {"It took less than $6 million to build.", 1, {Q("$6 million", 6e6, LESS, "USD")}},
    {"The round raised $6M from two funds.", 2,
     {Q("$6M", 6e6, EXACT, "USD"), Q("two funds", 2, EXACT, "funds")}},
    {"Seed money was $6m.", 1, {Q("$6m", 6e6, EXACT, "USD")}},
    {"The final run cost $5.6 million.", 1, {Q("$5.6 million", 5.6e6, EXACT, "USD")}},
    {"Alibaba raised US$4.7 billion.", 1, {Q("US$4.7 billion", 4.7e9, EXACT, "USD")}},
    {"It booked USD 4.7 billion in sales.", 1, {Q("USD 4.7 billion", 4.7e9, EXACT, "USD")}},
    {"That is 4.7 billion dollars.", 1, {Q("4.7 billion dollars", 4.7e9, EXACT, "USD")}},
    {"It cost 5.6 million dollars, the paper says.", 1,
     {Q("5.6 million dollars", 5.6e6, EXACT, "USD")}},
    {"Capex hit $600bn.", 1, {Q("$600bn", 6e11, EXACT, "USD")}},
    {"A $1.5 bn deal closed.", 1, {Q("$1.5 bn", 1.5e9, EXACT, "USD")}},
    {"It paid $20 mln for the stake.", 1, {Q("$20 mln", 2e7, EXACT, "USD")}},
    {"Engineers earn $300k a year.", 1, {Q("$300k", 3e5, EXACT, "USD")}},
    {"Nvidia passed $1 trillion.", 1, {Q("$1 trillion", 1e12, MORE, "USD")}},
    {"Apple is worth $1tn more.", 1, {Q("$1tn", 1e12, EXACT, "USD")}},
    {"The fund put in 1 billion yuan.", 1, {Q("1 billion yuan", 1e9, EXACT, "CNY")}},
    {"Tencent spent RMB 3 billion on servers.", 1, {Q("RMB 3 billion", 3e9, EXACT, "CNY")}},
    {"Output costs \xC2\xA5" "2 per unit.", 1, {Q("\xC2\xA5" "2", 2, EXACT, "CNY")}},
    {"Mistral raised \xE2\x82\xAC" "100 million.", 1,
     {Q("\xE2\x82\xAC" "100 million", 1e8, EXACT, "EUR")}},
    {"Brussels pledged 100 million euros.", 1, {Q("100 million euros", 1e8, EXACT, "EUR")}},
    {"The EU fund holds EUR 5 billion.", 1, {Q("EUR 5 billion", 5e9, EXACT, "EUR")}},
    {"DeepMind got \xC2\xA3" "5 million.", 1, {Q("\xC2\xA3" "5 million", 5e6, EXACT, "GBP")}},
    {"Shares raised HK$10 billion.", 1, {Q("HK$10 billion", 1e10, EXACT, "HKD")}},
    {"A query costs 14 cents.", 1, {Q("14 cents", 0.14, EXACT, "USD")}},
    {"It was 4.7 billion U.S. dollars.", 1, {Q("4.7 billion U.S. dollars", 4.7e9, EXACT, "USD")}},
    {"The chips cost $30,000 each.", 1, {Q("$30,000", 3e4, EXACT, "USD")}},
    {"Profit reached RMB3bn.", 1, {Q("RMB3bn", 3e9, EXACT, "CNY")}},
    {"It cost $ 6 million.", 1, {Q("$ 6 million", 6e6, EXACT, "USD")}},
    {"It is a billion dollars.", 1, {Q("a billion dollars", 1e9, EXACT, "USD")}},
    {"Nvidia lost nearly $600 billion in value.", 1, {Q("$600 billion", 6e11, ABOUT, "USD")}},
    {"The startup raised $1 billion.", 1, {Q("$1 billion", 1e9, EXACT, "USD")}},
    {"It sells for $2.5k.", 1, {Q("$2.5k", 2500, EXACT, "USD")}},
    {"Valuations near $300B worried investors.", 1, {Q("$300B", 3e11, ABOUT, "USD")}},

    /* --- token prices ---------------------------------------------------- */
    {"It charges $0.55 per million input tokens.", 1,
     {Q("$0.55 per million input tokens", 0.55, EXACT, "USD per 1M tokens")}},
    {"Output is $2.19 per million output tokens.", 1,
     {Q("$2.19 per million output tokens", 2.19, EXACT, "USD per 1M tokens")}},
    {"The API costs 1 yuan per million tokens.", 1,
     {Q("1 yuan per million tokens", 1, EXACT, "CNY per 1M tokens")}},
    {"Priced at $2.19/M output tokens.", 1,
     {Q("$2.19/M output tokens", 2.19, EXACT, "USD per 1M tokens")}},
    {"It was $0.002 per 1,000 tokens.", 1,
     {Q("$0.002 per 1,000 tokens", 2, EXACT, "USD per 1M tokens")}},
    {"That is 14 cents per million tokens.", 1,
     {Q("14 cents per million tokens", 0.14, EXACT, "USD per 1M tokens")}},
    {"Rivals ask $1 per 1M tokens.", 1, {Q("$1 per 1M tokens", 1, EXACT, "USD per 1M tokens")}},
    {"Renting costs $5 per hour.", 1, {Q("$5", 5, EXACT, "USD")}},
    {"DeepSeek charges 0.14 yuan per million tokens.", 1,
     {Q("0.14 yuan per million tokens", 0.14, EXACT, "CNY per 1M tokens")}},
    {"Prices run $0.14\xE2\x80\x93$0.28 per million tokens.", 1,
     {R("$0.14\xE2\x80\x93$0.28 per million tokens", 0.14, 0.28, "USD per 1M tokens")}},
    {"Cached input costs $0.07 per million cached tokens.", 1,
     {Q("$0.07 per million cached tokens", 0.07, EXACT, "USD per 1M tokens")}},

    /* --- scale words and model sizes ----------------------------------- */
    {"V3 has 671 billion parameters.", 1, {Q("671 billion parameters", 6.71e11, EXACT, "parameters")}},
    {"Only 37 billion activated parameters fire per token.", 1,
     {Q("37 billion activated parameters", 3.7e10, EXACT, "parameters")}},
    {"Its 7B parameters fit on a laptop.", 1, {Q("7B parameters", 7e9, EXACT, "parameters")}},
    NONE("It beat Llama 3.1 405B on math."),
    /* a glued B after a determiner or possessive, before "model": a size */
    {"Even a 7B model can do it.", 1, {Q("7B", 7e9, EXACT, "parameters")}},
    {"Moonshot's 1T model leads.", 1, {Q("1T", 1e12, EXACT, "parameters")}},
    {"DeepSeek\xE2\x80\x99s 27B model scored well.", 1, {Q("27B", 2.7e10, EXACT, "parameters")}},
    NONE("Small 7B models are cheap."),
    NONE("It beat the Llama 3.1 405B model on math."),
    {"It is a 3B-parameter model.", 1, {Q("3B-parameter", 3e9, EXACT, "parameters")}},
    {"GPT-3 was a 175-billion-parameter model.", 1,
     {Q("175-billion-parameter", 1.75e11, EXACT, "parameters")}},
    {"It was trained on 14.8 trillion tokens.", 1, {Q("14.8 trillion tokens", 1.48e13, EXACT, "tokens")}},
    {"The context holds 100M tokens.", 1, {Q("100M tokens", 1e8, EXACT, "tokens")}},
    {"The app has 300K users.", 1, {Q("300K users", 3e5, EXACT, "users")}},
    {"It reached two million users.", 1, {Q("two million users", 2e6, EXACT, "users")}},
    {"It has half a million users.", 1, {Q("half a million users", 5e5, EXACT, "users")}},
    {"A hundred engineers joined.", 1, {Q("A hundred engineers", 100, EXACT, "engineers")}},
    {"The model has 405B parameters.", 1, {Q("405B parameters", 4.05e11, EXACT, "parameters")}},

    /* --- durations ----------------------------------------------------- */
    {"It took two months.", 1, {Q("two months", 2, EXACT, "months")}},
    {"Training ran for 55 days.", 1, {Q("55 days", 55, EXACT, "days")}},
    {"It was 18 months in the making.", 1, {Q("18 months", 18, EXACT, "months")}},
    NONE("It happened a year ago."),
    {"The review lasted three weeks.", 1, {Q("three weeks", 3, EXACT, "weeks")}},
    {"Export rules date back 10 years.", 1, {Q("10 years", 10, EXACT, "years")}},
    {"The outage lasted 48 hours.", 1, {Q("48 hours", 48, EXACT, "hours")}},
    {"It shipped one month later.", 1, {Q("one month", 1, EXACT, "months")}},
    {"The contract runs 1 year.", 1, {Q("1 year", 1, EXACT, "years")}},
    {"It finished within 55 days.", 1, {Q("55 days", 55, LESS, "days")}},
    {"It was a two-month sprint.", 1, {Q("two-month", 2, EXACT, "months")}},
    {"It was a 10-year-old program.", 1, {Q("10-year-old", 10, EXACT, "years")}},
    {"Wang, the 28-year-old founder, spoke.", 1, {Q("28-year-old", 28, EXACT, "years")}},
    NONE("It was the biggest one-day loss ever."),
    {"It signed a 1-year deal.", 1, {Q("1-year", 1, EXACT, "years")}},
    NONE("2 min. read"),
    {"Stargate is worth $500 billion over four years.", 2,
     {Q("$500 billion", 5e11, EXACT, "USD"), Q("four years", 4, EXACT, "years")}},
    {"It took over two months.", 1, {Q("two months", 2, MORE, "months")}},
    {"A 24-hour news cycle followed.", 1, {Q("24-hour", 24, EXACT, "hours")}},
    {"It is twenty-five days late.", 1, {Q("twenty-five days", 25, EXACT, "days")}},
    {"Liang spent a decade stockpiling GPUs.", 1, {Q("a decade", 10, EXACT, "years")}},
    {"It took two decades.", 1, {Q("two decades", 20, EXACT, "years")}},
    {"It took 2-3 decades.", 1, {R("2-3 decades", 20, 30, "years")}},
    {"Huawei sent hundreds of its own engineers.", 1, {Q("hundreds of its own engineers", 100, MORE, "engineers")}},
    {"It has millions of their users.", 1, {Q("millions of their users", 1e6, MORE, "users")}},
    /* energy: singular units, "a gigawatt", watt-hours */
    {"The cluster draws about 1 gigawatt.", 1, {Q("1 gigawatt", 1, ABOUT, "gigawatts")}},
    {"A gigawatt of capacity costs $50 billion.", 2,
     {Q("A gigawatt", 1, EXACT, "gigawatts"), Q("$50 billion", 5e10, EXACT, "USD")}},
    {"Data centres used 415 terawatt-hours.", 1, {Q("415 terawatt-hours", 415, EXACT, "terawatt-hours")}},
    {"It stores 2 gigawatt-hours.", 1, {Q("2 gigawatt-hours", 2, EXACT, "gigawatt-hours")}},
    NONE("It happened a month ago."),
    /* a bare number compared with an amount before it takes its unit, also
     * past a qualifier ("compared with about 147,000") and after "up from" */
    {"It took 61,000 GPU hours, compared with about 147,000 for a baseline.", 2,
     {Q("61,000 GPU hours", 61000, EXACT, "GPU hours"), Q("147,000", 147000, ABOUT, "GPU hours")}},
    {"It has 2,300 employees, up from 1,000 last year.", 2,
     {Q("2,300 employees", 2300, EXACT, "employees"), Q("1,000", 1000, EXACT, "employees")}},
    {"It has 2,300 employees, down from around 2,600 in May.", 2,
     {Q("2,300 employees", 2300, EXACT, "employees"), Q("2,600", 2600, ABOUT, "employees")}},
    /* "N of the <whole>": the noun of the whole counts the part */
    {"Judges in all 13 of the province's prefecture-level cities use it.", 1, {Q("13", 13, EXACT, "cities")}},
    {"Its models are now seven of the top 10 open models.", 2,
     {Q("seven", 7, EXACT, "models"), Q("10 open models", 10, EXACT, "models")}},
    {"She expects two of the six tigers to quit.", 2, {Q("two", 2, EXACT, "tigers"), Q("six tigers", 6, EXACT, "tigers")}},
    {"It oversees about 100 of the country\xE2\x80\x99s biggest state firms.", 1, {Q("100", 100, ABOUT, "firms")}},
    {"Five of its labs closed.", 1, {Q("Five", 5, EXACT, "labs")}},
    NONE("Two of the people said the talks stalled."),
    NONE("One of the largest labs said so."),
    {"Meta hired 50 researchers, at least a dozen of them from OpenAI.", 2,
     {Q("50 researchers", 50, EXACT, "researchers"), Q("a dozen", 12, MORE, "researchers")}},
    {"It cleared 346 chatbots, and every one of them must carry a label.", 1,
     {Q("346 chatbots", 346, EXACT, "chatbots")}},
    /* verbs of passing a mark set a floor */
    {"Its value briefly topped $5 trillion.", 1, {Q("$5 trillion", 5e12, MORE, "USD")}},
    {"The budget is expected to top $150 billion.", 1, {Q("$150 billion", 1.5e11, MORE, "USD")}},
    {"Analysts reckon its capex will top $90 billion.", 1, {Q("$90 billion", 9e10, MORE, "USD")}},
    {"The cost of a given score halves roughly every nine months.", 1, {Q("nine months", 9, ABOUT, "months")}},
    {"Some offers reportedly top $50 million.", 1, {Q("$50 million", 5e7, MORE, "USD")}},
    {"Revenue crossed $1 billion in June.", 1, {Q("$1 billion", 1e9, MORE, "USD")}},
    {"They will spend somewhere near $380 billion.", 1, {Q("$380 billion", 3.8e11, ABOUT, "USD")}},
    NONE("It ranked in the top 10 of the chart."),
    /* powers of ten */
    {"Models trained with more than 10^25 floating-point operations.", 1,
     {Q("10^25 floating-point operations", 1e25, MORE, "floating-point operations")}},
    {"It used 10^24 FLOPs.", 1, {Q("10^24 FLOPs", 1e24, EXACT, "floating-point operations")}},
    NONE("See 10^x for the formula."),
    {"Eleven Democrats and three Republicans voted against it.", 2,
     {Q("Eleven Democrats", 11, EXACT, "Democrats"), Q("three Republicans", 3, EXACT, "Republicans")}},
    /* "X or Y noun": a range */
    {"Only three or four labs can train it.", 1, {R("three or four labs", 3, 4, "labs")}},
    {"It will take 2 or 3 years.", 1, {R("2 or 3 years", 2, 3, "years")}},
    {"It costs $5 or more.", 1, {Q("$5", 5, MORE, "USD")}},
    {"Approval came within a fortnight.", 1, {Q("a fortnight", 2, LESS, "weeks")}},
    {"You file a proposal and wait a month.", 1, {Q("a month", 1, EXACT, "months")}},
    {"It was banned for a year.", 1, {Q("a year", 1, EXACT, "years")}},
    {"The review took a week.", 1, {Q("a week", 1, EXACT, "weeks")}},
    {"Most graduated within the past five years.", 1, {Q("five years", 5, LESS, "years")}},
    {"It ships within the next 12 months.", 1, {Q("12 months", 12, LESS, "months")}},
    {"It grew fast in the past five years.", 1, {Q("five years", 5, EXACT, "years")}},
    NONE("It happened a decade ago."),
    NONE("It took place a year ago."),
    /* a span between two events counts, a date reference does not */
    {"It posted the model card a day later.", 1, {Q("a day", 1, EXACT, "days")}},
    {"The review began a month before the launch.", 1, {Q("a month", 1, EXACT, "months")}},
    {"Revenue rose 62% from a year earlier.", 1, {Q("62%", 62, EXACT, "%")}},
    NONE("For years it was a decade-long fight."),
    /* an ordinal before a streak counts periods */
    {"It rose for a second consecutive year.", 1, {Q("second", 2, EXACT, "years")}},
    NONE("He took a second look at the data."),
    {"Sales rose 73% from a year earlier.", 1, {Q("73%", 73, EXACT, "%")}},
    {"Calls run 1.2 billion a day.", 1, {Q("1.2 billion", 1.2e9, EXACT, "")}},

    /* --- percentages --------------------------------------------------- */
    {"Nvidia fell 17% on Monday.", 1, {Q("17%", 17, EXACT, "%")}},
    {"Nvidia fell 17 percent.", 1, {Q("17 percent", 17, EXACT, "%")}},
    {"Nvidia fell 17 per cent.", 1, {Q("17 per cent", 17, EXACT, "%")}},
    {"Margins shrank 17 percentage points.", 1,
     {Q("17 percentage points", 17, EXACT, "percentage points")}},
    {"The index moved -3.5% overnight.", 1, {Q("-3.5%", -3.5, EXACT, "%")}},
    {"The index moved \xE2\x88\x92" "3% overnight.", 1, {Q("\xE2\x88\x92" "3%", -3, EXACT, "%")}},
    {"It was a 17% drop.", 1, {Q("17%", 17, EXACT, "%")}},
    {"R1 scored 97.3% on MATH-500.", 1, {Q("97.3%", 97.3, EXACT, "%")}},
    {"It is roughly 95% cheaper.", 1, {Q("95%", 95, ABOUT, "%")}},
    {"Error rates stayed <5% all year.", 1, {Q("5%", 5, LESS, "%")}},
    {"Growth was 17 % again.", 1, {Q("17 %", 17, EXACT, "%")}},
    {"It took a 50% stake.", 1, {Q("50%", 50, EXACT, "%")}},
    {"Rates rose 25 basis points.", 1, {Q("25 basis points", 25, EXACT, "basis points")}},
    {"A ten percent cut followed.", 1, {Q("ten percent", 10, EXACT, "%")}},

    /* --- counts with nouns --------------------------------------------- */
    {"It used 2,048 Nvidia H800 GPUs.", 1, {Q("2,048 Nvidia H800 GPUs", 2048, EXACT, "GPUs")}},
    {"Liang bought 10,000 A100 GPUs.", 1, {Q("10,000 A100 GPUs", 1e4, EXACT, "GPUs")}},
    {"Pre-training took 2.788 million H800 GPU hours.", 1,
     {Q("2.788 million H800 GPU hours", 2788000, EXACT, "GPU hours")}},
    {"The run needed 2.664 million GPU hours.", 1,
     {Q("2.664 million GPU hours", 2664000, EXACT, "GPU hours")}},
    {"It stockpiled 10,000 chips.", 1, {Q("10,000 chips", 1e4, EXACT, "chips")}},
    {"ChatGPT has 100 million users.", 1, {Q("100 million users", 1e8, EXACT, "users")}},
    {"The lab runs two supercomputers.", 1, {Q("two supercomputers", 2, EXACT, "supercomputers")}},
    {"Only five firms replied.", 1, {Q("five firms", 5, EXACT, "firms")}},
    {"The lab has 200 employees.", 1, {Q("200 employees", 200, EXACT, "employees")}},
    {"It is building 3 data centers.", 1, {Q("3 data centers", 3, EXACT, "data centers")}},
    {"It logged 1 million downloads.", 1, {Q("1 million downloads", 1e6, EXACT, "downloads")}},
    {"Each node has 1 GPU.", 1, {Q("1 GPU", 1, EXACT, "GPUs")}},
    {"It bought 50,000 H100s.", 1, {Q("50,000 H100s", 5e4, EXACT, "GPUs")}},
    {"It is a 2,048-GPU cluster.", 1, {Q("2,048-GPU", 2048, EXACT, "GPUs")}},
    {"It is a 10,000 GPU cluster.", 1, {Q("10,000 GPU", 1e4, EXACT, "GPUs")}},
    {"Some 20 countries signed.", 1, {Q("20 countries", 20, ABOUT, "countries")}},
    {"The cable runs 1,500 miles.", 1, {Q("1,500 miles", 1500, EXACT, "miles")}},
    {"It released 100+ models.", 1, {Q("100+ models", 100, MORE, "models")}},
    {"It has 1,000-plus employees.", 1, {Q("1,000-plus employees", 1000, MORE, "employees")}},
    {"They need 100 GPUs or more.", 1, {Q("100 GPUs", 100, MORE, "GPUs")}},
    {"It has 3.2 million daily active users.", 1,
     {Q("3.2 million daily active users", 3.2e6, EXACT, "users")}},
    {"Nearly twenty-five firms bid.", 1, {Q("twenty-five firms", 25, ABOUT, "firms")}},
    {"He hired a dozen engineers.", 1, {Q("a dozen engineers", 12, EXACT, "engineers")}},
    {"It funds two dozen labs.", 1, {Q("two dozen labs", 24, EXACT, "labs")}},
    {"It employs 139 engineers and researchers.", 1, {Q("139 engineers", 139, EXACT, "engineers")}},
    {"Meta's 600,000 H100s dwarf that.", 1, {Q("600,000 H100s", 6e5, EXACT, "GPUs")}},
    {"One of the five firms said so.", 1, {Q("five firms", 5, EXACT, "firms")}},
    {"It was 2048 GPUs in all.", 1, {Q("2048 GPUs", 2048, EXACT, "GPUs")}},
    {"It has 5 GW of capacity planned.", 1, {Q("5 GW", 5, EXACT, "gigawatts")}},
    {"A 5GW campus and a 200MW first phase.", 2, {Q("5GW", 5, EXACT, "gigawatts"), Q("200MW", 200, EXACT, "megawatts")}},
    /* energy as symbols: TWh, GWh, MWh */
    {"Demand may reach 945 TWh by 2030.", 1, {Q("945 TWh", 945, EXACT, "terawatt-hours")}},
    {"A 12GWh battery and 300 MWh of storage.", 2,
     {Q("12GWh", 12, EXACT, "gigawatt-hours"), Q("300 MWh", 300, EXACT, "megawatt-hours")}},
    {"It sold 10 million shares.", 1, {Q("10 million shares", 1e7, EXACT, "shares")}},

    /* --- bandwidth and other measures ---------------------------------- */
    {"The H800 links run at 400GB/s.", 1, {Q("400GB/s", 400, EXACT, "GB/s")}},
    {"NVLink reaches 900 GB/s.", 1, {Q("900 GB/s", 900, EXACT, "GB/s")}},
    {"Each card has 80GB of memory.", 1, {Q("80GB", 80, EXACT, "GB")}},

    /* --- multipliers --------------------------------------------------- */
    {"It is 10x cheaper.", 1, {Q("10x", 10, EXACT, "x")}},
    {"It is 10X cheaper.", 1, {Q("10X", 10, EXACT, "x")}},
    {"It is ten times cheaper.", 1, {Q("ten times", 10, EXACT, "x")}},
    {"It runs three times faster.", 1, {Q("three times", 3, EXACT, "x")}},
    {"Usage grew tenfold.", 1, {Q("tenfold", 10, EXACT, "x")}},
    {"Costs fell more than tenfold.", 1, {Q("tenfold", 10, MORE, "x")}},
    {"Demand rose twofold.", 1, {Q("twofold", 2, EXACT, "x")}},
    {"Inference got 50-fold cheaper.", 1, {Q("50-fold", 50, EXACT, "x")}},
    {"It learns twice as fast.", 1, {Q("twice", 2, EXACT, "x")}},
    {"R1 is 20 to 50 times cheaper.", 1, {R("20 to 50 times", 20, 50, "x")}},
    {"It gave a 1.5x speedup.", 1, {Q("1.5x", 1.5, EXACT, "x")}},
    {"It is 2x-3x faster.", 1, {R("2x-3x", 2, 3, "x")}},

    /* --- ranks --------------------------------------------------------- */
    {"The app hit No. 1 on the App Store.", 1, {Q("No. 1", 1, EXACT, "rank")}},
    {"It was No.1 in the U.S.", 1, {Q("No.1", 1, EXACT, "rank")}},
    {"It became the number one app.", 1, {Q("number one", 1, EXACT, "rank")}},
    {"It took the top spot in the store.", 1, {Q("top spot", 1, EXACT, "rank")}},
    {"It ranked #1 overall.", 1, {Q("#1", 1, EXACT, "rank")}},
    {"It slipped to No. 2 on Friday.", 1, {Q("No. 2", 2, EXACT, "rank")}},
    {"It finished in first place.", 1, {Q("first", 1, EXACT, "rank")}},
    NONE("A number of firms replied."),

    /* --- vague plurals ------------------------------------------------- */
    {"They spent billions of dollars.", 1, {Q("billions of dollars", 1e9, MORE, "USD")}},
    {"It reached millions of users.", 1, {Q("millions of users", 1e6, MORE, "users")}},
    {"They burned hundreds of millions of dollars.", 1,
     {Q("hundreds of millions of dollars", 1e8, MORE, "USD")}},
    {"It runs on tens of thousands of GPUs.", 1,
     {Q("tens of thousands of GPUs", 1e4, MORE, "GPUs")}},
    {"It bought thousands of chips.", 1, {Q("thousands of chips", 1e3, MORE, "chips")}},
    {"Dozens of startups followed.", 1, {Q("Dozens of startups", 12, MORE, "startups")}},
    {"Big Tech is spending billions on AI.", 1, {Q("billions", 1e9, MORE, "USD")}},
    NONE("Millions tuned in."),
    {"Tens of billions of yuan flowed in.", 1, {Q("Tens of billions of yuan", 1e10, MORE, "CNY")}},

    /* --- qualifiers ---------------------------------------------------- */
    {"High-Flyer manages about $8 billion.", 1, {Q("$8 billion", 8e9, ABOUT, "USD")}},
    {"It has fewer than 100 employees.", 1, {Q("100 employees", 100, LESS, "employees")}},
    {"It cost under $6 million.", 1, {Q("$6 million", 6e6, LESS, "USD")}},
    {"It can use up to 50,000 H100 chips.", 1, {Q("50,000 H100 chips", 5e4, LESS, "chips")}},
    {"Churn stayed below 5%.", 1, {Q("5%", 5, LESS, "%")}},
    {"It needs no more than 10 GPUs.", 1, {Q("10 GPUs", 10, LESS, "GPUs")}},
    {"It owns at least 10,000 GPUs.", 1, {Q("10,000 GPUs", 1e4, MORE, "GPUs")}},
    {"Margins were above 50%.", 1, {Q("50%", 50, MORE, "%")}},
    {"It raised upwards of $1 billion.", 1, {Q("$1 billion", 1e9, MORE, "USD")}},
    {"It spent in excess of $1 billion.", 1, {Q("$1 billion", 1e9, MORE, "USD")}},
    {"Valuations north of $1 billion are common.", 1, {Q("$1 billion", 1e9, MORE, "USD")}},
    {"It hired roughly 200 engineers.", 1, {Q("200 engineers", 200, ABOUT, "engineers")}},
    {"It used almost 2,000 GPUs.", 1, {Q("2,000 GPUs", 2000, ABOUT, "GPUs")}},
    {"It took approximately 3 months.", 1, {Q("3 months", 3, ABOUT, "months")}},
    {"OpenAI has around 3,500 staff.", 1, {Q("3,500 staff", 3500, ABOUT, "staff")}},
    {"It hired some 200 engineers.", 1, {Q("200 engineers", 200, ABOUT, "engineers")}},
    {"It spent an estimated $5 billion.", 1, {Q("$5 billion", 5e9, ABOUT, "USD")}},
    {"It is close to $1 trillion.", 1, {Q("$1 trillion", 1e12, ABOUT, "USD")}},
    {"It cost ~$6M in compute.", 1, {Q("$6M", 6e6, ABOUT, "USD")}},
    {"Kai-Fu Lee said 01.ai was trained using only $3 million.", 1,
     {Q("$3 million", 3e6, EXACT, "USD")}},
    {"It came in just under $6 million.", 1, {Q("$6 million", 6e6, LESS, "USD")}},
    {"It lasted two months or so.", 1, {Q("two months", 2, ABOUT, "months")}},
    {"More than 100 million people used it.", 1, {Q("100 million people", 1e8, MORE, "people")}},
    {"It is worth about a billion dollars.", 1, {Q("a billion dollars", 1e9, ABOUT, "USD")}},
    {"Over 50 countries joined.", 1, {Q("50 countries", 50, MORE, "countries")}},

    /* --- ranges -------------------------------------------------------- */
    {"Grants were $1.2 million to $23.5 million.", 1,
     {R("$1.2 million to $23.5 million", 1.2e6, 23.5e6, "USD")}},
    {"Shares fell 15-20%.", 1, {R("15-20%", 15, 20, "%")}},
    {"Shares fell 15\xE2\x80\x93" "20%.", 1, {R("15\xE2\x80\x93" "20%", 15, 20, "%")}},
    {"Shares fell 15 \xE2\x80\x93 20%.", 1, {R("15 \xE2\x80\x93 20%", 15, 20, "%")}},
    {"Costs fell between 10 and 20 percent.", 1, {R("10 and 20 percent", 10, 20, "%")}},
    {"They bought between 10,000 and 50,000 GPUs.", 1,
     {R("10,000 and 50,000 GPUs", 1e4, 5e4, "GPUs")}},
    {"It cost $5-10 million.", 1, {R("$5-10 million", 5e6, 1e7, "USD")}},
    {"It is 3 to 4 months behind.", 1, {R("3 to 4 months", 3, 4, "months")}},
    {"Meta expects $60 billion to $65 billion in capex.", 1,
     {R("$60 billion to $65 billion", 6e10, 6.5e10, "USD")}},
    {"It serves between 500 and 2 million users.", 1,
     {R("500 and 2 million users", 500, 2e6, "users")}},
    {"It needs 1 to 2 billion dollars.", 1, {R("1 to 2 billion dollars", 1e9, 2e9, "USD")}},
    {"Prices were cut from $2 to $1.", 2,
     {Q("$2", 2, EXACT, "USD"), Q("$1", 1, EXACT, "USD")}},
    {"Fees ranging from $1 to $5 apply.", 1, {R("$1 to $5", 1, 5, "USD")}},
    {"Costs rose 17% to $5 billion.", 2,
     {Q("17%", 17, EXACT, "%"), Q("$5 billion", 5e9, EXACT, "USD")}},
    {"The index fell 3.1% to 19,341.83.", 1, {Q("3.1%", 3.1, EXACT, "%")}},
    {"It costs $5-10B.", 1, {R("$5-10B", 5e9, 1e10, "USD")}},
    {"Between two and three months passed.", 1, {R("two and three months", 2, 3, "months")}},

    /* --- "a month", fractions, word multipliers, floors ----------------- */
    {"It was fixed within an hour.", 1, {Q("an hour", 1, LESS, "hours")}},
    {"Within a week, rivals responded.", 1, {Q("a week", 1, LESS, "weeks")}},
    {"It began about a month before launch.", 1, {Q("a month", 1, ABOUT, "months")}},
    {"Subscribers pay $200 a month.", 1, {Q("$200", 200, EXACT, "USD")}},
    {"It spends more than half of it abroad.", 1, {Q("half", 0.5, MORE, "ratio")}},
    {"About a third of revenue is ads.", 1, {Q("a third", 1.0 / 3, ABOUT, "ratio")}},
    {"Two-thirds of staff left.", 1, {Q("Two-thirds", 2.0 / 3, EXACT, "ratio")}},
    NONE("It ships in the first half of the year."),
    NONE("It is half the story."),
    {"It was more than double the old record.", 1, {Q("double", 2, MORE, "x")}},
    {"Its cost is double the rival's.", 1, {Q("double", 2, EXACT, "x")}},
    NONE("Big Tech doubles down on double-digit growth."),
    {"It has a few hundred people.", 1, {Q("a few hundred people", 100, MORE, "people")}},
    {"It bought several thousand GPUs.", 1, {Q("several thousand GPUs", 1000, MORE, "GPUs")}},

    /* --- fractions and shares in words ---------------------------------- */
    {"Its chat model costs half as much.", 1, {Q("half", 0.5, EXACT, "ratio")}},
    {"Downloads fell by roughly two-thirds.", 1, {Q("two-thirds", 2.0 / 3, ABOUT, "ratio")}},
    {"Budgets were cut by two-thirds.", 1, {Q("two-thirds", 2.0 / 3, EXACT, "ratio")}},
    {"Costs were cut by half.", 1, {Q("half", 0.5, EXACT, "ratio")}},
    {"It costs about a twentieth as much.", 1, {Q("a twentieth", 0.05, ABOUT, "ratio")}},
    {"It charges about a thirtieth of the rival's price.", 1, {Q("a thirtieth", 1.0 / 30, ABOUT, "ratio")}},
    {"Cloud is now a fifth of sales, up from a tenth in 2023.", 2,
     {Q("a fifth", 0.2, EXACT, "ratio"), Q("a tenth", 0.1, EXACT, "ratio")}},
    {"Its share fell to a fiftieth of the market.", 1, {Q("a fiftieth", 0.02, EXACT, "ratio")}},
    {"A tenth of the chips failed.", 1, {Q("A tenth", 0.1, EXACT, "ratio")}},
    {"Nine tenths of users stayed.", 1, {Q("Nine tenths", 0.9, EXACT, "ratio")}},
    {"An eighth of revenue is ads.", 1, {Q("An eighth", 0.125, EXACT, "ratio")}},
    {"About one in five users quit.", 1, {Q("one in five", 0.2, ABOUT, "ratio")}},
    {"Two in three firms agreed.", 1, {Q("Two in three", 2.0 / 3, EXACT, "ratio")}},
    {"Yields rose to roughly 1 in 10.", 1, {Q("1 in 10", 0.1, ABOUT, "ratio")}},
    {"The estimates disagree by a factor of two.", 1, {Q("a factor of two", 2, EXACT, "x")}},
    /* "a"/"an" start a quantity before a denominator, with a hyphen too
     * (article_may_start) */
    {"Revenue fell by a-third.", 1, {Q("a-third", 1.0 / 3, EXACT, "ratio")}},
    {"Rents rose by an eighth.", 1, {Q("an eighth", 0.125, EXACT, "ratio")}},
    NONE("It is a factory of ideas."),
    {"It is faster by a factor of 2.5.", 1, {Q("a factor of 2.5", 2.5, EXACT, "x")}},
    {"The round nearly doubles its valuation.", 1, {Q("doubles", 2, ABOUT, "x")}},
    {"The company tripled its revenue.", 1, {Q("tripled", 3, EXACT, "x")}},
    {"Sales more than quadrupled.", 1, {Q("quadrupled", 4, MORE, "x")}},
    NONE("Revenue doubled."),
    {"The update doubles context to 256K tokens.", 2,
     {Q("doubles", 2, EXACT, "x"), Q("256K tokens", 2.56e5, EXACT, "tokens")}},
    NONE("They doubled down on China."),
    /* verb-lead: the base form after "to" or a modal is a verb */
    {"The lab plans to double Ascend output next year.", 1, {Q("double", 2, EXACT, "x")}},
    {"Sales are expected to triple this year.", 1, {Q("triple", 3, EXACT, "x")}},
    {"The firm will double its headcount.", 1, {Q("double", 2, EXACT, "x")}},
    NONE("Growth rose to double digits."),
    NONE("The firm will double down on chips."),
    /* pro-noun: "ones" counts what the count before it counted */
    {"The model has 400 billion total parameters and 17 billion active ones.", 2,
     {Q("400 billion total parameters", 4e11, EXACT, "parameters"), Q("17 billion active ones", 1.7e10, EXACT, "parameters")}},
    {"It owns 8,000 GPUs and will buy 2,000 newer ones.", 2,
     {Q("8,000 GPUs", 8e3, EXACT, "GPUs"), Q("2,000 newer ones", 2e3, EXACT, "GPUs")}},
    NONE("A tenth straight session of gains followed."),
    NONE("It hired a third-party auditor."),
    NONE("Results for the third quarter beat estimates."),
    NONE("One in particular stood out."),
    NONE("It launched 3 in 2024."),
    NONE("It is half the story."),
    {"It earns $3bn a quarter.", 1, {Q("$3bn", 3e9, EXACT, "USD")}},
    {"It was the first one in five years.", 1, {Q("five years", 5, EXACT, "years")}},
    {"It ranked No. 1 in 2024.", 1, {Q("No. 1", 1, EXACT, "rank")}},
    {"Roughly one-in-five users churned.", 1, {Q("one-in-five", 0.2, ABOUT, "ratio")}},
    {"Version 2 in 5 regions launched.", 1, {Q("5 regions", 5, EXACT, "regions")}},
    NONE("The Fed cut rates by a quarter point."),
    NONE("It fell by a quarter of a percentage point."),
    NONE("Yields rose half a percentage point."),

    /* --- bare numbers that borrow a unit --------------------------------- */
    {"V3 has 671 billion parameters, of which 37 billion are active.", 2,
     {Q("671 billion parameters", 6.71e11, EXACT, "parameters"),
      Q("37 billion", 3.7e10, EXACT, "parameters")}},
    {"It had 16 million downloads vs. 9 million for ChatGPT.", 2,
     {Q("16 million downloads", 1.6e7, EXACT, "downloads"), Q("9 million", 9e6, EXACT, "downloads")}},
    {"It scored 62.2 points, ahead of V3's 60.5.", 2,
     {Q("62.2 points", 62.2, EXACT, "points"), Q("60.5", 60.5, EXACT, "points")}},
    {"It scored 89.4 points, against 85.5 for V3.", 2,
     {Q("89.4 points", 89.4, EXACT, "points"), Q("85.5", 85.5, EXACT, "points")}},
    {"Pre-training took 2.664 million of those hours.", 1,
     {Q("2.664 million", 2664000, EXACT, "hours")}},
    {"The other figure is lower (approx. 12 million).", 1, {Q("12 million", 1.2e7, ABOUT, "")}},
    {"It had 40 GPUs and firmware 2.5.", 1, {Q("40 GPUs", 40, EXACT, "GPUs")}},
    {"It filled 2.5 racks.", 1, {Q("2.5 racks", 2.5, EXACT, "racks")}},
    NONE("The index fell to 19,341.83."),

    /* --- bare numbers that take their unit from a noun or a score -------- */
    {"It had the most monthly users in January, at nearly 79 million.", 1,
     {Q("79 million", 7.9e7, ABOUT, "users")}},
    {"It spends 23,000 tokens on each question, nearly double the 12,000 the original used.", 3,
     {Q("23,000 tokens", 2.3e4, EXACT, "tokens"), Q("double", 2, ABOUT, "x"),
      Q("12,000", 1.2e4, EXACT, "tokens")}},
    {"Its Codeforces rating rose to roughly 1,930 from about 1,530.", 2,
     {Q("1,930", 1930, ABOUT, "points"), Q("1,530", 1530, ABOUT, "points")}},
    {"It reached an Elo of 1350.", 1, {Q("1350", 1350, EXACT, "points")}},
    NONE("Its rating rose in 2024."),
    NONE("Its rating fell to 3."),
    NONE("Moody's rating of Llama 3.1 stood."),
    NONE("Its credit rating was cut, and 1,500 were laid off."),
    {"Downloads reached 16 million.", 1, {Q("16 million", 1.6e7, EXACT, "downloads")}},
    {"Our own estimate is 230,000 to 260,000.", 1, {R("230,000 to 260,000", 2.3e5, 2.6e5, "")}},
    {"Makers can build no more than 200,000 AI chips, or 230,000 to 260,000.", 2,
     {Q("200,000 AI chips", 2e5, LESS, "chips"), R("230,000 to 260,000", 2.3e5, 2.6e5, "chips")}},
    NONE("It ran from 2,000 to 3,000."),
    NONE("The 2024-2025 season ended."),

    /* --- token prices across an apposition or a comma -------------------- */
    {"It charged \xC2\xA5" "16, or about $2.19, per million output tokens.", 2,
     {Q("\xC2\xA5" "16", 16, EXACT, "CNY per 1M tokens"), Q("$2.19", 2.19, ABOUT, "USD per 1M tokens")}},
    {"R1 costs $2.19, per million output tokens, against $60 for o1.", 2,
     {Q("$2.19", 2.19, EXACT, "USD per 1M tokens"), Q("$60", 60, EXACT, "USD per 1M tokens")}},
    {"It raised $5 billion, or about 36 billion yuan, per a filing.", 2,
     {Q("$5 billion", 5e9, EXACT, "USD"), Q("36 billion yuan", 3.6e10, ABOUT, "CNY")}},
    {"It costs $5, or a bit more, per month.", 1, {Q("$5", 5, EXACT, "USD")}},
    {"It costs $0.55 per million tokens, while o1 lists $15 and $60 respectively.", 3,
     {Q("$0.55 per million tokens", 0.55, EXACT, "USD per 1M tokens"),
      Q("$15", 15, EXACT, "USD per 1M tokens"), Q("$60", 60, EXACT, "USD per 1M tokens")}},
    {"It costs $0.55 per million tokens; Pro is a $20 plan.", 2,
     {Q("$0.55 per million tokens", 0.55, EXACT, "USD per 1M tokens"), Q("$20", 20, EXACT, "USD")}},

    /* --- compound and guessed count nouns ------------------------------- */
    {"Meta set up four war rooms of engineers.", 1, {Q("four war rooms", 4, EXACT, "war rooms")}},
    /* "N more" leaves out the noun counted before */
    {"It signed three large customers and expects as many as two more next year.", 2,
     {Q("three large customers", 3, EXACT, "customers"), Q("two", 2, LESS, "customers")}},
    {"It runs 14 data centres and will build 5 more by 2028.", 2,
     {Q("14 data centres", 14, EXACT, "data centers"), Q("5", 5, EXACT, "data centers")}},
    {"It runs 14 data centres, 5 more than Google.", 1, {Q("14 data centres", 14, EXACT, "data centers")}},
    /* a colon glosses a figure with its noun */
    {"300 million: monthly Doubao users, up from 160 million in May.", 2,
     {Q("300 million", 3e8, EXACT, "users"), Q("160 million", 1.6e8, EXACT, "users")}},
    /* a part of an amount counts in its unit */
    {"The design activates only 22 billion of 235 billion parameters.", 2,
     {Q("22 billion", 2.2e10, EXACT, "parameters"), Q("235 billion parameters", 2.35e11, EXACT, "parameters")}},
    /* a singular known noun before a plural modifies it */
    {"Only three model makers will survive.", 1, {Q("three model makers", 3, EXACT, "makers")}},
    {"The six largest Chinese model developers lost money.", 1,
     {Q("six largest Chinese model developers", 6, EXACT, "developers")}},
    {"Its 12-layer HBM3E stacks passed the tests.", 1, {Q("12-layer", 12, EXACT, "layers")}},
    /* a hyphenated plural counts as a plain one */
    {"The lab was started by three co-founders in Hangzhou.", 1, {Q("three co-founders", 3, EXACT, "co-founders")}},
    {"It has sold 40 add-ons so far.", 1, {Q("40 add-ons", 40, EXACT, "add-ons")}},
    {"It founded High-Flyer with two classmates.", 1, {Q("two classmates", 2, EXACT, "classmates")}},
    {"Prosecutors charged three men with fraud.", 1, {Q("three men", 3, EXACT, "men")}},
    {"Developers made 1.2 billion API calls a day.", 1,
     {Q("1.2 billion API calls", 1.2e9, EXACT, "API calls")}},
    {"It rose for 20 consecutive sessions.", 1, {Q("20 consecutive sessions", 20, EXACT, "sessions")}},
    {"It is No. 1 in about 50 other markets.", 2,
     {Q("No. 1", 1, EXACT, "rank"), Q("50 other markets", 50, ABOUT, "markets")}},
    {"Huawei aims to make 100,000 910C chips.", 1, {Q("100,000 910C chips", 1e5, EXACT, "chips")}},
    {"It can process a 300-page book.", 1, {Q("300-page", 300, EXACT, "pages")}},
    {"It is a 10-member panel.", 1, {Q("10-member", 10, EXACT, "members")}},
    NONE("The 2,000-strong team left."),
    {"It has three major telecom operators.", 1,
     {Q("three major telecom operators", 3, EXACT, "operators")}},
    {"He controls it through two holding companies.", 1,
     {Q("two holding companies", 2, EXACT, "holding companies")}},
    {"It rose for 20 consecutive trading sessions.", 1,
     {Q("20 consecutive trading sessions", 20, EXACT, "sessions")}},
    {"It kept buying thousands of Nvidia\xE2\x80\x99s H800s.", 1,
     {Q("thousands of Nvidia\xE2\x80\x99s H800s", 1000, MORE, "GPUs")}},
    {"It took delivery of \"at least a few thousand\" H20s.", 1,
     {Q("a few thousand", 1000, MORE, "GPUs")}},
    {"It bought \xE2\x80\x9C" "50,000\xE2\x80\x9D GPUs.", 1, {Q("50,000", 5e4, EXACT, "GPUs")}},
    /* acronym_plural: an acronym in the plural the data does not list */
    {"The cloud plans to deploy 250,000 DPUs next year.", 1, {Q("250,000 DPUs", 2.5e5, EXACT, "DPUs")}},
    {"The startup fine-tuned 12 open LLMs for the test.", 1, {Q("12 open LLMs", 12, EXACT, "LLMs")}},
    {"A client ordered 40,000 Broadcom XPUs.", 1, {Q("40,000 Broadcom XPUs", 4e4, EXACT, "XPUs")}},
    NONE("He said \"we have 5\" and left."),
    NONE("The \"top 10\" list grew."),
    {"Each is roughly half a million square feet.", 1,
     {Q("half a million square feet", 5e5, ABOUT, "square feet")}},
    {"The site covers 40,000 square metres.", 1,
     {Q("40,000 square metres", 4e4, EXACT, "square meters")}},
    {"China's computing power reached 280 EFLOPS.", 1, {Q("280 EFLOPS", 280, EXACT, "EFLOPS")}},
    /* currencies of the Gulf and Southeast Asia, written after the number */
    {"The regulator can levy fines of 5 million ringgit.", 1, {Q("5 million ringgit", 5e6, EXACT, "MYR")}},
    {"The kingdom pledged 15 billion riyals to AI.", 1, {Q("15 billion riyals", 1.5e10, EXACT, "SAR")}},
    {"The system delivers 1.5 exaflops.", 1, {Q("1.5 exaflops", 1.5, EXACT, "EFLOPS")}},

    {"It had 16 million downloads in 18 days, vs. 9 million for ChatGPT.", 3,
     {Q("16 million downloads", 1.6e7, EXACT, "downloads"), Q("18 days", 18, EXACT, "days"),
      Q("9 million", 9e6, EXACT, "downloads")}},
    {"It is probing, according to two people familiar with the matter.", 0, {{NULL, 0, 0, EXACT, NULL}}},
    /* or_more_before_noun: "N or more" before the noun is a floor */
    {"The rule covers firms with 500 or more employees.", 1, {Q("500 or more employees", 500, MORE, "employees")}},
    {"Teams of 20 or fewer engineers built it.", 1, {Q("20 or fewer engineers", 20, LESS, "engineers")}},
    /* informant_lead: "to" leads informants only after "according" */
    {"The safety group has been cut to four people this year.", 1, {Q("four people", 4, EXACT, "people")}},
    NONE("The plan was approved, according to three officials."),
    {"Two sources at OpenAI said the review began.", 0, {{NULL, 0, 0, EXACT, NULL}}},
    {"That is not needed, per three researchers I spoke to.", 0, {{NULL, 0, 0, EXACT, NULL}}},
    {"It hired two people to run it.", 1, {Q("two people", 2, EXACT, "people")}},
    {"It has 200 researchers familiar with RL.", 1, {Q("200 researchers", 200, EXACT, "researchers")}},

    /* --- token prices that share a unit ---------------------------------- */
    {"V2 cost 1 yuan (about $0.14) per million input tokens.", 2,
     {Q("1 yuan", 1, EXACT, "CNY per 1M tokens"), Q("$0.14", 0.14, ABOUT, "USD per 1M tokens")}},
    {"R1 costs $2.19 per million output tokens, while OpenAI lists o1 at $15 and $60.", 3,
     {Q("$2.19 per million output tokens", 2.19, EXACT, "USD per 1M tokens"),
      Q("$15", 15, EXACT, "USD per 1M tokens"), Q("$60", 60, EXACT, "USD per 1M tokens")}},
    {"It costs $0.55 per million input tokens; Pro users pay $200 a month.", 2,
     {Q("$0.55 per million input tokens", 0.55, EXACT, "USD per 1M tokens"),
      Q("$200", 200, EXACT, "USD")}},

    /* --- qualifiers through quotes, verbs -------------------------------- */
    {"Musk said it had \"well under\" $10 billion secured.", 1, {Q("$10 billion", 1e10, LESS, "USD")}},
    {"Their budgets now exceed $300 billion.", 1, {Q("$300 billion", 3e11, MORE, "USD")}},

    /* --- not amounts --------------------------------------------------- */
    NONE("It launched in 2024."),
    NONE("It has grown since 2015."),
    NONE("It was the 2024-25 season."),
    NONE("It was released on Jan. 20, the day of the inauguration."),
    NONE("Nvidia fell on January 27, 2025."),
    NONE("It fell on 27 January."),
    NONE("It happened on the 20th."),
    NONE("Earnings for Q4 2024 beat estimates."),
    NONE("Trading opened at 9:30 a.m. sharp."),
    NONE("It recalls the 1990s."),
    NONE("It beat Llama 3.1 and GPT-4o and GPT-4."),
    NONE("Claude 3.5 and Qwen 2.5 lag behind."),
    NONE("It runs on the H800 and the H800s and the A100."),
    NONE("DeepSeek released R1 and V3 to rival o1."),
    NONE("Kai-Fu Lee founded 01.ai in Beijing."),
    NONE("Alibaba (9988.HK) rose."),
    NONE("Section 230 protects platforms."),
    NONE("It ranked 5 overall."),
    NONE("Third-party tests came first."),
    NONE("In 2025 companies spent more."),
    NONE("The 2024 models were weaker."),
    NONE("One person familiar with the matter spoke."),
    NONE("Meta said Llama 3 models are open."),
    NONE("Its iPhone 16 users complained."),
    {"Liang, 40, founded High-Flyer in 2015.", 1, {Q("40", 40, EXACT, "years")}},
    {"Liang, now 40, runs it.", 1, {Q("40", 40, EXACT, "years")}},
    NONE("In March, 40, maybe 50, staff left."),
    NONE("It is the 2.0 version."),
    NONE("Upgrade to 3.1.2 now."),
    NONE("Deadlines are 1/20/2025 and 24/7."),
    NONE("The ratio is 1:1."),
    NONE("5G and 3D and G7 talks resumed."),
    NONE("A little-known lab out of China has ignited panic."),
    {"It scored 79.8 on AIME.", 1, {Q("79.8", 79.8, EXACT, "")}},
    NONE("COVID-19 slowed the build-out."),
    NONE("It is the 2,000-strong team."),
    /* the new word forms next to what is not an amount */
    NONE("It is one of the biggest labs in a decade."),
    NONE("Llama 3 in 2024 and GPT-4 in 2023 came first."),
    {"It launched on Jan. 20, a day later than planned.", 1, {Q("a day", 1, EXACT, "days")}},
    {"R1 ranked No. 1 in the App Store a year ago.", 1, {Q("No. 1", 1, EXACT, "rank")}},
    {"Two people familiar with the matter said one in five chips failed.", 1,
     {Q("one in five", 0.2, EXACT, "ratio")}},
    {"According to two people familiar with the matter, it spent a decade on it.", 1,
     {Q("a decade", 10, EXACT, "years")}},
    NONE("The 2025 rating of GPT-4.5 fell."),

    /* --- where a quantity may start: every kind of first byte and word --- */
    /* (the scanner skips a token unless it can start a quantity; these pin
     * each way in, in capitals too) */
    {"Usage grew TENFOLD in a year.", 1, {Q("TENFOLD", 10, EXACT, "x")}},
    {"Traffic rose Hundredfold after launch.", 1, {Q("Hundredfold", 100, EXACT, "x")}},
    NONE("A Supercalifragilisticfold rise."),
    {"Alibaba raised U.S.$2 billion.", 1, {Q("U.S.$2 billion", 2e9, EXACT, "USD")}},
    {"Foxconn put in NT$300 million.", 1, {Q("NT$300 million", 3e8, EXACT, "TWD")}},
    {"Atlassian paid A$2 billion.", 1, {Q("A$2 billion", 2e9, EXACT, "AUD")}},
    {"The fund holds C$5 billion and S$1 billion.", 2,
     {Q("C$5 billion", 5e9, EXACT, "CAD"), Q("S$1 billion", 1e9, EXACT, "SGD")}},
    {"Nubank raised R$3 billion.", 1, {Q("R$3 billion", 3e9, EXACT, "BRL")}},
    {"Sales hit Rmb 2 billion.", 1, {Q("Rmb 2 billion", 2e9, EXACT, "CNY")}},
    {"SoftBank booked JPY 500 billion.", 1, {Q("JPY 500 billion", 5e11, EXACT, "JPY")}},
    {"Arm took GBP 3 million and HKD 1 billion.", 2,
     {Q("GBP 3 million", 3e6, EXACT, "GBP"), Q("HKD 1 billion", 1e9, EXACT, "HKD")}},
    {"Baidu spent CNY 2 billion.", 1, {Q("CNY 2 billion", 2e9, EXACT, "CNY")}},
    {"It is USD5 billion.", 1, {Q("USD5 billion", 5e9, EXACT, "USD")}},
    /* Indian English scales: a crore is 10^7, a lakh 10^5 */
    {"Reliance pledged \xE2\x82\xB9" "500 crore.", 1, {Q("\xE2\x82\xB9" "500 crore", 5e9, EXACT, "INR")}},
    {"Under the \xE2\x82\xB9" "2,400-crore scheme, each lab gets \xE2\x82\xB9" "50 lakh.", 2,
     {Q("\xE2\x82\xB9" "2,400-crore", 2.4e10, EXACT, "INR"), Q("\xE2\x82\xB9" "50 lakh", 5e6, EXACT, "INR")}},
    {"Sarvam raised 300 crore rupees.", 1, {Q("300 crore rupees", 3e9, EXACT, "INR")}},
    {"Naver spent 21.6 billion won on GPUs.", 1, {Q("21.6 billion won", 2.16e10, EXACT, "KRW")}},
    {"Samsung won 3 contracts and LG won the bid.", 1, {Q("3 contracts", 3, EXACT, "contracts")}},
    {"Samsung spent \xE2\x82\xA9" "1 trillion.", 1,
     {Q("\xE2\x82\xA9" "1 trillion", 1e12, EXACT, "KRW")}},
    {"Output costs \xEF\xBF\xA5" "2 per unit.", 1, {Q("\xEF\xBF\xA5" "2", 2, EXACT, "CNY")}},
    {"Margins fell \xE2\x88\x92" "3% last year.", 1, {Q("\xE2\x88\x92" "3%", -3, EXACT, "%")}},
    {"Several thousand engineers joined.", 1,
     {Q("Several thousand engineers", 1000, MORE, "engineers")}},
    {"Top spot went to DeepSeek.", 1, {Q("Top spot", 1, EXACT, "rank")}},
    {"It ranked Number one in the store.", 1, {Q("Number one", 1, EXACT, "rank")}},
    {"It was No.1 and then #2.", 2, {Q("No.1", 1, EXACT, "rank"), Q("#2", 2, EXACT, "rank")}},
    {"Two-thirds of users left.", 1, {Q("Two-thirds", 2.0 / 3, EXACT, "ratio")}},
    {"Three quarters of staff agreed.", 1, {Q("Three quarters", 0.75, EXACT, "ratio")}},
    {"One-fifth of the chips failed.", 1, {Q("One-fifth", 0.2, EXACT, "ratio")}},
    {"Dozens of startups and Hundreds of millions of users joined.", 2,
     {Q("Dozens of startups", 12, MORE, "startups"),
      Q("Hundreds of millions of users", 1e8, MORE, "users")}},
    {"It could Quadruple the budget.", 1, {Q("Quadruple", 4, EXACT, "x")}},
    {"It is Twice as fast.", 1, {Q("Twice", 2, EXACT, "x")}},
    {"Eleven engineers quit.", 1, {Q("Eleven engineers", 11, EXACT, "engineers")}},
    {"DeepSeek's 2,048 GPUs ran.", 1, {Q("2,048 GPUs", 2048, EXACT, "GPUs")}},
    NONE("Nothing here says anything."),

    /* --- UTF-8 and whole sentences -------------------------------------- */
    {"It cost $6\xC2\xA0million.", 1, {Q("$6\xC2\xA0million", 6e6, EXACT, "USD")}},
    {"\xE2\x80\x9CIt cost $6 million,\xE2\x80\x9D he said.", 1, {Q("$6 million", 6e6, EXACT, "USD")}},
    {"DeepSeek says it took only two months and less than $6 million to build, using "
     "reduced-capability chips from Nvidia called H800s.", 2,
     {Q("two months", 2, EXACT, "months"), Q("$6 million", 6e6, LESS, "USD")}},
    {"High-Flyer manages about $8 billion in assets, according to media reports.", 1,
     {Q("$8 billion", 8e9, ABOUT, "USD")}},
    {"Nvidia shares fell 17% on Monday, wiping nearly $600 billion off its value.", 2,
     {Q("17%", 17, EXACT, "%"), Q("$600 billion", 6e11, ABOUT, "USD")}},
    {"The app had 3.2 million daily users and more than 1 million downloads in 2 weeks.", 3,
     {Q("3.2 million daily users", 3.2e6, EXACT, "users"),
      Q("1 million downloads", 1e6, MORE, "downloads"), Q("2 weeks", 2, EXACT, "weeks")}},
    {"V3 used 2,048 H800 GPUs for 55 days at a cost of $5.6 million.", 3,
     {Q("2,048 H800 GPUs", 2048, EXACT, "GPUs"), Q("55 days", 55, EXACT, "days"),
      Q("$5.6 million", 5.6e6, EXACT, "USD")}},
};
#define N_CASES (sizeof CASES / sizeof CASES[0])

/* A copy of s with no terminator: any read past n is an ASan/valgrind error. */
static char *exact_copy(const char *s, size_t n)
{
    char *p = malloc(n ? n : 1);
    if (!p) abort();
    memcpy(p, s, n);
    return p;
}

/* Structural invariants that hold for every input. */
static void check_invariants(const char *s, size_t n, const dsc_quantity *q, size_t got,
                             size_t cap, const char *ctx)
{
    size_t k, prev_end = 0;
    for (k = 0; k < got && k < cap; k++) {
        int ok = q[k].start >= prev_end && q[k].len > 0 && (size_t)q[k].start + q[k].len <= n &&
                 memchr(q[k].unit, '\0', sizeof q[k].unit) != NULL &&
                 q[k].value_max >= q[k].value && q[k].value == q[k].value &&
                 q[k].value <= DBL_MAX && q[k].value >= -DBL_MAX && q[k].value_max <= DBL_MAX &&
                 (unsigned)q[k].qualifier < DSC_QUALIFIERS &&
                 (q[k].qualifier == DSC_RANGE || q[k].value == q[k].value_max);
        if (!ok) {
            CHECK(0, "%s: quantity %u breaks an invariant", ctx, (unsigned)k);
            return;
        }
        prev_end = (size_t)q[k].start + q[k].len;
    }
    (void)s;
}

static void run_table(void)
{
    size_t c, k;
    for (c = 0; c < N_CASES; c++) {
        const qcase *tc = &CASES[c];
        size_t n = strlen(tc->input), got;
        char *buf = exact_copy(tc->input, n);
        dsc_quantity q[8];
        char ctx[160];

        got = dsc_quantities_find(buf, n, q, 8);
        snprintf(ctx, sizeof ctx, "\"%s\"", tc->input);
        CHECK(got == tc->n, "%s: found %u quantities, want %u", ctx, (unsigned)got, (unsigned)tc->n);
        check_invariants(buf, n, q, got, 8, ctx);
        for (k = 0; k < tc->n && k < got && k < 8; k++) {
            const want *w = &tc->q[k];
            char surface[128];
            size_t len = q[k].len < sizeof surface - 1 ? q[k].len : sizeof surface - 1;
            memcpy(surface, buf + q[k].start, len);
            surface[len] = '\0';
            snprintf(ctx, sizeof ctx, "\"%.100s\" #%u", tc->input, (unsigned)k);
            CHECK_STR(surface, w->text, ctx);
            CHECK_NUM(q[k].value, w->value, ctx);
            CHECK_NUM(q[k].value_max, w->value_max, ctx);
            CHECK_STR(qual_name(q[k].qualifier), qual_name(w->qual), ctx);
            CHECK_STR(q[k].unit, w->unit, ctx);
        }
        free(buf);
    }
}

/* What each quantity measures, and the currency of money and prices: the
 * sentence, the quantity's text, its unit, kind and currency ("" none). */
typedef struct {
    const char *input, *text, *unit, *kind, *currency;
} kcase;

static const kcase KINDS[] = {
    /* currencies before the number: every symbol and code */
    {"It raised $5 million.", "$5 million", "USD", "money", "USD"},
    {"It cost $ 6 million.", "$ 6 million", "USD", "money", "USD"},
    {"Alibaba raised US$4.7 billion.", "US$4.7 billion", "USD", "money", "USD"},
    {"It paid U.S.$5 million.", "U.S.$5 million", "USD", "money", "USD"},
    {"It booked USD 4.7 billion.", "USD 4.7 billion", "USD", "money", "USD"},
    {"Shares raised HK$10 billion.", "HK$10 billion", "HKD", "money", "HKD"},
    {"It listed for HKD 3 billion.", "HKD 3 billion", "HKD", "money", "HKD"},
    {"TSMC spent NT$30 billion.", "NT$30 billion", "TWD", "money", "TWD"},
    {"The fund holds A$2 billion.", "A$2 billion", "AUD", "money", "AUD"},
    {"The fund holds C$3 billion.", "C$3 billion", "CAD", "money", "CAD"},
    {"The fund holds S$1 billion.", "S$1 billion", "SGD", "money", "SGD"},
    {"The fund holds R$5 billion.", "R$5 billion", "BRL", "money", "BRL"},
    {"Mistral raised \xE2\x82\xAC" "100 million.", "\xE2\x82\xAC" "100 million", "EUR", "money", "EUR"},
    {"The EU fund holds EUR 5 billion.", "EUR 5 billion", "EUR", "money", "EUR"},
    {"DeepMind got \xC2\xA3" "5 million.", "\xC2\xA3" "5 million", "GBP", "money", "GBP"},
    {"It got GBP 2 million.", "GBP 2 million", "GBP", "money", "GBP"},
    {"Output costs \xC2\xA5" "2 per unit.", "\xC2\xA5" "2", "CNY", "money", "CNY"},
    {"Output costs \xEF\xBF\xA5" "2 per unit.", "\xEF\xBF\xA5" "2", "CNY", "money", "CNY"},
    {"Tencent spent RMB 3 billion.", "RMB 3 billion", "CNY", "money", "CNY"},
    {"Profit reached Rmb3bn.", "Rmb3bn", "CNY", "money", "CNY"},
    {"Profit reached CNY 5 billion.", "CNY 5 billion", "CNY", "money", "CNY"},
    {"It spent JPY 100 billion.", "JPY 100 billion", "JPY", "money", "JPY"},
    {"Reliance set aside \xE2\x82\xB9" "500 crore.", "\xE2\x82\xB9" "500 crore", "INR", "money", "INR"},
    {"Samsung spent \xE2\x82\xA9" "1 trillion.", "\xE2\x82\xA9" "1 trillion", "KRW", "money", "KRW"},
    /* currencies after the number, and cents */
    {"The fund put in 1 billion yuan.", "1 billion yuan", "CNY", "money", "CNY"},
    {"It is worth 2 billion renminbi.", "2 billion renminbi", "CNY", "money", "CNY"},
    {"It booked 3 billion RMB.", "3 billion RMB", "CNY", "money", "CNY"},
    {"Brussels pledged 100 million euros.", "100 million euros", "EUR", "money", "EUR"},
    {"It cost 5 million pounds sterling.", "5 million pounds sterling", "GBP", "money", "GBP"},
    {"It cost 5 million pounds.", "5 million pounds", "GBP", "money", "GBP"},
    {"SoftBank lost 100 billion yen.", "100 billion yen", "JPY", "money", "JPY"},
    {"Naver paid 21.6 billion won.", "21.6 billion won", "KRW", "money", "KRW"},
    {"It cost 500 crore rupees.", "500 crore rupees", "INR", "money", "INR"},
    {"It was 4.7 billion U.S. dollars.", "4.7 billion U.S. dollars", "USD", "money", "USD"},
    {"That is 4.7 billion dollars.", "4.7 billion dollars", "USD", "money", "USD"},
    {"It raised 3 billion Hong Kong dollars.", "3 billion Hong Kong dollars", "HKD", "money", "HKD"},
    {"It raised 3 billion Singapore dollars.", "3 billion Singapore dollars", "SGD", "money", "SGD"},
    {"It raised 3 billion Australian dollars.", "3 billion Australian dollars", "AUD", "money", "AUD"},
    {"It raised 3 billion Canadian dollars.", "3 billion Canadian dollars", "CAD", "money", "CAD"},
    {"It raised 3 billion New Taiwan dollars.", "3 billion New Taiwan dollars", "TWD", "money", "TWD"},
    /* Gulf currencies: codes before the number, names after */
    {"Riyadh set aside SAR 40 billion.", "SAR 40 billion", "SAR", "money", "SAR"},
    {"It committed 12 billion riyals.", "12 billion riyals", "SAR", "money", "SAR"},
    {"The fund put in AED 9 billion.", "AED 9 billion", "AED", "money", "AED"},
    {"It pledged 30 billion dirhams.", "30 billion dirhams", "AED", "money", "AED"},
    {"A query costs 14 cents.", "14 cents", "USD", "money", "USD"},
    {"A query costs 14\xC2\xA2.", "14\xC2\xA2", "USD", "money", "USD"},
    {"Most are 300,000-yuan projects.", "300,000-yuan", "CNY", "money", "CNY"},
    {"Big Tech spent billions on chips.", "billions", "USD", "money", "USD"},
    {"It spent billions of euros.", "billions of euros", "EUR", "money", "EUR"},
    /* prices per million tokens */
    {"It charges $0.55 per million input tokens.", "$0.55 per million input tokens", "USD per 1M tokens", "price", "USD"},
    {"The API costs 1 yuan per million tokens.", "1 yuan per million tokens", "CNY per 1M tokens", "price", "CNY"},
    {"It costs \xC2\xA5" "16, or about $2.19, per million tokens.", "\xC2\xA5" "16", "CNY per 1M tokens", "price", "CNY"},
    {"It charges $2.19 per million output tokens, against $15 and $60.", "$15", "USD per 1M tokens", "price", "USD"},
    /* percents, multipliers, ranks, ratios */
    {"Shares fell 17%.", "17%", "%", "percent", ""},
    {"Shares fell 17 percent.", "17 percent", "%", "percent", ""},
    {"Rates rose 2 percentage points.", "2 percentage points", "percentage points", "percent", ""},
    {"The Fed cut 25 basis points.", "25 basis points", "basis points", "percent", ""},
    {"It is 10x cheaper.", "10x", "x", "multiplier", ""},
    {"Demand rose tenfold.", "tenfold", "x", "multiplier", ""},
    {"It is 10 times cheaper.", "10 times", "x", "multiplier", ""},
    {"It ranked No. 1 on the App Store.", "No. 1", "rank", "rank", ""},
    {"One in five users left.", "One in five", "ratio", "ratio", ""},
    {"Its Codeforces rating rose to 1,930.", "1,930", "points", "other", ""},
    /* time units */
    {"It took 30 seconds.", "30 seconds", "seconds", "duration", ""},
    {"It took 30 minutes.", "30 minutes", "minutes", "duration", ""},
    {"The outage lasted 48 hours.", "48 hours", "hours", "duration", ""},
    {"Training ran for 55 days.", "55 days", "days", "duration", ""},
    {"The review lasted three weeks.", "three weeks", "weeks", "duration", ""},
    {"It took a fortnight.", "a fortnight", "weeks", "duration", ""},
    {"It took two months.", "two months", "months", "duration", ""},
    {"Export rules date back 10 years.", "10 years", "years", "duration", ""},
    {"It took two decades.", "two decades", "years", "duration", ""},
    {"Wang, the 28-year-old founder, spoke.", "28-year-old", "years", "duration", ""},
    {"Growth slowed for 10 quarters.", "10 quarters", "quarters", "duration", ""},
    /* counts, and what is counted in their own kind */
    {"V3 used 2,048 H800 GPUs.", "2,048 H800 GPUs", "GPUs", "count", ""},
    {"It bought 10,000 H100s.", "10,000 H100s", "GPUs", "count", ""},
    {"Huawei made 200,000 AI chips.", "200,000 AI chips", "chips", "count", ""},
    {"It has 500 million users.", "500 million users", "users", "count", ""},
    {"It handles 1.2 billion API calls.", "1.2 billion API calls", "API calls", "count", ""},
    {"It was a 38-page document.", "38-page", "pages", "count", ""},
    {"It built four data centres.", "four data centres", "data centers", "count", ""},
    {"V3 has 671 billion parameters.", "671 billion parameters", "parameters", "parameters", ""},
    {"Even a 7B model can do it.", "7B", "parameters", "parameters", ""},
    {"It was trained on 14.8 trillion tokens.", "14.8 trillion tokens", "tokens", "tokens", ""},
    {"It took 2.788 million GPU hours.", "2.788 million GPU hours", "GPU hours", "compute", ""},
    {"Models trained with 10^25 floating-point operations.", "10^25 floating-point operations",
     "floating-point operations", "compute", ""},
    {"It used 10^24 FLOPs.", "10^24 FLOPs", "floating-point operations", "compute", ""},
    {"The chip does 989 TFLOPS.", "989 TFLOPS", "TFLOPS", "compute", ""},
    {"The cluster does 5 exaflops.", "5 exaflops", "EFLOPS", "compute", ""},
    {"The site draws 1 gigawatt.", "1 gigawatt", "gigawatts", "power", ""},
    {"The site draws 300 megawatts.", "300 megawatts", "megawatts", "power", ""},
    {"The site draws 5 GW.", "5 GW", "gigawatts", "power", ""},
    {"The rack draws 120 kW.", "120 kW", "kilowatts", "power", ""},
    {"Data centres used 415 terawatt-hours.", "415 terawatt-hours", "terawatt-hours", "power", ""},
    {"It stores 2 gigawatt-hours.", "2 gigawatt-hours", "gigawatt-hours", "power", ""},
    {"HBM moves 3.35TB/s.", "3.35TB/s", "TB/s", "bandwidth", ""},
    {"NVLink moves 900GB/s.", "900GB/s", "GB/s", "bandwidth", ""},
    {"The link runs at 400 Gbps.", "400 Gbps", "Gbps", "bandwidth", ""},
    {"It has 80GB of memory.", "80GB", "GB", "other", ""},
    {"It runs at 3 GHz.", "3 GHz", "GHz", "other", ""},
    /* a benchmark score the text gives no unit */
    {"The model scored 53.7 on the test.", "53.7", "", "score", ""},
    {"Each building covers 500,000 square feet.", "500,000 square feet", "square feet", "other", ""},
};
#define N_KINDS (sizeof KINDS / sizeof KINDS[0])

static void run_kinds(void)
{
    size_t c, k;
    for (c = 0; c < N_KINDS; c++) {
        const kcase *tc = &KINDS[c];
        size_t n = strlen(tc->input), got, found = 0;
        char *buf = exact_copy(tc->input, n);
        dsc_quantity q[8];
        got = dsc_quantities_find(buf, n, q, 8);
        for (k = 0; k < got && k < 8; k++) {
            if (q[k].len != strlen(tc->text) || memcmp(buf + q[k].start, tc->text, q[k].len) != 0) continue;
            found = 1;
            CHECK_STR(q[k].unit, tc->unit, tc->input);
            CHECK_STR(dsc_quantity_kind_name(q[k].kind), tc->kind, tc->input);
            CHECK_STR(q[k].currency, tc->currency, tc->input);
        }
        CHECK(found, "\"%s\": no quantity \"%s\"", tc->input, tc->text);
        free(buf);
    }
}

/* Every quantity of the table measures something: its kind is "other"
 * only for the units that are ("points", "GB", ...) and for none, but for
 * a score, which needs no unit ("scored 53.7"); money
 * and prices have their currency, and nothing else has one. */
static void run_table_kinds(void)
{
    size_t c, k, bad = 0;
    for (c = 0; c < N_CASES; c++) {
        dsc_quantity q[8];
        size_t got = dsc_quantities_find(CASES[c].input, strlen(CASES[c].input), q, 8);
        for (k = 0; k < got && k < 8; k++) {
            int money = q[k].kind == DSC_Q_MONEY || q[k].kind == DSC_Q_PRICE;
            if ((unsigned)q[k].kind >= DSC_Q_KINDS || money != (q[k].currency[0] != '\0') ||
                (money && strncmp(q[k].unit, q[k].currency, 3) != 0) || (q[k].unit[0] == '\0' && q[k].kind != DSC_Q_OTHER && q[k].kind != DSC_Q_SCORE)) {
                bad++;
                fprintf(stderr, "\"%s\": unit \"%s\" kind %s currency \"%s\"\n", CASES[c].input, q[k].unit,
                        dsc_quantity_kind_name(q[k].kind), q[k].currency);
            }
        }
    }
    CHECK(bad == 0, "%u quantities of the table with a kind or currency that does not fit", (unsigned)bad);
}

/* Finds the one quantity of sentence and checks it reports unit id with
 * the kind data/units/ gives it, and value. */
static void check_form(const char *sentence, unsigned id, double value)
{
    size_t n = strlen(sentence), got;
    char *buf = exact_copy(sentence, n);
    dsc_quantity q[4];
    got = dsc_quantities_find(buf, n, q, 4);
    CHECK(got == 1, "\"%s\": %u quantities", sentence, (unsigned)got);
    if (got == 1) {
        const qu_unit *u = &qu_units[id];
        CHECK(strcmp(q[0].unit, u->name) == 0 && q[0].kind == u->kind && strcmp(q[0].currency, u->currency) == 0,
              "\"%s\": %s, %s, \"%s\"; want %s, %s, \"%s\"", sentence, q[0].unit, dsc_quantity_kind_name(q[0].kind),
              q[0].currency, u->name, dsc_quantity_kind_name(u->kind), u->currency);
        CHECK_NUM(q[0].value, value, sentence);
    }
    free(buf);
}

/* Every form of data/units/ that names a unit is found in a plain sentence
 * and reports its unit, kind and currency: every currency symbol, code and
 * word, every count noun and time unit (singular and plural), every
 * measure. */
static void run_units_data(void)
{
    static const struct { const qu_form *list; const char *frame; int glued; } lists[] = {
        {qu_currency_before, "It cost %s12 there.", 1}, {qu_currency_after, "It cost 12 %s there.", 0},
        {qu_currency_glued, "It cost 12%s there.", 0}, {qu_symbols, "It has 12 %s there.", 0},
        {qu_measure_words, "It rose 12 %s there.", 0}, {qu_nouns, "They counted 12 %s there.", 0},
    };
    size_t l, forms = 0;
    for (l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const qu_form *f;
        for (f = lists[l].list; f->form; f++) {
            char sentence[96];
            int one = (f->flags & QF_SING) != 0;
            double value = (one ? 1 : 12) * (double)f->value;
            if (lists[l].list == qu_nouns) {
                snprintf(sentence, sizeof sentence, one ? "They counted 1 %s there." : lists[l].frame, f->form);
            } else {
                snprintf(sentence, sizeof sentence, lists[l].frame, f->form);
                value = 12 * pow(10, f->e10);
            }
            check_form(sentence, f->unit, value);
            forms++;
        }
    }
    CHECK(forms > 200, "%u forms of data/units/ checked", (unsigned)forms);
}

/* The flags of the word w[0..n) in the word hash (quantity_units.h),
 * case-folded; 0 if it is not there. */
static unsigned word_hash_flags(const char *w, size_t n)
{
    unsigned char low[16];
    uint32_t h, slot;
    size_t j;
    if (n == 0 || n > sizeof low) return 0;
    for (j = 0; j < n; j++) low[j] = (unsigned char)tolower((unsigned char)w[j]);
    h = dsc_lx_hash_bytes(low, n);
    for (slot = h & (QU_WORD_SLOTS - 1); qu_word_tag[slot]; slot = (slot + 1) & (QU_WORD_SLOTS - 1))
        if (qu_word_tag[slot] == (h | 1u) && qu_word_set[slot].n == n && memcmp(qu_word_set[slot].w, low, n) == 0)
            return qu_word_set[slot].flags;
    return 0;
}

/* The finder rejects "a" before a word not marked QW_AFTER_A, and skips the
 * qualifier phrases after a word not marked QW_QUAL_LAST: every form those
 * tests stand for must be marked (its first letters for "a", the last word
 * of a qualifier), or a quantity would be lost when data/units/ grows. */
static void run_word_marks(void)
{
    static const struct { const qu_form *list; unsigned need, skip; } lists[] = {
        {qu_scale_words, 0, 0}, {qu_denominators, 0, QF_PLURAL}, {qu_nouns, QF_SING, 0},
    };
    const qu_form *f;
    size_t l, n, marked = 0;
    for (l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (f = lists[l].list; f->form; f++) {
            if ((f->flags & lists[l].need) != lists[l].need || (f->flags & lists[l].skip)) continue;
            if (lists[l].list == qu_nouns && !(f->flags & (QF_DUR | QF_MEASURE))) continue;
            for (n = 0; isalpha((unsigned char)f->form[n]); n++) {}
            if (n == 0 || n > 16) continue;                /* the finder asks the lists themselves */
            CHECK(word_hash_flags(f->form, n) & QW_AFTER_A, "\"a %s\": '%.*s' is not marked QW_AFTER_A", f->form,
                  (int)n, f->form);
            marked++;
        }
    CHECK(word_hash_flags("few", 3) & QW_AFTER_A, "\"a few\" is not marked");
    CHECK(word_hash_flags("factor", 6) & QW_AFTER_A, "\"a factor\" is not marked");
    CHECK(!(word_hash_flags("new", 3) & QW_AFTER_A), "\"a new\" is marked QW_AFTER_A");
    for (f = qu_qualifiers; f->form; f++) {
        const char *last = strrchr(f->form, ' ') ? strrchr(f->form, ' ') + 1 : f->form;
        if (strlen(last) > 16) continue;
        CHECK(word_hash_flags(last, strlen(last)) & QW_QUAL_LAST, "qualifier \"%s\": '%s' is not marked", f->form,
              last);
        marked++;
    }
    CHECK(!(word_hash_flags("the", 3) & QW_QUAL_LAST), "\"the\" is marked QW_QUAL_LAST");
    CHECK(marked > 60, "%u forms marked", (unsigned)marked);
}

/* dsc_quantity_type(), for a caller that changes a unit: what data/units/
 * says the unit measures. */
static void run_retype(void)
{
    static const struct { const char *unit, *kind, *currency; } units[] = {
        {"JPY", "money", "JPY"}, {"USD per 1M tokens", "price", "USD"}, {"CNY per 1M tokens", "price", "CNY"},
        {"%", "percent", ""}, {"GPU hours", "compute", ""}, {"years", "duration", ""}, {"widgets", "count", ""},
        {"", "other", ""}, {"XYZ per 1M tokens", "count", ""}, {"gigawatts", "power", ""},
        {"INR per GPU hour", "price", "INR"}, {"basis points", "percent", ""}, {"USD per", "count", ""},
    };
    size_t k;
    for (k = 0; k < sizeof units / sizeof units[0]; k++) {
        dsc_quantity q;
        memset(&q, 0x5A, sizeof q);
        snprintf(q.unit, sizeof q.unit, "%s", units[k].unit);
        dsc_quantity_type(&q);
        CHECK_STR(dsc_quantity_kind_name(q.kind), units[k].kind, units[k].unit);
        CHECK_STR(q.currency, units[k].currency, units[k].unit);
    }
}

/* Every prefix of these sentences ends at an awkward byte: "$", "1,",
 * "1.", inside a UTF-8 sequence, inside "million". */
static void run_prefixes(void)
{
    static const char *const sentences[] = {
        "It cost less than $6 million, or 2.788 million H800 GPU hours, at $0.55 per million input tokens.",
        "Shares fell 15\xE2\x80\x93" "20% and \xE2\x82\xAC" "100 million, \xC2\xA5" "2, 1,000,000 GPUs.",
        "between 10,000 and 50,000 GPUs, No. 1, tens of thousands of chips, 50-fold, 1.",
        "US$4.7 billion, HK$10 billion, RMB3bn, 1,",
    };
    size_t s, n, got, total = 0, bad = 0;
    dsc_quantity q[16];
    for (s = 0; s < sizeof sentences / sizeof sentences[0]; s++) {
        size_t len = strlen(sentences[s]);
        for (n = 0; n <= len; n++) {
            char *buf = exact_copy(sentences[s], n);
            got = dsc_quantities_find(buf, n, q, 16);
            check_invariants(buf, n, q, got, 16, "prefix");
            total++;
            if (got > 16) bad++;
            free(buf);
        }
    }
    CHECK(bad == 0 && total > 200, "prefixes: %u runs, %u odd", (unsigned)total, (unsigned)bad);
}

static size_t find_in(const char *s, dsc_quantity *q, size_t cap)
{
    size_t n = strlen(s), got;
    char *buf = exact_copy(s, n);
    got = dsc_quantities_find(buf, n, q, cap);
    check_invariants(buf, n, q, got, cap, s);
    free(buf);
    return got;
}

static void run_hostile(void)
{
    static const char *const zero[] = {
        "", " ", "$", "$$$", "$ $ $", "1,2,3", "1..2", "1,", "1.", "-", "\xE2\x88\x92", "No.",
        "#", "a", "two", "tens of", "99999999999999999999999",
        "\xFF\xFE\xFD", "\xC2", "\xE2\x82", "$\xE2\x82\xAC\xC2\xA3", "%%%", "x10", "..5",
    };
    dsc_quantity q[4];
    size_t k, got;
    char big[512];

    for (k = 0; k < sizeof zero / sizeof zero[0]; k++) {
        got = find_in(zero[k], q, 4);
        CHECK(got == 0, "\"%s\": found %u, want 0", zero[k], (unsigned)got);
    }
    CHECK(dsc_quantities_find(NULL, 0, NULL, 0) == 0, "NULL input");
    CHECK(dsc_quantities_find("$6 million", 0, q, 4) == 0, "n = 0");
    /* n shorter than the string: only the first n bytes count */
    got = dsc_quantities_find("$6 million users", 2, q, 4);
    CHECK(got == 1 && q[0].len == 2 && q[0].value == 6, "n cuts \"$6 million\" to \"$6\"");

    /* huge numbers stay finite */
    got = find_in("99999999999999999999999 GPUs", q, 4);
    CHECK(got == 1 && q[0].value > 9.9e22 && q[0].value < 1.1e23, "23 digits: %g", got ? q[0].value : 0);
    memset(big, '9', 400);
    memcpy(big + 400, " GPUs", 6);
    got = find_in(big, q, 4);
    CHECK(got == 1 && q[0].value <= DBL_MAX && q[0].value > 1e300, "400 digits stay finite");
    memset(big, '9', 400);
    memcpy(big, "$0.", 3);
    big[400] = '\0';
    got = find_in(big, q, 4);
    CHECK(got == 1 && q[0].value > 0.99 && q[0].value < 1.0, "long fraction: %g", got ? q[0].value : 0);

    /* a huge token price stays finite too: priced per million, it grows;
     * so does a huge count of decades */
    memset(big, '9', 400);
    big[0] = '$';
    memcpy(big + 400, " per token", 11);
    got = find_in(big, q, 4);
    CHECK(got == 1 && q[0].value <= DBL_MAX, "400-digit token price stays finite");
    memset(big, '9', 400);
    memcpy(big + 400, " decades", 9);
    got = find_in(big, q, 4);
    CHECK(got == 1 && q[0].value <= DBL_MAX, "400-digit decades stay finite");

    /* invalid UTF-8 around a real amount */
    got = find_in("\xFF$6 million\xC2", q, 4);
    CHECK(got == 1 && q[0].value == 6e6, "invalid UTF-8 around $6 million");
    got = find_in("\xE2\x82$5 \xE2\x80\x93", q, 4);
    CHECK(got == 1 && q[0].value == 5, "truncated sequences around $5");
}

static void run_cap(void)
{
    const char *s = "It used 2,048 GPUs, 55 days and $5.6 million.";
    dsc_quantity q[3];
    size_t got;

    CHECK(dsc_quantities_find(s, strlen(s), NULL, 0) == 3, "cap 0 still counts");
    memset(q, 0x5A, sizeof q);
    got = dsc_quantities_find(s, strlen(s), q, 1);
    CHECK(got == 3, "cap 1 returns the total: %u", (unsigned)got);
    CHECK(q[0].value == 2048, "cap 1 writes the first");
    CHECK(((unsigned char *)&q[1])[0] == 0x5A && ((unsigned char *)&q[2])[sizeof q[2] - 1] == 0x5A,
          "cap 1 writes nothing past out[0]");
    /* reentrant and deterministic */
    {
        dsc_quantity a[4], b[4];
        size_t na = dsc_quantities_find(s, strlen(s), a, 4);
        size_t nb = dsc_quantities_find(s, strlen(s), b, 4);
        size_t k, same = na == nb;
        for (k = 0; same && k < na && k < 4; k++)
            same = a[k].start == b[k].start && a[k].len == b[k].len && a[k].value == b[k].value &&
                   a[k].value_max == b[k].value_max && a[k].qualifier == b[k].qualifier &&
                   strcmp(a[k].unit, b[k].unit) == 0;
        CHECK(same, "same input, same output");
    }
}

/* What a sentence leaves for the next one of its paragraph. */
static size_t find_after(const char *prev, const char *s, dsc_quantity *q, size_t cap,
                         dsc_quantity_context *left)
{
    dsc_quantity_context ctx;
    size_t n = strlen(s), got;
    char *buf = exact_copy(prev, strlen(prev));
    memset(&ctx, 0x5A, sizeof ctx);                     /* every field is written */
    dsc_quantities_find_ctx(buf, strlen(prev), NULL, &ctx, NULL, 0);
    if (left) *left = ctx;
    free(buf);
    buf = exact_copy(s, n);
    got = dsc_quantities_find_ctx(buf, n, &ctx, NULL, q, cap);
    check_invariants(buf, n, q, got, cap, s);
    free(buf);
    return got;
}

/* The words the scan may pass over (dsc_quantity_word_inert, given by the
 * engine's word pass to dsc_quantities_scan): none a quantity starts at
 * ("a", "millions", "tenfold", "US" of "US$") or that the scan notes
 * ("rating", "Elo", a plural counted in millions); and every sentence of
 * the table, every one of its inert words skipped (and every run of them
 * parted by one space skipped as one span), gives the same
 * quantities and context as the full scan. */
static int same_quantities(const dsc_quantity *a, size_t na, const dsc_quantity *b, size_t nb)
{
    size_t j;
    if (na != nb) return 0;
    for (j = 0; j < na && j < 8; j++)
        if (a[j].start != b[j].start || a[j].len != b[j].len || a[j].value != b[j].value ||
            a[j].value_max != b[j].value_max || a[j].qualifier != b[j].qualifier || strcmp(a[j].unit, b[j].unit) != 0)
            return 0;
    return 1;
}

static int is_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_alnum_byte(int c) { return is_letter(c) || (c >= '0' && c <= '9'); }

/* The inert words of s[0..n): runs of letters with no letter or digit
 * before or after them. */
static size_t inert_skips(const char *s, size_t n, dsc_qty_skip *skip, size_t cap)
{
    size_t i = 0, e, k = 0;
    while (i < n && k < cap) {
        if (!is_letter((unsigned char)s[i]) || (i > 0 && is_alnum_byte((unsigned char)s[i - 1]))) { i++; continue; }
        for (e = i; e < n && is_letter((unsigned char)s[e]); e++) {}
        if ((e == n || !is_alnum_byte((unsigned char)s[e])) && dsc_quantity_word_inert(s + i, e - i)) {
            skip[k].start = (uint32_t)i;
            skip[k++].end = (uint32_t)e;
        }
        i = e;
    }
    return k;
}

/* The skips merged as the claim reader gives them: a run of inert words
 * parted by one space is one span. */
static size_t merge_runs(const char *s, dsc_qty_skip *skip, size_t n)
{
    size_t k, m = 0;
    for (k = 0; k < n; k++) {
        if (m && skip[k].start == skip[m - 1].end + 1 && s[skip[m - 1].end] == ' ') {
            skip[m - 1].end = skip[k].end;
            continue;
        }
        skip[m++] = skip[k];
    }
    return m;
}

static void run_inert(void)
{
    static const char *const starts[] = {"a", "an", "A", "millions", "Billions", "tenfold", "hundredfold", "one",
                                         "first", "half", "dozens", "several", "top", "number", "no", "US", "rmb"};
    static const char *const noted[] = {"rating", "ratings", "Elo", "elo", "users"};
    static const char *const inert[] = {"model", "said", "the", "chips", "DeepSeek", "fold"};
    static const char *const others[] = {"", "GPT4", "state-of-the-art", "abcdefghijklmnopq"};
    size_t k;
    for (k = 0; k < sizeof starts / sizeof starts[0]; k++)
        CHECK(!dsc_quantity_word_inert(starts[k], strlen(starts[k])), "\"%s\" may start a quantity", starts[k]);
    for (k = 0; k < sizeof noted / sizeof noted[0]; k++)
        CHECK(!dsc_quantity_word_inert(noted[k], strlen(noted[k])), "the scan notes \"%s\"", noted[k]);
    for (k = 0; k < sizeof inert / sizeof inert[0]; k++)
        CHECK(dsc_quantity_word_inert(inert[k], strlen(inert[k])), "\"%s\" is inert", inert[k]);
    for (k = 0; k < sizeof others / sizeof others[0]; k++)
        CHECK(!dsc_quantity_word_inert(others[k], strlen(others[k])), "\"%s\" is no word of letters", others[k]);
    for (k = 0; k < N_CASES; k++) {
        const char *s = CASES[k].input;
        size_t n = strlen(s), na, nb, ns;
        dsc_quantity a[8], b[8];
        dsc_quantity_context ca, cb;
        dsc_qty_skip skip[64];
        char *buf = exact_copy(s, n);
        ns = inert_skips(buf, n, skip, 64);
        memset(&ca, 0, sizeof ca); memset(&cb, 0, sizeof cb);
        na = dsc_quantities_find_ctx(buf, n, NULL, &ca, a, 8);
        nb = dsc_quantities_scan(buf, n, NULL, &cb, b, 8, skip, ns);
        CHECK(same_quantities(a, na, b, nb) && memcmp(&ca, &cb, sizeof ca) == 0,
              "\"%s\": %u quantities, %u with its %u inert words skipped", s, (unsigned)na, (unsigned)nb, (unsigned)ns);
        ns = merge_runs(buf, skip, ns);
        memset(&cb, 0, sizeof cb);
        nb = dsc_quantities_scan(buf, n, NULL, &cb, b, 8, skip, ns);
        CHECK(same_quantities(a, na, b, nb) && memcmp(&ca, &cb, sizeof ca) == 0,
              "\"%s\": %u quantities, %u with its %u runs of inert words skipped", s, (unsigned)na, (unsigned)nb,
              (unsigned)ns);
        free(buf);
    }
}

static void run_context(void)
{
    dsc_quantity q[4];
    dsc_quantity_context left;
    size_t got;

    /* a range of thousands counts what the sentence before counted */
    got = find_after("Huawei can make no more than 200,000 AI chips this year.",
                     "Our own estimate is 230,000 to 260,000.", q, 4, &left);
    CHECK_STR(left.unit, "chips", "context unit");
    CHECK_STR(dsc_quantity_kind_name(left.kind), "count", "context kind");
    CHECK_STR(left.currency, "", "no context currency");
    CHECK(left.token_prices == 0, "no token prices");
    CHECK(got == 1 && q[0].value == 2.3e5 && q[0].value_max == 2.6e5, "range after chips");
    if (got == 1) CHECK_STR(q[0].unit, "chips", "range after chips");
    got = find_after("ChatGPT has 500 million people using it.",
                     "That number stood at 400 million in February.", q, 4, NULL);
    CHECK(got == 1 && q[0].value == 4e8, "400 million after people");
    if (got == 1) CHECK_STR(q[0].unit, "people", "400 million after people");
    /* the unit the sentence before left keeps its kind and currency */
    got = find_after("SoftBank lost \xC2\xA5" "500 billion last year.", "It lost 300 billion more this year.", q, 4, &left);
    CHECK_STR(left.unit, "CNY", "context unit of money");
    CHECK_STR(dsc_quantity_kind_name(left.kind), "money", "context kind of money");
    CHECK_STR(left.currency, "CNY", "context currency");
    CHECK(got == 1, "300 billion after money");
    if (got == 1) {
        CHECK_STR(q[0].unit, "CNY", "300 billion after money");
        CHECK_STR(dsc_quantity_kind_name(q[0].kind), "money", "300 billion after money");
        CHECK_STR(q[0].currency, "CNY", "300 billion after money");
    }
    /* a noun of the sentence itself comes first */
    got = find_after("Huawei can make 200,000 AI chips.", "It had the most users, at 79 million.", q, 4, NULL);
    if (got == 1) CHECK_STR(q[0].unit, "users", "own noun before the context");
    CHECK(got == 1, "79 million");

    /* prices in pairs after a sentence that priced tokens */
    got = find_after("It costs $0.55 per million input tokens and $2.19 per million output tokens.",
                     "OpenAI charges $10 and $40 for o3.", q, 4, &left);
    CHECK(left.token_prices == 1, "token prices left");
    CHECK(got == 2, "two prices");
    if (got == 2) {
        CHECK_STR(q[0].unit, "USD per 1M tokens", "carried $10");
        CHECK_STR(q[1].unit, "USD per 1M tokens", "carried $40");
    }
    got = find_after("It costs $0.55 per million input tokens.", "A laptop costs $999.", q, 4, NULL);
    if (got == 1) CHECK_STR(q[0].unit, "USD", "one price does not carry");
    got = find_after("It costs $0.55 per million input tokens.", "Pro users pay $200 a month and $20 a week.",
                     q, 4, NULL);
    if (got == 2) CHECK_STR(q[0].unit, "USD", "prices per period do not carry");
    CHECK(got == 2, "two prices per period");
    got = find_after("It costs $0.55 per million input tokens.", "It raised $5 billion and $2 billion.", q, 4, NULL);
    if (got == 2) CHECK_STR(q[1].unit, "USD", "big amounts do not carry");

    /* "those hours" stand for the unit counted before */
    got = find_after("It took 2.788 million GPU hours.", "Pre-training took 2.664 million of those hours.", q, 4, NULL);
    CHECK(got == 1 && q[0].value == 2.664e6, "2.664 million of those hours");
    if (got == 1) CHECK_STR(q[0].unit, "GPU hours", "those hours are GPU hours");
    got = find_after("It has 20,000 GPUs.", "It used 2,000 of the hours.", q, 4, NULL);
    if (got == 1) CHECK_STR(q[0].unit, "hours", "the hours are hours");
    /* the context never adds an amount */
    got = find_after("Huawei can make 200,000 AI chips.", "It launched in 2024 with Llama 3.1.", q, 4, NULL);
    CHECK(got == 0, "no amount from context alone: %u", (unsigned)got);
    /* what a sentence leaves, with nothing to count */
    got = find_after("It launched in 2024.", "It sold 400 million.", q, 4, &left);
    CHECK(left.unit[0] == '\0' && left.token_prices == 0, "empty context");
    if (got == 1) CHECK_STR(q[0].unit, "", "no unit from an empty context");
    /* open: whether the sentence before could change anything */
    {
        static const struct { const char *s; int open; } opens[] = {
            {"OpenAI charges $10 and $40 for o3.", 1}, {"It sold 400 million.", 1},
            {"It costs $0.55 per million tokens, against $15 and $60.", 0},
            {"It sold 400 million chips.", 0}, {"A laptop costs $999.", 0},
            {"Pro users pay $200 a month and $20 a week.", 0}, {"It launched in 2024.", 0},
        };
        static const char *const prevs[] = {
            "It costs $0.55 per million input tokens.", "Huawei can make 200,000 AI chips.",
        };
        size_t k, p;
        for (k = 0; k < sizeof opens / sizeof opens[0]; k++) {
            dsc_quantity a[8], b[8];
            dsc_quantity_context own, ctx;
            size_t n = strlen(opens[k].s), na, nb, j;
            na = dsc_quantities_find_ctx(opens[k].s, n, NULL, &own, a, 8);
            CHECK(own.open == opens[k].open, "\"%s\": open %d", opens[k].s, own.open);
            for (p = 0; !own.open && p < sizeof prevs / sizeof prevs[0]; p++) {
                dsc_quantities_find_ctx(prevs[p], strlen(prevs[p]), NULL, &ctx, NULL, 0);
                nb = dsc_quantities_find_ctx(opens[k].s, n, &ctx, NULL, b, 8);
                for (j = 0; nb == na && j < na && j < 8; j++)
                    if (strcmp(a[j].unit, b[j].unit) != 0) nb = na + 1;
                CHECK(nb == na, "\"%s\": not open, yet changed by \"%s\"", opens[k].s, prevs[p]);
            }
        }
    }
    /* NULL prev is dsc_quantities_find() */
    CHECK(dsc_quantities_find_ctx("$6 million", 10, NULL, NULL, q, 4) == 1, "NULL contexts");
}

/* Long inputs: linear time. A quadratic scan of these 100 KB inputs would
 * take minutes; the bound is loose enough for valgrind. */
static void run_long(void)
{
    static const char *const units[] = {"9", "1 ", "$1-", "a ", "1,0", "tens of ", "No. 1 ",
                                        "2,048 GPUs ", "aaaaaaaaaaaaaaaaaaaa", "1 Aa ", "-1-"};
    const size_t n = 100 * 1024;
    char *buf = malloc(n);
    size_t u, k, got, expect;
    clock_t t0 = clock();
    double secs;

    if (!buf) abort();
    for (u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]);
        for (k = 0; k < n; k++) buf[k] = units[u][k % ul];
        got = dsc_quantities_find(buf, n, NULL, 0);
        expect = strcmp(units[u], "No. 1 ") == 0 ? n / ul : strcmp(units[u], "2,048 GPUs ") == 0 ? n / ul : 0;
        if (strcmp(units[u], "No. 1 ") == 0 || strcmp(units[u], "2,048 GPUs ") == 0)
            CHECK(got >= expect && got <= expect + 1, "100 KB of \"%s\": %u", units[u], (unsigned)got);
        else if (strcmp(units[u], "$1-") != 0)
            CHECK(got == 0, "100 KB of \"%s\": found %u", units[u], (unsigned)got);
        else
            CHECK(got > 0, "100 KB of \"$1-\"");
    }
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 20, "long inputs took %.2f s", secs);
    free(buf);
}

/* Random sentences from a vocabulary of tricky tokens and raw bytes. */
static void run_soak(void)
{
    static const char *const vocab[] = {
        "$", "6", "million", "2,048", "GPUs", "H800", "-", "\xE2\x80\x93", "to", "and", "between",
        "less", "than", "about", "%", "per", "tokens", "1.", ",", ".", "No.", "1", "x", "fold",
        "ten", "a", "dozen", "billions", "of", "dollars", "\xC2\xA0", "\xE2\x82\xAC", "yuan",
        "GB/s", "B", "parameters", "2024", "January", "27", "the", "Llama", "3.1", "+", "or",
        "more", "\xFF", "\xE2\x88\x92", "months", "one", "top", "spot", "#", "k", "M", "bn",
        "half", "in", "five", "factor", "decade", "rating", "\xE2\x80\x99s", "\"", "users",
        "as", "by", "took", "thirds", "-in-", "\xE2\x80\x9D", "point", "230,000", "$10",
    };
    const size_t nv = sizeof vocab / sizeof vocab[0];
    unsigned seed = 12345;
    char sentence[256];
    dsc_quantity q[32];
    int r, failures_before = check_failed;

    for (r = 0; r < 20000; r++) {
        size_t len = 0, words = 1 + (seed >> 16) % 24, w;
        for (w = 0; w < words; w++) {
            const char *v;
            size_t vl;
            seed = seed * 1103515245u + 12345u;
            v = vocab[(seed >> 16) % nv];
            vl = strlen(v);
            if (len + vl + 1 >= sizeof sentence) break;
            memcpy(sentence + len, v, vl);
            len += vl;
            if ((seed >> 8) & 1) sentence[len++] = ' ';
        }
        {
            char *buf = exact_copy(sentence, len);
            size_t got = dsc_quantities_find(buf, len, q, 32);
            check_invariants(buf, len, q, got, 32, "soak");
            free(buf);
        }
        if (check_failed > failures_before) break;
    }
    CHECK(check_failed == failures_before, "soak: %d sentences", r);
}

/* Runs the units generator on the files given (name, text pairs, NULL
 * ended) written to a directory of their own; returns its exit status and
 * the first line it printed. */
static int unitgen(char *out, size_t n, ...)
{
    char dir[64], path[160], cmd[2048];
    const char *name, *names[16];
    size_t k, nn = 0, len;
    va_list ap;
    FILE *f, *p;
    int rc;
    snprintf(dir, sizeof dir, "/tmp/dsc-unitgen-%ld", (long)getpid());
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    if (system(cmd) != 0) return -1;
    len = (size_t)snprintf(cmd, sizeof cmd, "%s/unitgen %s/u.h %s/u.c", DSC_BUILD_DIR, dir, dir);
    va_start(ap, n);
    while ((name = va_arg(ap, const char *)) != NULL && nn < 16) {
        const char *text = va_arg(ap, const char *);
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (!(f = fopen(path, "w"))) break;
        fputs(text, f);
        fclose(f);
        names[nn++] = name;
        len += (size_t)snprintf(cmd + len, sizeof cmd - len, " %s", path);
    }
    va_end(ap);
    snprintf(cmd + len, sizeof cmd - len, " 2>&1");
    out[0] = '\0';
    if (!(p = popen(cmd, "r"))) return -1;
    if (!fgets(out, (int)n, p)) out[0] = '\0';
    rc = pclose(p);
    for (k = 0; k < nn; k++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[k]);
        remove(path);
    }
    snprintf(path, sizeof path, "%s/u.h", dir); remove(path);
    snprintf(path, sizeof path, "%s/u.c", dir); remove(path);
    rmdir(dir);
    return rc;
}

/* The generator of data/units/ refuses what the finder could not use,
 * naming file:line. */
static void run_unitgen(void)
{
    static const struct { const char *file, *text, *says; } bad[] = {
        {"nouns.tsv", "chips\tchips\nchips\tchip\tsingular\n", "nouns.tsv:2: out of order"},
        {"nouns.tsv", "chips\tchip\tfixed\nchips\tchip\tsingular\n", "nouns.tsv:2: 'chip' listed twice"},
        {"nouns.tsv", "chips\tChip\nchips\tchip\n", "nouns.tsv:2: 'chip' listed twice"},
        {"nouns.tsv", "chipz\tchips\n", "nouns.tsv:1: unknown unit 'chipz'"},
        {"nouns.tsv", "chips\tchips\tplurall\n", "nouns.tsv:1: unknown flag 'plurall'"},
        {"nouns.tsv", "chips\tchips\thyphen\n", "unknown flag 'hyphen' for a noun form"},
        {"nouns.tsv", "chips\t2chips\n", "a noun starts with a letter"},
        {"nouns.tsv", "chips\tchips\tx1\n", "'1': a whole number from 2"},
        {"nouns.tsv", "chips\n", "nouns.tsv:1: 1 fields, expected unit<TAB>form[<TAB>flags]"},
        {"nouns.tsv", "chips\t\n", "field 2 is empty"},
        {"nouns.tsv", "chips\tchips\r\n", "carriage return"},
        {"nouns.tsv", "chips\tchips  and\n", "a space at an end, or two"},
        {"nouns.tsv", "days\tdays\n", "'days' is a duration: time.tsv lists those"},
        {"time.tsv", "chips\tchips\n", "time.tsv:1: 'chips' is not a duration"},
        {"currencies.tsv", "USD\tbefor\t$\n", "currencies.tsv:1: unknown place 'befor'"},
        {"currencies.tsv", "usd\tbefore\t$\n", "'usd': an ISO 4217 code is three capitals"},
        {"currencies.tsv", "USD\tafter\tcents\tx\n", "'x': a whole number"},
        {"currencies.tsv", "CNY\tbefore\t$\nUSD\tbefore\t$\n", "currencies.tsv:2: '$' listed twice"},
        {"currencies.tsv", "chips\tafter\tchips\n", "an ISO 4217 code is three capitals"},
        {"currencies.tsv", "USD\tbefore\tU S\n", "a symbol has no space"},
        {"symbols.tsv", "chips\tglued\tCH\n", "symbols.tsv:1: unknown place 'glued'"},
        {"symbols.tsv", "chips\tword\tchipz\n", "a word measure reports a percent or a multiplier"},
        {"scales.tsv", "glued\tk\t1024\n", "a glued scale is a power of ten"},
        {"scales.tsv", "word\tmillion\t1000000\tletter\n", "unknown flag 'letter' for a word form"},
        {"scales.tsv", "word\tmil lion\t1000000\n", "a scale is letters only"},
        {"scales.tsv", "vage\tlots\t100\n", "unknown place 'vage'"},
        {"numbers.tsv", "number\tTwo\t2\n", "'Two': 1 to 16 lowercase letters"},
        {"numbers.tsv", "number\ttwo\n", "a number needs a value"},
        {"numbers.tsv", "few\tseveral\t3\n", "'few' takes no value"},
        {"numbers.tsv", "number\ttwo\t2\tplural\n", "a number takes no flags"},
        {"numbers.tsv", "numeral\ttwo\t2\n", "unknown role 'numeral'"},
        {"numbers.tsv", "ordinal\tsecond\n", "a ordinal needs a value"},
        {"numbers.tsv", "number\ttwo\ttwo\n", "'two': a whole number"},
        {"qualifiers.tsv", "roughly\tabout\n", "unknown qualifier 'roughly'"},
        {"qualifiers.tsv", "about\tin the wide region of\n", "more than four words never match"},
        {"qualifiers.tsv", "about\tin the same ballpark\n", "a four-word qualifier ends in \"of\""},
        {"qualifiers.tsv", "about\tAbout\n", "lowercase words"},
        {"qualifier.tsv", "about\tabout\n", "no such units file"},
    };
    static const char *const units = "# what units measure\nchips\tcount\ndays\tduration\n";
    char out[256];
    size_t k;
    CHECK(unitgen(out, sizeof out, "units.tsv", units, "nouns.tsv", "chips\tchip\tsingular\nchips\tchips\n",
                  "time.tsv", "days\tday\tsingular fixed\ndays\tdecade\tx3650\n",
                  "currencies.tsv", "USD\tafter\tcents\t-2\nUSD\tbefore\t$\n", (char *)NULL) == 0,
          "good units compile: %s", out);
    for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
        CHECK(unitgen(out, sizeof out, "units.tsv", units, bad[k].file, bad[k].text, (char *)NULL) != 0 &&
                  strstr(out, bad[k].says),
              "%s \"%s\": want \"%s\", got \"%s\"", bad[k].file, bad[k].text, bad[k].says, out);
    CHECK(unitgen(out, sizeof out, "units.tsv", "chips\tmoney\n", (char *)NULL) != 0 &&
              strstr(out, "units.tsv:1: kind 'money': money units are the ISO codes"), "money in units.tsv: %s", out);
    CHECK(unitgen(out, sizeof out, "units.tsv", "chips\tcounts\n", (char *)NULL) != 0 &&
              strstr(out, "unknown kind 'counts'"), "unknown kind: %s", out);
    CHECK(unitgen(out, sizeof out, "units.tsv", "chips\tcount\nchips\tduration\n", (char *)NULL) != 0 &&
              strstr(out, "units.tsv:2: unit 'chips' listed twice"), "unit twice: %s", out);
    CHECK(unitgen(out, sizeof out, "units.tsv", "GB/s\tbandwidth\nGB_s\tbandwidth\n", (char *)NULL) != 0 &&
              strstr(out, "give the same name QU_GB_s"), "macro names: %s", out);
    CHECK(unitgen(out, sizeof out, "units.tsv", "USD\tcount\n", "currencies.tsv", "USD\tbefore\t$\n", (char *)NULL) != 0 &&
              strstr(out, "currencies.tsv:1: 'USD' is a unit of"), "a currency declared as a count: %s", out);
    CHECK(unitgen(out, sizeof out, "nouns.tsv", "chips\tchips\n", (char *)NULL) != 0 && strstr(out, "no units.tsv"),
          "units.tsv is needed: %s", out);
}

int main(void)
{
    CHECK(N_CASES >= 140, "table has %u cases", (unsigned)N_CASES);
    run_table();
    run_prefixes();
    run_hostile();
    run_cap();
    run_context();
    run_inert();
    run_long();
    run_soak();
    run_kinds();
    run_table_kinds();
    run_retype();
    run_units_data();
    run_word_marks();
    run_unitgen();
    printf("test_quantity: %u table cases\n", (unsigned)N_CASES);
    return check_report("test_quantity");
}
