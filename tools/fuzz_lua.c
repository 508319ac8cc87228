/* fuzz_lua.c: libFuzzer targets for `make fuzz` that go through the Lua
 * binding in an embedded Lua 5.4 (the module and the engine instrumented,
 * the interpreter as Debian builds it):
 *   json:    any bytes parsed as markdown and as text; doc:json() must
 *            always be JSON that lib/json.lua decodes, with as many claims
 *            as doc:claims() (the C JSON writer); json.decode of the bytes
 *            themselves returns a value or nil, message (the reader).
 *   ledger:  any bytes read as a ledger file by lib/ledger.lua's parse: bad
 *            lines are reported, never raised; what it keeps encodes again.
 * The target is chosen at build time (-DFUZZ_LUA_TARGET="json"). A Lua
 * error out of the harness is a finding: it aborts with the message. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#ifndef FUZZ_LUA_TARGET
#define FUZZ_LUA_TARGET "json"
#endif
#ifndef FUZZ_LUA_PATH
#define FUZZ_LUA_PATH "lua/?.lua"
#endif

int luaopen_deepseek_claims_core(lua_State *L);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char harness[] =
    "local core = require('deepseek_claims.core')\n"
    "local json = require('deepseek_claims.lib.json')\n"
    "local ledger = require('deepseek_claims.lib.ledger')\n"
    "local targets = {}\n"
    "function targets.json(bytes)\n"
    "  for _, md in ipairs({ true, false }) do\n"
    "    local doc = core.parse(bytes, { markdown = md })\n"
    "    local s = doc:json('fuzz.md')\n"
    "    local v, err = json.decode(s)\n"
    "    if not v then error('doc:json() is not JSON: ' .. tostring(err)) end\n"
    "    if #v.claims ~= #doc:claims() then error('doc:json() lost claims') end\n"
    "  end\n"
    "  local ok, v, err = pcall(json.decode, bytes)\n"
    "  if not ok then error('json.decode raised: ' .. tostring(v)) end\n"
    "  if v == nil and type(err) ~= 'string' then error('json.decode: nil without a message') end\n"
    "end\n"
    "function targets.ledger(bytes)\n"
    "  local ok, L = pcall(ledger.parse, bytes, 'fuzz.jsonl')\n"
    "  if not ok then error('ledger.parse raised: ' .. tostring(L)) end\n"
    "  ledger.format_problems(L)\n"
    "  for _, e in ipairs(L.entries) do\n"
    "    local s = json.encode(e)\n"
    "    if not json.decode(s) then error('an entry does not encode back to JSON') end\n"
    "    ledger.about(L, e.claimant or '')\n"
    "  end\n"
    "end\n"
    "return targets[...]\n";

static lua_State *L;

static void setup(void) {
    L = luaL_newstate();
    luaL_openlibs(L);
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "preload");
    lua_pushcfunction(L, luaopen_deepseek_claims_core);
    lua_setfield(L, -2, "deepseek_claims.core");
    lua_pop(L, 1);
    lua_pushstring(L, FUZZ_LUA_PATH);
    lua_setfield(L, -2, "path");
    lua_pop(L, 1);
    if (luaL_loadbuffer(L, harness, sizeof harness - 1, "=harness") || (lua_pushstring(L, FUZZ_LUA_TARGET), 0) ||
        lua_pcall(L, 1, 1, 0) || !lua_isfunction(L, -1)) {
        fprintf(stderr, "fuzz_lua: cannot set up target %s: %s\n", FUZZ_LUA_TARGET, lua_tostring(L, -1));
        abort();
    }
    lua_setfield(L, LUA_REGISTRYINDEX, "fuzz_target");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!L) setup();
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz_target");
    lua_pushlstring(L, (const char *)data, size);
    if (lua_pcall(L, 1, 0, 0)) {
        fprintf(stderr, "fuzz_lua (%s): %s\n", FUZZ_LUA_TARGET, lua_tostring(L, -1));
        abort();
    }
    lua_gc(L, LUA_GCSTEP, 0);
    return 0;
}
