/*
 * lua_dsc.c: the Lua binding, deepseek_claims.core.
 *
 * One source for Lua 5.4 and LuaJIT (lua_compat.h). Dictionaries and
 * documents are userdata holding a pointer, freed by __gc (and safe after
 * an explicit free). Every function shares two upvalues: the default
 * dictionary (built once per Lua state, never global) and a weak table
 * that keeps a document's dictionary alive as long as the document.
 * Argument errors raise; I/O errors return nil, message.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dsc.h"
#include "lexicon.h"
#include "fileops.h"
#include "lua_compat.h"

#define DICT_T "deepseek_claims.dict"
#define DOC_T  "deepseek_claims.doc"

#define UP_DEFAULT_DICT lua_upvalueindex(1)
#define UP_KEEP         lua_upvalueindex(2)

typedef struct { dsc_dict *d; } ldict;
typedef struct { dsc_doc *doc; const dsc_dict *d; } ldoc;

/* ===================================================================== */
/* Argument errors that name the function                                 */
/* ===================================================================== */

/* "bad argument #1 to 'parse'": Lua reads the function's name from the
 * calling Lua code, and has none to read for a function called from C
 * (pcall(core.parse, x)) or, in LuaJIT, by a tail call ("return
 * core.parse(x)"): those said "bad argument #1 to '?'". Every argument
 * error of this file goes through arg_error, which then takes the name the
 * function was registered under; the luaL_check* used here are redefined
 * over it below. */
static const char *registered_name(lua_CFunction f);   /* with the tables, at the end */

static int arg_error(lua_State *L, int arg, const char *msg) {
    lua_Debug ar;
    const char *name;
    if (!lua_getstack(L, 0, &ar)) return luaL_error(L, "bad argument #%d (%s)", arg, msg);
    lua_getinfo(L, "nf", &ar);               /* pushes the running function */
    if (ar.namewhat && strcmp(ar.namewhat, "method") == 0 && --arg == 0)
        return luaL_error(L, "calling '%s' on bad self (%s)", ar.name, msg);
    name = ar.name ? ar.name : registered_name(lua_tocfunction(L, -1));
    return luaL_error(L, "bad argument #%d to '%s' (%s)", arg, name ? name : "?", msg);
}

static int type_error(lua_State *L, int arg, const char *expected) {
    const char *got = lua_isnone(L, arg) ? "no value" : luaL_typename(L, arg);
    if (luaL_getmetafield(L, arg, "__name")) {          /* Lua 5.4 names its types */
        if (lua_type(L, -1) == LUA_TSTRING) got = lua_tostring(L, -1);
    }
    return arg_error(L, arg, lua_pushfstring(L, "%s expected, got %s", expected, got));
}

static const char *check_lstring(lua_State *L, int arg, size_t *len) {
    const char *s = lua_tolstring(L, arg, len);
    if (!s) type_error(L, arg, "string");
    return s;
}

static const char *opt_lstring(lua_State *L, int arg, const char *def, size_t *len) {
    if (!lua_isnoneornil(L, arg)) return check_lstring(L, arg, len);
    if (len) *len = def ? strlen(def) : 0;
    return def;
}

static lua_Number check_number(lua_State *L, int arg) {
    if (!lua_isnumber(L, arg)) type_error(L, arg, "number");
    return lua_tonumber(L, arg);
}

static lua_Integer check_integer(lua_State *L, int arg) {
#if LUA_VERSION_NUM >= 503
    int ok;
    lua_Integer v = lua_tointegerx(L, arg, &ok);
    if (!ok) {
        if (lua_isnumber(L, arg)) arg_error(L, arg, "number has no integer representation");
        else type_error(L, arg, "number");
    }
    return v;
#else
    return (lua_Integer)check_number(L, arg);
#endif
}

static void check_type(lua_State *L, int arg, int t) {
    if (lua_type(L, arg) != t) type_error(L, arg, lua_typename(L, t));
}

static void *check_udata(lua_State *L, int arg, const char *tname) {
    void *p = lua_touserdata(L, arg);
    if (p && lua_getmetatable(L, arg)) {
        int same;
        luaL_getmetatable(L, tname);
        same = lua_rawequal(L, -1, -2);
        lua_pop(L, 2);
        if (same) return p;
    }
    type_error(L, arg, tname);
    return NULL;
}

#undef luaL_argerror
#undef luaL_checklstring
#undef luaL_optlstring
#undef luaL_checknumber
#undef luaL_checkinteger
#undef luaL_checktype
#undef luaL_checkudata
#define luaL_argerror(L, arg, msg) arg_error((L), (arg), (msg))
#define luaL_checklstring(L, arg, len) check_lstring((L), (arg), (len))
#define luaL_optlstring(L, arg, def, len) opt_lstring((L), (arg), (def), (len))
#define luaL_checknumber(L, arg) check_number((L), (arg))
#define luaL_checkinteger(L, arg) check_integer((L), (arg))
#define luaL_checktype(L, arg, t) check_type((L), (arg), (t))
#define luaL_checkudata(L, arg, tname) check_udata((L), (arg), (tname))

/* Whether the string at i holds a NUL byte: a C path or name would end
 * there ("notes.md\0x" would open notes.md). */
static int has_nul(lua_State *L, int i) {
    size_t n;
    const char *s = lua_tolstring(L, i, &n);
    return s && memchr(s, '\0', n) != NULL;
}

/* The string at arg, which must hold no NUL byte. */
static const char *check_cstring(lua_State *L, int arg, const char *what) {
    const char *s = luaL_checkstring(L, arg);
    if (has_nul(L, arg)) arg_error(L, arg, lua_pushfstring(L, "a NUL byte in the %s", what));
    return s;
}

/* ===================================================================== */
/* Checkers                                                               */
/* ===================================================================== */

static ldict *check_dict(lua_State *L, int i) {
    ldict *ud = luaL_checkudata(L, i, DICT_T);
    if (!ud->d) luaL_argerror(L, i, "dictionary already freed");
    return ud;
}

static ldoc *check_doc(lua_State *L, int i) {
    ldoc *ud = luaL_checkudata(L, i, DOC_T);
    if (!ud->doc) luaL_argerror(L, i, "document already freed");
    return ud;
}

/* The dictionary at i if it is one, else the default one (pushed: the
 * index where it now lives is returned). */
static int dict_arg(lua_State *L, int i) {
    if (lua_isnoneornil(L, i)) { lua_pushvalue(L, UP_DEFAULT_DICT); return lua_gettop(L); }
    check_dict(L, i);
    return i;
}

static int opt_boolean_field(lua_State *L, int t, const char *name, int def) {
    int v = def;
    lua_getfield(L, t, name);
    if (!lua_isnil(L, -1)) {
        if (!lua_isboolean(L, -1))
            luaL_error(L, "bad option '%s' (boolean expected, got %s)", name, luaL_typename(L, -1));
        v = lua_toboolean(L, -1);
    }
    lua_pop(L, 1);
    return v;
}

/* ===================================================================== */
/* Tables out                                                             */
/* ===================================================================== */

static void set_int(lua_State *L, const char *k, double v) { lua_pushnumber(L, v); lua_setfield(L, -2, k); }
static void set_str(lua_State *L, const char *k, const char *v) { lua_pushstring(L, v); lua_setfield(L, -2, k); }

#if LUA_VERSION_NUM >= 503
#define push_count(L, v) lua_pushinteger((L), (lua_Integer)(v))
#else
#define push_count(L, v) lua_pushnumber((L), (lua_Number)(v))
#endif

static void set_count(lua_State *L, const char *k, size_t v) { push_count(L, v); lua_setfield(L, -2, k); }

static void push_span(lua_State *L, const dsc_span *s) {
    set_count(L, "line", s->line);
    set_count(L, "col", s->col);
    set_count(L, "byte", s->byte);
    set_count(L, "len", s->len);
    set_count(L, "end_line", s->end_line);
    set_count(L, "end_col", s->end_col);
}

static void push_mention(lua_State *L, const dsc_doc *doc, const dsc_mention *m) {
    const dsc_entity *e = dsc_doc_entity(doc, m->entity);
    lua_createtable(L, 0, 9);
    set_str(L, "name", e->name);
    set_str(L, "kind", dsc_entity_kind_name(e->kind));
    set_str(L, "text", m->text);
    push_span(L, &m->span);
}

/* A quantity: text is its surface string inside the claim's text. */
static void push_quantity(lua_State *L, const char *text, size_t text_len, const dsc_quantity *q) {
    lua_createtable(L, 0, 5);
    if (q->start + q->len <= text_len) {
        lua_pushlstring(L, text + q->start, q->len); lua_setfield(L, -2, "text");
    }
    set_int(L, "value", q->value);
    set_int(L, "value_max", q->value_max);
    set_str(L, "unit", q->unit);
    set_str(L, "qualifier", dsc_qualifier_name(q->qualifier));
    set_str(L, "kind", dsc_quantity_kind_name(q->kind));
    if (q->currency[0]) set_str(L, "currency", q->currency);
}

/* claim.quantities */
static void push_quantities(lua_State *L, const char *text, size_t text_len,
                            const dsc_quantity *qs, uint32_t n) {
    uint32_t i;
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        push_quantity(L, text, text_len, &qs[i]);
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "quantities");
}

/* claim.why: the names of the rules that decided the claim. */
static void push_why(lua_State *L, const dsc_why *w) {
    lua_createtable(L, 0, 4);
    if (w->claim) set_str(L, "claim", w->claim);
    if (w->claimant) set_str(L, "claimant", w->claimant);
    if (w->kind) set_str(L, "kind", w->kind);
    if (w->hedge) set_str(L, "hedge", w->hedge);
    lua_setfield(L, -2, "why");
}

/* claim.benchmark and claim.best: set for a claim read from a table. */
static void push_table_fields(lua_State *L, const char *benchmark, int best) {
    if (!benchmark) return;
    set_str(L, "benchmark", benchmark);
    lua_pushboolean(L, best); lua_setfield(L, -2, "best");
}

