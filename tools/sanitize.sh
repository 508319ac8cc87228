#!/bin/sh
# sanitize.sh asan|tsan|valgrind: the C tests, and the Lua 5.4 tests, again
# under AddressSanitizer + UndefinedBehaviorSanitizer (clang), the threaded
# scan and the parse on a thread under ThreadSanitizer, or the C tests under
# valgrind.
# Output lines "NAME: N passed, N failed" get an "asan-", "tsan-" or "valgrind-" prefix.
cd "$(dirname "$0")/.." || exit 2
mode=$1
rc=0
log=$(mktemp); trap 'rm -f "$log"' EXIT

# run PREFIX CMD...: runs CMD, prints its output prefixed, keeps its status.
run() {
    prefix=$1; shift
    "$@" > "$log" 2>&1; s=$?
    sed "s/^\([a-z0-9._-]*: [0-9]* passed\)/$prefix\1/" "$log"
    if [ $s -ne 0 ]; then echo "$prefix: $* exited with status $s"; rc=1; fi
}

case $mode in
asan)
    out=build/asan
    make -s BUILD=$out MOD_JIT=$out/jit/core.so CC=clang \
        CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
        build-c-tests $out/lua5.4/deepseek_claims/core.so >/dev/null || exit 2
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    for t in $out/tests/test_*; do run asan- "$t"; done
    # the Lua 5.4 binding under ASan: the runtime is preloaded into lua5.4
    rt=$(clang -print-file-name=libclang_rt.asan-x86_64.so)
    if [ -f "$rt" ] && [ -f tests/lua/run.lua ]; then
        run asan- env ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 LD_PRELOAD="$rt" \
            DSC_CPATH="$out/lua5.4/?.so" lua5.4 tests/lua/run.lua
    fi
    ;;
tsan)
    # the threaded scan (its cache too) and the parse on a thread under ThreadSanitizer
    out=build/tsan
    make -s BUILD=$out MOD_JIT=$out/jit/core.so CC=clang \
        CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" \
        $out/tests/test_scan $out/tests/test_parse_job $out/tests/test_cache >/dev/null || exit 2
    run tsan- env TSAN_OPTIONS=halt_on_error=1 $out/tests/test_scan
    run tsan- env TSAN_OPTIONS=halt_on_error=1 $out/tests/test_cache
    run tsan- env TSAN_OPTIONS=halt_on_error=1 $out/tests/test_parse_job
    # the Lua 5.4 binding's threads (core.parse_async, core.scan): in a host
    # linked with the TSan runtime, which cannot be preloaded into lua5.4
    if [ -f /usr/lib/x86_64-linux-gnu/liblua5.4.a ] || [ -n "$LUA54_LIB" ]; then
        lib=${LUA54_LIB:-/usr/lib/x86_64-linux-gnu/liblua5.4.a}
        make -s BUILD=$out MOD_JIT=$out/jit/core.so CC=clang \
            CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" $out/lua5.4/deepseek_claims/core.so >/dev/null || exit 2
        clang -O1 -g -fsanitize=thread $(pkg-config --cflags lua5.4 2>/dev/null || echo -I/usr/include/lua5.4) \
            -o $out/lua_host tools/lua_host.c "$lib" -lm -ldl -Wl,-E || exit 2
        for t in parse_async corpus_scan test_cache; do
            run tsan-$t- env TSAN_OPTIONS=halt_on_error=1 DSC_CPATH="$out/lua5.4/?.so" $out/lua_host tests/lua/run.lua $t
        done
    fi
    ;;
valgrind)
    make -s build-c-tests >/dev/null || exit 2
    for t in build/tests/test_*; do
        run valgrind- valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect "$t"
    done
    ;;
*)
    echo "usage: sanitize.sh asan|tsan|valgrind"; exit 2 ;;
esac
exit $rc
