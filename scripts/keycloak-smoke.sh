#!/usr/bin/env bash
# Proves the realm of scripts/keycloak.sh by hand, as the app will use it: an authorization-code
# flow with PKCE (S256) for tariff-bridge through Keycloak's own login form, the ID token's claims,
# userinfo, and RP-initiated logout back to a loopback port. Needs a running Keycloak.
#   scripts/keycloak-smoke.sh [user [password [customer_ref]]]   (alice@example.com alice-password CUST-1000)
# env: KEYCLOAK_URL (scripts/keycloak.sh url), SMOKE_PORT (45123, the app's pretended port)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${KEYCLOAK_URL:-$(scripts/keycloak.sh url)}
USER_NAME=${1:-alice@example.com}
PASSWORD=${2:-alice-password}
EXPECTED_REF=${3-CUST-1000}
PORT=${SMOKE_PORT:-45123}
CLIENT=tariff-bridge
SECRET=tariff-bridge-test-secret
REDIRECT="http://localhost:$PORT/connect/signed-in"
SIGNED_OUT="http://localhost:$PORT/account/signed-out"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR=$WORK/cookies

fail() { echo "FAIL: $*" >&2; exit 1; }
py() { python3 -c "$@"; }
enc() { py 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
b64url() { py 'import sys, base64; print(base64.urlsafe_b64encode(sys.stdin.buffer.read()).rstrip(b"=").decode())'; }

DISCOVERY=$(curl -sf "$BASE/realms/bright/.well-known/openid-configuration")
ep() { py 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$DISCOVERY" "$1"; }
AUTH=$(ep authorization_endpoint); TOKEN=$(ep token_endpoint); USERINFO=$(ep userinfo_endpoint)
END_SESSION=$(ep end_session_endpoint)

VERIFIER=$(head -c 48 /dev/urandom | b64url)
CHALLENGE=$(printf %s "$VERIFIER" | openssl dgst -sha256 -binary | b64url)
STATE=$(head -c 16 /dev/urandom | b64url)
NONCE=$(head -c 16 /dev/urandom | b64url)

curl -sf -c "$JAR" -o "$WORK/login.html" "$AUTH?response_type=code&client_id=$CLIENT&scope=openid&redirect_uri=$(enc "$REDIRECT")&state=$STATE&nonce=$NONCE&code_challenge=$CHALLENGE&code_challenge_method=S256" \
  || fail "authorization request for $REDIRECT refused"
ACTION=$(py '
import html, re, sys
page = open(sys.argv[1]).read()
for field in ("id=\"username\"", "id=\"password\"", "id=\"kc-login\""):
    assert field in page, field + " not on the login page"
print(html.unescape(re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", page).group(1)))' "$WORK/login.html")

LOCATION=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data credentialId= "$ACTION")
case "$LOCATION" in "$REDIRECT"\?*) ;; *) fail "login did not redirect to $REDIRECT but to '$LOCATION'";; esac
CODE=$(py 'import sys, urllib.parse as u; q = u.parse_qs(u.urlsplit(sys.argv[1]).query); assert q["state"] == [sys.argv[2]], "state"; print(q["code"][0])' "$LOCATION" "$STATE")

curl -s -u "$CLIENT:$SECRET" -o "$WORK/no-verifier.json" -d grant_type=authorization_code -d "code=$CODE" --data-urlencode "redirect_uri=$REDIRECT" "$TOKEN"
grep -q invalid_grant "$WORK/no-verifier.json" || fail "a code without its verifier was accepted: $(cat "$WORK/no-verifier.json")"
# that failed exchange spent the code, so sign in again through the existing session (no form this time)
LOCATION=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' "$AUTH?response_type=code&client_id=$CLIENT&scope=openid&redirect_uri=$(enc "$REDIRECT")&state=$STATE&nonce=$NONCE&code_challenge=$CHALLENGE&code_challenge_method=S256")
CODE=$(py 'import sys, urllib.parse as u; print(u.parse_qs(u.urlsplit(sys.argv[1]).query)["code"][0])' "$LOCATION")
curl -sf -u "$CLIENT:$SECRET" -o "$WORK/tokens.json" -d grant_type=authorization_code -d "code=$CODE" \
  --data-urlencode "redirect_uri=$REDIRECT" -d "code_verifier=$VERIFIER" "$TOKEN" || fail "token exchange refused"

ID_TOKEN=$(py 'import json, sys; print(json.load(open(sys.argv[1]))["id_token"])' "$WORK/tokens.json")
ACCESS_TOKEN=$(py 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$WORK/tokens.json")
curl -sf -H "Authorization: Bearer $ACCESS_TOKEN" -o "$WORK/userinfo.json" "$USERINFO" || fail "userinfo refused"
py '
import base64, json, sys
token, nonce, email, ref, base, userinfo, access = sys.argv[1:8]
def payload(jwt):
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
claims = payload(token)
info = json.load(open(userinfo))
print(json.dumps({k: claims.get(k) for k in ("iss", "aud", "azp", "nonce", "email", "email_verified", "name", "customer_ref")}), file=sys.stderr)
assert claims["iss"] == base + "/realms/bright", "iss"
assert claims["aud"] == "tariff-bridge" or claims["aud"] == ["tariff-bridge"], "aud"
assert claims["nonce"] == nonce, "nonce"
assert claims["email"] == email and claims["email_verified"] is True, "email"
assert claims.get("name"), "name"
assert claims.get("customer_ref") == (ref or None), "customer_ref in the ID token"
assert info.get("customer_ref") == (ref or None), "customer_ref in userinfo"
assert payload(access).get("customer_ref") == (ref or None), "customer_ref in the access token"
' "$ID_TOKEN" "$NONCE" "$USER_NAME" "$EXPECTED_REF" "$BASE" "$WORK/userinfo.json" "$ACCESS_TOKEN" || fail "ID token claims"

LOCATION=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' "$END_SESSION?id_token_hint=$ID_TOKEN&post_logout_redirect_uri=$(enc "$SIGNED_OUT")&state=$STATE")
[ "$LOCATION" = "$SIGNED_OUT?state=$STATE" ] || fail "logout redirected to '$LOCATION', not $SIGNED_OUT"
LOCATION=$(curl -s -b "$JAR" -o /dev/null -w '%{redirect_url}' "$AUTH?response_type=code&client_id=$CLIENT&scope=openid&redirect_uri=$(enc "$REDIRECT")&code_challenge=$CHALLENGE&code_challenge_method=S256")
[ -z "$LOCATION" ] || fail "still signed in after logout"
echo "OK: $USER_NAME signed in with PKCE at $REDIRECT and signed out to $SIGNED_OUT" >&2