static void push_claim(lua_State *L, const dsc_doc *doc, const dsc_claim *c) {
    uint32_t i;
    lua_createtable(L, 0, 16);
    push_span(L, &c->span);
    lua_pushlstring(L, c->text, c->text_len); lua_setfield(L, -2, "text");
    set_str(L, "kind", dsc_claim_kind_name(c->kind));
    if (c->claimant) set_str(L, "claimant", c->claimant);
    set_str(L, "claimant_type", dsc_claimant_type_name(c->claimant_type));
    lua_pushboolean(L, c->hedged); lua_setfield(L, -2, "hedged");
    push_why(L, &c->why);
    lua_createtable(L, (int)c->n_about, 0);
    for (i = 0; i < c->n_about; i++) {
        lua_pushstring(L, dsc_doc_entity(doc, c->about[i])->name);
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "about");
    push_quantities(L, c->text, c->text_len, c->quantities, c->n_quantities);
    push_table_fields(L, c->benchmark, c->best);
}

static void push_entity(lua_State *L, const dsc_doc *doc, size_t i) {
    const dsc_entity *e = dsc_doc_entity(doc, i);
    size_t j;
    lua_createtable(L, 0, 5);
    set_str(L, "name", e->name);
    set_str(L, "kind", dsc_entity_kind_name(e->kind));
    set_count(L, "count", e->n_mentions);
    lua_pushboolean(L, e->dict_index >= 0); lua_setfield(L, -2, "known");
    lua_createtable(L, (int)e->n_mentions, 0);
    for (j = 0; j < e->n_mentions; j++) {
        push_mention(L, doc, dsc_doc_entity_mention(doc, i, j));
        lua_rawseti(L, -2, (int)j + 1);
    }
    lua_setfield(L, -2, "mentions");
}

static void push_entry(lua_State *L, const dsc_dict *d, size_t i) {
    const char *const *al = dsc_dict_aliases(d, i);
    int k;
    lua_createtable(L, 0, 3);
    set_str(L, "name", dsc_dict_name(d, i));
    set_str(L, "kind", dsc_entity_kind_name(dsc_dict_kind(d, i)));
    lua_newtable(L);
    for (k = 0; al[k]; k++) { lua_pushstring(L, al[k]); lua_rawseti(L, -2, k + 1); }
    lua_setfield(L, -2, "aliases");
}

/* ===================================================================== */
/* JSON (the DESIGN.md contract), built in C: the CLI's hot path          */
/* ===================================================================== */

static void json_str(luaL_Buffer *b, const char *s, size_t n) {
    size_t i;
    luaL_addchar(b, '"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { luaL_addchar(b, '\\'); luaL_addchar(b, (char)c); }
        else if (c == '\n') luaL_addstring(b, "\\n");
        else if (c == '\t') luaL_addstring(b, "\\t");
        else if (c == '\r') luaL_addstring(b, "\\r");
        else if (c < 0x20 || c == 0x7F) {
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", c);
            luaL_addstring(b, esc);
        } else if (c < 0x80) luaL_addchar(b, (char)c);
        else {
            /* copy valid UTF-8 sequences, replace invalid bytes */
            size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0, k;
            int ok = need && i + need <= n && c >= 0xC2 && c <= 0xF4;
            for (k = 1; ok && k < need; k++) if (((unsigned char)s[i + k] & 0xC0) != 0x80) ok = 0;
            if (ok) { luaL_addlstring(b, s + i, need); i += need - 1; }
            else luaL_addstring(b, "\xEF\xBF\xBD");
        }
    }
    luaL_addchar(b, '"');
}

static void json_num(luaL_Buffer *b, double v) {
    char num[40];
    if (v != v || v > 1e300 || v < -1e300) { luaL_addstring(b, "null"); return; }
    if (v == (double)(long long)v && v < 9e15 && v > -9e15) snprintf(num, sizeof num, "%lld", (long long)v);
    else snprintf(num, sizeof num, "%.15g", v);
    luaL_addstring(b, num);
}

static void json_key(luaL_Buffer *b, const char *k, int first) {
    if (!first) luaL_addchar(b, ',');
    luaL_addchar(b, '"'); luaL_addstring(b, k); luaL_addstring(b, "\":");
}

static void json_opt_str(luaL_Buffer *b, const char *s) {
    if (s) json_str(b, s, strlen(s)); else luaL_addstring(b, "null");
}

static void json_span(luaL_Buffer *b, const dsc_span *s) {
    json_key(b, "line", 0); json_num(b, s->line);
    json_key(b, "col", 0); json_num(b, s->col);
    json_key(b, "byte", 0); json_num(b, s->byte);
    json_key(b, "len", 0); json_num(b, s->len);
}

static int doc_json(lua_State *L) {
    ldoc *ud = check_doc(L, 1);
    size_t flen = 0, i, j;
    const char *file = luaL_optlstring(L, 2, NULL, &flen);
    const dsc_doc *doc = ud->doc;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addchar(&b, '{');
    json_key(&b, "file", 1);
    if (file) json_str(&b, file, flen); else luaL_addstring(&b, "null");
    json_key(&b, "bytes", 0);
    json_num(&b, (double)dsc_doc_source_len(doc));
    json_key(&b, "entities", 0);
    luaL_addchar(&b, '[');
    for (i = 0; i < dsc_doc_entity_count(doc); i++) {
        const dsc_entity *e = dsc_doc_entity(doc, i);
        if (i) luaL_addchar(&b, ',');
        luaL_addchar(&b, '{');
        json_key(&b, "name", 1); json_str(&b, e->name, strlen(e->name));
        json_key(&b, "kind", 0); json_str(&b, dsc_entity_kind_name(e->kind), strlen(dsc_entity_kind_name(e->kind)));
        json_key(&b, "count", 0); json_num(&b, e->n_mentions);
        json_key(&b, "mentions", 0);
        luaL_addchar(&b, '[');
        for (j = 0; j < e->n_mentions; j++) {
            const dsc_mention *m = dsc_doc_entity_mention(doc, i, j);
            if (j) luaL_addchar(&b, ',');
            luaL_addchar(&b, '{');
            json_key(&b, "text", 1); json_str(&b, m->text, strlen(m->text));
            json_span(&b, &m->span);
            luaL_addchar(&b, '}');
        }
        luaL_addstring(&b, "]}");
    }
    luaL_addchar(&b, ']');
    json_key(&b, "claims", 0);
    luaL_addchar(&b, '[');
    for (i = 0; i < dsc_doc_claim_count(doc); i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        const char *kind = dsc_claim_kind_name(c->kind);
        if (i) luaL_addchar(&b, ',');
        luaL_addchar(&b, '{');
        json_key(&b, "text", 1); json_str(&b, c->text, c->text_len);
        json_span(&b, &c->span);
        json_key(&b, "kind", 0); json_str(&b, kind, strlen(kind));
        json_key(&b, "claimant", 0); json_opt_str(&b, c->claimant);
        json_key(&b, "claimant_type", 0); json_opt_str(&b, dsc_claimant_type_name(c->claimant_type));
        json_key(&b, "about", 0);
        luaL_addchar(&b, '[');
        for (j = 0; j < c->n_about; j++) {
            const char *name = dsc_doc_entity(doc, c->about[j])->name;
            if (j) luaL_addchar(&b, ',');
            json_str(&b, name, strlen(name));
        }
        luaL_addchar(&b, ']');
        json_key(&b, "hedged", 0); luaL_addstring(&b, c->hedged ? "true" : "false");
        json_key(&b, "quantities", 0);
        luaL_addchar(&b, '[');
        for (j = 0; j < c->n_quantities; j++) {
            const dsc_quantity *q = &c->quantities[j];
            const char *ql = dsc_qualifier_name(q->qualifier);
            if (j) luaL_addchar(&b, ',');
            luaL_addchar(&b, '{');
            json_key(&b, "text", 1);
            if (q->start + q->len <= c->text_len) json_str(&b, c->text + q->start, q->len);
            else luaL_addstring(&b, "null");
            json_key(&b, "value", 0); json_num(&b, q->value);
            if (q->qualifier == DSC_RANGE) { json_key(&b, "value_max", 0); json_num(&b, q->value_max); }
            json_key(&b, "unit", 0); json_str(&b, q->unit, strlen(q->unit));
            json_key(&b, "qualifier", 0); json_str(&b, ql, strlen(ql));
            json_key(&b, "kind", 0); json_opt_str(&b, dsc_quantity_kind_name(q->kind));
            if (q->currency[0]) { json_key(&b, "currency", 0); json_opt_str(&b, q->currency); }
            luaL_addchar(&b, '}');
        }
        luaL_addchar(&b, ']');
        json_key(&b, "why", 0);
        luaL_addchar(&b, '{');
        json_key(&b, "claim", 1); json_opt_str(&b, c->why.claim);
        json_key(&b, "claimant", 0); json_opt_str(&b, c->why.claimant);
        json_key(&b, "kind", 0); json_opt_str(&b, c->why.kind);
        json_key(&b, "hedge", 0); json_opt_str(&b, c->why.hedge);
        luaL_addchar(&b, '}');
        if (c->benchmark) {
            json_key(&b, "benchmark", 0); json_str(&b, c->benchmark, strlen(c->benchmark));
            json_key(&b, "best", 0); luaL_addstring(&b, c->best ? "true" : "false");
        }
        luaL_addchar(&b, '}');
    }
    luaL_addstring(&b, "]}");
    luaL_pushresult(&b);
    return 1;
}

/* ===================================================================== */
/* Dictionaries                                                           */
/* ===================================================================== */

static ldict *new_dict(lua_State *L, int builtin) {
    ldict *ud = compat_newuserdata(L, sizeof *ud);
    ud->d = NULL;
    luaL_getmetatable(L, DICT_T);
    lua_setmetatable(L, -2);
    ud->d = dsc_dict_new(builtin);
    if (!ud->d) luaL_error(L, "out of memory building the dictionary");
    return ud;
}

