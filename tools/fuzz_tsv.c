/* fuzz_tsv.c: libFuzzer target for `make fuzz`: a user's dictionary and
 * lexicon from any bytes. The first byte picks what the rest is read as
 * (entities TSV, lexicon TSV, or both split at the first NUL); a dictionary
 * that loads is then frozen, looked up and used to parse a fixed article,
 * so the matcher built from fuzzed entries runs too. Errors must come back
 * as messages, never as a crash or a hang. */
#include <stdint.h>
#include <string.h>
#include "dsc.h"

static const char article[] =
    "# DeepSeek's week\n\nDeepSeek said its V3 model cost $5.6 million to train on Nvidia H800 chips, "
    "analysts at Foo Capital estimated. \"It is cheap,\" remarked Jane Doe. The ministry fined it EUR 15 million.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char err[256];
    const char *text = (const char *)data + 1, *nul;
    size_t n = size ? size - 1 : 0, k;
    dsc_dict *d;
    dsc_doc *doc;
    if (size == 0) return 0;
    d = dsc_dict_new(data[0] & 1);
    switch ((data[0] >> 1) % 3) {
    case 0: (void)dsc_dict_load_tsv(d, text, n, err, sizeof err); break;
    case 1: (void)dsc_dict_load_lexicon(d, text, n, err, sizeof err); break;
    default:
        nul = memchr(text, '\0', n);
        k = nul ? (size_t)(nul - text) : n;
        (void)dsc_dict_load_tsv(d, text, k, err, sizeof err);
        if (nul) (void)dsc_dict_load_lexicon(d, nul + 1, n - k - 1, err, sizeof err);
    }
    dsc_dict_freeze(d);
    for (k = 0; k < dsc_dict_size(d) && k < 64; k++) {
        const char *name = dsc_dict_name(d, k);
        (void)dsc_dict_lookup(d, name, strlen(name));
    }
    (void)dsc_dict_lookup(d, text, n < 64 ? n : 64);
    doc = dsc_parse(d, article, sizeof article - 1, NULL);
    dsc_doc_free(doc);
    dsc_dict_free(d);
    return 0;
}
