/* test_dict.c: the built-in dictionary, TSV loading, overrides and the
 * matcher's rules (whole words, longest match, possessives, plurals, the
 * org-plus-model split of ANNOTATION.md). */
#include "check.h"
#include "internal.h"

/* Matches text and renders "Canonical=surface" pairs joined by '|'. */
static void render(const dsc_dict *d, const char *text, char *out, size_t cap) {
    dsc_vec m = DSC_VEC(dsc_match);
    size_t i;
    out[0] = '\0';
    dsc_dict_match(d, text, strlen(text), &m);
    for (i = 0; i < m.len; i++) {
        const dsc_match *x = &DSC_AT(m, dsc_match, i);
        char piece[200];
        snprintf(piece, sizeof piece, "%s%s=%.*s", i ? "|" : "", dsc_dict_name(d, (size_t)x->entry),
                 (int)x->len, text + x->start);
        strncat(out, piece, cap - strlen(out) - 1);
    }
    dsc_vec_free(&m);
}

static const struct { const char *text, *want; } cases[] = {
    {"Nvidia H800", "Nvidia=Nvidia|Nvidia H800=H800"},
    {"OpenAI's o1", "OpenAI=OpenAI|OpenAI o1=o1"},
    {"DeepSeek-V3 and V3", "DeepSeek-V3=DeepSeek-V3|DeepSeek-V3=V3"},
    {"DeepSeek R1", "DeepSeek=DeepSeek|DeepSeek-R1=R1"},
    {"2,048 H800s were used", "Nvidia H800=H800s"},
    {"The Wall Street Journal said", "The Wall Street Journal=The Wall Street Journal"},
    {"Wall Street fell", "Wall Street=Wall Street"},
    {"Tsinghua University", "Tsinghua University=Tsinghua University"},
    {"Meta's Llama 3.1 405B", "Meta=Meta|Llama 3.1 405B=Llama 3.1 405B"},
    {"Llama 3.1 and Llama 4", "Llama 3.1=Llama 3.1|Llama 4=Llama 4"},
    {"Metaverse Nvidias", ""},
    {"US-based and U.S. firms", "United States=US|United States=U.S."},
    {"US$4.7 billion and HK$2", ""},
    {"deepseek's r1 is wild", "DeepSeek=deepseek|DeepSeek-R1=r1"},
    {"the PRC said", "China=PRC"},
    {"SAN FRANCISCO (Reuters)", "San Francisco=SAN FRANCISCO|Reuters=Reuters"},
    {"Nvidia\xE2\x80\x99s chips", "Nvidia=Nvidia"},
    {"GPT-4 vs GPT-4o", "GPT-4=GPT-4|GPT-4o=GPT-4o"},
    {"Qwen 2.5-Max beat Qwen 2.5", "Qwen 2.5-Max=Qwen 2.5-Max|Qwen 2.5=Qwen 2.5"},
    {"Microsoft-backed OpenAI", "Microsoft=Microsoft|OpenAI=OpenAI"},
    {"xNvidia Nvidiax", ""},
    {"\xC3\x9CNvidia", ""},
    {"Senate Commerce Committee", "Senate Commerce Committee=Senate Commerce Committee"},
    {"High-Flyer Quant manages", "High-Flyer=High-Flyer Quant"},
    {"ChatGPT topped the App Store", "ChatGPT=ChatGPT|App Store=App Store"},
};

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    char got[1024], err[200];
    size_t i;
    CHECK(d != NULL, "builtin dictionary loads");
    CHECK(dsc_names_lists_sorted(), "name word lists sorted for bisection");
    CHECK(dsc_names_family_sorted(), "family name list sorted for bisection");
    dsc_dict_freeze(d);
    CHECK(dsc_dict_size(d) >= 400, "at least 400 entries, got %zu", dsc_dict_size(d));
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char ctx[80];
        snprintf(ctx, sizeof ctx, "match \"%s\"", cases[i].text);
        render(d, cases[i].text, got, sizeof got);
        CHECK_STR(got, cases[i].want, ctx);
    }
    /* lookups by canonical name and alias */
    {
        long e = dsc_dict_lookup(d, "H800", 4);
        CHECK(e >= 0 && strcmp(dsc_dict_name(d, (size_t)e), "Nvidia H800") == 0, "lookup alias H800");
        e = dsc_dict_lookup(d, "Nvidia H800", 11);
        CHECK(e >= 0 && dsc_dict_kind(d, (size_t)e) == DSC_CHIP, "lookup canonical Nvidia H800");
        CHECK(dsc_dict_lookup(d, "Nobody Inc", 10) == -1, "unknown name");
    }
    dsc_dict_free(d);

    /* user entries: add, override, alias collisions, errors */
    d = dsc_dict_new(1);
    {
        const char *al[] = {"Acme", "ACME"};
        const char *al2[] = {"DS"};
        CHECK(dsc_dict_add(d, "Acme Robotics", DSC_ORG, al, 2, err, sizeof err) == 0, "add entry");
        CHECK(dsc_dict_add(d, "DeepSeek", DSC_PRODUCT, al2, 1, err, sizeof err) == 0, "override entry");
        CHECK(dsc_dict_add(d, " bad", DSC_ORG, NULL, 0, err, sizeof err) == -1, "reject padded name");
        CHECK(dsc_dict_add(d, "X", (dsc_entity_kind)99, NULL, 0, err, sizeof err) == -1, "reject kind");
        CHECK(dsc_dict_load_tsv(d, "# c\nFoo Labs\torg\tFoo\n\nBar\tplace\n", 32, err, sizeof err) == 2, "tsv: 2 entries");
        CHECK(dsc_dict_load_tsv(d, "ok\torg\nbad\tplanet\n", 18, err, sizeof err) == -1 && strstr(err, "line 2") != NULL,
              "tsv error names the line: %s", err);
        CHECK(dsc_dict_load_tsv(d, "noTabs\n", 7, err, sizeof err) == -1, "tsv needs a kind");
        dsc_dict_freeze(d);
        render(d, "Acme and DS and DeepSeek and Foo", got, sizeof got);
        CHECK_STR(got, "Acme Robotics=Acme|DeepSeek=DS|DeepSeek=DeepSeek|Foo Labs=Foo", "user entries match");
        {
            long e = dsc_dict_lookup(d, "DeepSeek", 8);
            CHECK(e >= 0 && dsc_dict_kind(d, (size_t)e) == DSC_PRODUCT, "override changed kind");
        }
        CHECK(dsc_dict_add(d, "Late", DSC_ORG, NULL, 0, err, sizeof err) == -1, "frozen dictionary refuses adds");
    }
    dsc_dict_free(d);

    /* an empty dictionary matches nothing and does not crash */
    d = dsc_dict_new(0);
    dsc_dict_freeze(d);
    render(d, "Nvidia", got, sizeof got);
    CHECK_STR(got, "", "empty dictionary");
    dsc_dict_free(d);
    return check_report("dict");
}