/* Adds opts.entities ({name=, kind=, aliases={}}) to d; raises on a bad one. */
static void add_entities(lua_State *L, dsc_dict *d, int t) {
    size_t i, n;
    lua_getfield(L, t, "entities");
    if (lua_isnil(L, -1)) { lua_pop(L, 1); return; }
    if (!lua_istable(L, -1)) luaL_error(L, "bad option 'entities' (table expected, got %s)", luaL_typename(L, -1));
    n = compat_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
        const char *name, *kind_s, *aliases[64];
        size_t na = 0, k, an;
        int kind;
        char err[200];
        lua_rawgeti(L, -1, (int)i);
        if (!lua_istable(L, -1)) luaL_error(L, "entities[%d]: table expected, got %s", (int)i, luaL_typename(L, -1));
        lua_getfield(L, -1, "name");
        name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!name) luaL_error(L, "entities[%d].name: string expected", (int)i);
        if (has_nul(L, -1)) luaL_error(L, "entities[%d].name: a NUL byte in the name", (int)i);
        lua_getfield(L, -2, "kind");
        kind_s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        kind = kind_s ? dsc_entity_kind_parse(kind_s, strlen(kind_s)) : -1;
        if (kind < 0)
            luaL_error(L, "entities[%d].kind: one of org, person, model, chip, product, place expected, got %s",
                       (int)i, kind_s ? kind_s : luaL_typename(L, -1));
        lua_getfield(L, -3, "aliases");
        if (!lua_isnil(L, -1)) {
            if (!lua_istable(L, -1)) luaL_error(L, "entities[%d].aliases: table expected", (int)i);
            an = compat_rawlen(L, -1);
            if (an > 64) luaL_error(L, "entities[%d].aliases: 64 at most", (int)i);
            for (k = 1; k <= an; k++) {
                lua_rawgeti(L, -1, (int)k);
                if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "entities[%d].aliases[%d]: string expected", (int)i, (int)k);
                if (has_nul(L, -1)) luaL_error(L, "entities[%d].aliases[%d]: a NUL byte in the alias", (int)i, (int)k);
                aliases[na++] = lua_tostring(L, -1);
                lua_pop(L, 1);   /* the string stays alive in the aliases table */
            }
        }
        if (dsc_dict_add(d, name, (dsc_entity_kind)kind, aliases, na, err, sizeof err) < 0)
            luaL_error(L, "entities[%d]: %s", (int)i, err);
        lua_pop(L, 4);
    }
    lua_pop(L, 1);
}

/* A dictionary's memory is malloc'd, out of the collector's sight (the
 * built-in one alone is about 1.7 MB): a step of garbage collection
 * counted as that much allocation keeps dictionaries made in a loop from
 * piling up between cycles. About 0.4 KiB per entry. */
static void account_dict(lua_State *L, const dsc_dict *d) {
    int kib = (int)(dsc_dict_size(d) * 2 / 5);
    if (kib > 0) lua_gc(L, LUA_GCSTEP, kib);
}

/* dsc_dict_load_tsv, but a NUL byte is an error ("line N: ..."): a name
 * would end at it, "Foo\0Bar" loaded as "Foo". */
static int load_tsv(dsc_dict *d, const char *s, size_t n, char *err, size_t errlen) {
    const char *nul = memchr(s, '\0', n), *p;
    size_t line = 1;
    if (!nul) return dsc_dict_load_tsv(d, s, n, err, errlen);
    for (p = s; (p = memchr(p, '\n', (size_t)(nul - p))) != NULL; p++) line++;
    snprintf(err, errlen, "line %lu: a NUL byte", (unsigned long)line);
    return -1;
}

/* core.dict([opts]) */
/* One entry of a lexicon table: word = "classes", or word = { "classes",
 * label = "..." } (either part may be left out of the table form). */
static void add_lexicon_entry(lua_State *L, dsc_dict *d) {
    char err[240];
    size_t wn, cn = 0, ln = 0;
    const char *w, *c = NULL, *l = NULL;
    int t = lua_type(L, -1);
    if (lua_type(L, -2) != LUA_TSTRING || (t != LUA_TSTRING && t != LUA_TTABLE))
        luaL_error(L, "lexicon: expected word = \"classes\" pairs of strings or word = { \"classes\", label = \"...\" }, "
                   "got %s = %s",
                   luaL_typename(L, -2), luaL_typename(L, -1));
    w = lua_tolstring(L, -2, &wn);
    if (t == LUA_TSTRING) c = lua_tolstring(L, -1, &cn);
    else {
        lua_rawgeti(L, -1, 1);
        lua_getfield(L, -2, "label");
        if ((!lua_isnil(L, -2) && lua_type(L, -2) != LUA_TSTRING) || (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING))
            luaL_error(L, "lexicon: %s: classes and label are strings (got %s, %s)", w, luaL_typename(L, -2),
                       luaL_typename(L, -1));
        if (!lua_isnil(L, -2)) c = lua_tolstring(L, -2, &cn);
        if (!lua_isnil(L, -1)) l = lua_tolstring(L, -1, &ln);
        lua_pop(L, 2);        /* the strings stay reachable from the table */
    }
    if (c && dsc_dict_lexicon_set(d, w, wn, c, cn, err, sizeof err) < 0) luaL_error(L, "lexicon: %s", err);
    if (l && dsc_dict_lexicon_label(d, w, wn, l, ln, err, sizeof err) < 0) luaL_error(L, "lexicon: %s", err);
}

/* opts.lexicon: the user's words over the built-in lexicon, as TSV text
 * ("word<TAB>classes[<TAB>label]" lines) or a table { word = "classes",
 * word = { "classes", label = "..." }, ... }. */
static void add_lexicon(lua_State *L, dsc_dict *d, int opts) {
    char err[240];
    lua_getfield(L, opts, "lexicon");
    if (lua_type(L, -1) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        if (dsc_dict_load_lexicon(d, s, n, err, sizeof err) < 0) luaL_error(L, "lexicon: %s", err);
    } else if (lua_type(L, -1) == LUA_TTABLE) {
        int t = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, t)) {
            add_lexicon_entry(L, d);
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1))
        luaL_error(L, "bad option 'lexicon' (string or table expected, got %s)", luaL_typename(L, -1));
    lua_pop(L, 1);
}

/* core.lexicon_classes(): { { name =, meaning = [, cased = true] }, ... },
 * the classes a word of the lexicon can carry, in their order, then the
 * cased ones (they hold a spelling: "Dr", not "dr"). */
static int l_lexicon_classes(lua_State *L) {
    int k;
    lua_createtable(L, LX_N_CLASSES + LXC_N_CLASSES, 0);
    for (k = 0; k < LX_N_CLASSES + LXC_N_CLASSES; k++) {
        int c = k >= LX_N_CLASSES;
        lua_createtable(L, 0, 3);
        set_str(L, "name", c ? dsc_lxc_class_names[k - LX_N_CLASSES] : dsc_lx_class_names[k]);
        set_str(L, "meaning", c ? dsc_lxc_class_meanings[k - LX_N_CLASSES] : dsc_lx_class_meanings[k]);
        if (c) { lua_pushboolean(L, 1); lua_setfield(L, -2, "cased"); }
        lua_rawseti(L, -2, k + 1);
    }
    return 1;
}

static int l_dict(lua_State *L) {
    int builtin = 1;
    ldict *ud;
    if (!lua_isnoneornil(L, 1)) {
        luaL_checktype(L, 1, LUA_TTABLE);
        builtin = opt_boolean_field(L, 1, "builtin", 1);
    }
    ud = new_dict(L, builtin);
    if (!lua_isnoneornil(L, 1)) {
        add_entities(L, ud->d, 1);
        lua_getfield(L, 1, "tsv");
        if (!lua_isnil(L, -1)) {
            size_t n;
            const char *s;
            char err[240];
            if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "bad option 'tsv' (string expected, got %s)", luaL_typename(L, -1));
            s = lua_tolstring(L, -1, &n);
            if (load_tsv(ud->d, s, n, err, sizeof err) < 0) luaL_error(L, "tsv: %s", err);
        }
        lua_pop(L, 1);
        add_lexicon(L, ud->d, 1);
    }
    dsc_dict_freeze(ud->d);
    account_dict(L, ud->d);
    return 1;
}

static int read_file(lua_State *L, const char *path) {
    FILE *f = fopen(path, "rb");
    luaL_Buffer b;
    char chunk[16384];
    size_t n;
    if (!f) { lua_pushnil(L); lua_pushfstring(L, "%s: %s", path, strerror(errno)); return 0; }
    luaL_buffinit(L, &b);
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) luaL_addlstring(&b, chunk, n);
    if (ferror(f)) {
        int e = errno;
        fclose(f);
        luaL_pushresult(&b);
        lua_pop(L, 1);
        lua_pushnil(L); lua_pushfstring(L, "%s: %s", path, strerror(e ? e : EIO));
        return 0;
    }
    fclose(f);
    luaL_pushresult(&b);
    return 1;
}

/* core.dict_file(path [, opts]) -> dict | nil, err */
static int l_dict_file(lua_State *L) {
    const char *path = check_cstring(L, 1, "path");
    int builtin = 1;
    ldict *ud;
    size_t n;
    const char *s;
    char err[240];
    if (!lua_isnoneornil(L, 2)) { luaL_checktype(L, 2, LUA_TTABLE); builtin = opt_boolean_field(L, 2, "builtin", 1); }
    if (!read_file(L, path)) return 2;
    s = lua_tolstring(L, -1, &n);
    ud = new_dict(L, builtin);
    if (load_tsv(ud->d, s, n, err, sizeof err) < 0) {
        lua_pushnil(L); lua_pushfstring(L, "%s: %s", path, err);
        return 2;
    }
    if (!lua_isnoneornil(L, 2)) add_lexicon(L, ud->d, 2);
    dsc_dict_freeze(ud->d);
    account_dict(L, ud->d);
    return 1;
}

/* Only ever called on dictionaries (the metatable is locked), and so not
 * checked against the registry's metatable: one left behind by an earlier
 * luaopen in the same state would not match and never be freed. */
static int dict_gc(lua_State *L) {
    ldict *ud = lua_touserdata(L, 1);
    if (ud) { dsc_dict_free(ud->d); ud->d = NULL; }
    return 0;
}

static int dict_len(lua_State *L) { push_count(L, dsc_dict_size(check_dict(L, 1)->d)); return 1; }

static int lookup_in(lua_State *L, int di, int ni) {
    size_t n;
    const char *s = luaL_checklstring(L, ni, &n);
    const dsc_dict *d = check_dict(L, di)->d;
    long e = dsc_dict_lookup(d, s, n);
    if (e < 0) lua_pushnil(L); else push_entry(L, d, (size_t)e);
    return 1;
}

