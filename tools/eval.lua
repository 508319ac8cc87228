-- tools/eval.lua: scores the engine against the labelled development set.
--
--   lua5.4 tools/eval.lua [-v NAME]... [DIR]     (make eval: DIR = eval)
--
-- For every DIR/articles/NAME.{md,markdown,txt} with a gold file
-- DIR/gold/NAME.json (doc/claims.md), parses the article as the CLI does
-- (markdown cleaning on, .txt included) and compares, micro-averaged:
--   entities   P/R/F1 over the set of names, P/R/F1 over mention counts
--              (tp = min(predicted, gold) per name), kind accuracy;
--              names are compared by identity: a gold name the engine's
--              dictionary knows as an alias ("o1", "LMArena") counts as its
--              canonical entry ("OpenAI o1"), in entities, claimant and about
--              alike, since an annotator cannot know the dictionary's
--              spelling; the strict (string) names F1 is printed beside it;
--   claims     P/R/F1, matching on sentence_start (the first 8 words);
--   on matched claims: claimant, kind and hedged accuracy, about F1,
--              quantity value recall and precision.
-- Prints one row per article, a TOTAL block and the bars of issue 2. With
-- -v NAME, also prints what differs in that article, claim by claim.
-- Exits 0 whatever the scores (the bars are reported, not enforced).

local function dirname(path)
    return path:match("^(.*)/[^/]*$") or "."
end
-- The checkout: the parent of this script's folder.
local TOOLS = dirname(arg and arg[0] or "tools/eval.lua")
local ROOT = TOOLS == "tools" and "." or TOOLS:match("^(.+)/tools$") or TOOLS .. "/.."
package.cpath = (os.getenv("DSC_CPATH") and os.getenv("DSC_CPATH") .. ";" or "")
    .. ROOT
    .. "/build/lua5.4/?.so;"
    .. package.cpath
package.path = ROOT .. "/lua/?.lua;" .. package.path

local json = require("deepseek_claims.lib.json")

local BARS = {
    { key = "entity_f1", label = "entity F1 (names)", min = 0.95 },
    { key = "mention_f1", label = "entity F1 (mentions)", min = 0.95 },
    { key = "claim_f1", label = "claim F1", min = 0.92 },
    { key = "claimant", label = "claimant accuracy", min = 0.90 },
    { key = "qty_recall", label = "quantity value recall", min = 0.95 },
}

local SENTENCE_START_WORDS = 8

---------------------------------------------------------------------------
-- Small helpers
---------------------------------------------------------------------------

local function shell_quote(s)
    return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function read_file(path)
    local f, err = io.open(path, "rb")
    if not f then return nil, err end
    local s = f:read("a")
    f:close()
    return s
end

local function warn(msg)
    io.stderr:write("eval: ", msg, "\n")
end

