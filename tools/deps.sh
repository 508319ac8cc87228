#!/bin/sh
# deps.sh: installs the Debian packages the build and the tests use, and the
# Lua formatter (stylua, from the npm registry, at the version .stylua.toml's
# output is checked with), when missing. As root it installs them; otherwise
# it prints the commands to run.
pkgs="make gcc clang pkg-config lua5.4 liblua5.4-dev luajit libluajit-5.1-dev libuv1-dev neovim ripgrep tmux valgrind bc lua-check luarocks unzip"
STYLUA_VERSION=2.5.2
STYLUA_PKG="@johnnymorganz/stylua-bin@$STYLUA_VERSION"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=""
for p in $pkgs; do
    installed "$p" || missing="$missing $p"
done
# stylua comes from npm: npm (and node) from Debian when it is not there
need_stylua=""
[ "$(stylua --version 2>/dev/null)" = "stylua $STYLUA_VERSION" ] || need_stylua=1
if [ -n "$need_stylua" ] && ! command -v npm >/dev/null 2>&1; then missing="$missing npm"; fi
[ -z "$missing" ] && [ -z "$need_stylua" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    [ -n "$missing" ] && echo "deps: missing$missing; run: sudo apt-get install -y$missing"
    [ -n "$need_stylua" ] && echo "deps: stylua $STYLUA_VERSION missing; run: sudo npm install -g $STYLUA_PKG"
    exit 2
fi
if [ -n "$missing" ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null || { echo "deps: apt-get failed"; exit 2; }
fi
if [ -n "$need_stylua" ]; then
    echo "deps: installing stylua $STYLUA_VERSION (npm $STYLUA_PKG)"
    npm install -g --no-fund --no-audit --loglevel=error "$STYLUA_PKG" >/dev/null || { echo "deps: npm install failed"; exit 2; }
    [ "$(stylua --version 2>/dev/null)" = "stylua $STYLUA_VERSION" ] || {
        echo "deps: stylua $STYLUA_VERSION is installed but another stylua comes first on PATH: $(command -v stylua)"; exit 2; }
fi
exit 0
