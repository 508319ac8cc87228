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

/* The unit of the first figure of the first claim of text read with d. */
static const char *first_unit(const dsc_dict *d, const char *text, char *buf, size_t n) {
    dsc_doc *doc = dsc_parse(d, text, strlen(text), NULL);
    const dsc_claim *c = doc && dsc_doc_claim_count(doc) ? dsc_doc_claim(doc, 0) : NULL;
    snprintf(buf, n, "%s", c ? (c->n_quantities ? c->quantities[0].unit : "(no figure)") : "(no claim)");
    dsc_doc_free(doc);
    return buf;
}

/* The country tag: the entities that make the sign ¥ yen (they were a C
 * list of names in the claim stage), and a user's entry with the tag. */
/* dsc_dict_load_tsv of a whole string. */
static int load(dsc_dict *d, const char *tsv, char *err, size_t n) {
    return dsc_dict_load_tsv(d, tsv, strlen(tsv), err, n);
}

static void country_tag(void) {
    /* every name the claim stage's list had (names_japan in src/claim/
     * read.c before the tag), matched as it matched them: the canonical
     * name, or its first words */
    static const char *const japan[] = { "Japan", "Tokyo", "Osaka", "Kyoto", "SoftBank", "Sony", "Toyota",
        "Nintendo", "NTT", "Fujitsu", "Hitachi", "Panasonic", "Rakuten", "KDDI", "Mitsubishi", "Preferred", "Sakana",
        "Advantest", "Lasertec", "Renesas", "Kioxia", "Nikkei", "Bank of Japan", "The Japan Times" };
    char err[200] = "", buf[64];
    dsc_dict *d = dsc_dict_new(1);
    size_t i, k;
    for (k = 0; k < sizeof japan / sizeof japan[0]; k++) {
        size_t l = strlen(japan[k]), named = 0, tagged = 0;
        for (i = 0; i < dsc_dict_size(d); i++) {
            const char *nm = dsc_dict_name(d, i);
            if (strncmp(nm, japan[k], l) != 0 || (nm[l] != '\0' && nm[l] != ' ')) continue;
            named++;
            if (strcmp(dsc_dict_country(d, i), "JP") == 0) tagged++;
        }
        CHECK(named > 0 && tagged == named, "%s: %zu entries, %zu tagged country=JP", japan[k], named, tagged);
    }
    {
        long e = dsc_dict_lookup(d, "Alibaba", 7);
        CHECK(e >= 0 && strcmp(dsc_dict_country(d, (size_t)e), "") == 0, "Alibaba has no country tag");
        e = dsc_dict_lookup(d, "Nikkei", 6);
        CHECK(e >= 0 && dsc_dict_is_outlet(d, (size_t)e) && strcmp(dsc_dict_country(d, (size_t)e), "JP") == 0,
              "two tags: outlet,country=JP");
    }
    CHECK_STR(first_unit(d, "SoftBank said it spent \xC2\xA5" "2.16 trillion on chips.\n", buf, sizeof buf), "JPY",
              "a tagged entity makes the sign yen");
    CHECK_STR(first_unit(d, "Alibaba said it spent \xC2\xA5" "2.16 trillion on chips.\n", buf, sizeof buf), "CNY",
              "else it is yuan");
    CHECK_STR(first_unit(d, "Toyota Research Institute said it spent \xC2\xA5" "5 billion on chips.\n", buf, sizeof buf),
              "JPY", "a name found in the text takes the tag of its first word's entity");
    /* the currency words come from data/units/currencies.tsv */
    CHECK_STR(first_unit(d, "Nvidia said it paid \xC2\xA5" "40 billion for the plant, a sum in yen.\n", buf, sizeof buf),
              "JPY", "a text that spells out yen more often counts in yen");
    CHECK_STR(first_unit(d, "Nvidia said it paid \xC2\xA5" "40 billion for the plant, a sum in renminbi, not yen, "
                            "at the RMB rate.\n", buf, sizeof buf), "CNY", "'renminbi' and 'RMB' are the yuan's words");
    CHECK_STR(first_unit(d, "Nvidia said it paid \xC2\xA5" "40 billion for the plant, CNY or yen.\n", buf, sizeof buf),
              "JPY", "the ISO code is not counted as a word");
    dsc_dict_free(d);

    /* a user's entry with the tag */
    {
        const char *text = "Kaminari Labs said it spent \xC2\xA5" "3 billion on a cluster.\n";
        d = dsc_dict_new(1);
        CHECK(load(d, "Kaminari Labs\torg\n", err, sizeof err) == 1, "%s", err);
        CHECK_STR(first_unit(d, text, buf, sizeof buf), "CNY", "an untagged user entry: yuan");
        dsc_dict_free(d);
        d = dsc_dict_new(1);
        CHECK(load(d, "Kaminari Labs\torg\t\tcountry=JP\n", err, sizeof err) == 1, "%s", err);
        {
            long e = dsc_dict_lookup(d, "Kaminari Labs", 13);
            CHECK(e >= 0 && strcmp(dsc_dict_country(d, (size_t)e), "JP") == 0, "the tag is read");
        }
        CHECK_STR(first_unit(d, text, buf, sizeof buf), "JPY", "a user entry tagged country=JP: yen");
        dsc_dict_free(d);
    }
    /* malformed tags are errors naming the line */
    d = dsc_dict_new(0);
    CHECK(load(d, "A\torg\n" "B\torg\t\tcountry=Japan\n", err, sizeof err) == -1 &&
          strstr(err, "line 2") && strstr(err, "country=Japan"), "a long country: %s", err);
    CHECK(load(d, "B\torg\t\tcountry=jp\n", err, sizeof err) == -1 && strstr(err, "country=jp"),
          "a lowercase country: %s", err);
    CHECK(load(d, "B\torg\t\toutlet, country=FR\n", err, sizeof err) == 1, "%s", err);
    {
        long e = dsc_dict_lookup(d, "B", 1);
        CHECK(e >= 0 && dsc_dict_is_outlet(d, (size_t)e) && strcmp(dsc_dict_country(d, (size_t)e), "FR") == 0,
              "outlet, country=FR: both");
    }
    dsc_dict_free(d);
}

