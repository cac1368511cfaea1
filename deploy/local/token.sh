#!/usr/bin/env bash
# Prints a JWT for local development, signed (RS256) with the DEV key pair under deploy/local/keys.
# The services trust it only in their dev profile (or where JWT_PUBLIC_KEY_LOCATION points at the dev key).
#
#   deploy/local/token.sh ROLE [--upn U] [--nip N] [--name NAME] [--unit CODE] [--acting] [--ttl SECONDS]
#
# ROLE: karo kabag kasubbag pelaksana arsiparis unit auditor operator admin, or a service: request-service review-service
# archive-service (as that service signs its own token: subject and upn its name; each handoff takes only its sender)
# Example: curl -H "Authorization: Bearer $(deploy/local/token.sh karo)" localhost:8081/api/v1/cases
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
roles="karo kabag kasubbag pelaksana arsiparis unit auditor operator admin request-service review-service archive-service"
usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
role=$1; shift
case " $roles " in *" $role "*) ;; *) echo "unknown role '$role' (one of: $roles)" >&2; exit 2;; esac

upn="$role.dev"; nip=""
case "$role" in *-service) upn=$role;; esac; name=""; unit=""; acting=false; ttl=3600
issuer=${JWT_ISSUER:-https://sop.local/dev-issuer}
audience=${JWT_AUDIENCE:-sop-services}
key=${JWT_SIGNING_KEY:-$here/keys/dev-jwt-private.pem}
while [ $# -gt 0 ]; do
  case "$1" in
    --upn) upn=$2; shift 2;;
    --nip) nip=$2; shift 2;;
    --name) name=$2; shift 2;;
    --unit) unit=$2; shift 2;;
    --acting) acting=true; shift;;
    --ttl) ttl=$2; shift 2;;
    -h|--help) usage;;
    *) echo "unknown option $1" >&2; usage;;
  esac
done
[ -n "$name" ] || name="Dev $role"
# An officer acts only with a NIP in the token; without --nip, the demo officer's of that role.
if [ -z "$nip" ]; then
  case "$role" in
    karo) nip=196609211986031004;; kabag) nip=197001011995031001;; kasubbag) nip=197502022000032002;;
    pelaksana) nip=199003032015031003;; arsiparis) nip=198804042010012004;;
  esac
fi
if [ "$role" = unit ] && [ -z "$unit" ]; then unit=DINKES; fi
case "$ttl" in ''|*[!0-9]*) echo "--ttl takes whole seconds" >&2; exit 2;; esac

json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
claims="{\"iss\":\"$(json_escape "$issuer")\",\"aud\":\"$(json_escape "$audience")\",\"sub\":\"$(json_escape "$upn")\""
claims+=",\"upn\":\"$(json_escape "$upn")\",\"name\":\"$(json_escape "$name")\",\"groups\":[\"$role\"]"
claims+=",\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":\"$(openssl rand -hex 12)\""
[ -n "$nip" ] && claims+=",\"nip\":\"$(json_escape "$nip")\""
[ -n "$unit" ] && claims+=",\"unit\":\"$(json_escape "$unit")\""
[ "$acting" = true ] && claims+=",\"acting\":true"
claims+="}"

header=$(printf '{"alg":"RS256","typ":"JWT","kid":"sop-dev"}' | b64url)
payload=$(printf '%s' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
