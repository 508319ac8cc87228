/* test_rules_gate.c: the claim gate's rules, by name (src/claim/gate.c).
 * Each case is a text whose last sentence (or the one given) one rule
 * decides: the test checks that the sentence is a claim or not, as the rule
 * says, and that why.claim (for a claim) or the sentence's not_claim (for
 * none) names that rule. Every name cl_gate_rule_names gives has a case, so
 * a rule added without one fails here. */
#include "rules_check.h"
#include "internal.h"
#include "claim/claim.h"

typedef struct {
    const char *rule;         /* the rule the case is for */
    const char *text;
    int claim;                /* 1: the sentence is a claim */
    const char *why;          /* the name the sentence reports, when another
                                 rule than the case's decides; NULL: rule */
    int sentence;             /* the sentence checked; -1: the last */
} gate_case;

static const gate_case cases[] = {
    {"too-short", "Nothing stood out.", 0, NULL, -1},
    /* a refusal is an action; a few words saying what something named did are a claim */
    {"entity-action", "Several labs signed the code.\n\nMeta refused.", 1, "short-figure", -1},
    {"entity-action", "Several labs signed the code. Mistral has refused to sign.", 1, NULL, -1},
    {"bare-figure", "That is 10 times more.", 0, NULL, -1},
    {"call-to-action", "Disclosure: Foo Securities has provided banking services to several companies named here.", 0, NULL, -1},
    {"call-to-action", "Disclosures: Foo Securities does business with companies covered in its reports.", 0, NULL, -1},
    {"call-to-action", "Podcast: A former export official on what Washington gets wrong about chips.", 0, NULL, -1},
    {"call-to-action", "Watch this video to learn more.", 0, NULL, -1},
    /* a caption's label with its colon; a firm of that name is news */
    {"call-to-action", "Source: Foo Securities estimates.", 0, NULL, -1},
    {"call-to-action", "Credit: Jane Doe for Foo News.", 0, NULL, -1},
    {"call-to-action", "Credit Suisse analysts said Nvidia would ship 2 million H20 chips.", 1, "figures", -1},
    /* instructions never count, figures or names in them or not */
    {"call-to-action", "Download the weights of DeepSeek-R1 from Hugging Face to run it on 8 GPUs.", 0, NULL, -1},
    {"call-to-action", "Please visit our website for the full report on Nvidia.", 0, NULL, -1},
    {"call-to-action", "Try Kimi K2 for free at kimi.ai today.", 0, NULL, -1},
    {"question", "Is DeepSeek cheaper than OpenAI?", 0, NULL, -1},
    {"colon-introduction", "DeepSeek's founder put it this way:", 0, NULL, -1},
    /* a figure asserted before ", or ..." and the lead-in */
    {"colon-introduction", "Nebius customers can reserve blocks of 256 GPUs, or rent H200 chips at these hourly prices:",
     1, "figures", -1},
    {"colon-introduction", "PFN published 12 scores, and Nvidia listed the chips it used:", 1, "figures", -1},
    {"colon-introduction", "Nvidia tested the chips, and listed the 12 scores they reached:", 0, NULL, -1},
    {"whether-clause", "Whether DeepSeek used H800 chips remains unclear.", 0, NULL, -1},
    {"desk-credit", "Nvidia shares fell 3% on Monday.\n\n(Reporting by Jane Doe in Beijing; Editing by Joe Bloggs.)", 0, NULL, -1},
    /* without brackets: "Editing by" tells the credit line */
    {"desk-credit", "Nvidia shares fell 3% on Monday.\n\nReporting by Jane Doe in Beijing and Li Wei in Singapore; "
     "Editing by Joe Bloggs", 0, NULL, -1},
    {"desk-credit", "Helen Zhou contributed to this report.", 0, NULL, -1},
    {"quote-introduction", "Jane Doe, a partner at Foo Capital, was blunt.", 0, NULL, -1},
    {"link-to-story", "Nvidia shares fell 3% on Monday.\n\nAlso Read: DeepSeek's new model tops the charts.", 0, NULL, -1},
    {"newsletter-plug", "Get our morning tech briefing in your inbox every day.", 0, NULL, -1},
    {"newsletter-plug", "You can now subscribe to our Nvidia earnings channel.", 0, NULL, -1},
    /* an offer to readers of the outlet's own story */
    {"newsletter-plug", "Subscribers to The Information can read the full story about Nvidia's China sales.", 0, NULL, -1},
    {"newsletter-plug", "Premium readers can find the complete article on DeepSeek's funding on our site.", 0, NULL, -1},
    /* subscribers of a product are no readers */
    {"entity-statement", "Subscribers to ChatGPT Plus can use OpenAI's o3 model from Tuesday.", 1, NULL, -1},
    {"sponsor-line", "This issue is sponsored by Foo Cloud: H100 instances from $1.99 per GPU-hour.", 0, NULL, -1},
    /* a deal paid for by a government is news */
    {"figures", "The $2 billion chip plant is sponsored by the Japanese government.", 1, NULL, -1},
    {"instruction", "We recommend setting the temperature of DeepSeek-R1 to 0.6 for most tasks.", 0, NULL, -1},
    {"instruction", "For local serving, you can use vLLM to run Qwen3 on 2 GPUs.", 0, NULL, -1},
    {"instruction", "Developers can download the weights of Qwen3 from Hugging Face.", 0, NULL, -1},
    {"instruction", "Companies can find the full text of the EU code on the AI Office's website.", 0, NULL, -1},
    /* after a fronted clause of time or condition, a bare verb and its object: an imperative */
    {"instruction", "Before a city approves the next data centre, make the builder publish its expected water use.", 0,
     NULL, -1},
    {"instruction", "If the regulator signs off, ask the operator who pays for the new substation.", 0, NULL, -1},
    /* the imperative's object a listener: "tell me", "write us" */
    {"instruction", "If your Nvidia H100 bill looks different, tell me on Mastodon or by email.", 0, NULL, -1},
    /* a subject there is no imperative */
    {"entity-action", "Before the vote closed, Foo Labs raised the price of its H100 rental by a third.", 1, "figures", -1},
    {"entity-action", "After the ruling, nearly every lab in Seoul paused the rollout of its chatbot.", 1, NULL, -1},
    /* a change for users is news */
    {"entity-action", "Users in Italy can now download DeepSeek's app again after a ban.", 1, NULL, -1},
    /* someone's quoted advice is theirs */
    {"attributed", "\"We recommend that Washington tighten the rules on Nvidia,\" the group said.", 1, NULL, -1},
    {"note-to-self", "Check whether Nvidia shipped the H20 chips.", 0, NULL, -1},
    {"desk-boilerplate", "Write to Jane Doe at jane@example.com.", 0, NULL, -1},
    /* the right figure given: the earlier-version rule does not reject it */
    {"corrected-figure", "An earlier version of this story misstated the exercise price of DeepSeek options, "
     "which is one cent per share.", 1, "figures", -1},
    {"earlier-version", "An earlier version of this article misstated the date of the DeepSeek release.", 0, NULL, -1},
    /* "earlier version" as the subject, with no "of" */
    {"earlier-version", "An earlier version also misspelled the name of an analyst at Bernstein.", 0, NULL, -1},
    {"cannot-verify", "Reuters could not independently verify the report about DeepSeek.", 0, NULL, -1},
    {"byline", "By Jane Doe, a former export official who writes about chip policy.\n\nNvidia shares fell.", 0, NULL, 0},
    /* a date after "By" is no name */
    {"figures", "By Friday, Nvidia had sold 5,000 H20 chips in China.", 1, NULL, -1},
    {"byline-beat", "Lu Jiaming covers China's chip industry from Beijing.", 0, NULL, -1},
    {"byline-beat", "He previously covered semiconductors for Bloomberg News.", 0, NULL, -1},
    {"byline-beat", "Dana Whitlock reports on chip companies from Taipei.", 0, NULL, -1},
    /* a firm that reports is news */
    {"byline-beat", "Sensor Tower reports on app downloads every month, and DeepSeek led in May.", 1, "attributed", -1},
    {"newsletter-greeting", "Hi all, and welcome to the 2,000 new readers who joined after the DeepSeek issue.", 0, NULL, -1},
    {"newsletter-greeting", "Welcome back to Load Factor, our weekly note on Nvidia.", 0, NULL, -1},
    {"author-bio", "Jane Doe is a technology reporter based in Singapore.", 0, NULL, -1},
    {"open-question", "Which chips the next DeepSeek model was trained on.", 0, NULL, -1},
    /* the outlet says how it reported; an interviewee talking to a firm acts */
    {"interview-note", "We spoke with Jane Doe, its head of infrastructure, about the company's GPU plans for 2027.", 0,
     NULL, -1},
    {"interview-note", "We talked to TSMC about moving 4,000 wafers a month to Arizona.", 1, "figures", -1},
    /* fields parted by middle dots; one dot in prose is no metadata */
    {"metadata-line", "# Incident report\n\nPrepared by Foo Security for Nvidia \xC2\xB7 Severity: critical \xC2\xB7 Status: open", 0, NULL,
     -1},
    {"metadata-line", "Nvidia shipped the H20 to Alibaba \xC2\xB7 and the chips were installed in Hangzhou last month.", 1,
     "entity-action", -1},
    /* another C2 character before the dots (a pound sign), dots without spaces */
    {"metadata-line",
     "# Incident report\n\nFiled for Nvidia by Foo Security \xC2\xA3 \xC2\xB7 Severity: critical \xC2\xB7 Status: open", 0,
     NULL, -1},
    {"metadata-line", "Nvidia shipped the H20\xC2\xB7" "H800\xC2\xB7" "A100 chips to Alibaba in Hangzhou last month.", 1,
     "entity-action", -1},
    /* sentences before and after the line, asked in turn (the next dot is
     * remembered from the first question: memory.c) */
    {"metadata-line", "Nvidia shipped the H20 to Alibaba in Hangzhou last month.\n\nPrepared by Foo Security for Nvidia "
     "\xC2\xB7 Severity: critical \xC2\xB7 Status: open\n\nNvidia sold the H800 to Tencent in May.", 0, NULL, 1},
    {"metadata-line", "Nvidia shipped the H20 to Alibaba in Hangzhou last month.\n\nPrepared by Foo Security for Nvidia "
     "\xC2\xB7 Severity: critical \xC2\xB7 Status: open\n\nNvidia sold the H800 to Tencent in May.", 1, "entity-action",
     2},
    /* a label and its colon: what follows answers the question */
    {"open-question", "Why we trimmed the position: at 40 times earnings, investors are pricing Nvidia for perfection.", 1,
     "figures", -1},
    /* a newsletter counts its own contents, with no verb: no claim */
    {"contents-line", "Good morning. Four stories today, and two charts.", 0, NULL, -1},
    {"contents-line", "Welcome back. Three links this week, one chart and a correction.", 0, NULL, -1},
    {"figures", "Reuters ran four stories on the chip deal this week.", 1, NULL, -1},
    {"not-confirmed", "DeepSeek has not confirmed the figures.", 0, NULL, -1},
    /* a figure first, in a clause describing who does not say: a claim, as with "declined to comment" */
    {"not-confirmed", "Foo Labs, which was valued at $2 billion in its last round, did not say what its Nvidia "
     "cluster cost.", 1, "figures", -1},
    {"no-comment", "DeepSeek did not respond to a request for comment.", 0, NULL, -1},
    {"no-comment", "Nvidia could not be reached for comment on Friday.", 0, NULL, -1},
    /* the perfect, "has not commented", "has not responded", is a no-comment too */
    {"no-comment", "Foo Labs, whose chips power most of the cluster, has not commented on the outage.", 0, NULL, -1},
    {"no-comment", "Bar Cloud has not responded to questions about its pricing in Tokyo.", 0, NULL, -1},
    {"no-comment", "DeepSeek declined to reply to questions about its chips.", 0, NULL, -1},
    {"no-comment", "Zhou declined to say how much the training run of Kimi K2 cost.", 0, NULL, -1},
    /* a non-answer asserts nothing; a standing practice, or a sentence that goes on, does */
    {"not-confirmed", "Nvidia and AMD did not disclose what OpenAI will pay for the chips.", 0, NULL, -1},
    /* a clause that acts or commits, then "and did not say": asserted first */
    {"entity-statement", "Foo Labs plans to list in New York next spring and did not say how many shares it would "
                         "sell.", 1, NULL, -1},
    {"not-confirmed", "Foo Labs, which priced its last round in June, did not say how many shares it would sell.", 0,
     NULL, -1},
    {"not-confirmed", "Baidu did not give a forecast for the fourth quarter.", 0, NULL, -1},
    {"not-confirmed", "The lab did not provide a breakdown of its training costs.", 0, NULL, -1},
    /* the denial in a clause that hangs on the main one: the main clause asserts */
    {"not-confirmed", "The seed round was led by Foo Capital, with money from a bank and a family office that the "
                      "startup did not name.", 1, "entity-statement", -1},
    {"not-confirmed", "Foo Telecom has set aside money for new data centres in Jeddah, though executives have not "
                      "said how much of it has been spent.", 1, "entity-action", -1},
    {"not-confirmed", "Foo Labs, which builds inference chips, did not disclose the price of its new board.", 0, NULL, -1},
    {"standing-practice", "Huawei does not disclose how many Ascend processors it makes.", 1, NULL, -1},
    {"standing-practice", "Mistral does not publish its financial results.", 1, NULL, -1},
    {"attributed", "Moonshot did not disclose how many chips it used, but a person familiar with the company said it "
                   "relied on Nvidia H800 chips.", 1, NULL, -1},
    {"no-comment", "Lawyers for the two men could not be reached.", 0, NULL, -1},
    /* a figure in the clause describing who will not comment is a claim */
    {"figures", "SoftBank, which invested $2 billion in the lab last year, declined to comment.", 1, NULL, -1},
    /* a no-comment that goes on to say something is a claim */
    {"attributed", "Julien Marchetti, Mistral's revenue chief, declined to comment on revenue but said the company "
                   "had signed 40 contracts.", 1, "figures", -1},
    /* a link to another story in a block quote is no speaker's quotation */
    {"call-to-action", "Early results posted by LMArena put K2 at No. 1 among open models.\n\n"
                      "> **Read more:** [DeepSeek's R1 update narrows the gap with OpenAI's o3](#)", 0, NULL, -1},
    {"short-figure", "DeepSeek: 66%.", 1, NULL, -1},
    {"figures", "Nvidia shares fell 17% on Monday.", 1, NULL, -1},
    /* a span of time opening the sentence moves the story along; it measures nothing */
    {"no-entity", "Eight months later, the mood looks very different.", 0, NULL, -1},
    {"entity-action", "Two months later, Moonshot released Kimi K3.", 1, NULL, -1},
    /* a person and an age in commas: a figure, no quote-introduction */
    {"figures", "Liang Wenfeng, 40, runs the lab's research team.", 1, NULL, -1},
    {"correction", "Correction: DeepSeek released R1 in January.", 1, NULL, -1},
    {"correction", "This story was amended on 3 March to correct the launch date of the model, which was in "
                   "February.", 1, NULL, -1},
    {"attributed", "OpenAI said DeepSeek may have distilled its models.", 1, NULL, -1},
    {"reported-passive", "DeepSeek is said to be planning a new model.", 1, NULL, -1},
    {"entity-action", "Italy's privacy regulator blocked DeepSeek's app on Thursday.", 1, NULL, -1},
    {"entity-hedged", "DeepSeek reportedly used H100 chips.", 1, NULL, -1},
    /* checkable with nothing named: a market move, a legal obligation */
    {"market-move", "Shares of Chinese chipmakers rose after the announcement.", 1, NULL, -1},
    {"market-move", "Chip stocks fell sharply on Monday.", 1, NULL, -1},
    {"market-move", "Chip stocks have since recovered most of that ground.", 1, NULL, -1},
    {"market-move", "Stock indexes across Asia ended mostly lower.", 1, NULL, -1},
    {"legal-obligation", "Providers of general-purpose models must publish a summary of their training data.", 1, NULL, -1},
    {"legal-obligation", "Before a chatbot can take questions from the public, its maker has to file it with the state.",
     1, NULL, -1},
    /* a deadline binds as "has to" does; "it has until" is no rule's */
    {"legal-obligation", "Chatbots launched before the law took effect have until March 2027 to register.", 1, NULL, -1},
    /* an exemption is a fact of the law too, also closing the sentence */
    {"legal-obligation", "Accelerators sold before the rule took effect stay exempt.", 1, NULL, -1},
    /* "the Commission" stands for the commission named before */
    {"entity-statement", "The European Commission opened a consultation in May.\n\n"
                         "The Commission will not be able to fine companies until August 2026.", 1, NULL, -1},
    /* "the company" after an opening word stands for the company named before */
    {"entity-statement", "Zhipu stopped selling its chatbot app in March.\n\n"
                         "Still, the company's models remain widely used by developers through other services.", 1, NULL, -1},
    /* an event the text dates, with nothing named */
    {"dated-event", "The current licences of both reactors run out in 2036 and 2037.", 1, NULL, -1},
    {"dated-event", "First samples to customers could arrive as early as September.", 1, NULL, -1},
    {"no-entity", "The warning shot came in January.", 0, NULL, -1},
    /* a government group the text does not name acts, nothing named */
    {"unnamed-government", "Lawmakers have proposed requiring location checks on exported accelerators.", 1, NULL, -1},
    {"unnamed-government", "Regulators ordered the app removed from local stores.", 1, NULL, -1},
    {"no-entity", "Regulators have tried to tilt the field.", 0, NULL, -1},
    /* an officer of the speaker's own org says something: the org speaks */
    {"no-entity", "Our chief executive has said we will not raise more money this year, and that still holds.", 1,
     "entity-statement", -1},
    {"no-entity", "Our view has not changed since the spring, and we said as much then.", 0, NULL, -1},
    /* a rule in the future passive on a word of policy */
    {"rule-passive", "Licences will be reviewed under a presumption of denial for firms based in Macau.", 1, NULL, -1},
    {"no-actor", "Prices will be watched closely by everyone in Macau.", 0, NULL, -1},
    /* shorter, with a word of schedule before the date */
    {"dated-event", "The next filing is due in March.", 1, NULL, -1},
    /* the preposition before "the" and a count adjective: "in the second half of 2027" */
    {"dated-event", "The second data hall comes online in the second half of 2027.", 1, NULL, -1},
    {"no-entity", "The next filing came in March.", 0, NULL, -1},
    /* a day after "on", before or after its month; a place named does not act */
    {"dated-event", "The second bidding round closes on 12 December for all applicants.", 1, NULL, -1},
    {"dated-event", "The next ranking is due on March 3.", 1, NULL, -1},
    {"dated-event", "The shareholder meeting will be held in Bergen on 2 June this year.", 1, NULL, -1},
    {"no-entity", "The ranking came out on 3 March.", 0, NULL, -1},
    /* one word and a relative clause to the end: a fragment */
    {"relative-fragment", "Then the margins.\n\nMargins, which is where Cerebras has been most aggressive.", 0, NULL, -1},
    {"entity-action", "Margins, which Cerebras has cut, are now the lowest of any chip supplier.", 1, NULL, -1},
    /* a verb of saying in a relative clause with no object: no claimant, but a source behind the statement */
    {"reported-in-relative", "Orvel Labs said it trained its model for $4 million.\n\nThat sum leaves out staff and "
     "failed runs, a gap the company acknowledged in its paper.", 1, NULL, -1},
    {"reported-in-relative", "Orvel Labs said it trained its model for $4 million.\n\nThat sum leaves out staff and "
     "failed runs, a gap Jane Doe conceded last week.", 1, NULL, -1},
    {"no-entity", "Orvel Labs said it trained its model for $4 million.\n\nThat sum leaves out staff and "
     "failed runs.", 0, NULL, -1},
    /* an entry of a timeline: a time of day and a dash */
    {"timeline-entry", "Timeline of the outage:\n\n- 08:40 \xe2\x80\x94 A scheduler began to drop jobs from the queue.", 1, NULL, -1},
    {"timeline-entry", "9:05 - The queue was drained and the workers restarted by hand.", 1, NULL, -1},
    {"no-entity", "By 9:05 the queue was drained and the workers restarted.", 0, NULL, -1},
    /* a press release's securities disclaimer */
    {"safe-harbour", "Actual results could differ materially from the plans Cerebras describes here.", 0, NULL, -1},
    {"safe-harbour", "Cerebras assumes no duty to revise any forward-looking statement after today.", 0, NULL, -1},
    {"entity-statement", "Cerebras gave forward-looking guidance of strong growth in its data centre business.", 1, NULL, -1},
    /* the About block closing a press release */
    {"about-block", "Cerebras opened a site in Oklahoma.\n\n## About Cerebras\n\n"
                    "Cerebras builds wafer-scale processors for training large models, headquartered in Sunnyvale.", 0, NULL, -1},
    {"figures", "Cerebras opened a site in Oklahoma.\n\n## About Cerebras\n\n"
                "Cerebras builds wafer-scale processors and employs more than 400 engineers.", 1, NULL, -1},
    {"entity-statement", "Cerebras opened a site in Oklahoma.\n\n## What comes next\n\n"
                         "Cerebras builds wafer-scale processors for training large models, headquartered in Sunnyvale.", 1, NULL, -1},
    {"dated-event", "The ranking is due on 3 March.", 1, NULL, -1},
    {"no-entity", "That history matters for reading what came next.", 0, NULL, -1},
    {"no-entity", "The harder part is the hidden identifier, because it has to survive compression.", 0, NULL, -1},
    {"short-remark", "Baidu is everywhere now.", 0, NULL, -1},
    {"entity-statement", "DeepSeek is a small lab in Hangzhou with a very young team of engineers.", 1, NULL, -1},
    {"entity-topic", "DeepSeek's prices are the lowest in the market.", 1, NULL, -1},
    {"entity-topic", "Samsung has long been Nvidia's biggest supplier.", 1, NULL, -1},
    {"plain-remark", "The squeeze is not unique to Huawei.", 0, NULL, -1},
    /* a sale is an act, as a purchase is: "it" stands for the org named before */
    {"entity-action", "Bar Mining ran a hosting business for miners until last year. It sold the unit to Bar Grid "
                      "in 2024.", 1, NULL, -1},
    /* the main clause's subject, "will" and a verb of action: checkable when
     * it comes due; not a state, a saying, a clause inside, or the reader */
    {"future-action", "The fresh cash will go mostly into hiring.", 1, NULL, -1},
    {"future-action", "A panel will now decide the size of the award.", 1, NULL, -1},
    {"future-action", "Foo Labs will supply the cooling gear for the site.", 1, NULL, -1},
    {"no-entity", "Critics will say the plan comes too late.", 0, NULL, -1},
    {"no-entity", "Investors will be watching the margins closely.", 0, NULL, -1},
    {"no-entity", "I doubt this is a bubble that efficiency will pop.", 0, NULL, -1},
    {"no-entity", "With older releases you will see a warning.", 0, NULL, -1},
    {"no-entity", "The panel will not decide anything soon.", 0, NULL, -1},
    /* nobody acts: a place or product only modifies, a dummy "it" */
    {"no-actor", "China's so-called AI champions are all racing to raise money before patience runs out.", 0, NULL, -1},
    {"no-actor", "Investors in Europe remain wary of possible new tariffs on imported chips from Taiwan.", 0, NULL, -1},
    {"no-actor", "It was a month of very big promises, so here they are in order.", 0, NULL, -1},
    {"no-actor", "For inference, Ascend is good enough today for most deployments of Kimi's models.", 0, NULL, -1},
    /* a place standing for its government acts; so does a chip in the passive */
    {"entity-statement", "The approvals arrive as Beijing is urging local buyers to look elsewhere for accelerators.", 1, NULL, -1},
    {"entity-statement", "U.S. rules bar the sale of the most advanced accelerators to China without a licence.", 1, NULL, -1},
    {"entity-statement", "The A800 was engineered in 2022 to stay under the limits of the first export rules.", 1, NULL, -1},
    /* a rule that binds, with nobody acting */
    {"legal-obligation", "The listing bars American suppliers from selling it most technology without a licence.", 1, NULL, -1},
    /* the first sentence is a quote-introduction; the quotation is
     * no-topic by the table, a claim by its speaker */
    {"speaker-quotation", "Jane Doe, a partner at Foo Capital, was blunt.\n\n\"That is the whole story for Nvidia.\"", 1, NULL, -1},
    {"generic-quotation", "\"Necessity is the mother of invention,\" said Jane Doe.", 0, NULL, -1},
    /* a quotation whose pronoun points at the story is no saying (class story-pointer) */
    {"attributed", "\"They cannot win on price alone, so they win on the system,\" said Jane Doe, an analyst at Foo "
                   "Research.", 1, NULL, -1},
    {"attributed", "\"He has never had to answer to an outside investor,\" said Jane Doe.", 1, NULL, -1},
    {"generic-quotation", "\"There is no such thing as a free lunch,\" said Jane Doe.", 0, NULL, -1},
    /* a quotation going on after its speaker's sentence, in which the
     * speaker (I, we) says what they do, is checkable; a hypothetical, a
     * denial or a "what I ..." clause is not */
    {"speaker-quotation", "\"When I joined, we had one rack,\" Jane Doe said at Foo Labs. \"Now we run a scheduler that "
                          "places every job.\"", 1, NULL, -1},
    {"no-entity", "\"When I joined, we had one rack,\" Jane Doe said at Foo Labs. \"We would never say that in "
                  "public.\"", 0, NULL, -1},
    {"no-entity", "\"When I joined, we had one rack,\" Jane Doe said at Foo Labs. \"What I cannot say yet is how "
                  "long it lasts.\"", 0, NULL, -1},
    {"no-entity", "\"When I joined, we had one rack,\" Jane Doe said at Foo Labs. \"We have to stay calm about "
                  "it.\"", 0, NULL, -1},
    {"attributed", "Jane Doe, an engineer at Foo Labs, runs its clusters. \"I mostly read logs,\" she said.", 1, NULL, -1},
    {"generic-quotation", "Jane Doe, an engineer at Foo Labs, runs its clusters. \"I don't believe in luck,\" she said.", 0, NULL, -1},
    {"heading", "# DeepSeek raises prices\n\nNvidia shares fell 17% on Monday.", 0, NULL, 0},
};

