/* test_tickers.c: a stock ticker names its company; its exchange and its
 * market's suffix are markup (src/tickers.c, the tickers of
 * data/entities.tsv): never what a claim is about, never who makes it. */
#include "check.h"
#include "internal.h"
#include <stdlib.h>

static const struct {
    const char *src;
    const char *about;        /* the about list, names joined by ',' */
    const char *claimant;
} tickers[] = {
    {"Nvidia (NASDAQ: NVDA) shares fell 17%.", "Nvidia", "article"},
    {"Alibaba (NYSE: BABA) said its cloud revenue grew 26%.", "Alibaba", "Alibaba"},
    {"Alibaba (9988.HK) rose 5% in Hong Kong.", "Alibaba,Hong Kong", "article"},
    {"Shares of Foo Holdings (1234.HK) rose 5%.", "Foo Holdings", "article"},
    {"$NVDA fell 17% after DeepSeek released R1.", "Nvidia,DeepSeek,DeepSeek-R1", "article"},
    {"Tencent (HKEX: 0700) and Baidu (NASDAQ: BIDU; HKEX: 9888) rose 3%.", "Tencent,Baidu", "article"},
    {"The Nasdaq fell 3%, led by Nvidia.", "Nasdaq,Nvidia", "article"},
};

static void ticker_cases(void) {
    size_t i, k;
    for (i = 0; i < sizeof tickers / sizeof tickers[0]; i++) {
        dsc_doc *doc = dsc_parse(NULL, tickers[i].src, strlen(tickers[i].src), NULL);
        char about[200] = "", ctx[120];
        const dsc_claim *c;
        snprintf(ctx, sizeof ctx, "ticker case %zu (%s)", i, tickers[i].src);
        CHECK(doc && dsc_doc_claim_count(doc) == 1, "%s: one claim", ctx);
        if (!doc || dsc_doc_claim_count(doc) != 1) { dsc_doc_free(doc); continue; }
        c = dsc_doc_claim(doc, 0);
        for (k = 0; k < c->n_about; k++) {
            if (k) strcat(about, ",");
            strncat(about, dsc_doc_entity(doc, c->about[k])->name, sizeof about - strlen(about) - 2);
        }
        CHECK_STR(about, tickers[i].about, ctx);
        CHECK_STR(c->claimant, tickers[i].claimant, ctx);
        dsc_doc_free(doc);
    }
}

int main(void) {
    ticker_cases();
    return check_report("tickers");
}
