#!/bin/sh
# run-tests.sh: builds and runs every suite (or the ones named), then prints
# one closing line "N passed, N failed" summed over all of them.
# Each suite prints lines "NAME: N passed, N failed"; a suite that crashes or
# prints no such line counts as one failure.
#
# The Neovim matrix: the nvim and tmux suites run on the system Neovim (the
# floor, 0.7.2 on Debian 12) and, when the relocatable build of a current one
# is there (../shared/nvim beside the checkout, as CI has it), on that one too,
# unpacked under build/ (never committed); its lines read
# "nvim-0.12-NAME: N passed, N failed". A user's clone has no ../shared: the
# suites run on the system Neovim alone. DSC_SHARED_NVIM names the folder of
# the archive elsewhere; DSC_SHARED_NVIM=none turns the second run off.
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

# The folder holding the current Neovim's archive, or nothing: beside this
# checkout, else beside the main checkout of this git worktree.
shared_nvim() {
    case ${DSC_SHARED_NVIM:-} in
    none) return ;;
    ?*) [ -x "$DSC_SHARED_NVIM/unpack.sh" ] && echo "$DSC_SHARED_NVIM"; return ;;
    esac
    for d in ../shared/nvim \
        "$(dirname "$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo /nonexistent/.git)")/../shared/nvim"; do
        if [ -x "$d/unpack.sh" ]; then (cd "$d" && pwd); return; fi
    done
}

# The current Neovim's binary, unpacked under build/ once, when the nvim or
# tmux suite runs and the archive is there; an archive that does not unpack
# or run is a failure, not a silent skip.
nvim_new=
case " $suites " in
*" nvim "*|*" tmux "*)
    d=$(shared_nvim)
    if [ -n "$d" ]; then
        if bin=$(sh "$d/unpack.sh" "$(pwd)/build/nvim" 2>"$log") && [ -x "$bin" ]; then
            nvim_new=$bin
        else
            cat "$log"; echo "nvim-new: 0 passed, 1 failed (could not unpack $d)"
            total_fail=$((total_fail + 1))
        fi
    fi ;;
esac

# "nvim-0.12" for NVIM v0.12.2
nvim_label() {
    "$1" --version 2>/dev/null | sed -n '1s/^NVIM v\([0-9]*\.[0-9]*\).*/nvim-\1/p'
}

for s in $suites; do
    case $s in
    lint)     run_suite lint sh tools/lint.sh ;;
    c)        make -s all build-c-tests >/dev/null || { total_fail=$((total_fail+1)); continue; }
              run_suite c sh tools/each.sh build/tests/test_* ;;
    lua)      make -s all >/dev/null || { total_fail=$((total_fail+1)); continue; }
              run_suite lua5.4 lua5.4 tests/lua/run.lua
              run_suite luajit luajit tests/lua/run.lua ;;
    nvim|tmux)
              run_suite "$s ($(nvim --version | head -1))" sh "tests/$s/run.sh"
              if [ -n "$nvim_new" ]; then
                  label=$(nvim_label "$nvim_new")
                  run_suite "$s ($("$nvim_new" --version | head -1))" \
                      env DSC_NVIM="$nvim_new" DSC_NVIM_LABEL="${label:-nvim-new}" sh "tests/$s/run.sh"
              fi ;;
    asan)     run_suite asan sh tools/sanitize.sh asan ;;
    tsan)     run_suite tsan sh tools/sanitize.sh tsan ;;
    valgrind) run_suite valgrind sh tools/sanitize.sh valgrind ;;
    *)        echo "unknown suite: $s"; total_fail=$((total_fail+1)) ;;
    esac
done
echo
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