static int dict_lookup(lua_State *L) { return lookup_in(L, 1, 2); }
static int l_lookup(lua_State *L) { int di; luaL_checkstring(L, 1); di = dict_arg(L, 2); return lookup_in(L, di, 1); }

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int names_in(lua_State *L, int di) {
    const dsc_dict *d = check_dict(L, di)->d;
    size_t i, n = 0, cap = 0, k, out = 0;
    const char **all;
    for (i = 0; i < dsc_dict_size(d); i++) {
        cap++;
        for (k = 0; dsc_dict_aliases(d, i)[k]; k++) cap++;
    }
    all = lua_newuserdata(L, (cap + 1) * sizeof *all);   /* scratch, collected */
    for (i = 0; i < dsc_dict_size(d); i++) {
        all[n++] = dsc_dict_name(d, i);
        for (k = 0; dsc_dict_aliases(d, i)[k]; k++) all[n++] = dsc_dict_aliases(d, i)[k];
    }
    qsort(all, n, sizeof *all, cmp_str);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        if (i && strcmp(all[i], all[i - 1]) == 0) continue;
        lua_pushstring(L, all[i]);
        lua_rawseti(L, -2, (int)++out);
    }
    return 1;
}

static int dict_names(lua_State *L) { return names_in(L, 1); }
static int l_names(lua_State *L) { return names_in(L, dict_arg(L, 1)); }

/* ===================================================================== */
/* Documents                                                              */
/* ===================================================================== */

/* Reads the parse options at oi (markdown, dict) into opt; returns the
 * index of the dictionary to parse with: di, or opts.dict (pushed). */
static int parse_options(lua_State *L, int di, int oi, dsc_options *opt) {
    check_dict(L, di);
    opt->markdown = 1;
    if (!lua_isnoneornil(L, oi)) {
        luaL_checktype(L, oi, LUA_TTABLE);
        opt->markdown = opt_boolean_field(L, oi, "markdown", 1);
        lua_getfield(L, oi, "dict");
        if (!lua_isnil(L, -1)) { check_dict(L, lua_gettop(L)); di = lua_gettop(L); }
        else lua_pop(L, 1);
    }
    return di;
}

/* A new, empty document userdata for a parse with the dictionary at di,
 * which lives as long as the document (keep[doc] = dict). Made before
 * the parse, so a failed allocation here never loses a document. */
static ldoc *new_doc(lua_State *L, int di) {
    ldoc *ud = compat_newuserdata(L, sizeof *ud);
    ud->doc = NULL; ud->d = check_dict(L, di)->d;
    luaL_getmetatable(L, DOC_T);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_pushvalue(L, di);
    lua_rawset(L, UP_KEEP);
    return ud;
}

/* Parses text with the dictionary at index di and options at oi. */
static int parse_with(lua_State *L, int di, const char *text, size_t n, int oi) {
    dsc_options opt;
    ldoc *ud;
    di = parse_options(L, di, oi, &opt);
    ud = new_doc(L, di);
    ud->doc = dsc_parse(ud->d, text, n, &opt);
    if (!ud->doc) return luaL_error(L, "out of memory parsing %d bytes", (int)n);
    return 1;
}

static int l_parse(lua_State *L) {
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    int di;
    lua_settop(L, 2);                        /* the options stay at 2 */
    lua_pushvalue(L, UP_DEFAULT_DICT);
    di = lua_gettop(L);
    return parse_with(L, di, s, n, 2);
}

static int dict_parse(lua_State *L) {
    size_t n;
    const char *s;
    check_dict(L, 1);
    s = luaL_checklstring(L, 2, &n);
    lua_settop(L, 3);
    return parse_with(L, 1, s, n, 3);
}

static int l_parse_file(lua_State *L) {
    const char *path = check_cstring(L, 1, "path");
    size_t n;
    const char *s;
    int di, ti;
    lua_settop(L, 2);
    if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
    if (!read_file(L, path)) return 2;
    ti = lua_gettop(L);
    s = lua_tolstring(L, ti, &n);
    lua_pushvalue(L, UP_DEFAULT_DICT);
    di = lua_gettop(L);
    return parse_with(L, di, s, n, 2);
}

static int doc_gc(lua_State *L) {
    ldoc *ud = luaL_checkudata(L, 1, DOC_T);
    dsc_doc_free(ud->doc);
    ud->doc = NULL;
    return 0;
}

static int doc_len(lua_State *L) { push_count(L, dsc_doc_claim_count(check_doc(L, 1)->doc)); return 1; }

static int doc_claims(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t i, n = dsc_doc_claim_count(doc);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) { push_claim(L, doc, dsc_doc_claim(doc, i)); lua_rawseti(L, -2, (int)i + 1); }
    return 1;
}

static int doc_entities(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t i, n = dsc_doc_entity_count(doc);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) { push_entity(L, doc, i); lua_rawseti(L, -2, (int)i + 1); }
    return 1;
}

static int doc_mentions(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t i, n = dsc_doc_mention_count(doc);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) { push_mention(L, doc, dsc_doc_mention(doc, i)); lua_rawseti(L, -2, (int)i + 1); }
    return 1;
}

static int doc_sentences(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t i, n = dsc_doc_sentence_count(doc);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        const dsc_sentence *s = dsc_doc_sentence(doc, i);
        lua_createtable(L, 0, 8);
        push_span(L, &s->span);
        lua_pushlstring(L, s->text, s->text_len); lua_setfield(L, -2, "text");
        lua_pushboolean(L, s->heading); lua_setfield(L, -2, "heading");
        if (s->not_claim) { lua_pushstring(L, s->not_claim); lua_setfield(L, -2, "not_claim"); }
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 1;
}

static uint32_t check_pos(lua_State *L, int i) {
    lua_Number v = luaL_checknumber(L, i);
    if (v < 1 || v > 4294967295.0) return 0;   /* out of range: no mention */
    return (uint32_t)v;
}

static int doc_at(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    uint32_t line = check_pos(L, 2), col = check_pos(L, 3);
    const dsc_mention *m = dsc_doc_mention_at(doc, line, col);
    if (!m) lua_pushnil(L); else push_mention(L, doc, m);
    return 1;
}

static int doc_entity(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    long e = dsc_doc_find_entity(doc, s, n);
    if (e < 0) lua_pushnil(L); else push_entity(L, doc, (size_t)e);
    return 1;
}

static int doc_about(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t n, i, out = 0;
    const char *s = luaL_checklstring(L, 2, &n);
    long e = dsc_doc_find_entity(doc, s, n);
    lua_newtable(L);
    if (e < 0) return 1;
    for (i = 0; i < dsc_doc_claim_count(doc); i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        uint32_t k;
        for (k = 0; k < c->n_about; k++) {
            if (c->about[k] == (uint32_t)e) {
                push_claim(L, doc, c);
                lua_rawseti(L, -2, (int)++out);
                break;
            }
        }
    }
    return 1;
}

/* ===================================================================== */
/* Corpus scans                                                           */
/* ===================================================================== */

#define SCAN_T   "deepseek_claims.scan"
#define CORPUS_T "deepseek_claims.corpus"

typedef struct { dsc_scan *s; const dsc_dict *d; } lscan;
typedef struct { dsc_corpus *c; const dsc_dict *d; } lcorpus;

static lscan *check_scan(lua_State *L, int i) {
    lscan *ud = luaL_checkudata(L, i, SCAN_T);
    if (!ud->s) luaL_argerror(L, i, "scan already freed");
    return ud;
}

static lcorpus *check_corpus(lua_State *L, int i) {
    lcorpus *ud = luaL_checkudata(L, i, CORPUS_T);
    if (!ud->c) luaL_argerror(L, i, "corpus already freed");
    return ud;
}

/* opts.name at index t (the argument arg) if set: a whole number from lo
 * to hi, else an argument error naming it. def when nil. */
static double opt_whole_field(lua_State *L, int arg, int t, const char *name, double lo, double hi,
                              const char *range, double def) {
    double v = def;
    lua_getfield(L, t, name);
    if (!lua_isnil(L, -1)) {
        int number = lua_type(L, -1) == LUA_TNUMBER;
        v = number ? (double)lua_tonumber(L, -1) : 0;
        if (!number || v != v || v < lo || v > hi || v != (double)(long long)v) {
            const char *got = !number ? luaL_typename(L, -1) : v != v ? "nan" : lua_tostring(L, -1);
            arg_error(L, arg, lua_pushfstring(L, "opts.%s: a whole number %s expected, got %s", name, range, got));
        }
    }
    lua_pop(L, 1);
    return v;
}

/* The paths of core.scan at argument arg: a string or a list of strings
 * (256 at most). */
static size_t scan_paths(lua_State *L, int arg, const char **paths, size_t cap) {
    size_t n = 0, i;
    if (lua_type(L, arg) == LUA_TSTRING) { paths[n++] = check_cstring(L, arg, "path"); return n; }
    luaL_checktype(L, arg, LUA_TTABLE);
    for (i = 1; i <= compat_rawlen(L, arg); i++) {
        size_t len;
        lua_rawgeti(L, arg, (int)i);
        if (lua_type(L, -1) != LUA_TSTRING) arg_error(L, arg, lua_pushfstring(L, "paths[%d]: string expected", (int)i));
        if (n == cap) arg_error(L, arg, lua_pushfstring(L, "%d paths at most", (int)cap));
        paths[n] = lua_tolstring(L, -1, &len);    /* kept alive by the table */
        if (memchr(paths[n], '\0', len)) arg_error(L, arg, lua_pushfstring(L, "paths[%d]: a NUL byte in the path", (int)i));
        n++;
        lua_pop(L, 1);
    }
    if (n == 0) luaL_argerror(L, arg, "no path to scan");
    return n;
}

/* opts.extensions at index t: a list of strings, the dot optional. */
static size_t scan_extensions(lua_State *L, int t, const char **exts, size_t cap) {
    size_t ne = 0, i;
    luaL_checktype(L, t, LUA_TTABLE);
    for (i = 1; i <= compat_rawlen(L, t) && ne < cap; i++) {
        size_t len;
        lua_rawgeti(L, t, (int)i);
        if (lua_type(L, -1) != LUA_TSTRING) arg_error(L, 2, lua_pushfstring(L, "opts.extensions[%d]: string expected", (int)i));
        exts[ne] = lua_tolstring(L, -1, &len);
        if (memchr(exts[ne], '\0', len)) arg_error(L, 2, lua_pushfstring(L, "opts.extensions[%d]: a NUL byte", (int)i));
        if (exts[ne][0] == '.') exts[ne]++;
        ne++;
        lua_pop(L, 1);
    }
    return ne;
}

/* opts.cache (a cache file path) and opts.restore (with a cache: the
 * corpus as the cache holds it, no walk, no parse). The path string stays
 * on the stack until the scan has copied it. */