/* The matcher looks at the first two and three bytes of a word before it
 * walks the trie, and finds word starts 8 ASCII bytes at a time when no
 * form starts with ASCII punctuation: forms of one, two and three bytes or
 * more, and one starting past ASCII, are all still found, at the start,
 * in the middle and at the end of the text. */
static void prefix_filters(void) {
    char err[200] = "", got[512];
    dsc_dict *d = dsc_dict_new(0);
    CHECK(load(d, "Q\torg\nHP\torg\nIntel\torg\tInt\n\xC3\x9Cr\xC3\xBCmqi\tplace\nXin Labs\torg\n", err,
               sizeof err) == 5, "%s", err);
    dsc_dict_freeze(d);
    render(d, "Q and HP met Intel in \xC3\x9Cr\xC3\xBCmqi; Intelligence, Into and Xinjiang are not; Int, HP", got,
           sizeof got);
    CHECK_STR(got, "Q=Q|HP=HP|Intel=Intel|\xC3\x9Cr\xC3\xBCmqi=\xC3\x9Cr\xC3\xBCmqi|Intel=Int|HP=HP",
              "forms of 1, 2, 3+ bytes and one starting past ASCII");
    render(d, "long ASCII run before it: officials in \xC3\x9Cr\xC3\xBCmqi and Xin Labs", got, sizeof got);
    CHECK_STR(got, "\xC3\x9Cr\xC3\xBCmqi=\xC3\x9Cr\xC3\xBCmqi|Xin Labs=Xin Labs", "after 8-byte steps");
    render(d, "HP", got, sizeof got);
    CHECK_STR(got, "HP=HP", "a two-byte text");
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    dsc_dict_freeze(d);
    render(d, "Officials in \xC3\x9Cr\xC3\xBCmqi met DeepSeek and Nvidia staff.", got, sizeof got);
    CHECK(strstr(got, "DeepSeek=DeepSeek") && strstr(got, "Nvidia=Nvidia"), "built-in forms beside a UTF-8 one: %s", got);
    dsc_dict_free(d);
}

/* The packed trie's node shapes (dict.c, "Trie"): a chain, lists of two
 * and eight edges (found 8 bytes at once), a node of nine with a dense
 * row, and the forms' last record; each child is found, and a byte that
 * is on no edge of a node stops the walk there. */
static void trie_shapes(void) {
    static const char *const forms[] = {
        "Zqa", "Zqb", "Zqc", "Zqd", "Zqe", "Zqf", "Zqg", "Zqh",
        "Yva", "Yvb", "Yvc", "Yvd", "Yve", "Yvf", "Yvg", "Yvh", "Yvi",
        "Xwa", "Xwb", "Wchain", "zzyb",
    };
    dsc_dict *d = dsc_dict_new(0);
    char got[1024], err[200];
    size_t i;
    CHECK(d != NULL, "an empty dictionary");
    if (!d) return;
    for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
        CHECK(dsc_dict_add(d, forms[i], DSC_ORG, NULL, 0, err, sizeof err) == 0, "add %s: %s", forms[i], err);
    dsc_dict_freeze(d);
    render(d, "Zqa Zqh Zqi Yva Yvi Yvj Xwa Xwb Xwc Wchain Wchai zzyb zzya", got, sizeof got);
    CHECK_STR(got, "Zqa=Zqa|Zqh=Zqh|Yva=Yva|Yvi=Yvi|Xwa=Xwa|Xwb=Xwb|Wchain=Wchain|zzyb=zzyb", "trie node shapes");
    dsc_dict_free(d);
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    char got[1024], err[200];
    size_t i;
    CHECK(d != NULL, "builtin dictionary loads");
    trie_shapes();
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
    country_tag();
    prefix_filters();
    return check_report("dict");
}
