#!/bin/sh
# lint.sh: luacheck (.luacheckrc) and stylua --check (.stylua.toml) over every
# Lua file of the checkout: lua/, plugin/, tests/, tools/, bench/ and
# bin/deepseek-claims. Prints each problem, then one line
# "lint: N passed, N failed" counting one check per file and tool (a file
# with a luacheck warning fails once, a file stylua would change once).
# DSC_LINT_ROOT lints another tree (the tests do, on a scratch copy).
cd "${DSC_LINT_ROOT:-$(dirname "$0")/..}" || exit 2

for tool in luacheck stylua; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "lint: $tool is not installed (make deps installs it)"
        echo "lint: 0 passed, 1 failed"
        exit 1
    fi
done

files=$( { find lua plugin tests tools bench -name '*.lua' -type f 2>/dev/null
           [ -f bin/deepseek-claims ] && echo bin/deepseek-claims; } | LC_ALL=C sort)
[ -n "$files" ] || { echo "lint: no Lua file found"; echo "lint: 0 passed, 1 failed"; exit 1; }
n=$(printf '%s\n' "$files" | wc -l)

# luacheck: "file:line:col: (Wnnn) message" per warning
lc=$(luacheck --no-color --formatter plain --codes $files 2>&1)
lc_bad=$(printf '%s\n' "$lc" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: .*/\1/p' | sort -u | grep -c .)
[ -n "$lc" ] && printf '%s\n' "$lc"

# stylua: "Diff in FILE:" and the diff, per file it would change
st=$(stylua --check $files 2>&1)
st_bad=$(printf '%s\n' "$st" | grep -c '^Diff in ')
if [ -n "$st" ]; then
    printf '%s\n' "$st" | head -200
    echo "lint: run stylua . bin/deepseek-claims to format"
fi
# a tool that failed without naming a file (a bad config) fails the run
lc_rc=0; [ -n "$lc" ] && [ "$lc_bad" -eq 0 ] && lc_rc=1
st_rc=0; [ -n "$st" ] && [ "$st_bad" -eq 0 ] && st_rc=1

failed=$((lc_bad + st_bad + lc_rc + st_rc))
passed=$((2 * n - lc_bad - st_bad))
echo "lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
