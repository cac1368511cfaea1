#!/usr/bin/env bash
# The reference data the walk-throughs (deploy/local/demo.sh, deploy/browser-test) need, stated by the admin through
# the API as in production: DINKES's and DISDIK's 2026 performance agreements (Perjanjian Kinerja) and the officers the
# case is assigned and delegated to. Idempotent: the same agreement again changes nothing, a registered officer is left
# as it is, so it runs on a fresh database and on one that holds earlier runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
REQ=${REQUEST_SERVICE_URL:-http://127.0.0.1:8081}/api/v1
ADMIN=$("$here/token.sh" admin --upn admin.demo --nip 198801012012031008 --name "Admin Data Referensi")
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -1; }
call() { # METHOD URL TOKEN BODY
  local out status
  out=$(curl -s -w '\n%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' -d "$4")
  status=${out##*$'\n'}; out=${out%$'\n'*}
  if [ "${status:0:1}" != 2 ]; then echo "    FAILED ($status): $out" >&2; exit 1; fi
  printf '%s' "$out"
}

# a repeated PUT of the same agreement changes nothing, so the walk-through runs again on the same database
for agreement in \
  'DINKES {"reason":"Perjanjian Kinerja 2026","indicators":[{"indicatorCode":"IKU-1","indicatorName":"Persentase balita gizi baik","unitOfMeasure":"%","direction":"HIGHER_IS_BETTER","target":"90","strategicGoal":"Meningkatnya derajat kesehatan masyarakat"}]}' \
  'DISDIK {"reason":"Perjanjian Kinerja 2026","indicators":[{"indicatorCode":"IKU-7","indicatorName":"Angka putus sekolah","unitOfMeasure":"%","direction":"LOWER_IS_BETTER","target":"2"}]}'; do
  agreed=$(call PUT "$REQ/agreements/${agreement%% *}/2026" "$ADMIN" "${agreement#* }")
  echo "    ${agreement%% *} 2026: revision $(printf '%s' "$agreed" | field revision)"
done
# Reference data: the units are known from the first start; the officers the walk-through assigns and delegates to
# are registered by the admin (idempotent: one already registered is left as it is).
register_officer() { # UPN BODY
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$REQ/officers/$1" -H "Authorization: Bearer $ADMIN")
  if [ "$status" = 404 ]; then call PUT "$REQ/officers/$1" "$ADMIN" "$2" >/dev/null; fi
}
register_officer pelaksana.demo '{"nip":"199003032015031003","name":"Pelaksana Satu","post":"Analis Kebijakan Ahli Pertama","role":"pelaksana","unitCode":"BIRO-ORG","section":"Bagian Tata Laksana","activeFrom":"2020-01-01"}'
register_officer arsiparis.demo '{"nip":"198804042010012004","name":"Arsiparis Satu","post":"Arsiparis Ahli Pertama","role":"arsiparis","unitCode":"BIRO-ORG","section":"Subbagian Tata Usaha","activeFrom":"2020-01-01"}'
echo "    pelaksana.demo and arsiparis.demo are in the register of officers"