static void scan_cache_opts(lua_State *L, dsc_scan_options *o) {
    lua_getfield(L, 2, "cache");
    if (!lua_isnil(L, -1)) {
        size_t n;
        if (lua_type(L, -1) != LUA_TSTRING) arg_error(L, 2, lua_pushfstring(L, "opts.cache: a file path expected, got %s", luaL_typename(L, -1)));
        o->cache = lua_tolstring(L, -1, &n);
        if (n == 0 || memchr(o->cache, '\0', n)) arg_error(L, 2, "opts.cache: a file path expected, without NUL bytes");
    }
    o->restore = opt_boolean_field(L, 2, "restore", 0);
    if (o->restore && !o->cache) arg_error(L, 2, "opts.restore needs opts.cache");
}

/* core.scan(paths [, opts]): paths is a string or a list of strings;
 * opts.jobs, opts.max_bytes, opts.extensions ({"md", ...}), opts.markdown
 * (default true: every file is cleaned as markdown), opts.dict. */
static int l_scan(lua_State *L) {
    const char *paths[256], *exts[32];
    size_t n;
    dsc_scan_options o;
    lscan *ud;
    int di;
    memset(&o, 0, sizeof o);
    lua_settop(L, 2);
    n = scan_paths(L, 1, paths, sizeof paths / sizeof paths[0]);
    lua_pushvalue(L, UP_DEFAULT_DICT);
    di = lua_gettop(L);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        o.jobs = (unsigned)opt_whole_field(L, 2, 2, "jobs", 1, 64, "from 1 to 64", 0);
        o.max_file_bytes = (size_t)opt_whole_field(L, 2, 2, "max_bytes", 1, 9007199254740992.0, ">= 1", 0);
        lua_getfield(L, 2, "extensions");
        if (!lua_isnil(L, -1)) {
            o.n_extensions = scan_extensions(L, lua_gettop(L), exts, sizeof exts / sizeof exts[0]);
            o.extensions = exts;
        }
        o.plain = !opt_boolean_field(L, 2, "markdown", 1);
        lua_getfield(L, 2, "dict");
        if (!lua_isnil(L, -1)) { check_dict(L, -1); di = lua_gettop(L); }
        scan_cache_opts(L, &o);
    }
    ud = compat_newuserdata(L, sizeof *ud);
    ud->s = NULL; ud->d = check_dict(L, di)->d;
    luaL_getmetatable(L, SCAN_T);
    lua_setmetatable(L, -2);
    ud->s = dsc_scan_start(ud->d, paths, n, &o);    /* copies paths and extensions */
    if (!ud->s) return luaL_error(L, "could not start the scan (out of memory or threads)");
    lua_pushvalue(L, -1); lua_pushvalue(L, di); lua_rawset(L, UP_KEEP);
    return 1;
}

/* What a finished scan did with its cache: cache = "used" | "missing" |
 * "ignored" (cache_why: why), cache_written = true, cache_error. */
static void push_cache_report(lua_State *L, dsc_scan *s) {
    static const char *const reads[] = { NULL, "missing", "used", "ignored" };
    dsc_cache_report r;
    dsc_scan_cache_report(s, &r);
    if (r.read == DSC_CACHE_OFF) return;
    set_str(L, "cache", reads[r.read]);
    if (r.read == DSC_CACHE_IGNORED) set_str(L, "cache_why", r.why);
    lua_pushboolean(L, r.wrote == 1); lua_setfield(L, -2, "cache_written");
    if (r.wrote < 0) set_str(L, "cache_error", r.why);
}

static int scan_poll(lua_State *L) {
    dsc_progress p;
    dsc_scan_progress(check_scan(L, 1)->s, &p);
    lua_createtable(L, 0, 8);
    set_count(L, "files_done", p.files_done);
    set_count(L, "files_total", p.files_total);
    set_count(L, "files_skipped", p.files_skipped);
    set_count(L, "bytes", p.bytes);
    set_count(L, "errors", p.errors);
    lua_pushboolean(L, p.listing_done); lua_setfield(L, -2, "listing_done");
    lua_pushboolean(L, p.finished); lua_setfield(L, -2, "done");
    lua_pushboolean(L, p.cancelled); lua_setfield(L, -2, "cancelled");
    set_count(L, "cached", p.files_cached);
    if (p.finished) push_cache_report(L, check_scan(L, 1)->s);
    return 1;
}

static int scan_cancel(lua_State *L) { dsc_scan_cancel(check_scan(L, 1)->s); return 0; }

/* job:result(): the corpus once the scan is done, else nil. Blocking
 * variant: job:wait(). The corpus is made once and cached. */
static int scan_result_impl(lua_State *L, int block) {
    lscan *ud = check_scan(L, 1);
    dsc_progress p;
    lcorpus *c;
    lua_pushvalue(L, 1);
    lua_rawget(L, UP_KEEP);                  /* keep[job] = dict, or {dict, corpus} */
    if (lua_istable(L, -1)) { lua_rawgeti(L, -1, 2); return 1; }
    dsc_scan_progress(ud->s, &p);
    if (!p.finished && !block) { lua_pushnil(L); return 1; }
    c = compat_newuserdata(L, sizeof *c);
    c->c = NULL; c->d = ud->d;
    luaL_getmetatable(L, CORPUS_T);
    lua_setmetatable(L, -2);
    c->c = dsc_scan_take(ud->s);
    if (!c->c) return luaL_error(L, "out of memory collecting the corpus");
    /* keep[corpus] = dict; keep[job] = {dict, corpus} */
    lua_pushvalue(L, -1); lua_pushvalue(L, -3); lua_rawset(L, UP_KEEP);
    lua_pushvalue(L, 1);
    lua_createtable(L, 2, 0);
    lua_pushvalue(L, -4); lua_rawseti(L, -2, 1);
    lua_pushvalue(L, -3); lua_rawseti(L, -2, 2);
    lua_rawset(L, UP_KEEP);
    return 1;
}

static int scan_result(lua_State *L) { return scan_result_impl(L, 0); }
static int scan_wait(lua_State *L) { return scan_result_impl(L, 1); }

static int scan_gc(lua_State *L) {
    lscan *ud = luaL_checkudata(L, 1, SCAN_T);
    dsc_scan_free(ud->s);                    /* cancels and joins */
    ud->s = NULL;
    return 0;
}

static int scan_len(lua_State *L) {
    dsc_progress p;
    dsc_scan_progress(check_scan(L, 1)->s, &p);
    push_count(L, p.files_done);
    return 1;
}

static int scan_tostring(lua_State *L) {
    lscan *ud = luaL_checkudata(L, 1, SCAN_T);
    lua_pushstring(L, ud->s ? "deepseek_claims.scan" : "deepseek_claims.scan (freed)");
    return 1;
}

static void push_corpus_claim(lua_State *L, const dsc_corpus_file *f, dsc_corpus_claim *c) {
    const char *name;
    dsc_quantity q;
    int k = 0;
    lua_createtable(L, 0, 14);
    set_str(L, "file", f->path);
    push_span(L, &c->span);
    lua_pushlstring(L, c->text, c->text_len); lua_setfield(L, -2, "text");
    set_str(L, "kind", dsc_claim_kind_name(c->kind));
    if (c->claimant) set_str(L, "claimant", c->claimant);
    set_str(L, "claimant_type", dsc_claimant_type_name(c->claimant_type));
    lua_pushboolean(L, c->hedged); lua_setfield(L, -2, "hedged");
    push_why(L, &c->why);
    lua_createtable(L, (int)c->n_about, 0);
    while ((name = dsc_corpus_next_about(&c->about)) != NULL) { lua_pushstring(L, name); lua_rawseti(L, -2, ++k); }
    lua_setfield(L, -2, "about");
    lua_createtable(L, (int)c->n_quantities, 0);
    for (k = 0; dsc_corpus_next_quantity(&c->quantities, &q); ) {
        push_quantity(L, c->text, c->text_len, &q);
        lua_rawseti(L, -2, ++k);
    }
    lua_setfield(L, -2, "quantities");
    push_table_fields(L, c->benchmark, c->best);
}

static int corpus_files(lua_State *L) {
    const dsc_corpus *c = check_corpus(L, 1)->c;
    size_t i, n = dsc_corpus_file_count(c);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        const dsc_corpus_file *f = dsc_corpus_file_at(c, i);
        lua_createtable(L, 0, 5);
        set_str(L, "path", f->path);
        set_count(L, "bytes", f->bytes);
        set_count(L, "claims", f->n_claims);
        set_count(L, "entities", f->n_entities);
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 1;
}

/* corpus:skipped(): every path the scan did not read, sorted by path:
 * { path, reason, error = true when it could not be read }. */
static int corpus_skipped(lua_State *L) {
    const dsc_corpus *c = check_corpus(L, 1)->c;
    size_t i, n = dsc_corpus_skipped_count(c);
    lua_createtable(L, (int)n, 0);
    for (i = 0; i < n; i++) {
        const dsc_corpus_skip *k = dsc_corpus_skipped_at(c, i);
        lua_createtable(L, 0, 3);
        set_str(L, "path", k->path);
        set_str(L, "reason", k->reason);
        if (k->error) { lua_pushboolean(L, 1); lua_setfield(L, -2, "error"); }
        lua_rawseti(L, -2, (int)i + 1);
    }
    return 1;
}

/* corpus:file_entities(i): the entities of the i-th file (1-based, as in
 * corpus:files()): { name, kind, count, first = span }. A corpus keeps each
 * file's first mention only, so memory grows with entities, not mentions. */
static int corpus_file_entities(lua_State *L) {
    const dsc_corpus *c = check_corpus(L, 1)->c;
    lua_Integer i = luaL_checkinteger(L, 2);
    const dsc_corpus_file *f;
    dsc_corpus_cursor cur;
    dsc_corpus_entity e;
    int j = 0;
    luaL_argcheck(L, i >= 1 && (size_t)i <= dsc_corpus_file_count(c), 2, "no file at that index");
    f = dsc_corpus_file_at(c, (size_t)i - 1);
    cur = dsc_corpus_entities(f);
    lua_createtable(L, (int)f->n_entities, 0);
    while (dsc_corpus_next_entity(&cur, &e)) {
        lua_createtable(L, 0, 4);
        set_str(L, "name", e.name);
        set_str(L, "kind", dsc_entity_kind_name(e.kind));
        set_count(L, "count", e.count);
        lua_createtable(L, 0, 6);
        push_span(L, &e.first);
        lua_setfield(L, -2, "first");
        lua_rawseti(L, -2, ++j);
    }
    return 1;
}

