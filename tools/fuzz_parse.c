/* fuzz_parse.c: libFuzzer target for `make fuzz`: any bytes, both modes,
 * every lookup. Build: clang -fsanitize=fuzzer,address,undefined. */
#include <stdint.h>
#include <string.h>
#include "dsc.h"

static dsc_dict *dict;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    dsc_options o;
    size_t i;
    if (!dict) { dict = dsc_dict_new(1); dsc_dict_freeze(dict); }
    for (o.markdown = 0; o.markdown < 2; o.markdown++) {
        dsc_doc *doc = dsc_parse(dict, (const char *)data, size, &o);
        if (!doc) continue;
        for (i = 0; i < dsc_doc_mention_count(doc); i++) {
            const dsc_mention *m = dsc_doc_mention(doc, i);
            (void)dsc_doc_mention_at(doc, m->span.line, m->span.col);
            (void)dsc_doc_find_entity(doc, m->text, strlen(m->text));
        }
        (void)dsc_doc_mention_at(doc, (uint32_t)size, 1);
        dsc_doc_free(doc);
    }
    return 0;
}
