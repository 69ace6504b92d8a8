#!/usr/bin/env bash
# The places command end to end on tests/data/places/corpus in a fresh workspace: one scenario per ctest case.
# Usage: places_cli.sh CAUCASUS-ATLAS CORPUS-DIR SCENARIO
set -u
exe=$1 corpus=$2 scenario=$3
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
fail() { echo "FAIL ($scenario): $*"; exit 1; }
run() { "$exe" "$@" --workspace "$ws" 2>"$ws/.err"; }
places() { run places "$@" --corpus "$corpus"; }
expect() { grep -qF -- "$2" <<<"$1" || fail "expected '$2' in: $1"; }
refuse() { ! grep -qF -- "$2" <<<"$1" || fail "did not expect '$2' in: $1"; }

case $scenario in
suggest)
    out=$(places suggest --json) || fail "suggest exited $?: $(cat "$ws/.err")"
    expect "$out" '"name": "Vayk"'
    expect "$out" '"name": "Gavar"'
    expect "$out" '"geonames_id": "616599"'       # Gavarr, alternate Gavar
    refuse "$out" 'Pashinyan'                     # a person, by given name and verb of speech
    refuse "$out" 'Residents'                     # the name itself, not "Residents of Vayk"
    refuse "$out" 'Example'                       # a URL
    text=$(places suggest) || fail "suggest (text) exited $?"
    # Aghavnadzor: two villages; the one in Vayots Dzor (45.23 E) is nearer Goris and Kajaran than Kotayk's.
    first=$(grep -A1 '^Aghavnadzor ' <<<"$text" | tail -1)
    expect "$first" '1. Aghavnadzor'
    expect "$first" '45.22'
    [ -z "$(places suggest --document nothing.txt)" ] || fail "--document nothing.txt should list nothing"
    ;;
accept)
    places accept Gavar >/dev/null || fail "accept exited $?: $(cat "$ws/.err")"
    user=$(cat "$ws/gazetteer.user.geojson")
    expect "$user" '"provenance": "GeoNames 616599"'
    expect "$user" '"border#p2"'
    out=$(run features --json) || fail "features exited $?"
    expect "$out" '"id": "gavar"'
    places accept Gavar >/dev/null 2>&1 && fail "accepting a known name twice should fail"
    expect "$(cat "$ws/.err")" "already a name of feature gavar"
    # Akunk: two villages and no known place in its passage: a person must choose.
    places accept Akunk >/dev/null && fail "an ambiguous name accepted without --choice"
    expect "$(cat "$ws/.err")" "two places score alike"
    places accept Akunk --choice 2 >/dev/null || fail "accept --choice 2 exited $?: $(cat "$ws/.err")"
    places accept Vayk --geonames 1 >/dev/null 2>&1 && fail "accepting an unknown GeoNames id should fail"
    places accept Tovuz --geonames 584821 >/dev/null || fail "accept --geonames exited $?: $(cat "$ws/.err")"
    expect "$(cat "$ws/gazetteer.user.geojson")" '"provenance": "GeoNames 584821"'
    
    ;;
alias)
    places alias "Berdzor road" lachin-corridor >/dev/null || fail "alias exited $?: $(cat "$ws/.err")"
    expect "$(cat "$ws/gazetteer.user.geojson")" '"feature": "lachin-corridor"'
    out=$(run features --json) || fail "features exited $?"
    expect "$out" '"text": "Berdzor road"'
    places alias "Nowhere" no-such-feature >/dev/null 2>&1 && fail "alias to an unknown feature should fail"
    expect "$(cat "$ws/.err")" "no feature 'no-such-feature'"
    ;;
