/*
 * lua_compat.h: the few places where Lua 5.1 (LuaJIT, Neovim) and Lua 5.4
 * differ for this binding. One source, two builds: nothing else in
 * lua_dsc.c looks at LUA_VERSION_NUM.
 */
#ifndef DSC_LUA_COMPAT_H
#define DSC_LUA_COMPAT_H

#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM >= 502
#define compat_rawlen(L, i) lua_rawlen((L), (i))
#define compat_newuserdata(L, n) lua_newuserdatauv((L), (n), 0)
#else
#define compat_rawlen(L, i) lua_objlen((L), (i))
#define compat_newuserdata(L, n) lua_newuserdata((L), (n))
#endif

/* luaL_setfuncs exists in LuaJIT 2.1 and 5.2+, not in PUC 5.1. */
static void compat_setfuncs(lua_State *L, const luaL_Reg *l, int nup) {
    luaL_checkstack(L, nup + 1, "too many upvalues");
    for (; l->name; l++) {
        int i;
        for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l->func, nup);
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}

#endif
