#!/bin/sh
# deps.sh: installs the Debian packages the build and the tests use, when missing.
# As root it runs apt-get; otherwise it prints the command to run.
pkgs="make gcc clang pkg-config lua5.4 liblua5.4-dev luajit libluajit-5.1-dev libuv1-dev neovim ripgrep tmux valgrind bc"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq $missing >/dev/null || { echo "deps: apt-get failed"; exit 2; }
else
    echo "deps: missing$missing; run: sudo apt-get install -y$missing"; exit 2
fi
