#!/bin/sh
# helptags.sh FILE.txt...: the Vim help tags of the files on standard output,
# as :helptags writes them to doc/tags ("tag<TAB>file<TAB>/*tag*", sorted
# byte-wise), so that `make` builds doc/tags without starting an editor
# (`:help deepseek-claims` then works after a plain native-package install).
# A tag is a *word* with no space, tab or | inside, white space (or the line
# start) before it and white space (or the line end) after it: Vim's rule.
# A tag defined twice is an error (Vim's E154), naming both lines.
for f in "$@"; do
    awk -v file="$(basename "$f")" '
    {
        line = $0; pos = 1
        p1 = index(line, "*")
        while (p1 > 0) {
            rest = substr(line, p1 + 1)
            q = index(rest, "*")
            if (q == 0) break
            p2 = p1 + q
            tag = substr(line, p1 + 1, p2 - p1 - 1)
            before = p1 == 1 ? " " : substr(line, p1 - 1, 1)
            after = substr(line, p2 + 1, 1)
            if (tag != "" && tag !~ /[ \t|]/ && before ~ /^[ \t]$/ && (after == "" || after ~ /^[ \t\r]$/)) {
                pat = ""   # the search pattern: \ and / escaped with a backslash
                for (i = 1; i <= length(tag); i++) {
                    c = substr(tag, i, 1)
                    pat = pat (c == "\\" || c == "/" ? "\\" : "") c
                }
                print tag "\t" file "\t/*" pat "*" "\t" FILENAME ":" NR
                q2 = index(substr(line, p2 + 1), "*")
                p1 = q2 ? p2 + q2 : 0
            } else {
                p1 = p2
            }
        }
    }' "$f"
done | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -s | awk -F '\t' '
    $1 == prev { print "helptags: duplicate tag " $1 " (" prevwhere " and " $4 ")" > "/dev/stderr"; bad = 1 }
    { print $1 "\t" $2 "\t" $3; prev = $1; prevwhere = $4 }
    END { exit bad }'
