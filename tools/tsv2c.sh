#!/bin/sh
# tsv2c.sh: turns the entity dictionary (TSV) into a C string the module
# carries, so the dictionary is data, edited as text, and needs no file at run
# time.
set -e
echo '/* generated from data/entities.tsv by tools/tsv2c.sh: do not edit */'
echo '#include <stddef.h>'
echo 'extern const char dsc_builtin_tsv[];'
echo 'extern const size_t dsc_builtin_tsv_len;'
echo 'const char dsc_builtin_tsv[] ='
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$/\\n"/' "$1"
echo '  ;'
echo 'const size_t dsc_builtin_tsv_len = sizeof dsc_builtin_tsv - 1;'
