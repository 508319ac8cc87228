/*
 * lua_host.c: a bare Lua 5.4 interpreter (the library linked in statically)
 * for tools/sanitize.sh tsan. ThreadSanitizer's runtime cannot be preloaded
 * into the system lua5.4 (it crashes before main), so the Lua tests of the
 * threaded parts run in this host, built with -fsanitize=thread, against
 * the module built the same way.
 *
 *   lua_host SCRIPT [ARGS...]     arg[0] is SCRIPT, as with lua5.4
 */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>

int main(int argc, char **argv) {
    lua_State *L;
    int i, rc;
    if (argc < 2) { fprintf(stderr, "usage: %s SCRIPT [ARGS...]\n", argv[0]); return 2; }
    L = luaL_newstate();
    if (!L) return 2;
    luaL_openlibs(L);
    lua_createtable(L, argc, 1);
    for (i = 0; i < argc; i++) { lua_pushstring(L, argv[i]); lua_rawseti(L, -2, i - 1); }
    lua_setglobal(L, "arg");
    rc = luaL_loadfile(L, argv[1]);
    if (rc == LUA_OK) {
        for (i = 2; i < argc; i++) lua_pushstring(L, argv[i]);
        rc = lua_pcall(L, argc - 2, 0, 0);
    }
    if (rc != LUA_OK) fprintf(stderr, "%s\n", lua_tostring(L, -1));
    lua_close(L);
    return rc == LUA_OK ? 0 : 1;
}
