/* test_sentence.c: sentence boundaries on clean text. Each case lists the
 * sentences expected, separated by '|'. */
#include "check.h"
#include "internal.h"

static const struct { const char *text; const char *want; } cases[] = {
    {"Mr. Liang said so. The U.S. Commerce Department agreed.", "Mr. Liang said so.|The U.S. Commerce Department agreed."},
    {"The bill from Reps. Jane Doe and John Roe stalled. Sens. Ann Poe and Tim Loe backed it.",
     "The bill from Reps. Jane Doe and John Roe stalled.|Sens. Ann Poe and Tim Loe backed it."},
    {"It rose 3.5% to $2.664 million. Shares fell.", "It rose 3.5% to $2.664 million.|Shares fell."},
    {"He works at 01.ai now. She does not.", "He works at 01.ai now.|She does not."},
    {"It was Jan. 20 when it launched. Next came R1.", "It was Jan. 20 when it launched.|Next came R1."},
    {"Chips were built in the U.S. The company said so.", "Chips were built in the U.S.|The company said so."},
    {"Made by Apple Inc. and sold widely.", "Made by Apple Inc. and sold widely."},
    {"Shares of Nvidia Corp. Fell", "Shares of Nvidia Corp. Fell"},
    {"\"It is huge,\" he said. \"We agree.\"", "\"It is huge,\" he said.|\"We agree.\""},
    {"Really? Yes.", "Really?|Yes."},
    {"Is it real? he asked.", "Is it real? he asked."},
    {"Wait... Then it fell.", "Wait...|Then it fell."},
    {"It was... fine.", "It was... fine."},
    {"It was\xE2\x80\xA6 Then more.", "It was\xE2\x80\xA6|Then more."},
    {"John F. Kennedy spoke. Then left.", "John F. Kennedy spoke.|Then left."},
    {"Llama 3.1 beat GPT-4o. R1 won.", "Llama 3.1 beat GPT-4o.|R1 won."},
    {"Prices (e.g. tokens) fell. Good news.", "Prices (e.g. tokens) fell.|Good news."},
    {"He said \"yes.\" Then he left.", "He said \"yes.\"|Then he left."},
    {"He said \xE2\x80\x9Cyes.\xE2\x80\x9D Then he left.", "He said \xE2\x80\x9Cyes.\xE2\x80\x9D|Then he left."},
    {"Dr. Jane Roe, Ph.D. student, spoke. Next.", "Dr. Jane Roe, Ph.D. student, spoke.|Next."},
    {"It ranked No. 1 on the App Store. Then fell.", "It ranked No. 1 on the App Store.|Then fell."},
    {"A: No. We set the price to cover our costs.", "A: No.|We set the price to cover our costs."},
    {"It held the No. 3 spot. No. 2 was ChatGPT.", "It held the No. 3 spot.|No. 2 was ChatGPT."},
    {"Sales hit $5 bn. 2024 was big.", "Sales hit $5 bn.|2024 was big."},
    {"Stop! Go now.", "Stop!|Go now."},
    {"What?! No way.", "What?!|No way."},
    {"(It fell.) Then rose.", "(It fell.)|Then rose."},
    {"One sentence without end", "One sentence without end"},
    {"He cited v. 2 of the paper. It helped.", "He cited v. 2 of the paper.|It helped."},
    {"Costs fell vs. last year. Fine.", "Costs fell vs. last year.|Fine."},
    {"The U.S.-China race heats up. Both sides spend.", "The U.S.-China race heats up.|Both sides spend."},
    {"Trained on 2,048 H800s. Done.", "Trained on 2,048 H800s.|Done."},
    {"At 9 a.m. The market opened.", "At 9 a.m.|The market opened."},
    {"At 9 a.m. traders sold.", "At 9 a.m. traders sold."},
};

static void run(const char *text, const char *want, size_t idx) {
    dsc_clean c;
    dsc_vec sents = DSC_VEC(dsc_sent);
    char got[1024] = "", ctx[64];
    size_t i;
    snprintf(ctx, sizeof ctx, "sentence case %zu", idx);
    dsc_clean_text(text, strlen(text), 1, &c);
    dsc_split_sentences(&c, &sents);
    for (i = 0; i < sents.len; i++) {
        const dsc_sent *s = &DSC_AT(sents, dsc_sent, i);
        if (i) strcat(got, "|");
        strncat(got, c.text + s->start, s->end - s->start);
    }
    CHECK_STR(got, want, ctx);
    dsc_vec_free(&sents);
    dsc_clean_free(&c);
}

int main(void) {
    size_t i;
    CHECK(dsc_sentence_lists_sorted(), "abbreviation lists sorted for bisection");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) run(cases[i].text, cases[i].want, i);
    /* headings, bylines and reading time are marked; body sentences are not */
    {
        const char *src = "# How a lab shook markets\n\nA deck line sits here.\n\nBy Jane Doe, John Roe\n\n3 min read\n\nBody one. Body two.";
        dsc_clean c;
        dsc_vec s = DSC_VEC(dsc_sent);
        dsc_clean_text(src, strlen(src), 1, &c);
        dsc_split_sentences(&c, &s);
        CHECK(s.len == 6, "6 sentences, got %zu", s.len);
        if (s.len == 6) {
            CHECK(DSC_AT(s, dsc_sent, 0).heading, "title is a heading");
            CHECK(!DSC_AT(s, dsc_sent, 1).heading, "deck line is body");
            CHECK(DSC_AT(s, dsc_sent, 2).heading, "byline");
            CHECK(DSC_AT(s, dsc_sent, 3).heading, "reading time");
            CHECK(!DSC_AT(s, dsc_sent, 4).heading && !DSC_AT(s, dsc_sent, 5).heading, "body");
        }
        dsc_vec_free(&s);
        dsc_clean_free(&c);
    }
    /* a sentence cut by a blank line is one sentence */
    run("It took less than \\$6 million to\n\nbuild, using H800s. Then it shipped.",
        "It took less than $6 million to build, using H800s.|Then it shipped.", 1000);
    return check_report("sentence");
}
