#!/usr/bin/env bash
# Walks one correction case through the SOP steps against running services, printing each step and its actor.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
REQ=${REQUEST_SERVICE_URL:-http://127.0.0.1:8081}/api/v1

tok() { "$here/token.sh" "$@"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -1; }
step() { printf '\n\033[1mStep %s — %s (%s)\033[0m\n' "$1" "$2" "$3"; }
call() { # METHOD URL TOKEN [BODY]
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"})
  status=${out##*$'\n'}; out=${out%$'\n'*}
  if [ "${status:0:1}" != 2 ]; then echo "    FAILED ($status): $out" >&2; exit 1; fi
  printf '%s' "$out"
}

KARO=$(tok karo --upn karo.demo --nip 196609211986031004 --name "Ir. Karo Organisasi")
KABAG=$(tok kabag --upn kabag.demo --nip 197001011995031001 --name "Kabag Tatalaksana")
KASUBBAG=$(tok kasubbag --upn kasubbag.demo --nip 197502022000032002 --name "Kasubbag TU")
PELAKSANA=$(tok pelaksana --upn pelaksana.demo --nip 199003032015031003 --name "Pelaksana Satu")
DINKES=$(tok unit --upn dinkes.demo --unit DINKES --name "Dinas Kesehatan")
DISDIK=$(tok unit --upn disdik.demo --unit DISDIK --name "Dinas Pendidikan")
due=$(date -d '+14 days' +%F)

step 1 "Karo opens the case and disposes it to the Kabag" karo
case_json=$(call POST "$REQ/cases" "$KARO" "{\"title\":\"Koreksi data kinerja Triwulan II\",\"year\":2026,\"period\":\"Q2\",\"reason\":\"Realisasi triwulan II dilaporkan keliru\",\"targetUnits\":[\"DINKES\",\"DISDIK\"],\"dueDate\":\"$due\",\"instruction\":\"Siapkan Nota Dinas permintaan data koreksi\",\"urgency\":\"SEGERA\"}")
CASE=$(printf '%s' "$case_json" | field id)
echo "    case $CASE, state $(printf '%s' "$case_json" | field state)"

step 1 "Kabag issues the Nota Dinas to DINKES and DISDIK" kabag
memo=$(call POST "$REQ/cases/$CASE/memo" "$KABAG" '{"subject":"Permintaan data koreksi kinerja Triwulan II","body":"Mohon menyampaikan data koreksi kinerja.","nature":"SEGERA"}')
echo "    Nota Dinas number $(printf '%s' "$memo" | field number)"

step "1–2" "Units submit their corrected indicator rows" unit
call POST "$REQ/cases/$CASE/submissions" "$DINKES" '{"rows":[{"indicatorCode":"IKU-1","indicatorName":"Persentase balita gizi baik","year":2026,"period":"Q2","unitOfMeasure":"%","direction":"HIGHER_IS_BETTER","target":"90","actualReported":"80","actualCorrected":"86,5","reason":"Data puskesmas terlambat masuk","dataSource":"SIGIZI"}]}' >/dev/null
echo "    DINKES submitted 1 row"
call POST "$REQ/cases/$CASE/submissions" "$DISDIK" '{"rows":[{"indicatorCode":"IKU-7","indicatorName":"Angka putus sekolah","year":2026,"period":"Q2","unitOfMeasure":"%","direction":"LOWER_IS_BETTER","target":"2","actualReported":"2,5","actualCorrected":"1,8","reason":"Salah hitung penyebut","dataSource":"Dapodik"}]}' >/dev/null
echo "    DISDIK submitted 1 row"

step 2 "Kabag forwards the collected material to the Kasubbag" kabag
call POST "$REQ/cases/$CASE/forward" "$KABAG" '{"note":"Data lengkap dari kedua unit"}' >/dev/null
echo "    forwarded"

step 3 "Kasubbag assigns a pelaksana" kasubbag
call POST "$REQ/cases/$CASE/assignment" "$KASUBBAG" '{"upn":"pelaksana.demo"}' >/dev/null
echo "    assigned to pelaksana.demo"

step 4 "Pelaksana analyses, composes the draft and submits it for review" pelaksana
analysis=$(call GET "$REQ/cases/$CASE/analysis" "$PELAKSANA")
echo "    analysis: rows $(printf '%s' "$analysis" | field rowCount), outsized changes $(printf '%s' "$analysis" | field outsizedCount)"
rows=$(printf '%s' "$analysis" | grep -o '"rowId":"[^"]*"' | sed 's/"rowId"://' | paste -sd, -)
call PUT "$REQ/cases/$CASE/draft" "$PELAKSANA" "{\"rowIds\":[$rows],\"notes\":\"Dua indikator dikoreksi\",\"conclusion\":\"Koreksi diusulkan untuk disetujui\"}" >/dev/null
version=$(call POST "$REQ/cases/$CASE/draft/submit" "$PELAKSANA")
echo "    draft version $(printf '%s' "$version" | field number), SHA-256 $(printf '%s' "$version" | field contentHash)"

state=$(call GET "$REQ/cases/$CASE" "$KARO" | field state)
echo
echo "Case $CASE is $state: submitted for review."
echo "Timeline: curl -H \"Authorization: Bearer \$(deploy/local/token.sh auditor)\" $REQ/cases/$CASE/timeline"