-- The first n whitespace-separated words, joined by single spaces.
local function first_words(text, n)
    local words = {}
    for w in (text or ""):gmatch("%S+") do
        words[#words + 1] = w
        if #words == n then break end
    end
    return table.concat(words, " ")
end

local function sentence_start(text)
    return first_words(text, SENTENCE_START_WORDS)
end

-- Folds what annotators and extractors disagree on without meaning to:
-- case, curly vs straight quotes, punctuation. Used only for hints.
local function loose(text)
    text = text:gsub("\226\128[\152\153\156\157]", "'"):lower()
    return (text:gsub("[^%w%s]", ""):gsub("%s+", " "))
end

local function is_null(v)
    return v == nil or v == json.null
end

local function show(v)
    if is_null(v) then return "null" end
    if type(v) == "string" then return '"' .. v .. '"' end
    return tostring(v)
end

-- An annotator writes a share with no finite decimal rounded ("a sixth" as
-- 0.1667, "a third" as 0.3333): below 1, a value within half a unit of the
-- fourth decimal of gold's is the same.
local function same_value(pred, gold)
    if type(pred) ~= "number" or type(gold) ~= "number" then return false end
    if math.abs(gold) < 1 and math.abs(pred - gold) <= 5e-5 then return true end
    return math.abs(pred - gold) <= 1e-6 * math.max(1, math.abs(gold))
end

-- Units the contract names (doc/claims.md "quantities"): compared as
-- written, since "hours" is not "GPU hours" and "USD" not "USD per GPU hour".
local NAMED_UNITS = {
    ["%"] = true,
    ["GPUs"] = true,
    ["GPU hours"] = true,
    ["parameters"] = true,
    ["tokens"] = true,
    ["gigawatts"] = true,
    ["megawatts"] = true,
    ["x"] = true,
    ["rank"] = true,
    ["ratio"] = true,
}

-- One spelling of a unit: "per million tokens" is "per 1M tokens", a
-- hyphen inside a word is none ("start-ups", "startups").
local function unit_spelling(u)
    u = u:gsub("per million ", "per 1M "):gsub("(%a)%-(%a)", "%1%2")
    return u:lower()
end

-- A unit an annotator spells differently but means the same by. A count
-- noun is its head: doc/claims.md counts "three model makers" as `makers`,
-- and an annotator who writes "model makers" or "cloud providers" names the
-- same things counted, so a count whose words end with the other's whole
-- words is the same; a currency code (all capitals), a named unit or a
-- price ("... per ...") must match in full. The strict (string) unit score
-- is printed beside this one.
local function same_unit(pred, gold)
    if pred == gold then return true end
    if type(pred) ~= "string" or type(gold) ~= "string" or pred == "" or gold == "" then return false end
    local p, g = unit_spelling(pred), unit_spelling(gold)
    if p == g then return true end
    local function counted(u)
        return not NAMED_UNITS[u] and not u:find("^%u%u%u$") and not u:find(" per ")
    end
    if not (counted(pred) and counted(gold)) then return false end
    local short, long = p, g
    if #short > #long then
        short, long = long, short
    end
    return long:sub(-#short - 1) == " " .. short
end

local function fmt_number(v)
    if type(v) ~= "number" then return tostring(v) end
    if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.10g", v)
end

local function describe_quantity(q)
    local s = fmt_number(q.value)
    if type(q.value_max) == "number" and not same_value(q.value_max, q.value) then
        s = s .. ".." .. fmt_number(q.value_max)
    end
    return string.format('%s %s %s "%s"', s, tostring(q.unit), tostring(q.qualifier), tostring(q.text))
end

---------------------------------------------------------------------------
-- Counters and ratios
---------------------------------------------------------------------------

local COUNTERS = {
    "ent_tp",
    "ent_pred",
    "ent_gold",
    "ent_tp_strict",
    "ent_pred_strict",
    "ent_gold_strict",
    "men_tp",
    "men_pred",
    "men_gold",
    "ekind_ok",
    "ekind_n",
    "cl_tp",
    "cl_pred",
    "cl_gold",
    "claimant_ok",
    "kind_ok",
    "hedged_ok",
    "about_tp",
    "about_pred",
    "about_gold",
    "q_found",
    "q_gold",
    "q_ok",
    "q_pred",
    "q_unit_ok",
    "q_unit_strict",
    "q_qual_ok",
}

local function new_counts()
    local c = {}
    for _, k in ipairs(COUNTERS) do
        c[k] = 0
    end
    return c
end

local function add_counts(into, from)
    for _, k in ipairs(COUNTERS) do
        into[k] = into[k] + from[k]
    end
end

-- Nothing predicted is perfect precision, nothing to find is perfect recall.
local function prf(tp, pred, gold)
    local p = pred > 0 and tp / pred or 1
    local r = gold > 0 and tp / gold or 1
    local f = (p + r > 0) and 2 * p * r / (p + r) or 0
    return p, r, f
end

local function ratio(ok, n)
    if n == 0 then return nil end
    return ok / n
end

-- The headline figures of a set of counts (nil where undefined).
local function scores(c)
    local s = {}
    s.entity_p, s.entity_r, s.entity_f1 = prf(c.ent_tp, c.ent_pred, c.ent_gold)
    s.strict_p, s.strict_r, s.strict_f1 = prf(c.ent_tp_strict, c.ent_pred_strict, c.ent_gold_strict)
    s.mention_p, s.mention_r, s.mention_f1 = prf(c.men_tp, c.men_pred, c.men_gold)
    s.entity_kind = ratio(c.ekind_ok, c.ekind_n)
    s.claim_p, s.claim_r, s.claim_f1 = prf(c.cl_tp, c.cl_pred, c.cl_gold)
    s.claimant = ratio(c.claimant_ok, c.cl_tp)
    s.kind = ratio(c.kind_ok, c.cl_tp)
    s.hedged = ratio(c.hedged_ok, c.cl_tp)
    s.about_p, s.about_r, s.about_f1 = prf(c.about_tp, c.about_pred, c.about_gold)
    s.qty_recall = ratio(c.q_found, c.q_gold)
    s.qty_precision = ratio(c.q_ok, c.q_pred)
    s.qty_unit = ratio(c.q_unit_ok, c.q_found)
    s.qty_unit_strict = ratio(c.q_unit_strict, c.q_found)
    s.qty_qualifier = ratio(c.q_qual_ok, c.q_found)
    return s
end

local function f2(v)
    if v == nil then return "   -" end
    return string.format("%.2f", v)
end
local function f3(v)
    if v == nil then return "    -" end
    return string.format("%.3f", v)
end

---------------------------------------------------------------------------
-- Loading articles and gold files
---------------------------------------------------------------------------

local ARTICLE_EXTS = { md = true, markdown = true, txt = true }

-- { {name=, path=, ext=, gold_path=} ... } sorted by name.
local function list_articles(dir)
    local p = io.popen("ls -1 " .. shell_quote(dir .. "/articles") .. " 2>/dev/null")
    local listing = p:read("a")
    p:close()
    local out = {}
    for file in listing:gmatch("[^\n]+") do
        local name, ext = file:match("^(.+)%.([%w]+)$")
        if name and ARTICLE_EXTS[ext:lower()] then
            local gold_path = dir .. "/gold/" .. name .. ".json"
            local f = io.open(gold_path, "rb")
            if f then
                f:close()
                out[#out + 1] = {
                    name = name,
                    ext = ext:lower(),
                    path = dir .. "/articles/" .. file,
                    gold_path = gold_path,
                }
            else
                warn(dir .. "/articles/" .. file .. ": no gold file " .. gold_path .. ", skipped")
            end
        end
    end
    table.sort(out, function(a, b)
        return a.name < b.name
    end)
    return out
end

local function load_gold(path)
    local text, err = read_file(path)
    if not text then return nil, err end
    local gold, derr = json.decode(text)
    if not gold then return nil, path .. ": " .. derr end
    if type(gold) ~= "table" or type(gold.entities) ~= "table" or type(gold.claims) ~= "table" then
        return nil, path .. ': expected an object with "entities" and "claims" arrays'
    end
    return gold
end

---------------------------------------------------------------------------
-- Entities
---------------------------------------------------------------------------

-- name -> {kind=, count=, lines=} from the engine's entity list.
local function predicted_entities(doc)
    local by_name = {}
    for _, e in ipairs(doc:entities()) do
        local lines = {}
        for _, m in ipairs(e.mentions or {}) do
            lines[#lines + 1] = m.line
        end
        by_name[e.name] = { kind = e.kind, count = e.count, lines = lines }
    end
    return by_name
end

-- The name gold's annotator wrote, as the engine's dictionary names that
-- entity: an alias becomes its entry's canonical name ("o1" -> "OpenAI o1");
-- a name the dictionary does not know, and a non-string, stay as they are.
local function identity(core, name)
    if type(name) ~= "string" then return name end
    local e = core.lookup(name)
    return e and e.name or name
end

-- name -> {kind=, count=} from gold's entity list; with canon (a function of
-- a name) the names are canonical ones, and two gold names of one entity
-- are one (counts added), without a warning: the annotator wrote two forms.
local function gold_entities(gold, label, canon)
    local by_name = {}
    for _, e in ipairs(gold.entities) do
        local name = canon and canon(e.name) or e.name
        if type(name) ~= "string" then
            warn(label .. ": a gold entity without a name, ignored")
        elseif by_name[name] then
            if not canon then warn(label .. ": gold entity " .. name .. " listed twice, counts added") end
            by_name[name].count = by_name[name].count + (tonumber(e.count) or 1)
        else
            by_name[name] = { kind = e.kind, count = tonumber(e.count) or 1 }
        end
    end
    return by_name
end

-- The strict names score: predicted and gold names compared as strings.
local function score_strict_names(pred, gold, c)
    for name in pairs(pred) do
        c.ent_pred_strict = c.ent_pred_strict + 1
        if gold[name] then c.ent_tp_strict = c.ent_tp_strict + 1 end
    end
    for _ in pairs(gold) do
        c.ent_gold_strict = c.ent_gold_strict + 1
    end
end

local function sorted_keys(t)
    local keys = {}
    for k in pairs(t) do
        keys[#keys + 1] = k
    end
    table.sort(keys)
    return keys
end

-- Fills the entity counters; returns the differences for the verbose report.
local function score_entities(pred, gold, c)
    local diff = { missing = {}, extra = {}, count = {}, kind = {} }
    for _, name in ipairs(sorted_keys(pred)) do
        local p = pred[name]
        c.ent_pred = c.ent_pred + 1
        c.men_pred = c.men_pred + p.count
        if not gold[name] then diff.extra[#diff.extra + 1] = name end
    end
    for _, name in ipairs(sorted_keys(gold)) do
        local g, p = gold[name], pred[name]
        c.ent_gold = c.ent_gold + 1
        c.men_gold = c.men_gold + g.count
        if p then
            c.ent_tp = c.ent_tp + 1
            c.men_tp = c.men_tp + math.min(p.count, g.count)
            c.ekind_n = c.ekind_n + 1
            if p.kind == g.kind then
                c.ekind_ok = c.ekind_ok + 1
            else
                diff.kind[#diff.kind + 1] = name
            end
            if p.count ~= g.count then diff.count[#diff.count + 1] = name end
        else
            diff.missing[#diff.missing + 1] = name
        end
    end
    return diff
end

---------------------------------------------------------------------------
-- Claims
---------------------------------------------------------------------------

-- How well a predicted claim agrees with a gold claim of the same sentence:
-- kind, claimant and hedged, one point each, and one per figure value both
-- hold: every field the scores count weighs the same. Used only to choose
-- among the claims of one sentence.
local function agreement(p, g)
    local n = 0
    if p.kind == g.kind then n = n + 1 end
    local pc = is_null(p.claimant) and "" or p.claimant
    local gc = is_null(g.claimant) and "" or g.claimant
    if pc == gc then n = n + 1 end
    if (p.hedged == true) == (g.hedged == true) then n = n + 1 end
    for _, gq in ipairs(type(g.quantities) == "table" and g.quantities or {}) do
        for _, pq in ipairs(p.quantities or {}) do
            if type(gq.value) == "number" and type(pq.value) == "number" and same_value(pq.value, gq.value) then
                n = n + 1
                break
            end
        end
    end
    return n
end

-- The one-to-one pairing of a sentence's predicted claims ps with its gold
-- claims gs (index lists) that pairs as many as can be and, among those,
-- agrees most (agreement); a sentence holds a few claims, so every pairing
-- is tried. Returns a list of {pred=i, gold=j}.
local function best_pairing(preds, golds, ps, gs)
    local best, best_score, used, cur = {}, -1, {}, {}
    local function go(k, score)
        if k > #ps then
            if score > best_score then
                best_score, best = score, { table.unpack(cur) }
            end
            return
        end
        local paired = false
        for _, j in ipairs(gs) do
            if not used[j] then
                paired = true
                used[j] = true
                cur[#cur + 1] = { pred = ps[k], gold = j }
                -- pairing a claim always beats leaving it out
                go(k + 1, score + 1000 + agreement(preds[ps[k]], golds[j]))
                cur[#cur] = nil
                used[j] = false
            end
        end
        if not paired or #ps > #gs then go(k + 1, score) end
    end
    go(1, 0)
    return best
end

-- One-to-one matching on sentence_start: within each sentence, the pairing
-- that agrees most on kind, claimant, hedge and figures (best_pairing), so
-- that the two claims of a split sentence are not scored crossed. Returns
-- pairs {pred=i, gold=j} and the sets of unmatched indices.
local function match_claims(preds, golds)
    local gold_by_start, pred_by_start, starts = {}, {}, {}
    for j, g in ipairs(golds) do
        local list = gold_by_start[g.start] or {}
        list[#list + 1] = j
        gold_by_start[g.start] = list
    end
    for i, p in ipairs(preds) do
        if not pred_by_start[p.start] then
            pred_by_start[p.start] = {}
            starts[#starts + 1] = p.start
        end
        local list = pred_by_start[p.start]
        list[#list + 1] = i
    end
    local gold_used, pred_used, pairs_ = {}, {}, {}
    for _, start in ipairs(starts) do
        local gs = gold_by_start[start]
        if gs then
            for _, pair in ipairs(best_pairing(preds, golds, pred_by_start[start], gs)) do
                gold_used[pair.gold], pred_used[pair.pred] = true, true
                pairs_[#pairs_ + 1] = pair
            end
        end
    end
    table.sort(pairs_, function(a, b)
        return a.pred < b.pred
    end)
    return pairs_, pred_used, gold_used
end

local function set_of(list)
    local s = {}
    for _, v in ipairs(list or {}) do
        s[v] = true
    end
    return s
end

-- Compares the quantities of one matched pair; fills counters and returns
-- {missing=, extra=, wrong=} lists of strings.
local function score_quantities(pq, gq, c)
    local diff = { missing = {}, extra = {}, wrong = {} }
    for _, g in ipairs(gq) do
        c.q_gold = c.q_gold + 1
        local hit
        for _, p in ipairs(pq) do
            if same_value(p.value, g.value) then
                hit = p
                break
            end
        end
        if hit then
            c.q_found = c.q_found + 1
            local problems = {}
            if hit.unit == g.unit then c.q_unit_strict = c.q_unit_strict + 1 end
            if same_unit(hit.unit, g.unit) then
                c.q_unit_ok = c.q_unit_ok + 1
            else
                problems[#problems + 1] = "unit got " .. show(hit.unit) .. ", want " .. show(g.unit)
            end
            if hit.qualifier == g.qualifier then
                c.q_qual_ok = c.q_qual_ok + 1
            else
                problems[#problems + 1] = "qualifier got "
                    .. tostring(hit.qualifier)
                    .. ", want "
                    .. tostring(g.qualifier)
            end
            if type(g.value_max) == "number" and not same_value(hit.value_max, g.value_max) then
                problems[#problems + 1] = "value_max got "
                    .. fmt_number(hit.value_max)
                    .. ", want "
                    .. fmt_number(g.value_max)
            end
            if #problems > 0 then
                diff.wrong[#diff.wrong + 1] = fmt_number(g.value)
                    .. ' "'
                    .. tostring(g.text)
                    .. '": '
                    .. table.concat(problems, "; ")
            end
        else
            diff.missing[#diff.missing + 1] = describe_quantity(g)
        end
    end
    for _, p in ipairs(pq) do
        c.q_pred = c.q_pred + 1
        local ok = false
        for _, g in ipairs(gq) do
            if same_value(p.value, g.value) then
                ok = true
                break
            end
        end
        if ok then
            c.q_ok = c.q_ok + 1
        else
            diff.extra[#diff.extra + 1] = describe_quantity(p)
        end
    end
    return diff
end

-- Scores the fields of one matched pair; returns a list of difference lines.
local function score_pair(p, g, c)
    local lines = {}
    local pc = is_null(p.claimant) and "null" or p.claimant
    local gc = is_null(g.claimant) and "null" or g.claimant
    if pc == gc then
        c.claimant_ok = c.claimant_ok + 1
    else
        lines[#lines + 1] = { "claimant", "got " .. show(p.claimant) .. ", want " .. show(g.claimant) }
    end
    if p.kind == g.kind then
        c.kind_ok = c.kind_ok + 1
    else
        lines[#lines + 1] = { "kind", "got " .. tostring(p.kind) .. ", want " .. tostring(g.kind) }
    end
    if (p.hedged == true) == (g.hedged == true) then
        c.hedged_ok = c.hedged_ok + 1
    else
        lines[#lines + 1] = { "hedged", "got " .. tostring(p.hedged) .. ", want " .. tostring(g.hedged) }
    end

    local pa, ga = set_of(p.about), set_of(g.about)
    local missing, extra = {}, {}
    for _, name in ipairs(sorted_keys(ga)) do
        c.about_gold = c.about_gold + 1
        if pa[name] then
            c.about_tp = c.about_tp + 1
        else
            missing[#missing + 1] = name
        end
    end
    for _, name in ipairs(sorted_keys(pa)) do
        c.about_pred = c.about_pred + 1
        if not ga[name] then extra[#extra + 1] = name end
    end
    if #missing > 0 then lines[#lines + 1] = { "about", "missing " .. table.concat(missing, ", ") } end
    if #extra > 0 then lines[#lines + 1] = { "about", "extra   " .. table.concat(extra, ", ") } end

    local qd = score_quantities(p.quantities or {}, g.quantities or {}, c)
    for _, s in ipairs(qd.missing) do
        lines[#lines + 1] = { "quantity", "missing " .. s }
    end
    for _, s in ipairs(qd.extra) do
        lines[#lines + 1] = { "quantity", "extra   " .. s }
    end
    for _, s in ipairs(qd.wrong) do
        lines[#lines + 1] = { "quantity", s }
    end
    return lines
end

local function predicted_claims(doc)
    local out = {}
    for _, cl in ipairs(doc:claims()) do
        cl.start = sentence_start(cl.text)
        out[#out + 1] = cl
    end
    return out
end

-- Gold's claims, their claimant and about names by identity (canon).
local function gold_claims(gold, label, canon)
    local out = {}
    for i, g in ipairs(gold.claims) do
        if type(g.sentence_start) ~= "string" then
            warn(label .. ": gold claim " .. i .. " has no sentence_start, ignored")
        else
            g.start = sentence_start(g.sentence_start)
            g.claimant = canon(g.claimant)
            local about = {}
            for k, name in ipairs(type(g.about) == "table" and g.about or {}) do
                about[k] = canon(name)
            end
            g.about = about
            g.quantities = g.quantities or {}
            out[#out + 1] = g
        end
    end
    return out
end

---------------------------------------------------------------------------
-- Rules: how often each named rule decided, and how often it was right
---------------------------------------------------------------------------

-- rules[field][name] = { n = decisions, ok = right ones }. Fields: claim
-- (the gate: right = the claim is in gold), claimant, kind (on matched
-- claims) and hedge (the cue of a predicted hedge: right = gold is hedged).
local function new_rules()
    return { claim = {}, claimant = {}, kind = {}, hedge = {} }
end

local function count_rule(rules, field, name, right)
    local t = rules[field][name or "(none)"] or { n = 0, ok = 0 }
    t.n, t.ok = t.n + 1, t.ok + (right and 1 or 0)
    rules[field][name or "(none)"] = t
end

local function add_rules(into, from)
    for field, by_name in pairs(from) do
        for name, t in pairs(by_name) do
            local u = into[field][name] or { n = 0, ok = 0 }
            u.n, u.ok = u.n + t.n, u.ok + t.ok
            into[field][name] = u
        end
    end
end

-- The decisions of one article's claims, by rule.
local function score_rules(r)
    local rules = new_rules()
    for i, p in ipairs(r.preds) do
        count_rule(rules, "claim", p.why and p.why.claim, r.pred_used[i])
    end
    for _, pair in ipairs(r.pairs) do
        local p, g = r.preds[pair.pred], r.golds[pair.gold]
        local why = p.why or {}
        local pc = is_null(p.claimant) and "null" or p.claimant
        local gc = is_null(g.claimant) and "null" or g.claimant
        count_rule(rules, "claimant", why.claimant, pc == gc)
        count_rule(rules, "kind", why.kind, p.kind == g.kind)
        if p.hedged == true then count_rule(rules, "hedge", why.hedge, g.hedged == true) end
    end
    return rules
end

local function print_rules(rules)
    local heads = {
        { "claim", "the gate: claims it admitted, and how many gold has" },
        { "claimant", "claimant rules on matched claims: right claimant" },
        { "kind", "kind rules on matched claims: right kind" },
        { "hedge", "hedge cues on matched claims: gold hedged too" },
    }
    print()
    print("RULES  (decisions and right ones per named rule; errors first)")
    for _, h in ipairs(heads) do
        local list = {}
        for name, t in pairs(rules[h[1]]) do
            list[#list + 1] = { name = name, n = t.n, ok = t.ok }
        end
        table.sort(list, function(a, b)
            if a.n - a.ok ~= b.n - b.ok then return a.n - a.ok > b.n - b.ok end
            return a.name < b.name
        end)
        print("  " .. h[2])
        for _, t in ipairs(list) do
            print(
                string.format(
                    "    %-30s %5d  right %5d  wrong %4d  (%s)",
                    t.name,
                    t.n,
                    t.ok,
                    t.n - t.ok,
                    f3(t.ok / t.n)
                )
            )
        end
    end
end

---------------------------------------------------------------------------
-- Scoring one article
---------------------------------------------------------------------------

local function evaluate(core, article)
    local gold, err = load_gold(article.gold_path)
    if not gold then return nil, err end
    local doc, perr = core.parse_file(article.path, { markdown = true })
    if not doc then return nil, perr end
    local c = new_counts()
    local function canon(name)
        return identity(core, name)
    end
    local pe, ge = predicted_entities(doc), gold_entities(gold, article.gold_path, canon)
    local r = { article = article, counts = c, doc = doc, pred_ents = pe, gold_ents = ge }
    r.ent_diff = score_entities(pe, ge, c)
    score_strict_names(pe, gold_entities(gold, article.gold_path), c)

    r.preds, r.golds = predicted_claims(doc), gold_claims(gold, article.gold_path, canon)
    local pairs_, pred_used, gold_used = match_claims(r.preds, r.golds)
    c.cl_pred, c.cl_gold, c.cl_tp = #r.preds, #r.golds, #pairs_
    r.pairs, r.pred_used, r.gold_used = pairs_, pred_used, gold_used
    for _, pair in ipairs(pairs_) do
        pair.diff = score_pair(r.preds[pair.pred], r.golds[pair.gold], c)
    end
    r.rules = score_rules(r)
    return r
end

---------------------------------------------------------------------------
-- Reports
---------------------------------------------------------------------------

local function print_table(results)
    local width = 7
    for _, r in ipairs(results) do
        width = math.max(width, #r.article.name)
    end
    local head = string.format(
        "%-" .. width .. "s  %5s %5s %5s   %-11s %5s %5s %5s   %5s %5s %5s %5s   %5s %5s",
        "article",
        "entF1",
        "menF1",
        "eKind",
        "claims",
        "P",
        "R",
        "F1",
        "clmnt",
        "kind",
        "hedge",
        "about",
        "qtyR",
        "qtyP"
    )
    print(head)
    print(string.rep("-", #head))
    for _, r in ipairs(results) do
        local c, s = r.counts, scores(r.counts)
        print(
            string.format(
                "%-" .. width .. "s  %5s %5s %5s   %-11s %5s %5s %5s   %5s %5s %5s %5s   %5s %5s",
                r.article.name,
                f2(s.entity_f1),
                f2(s.mention_f1),
                f2(s.entity_kind),
                string.format("%d/%d/%d", c.cl_tp, c.cl_pred, c.cl_gold),
                f2(s.claim_p),
                f2(s.claim_r),
                f2(s.claim_f1),
                f2(s.claimant),
                f2(s.kind),
                f2(s.hedged),
                f2(s.about_f1),
                f2(s.qty_recall),
                f2(s.qty_precision)
            )
        )
    end
    print(string.rep(" ", width) .. "  (claims: matched/predicted/gold)")
end

local function print_total(total, n_articles)
    local c, s = total, scores(total)
    local function prf_line(label, p, r, f, tp, pred, gold)
        print(
            string.format(
                "  %-22s P %s  R %s  F1 %s   (tp %d, predicted %d, gold %d)",
                label,
                f3(p),
                f3(r),
                f3(f),
                tp,
                pred,
                gold
            )
        )
    end
    local function acc_line(label, v, ok, n)
        print(string.format("  %-22s %s   (%d of %d)", label, f3(v), ok, n))
    end
    print()
    print(string.format("TOTAL over %d article%s (micro-averaged)", n_articles, n_articles == 1 and "" or "s"))
    prf_line("entities (names)", s.entity_p, s.entity_r, s.entity_f1, c.ent_tp, c.ent_pred, c.ent_gold)
    prf_line(
        "  strict (as strings)",
        s.strict_p,
        s.strict_r,
        s.strict_f1,
        c.ent_tp_strict,
        c.ent_pred_strict,
        c.ent_gold_strict
    )
    prf_line("entities (mentions)", s.mention_p, s.mention_r, s.mention_f1, c.men_tp, c.men_pred, c.men_gold)
    acc_line("entity kind accuracy", s.entity_kind, c.ekind_ok, c.ekind_n)
    prf_line("claims", s.claim_p, s.claim_r, s.claim_f1, c.cl_tp, c.cl_pred, c.cl_gold)
    print("  on matched claims:")
    acc_line("claimant accuracy", s.claimant, c.claimant_ok, c.cl_tp)
    acc_line("kind accuracy", s.kind, c.kind_ok, c.cl_tp)
    acc_line("hedged accuracy", s.hedged, c.hedged_ok, c.cl_tp)
    prf_line("about", s.about_p, s.about_r, s.about_f1, c.about_tp, c.about_pred, c.about_gold)
    acc_line("quantity value recall", s.qty_recall, c.q_found, c.q_gold)
    acc_line("quantity precision", s.qty_precision, c.q_ok, c.q_pred)
    acc_line("  unit (found values)", s.qty_unit, c.q_unit_ok, c.q_found)
    acc_line("  unit strict (as strings)", s.qty_unit_strict, c.q_unit_strict, c.q_found)
    acc_line("  qualifier (found)", s.qty_qualifier, c.q_qual_ok, c.q_found)
end

local function print_bars(total)
    local s = scores(total)
    print()
    print("BARS (issue 2)")
    for _, bar in ipairs(BARS) do
        local v = s[bar.key]
        local pass = v ~= nil and v >= bar.min
        print(string.format("  %s  %-24s %s  (bar %.2f)", pass and "PASS" or "FAIL", bar.label, f3(v), bar.min))
    end
end

---------------------------------------------------------------------------
-- The verbose diff of one article
---------------------------------------------------------------------------

-- text cut to about n bytes at a space, never inside a UTF-8 sequence.
local function clip(text, n)
    if #text <= n then return text end
    local cut = text:sub(1, n):match("^(.*)%s") or text:sub(1, n)
    while #cut > 0 and cut:byte(#cut) >= 0x80 do
        cut = cut:sub(1, -2)
    end
    return cut .. " ..."
end

local function claim_tag(cl)
    local q = {}
    for _, x in ipairs(cl.quantities or {}) do
        q[#q + 1] = fmt_number(x.value) .. " " .. tostring(x.unit)
    end
    local s = "[" .. tostring(cl.kind) .. ", claimant " .. show(cl.claimant)
    if cl.hedged == true then s = s .. ", hedged" end
    if #q > 0 then s = s .. ", " .. table.concat(q, "; ") end
    return s .. "]"
end

-- Why a gold claim was missed, as seen from the engine's sentences.
local function miss_hint(doc, g, pred_starts)
    local gl = loose(g.start)
    local best, best_len
    for _, s in ipairs(doc:sentences()) do
        local start = sentence_start(s.text)
        if start == g.start then
            if pred_starts[start] then
                return string.format("line %d is a claim, but gold lists more claims on this sentence", s.line)
            end
            return string.format(
                "line %d has this sentence%s, not taken as a claim",
                s.line,
                s.heading and " (marked heading/byline)" or ""
            )
        end
        if loose(start) == gl then
            return string.format('line %d starts the same but for punctuation, quotes or case: "%s"', s.line, start)
        end
        local at = s.text:find(g.start, 1, true)
        if at and at > 1 then
            return string.format(
                'inside the engine sentence at line %d (a boundary was missed): "%s"',
                s.line,
                sentence_start(s.text)
            )
        end
        if #s.text < #g.start and g.start:sub(1, #s.text) == s.text then
            return string.format('the engine sentence at line %d ends early: "%s"', s.line, s.text)
        end
        -- otherwise remember the sentence sharing the longest word prefix
        local n, gw, sw = 0, {}, {}
        for w in g.start:gmatch("%S+") do
            gw[#gw + 1] = w
        end
        for w in start:gmatch("%S+") do
            sw[#sw + 1] = w
        end
        while gw[n + 1] and gw[n + 1] == sw[n + 1] do
            n = n + 1
        end
        if n >= 2 and (not best_len or n > best_len) then
            best, best_len = s, n
        end
    end
    if best then
        return string.format('closest engine sentence, line %d: "%s"', best.line, sentence_start(best.text))
    end
    return "no engine sentence starts like this"
end

local function print_entity_diff(r)
    local d, pe, ge = r.ent_diff, r.pred_ents, r.gold_ents
    local function lines_of(p)
        local shown = {}
        for i = 1, math.min(#p.lines, 8) do
            shown[#shown + 1] = tostring(p.lines[i])
        end
        if #p.lines > 8 then shown[#shown + 1] = "..." end
        return table.concat(shown, ",")
    end
    print("ENTITIES")
    for _, n in ipairs(d.missing) do
        print(string.format("  - missing  %-28s %-8s gold x%d", n, tostring(ge[n].kind), ge[n].count))
    end
    for _, n in ipairs(d.extra) do
        print(
            string.format(
                "  + extra    %-28s %-8s x%d  (lines %s)",
                n,
                tostring(pe[n].kind),
                pe[n].count,
                lines_of(pe[n])
            )
        )
    end
    for _, n in ipairs(d.count) do
        print(
            string.format(
                "  ~ count    %-28s got %d, want %d  (lines %s)",
                n,
                pe[n].count,
                ge[n].count,
                lines_of(pe[n])
            )
        )
    end
    for _, n in ipairs(d.kind) do
        print(string.format("  ~ kind     %-28s got %s, want %s", n, tostring(pe[n].kind), tostring(ge[n].kind)))
    end
    if #d.missing + #d.extra + #d.count + #d.kind == 0 then print("  all right") end
end

local function print_claim_diff(r)
    local c = r.counts
    print()
    print(string.format("CLAIMS  %d gold, %d predicted, %d matched", c.cl_gold, c.cl_pred, c.cl_tp))

    local pred_starts = {}
    for _, p in ipairs(r.preds) do
        pred_starts[p.start] = true
    end

    print()
    print("MISSED  (in gold, not predicted)")
    local any = false
    for j, g in ipairs(r.golds) do
        if not r.gold_used[j] then
            any = true
            print(string.format('  - "%s"  %s', g.start, claim_tag(g)))
            print("      " .. miss_hint(r.doc, g, pred_starts))
        end
    end
    if not any then print("  none") end

    print()
    print("SPURIOUS  (predicted, not in gold)")
    any = false
    for i, p in ipairs(r.preds) do
        if not r.pred_used[i] then
            any = true
            print(string.format('  + line %-4d "%s"  %s', p.line, p.start, claim_tag(p)))
        end
    end
    if not any then print("  none") end

    print()
    print("WRONG FIELDS  (matched claims)")
    local perfect = 0
    for _, pair in ipairs(r.pairs) do
        if #pair.diff == 0 then
            perfect = perfect + 1
        else
            local p = r.preds[pair.pred]
            print(string.format('  ~ line %-4d "%s"', p.line, p.start))
            print("      | " .. clip(p.text, 150))
            for _, d in ipairs(pair.diff) do
                print(string.format("      %-9s %s", d[1], d[2]))
            end
        end
    end
    print(string.format("  (%d of %d matched claims have every field right)", perfect, #r.pairs))
end

local function print_verbose(r)
    print()
    print(string.rep("=", 78))
    print(r.article.name .. "  (" .. r.article.path .. ")")
    print(string.rep("=", 78))
    print_entity_diff(r)
    print_claim_diff(r)
end

---------------------------------------------------------------------------
-- Main
---------------------------------------------------------------------------

local USAGE =
    "usage: lua5.4 tools/eval.lua [-s] [-v NAME]... [DIR]   (DIR holds articles/ and gold/; default eval; -s: one summary line)"

local function parse_args(argv)
    local verbose, dir, summary = {}, nil, false
    local i = 1
    while i <= #argv do
        local a = argv[i]
        if a == "-v" or a == "--verbose" then
            i = i + 1
            if not argv[i] then
                io.stderr:write(USAGE, "\n")
                os.exit(2)
            end
            -- accept NAME, NAME.md or a path to the article
            local name = argv[i]:gsub("^.*/", ""):gsub("%.%w+$", "")
            verbose[name] = true
        elseif a == "-s" or a == "--summary" then
            summary = true
        elseif a == "-h" or a == "--help" then
            print(USAGE)
            os.exit(0)
        elseif a:sub(1, 1) == "-" then
            io.stderr:write("eval: unknown option " .. a .. "\n" .. USAGE .. "\n")
            os.exit(2)
        else
            dir = a
        end
        i = i + 1
    end
    return verbose, dir or (ROOT .. "/eval"), summary
end

-- One line per set: what a change did to each set, at a glance.
local SUMMARY_HEAD = string.format(
    "%-18s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s",
    "set",
    "claimF1",
    "P",
    "R",
    "clmnt",
    "kind",
    "hedge",
    "about",
    "qtyR",
    "unit",
    "names",
    "strict",
    "ustrct"
)
local function print_summary(dir, total)
    local s = scores(total)
    print(
        string.format(
            "%-18s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s",
            dir:gsub("^.*/eval", "eval"),
            f3(s.claim_f1),
            f3(s.claim_p),
            f3(s.claim_r),
            f3(s.claimant),
            f3(s.kind),
            f3(s.hedged),
            f3(s.about_f1),
            f3(s.qty_recall),
            f3(s.qty_unit),
            f3(s.entity_f1),
            f3(s.strict_f1),
            f3(s.qty_unit_strict)
        )
    )
end

local function main(argv)
    local verbose, dir, summary = parse_args(argv)
    local ok, core = pcall(require, "deepseek_claims.core")
    if not ok then
        io.stderr:write("eval: cannot load the engine (run make in " .. ROOT .. "):\n" .. tostring(core) .. "\n")
        os.exit(2)
    end
    local articles = list_articles(dir)
    if #articles == 0 then
        print("eval: no article with a gold file in " .. dir .. "/articles")
        return
    end
    local results, total, rules = {}, new_counts(), new_rules()
    for _, a in ipairs(articles) do
        local r, err = evaluate(core, a)
        if r then
            results[#results + 1] = r
            add_counts(total, r.counts)
            add_rules(rules, r.rules)
        else
            warn(tostring(err) .. " (article skipped)")
        end
    end
    if summary then
        if os.getenv("DSC_EVAL_HEAD") ~= "0" then print(SUMMARY_HEAD) end
        print_summary(dir, total)
        return
    end
    print_table(results)
    print_total(total, #results)
    print_bars(total)
    print_rules(rules)
    local seen = {}
    for _, r in ipairs(results) do
        if verbose[r.article.name] then
            print_verbose(r)
            seen[r.article.name] = true
        end
    end
    for name in pairs(verbose) do
        if not seen[name] then warn("-v " .. name .. ": no such article with gold in " .. dir) end
    end
end

main(arg)
