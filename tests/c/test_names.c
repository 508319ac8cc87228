/* test_names.c: the name finder (src/names.c) reads its words from the
 * lexicon (data/lexicon/names.tsv, cased classes): a word a user's lexicon
 * adds finds names the built-in one does not, spelled as written. */
#include "check.h"
#include "internal.h"
#include "lexicon.h"

/* The kind of the entity named name in text read with dictionary d
 * ("org", "person", ...), "none" when the document has no such entity,
 * and its number of mentions in *count. */
static const char *entity_kind(const dsc_dict *d, const char *text, const char *name, uint32_t *count) {
    static char kind[16];
    dsc_doc *doc = dsc_parse(d, text, strlen(text), NULL);
    long e = doc ? dsc_doc_find_entity(doc, name, strlen(name)) : -1;
    snprintf(kind, sizeof kind, "%s", e >= 0 ? dsc_entity_kind_name(dsc_doc_entity(doc, (size_t)e)->kind) : "none");
    if (count) *count = e >= 0 ? dsc_doc_entity(doc, (size_t)e)->n_mentions : 0;
    dsc_doc_free(doc);
    return kind;
}

/* A dictionary with the built-in entries and the user's lexicon lines. */
static dsc_dict *with_lexicon(const char *tsv) {
    char err[200] = "";
    dsc_dict *d = dsc_dict_new(1);
    CHECK(d && dsc_dict_load_lexicon(d, tsv, strlen(tsv), err, sizeof err) >= 1, "lexicon '%s': %s", tsv, err);
    return d;
}

typedef struct {
    const char *lexicon;      /* the user's lexicon */
    const char *text;
    const char *name;         /* the name looked for */
    const char *without;      /* its kind with the built-in lexicon */
    const char *with;         /* and with the user's */
} case_t;

static const case_t cases[] = {
    /* a title before a name makes it a person's */
    {"Commissar\ttitle\n", "Commissar Ivo Brankov backed the plan.", "Ivo Brankov", "none", "person"},
    /* spelled as written: "COMMISSAR" is not "Commissar" */
    {"Commissar\ttitle\n", "COMMISSAR Ivo Brankov backed the plan.", "Ivo Brankov", "none", "none"},
    /* a company suffix closes an org's name */
    {"Kombinat\torg-suffix\n", "Orvel Kombinat opened a plant.", "Orvel Kombinat", "none", "org"},
    /* a reporting verb after a name: a speaker */
    {"quipped\tspeaker-verb\n", "Ivo Brankov quipped that the plan works.", "Ivo Brankov", "none", "person"},
    /* a verb of saying serves the name finder too: one class for both */
    {"quipped\tsaying\n", "Ivo Brankov quipped that the plan works.", "Ivo Brankov", "none", "person"},
    {"quipped\tsaying\n", "The plan works, quipped Ivo Brankov.", "Ivo Brankov", "none", "person"},
    /* a noun for an org before a name */
    {"collective\torg-noun\n", "The collective Orvel Tanaga ships chips.", "Orvel Tanaga", "none", "org"},
    /* a noun for a product before a name */
    {"copilot\tproduct-noun\n", "The copilot Zelvo ships today.", "Zelvo", "none", "product"},
    /* people of a trade "at" a firm make it an org */
    {"archivists\tgroup-at\n", "Two archivists at Orvel Tanaga found the files.", "Orvel Tanaga", "none", "org"},
    /* a district closes a place's name */
    {"Oblast\tplace-suffix\n", "Plants in Varna Oblast grew.", "Varna Oblast", "none", "place"},
    /* a word that is no name is cut from the front of a run */
    {"Reportedly\tnot-name\n", "Reportedly Orvel Kombinat Labs opened a plant.", "Orvel Kombinat Labs", "none",
     "org"},
    /* legal-form words after a known org spell its legal name, not a new org */
    {"Kaisha\tlegal-form\n", "Nvidia Kaisha Corp opened a plant.", "Nvidia Kaisha Corp", "org", "none"},
    /* a photo credit names its photographer */
    {"Bild\tcredit-label\n", "Bild: Ivo Brankov/Orvel", "Ivo Brankov", "none", "person"},
};