static void run_case(const gate_case *c) {
    dsc_doc *doc = dsc_parse(NULL, c->text, strlen(c->text), NULL);
    size_t n, si, k, claims = 0;
    const char *why = c->why ? c->why : c->rule, *got = NULL;
    CHECK(doc != NULL, "%s: parse", c->rule);
    if (!doc) return;
    n = dsc_doc_sentence_count(doc);
    si = c->sentence < 0 ? n - 1 : (size_t)c->sentence;
    CHECK(n > si, "%s: %zu sentences", c->rule, n);
    if (n <= si) { dsc_doc_free(doc); return; }
    for (k = 0; k < dsc_doc_claim_count(doc); k++) {
        const dsc_claim *cl = dsc_doc_claim(doc, k);
        if (cl->sentence != si) continue;
        if (!claims++) got = cl->why.claim;
    }
    CHECK(c->claim ? claims > 0 : claims == 0, "%s: \"%s\": %zu claims", c->rule, c->text, claims);
    if (!c->claim) got = dsc_doc_sentence(doc, si)->not_claim;
    else CHECK(dsc_doc_sentence(doc, si)->not_claim == NULL, "%s: a claim has no not_claim", c->rule);
    CHECK_STR(got, why, c->rule);
    dsc_doc_free(doc);
}

