/* test_dict.c: the built-in dictionary, TSV loading, overrides and the
 * matcher's rules (whole words, longest match, possessives, plurals, the
 * org-plus-model split of doc/claims.md). */
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
    /* longest match: a longer name wins over the form it starts with */
    {"Perplexity's R1 1776, not R1", "Perplexity=Perplexity|R1 1776=R1 1776|DeepSeek-R1=R1"},
    {"West Virginia and Virginia", "West Virginia=West Virginia|Virginia=Virginia"},
    {"the CAC 40 fell; the CAC said", "CAC 40=CAC 40|Cyberspace Administration of China=CAC"},
    {"Janus Henderson, not Janus-Pro", "Janus Henderson=Janus Henderson|Janus-Pro=Janus-Pro"},
    /* a place inside an org name is the org; alone it is the place */
    {"Palo Alto Networks of Palo Alto", "Palo Alto Networks=Palo Alto Networks|Palo Alto=Palo Alto"},
    {"Texas Instruments and Boston Dynamics", "Texas Instruments=Texas Instruments|Boston Dynamics=Boston Dynamics"},
    {"The Beijing News in Beijing", "The Beijing News=The Beijing News|Beijing=Beijing"},
    {"south China's Guangdong Province", "China=China|Guangdong=Guangdong Province"},
    /* org plus chip, as for Nvidia H800 */
    {"AMD MI308 and Nvidia RTX Pro 6000D chips", "AMD=AMD|AMD MI308=MI308|Nvidia=Nvidia|Nvidia RTX Pro 6000D=RTX Pro 6000D"},
    {"Huawei's Ascend 910D", "Huawei=Huawei|Huawei Ascend 910D=Ascend 910D"},
    /* house styles: OPPO and vivo as the firms write them; Honor is left
     * out (an English word the matcher cannot guard) */
    {"Huawei, Honor, OPPO and vivo", "Huawei=Huawei|OPPO=OPPO|vivo=vivo"},
    {"By Kif Leswing and Arjun Kharpal", "Kif Leswing=Kif Leswing|Arjun Kharpal=Arjun Kharpal"},
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
    /* the outlet tag: relays of claims, not what a claim is about */
    {
        static const char *const outlets[] = {"Caixin", "Beijing News", "Nature", "Economic Observer", "SCMP"};
        static const char *const not_outlets[] = {"FactSet", "Counterpoint", "Beijing", "CAC"};
        for (i = 0; i < sizeof outlets / sizeof outlets[0]; i++) {
            long e = dsc_dict_lookup(d, outlets[i], strlen(outlets[i]));
            CHECK(e >= 0 && dsc_dict_is_outlet(d, (size_t)e), "%s is an outlet", outlets[i]);
        }
        for (i = 0; i < sizeof not_outlets / sizeof not_outlets[0]; i++) {
            long e = dsc_dict_lookup(d, not_outlets[i], strlen(not_outlets[i]));
            CHECK(e >= 0 && !dsc_dict_is_outlet(d, (size_t)e), "%s is not an outlet", not_outlets[i]);
        }
    }
    /* no form is claimed by two entries: every name and alias of the
     * built-in dictionary looks up to its own entry */
    {
        size_t bad = 0, k;
        for (i = 0; i < dsc_dict_size(d); i++) {
            const char *name = dsc_dict_name(d, i);
            const char *const *al = dsc_dict_aliases(d, i);
            if (dsc_dict_lookup(d, name, strlen(name)) != (long)i) {
                if (bad++ < 5) fprintf(stderr, "  form \"%s\" belongs to another entry\n", name);
            }
            for (k = 0; al[k]; k++)
                if (dsc_dict_lookup(d, al[k], strlen(al[k])) != (long)i) {
                    if (bad++ < 5) fprintf(stderr, "  alias \"%s\" of \"%s\" belongs to another entry\n", al[k], name);
                }
        }
        CHECK(bad == 0, "every form names one entry (%zu shared)", bad);
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
