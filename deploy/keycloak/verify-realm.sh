#!/usr/bin/env bash
# Checks a running dev Keycloak (deploy/keycloak/run-keycloak.sh --background) against what Momentum expects,
# and prints the claims each demo user gets. Needs curl and jq. Exits non-zero on the first unexpected result.
#
#   deploy/keycloak/verify-realm.sh            # KEYCLOAK_URL defaults to http://localhost:8180
set -euo pipefail

KC=${KEYCLOAK_URL:-http://localhost:8180}
REALM=$KC/realms/momentum
OIDC=$REALM/protocol/openid-connect
PASSWORD=demo-password-1
REDIRECT_URI=${REDIRECT_URI:-http://localhost:8095/login/oauth2/code/keycloak}
ORG_ENERGY=0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b01
ORG_BANK=0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b02
CLAIMS='with_entries(select(.key | IN("sub","organization","roles","groups","locale","email","name","preferred_username")))'

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
jwt_payload() {
  local p; p=$(printf %s "$1" | cut -d. -f2 | tr '_-' '/+')
  while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done
  printf %s "$p" | base64 -d
}
expect() { # expect DESCRIPTION JSON JQ-FILTER
  echo "$2" | jq -e "$3" >/dev/null || fail "$1: $(echo "$2" | jq -c .)"
}

# 1. Discovery
DISCOVERY=$(curl -fsS "$REALM/.well-known/openid-configuration") || fail "no discovery document at $REALM"
expect "issuer" "$DISCOVERY" ".issuer == \"$REALM\""
expect "end_session_endpoint" "$DISCOVERY" ".end_session_endpoint == \"$OIDC/logout\""
ok "discovery: issuer $REALM"

# 2. Password grant (test client) with scope organization:* -> all memberships
password_grant() { # user scope -> prints token response
  curl -fsS -d grant_type=password -d client_id=momentum-test -d client_secret=momentum-test-dev-secret \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "scope=$2" "$OIDC/token"
}
declare -A EXPECT_ORGS=(
  [sso-cx@demo-energy.example]="{\"demo-energy\":{\"id\":\"$ORG_ENERGY\"}}"
  [sso-exec@demo-bank.example]="{\"demo-bank\":{\"id\":\"$ORG_BANK\"}}"
  [sso-new@demo-energy.example]="{\"demo-energy\":{\"id\":\"$ORG_ENERGY\"}}"
  [sso-both@demo.example]="{\"demo-energy\":{\"id\":\"$ORG_ENERGY\"},\"demo-bank\":{\"id\":\"$ORG_BANK\"}}"
  [sso-none@demo.example]="null"
)
for user in sso-cx@demo-energy.example sso-exec@demo-bank.example sso-new@demo-energy.example \
            sso-both@demo.example sso-none@demo.example; do
  response=$(password_grant "$user" "openid organization:*") || fail "password grant for $user"
  id_token=$(jwt_payload "$(echo "$response" | jq -r .id_token)")
  userinfo=$(curl -fsS -H "Authorization: Bearer $(echo "$response" | jq -r .access_token)" "$OIDC/userinfo")
  echo "$user"
  echo "  id token: $(echo "$id_token" | jq -c "$CLAIMS")"
  echo "  userinfo: $(echo "$userinfo" | jq -c "$CLAIMS")"
  for doc in "$id_token" "$userinfo"; do
    expect "$user organization" "$doc" ".organization == ${EXPECT_ORGS[$user]}"
    expect "$user email/locale" "$doc" ".email == \"$user\" and (.locale | IN(\"nl\",\"en\"))"
  done
done
expect "sso-cx roles" "$(jwt_payload "$(password_grant sso-cx@demo-energy.example openid | jq -r .id_token)")" \
  '.roles == ["momentum-cx-manager"]'
expect "sso-exec groups" "$(jwt_payload "$(password_grant sso-exec@demo-bank.example openid | jq -r .id_token)")" \
  '.groups == ["momentum-executives"] and (has("roles") | not)'
ok "password grant: organisations (with ids), roles, groups, locale in ID token and userinfo"

# 3. Authorization code flow on the real client, through the login pages, with a cookie jar
login() { # user scope [org-to-pick] -> sets TOKENS
  local user=$1 scope=$2 pick=${3:-} jar=$WORK/cookies page=$WORK/page.html headers location code
  rm -f "$jar"
  curl -fsS -c "$jar" -b "$jar" -o "$page" -G "$OIDC/auth" --data-urlencode client_id=momentum \
    --data-urlencode response_type=code --data-urlencode "scope=$scope" --data-urlencode "redirect_uri=$REDIRECT_URI" \
    --data-urlencode state=verify-state --data-urlencode nonce=verify-nonce || fail "auth request for $REDIRECT_URI"
  form_action() { grep -o 'action="[^"]*"' "$page" | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g'; }
  post() { headers=$(curl -sS -c "$jar" -b "$jar" -o "$page" -D - "$@" "$(form_action)"); \
           location=$(echo "$headers" | sed -n 's/^[Ll]ocation: //p' | tr -d '\r'); }
  # With organizations enabled the login is identity-first: username page, [organisation picker], password page.
  post --data-urlencode "username=$user"
  if [ -z "$location" ] && grep -q 'login-select-organization' "$page"; then
    [ -n "$pick" ] || fail "unexpected organisation picker for $user"
    post --data-urlencode "kc.org=$pick"
  elif [ -n "$pick" ]; then
    fail "expected an organisation picker for $user"
  fi
  if [ -z "$location" ]; then post --data-urlencode "password=$PASSWORD" -d credentialId=; fi
  case "$location" in
    "$REDIRECT_URI?"*code=*) ;;
    *) fail "login of $user did not redirect to $REDIRECT_URI with a code (got '${location:-no redirect}')" ;;
  esac
  code=$(echo "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
  TOKENS=$(curl -fsS -u momentum:momentum-dev-secret -d grant_type=authorization_code \
    --data-urlencode "code=$code" --data-urlencode "redirect_uri=$REDIRECT_URI" "$OIDC/token") || fail "code exchange"
}

login sso-cx@demo-energy.example "openid"
id_token=$(jwt_payload "$(echo "$TOKENS" | jq -r .id_token)")
expect "auth code id token" "$id_token" \
  ".aud == \"momentum\" and .nonce == \"verify-nonce\" and .organization == {\"demo-energy\":{\"id\":\"$ORG_ENERGY\"}}"
ok "authorization code flow via $REDIRECT_URI: $(echo "$id_token" | jq -c "$CLAIMS")"

login sso-both@demo.example "openid organization" demo-bank
id_token=$(jwt_payload "$(echo "$TOKENS" | jq -r .id_token)")
expect "picked organisation" "$id_token" ".organization == {\"demo-bank\":{\"id\":\"$ORG_BANK\"}}"
ok "scope 'organization' shows the organisation picker to sso-both; picked demo-bank: $(echo "$id_token" | jq -c .organization)"

# 4. RP-initiated logout with id_token_hint + post_logout_redirect_uri
login sso-cx@demo-energy.example "openid"
redirect=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -G "$OIDC/logout" \
  --data-urlencode "id_token_hint=$(echo "$TOKENS" | jq -r .id_token)" \
  --data-urlencode "post_logout_redirect_uri=http://localhost:8095/" --data-urlencode state=bye)
[ "$redirect" = "302 http://localhost:8095/?state=bye" ] || fail "logout answered '$redirect'"
refresh=$(curl -sS -u momentum:momentum-dev-secret -d grant_type=refresh_token \
  --data-urlencode "refresh_token=$(echo "$TOKENS" | jq -r .refresh_token)" "$OIDC/token")
expect "session ended by logout" "$refresh" '.error == "invalid_grant"'
ok "logout: 302 to http://localhost:8095/?state=bye, session ended"

echo "all checks passed"