place)
    places place "Zod pass" --lonlat 46.05,40.17 >/dev/null || fail "place exited $?: $(cat "$ws/.err")"
    out=$(run features --json) || fail "features exited $?"
    expect "$out" '"provenance": "placed by hand"'
    expect "$out" '46.05'
    places place Tovuz --lonlat 200,40 >/dev/null 2>&1 && fail "a longitude of 200 should be refused"
    places place Tovuz >/dev/null 2>&1 && fail "place without --lonlat should be refused"
    places place Tovuz --lonlat 45.6,41.0 --kind volcano >/dev/null 2>&1 && fail "an unknown --kind should be refused"
    ;;
route)
    # "the Yerevan–Gyumri highway": a route the gazetteer lacks between two known towns, one candidate, not two towns.
    out=$(places suggest --json) || fail "suggest exited $?: $(cat "$ws/.err")"
    expect "$out" '"name": "Yerevan–Gyumri highway"'
    expect "$out" '"from": "yerevan"'
    expect "$out" '"to": "gyumri"'
    expect "$(places suggest)" 'places place NAME --route yerevan gyumri'
    places place "Yerevan–Gyumri highway" --route yerevan gyumri >/dev/null || fail "place --route exited $?: $(cat "$ws/.err")"
    user=$(cat "$ws/gazetteer.user.geojson")
    expect "$user" '"LineString"'
    expect "$user" '"provenance": "placed by hand"'
    expect "$user" '"border#p'
    refuse "$(places suggest --json)" '"name": "Yerevan–Gyumri highway"'   # now a feature's name
    out=$(run features --json) || fail "features exited $?"
    expect "$out" '"text": "Yerevan–Gyumri highway"'
    places place "Goris road" --route goris goris >/dev/null 2>&1 && fail "a route with one end twice should be refused"
    expect "$(cat "$ws/.err")" "two different ends"
    places place "Goris road" --route goris no-such-town >/dev/null 2>&1 && fail "an unknown end should be refused"
    expect "$(cat "$ws/.err")" "no feature 'no-such-town'"
    places place "Goris road" --route goris >/dev/null 2>&1 && fail "--route with one end should be refused"
    ;;
reject)
    places reject Tovuz >/dev/null || fail "reject exited $?"
    expect "$(cat "$ws/review.json")" '"Tovuz"'
    out=$(places suggest --json) || fail "suggest exited $?"
    refuse "$out" '"name": "Tovuz"'
    expect "$out" '"name": "Vayk"'
    ;;
index-suggest)
    out=$(run index --corpus "$corpus" --suggest --csv) || fail "index --suggest exited $?: $(cat "$ws/.err")"
    expect "$out" 'vayk,border.txt,border#p1'
    expect "$(cat "$ws/.err")" 'placed provisionally'
    expect "$(cat "$ws/gazetteer.user.geojson")" '"suggested": true'
    feats=$(run features --json) || fail "features exited $?"
    expect "$feats" '"provenance": "suggested"'
    expect "$feats" '"type": "Point"'
    # Accepting a provisional feature keeps its id and clears the flag; rejecting one removes it.
    places accept Vayk >/dev/null || fail "accept of a provisional feature exited $?: $(cat "$ws/.err")"
    flag=$(python3 -c 'import json,sys; f=[f for f in json.load(open(sys.argv[1]))["features"] if f["id"]=="vayk"]; print(len(f), f[0]["properties"]["suggested"], f[0]["properties"]["provenance"])' "$ws/gazetteer.user.geojson")
    # "GeoNames 174726" since the extract's rows are ranked by population too (the row with an id, not its copy)
    [[ "$flag" == "1 False GeoNames"* ]] || fail "accepted provisional vayk should be one confirmed feature, got: $flag"
    places reject Tovuz >/dev/null || fail "reject exited $?"
    refuse "$(cat "$ws/gazetteer.user.geojson")" '"id": "tovuz"'
    ;;
usage)
    "$exe" places suggest >/dev/null 2>&1; [ $? -eq 2 ] || fail "places without --workspace should exit 2"
    "$exe" places frobnicate --workspace "$ws" >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown subcommand should exit 2"
    ;;
*) fail "unknown scenario" ;;
esac
echo "ok ($scenario)"