/* A word list of the gate is data: a word the user gives the class
 * note-to-self makes a note to self of a sentence that was a claim. */
static void list_as_data(void) {
    const char *text = "Verify the Nvidia shipment figures with the distributor before Friday's meeting.\n";
    char err[200] = "";
    dsc_dict *d = dsc_dict_new(1);
    dsc_doc *doc = dsc_parse(d, text, strlen(text), NULL);
    CHECK(doc && dsc_doc_claim_count(doc) == 1, "a claim by default");
    dsc_doc_free(doc);
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    CHECK(dsc_dict_lexicon_set(d, "verify", 6, "note-to-self", 12, err, sizeof err) == 0, "%s", err);
    doc = dsc_parse(d, text, strlen(text), NULL);
    CHECK(doc && dsc_doc_claim_count(doc) == 0, "a note to self once 'verify' is in the class");
    if (doc) CHECK_STR(dsc_doc_sentence(doc, 0)->not_claim, "note-to-self", "the rule that said so");
    dsc_doc_free(doc);
    dsc_dict_free(d);
}

/* Rule names are unique in the engine: no two stages share one. */
static void names_unique_across_stages(void) {
    const char *const *(*stage[])(size_t *) = { cl_gate_rule_names, cl_hedge_rule_names, cl_kind_rule_names,
                                                cl_split_rule_names, cl_about_rule_names,
                                                cl_attribution_rule_names, cl_attribution_verb_rule_names,
                                                cl_attribution_subject_rule_names };
    size_t s, t, i, j, ns, nt, shared = 0;
    for (s = 0; s < sizeof stage / sizeof stage[0]; s++)
        for (t = s + 1; t < sizeof stage / sizeof stage[0]; t++) {
            const char *const *a = stage[s](&ns), *const *b = stage[t](&nt);
            for (i = 0; i < ns; i++)
                for (j = 0; j < nt; j++)
                    if (strcmp(a[i], b[j]) == 0) { shared++; fprintf(stderr, "shared rule name '%s'\n", a[i]); }
        }
    CHECK(shared == 0, "%zu rule names shared between stages", shared);
}

int main(void) {
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) run_case(&cases[k]);
    CHECK_STAGE_RULES("gate", cl_gate_rule_names, 30, cases);
    list_as_data();
    names_unique_across_stages();
    return check_report("rules_gate");
}