static void words_as_data(void) {
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char ctx[160];
        dsc_dict *d = dsc_dict_new(1);
        snprintf(ctx, sizeof ctx, "'%s' without '%.*s'", cases[i].text, (int)strcspn(cases[i].lexicon, "\t"),
                 cases[i].lexicon);
        CHECK_STR(entity_kind(d, cases[i].text, cases[i].name, NULL), cases[i].without, ctx);
        dsc_dict_free(d);
        d = with_lexicon(cases[i].lexicon);
        snprintf(ctx, sizeof ctx, "'%s' with '%.*s'", cases[i].text, (int)strcspn(cases[i].lexicon, "\t"),
                 cases[i].lexicon);
        CHECK_STR(entity_kind(d, cases[i].text, cases[i].name, NULL), cases[i].with, ctx);
        dsc_dict_free(d);
    }
}

/* Constructions that name someone (news style, written for these tests):
 * the entity named name, its kind and its number of mentions. */
typedef struct {
    const char *text, *name, *kind;
    uint32_t mentions;
} found_t;

static const found_t found[] = {
    /* an acronym in brackets after an org's name names it from then on */
    {"Preferred Networks (PFN) released a model on Tuesday. PFN said it cost less than rivals.", "Preferred Networks",
     "org", 3},
    /* an org noun counts right before the name or its apposition, not as the
     * last word of a quotation ('... company," Wei said' is no org Wei) */
    {"Wei Lanfang, an analyst at Foo Securities, said margins would hold. \"It is priced as a growth company,\" Wei "
     "said.", "Wei Lanfang", "person", 2},
    {"Wei Lanfang, an analyst at Foo Securities, said margins would hold. \"It is priced as a growth company,\" Wei "
     "said.", "Wei", "none", 0},
    {"Its consumer chatbot, Zelvo, has six million users.", "Zelvo", "product", 1},
    /* a surname after a possessive stands alone: the firm's analyst */
    {"Orvel Capital analyst Ivo Brankov wrote that prices would rise. Orvel Capital's Brankov said demand held.",
     "Ivo Brankov", "person", 2},
    {"Orvel Capital analyst Ivo Brankov wrote that prices would rise. Orvel Capital\xe2\x80\x99s Brankov said demand "
     "held.", "Ivo Brankov", "person", 2},
    /* particles inside a name: part of it, and of its surname */
    {"\"Fines will not stop them,\" said Femke de Vries, a lawyer at Vries & Kool.", "Femke de Vries", "person", 1},
    {"\"This is a partnership,\" said Marloes van Dijk, who heads strategy at ASML. Van Dijk added that more would "
     "come. Later van Dijk said no.", "Marloes van Dijk", "person", 3},
    {"Analyst Pieter van der Berg said supply was short. Van der Berg expects prices to rise.", "Pieter van der Berg",
     "person", 2},
    {"Energy minister Khalid al-Falih said output would rise.", "Khalid al-Falih", "person", 1},
    {"\"This is a partnership,\" said Marloes van Dijk. Van Dijk added that more would come.", "Van Dijk", "none", 0},
    /* an age in commas after a name makes it a person's */
    {"Tomas Brell, 34, and Ada Kwiat, 29, ran the shell company, the indictment alleges.", "Tomas Brell", "person", 1},
    {"Tomas Brell, 34, and Ada Kwiat, 29, ran the shell company, the indictment alleges.", "Ada Kwiat", "person", 1},
    {"Qiao Minghui, 29, runs the lab's training team. Qiao shrugs at the question.", "Qiao Minghui", "person", 2},
    /* "according to" a two-word name "of" an org: a person */
    {"Analysts had expected $3 billion, according to Tomas Brell of the brokerage Foo Securities, who said more "
     "would come.", "Tomas Brell", "person", 1},
    /* a two-word name, "of" or "at" an org, and a speaker verb: a person
     * (the commas around the org, or none) */
    {"Ivo Brankov of Orvel Capital estimated that margins run 8 points lower.", "Ivo Brankov", "person", 1},
    {"Margins will hold, Ada Kwiat at Brenholt Markets said.", "Ada Kwiat", "person", 1},
    {"Ada Kwiat, of Brenholt Markets, noted that margins held.", "Ada Kwiat", "person", 1},
    /* a name in commas after a title's noun group */
    {"The bloc's lead negotiator on the act, Ada Kwiat, has said any delay would hurt.", "Ada Kwiat", "person", 1},
    /* not after a capitalised word: a list of firms */
    {"Analysts at Foo Capital, Orvel Markets, and Brenholt said prices would fall.", "Orvel Markets", "org", 1},
    /* a typographic possessive inside an org's name */
    {"The Jiangsu High People\xE2\x80\x99s Court said judges would use the model.", "Jiangsu High People\xE2\x80\x99s Court",
     "org", 1},
    /* a place closes an org's name after a title's "at" */
    {"\"Prices will fall,\" said Ada Kwiat, an analyst at Orvel Asia in Hong Kong. Orvel Asia estimates 15 firms "
     "will quit.", "Orvel Asia", "org", 2},
    {"Ada Kwiat, an analyst at Orvel in Hong Kong, said prices would fall.", "Hong Kong", "place", 1},
    /* a speaker verb after an aside in parentheses */
    {"Ada Kwiat (ex-Microsoft security, now at Foo Labs): said by phone that the chips were smuggled.", "Ada Kwiat",
     "person", 1},
    /* an acronym closing a cued org's name is part of it, and its short form drops it */
    {"Her startup, Kestrel AI, raised $10 million in May. Kestrel plans to hire 40 staff.", "Kestrel AI", "org", 2},
    /* a force is an org, and a place opening its name is part of it */
    {"Officers seized 40 servers, the Johor Police Force said.", "Johor Police Force", "org", 1},
    /* a family name written first and a given name: a person, whatever the verb */
    {"Cao Minyue keeps a chart of GPU prices on her wall. Cao runs the lab's training team.", "Cao Minyue", "person", 2},
    {"Deng Capital invested $20 million in the round.", "Deng Capital", "org", 1},
    /* who compiles figures is a firm; who reports a story, a person */
    {"Revenue beat the average estimate compiled by Orvel Metrics by 8%.", "Orvel Metrics", "org", 1},
    {"The app had 3 million users, a figure tracked by Brenholt Data.", "Brenholt Data", "org", 1},
    {"Reporting by Ada Kwiat; editing by Tomas Brell.", "Ada Kwiat", "person", 1},
    /* a forum is an org */
    {"Fewer than half had done so, according to a tally by the think tank Future Rules Forum.", "Future Rules Forum",
     "org", 1},
    /* an acronym opens an org's name ending with a suffix */
    {"The AI Office estimated that 15 firms would qualify. The AI Office said it would hire staff.", "AI Office",
     "org", 2},
    {"AI Tools said it would hire staff.", "AI Tools", "none", 0},
    /* an org is named later without its run of suffixes, or without the last */
    {"Analysts at Dunmore Capital Markets raised their target. Dunmore expects more orders, and Dunmore Capital "
     "sees margins hold.", "Dunmore Capital Markets", "org", 3},
    {"Brenholt Research said prices would fall. Brenholt expects a glut.", "Brenholt Research", "org", 2},
    /* "member" is a title: "Assembly member", "board member" before a name make it a person's */
    {"Assembly member Ada Kwiat, one of the bill's sponsors, said it would cover five labs.", "Ada Kwiat", "person", 1},
    {"Orvane Labs, a member of the alliance, said it would ship 10,000 chips.", "Orvane Labs", "org", 1},
    /* "Data" closing an org's name is dropped as "AI" is */
    {"The figures come from the research firm Orvane Data. Orvane expects funding to top $70 billion.",
     "Orvane Data", "org", 2},
    /* a firm named like a model or a product: its one word opens the
     * org's name when two words or more follow, the last a suffix */
    {"Analysts at Gemini Ridge Securities said prices would fall.", "Gemini Ridge Securities", "org", 1},
    {"Analysts at Gemini Ridge Securities said prices would fall.", "Gemini", "none", 0},
    {"The Hyperion Bay Capital Partners fund estimated that DeepSeek spent $1.6 billion.",
     "Hyperion Bay Capital Partners", "org", 1},
    {"Google said Gemini Cloud costs less.", "Gemini", "model", 1},
    {"Nvidia H20 Capital Group said it.", "H20 Capital Group", "none", 0},
    /* what is left is no name: no short form */
    {"Ace Capital Markets said prices would fall. Ace buyers balked.", "Ace Capital Markets", "org", 1},
    /* a unit joined by a hyphen to a count noun or another unit is no name
     * (data/units/), whatever cue is near it */
    {"The rental rate was $2 per GPU-hour, DeepSeek said.", "GPU-hour", "none", 0},
    {"Prices per Token-Hour fell, Orvel said.", "Token-Hour", "none", 0},
    {"Rates per Megawatt-Hour rose, the firm Orvel said.", "Megawatt-Hour", "none", 0},
    /* a hyphenated name whose parts are no units stays one */
    {"Prices fell, according to Orvel-Tanaga.", "Orvel-Tanaga", "org", 1},
    /* a new model named in prose: an apposition headed by a model noun,
     * or a name with a digit or a hyphen after release, launch,
     * open-source */
    {"We release Orca-9, a Mixture-of-Experts (MoE) model with 512B total parameters. Orca-9 beats its peers.",
     "Orca-9", "model", 2},
    {"Zelvo, a large language model trained on 9T tokens, beats its peers.", "Zelvo", "model", 1},
    {"Orvel launched Tanaga-2 on Monday.", "Tanaga-2", "model", 1},
    {"The lab open-sourced Brell 4 last week.", "Brell 4", "model", 1},
    /* two words, "of" and an org opening a sentence: a person and their firm */
    {"Talvi Oksanen of Pohjola Capital asked whether prices would rise.", "Talvi Oksanen", "person", 1},
    {"Prices rose.\n\n- Ren Aldous of Mizar Securities said the quarter was weak.", "Ren Aldous", "person", 1},
    {"Ren Aldous of Mizar Securities said the quarter was weak.", "Mizar Securities", "org", 1},
    /* a word of its tier after the version number is part of the name */
    {"The lab released Brell 4 Ultra last week. Brell 4 Ultra beats Brell 4.", "Brell 4 Ultra", "model", 2},
    {"The lab released Brell 4 Ultra last week.", "Ultra", "none", 0},
    {"The lab released Brell 4 Monday.", "Brell 4", "model", 1},
    {"Zelvo, a model maker in Paris, raised money.", "Zelvo", "org", 1},
    /* no digit nor hyphen, or a period, after a release verb: no model */
    {"Orvel released Tanaga on Monday.", "Tanaga", "none", 0},
    {"Orvel released Q3 results on Monday.", "Q3", "none", 0},
    {"DeepSeek V3.1 (released Aug 21) has 671B total params.", "Aug 21", "none", 0},
    /* the model noun of a clause inside the apposition is not its head */
    {"On Orvel Bench, a test that asks models to fix bugs, K2 resolved 65.8%.", "Orvel Bench", "none", 0},
    /* a longer name joined by a hyphen is another model, a variant */
    {"Orvel is releasing Kestrel-2, an open-weight model. Kestrel-2-Base and Kestrel-2 ship today.", "Kestrel-2",
     "model", 2},
    /* a number in commas that is no age */
    {"Orvel Tanaga, 2024, was a hard year.", "Orvel Tanaga", "none", 0},
    /* an org's word, "of" and the rest name one org, whatever the verb
     * after it: no person "of Maritime Affairs" */
    {"Norway's Ministry of Maritime Affairs said the rule was unfair.", "Ministry of Maritime Affairs", "org", 1},
    {"Norway's Ministry of Maritime Affairs said the rule was unfair.", "of Maritime Affairs", "none", 0},
    {"The Department of Fisheries and Oceans said quotas would fall.", "Department of Fisheries and Oceans", "org", 1},
    {"Under the Interim Rules for the Management of Orvel Services, firms must register.",
     "Management of Orvel Services", "none", 0},
    /* a firm named by capitalised words closing with a trade's word:
     * power, compute, wire (a utility, a cloud, a news agency) */
    {"Orvel agreed to buy 900 megawatts from Brazos Ridge Power, the companies said.", "Brazos Ridge Power", "org", 1},
    {"Tomas Brell ran a logistics firm called Kestrel Compute in Miami.", "Kestrel Compute", "org", 1},
    {"LONDON, May 2 (Harbour Wire) - Orvel raised $2 billion.", "Harbour Wire", "org", 1},
    {"Osaka-based Velmira Pay said the breach cost it $2 million.", "Velmira Pay", "org", 1},
    /* ... in prose: a heading capitalises every word */
    {"# Orvel Bets on Nuclear Power\n\nOrvel said it would buy power.", "Nuclear Power", "none", 0},
    /* the longest dictionary name wins: a model's size variant, a firm
     * whose name holds a product's ("X-energy" is no X) */
    {"OpenAI released gpt-oss-120b and gpt-oss-20b under Apache 2.0.", "gpt-oss-120b", "model", 1},
    {"OpenAI released gpt-oss-120b and gpt-oss-20b under Apache 2.0.", "gpt-oss", "none", 0},
    {"Amazon has taken a stake in X-energy, a reactor developer.", "X-energy", "org", 1},
    {"Amazon has taken a stake in X-energy, a reactor developer.", "X", "none", 0},
    /* a role of a court case names a person: in commas after it, or
     * right before the name */
    {"One of the defendants, Tomas Brell, ran a shipping firm in Miami.", "Tomas Brell", "person", 1},
    {"The case was filed by prosecutor Ada Kwiat in May.", "Ada Kwiat", "person", 1},
    {"The chips went to defendant Ivo Brankov in Johor.", "Ivo Brankov", "person", 1},
    /* a version after an unknown acronym is the acronym's: no model */
    {"| BFCL v3 | 70.8 | 56.9 |\n|---|---|---|\n\nOn ORVB v3, Orvel scored 71.", "DeepSeek-V3", "none", 0},
    {"DeepSeek V3 beat Orvel on ORVB v2.", "DeepSeek-V3", "model", 1},
    /* an unknown acronym and a place after it: one org, its branch */
    {"Lobbies are wary. ORVA Europe, whose members include Google, estimated costs at $2 million.", "ORVA Europe",
     "org", 1},
    {"ORVA Asia said prices would rise.", "ORVA Asia", "org", 1},
    /* a desk's label after a bar in a byline is no firm */
    {"By Dana Whitlock | Energy & Infrastructure\n\nOrvel said it would buy power.", "Energy & Infrastructure", "none",
     0},
    {"By Dana Whitlock | Energy & Infrastructure\n\nOrvel said it would buy power.", "Dana Whitlock", "person", 1},
    /* the gazetteer: towns with campuses and plants, provinces, states */
    {"Orvel is building a campus near Odessa, Texas, the companies said.", "Odessa", "place", 1},
    {"Orvel agreed to buy power from a restarted reactor at Three Mile Island for 20 years.", "Three Mile Island",
     "place", 1},
    {"Orvel will build a packaging plant in West Lafayette, Indiana, and one in Cheongju.", "Cheongju", "place", 1},
    {"Ask which country Arunachal Pradesh belongs to.", "Arunachal Pradesh", "place", 1},
    /* a place that is also an English word or a person's name is left out */
    {"Reading the filing, Jackson said Orvel would open a site in Nice.", "Nice", "none", 0},
    /* a family name first and two short given names: one person, whatever the verb */
    {"In Singapore, police charged Lim Boon Keat and two others with fraud.", "Lim Boon Keat", "person", 1},
    {"Buyers in Seoul met Lee Jae Yong on Monday.", "Lee Jae Yong", "person", 1},
    {"Police charged Lim Boon Keat with fraud. Lim denied the charges.", "Lim Boon Keat", "person", 2},
    /* a long word is no given name of one syllable */
    {"Orvel leased offices on Park Avenue South in March.", "Park Avenue South", "none", 0},
    /* a photo credit after a slash */
    {"Sen. Dale Whitcomb speaks to reporters in Washington on Wednesday. (AP Photo/Tessa Marlowe)", "Tessa Marlowe",
     "person", 1},
    /* orgs of AI news in the dictionary: an image agency, a state investor */
    {"Orvel CEO Dana Whitlock at a conference. | Tessa Marlowe | Getty Images", "Getty Images", "org", 1},
    {"Investors among them DST Global, Bpifrance and Index Ventures took part.", "Bpifrance", "org", 1},
    /* ... packaging, switch and accelerator chips, legislatures, registries */
    {"Orvel booked more CoWoS capacity for next year.", "CoWoS", "product", 1},
    {"Orvel ships Tomahawk 6 switches in volume.", "Broadcom Tomahawk 6", "chip", 1},
    {"Orvel will add MN-Core chips in Hokkaido.", "MN-Core", "chip", 1},
    {"Operators such as Sakura Internet won funds.", "Sakura Internet", "org", 1},
    {"The bill goes to the Diet next year.", "National Diet", "org", 1},
    {"Orvel's accounts are filed at Companies House.", "Companies House", "org", 1},
    {"Huawei will ship the Atlas 950 SuperPoD next year.", "Atlas 950 SuperPoD", "product", 1},
    {"The minister said so in a written reply in the Lok Sabha.", "Lok Sabha", "org", 1},
    /* Lambda, the GPU cloud, opening a sentence: no English word there */
    {"Lambda rents H100s at $2 an hour.", "Lambda", "org", 1},
    /* a photographer before an agency, after a slash or between bars */
    {"Photo: the Commission in Brussels. | Tessa Marlowe/AFP via Getty Images", "Tessa Marlowe", "person", 1},
    {"Orvel CEO Dana Whitlock at a trade show. | Tessa Marlowe | Bloomberg | Getty Images", "Tessa Marlowe", "person",
     1},
    /* a byline: a name opening its line, a bar and a place */
    {"# Rules bite\n\n**Tessa Marlowe** | Brussels\n\nThe rules took effect on Saturday.", "Tessa Marlowe", "person", 1},
    /* a byline: a desk after the name and a comma is no person */
    {"**By Dana Whitlock, Policy Desk**\n\nOrvel said prices rose.", "Policy Desk", "none", 0},
    /* a byline: a name, "reports" and "from" a place */
    {"*Harriet Osei reports from Beijing*\n\nOrvel released a model on Friday.", "Harriet Osei", "person", 1},
    {"*Dana Whitlock reports on chip companies from Taipei.*", "Dana Whitlock", "person", 1},
    {"Tessel Orvane reports revenue from Japan each quarter.", "Tessel Orvane", "none", 0},
    /* variant-of-known: a known model or chip with a version the
     * dictionary does not list is that variant, of the same kind */
    {"Mistral put Mistral Small 3.4 on its platform.", "Mistral Small 3.4", "model", 1},
    {"Alibaba said Qwen3.5-Turbo costs less.", "Qwen3.5-Turbo", "model", 1},
    {"Buyers waited for Hygon DCU K900 cards.", "Hygon DCU K900", "chip", 1},
    {"It matched Llama 2 13B on the tests.", "Llama 2 13B", "model", 1},
    /* a figure or a period after a name is no version */
    {"Nvidia H20 FY26 sales fell.", "Nvidia H20", "chip", 1},
    {"Qwen3.5 gained 3.2 points.", "Qwen3.5", "model", 1},
    /* "AMD Instinct MI300X" is the org and its chip, counted apart as
     * ANNOTATION.md counts "Nvidia A100" */
    {"Sify ordered the AMD Instinct MI300X.", "AMD MI300X", "chip", 1},
    {"Sify ordered the AMD Instinct MI300X.", "AMD", "org", 1},
    /* "Service" closes an org's name, a place before it opening it */
    {"Orvane Valley Service raised its rates.", "Orvane Valley Service", "org", 1},
    {"A planner at Tessaly Public Service said so.", "Tessaly Public Service", "org", 1},
    /* org-after-the: an adjective after "the" opens the org's name */
    {"Prices rose, according to the Central Tariff Office.", "Central Tariff Office", "org", 1},
    {"Prices rose, according to the Federal Grid Authority.", "Federal Grid Authority", "org", 1},
    {"Central Tariff Office figures show prices rose.", "Tariff Office", "org", 1},
    /* the Ascend 950PR and 950DT are chips of their own, not the 950 */
    {"Huawei will ship the Ascend 950DT next year.", "Huawei Ascend 950DT", "chip", 1},
    {"Huawei will ship the Ascend 950DT next year.", "Huawei Ascend 950", "none", 0},
    /* outlet-the: a newspaper's name keeps its "The", written or not */
    {"The Varden Herald sued Orvel. The claim, the Varden Herald said, is sound.", "The Varden Herald", "org", 2},
    {"Readers of the Tessel Weekly grew.", "The Tessel Weekly", "org", 1},
    {"Orvel Labs talked to The Post.", "The Post", "none", 0},
    {"*Enjoying The Tessel Brief? Forward it to a friend.*", "The Tessel Brief", "org", 1},
    /* a name may open with a capital outside ASCII (UTF-8 of Latin-1) */
    {"\"We ship in March,\" chief scientist \xC3\x89lise Varnier said on Monday.", "\xC3\x89lise Varnier", "person", 1},
    {"\"We ship in March,\" said \xC3\x98ystein Brekke, the lab's founder.", "\xC3\x98ystein Brekke", "person", 1},
    /* ", one of the bill's sponsors, said": people of a role (group-at)
     * in a partitive apposition make the name a person's */
    {"Tessa Marlowe, one of the bill's sponsors, said it would pass.", "Tessa Marlowe", "person", 1},
    {"Dana Whitlock, one of the founders, said the lab would grow.", "Dana Whitlock", "person", 1},
    /* source-surname: "according to" a surname of a person named before
     * is that person, no org */
    {"\"Costs fell,\" said Ingrid Varholm, the lab's director. It is cheap, according to Varholm, though she "
     "cautioned that prices change.", "Varholm", "none", 0},
    {"\"Costs fell,\" said Ingrid Varholm, the lab's director. It is cheap, according to Varholm, though she "
     "cautioned that prices change.", "Ingrid Varholm", "person", 2},
    {"Prices fell, according to Varholm.", "Varholm", "org", 1},
    /* title-case-heading: a line of its own in sentence case is no title
     * case heading; a trade's noun closes an org's name there */
    {"Source: Tessel Compute Monitor, company statements\n\nThe first phase is due in 2026.",
     "Tessel Compute Monitor", "org", 1},
    {"# Orvel Bets on Tessel Compute\n\nThe first phase is due in 2026.", "Tessel Compute", "none", 0},
    /* code-name: "the code name X", "codenamed X" name a project, a product */
    {"The agent, run under the code name Tessaly, stopped. The Tessaly test failed.", "Tessaly", "product", 2},
    {"Orvel is training a model codenamed Varholm, people said.", "Varholm", "product", 1},
    /* legal-name-after-org: legal-form words after a known org are its
     * legal name, no org of their own */
    {"It borrowed from Mizuho Financial Group Inc. and other lenders.", "Financial Group Inc", "none", 0},
    {"Prompts went to Volcano Engine Technology Co., a cloud affiliate.", "Technology Co", "none", 0},
    /* org-and-org: "and" between two complete orgs' names (words and a
     * word that closes one) is a list, not one name */
    {"Its backers include Harlow Ventures and Tessel Capital, it said.", "Harlow Ventures", "org", 1},
    {"Its backers include Harlow Ventures and Tessel Capital, it said.", "Tessel Capital", "org", 1},
    {"Its backers include Harlow Ventures and Tessel Capital, it said.", "Harlow Ventures and Tessel Capital", "none",
     0},
    /* ... but the parts of one body's name still join */
    {"Orvel wrote to the Ministry of Industry and Information Technology.",
     "Ministry of Industry and Information Technology", "org", 1},
    /* a team in an apposition is an org */
    {"She runs infrastructure for Tessel, the Orvel team that builds its models.", "Tessel", "org", 1},
};