/* Whether one of f's entities is called name: claims are only about those. */
static int file_names(const dsc_corpus_file *f, const char *name) {
    dsc_corpus_cursor cur = dsc_corpus_entities(f);
    dsc_corpus_entity e;
    while (dsc_corpus_next_entity(&cur, &e)) if (strcmp(e.name, name) == 0) return 1;
    return 0;
}

static int claim_is_about(dsc_corpus_claim c, const char *name) {
    const char *a;
    while ((a = dsc_corpus_next_about(&c.about)) != NULL) if (strcmp(a, name) == 0) return 1;
    return 0;
}

/* The canonical name of name (an alias or itself). */
static const char *canonical(const lcorpus *ud, const char *name) {
    long e = dsc_dict_lookup(ud->d, name, strlen(name));
    return e >= 0 ? dsc_dict_name(ud->d, (size_t)e) : name;
}

/* Claims of the corpus; with a name, only those about it (alias or canonical). */
static int corpus_claims_about(lua_State *L, const char *name) {
    lcorpus *ud = check_corpus(L, 1);
    size_t i;
    int out = 0;
    if (name) name = canonical(ud, name);
    lua_newtable(L);
    for (i = 0; i < dsc_corpus_file_count(ud->c); i++) {
        const dsc_corpus_file *f = dsc_corpus_file_at(ud->c, i);
        dsc_corpus_cursor cur = dsc_corpus_claims(f);
        dsc_corpus_claim c;
        if (name && !file_names(f, name)) continue;
        while (dsc_corpus_next_claim(&cur, &c)) {
            if (name && !claim_is_about(c, name)) continue;
            push_corpus_claim(L, f, &c);
            lua_rawseti(L, -2, ++out);
        }
    }
    return 1;
}

static int corpus_claims(lua_State *L) { return corpus_claims_about(L, NULL); }
/* A name with a NUL byte names no entity: none of the claims are about it. */
static int corpus_about(lua_State *L) {
    const char *name = luaL_checkstring(L, 2);
    check_corpus(L, 1);
    if (has_nul(L, 2)) { lua_newtable(L); return 1; }
    return corpus_claims_about(L, name);
}

/* ===================================================================== */
/* Claims by steps (an editor's main loop asks a few milliseconds a turn)   */
/* ===================================================================== */

#define CURSOR_T "deepseek_claims.corpus_cursor"

/* Where a walk over the corpus's claims stands: the next file to look at,
 * and the claims left in the one open. The cursor keeps its corpus alive
 * (keep[cursor] = corpus), so the bodies its position points into stay. */
typedef struct {
    size_t file;              /* the next file to open */
    int open, done;
    const dsc_corpus_file *f; /* the file open */
    dsc_corpus_cursor cur;    /* its claims not read yet */
    char *name;               /* canonical; NULL: every claim */
} lcursor;

static lcursor *check_cursor(lua_State *L, int i) {
    return luaL_checkudata(L, i, CURSOR_T);
}

/* corpus:cursor([name]): the claims corpus:about(name) (corpus:claims()
 * without a name) returns, in the same order, handed out by cursor:next(). */
static int corpus_cursor(lua_State *L) {
    lcorpus *ud = check_corpus(L, 1);
    const char *name = lua_isnoneornil(L, 2) ? NULL : luaL_checkstring(L, 2);
    lcursor *cu;
    int nul = name && has_nul(L, 2);
    if (name) name = canonical(ud, name);
    cu = compat_newuserdata(L, sizeof *cu);
    memset(cu, 0, sizeof *cu);
    luaL_getmetatable(L, CURSOR_T);
    lua_setmetatable(L, -2);
    cu->done = nul;                           /* a name with a NUL byte names no entity */
    if (name && !nul && !(cu->name = malloc(strlen(name) + 1))) return luaL_error(L, "out of memory");
    if (cu->name) strcpy(cu->name, name);
    lua_pushvalue(L, -1); lua_pushvalue(L, 1); lua_rawset(L, UP_KEEP);
    return 1;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* One step of a cursor over corpus c: opens the next file, or reads one
 * claim of the file open (pushed into the list at t when it counts). 0
 * once every file is done. */
static int cursor_step(lua_State *L, lcursor *cu, const dsc_corpus *c, int t, int *out) {
    dsc_corpus_claim cl;
    if (!cu->open) {
        if (cu->file >= dsc_corpus_file_count(c)) return cu->done = 1, 0;
        cu->f = dsc_corpus_file_at(c, cu->file++);
        /* a file that does not name it holds no claim about it: its claims
         * are not decoded (nor, restored from a cache, read from disk) */
        if (cu->name && !file_names(cu->f, cu->name)) return 1;
        cu->cur = dsc_corpus_claims(cu->f);
        cu->open = 1;
        return 1;
    }
    if (!dsc_corpus_next_claim(&cu->cur, &cl)) return cu->open = 0, 1;
    if (cu->name && !claim_is_about(cl, cu->name)) return 1;
    push_corpus_claim(L, cu->f, &cl);
    lua_rawseti(L, t, ++*out);
    return 1;
}

/* cursor:next([max [, ms]]): the next claims, at most max (default 1000),
 * with the work stopped after about ms milliseconds (default: no limit):
 * a list, empty when the time ran out before a claim was found; nil once
 * there are no more. A restored file's claims are read from the cache
 * within that time too. */
static int cursor_next(lua_State *L) {
    lcursor *cu = check_cursor(L, 1);
    lua_Integer max = luaL_optinteger(L, 2, 1000);
    double ms = luaL_optnumber(L, 3, -1), until;
    lcorpus *co;
    int t, out = 0;
    luaL_argcheck(L, max >= 1, 2, "at least 1 claim expected");
    if (cu->done) { lua_pushnil(L); return 1; }
    lua_pushvalue(L, 1);
    lua_rawget(L, UP_KEEP);
    co = check_corpus(L, -1);
    until = ms >= 0 ? now_ms() + ms : -1;
    lua_newtable(L);
    t = lua_gettop(L);
    while (out < max && cursor_step(L, cu, co->c, t, &out))
        if (until >= 0 && now_ms() >= until) break;
    if (out == 0 && cu->done) lua_pushnil(L);
    return 1;
}

static int cursor_gc(lua_State *L) {
    lcursor *cu = luaL_checkudata(L, 1, CURSOR_T);
    free(cu->name);
    cu->name = NULL;
    cu->done = 1;
    return 0;
}

static int cursor_len(lua_State *L) { push_count(L, check_cursor(L, 1)->file); return 1; }

static int cursor_tostring(lua_State *L) {
    lua_pushfstring(L, "deepseek_claims.corpus_cursor (%d files looked at)", (int)check_cursor(L, 1)->file);
    return 1;
}

/* Entities over all files: {name, kind, count, files}, in order of first mention. */
static int corpus_entities(lua_State *L) {
    const dsc_corpus *c = check_corpus(L, 1)->c;
    size_t i;
    int t;
    lua_newtable(L);                         /* name -> entity table */
    t = lua_gettop(L);
    lua_newtable(L);                         /* the list */
    for (i = 0; i < dsc_corpus_file_count(c); i++) {
        dsc_corpus_cursor cur = dsc_corpus_entities(dsc_corpus_file_at(c, i));
        dsc_corpus_entity ent;
        while (dsc_corpus_next_entity(&cur, &ent)) {
            const dsc_corpus_entity *e = &ent;
            lua_getfield(L, t, e->name);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                lua_createtable(L, 0, 4);
                set_str(L, "name", e->name);
                set_str(L, "kind", dsc_entity_kind_name(e->kind));
                set_count(L, "count", 0);
                set_count(L, "files", 0);
                lua_pushvalue(L, -1); lua_setfield(L, t, e->name);
                lua_pushvalue(L, -1); lua_rawseti(L, t + 1, (int)compat_rawlen(L, t + 1) + 1);
            }
            {
                size_t count, files;
                lua_getfield(L, -1, "count");
                count = (size_t)lua_tonumber(L, -1);
                lua_getfield(L, -2, "files");
                files = (size_t)lua_tonumber(L, -1);
                lua_pop(L, 2);
                set_count(L, "count", count + e->count);
                set_count(L, "files", files + 1);
            }
            lua_pop(L, 1);
        }
    }
    return 1;
}

static int corpus_len(lua_State *L) { push_count(L, dsc_corpus_file_count(check_corpus(L, 1)->c)); return 1; }

static int corpus_gc(lua_State *L) {
    lcorpus *ud = luaL_checkudata(L, 1, CORPUS_T);
    dsc_corpus_free(ud->c);
    ud->c = NULL;
    return 0;
}

static int corpus_tostring(lua_State *L) {
    lcorpus *ud = luaL_checkudata(L, 1, CORPUS_T);
    if (!ud->c) lua_pushliteral(L, "deepseek_claims.corpus (freed)");
    else lua_pushfstring(L, "deepseek_claims.corpus (%d files)", (int)dsc_corpus_file_count(ud->c));
    return 1;
}

/* core.cache_path(dir, paths): the cache file of a scan of paths (a string
 * or a list, as core.scan takes them) in folder dir. */
static int l_cache_path(lua_State *L) {
    const char *paths[256], *dir;
    size_t n;
    char *p;
    dir = check_cstring(L, 1, "folder");
    n = scan_paths(L, 2, paths, sizeof paths / sizeof paths[0]);
    if (!(p = dsc_cache_path(dir, paths, n))) return luaL_error(L, "out of memory");
    lua_pushstring(L, p);
    free(p);
    return 1;
}

static const luaL_Reg scan_methods[] = {
    {"poll", scan_poll}, {"cancel", scan_cancel}, {"result", scan_result}, {"wait", scan_wait},
    {NULL, NULL}
};

static const luaL_Reg corpus_methods[] = {
    {"files", corpus_files}, {"file_entities", corpus_file_entities}, {"skipped", corpus_skipped},
    {"claims", corpus_claims}, {"about", corpus_about}, {"cursor", corpus_cursor},
    {"entities", corpus_entities}, {NULL, NULL}
};

static const luaL_Reg cursor_methods[] = {
    {"next", cursor_next}, {NULL, NULL}
};

/* ===================================================================== */
/* Parses on a thread (for an editor that must never wait)                */
/* ===================================================================== */

