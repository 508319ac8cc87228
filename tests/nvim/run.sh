#!/bin/sh
# run.sh: runs every tests/nvim/test_*.lua in its own headless Neovim (clean,
# no user config, the checkout on 'runtimepath'), prints their result lines,
# and fails if any test failed or a run crashed or hung.
# DSC_NVIM: the Neovim to run (default: nvim on the PATH); DSC_NVIM_LABEL:
# the prefix of the result lines (default "nvim": "nvim-list: N passed, ...";
# tools/run-tests.sh sets "nvim-0.12" for its second Neovim).
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
nvim=${DSC_NVIM:-nvim}
label=${DSC_NVIM_LABEL:-nvim}
export DSC_NVIM_LABEL="$label"
if [ -z "$DSC_NO_BUILD" ]; then
    make -s all >/dev/null 2>&1 || { echo "$label-build: 0 passed, 1 failed (make all failed; run make to see why)"; exit 1; }
fi
# the corpus caches of the scans go to a scratch folder, not ~/.cache
XDG_CACHE_HOME=$(mktemp -d "${TMPDIR:-/tmp}/dsc-nvim-cache.XXXXXX") || exit 2
export XDG_CACHE_HOME
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
rc=0
for f in tests/nvim/test_*.lua; do
    name=$(basename "$f" .lua); name=${name#test_}
    out=$(timeout -k 10 300 "$nvim" --headless --clean -u NONE -i NONE -n \
        --cmd "set rtp^=$root" --cmd "set rtp+=$root/after" \
        -c "luafile $root/$f" 2>&1 </dev/null)
    status=$?
    printf '%s\n' "$out"
    if ! printf '%s\n' "$out" | grep -q "^$label-$name: [0-9]* passed, [0-9]* failed"; then
        echo "$label-$name: 0 passed, 1 failed (exited with status $status without a result line)"
        rc=1
    elif [ "$status" -ne 0 ]; then
        rc=1
    fi
done
exit $rc
