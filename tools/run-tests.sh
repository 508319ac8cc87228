#!/bin/sh
# run-tests.sh: builds and runs every suite (or the ones named), then prints
# one closing line "N passed, N failed" summed over all of them.
# Each suite prints lines "NAME: N passed, N failed"; a suite that crashes or
# prints no such line counts as one failure.
cd "$(dirname "$0")/.." || exit 2
suites=${*:-"lint c lua nvim tmux asan tsan valgrind"}
log=$(mktemp); trap 'rm -f "$log"' EXIT
total_pass=0; total_fail=0

run_suite() {   # name, command...
    name=$1; shift
    echo "== $name"
    "$@" > "$log" 2>&1; rc=$?
    cat "$log"
    p=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p' "$log" | awk '{s+=$1} END {print s+0}')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$name: exited with status $rc"; fi
    if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "$name: ran no test"; fi
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
}

for s in $suites; do
    case $s in
    lint)     run_suite lint sh tools/lint.sh ;;
    c)        make -s all build-c-tests >/dev/null || { total_fail=$((total_fail+1)); continue; }
              run_suite c sh tools/each.sh build/tests/test_* ;;
    lua)      make -s all >/dev/null || { total_fail=$((total_fail+1)); continue; }
              run_suite lua5.4 lua5.4 tests/lua/run.lua
              run_suite luajit luajit tests/lua/run.lua ;;
    nvim)     run_suite nvim sh tests/nvim/run.sh ;;
    tmux)     run_suite tmux sh tests/tmux/run.sh ;;
    asan)     run_suite asan sh tools/sanitize.sh asan ;;
    tsan)     run_suite tsan sh tools/sanitize.sh tsan ;;
    valgrind) run_suite valgrind sh tools/sanitize.sh valgrind ;;
    *)        echo "unknown suite: $s"; total_fail=$((total_fail+1)) ;;
    esac
done
echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