#define JOB_T "deepseek_claims.parse_job"

typedef struct { dsc_parse_job *j; size_t n; int cancelled, taken; } ljob;

static ljob *check_job(lua_State *L, int i) {
    ljob *ud = luaL_checkudata(L, i, JOB_T);
    if (!ud->j) luaL_argerror(L, i, "parse job already freed");
    return ud;
}

/* The text at index 1 as one malloc'd block: a string, or a list of lines
 * joined with "\n" (what nvim_buf_get_lines gives, without making the
 * joined string in Lua first). NULL: out of memory. */
static char *job_text(lua_State *L, size_t *n) {
    size_t i, k, len = 0, lines;
    const char *s;
    char *buf;
    if (lua_type(L, 1) != LUA_TTABLE) {
        s = luaL_checklstring(L, 1, n);
        buf = malloc(*n ? *n : 1);
        if (buf && *n) memcpy(buf, s, *n);
        return buf;
    }
    lines = compat_rawlen(L, 1);
    for (i = 1; i <= lines; i++) {
        lua_rawgeti(L, 1, (int)i);
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "bad argument #1 to 'parse_async' (lines[%d]: string expected, got %s)", (int)i, luaL_typename(L, -1));
        len += compat_rawlen(L, -1) + (i > 1);
        lua_pop(L, 1);
    }
    if (!(buf = malloc(len ? len : 1))) return NULL;
    for (i = 1, k = 0; i <= lines; i++) {
        size_t m;
        lua_rawgeti(L, 1, (int)i);
        s = lua_tolstring(L, -1, &m);
        if (i > 1) buf[k++] = '\n';
        memcpy(buf + k, s, m);
        k += m;
        lua_pop(L, 1);
    }
    *n = len;
    return buf;
}

/* core.parse_async(text [, opts]) -> job: parses a copy of text (a string,
 * or a list of lines joined with "\n") on a thread of its own (options as
 * core.parse). The thread never touches the Lua state; keep[job] = dict
 * keeps the dictionary alive while it runs, and __gc waits for the thread
 * before freeing anything. */
static int l_parse_async(lua_State *L) {
    size_t n = 0;
    char *text;
    dsc_options opt;
    ljob *ud;
    int di;
    lua_settop(L, 2);
    if (lua_type(L, 1) != LUA_TTABLE) luaL_checkstring(L, 1);
    lua_pushvalue(L, UP_DEFAULT_DICT);
    di = parse_options(L, lua_gettop(L), 2, &opt);
    ud = compat_newuserdata(L, sizeof *ud);
    ud->j = NULL; ud->n = 0; ud->cancelled = ud->taken = 0;
    luaL_getmetatable(L, JOB_T);
    lua_setmetatable(L, -2);
    if (!(text = job_text(L, &n))) return luaL_error(L, "out of memory copying %d bytes", (int)n);
    ud->n = n;
    ud->j = dsc_parse_job_adopt(check_dict(L, di)->d, text, n, &opt);
    if (!ud->j) return luaL_error(L, "out of memory starting a parse of %d bytes", (int)n);
    lua_pushvalue(L, -1); lua_pushvalue(L, di); lua_rawset(L, UP_KEEP);
    return 1;
}

/* job:done(): true once the parse has ended; never blocks. */
static int job_done(lua_State *L) {
    lua_pushboolean(L, dsc_parse_job_done(check_job(L, 1)->j));
    return 1;
}

/* job:fd(): a file descriptor that becomes readable when the parse ends
 * (for uv.new_poll); the job closes it, so stop watching before dropping
 * the job. nil, message when no pipe can be made. */
static int job_fd(lua_State *L) {
    int fd = dsc_parse_job_fd(check_job(L, 1)->j);
    if (fd < 0) { lua_pushnil(L); lua_pushstring(L, strerror(errno)); return 2; }
    push_count(L, fd);
    return 1;
}

/* job:take() -> doc, ms once the parse has ended (nil while it runs);
 * job:wait() blocks until then. The document is handed over once: after
 * that, or after job:cancel(), both return nil and why. */
static int job_take_impl(lua_State *L, int block) {
    ljob *ud = check_job(L, 1);
    ldoc *doc;
    double ms = 0;
    int di;
    if (ud->taken || ud->cancelled) {
        lua_pushnil(L);
        lua_pushstring(L, ud->taken ? "already taken" : "cancelled");
        return 2;
    }
    if (!block && !dsc_parse_job_done(ud->j)) { lua_pushnil(L); return 1; }
    lua_pushvalue(L, 1);
    lua_rawget(L, UP_KEEP);                  /* the dictionary it parsed with */
    di = lua_gettop(L);
    doc = new_doc(L, di);
    doc->doc = dsc_parse_job_take(ud->j, &ms);
    ud->taken = 1;
    if (!doc->doc) return luaL_error(L, "out of memory parsing %d bytes", (int)ud->n);
    lua_pushnumber(L, ms);
    return 2;
}

static int job_take(lua_State *L) { return job_take_impl(L, 0); }
static int job_wait(lua_State *L) { return job_take_impl(L, 1); }

/* job:cancel(): the document is dropped instead of handed over. Never
 * blocks: the thread finishes its parse and frees it. */
static int job_cancel(lua_State *L) {
    ljob *ud = check_job(L, 1);
    if (!ud->taken) dsc_parse_job_cancel(ud->j);
    ud->cancelled = !ud->taken;
    return 0;
}

static int job_gc(lua_State *L) {
    ljob *ud = luaL_checkudata(L, 1, JOB_T);
    dsc_parse_job_free(ud->j);               /* joins a running thread */
    ud->j = NULL;
    return 0;
}

static int job_len(lua_State *L) { push_count(L, check_job(L, 1)->n); return 1; }

static int job_tostring(lua_State *L) {
    ljob *ud = luaL_checkudata(L, 1, JOB_T);
    const char *st = !ud->j ? "freed" : ud->taken ? "taken" : ud->cancelled ? "cancelled"
                   : dsc_parse_job_done(ud->j) ? "done" : "running";
    lua_pushfstring(L, "deepseek_claims.parse_job (%s)", st);
    return 1;
}

static const luaL_Reg job_methods[] = {
    {"done", job_done}, {"fd", job_fd}, {"take", job_take}, {"wait", job_wait},
    {"cancel", job_cancel}, {NULL, NULL}
};

/* ===================================================================== */
/* Range queries: what a window shows, without building the whole list   */
/* ===================================================================== */

static const dsc_span *mention_span(const dsc_doc *doc, size_t i) { return &dsc_doc_mention(doc, i)->span; }
static const dsc_span *claim_span(const dsc_doc *doc, size_t i) { return &dsc_doc_claim(doc, i)->span; }

/* The first of n items (in source order, so by line) starting at or after
 * line: a binary search. */
static size_t first_at_line(const dsc_doc *doc, size_t n, const dsc_span *(*span)(const dsc_doc *, size_t),
                            uint32_t line) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (span(doc, mid)->line < line) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* Argument i as a line or column: def when absent, clamped to lo ..
 * UINT32_MAX, written so that NaN lands on lo. */
static uint32_t range_arg(lua_State *L, int i, lua_Number def, uint32_t lo) {
    lua_Number v = luaL_optnumber(L, i, def);
    return !(v >= lo) ? lo : v > 4294967295.0 ? 4294967295u : (uint32_t)v;
}

/* One kind of item a range query walks: how many, the span of one, and
 * how to push one. */
typedef struct {
    size_t (*count)(const dsc_doc *);
    const dsc_span *(*span)(const dsc_doc *, size_t);
    void (*push)(lua_State *, const dsc_doc *, size_t);
} range_items;

/* A mention as doc:mentions() gives it, plus known (its entity is in the
 * dictionary: the highlight tells names found from context apart). */
static void push_mention_known(lua_State *L, const dsc_doc *doc, size_t i) {
    const dsc_mention *m = dsc_doc_mention(doc, i);
    push_mention(L, doc, m);
    lua_pushboolean(L, dsc_doc_entity(doc, m->entity)->dict_index >= 0);
    lua_setfield(L, -2, "known");
}

static void push_claim_at(lua_State *L, const dsc_doc *doc, size_t i) { push_claim(L, doc, dsc_doc_claim(doc, i)); }

/* The items starting on lines first..last (1-based, inclusive; last
 * defaults to first), at a byte column up to max_col (default: any). O(log
 * n) to find the first; max_col keeps drawing a window small on a line of
 * megabytes, whose items past the columns shown need no table. */
static int push_range(lua_State *L, const range_items *k) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t n = k->count(doc), i, out = 0;
    uint32_t first = range_arg(L, 2, luaL_checknumber(L, 2), 1);
    uint32_t last = range_arg(L, 3, lua_tonumber(L, 2), 0);
    uint32_t max_col = range_arg(L, 4, 4294967295.0, 0);
    lua_newtable(L);
    for (i = first_at_line(doc, n, k->span, first); i < n && k->span(doc, i)->line <= last; i++) {
        if (k->span(doc, i)->col > max_col) continue;
        k->push(L, doc, i);
        lua_rawseti(L, -2, (int)++out);
    }
    return 1;
}

/* doc:mentions_in(first [, last [, max_col]]): the mentions starting there. */
static int doc_mentions_in(lua_State *L) {
    static const range_items k = { dsc_doc_mention_count, mention_span, push_mention_known };
    return push_range(L, &k);
}

/* doc:claims_in(first [, last [, max_col]]): the claims whose sentence
 * starts there. */
static int doc_claims_in(lua_State *L) {
    static const range_items k = { dsc_doc_claim_count, claim_span, push_claim_at };
    return push_range(L, &k);
}

/* doc:claims_at(first [, last]): claims first..last by index (1-based,
 * inclusive, clamped to those there are), as doc:claims() gives them: a
 * long list is built by chunks, the rows in view first. */
static int doc_claims_at(lua_State *L) {
    const dsc_doc *doc = check_doc(L, 1)->doc;
    size_t n = dsc_doc_claim_count(doc), i, out = 0;
    uint32_t first = range_arg(L, 2, luaL_checknumber(L, 2), 1);
    uint32_t last = range_arg(L, 3, lua_tonumber(L, 2), 0);
    lua_newtable(L);
    for (i = first; i <= last && i <= n; i++) {
        push_claim(L, doc, dsc_doc_claim(doc, i - 1));
        lua_rawseti(L, -2, (int)++out);
    }
    return 1;
}

