#!/usr/bin/env bash
# Walks one correction case through the SOP steps against running services, printing each step and its actor.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
REQ=${REQUEST_SERVICE_URL:-http://127.0.0.1:8081}/api/v1
REV=${REVIEW_SERVICE_URL:-http://127.0.0.1:8082}/api/v1
ARC=${ARCHIVE_SERVICE_URL:-http://127.0.0.1:8083}/api/v1
# Health is on each service's management interface (its own port), not the API's.
REV_MANAGEMENT=${REVIEW_MANAGEMENT_URL:-http://127.0.0.1:9082}
ARC_MANAGEMENT=${ARCHIVE_MANAGEMENT_URL:-http://127.0.0.1:9083}

tok() { "$here/token.sh" "$@"; }
values() { grep -o "\"$1\":[^,}]*" | sed "s/\"$1\"://; s/\"//g"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -1; }
step() { printf '\n\033[1mStep %s — %s (%s)\033[0m\n' "$1" "$2" "$3"; }
call() { # METHOD URL TOKEN [BODY]; $TRACEPARENT, when set, goes along (the request joins that trace)
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    ${TRACEPARENT:+-H "traceparent: $TRACEPARENT"} ${4:+-d "$4"})
  status=${out##*$'\n'}; out=${out%$'\n'*}
  if [ "${status:0:1}" != 2 ]; then echo "    FAILED ($status): $out" >&2; exit 1; fi
  printf '%s' "$out"
}

KARO=$(tok karo --upn karo.demo --nip 196609211986031004 --name "Ir. Karo Organisasi")
KABAG=$(tok kabag --upn kabag.demo --nip 197001011995031001 --name "Kabag Tatalaksana")
KASUBBAG=$(tok kasubbag --upn kasubbag.demo --nip 197502022000032002 --name "Kasubbag TU")
PELAKSANA=$(tok pelaksana --upn pelaksana.demo --nip 199003032015031003 --name "Pelaksana Satu")
ARSIPARIS=$(tok arsiparis --upn arsiparis.demo --nip 198804042010012004 --name "Arsiparis Satu")
AUDITOR=$(tok auditor --upn auditor.demo --name "Auditor")
DINKES=$(tok unit --upn dinkes.demo --unit DINKES --name "Dinas Kesehatan")
DISDIK=$(tok unit --upn disdik.demo --unit DISDIK --name "Dinas Pendidikan")
due=$(date -d '+14 days' +%F)

step 0 "The admin states the units' performance agreements for 2026 and registers the walk-through's officers" admin
"$here/reference-data.sh"

step 1 "Karo opens the case and disposes it to the Kabag" karo
case_json=$(call POST "$REQ/cases" "$KARO" "{\"title\":\"Koreksi data kinerja Triwulan II\",\"year\":2026,\"period\":\"Q2\",\"reason\":\"Realisasi triwulan II dilaporkan keliru\",\"targetUnits\":[\"DINKES\",\"DISDIK\"],\"dueDate\":\"$due\",\"instruction\":\"Siapkan Nota Dinas permintaan data koreksi\",\"urgency\":\"SEGERA\"}")
CASE=$(printf '%s' "$case_json" | field id)
echo "    case $CASE, state $(printf '%s' "$case_json" | field state)"

step 1 "Kabag issues the Nota Dinas to DINKES and DISDIK" kabag
memo=$(call POST "$REQ/cases/$CASE/memo" "$KABAG" '{"subject":"Permintaan data koreksi kinerja Triwulan II","body":"Mohon menyampaikan data koreksi kinerja.","nature":"SEGERA"}')
echo "    Nota Dinas number $(printf '%s' "$memo" | field number), to: $(printf '%s' "$memo" | grep -o '"to":\[[^]]*\]' | sed 's/"to":\[//; s/\]$//; s/","/; /g; s/"//g')"

step "1–2" "Units submit their corrected indicator rows" unit
row_id() { grep -o '"rows":\[{"id":"[^"]*"' | sed 's/.*"id":"\(.*\)"/\1/'; }
DINKES_ROW=$(call POST "$REQ/cases/$CASE/submissions" "$DINKES" '{"letterNumber":"440/512/DINKES/2026","rows":[{"indicatorCode":"IKU-1","actualReported":"80","actualCorrected":"86,5","reason":"Data puskesmas terlambat masuk","dataSource":"SIGIZI"}]}' | row_id)
echo "    DINKES submitted 1 row (its reply letter 440/512/DINKES/2026)"
step 2 "DISDIK replied on paper: the pelaksana enters its reply on DISDIK's behalf, the letter attached" pelaksana
letter_pdf=$(mktemp --suffix=.pdf)
printf '%%PDF-1.4\n%% Surat balasan Dinas Pendidikan 421/77/DISDIK/2026 (scan)\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' >"$letter_pdf"
upload=$(curl -s -w '\n%{http_code}' -X POST "$REQ/cases/$CASE/attachments?name=surat-balasan-disdik.pdf&description=Surat%20balasan%20DISDIK" \
  -H "Authorization: Bearer $PELAKSANA" -H 'Content-Type: application/pdf' --data-binary @"$letter_pdf")
rm -f "$letter_pdf"
[ "${upload##*$'\n'}" = 201 ] || { echo "    FAILED: uploading the reply letter: $upload" >&2; exit 1; }
LETTER=$(printf '%s' "${upload%$'\n'*}" | field id)
echo "    reply letter uploaded: $(printf '%s' "${upload%$'\n'*}" | field mediaType), SHA-256 $(printf '%s' "${upload%$'\n'*}" | field sha256)"
DISDIK_ROW=$(call POST "$REQ/cases/$CASE/submissions/on-behalf" "$PELAKSANA" '{"unitCode":"DISDIK","letterNumber":"421/77/DISDIK/2026","letterDate":"'"$(date +%F)"'","letterAttachmentId":"'"$LETTER"'","rows":[{"indicatorCode":"IKU-7","actualReported":"2,5","actualCorrected":"1,8","reason":"Salah hitung penyebut","dataSource":"Dapodik"}]}' | row_id)
echo "    DISDIK's 1 row entered by pelaksana.demo on its behalf (letter 421/77/DISDIK/2026, registered in the agenda book)"

step 2 "Kabag forwards the collected material to the Kasubbag" kabag
call POST "$REQ/cases/$CASE/forward" "$KABAG" '{"note":"Data lengkap dari kedua unit"}' >/dev/null
echo "    forwarded"

step 3 "Kasubbag assigns a pelaksana" kasubbag
call POST "$REQ/cases/$CASE/assignment" "$KASUBBAG" '{"upn":"pelaksana.demo"}' >/dev/null
echo "    assigned to pelaksana.demo"

step 2 "Kabag reopens collection for DINKES with a reason and a reminder Nota Dinas; DINKES alone resubmits" kabag
reopening=$(call POST "$REQ/cases/$CASE/reopenings" "$KABAG" '{"unitCode":"DINKES","reason":"Data SIGIZI Juni belum final","sendReminderMemo":true}')
echo "    case $(call GET "$REQ/cases/$CASE" "$KARO" | field state) for DINKES, reminder Nota Dinas $(printf '%s' "$reopening" | field number)"
DINKES_ROW=$(call POST "$REQ/cases/$CASE/submissions" "$DINKES" '{"letterNumber":"440/530/DINKES/2026","rows":[{"indicatorCode":"IKU-1","indicatorName":"Persentase balita gizi baik","year":2026,"period":"Q2","unitOfMeasure":"%","direction":"HIGHER_IS_BETTER","target":"90","actualReported":"80","actualCorrected":"86,8","reason":"Data SIGIZI Juni final","dataSource":"SIGIZI"}]}' | row_id)
echo "    DINKES resubmitted: revision 2 supersedes revision 1"
call POST "$REQ/cases/$CASE/forward" "$KABAG" '{"note":"Data DINKES diperbarui"}' >/dev/null
echo "    forwarded again: case $(call GET "$REQ/cases/$CASE" "$KARO" | field state), still with pelaksana.demo"

step 4 "Pelaksana analyses, composes the draft and submits it for review" pelaksana
analysis=$(call GET "$REQ/cases/$CASE/analysis" "$PELAKSANA")
echo "    analysis: rows $(printf '%s' "$analysis" | field rowCount), outsized changes $(printf '%s' "$analysis" | field outsizedCount)"
rows=$(printf '%s' "$analysis" | grep -o '"rowId":"[^"]*"' | sed 's/"rowId"://' | paste -sd, -)
call PUT "$REQ/cases/$CASE/draft" "$PELAKSANA" "{\"rowIds\":[$rows],\"notes\":\"Dua indikator dikoreksi\",\"conclusion\":\"Koreksi diusulkan untuk disetujui\"}" >/dev/null
etag=$(curl -si -H "Authorization: Bearer $PELAKSANA" "$REQ/cases/$CASE/draft" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$REQ/cases/$CASE/draft/corrections" -H "Authorization: Bearer $PELAKSANA" -H 'Content-Type: application/json' -H "If-Match: $etag" -d "{\"rowId\":\"$DISDIK_ROW\",\"actualCorrected\":\"1,9\",\"reason\":\"Rekap Dapodik terbaru\"}")
if [ "$status" != 201 ]; then echo "    FAILED ($status): the pelaksana's correction" >&2; exit 1; fi
echo "    pelaksana corrected DISDIK's IKU-7 from 1,8 to 1,9 with a reason (the unit's value kept beside it)"
# The submission starts a trace of its own: its id follows the draft into review-service (see the end).
TRACE_ID=$(openssl rand -hex 16)
version=$(TRACEPARENT="00-$TRACE_ID-$(openssl rand -hex 8)-01" call POST "$REQ/cases/$CASE/draft/submit" "$PELAKSANA")
echo "    draft version $(printf '%s' "$version" | field number), SHA-256 $(printf '%s' "$version" | field contentHash), trace $TRACE_ID"

state=$(call GET "$REQ/cases/$CASE" "$KARO" | field state)
echo "    case $state: submitted for review"

if ! curl -fs "$REV_MANAGEMENT/q/health/ready" >/dev/null 2>&1; then
  echo "review-service is not running: the walk-through ends at step 4."; exit 0
fi

await() { # DESCRIPTION COMMAND...: retries until the command prints something
  local what=$1; shift; local out
  for _ in $(seq 1 60); do out=$("$@" 2>/dev/null || true); [ -n "$out" ] && { printf '%s' "$out"; return 0; }; sleep 0.5; done
  echo "    gave up waiting for $what" >&2; exit 1
}
review_id() { call GET "$REV/reviews?scope=ALL&caseId=$CASE" "$AUDITOR" | grep -o '"id":"[^"]*"' | head -1 | sed 's/"id":"\(.*\)"/\1/'; }
current_version() { call GET "$REV/reviews/$1" "$AUDITOR" | field currentVersion; }
decide() { # TOKEN DECISION [REASON]
  local v; v=$(current_version "$REVIEW")
  call POST "$REV/reviews/$REVIEW/decisions" "$1" "{\"decision\":\"$2\",\"version\":$v${3:+,\"reason\":\"$3\"}}" >/dev/null
}

step 5 "The draft arrives at review-service (delivered by request-service's outbox)" kasubbag
REVIEW=$(await "the review" review_id)
echo "    review $REVIEW, pending at level 5"

amend() { # TOKEN ROW UNIT ACTUAL NOTE: the current level corrects one row's actual; achievement is recomputed
  local v; v=$(current_version "$REVIEW")
  call POST "$REV/reviews/$REVIEW/amendments" "$1" "{\"baseVersion\":$v,\"rows\":[{\"rowId\":\"$2\",\"unitCode\":\"$3\",\"actualCorrected\":\"$4\",\"reviewerNote\":\"$5\"}],\"note\":\"$5\"}" >/dev/null
}

step 5 "Kasubbag TU corrects DINKES's actual (a sealed amendment), then initials (paraf)" kasubbag
amend "$KASUBBAG" "$DINKES_ROW" DINKES "87,0" "Angka SIGIZI final"
decide "$KASUBBAG" APPROVE; echo "    amended to version $(current_version "$REVIEW"), paraf given on it"
step 6 "Kabag corrects DISDIK's actual, then initials" kabag
amend "$KABAG" "$DISDIK_ROW" DISDIK "1,7" "Penyebut Dapodik semester genap"
decide "$KABAG" APPROVE; echo "    amended to version $(current_version "$REVIEW"), paraf given on it"
step 7 "Karo returns it to the Kabag with a reason" karo
decide "$KARO" RETURN "Sumber data DISDIK belum dilampirkan"; echo "    returned to level 6"
step 6 "Kabag returns it one level down" kabag
decide "$KABAG" RETURN "Mohon periksa kembali angka DISDIK"; echo "    returned to level 5"
step 5 "Kasubbag TU returns it to the pelaksana for revision" kasubbag
decide "$KASUBBAG" RETURN "Lengkapi sumber data DISDIK"; echo "    returned to the pelaksana, carrying version $(current_version "$REVIEW") as reviewed"

step 4 "Pelaksana sees what the reviewers changed, revises the draft and submits version 2" pelaksana
await "the case to come back for revision" sh -c "curl -s -H 'Authorization: Bearer $PELAKSANA' $REQ/cases/$CASE | grep -o '\"state\":\"REVISION\"'" >/dev/null
reviewed=$(call GET "$REQ/cases/$CASE/drafts/1/reviewed" "$PELAKSANA")
echo "    the reviewers changed: $(printf '%s' "$reviewed" | grep -o '"path":"[^"]*actualCorrected"' | sed 's/"path"://' | paste -sd' ' -)"
etag=$(curl -si -H "Authorization: Bearer $PELAKSANA" "$REQ/cases/$CASE/draft" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$REQ/cases/$CASE/draft" -H "Authorization: Bearer $PELAKSANA" -H 'Content-Type: application/json' -H "If-Match: $etag" -d "{\"rowIds\":[$rows],\"notes\":\"Sumber data DISDIK: Dapodik semester genap\",\"conclusion\":\"Koreksi diusulkan untuk disetujui\"}")
[ "$status" = 200 ] || { echo "    FAILED ($status) to revise the draft" >&2; exit 1; }
version=$(call POST "$REQ/cases/$CASE/draft/submit" "$PELAKSANA")
echo "    draft version $(printf '%s' "$version" | field number) keeps the reviewers' corrections, SHA-256 $(printf '%s' "$version" | field contentHash)"

in_review() { call GET "$REV/reviews/$REVIEW" "$AUDITOR" | grep -o '"status":"IN_REVIEW"'; }
step 5 "Kasubbag TU initials the revised draft" kasubbag
await "the revised draft at review-service" in_review >/dev/null
decide "$KASUBBAG" APPROVE; echo "    paraf given on version $(current_version "$REVIEW")"
step 6 "Kabag corrects DISDIK once more (sealed), then initials" kabag
amend "$KABAG" "$DISDIK_ROW" DISDIK "1,75" "Dibulatkan sesuai Dapodik"
decide "$KABAG" APPROVE; echo "    paraf given on version $(current_version "$REVIEW")"
step 7 "Karo signs: the correction gets its document number" karo
decide "$KARO" APPROVE
echo "    signed as $(call GET "$REV/reviews/$REVIEW/seals" "$AUDITOR" | grep -o '"documentNumber":"[^"]*"' | head -1 | cut -d'"' -f4)"
verification=$(call GET "$REV/reviews/$REVIEW/seals/verification" "$AUDITOR")
echo "    seals verified at review-service: $(printf '%s' "$verification" | field allValid)"
history=$(call GET "$REV/reviews/$REVIEW/amendments" "$AUDITOR")
echo "    amendment history (version ← base, by level):"
paste -d' ' <(printf '%s' "$history" | values number) <(printf '%s' "$history" | values baseVersion) \
      <(printf '%s' "$history" | values level) | while read -r n base lvl; do echo "      v$n ← v$base at level $lvl"; done

if ! curl -fs "$ARC_MANAGEMENT/q/health/ready" >/dev/null 2>&1; then
  echo "archive-service is not running: the walk-through ends at step 7."; exit 0
fi
order_id() { call GET "$ARC/archive-orders?caseId=$CASE" "$AUDITOR" | grep -o '"id":"[^"]*"' | head -1 | sed 's/"id":"\(.*\)"/\1/'; }
step 8 "The signed correction arrives at archive-service; Kabag orders archiving" kabag
ORDER=$(await "the archive order" order_id)
call POST "$ARC/archive-orders/$ORDER/order" "$KABAG" '{"note":"Arsipkan koreksi yang telah ditandatangani"}' >/dev/null
echo "    order $ORDER: archiving ordered"
step 9 "Kasubbag TU orders the arsiparis" kasubbag
call POST "$ARC/archive-orders/$ORDER/delegation" "$KASUBBAG" '{"upn":"arsiparis.demo"}' >/dev/null
echo "    delegated to arsiparis.demo"
step 10 "Arsiparis files it" arsiparis
# A file of its own per walk-through (named after the case), item 1: the walk-through runs again on a database
# that already holds earlier runs or records filed by hand, and never takes an item someone else filed.
FILE="KIN-2026-${CASE:0:8}"
record=$(call POST "$ARC/archive-orders/$ORDER/filing" "$ARSIPARIS" '{"classificationCode":"000.8.6.3","fileNumber":"'"$FILE"'","itemNumber":1,"processingUnit":"Bagian Tata Laksana","description":"Koreksi data kinerja Triwulan II 2026","periodCovered":{"from":"2026-04-01","to":"2026-06-30"},"quantity":1,"medium":"ELECTRONIC","authenticity":"ORIGINAL","accessClass":"RESTRICTED","location":{"folder":"F-07","box":"B-02","shelf":"R-1"}}')
RECORD=$(printf '%s' "$record" | field id)
echo "    record $RECORD, file $FILE item 1, content SHA-256 $(printf '%s' "$record" | field contentHash)"
shown=$(call GET "$ARC/records/$RECORD" "$AUDITOR")
echo "    document number $(printf '%s' "$shown" | field documentNumber); every seal verifies: $(printf '%s' "$shown" | field sealsVerified)"
seals=$(printf '%s' "$shown" | grep -o '"seals":\[.*\],"amendments"' || true)
paste -d'|' <(printf '%s' "$seals" | values level) <(printf '%s' "$seals" | values act) \
      <(printf '%s' "$seals" | values post) <(printf '%s' "$seals" | values version) \
      <(printf '%s' "$seals" | values verified) | while IFS='|' read -r lvl act post v ok; do
  echo "      level $lvl $act by the $post on version $v — verified: $ok"; done
amendments=$(printf '%s' "$shown" | grep -o '"amendments":\[.*\],"sealsVerified"' || true)
paste -d' ' <(printf '%s' "$amendments" | values level) <(printf '%s' "$amendments" | values fromVersion) \
      <(printf '%s' "$amendments" | values toVersion) | while read -r lvl from to; do
  if [ -n "$lvl" ]; then echo "      sealed amendment at level $lvl: version $from → $to"; fi; done

signed=$(call GET "$ARC/records/$RECORD" "$KARO")
echo "    the signed correction shows:"
shows() { # LABEL PATTERN
  local found; found=$(printf '%s' "$signed" | grep -o "$2" | head -1 | sed 's/\\"/"/g; s/^[A-Za-z]*":"//')
  [ -n "$found" ] || { echo "    FAILED: the signed correction does not show $1" >&2; exit 1; }
  echo "      $1: $found"
}
shows "the reply entered on DISDIK's behalf" 'entered by the pelaksana [^\\]*'
shows "collection reopened for DINKES, with the Kabag's reason" 'Data SIGIZI Juni belum final'
shows "the pelaksana's correction beside DISDIK's own value" 'unitActualCorrected\\":\\"[^\\]*'
shows "and its reason" 'correctionReason\\":\\"[^\\]*'
[ "$(printf '%s' "$shown" | field sealsVerified)" = true ] || { echo "    FAILED: the record's seals do not verify" >&2; exit 1; }
chain=$(call GET "$ARC/records/verification" "$AUDITOR")
echo "    integrity chain: $chain"
[ "$(printf '%s' "$chain" | field intact)" = true ] || { echo "    FAILED: the archive's integrity chain is broken" >&2; exit 1; }

step "10" "The documents as officials print them, and the signed one checked as anyone holding a printout would" everyone
DOCS="${DOCUMENTS_DIR:-$here/documents}/$CASE"
mkdir -p "$DOCS"
download() { # URL TOKEN FILE
  local status; status=$(curl -s -o "$DOCS/$3" -w '%{http_code}' -H "Authorization: Bearer $2" "$1")
  [ "$status" = 200 ] || { echo "    FAILED ($status): downloading $3 from $1" >&2; exit 1; }
  echo "    $DOCS/$3"
}
download "$REQ/cases/$CASE/disposition/pdf" "$KARO" 1-lembar-disposisi.pdf
download "$REQ/cases/$CASE/memo/pdf" "$KABAG" 2-nota-dinas.pdf
download "$ARC/records/$RECORD/pdf" "$KARO" 3-perbaikan-data-kinerja-signed.pdf
filed_sha=$(sha256sum "$DOCS/3-perbaikan-data-kinerja-signed.pdf" | cut -d' ' -f1)
[ "$filed_sha" = "$(printf '%s' "$shown" | field pdfSha256)" ] || { echo "    FAILED: the filed PDF does not hash to the record's pdfSha256" >&2; exit 1; }
verify_url="${DOCUMENT_VERIFICATION_URL:-http://localhost:8083/api/v1/verifications}/$(printf '%s' "$shown" | field verificationId)"
verified=$(curl -s "$verify_url")
echo "    the QR code's address, opened without a login: $verify_url"
echo "      PDF signature $(printf '%s' "$verified" | field pdf), seals $(printf '%s' "$verified" | field seals), archive $(printf '%s' "$verified" | field archive), signed by $(printf '%s' "$verified" | field signerName), $(printf '%s' "$verified" | field signerPost)"
[ "$(printf '%s' "$verified" | field pdf)/$(printf '%s' "$verified" | field seals)/$(printf '%s' "$verified" | field archive)" = VALID/VALID/FILED_AND_CHAINED ] || { echo "    FAILED: the printed document does not verify: $verified" >&2; exit 1; }
if command -v pdfsig >/dev/null 2>&1; then
  echo "    pdfsig: $(pdfsig "$DOCS/3-perbaikan-data-kinerja-signed.pdf" 2>/dev/null | grep -E 'Signature Validation|Total document signed' | sed 's/^ *- //' | paste -sd';' -)"
fi

step 2 "Deadlines: a second case whose due date passed with DISDIK silent; the Kabag reminds DISDIK alone" kabag
LATE=$(call POST "$REQ/cases" "$KARO" "{\"title\":\"Koreksi data kinerja Triwulan II (unit terlambat)\",\"year\":2026,\"period\":\"Q2\",\"reason\":\"Realisasi dilaporkan keliru\",\"targetUnits\":[\"DINKES\",\"DISDIK\"],\"dueDate\":\"$due\",\"instruction\":\"Siapkan Nota Dinas\",\"urgency\":\"SEGERA\"}" | field id)
call POST "$REQ/cases/$LATE/memo" "$KABAG" '{"subject":"Permintaan data koreksi kinerja","body":"Mohon menyampaikan data koreksi kinerja.","nature":"SEGERA"}' >/dev/null
call POST "$REQ/cases/$LATE/submissions" "$DINKES" '{"rows":[{"indicatorCode":"IKU-1","actualReported":"80","actualCorrected":"85","reason":"Data puskesmas terlambat masuk"}]}' >/dev/null
# A case cannot be opened with a due date in the past: the walk-through moves it there, as time would.
if psql -d "${DEMO_DATABASE:-sop}" -qAtc "update request_svc.correction_case set due_date = current_date - 2 where id = '$LATE'" >/dev/null 2>&1; then
  late=$(call GET "$REQ/cases/$LATE/late-units" "$KABAG")
  echo "    due $(printf '%s' "$late" | field dueDate) (ended $(printf '%s' "$late" | field dueAt)); late: $(printf '%s' "$late" | values unitCode | paste -sd' ' -)"
  reminder=$(call POST "$REQ/cases/$LATE/reminders" "$KABAG" "{\"replyBy\":\"$(date -d '+3 days' +%F)\"}")
  echo "    reminder Nota Dinas $(printf '%s' "$reminder" | field number) to $(printf '%s' "$reminder" | values unitCode | paste -sd' ' -), reply by $(printf '%s' "$reminder" | field replyBy); in the agenda book and the timeline"
  download "$REQ/cases/$LATE/reminders/$(printf '%s' "$reminder" | field id)/pdf" "$DISDIK" 4-nota-dinas-pengingat.pdf
else
  echo "    (skipped: psql could not reach database ${DEMO_DATABASE:-sop} to let the due date pass)"
fi

await "the case to be archived" sh -c "curl -s -H 'Authorization: Bearer $AUDITOR' $REQ/cases/$CASE | grep -o '\"state\":\"ARCHIVED\"'" >/dev/null
step "1–10" "Mutu Baku in working time: the case against the SOP's 110 minutes, and who was told" karo
calendar=$(call GET "$REQ/calendar" "$KARO")
echo "    working calendar: WIB office hours; national holidays and cuti bersama entered for $(printf '%s' "$calendar" | grep -o '"holidayYears":\[[^]]*\]' | values year | paste -sd' ' -); no decree yet for: $(printf '%s' "$calendar" | grep -o '"yearsWithoutHolidays":\[[^]]*\]' | sed 's/.*\[//; s/\]//')"
# A report's dates are WIB days (a date means its midnight in Pontianak): in the evening UTC it is already tomorrow there.
REPORT_DAYS="from=$(TZ=WIB-7 date -d yesterday +%F)&to=$(TZ=WIB-7 date -d tomorrow +%F)"
await "the case's steps 8–10 in request-service's report" sh -c "curl -s -H 'Authorization: Bearer $KARO' '$REQ/reports/service-level/cases?$REPORT_DAYS' | grep -o '\"caseId\":\"$CASE\"'" >/dev/null
percase=$(call GET "$REQ/reports/service-level/cases?$REPORT_DAYS" "$KARO" | grep -o "{\"caseId\":\"$CASE\"[^]]*]")
echo "    case $CASE: $(printf '%s' "$percase" | field workingMinutes) working minutes in $(printf '%s' "$percase" | grep -o '"round":' | wc -l) rounds against $(printf '%s' "$percase" | field standardMinutes 2>/dev/null || echo 110) (Nota Dinas beside: $(printf '%s' "$percase" | field memoMinutes)); per round: $(printf '%s' "$percase" | grep -o '"round":[0-9]*,"workingMinutes":[0-9.]*' | sed 's/"round":\([0-9]*\),"workingMinutes":/#\1 /' | paste -sd' ' -)"
echo "    the pelaksana was told of $(call GET "$REQ/notifications?size=100" "$PELAKSANA" | grep -o "\"caseId\":\"$CASE\"" | wc -l) tasks of this case in request-service's feed"
if [ -n "${SOP_LOG_DIR:-}" ]; then
  step 4→5 "One trace: the submission's id ($TRACE_ID) in the services' JSON logs" operator
  for svc in request-service review-service archive-service; do
    { grep -h "\"traceId\":\"$TRACE_ID\"" "$SOP_LOG_DIR/$svc.log" 2>/dev/null || true; } \
      | sed -n 's/.*"message":"\([^"]*\)".*/\1/p' | awk 'NR <= 3' | sed "s/^/    $svc: /"
  done
  echo "    (with OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_TRACES_SAMPLER_ARG=1, the same trace is in your tracing backend)"
fi
echo
echo "Case $CASE is ARCHIVED after all ten steps."
echo "Timeline: curl -H \"Authorization: Bearer \$(deploy/local/token.sh auditor)\" $REQ/cases/$CASE/timeline"
