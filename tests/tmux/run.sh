#!/bin/sh
# run.sh: a real terminal. tmux runs Neovim (clean config, this checkout) on
# the example article; we type :DeepSeekClaims and K on a company name like
# a person would and read the screen with capture-pane.
# DSC_NVIM: the Neovim to run (default: nvim on the PATH); DSC_NVIM_LABEL
# names the result line "LABEL-tmux: N passed, N failed" (default "tmux").
cd "$(dirname "$0")/../.." || exit 2
# CI runs without a terminal: tmux and Neovim still need a TERM to draw
case ${TERM:-dumb} in dumb|unknown) export TERM=xterm-256color ;; esac
sock=dsc-test-$$
nvim=${DSC_NVIM:-nvim}
label=${DSC_NVIM_LABEL:+$DSC_NVIM_LABEL-}tmux
pass=0; fail=0
screen() { tmux -L "$sock" capture-pane -p -t dsc 2>/dev/null; }
keys() { tmux -L "$sock" send-keys -t dsc "$@"; }
# wait_for TEXT: polls the screen for up to 10 s
wait_for() {
    i=0
    while [ $i -lt 100 ]; do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
check() {   # check NAME TEXT
    if wait_for "$2"; then pass=$((pass + 1)); echo "  ok   $1"
    else fail=$((fail + 1)); echo "  FAIL $1: \"$2\" not on screen"; screen | sed 's/^/     | /'; fi
}
gone() {    # gone NAME TEXT: the text leaves the screen
    i=0
    while [ $i -lt 50 ] && screen | grep -qF -- "$2"; do sleep 0.1; i=$((i + 1)); done
    if screen | grep -qF -- "$2"; then fail=$((fail + 1)); echo "  FAIL $1"
    else pass=$((pass + 1)); echo "  ok   $1"; fi
}
trap 'tmux -L "$sock" kill-server 2>/dev/null' EXIT INT TERM

# A session that only holds the server: killing the last session makes tmux
# exit, and a new-session racing that exit fails with "server exited
# unexpectedly" (it did in CI); with this one alive, dsc comes and goes alone.
# start W H [DIR] CMD: a fresh dsc session of W x H running CMD (in DIR)
start() {
    w=$1 h=$2; shift 2
    if [ $# -gt 1 ]; then dir=$1; shift; else dir=$(pwd); fi
    tmux -L "$sock" kill-session -t dsc 2>/dev/null
    tmux -L "$sock" has-session -t keep 2>/dev/null ||
        tmux -L "$sock" -f /dev/null new-session -d -s keep -x 20 -y 5 "sleep 100000" || return 1
    tmux -L "$sock" new-session -d -s dsc -x "$w" -y "$h" -c "$dir" "$1"
}

make -s all >/dev/null || { echo "$label: 0 passed, 1 failed"; exit 1; }
start 120 40 "$nvim --clean -u tools/demo_init.lua examples/deepseek-week.md" || {
    echo "$label: 0 passed, 1 failed"; exit 1; }
check "Neovim shows the article" "DeepSeek"

keys ":DeepSeekClaims" Enter
check "the list float opens with its title" "claims in deepseek-week.md"
check "a claim row shows its claimant" "Maya Lindqvist"
check "a claim row shows its figures" '17%, ~$589B'
check "the keys are shown" "<CR> jump"
keys q
gone "q closes the list" "<CR> jump"

keys "/Nvidia" Enter
keys K
check "K on Nvidia opens the hover" "Nvidia · org"
check "the hover lists claims about it" "claims in this buffer"
check "the hover shows a claim row with its line" "- L21 market"
keys K
check "a second K enters the hover" "- L21 market"
keys q
gone "q closes the hover" "claims in this buffer"
keys K
check "K opens it again" "claims in this buffer"
keys j
gone "moving the cursor closes the hover" "claims in this buffer"

keys ":DeepSeekClaims nosuchthing" Enter
check "an unknown subcommand gets a usage message" "usage"

# At 80 columns an end-of-line marker fits the room its line leaves on its
# last row, in the longest form that does (it was cut at the edge: "fundin").
# markers_whole: every marker on screen is whole: the diamond, kinds or their
# signs, a +N of more kinds, a (count).
markers_whole() {
    kinds='(cost|time|hardware|benchmark|market|funding|policy|quote|other)[?]?'
    bad=$(screen | grep -o '◆.*$' | grep -vE "^◆( ($kinds( · $kinds)*|[\$THBMFPQ•?]+)( \+[0-9]+)?(  \([0-9]+\))?)?\$")
    if [ -z "$bad" ]; then pass=$((pass + 1)); echo "  ok   $1"
    else fail=$((fail + 1)); echo "  FAIL $1: $bad"; screen | sed 's/^/     | /'; fi
}
tmp=$(mktemp -d); trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
sentence='Acme raised $40 million. Training cost $6 million, it said.'
for left in 40 20 12 2; do   # lines that wrap once, ending LEFT cells before the edge
    awk -v n=$((160 - left - ${#sentence} - 1)) -v s="$sentence" 'BEGIN { while (n-- > 0) printf "x"; printf " %s\n\n", s }' >> "$tmp/markers.md"
done
start 80 24 "$nvim --clean -u tools/demo_init.lua $tmp/markers.md"
check "at 80 columns the whole marker where it fits" "◆ funding · cost  (2)"
check "the kinds without the count in 20 cells" "◆ funding · cost"
check "the kinds' signs in 12 cells" "◆ F\$"
markers_whole "no marker cut at the window's edge"
start 80 40 "$nvim --clean -u tools/demo_init.lua examples/deepseek-week.md"
check "the example article at 80 columns" "◆"
markers_whole "no marker of the example article cut"

# :DeepSeekClaims save as a person types it (Neovim's own prompts): the
# confirmation stands on its own line once the prompts are gone (it was
# printed after "Note (optional): ", with a hit-enter prompt); an empty note
# saves (0.7.2 cancelled); saving again updates the one entry. The ledger is
# the project ledger of a scratch folder (.deepseek-claims.jsonl in the cwd).
# not_on_screen NAME TEXT: TEXT is not on the screen now
not_on_screen() {
    if screen | grep -qF -- "$2"; then fail=$((fail + 1)); echo "  FAIL $1: \"$2\" on screen"; screen | sed 's/^/     | /'
    else pass=$((pass + 1)); echo "  ok   $1"; fi
}
mkdir -p "$tmp/notes" && : > "$tmp/notes/.deepseek-claims.jsonl"
printf '# Notes\n\nDeepSeek said V3 was trained on 2,048 Nvidia H800 GPUs in under two months.\n' > "$tmp/notes/n.md"
start 100 24 "$tmp/notes" "$nvim --clean -u $(pwd)/tools/demo_init.lua n.md"
check "the notes are shown" "two months"
keys 3G ":DeepSeekClaims save" Enter
check "save asks for a status" "3: disputed"
keys 3 Enter
check "then for a note" "Note (optional):"
keys "cluster only" Enter
check "the confirmation" "(deepseek-claims) saved (disputed) in .deepseek-claims.jsonl as deepseek-"
not_on_screen "on its own line, the prompt gone" "Note (optional):"
not_on_screen "no hit-enter prompt" "Press ENTER"
keys ":DeepSeekClaims save" Enter
check "the status saved is in the prompt" "(saved as disputed)"
keys 2 Enter
check "the note saved is the default" "Note (optional): cluster only"
keys C-u Enter
not_on_screen "no hit-enter prompt after the update" "Press ENTER"
check "an empty note saves: the entry updated" "(deepseek-claims) updated (confirmed) in .deepseek-claims.jsonl"
n=$(grep -c . "$tmp/notes/.deepseek-claims.jsonl")
if [ "$n" -eq 1 ] && grep -q '"status":"confirmed"' "$tmp/notes/.deepseek-claims.jsonl" \
    && ! grep -q '"note"' "$tmp/notes/.deepseek-claims.jsonl"; then
    pass=$((pass + 1)); echo "  ok   one entry, confirmed, without a note"
else fail=$((fail + 1)); echo "  FAIL one entry, confirmed, without a note:"; sed 's/^/     | /' "$tmp/notes/.deepseek-claims.jsonl"; fi

echo "$label: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