/* ===================================================================== */
/* Files (fileops.c): stat, symlink targets, safe writes, the ledger lock */
/* ===================================================================== */

#define LOCK_T "deepseek_claims.lock"

typedef struct { int fd; char *path; } llock;

/* A path argument: a string without NUL bytes (the C side would cut it). */
static const char *check_path(lua_State *L, int i) {
    size_t n;
    const char *p = luaL_checklstring(L, i, &n);
    if (strlen(p) != n) luaL_argerror(L, i, "path contains a NUL byte");
    if (n == 0) luaL_argerror(L, i, "path is empty");
    return p;
}

/* nil, "step: reason", "ECODE" */
static int push_ferr(lua_State *L, int err, const char *step) {
    lua_pushnil(L);
    if (step) lua_pushfstring(L, "%s: %s", step, strerror(err));
    else lua_pushstring(L, strerror(err));
    lua_pushstring(L, dsc_errno_name(err));
    return 3;
}

/* core.file_stat(path [, follow=true]) -> {type=, mode=, uid=, gid=,
 * size=, dev=, ino=} | nil, message, code */
static int l_file_stat(lua_State *L) {
    const char *path = check_path(L, 1);
    int follow = lua_isnoneornil(L, 2) ? 1 : lua_toboolean(L, 2);
    dsc_finfo fi;
    int err = dsc_file_info(path, follow, &fi);
    if (err) return push_ferr(L, err, NULL);
    lua_createtable(L, 0, 7);
    set_str(L, "type", dsc_ftype_name(fi.type));
    set_count(L, "mode", fi.mode);
    set_count(L, "uid", fi.uid);
    set_count(L, "gid", fi.gid);
    set_count(L, "size", (size_t)fi.size);
    set_count(L, "dev", (size_t)fi.dev);
    set_count(L, "ino", (size_t)fi.ino);
    return 1;
}

/* core.file_target(path) -> the path its symlinks lead to | nil, message, code */
static int l_file_target(lua_State *L) {
    int err = 0;
    char *t = dsc_file_target(check_path(L, 1), &err);
    if (!t) return push_ferr(L, err, NULL);
    lua_pushstring(L, t);
    free(t);
    return 1;
}

/* core.file_write(path, text) -> "replaced" | "created" | "direct"
 * | nil, message, code */
static int l_file_write(lua_State *L) {
    static const char *const how_names[] = { "replaced", "created", "direct" };
    const char *path = check_path(L, 1);
    size_t n;
    const char *text = luaL_checklstring(L, 2, &n);
    dsc_wrote how = DSC_WROTE_REPLACED;
    dsc_ferr e;
    if (dsc_file_write(path, text, n, &how, &e) != 0) return push_ferr(L, e.err, e.step);
    lua_pushstring(L, how_names[how]);
    return 1;
}

/* core.file_lock(lockpath [, wait_ms=0]) -> lock | nil, message, code,
 * holder pid (when another process holds it: code "EWOULDBLOCK") */
static int l_file_lock(lua_State *L) {
    const char *path = check_path(L, 1);
    lua_Number wait = luaL_optnumber(L, 2, 0);
    dsc_ferr e;
    llock *ud;
    int fd;
    size_t n = strlen(path);
    luaL_argcheck(L, wait >= 0 && wait <= 600000 && wait == (lua_Number)(unsigned)wait, 2,
                  "wait must be a whole number of ms from 0 to 600000");
    ud = compat_newuserdata(L, sizeof *ud);   /* first, so that no error can leak the fd */
    ud->fd = -1;
    ud->path = NULL;
    luaL_getmetatable(L, LOCK_T);
    lua_setmetatable(L, -2);
    ud->path = malloc(n + 1);
    if (!ud->path) return luaL_error(L, "out of memory");
    memcpy(ud->path, path, n + 1);
    if (dsc_file_lock(path, (unsigned)wait, &fd, &e) != 0) {
        long holder = e.err == EWOULDBLOCK ? dsc_file_lock_holder(path) : 0;
        push_ferr(L, e.err, e.step);
        if (holder <= 0) return 3;
        lua_pushnumber(L, (lua_Number)holder);
        return 4;
    }
    ud->fd = fd;
    return 1;
}

static int release_lock(llock *ud) {
    int held = ud->fd >= 0;
    if (held) dsc_file_unlock(ud->fd, ud->path);
    ud->fd = -1;
    free(ud->path);
    ud->path = NULL;
    return held;
}

/* lock:unlock() -> true (false when it was already released) */
static int lock_unlock(lua_State *L) {
    lua_pushboolean(L, release_lock(luaL_checkudata(L, 1, LOCK_T)));
    return 1;
}

static int lock_gc(lua_State *L) { release_lock(luaL_checkudata(L, 1, LOCK_T)); return 0; }

static int lock_tostring(lua_State *L) {
    llock *ud = luaL_checkudata(L, 1, LOCK_T);
    if (ud->fd < 0) lua_pushliteral(L, "deepseek_claims.lock (released)");
    else lua_pushfstring(L, "deepseek_claims.lock (%s)", ud->path);
    return 1;
}

static void make_lock_type(lua_State *L) {
    luaL_newmetatable(L, LOCK_T);
    lua_newtable(L);
    lua_pushcfunction(L, lock_unlock); lua_setfield(L, -2, "unlock");
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, lock_gc); lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, lock_tostring); lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "locked"); lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

/* ===================================================================== */
/* Registration                                                           */
/* ===================================================================== */

static const luaL_Reg doc_methods[] = {
    {"claims", doc_claims}, {"entities", doc_entities}, {"mentions", doc_mentions},
    {"sentences", doc_sentences}, {"at", doc_at}, {"about", doc_about},
    {"entity", doc_entity}, {"json", doc_json},
    {"mentions_in", doc_mentions_in}, {"claims_in", doc_claims_in}, {"claims_at", doc_claims_at},
    {NULL, NULL}
};

static const luaL_Reg dict_methods[] = {
    {"parse", dict_parse}, {"lookup", dict_lookup}, {"names", dict_names}, {NULL, NULL}
};

static const luaL_Reg functions[] = {
    {"parse", l_parse}, {"parse_file", l_parse_file}, {"dict", l_dict},
    {"dict_file", l_dict_file}, {"lookup", l_lookup}, {"names", l_names}, {"scan", l_scan},
    {"lexicon_classes", l_lexicon_classes},
    {"parse_async", l_parse_async},
    {"file_stat", l_file_stat},
    {"file_target", l_file_target},
    {"file_write", l_file_write},
    {"file_lock", l_file_lock},
    {"cache_path", l_cache_path},
    {NULL, NULL}
};

static const char *registered_name(lua_CFunction f) {
    static const luaL_Reg *const tables[] = {
        functions, doc_methods, dict_methods, scan_methods, corpus_methods, cursor_methods
    };
    size_t t;
    const luaL_Reg *r;
    for (t = 0; f && t < sizeof tables / sizeof tables[0]; t++)
        for (r = tables[t]; r->name; r++)
            if (r->func == f) return r->name;
    return NULL;
}

static int doc_tostring(lua_State *L) {
    ldoc *ud = luaL_checkudata(L, 1, DOC_T);
    if (!ud->doc) lua_pushliteral(L, "deepseek_claims.doc (freed)");
    else lua_pushfstring(L, "deepseek_claims.doc (%d claims)", (int)dsc_doc_claim_count(ud->doc));
    return 1;
}

static int dict_tostring(lua_State *L) {
    ldict *ud = luaL_checkudata(L, 1, DICT_T);
    if (!ud->d) lua_pushliteral(L, "deepseek_claims.dict (freed)");
    else lua_pushfstring(L, "deepseek_claims.dict (%d entries)", (int)dsc_dict_size(ud->d));
    return 1;
}

/* Metatable with __index = methods; methods share the module upvalues. */
static void make_type(lua_State *L, const char *name, const luaL_Reg *methods,
                      lua_CFunction gc, lua_CFunction len, lua_CFunction tostring) {
    luaL_newmetatable(L, name);
    lua_newtable(L);
    lua_pushvalue(L, -4); lua_pushvalue(L, -4);
    compat_setfuncs(L, methods, 2);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, gc); lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, len); lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, tostring); lua_setfield(L, -2, "__tostring");
    lua_pushliteral(L, "locked"); lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

#if defined(_WIN32)
#define DSC_EXPORT __declspec(dllexport)
#else
#define DSC_EXPORT __attribute__((visibility("default")))
#endif

DSC_EXPORT int luaopen_deepseek_claims_core(lua_State *L);

int luaopen_deepseek_claims_core(lua_State *L) {
    ldict *def;
    /* The metatable of dictionaries must exist before the default one,
     * __gc included: Lua 5.4 finalizes only objects whose metatable has
     * __gc when it is set (added later, by make_type, the default
     * dictionary was never freed: 1.9 MB per Lua state). */
    luaL_newmetatable(L, DICT_T);
    lua_pushcfunction(L, dict_gc); lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    def = new_dict(L, 1);                       /* upvalue 1 */
    dsc_dict_freeze(def->d);
    lua_newtable(L);                            /* upvalue 2: keep, weak keys */
    lua_newtable(L);
    lua_pushliteral(L, "k"); lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    /* stack: def, keep */
    make_type(L, DOC_T, doc_methods, doc_gc, doc_len, doc_tostring);
    make_type(L, DICT_T, dict_methods, dict_gc, dict_len, dict_tostring);
    make_type(L, SCAN_T, scan_methods, scan_gc, scan_len, scan_tostring);
    make_type(L, CORPUS_T, corpus_methods, corpus_gc, corpus_len, corpus_tostring);
    make_type(L, CURSOR_T, cursor_methods, cursor_gc, cursor_len, cursor_tostring);
    make_type(L, JOB_T, job_methods, job_gc, job_len, job_tostring);
    make_lock_type(L);
    lua_newtable(L);
    lua_pushvalue(L, -3); lua_pushvalue(L, -3);
    compat_setfuncs(L, functions, 2);
    lua_pushliteral(L, DSC_VERSION); lua_setfield(L, -2, "version");
#if LUA_VERSION_NUM >= 502
    lua_pushliteral(L, "Lua 5.4");
#else
    lua_pushliteral(L, "LuaJIT");
#endif
    lua_setfield(L, -2, "abi");
    return 1;
}