static void constructions(void) {
    size_t i;
    for (i = 0; i < sizeof found / sizeof found[0]; i++) {
        uint32_t n = 0;
        const char *kind = entity_kind(NULL, found[i].text, found[i].name, &n);
        CHECK(strcmp(kind, found[i].kind) == 0 && n == found[i].mentions, "'%s' in '%s': %s x%u, want %s x%u",
              found[i].name, found[i].text, kind, (unsigned)n, found[i].kind, (unsigned)found[i].mentions);
    }
}

/* A family name written first makes the name's first word its surname:
 * "Byun" alone is then a mention of Byun Minjae. */
static void family_first(void) {
    const char *text = "Analyst Byun Minjae said chips sold out. Byun added that prices rose.";
    uint32_t n = 0;
    dsc_dict *d = dsc_dict_new(1);
    CHECK_STR(entity_kind(d, text, "Byun Minjae", &n), "person", "Byun Minjae is found");
    CHECK(n == 1, "without the family name, 'Byun' alone is not him (%u mentions)", (unsigned)n);
    dsc_dict_free(d);
    d = with_lexicon("Byun\tfamily-first\n");
    CHECK_STR(entity_kind(d, text, "Byun Minjae", &n), "person", "Byun Minjae is found");
    CHECK(n == 2, "with it, 'Byun' alone is him (%u mentions)", (unsigned)n);
    dsc_dict_free(d);
    /* built in: "Liang Wenfeng" is Mr. Liang */
    CHECK(dsc_lex_spelled(NULL, "Liang", 5).lo & LXCM_FAMILY_FIRST, "'Liang' is a family name written first");
}

