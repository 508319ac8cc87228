#!/bin/sh
# demo.sh: `make demo`, the main job: Neovim with a clean config, the plugin
# from this checkout and the bundled example article, its claims list open.
# K on a name shows what is claimed about it; q closes the list.
# DSC_NVIM runs another Neovim (DSC_NVIM=build/nvim/nvim-0.12.2/bin/nvim make demo).
cd "$(dirname "$0")/.." || exit 2
if [ ! -t 0 ] || [ ! -t 1 ]; then
    echo "demo: needs a terminal. The same engine without an editor:"
    lua5.4 bin/deepseek-claims examples/deepseek-week.md
    exit $?
fi
DSC_DEMO_LIST=1 exec "${DSC_NVIM:-nvim}" --clean -u tools/demo_init.lua examples/deepseek-week.md