/* A built-in word taken away as data: "Dr" no longer makes a person. */
static void taken_away(void) {
    const char *text = "Dr Ivo Brankov backed the plan.";
    dsc_dict *d = dsc_dict_new(1);
    CHECK_STR(entity_kind(d, text, "Ivo Brankov", NULL), "person", "'Dr' is a built-in title");
    dsc_dict_free(d);
    d = with_lexicon("Dr\t-title\n");
    CHECK_STR(entity_kind(d, text, "Ivo Brankov", NULL), "none", "a built-in title taken away");
    dsc_dict_free(d);
}

/* The verbs of saying are the speaker verbs too: names.tsv's speaker-verb
 * keeps only the verbs that show a speaker without being verbs of saying
 * (a verb in both lists would be one to keep in step twice). */
static void one_list_of_verbs(void) {
    size_t i, k, both = 0;
    for (i = 1; i <= dsc_lx_builtin_n; i++) {
        const dsc_lx_entry *e = &dsc_lx_builtin[i];
        for (k = 0; k < e->n_spell; k++)
            if ((e->spell[k].cls.lo & LXCM_SPEAKER_VERB) && dsc_lx_has(e->cls, LX_SAYING)) both++;
    }
    CHECK(both == 0, "%zu verbs of saying are listed as speaker-verb as well", both);
    CHECK_STR(entity_kind(NULL, "Ivo Brankov insisted that the plan works.", "Ivo Brankov", NULL), "person",
              "a built-in verb of saying finds a speaker");
    CHECK_STR(entity_kind(NULL, "Ivo Brankov thinks that the plan works.", "Ivo Brankov", NULL), "person",
              "and a speaker-verb");
}

int main(void) {
    words_as_data();
    one_list_of_verbs();
    constructions();
    family_first();
    taken_away();
    return check_report("names");
}
