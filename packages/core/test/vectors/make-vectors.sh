#!/usr/bin/env bash
# Regenerates the signature test vectors in this folder: bash ./make-vectors.sh
#
# The signatures are computed by OpenSSL, independently of the code under test, following
# Lucca's "Validating events" page: Base64(HMAC-SHA256(UTF-8 secret, timestamp "." raw body)).
# Bodies are written with printf escapes so every byte (BOM, UTF-8, trailing newline) is explicit.
# Secrets, timestamps and descriptions must not contain `"` or `\` (they are pasted into JSON).
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

# vector <file name> <description> <secret> <timestamp> <printf format of the body bytes>
vector() {
  local name=$1 description=$2 secret=$3 timestamp=$4 body_format=$5
  local body
  body=$(mktemp)
  # shellcheck disable=SC2059 # the format string *is* the body
  printf "$body_format" >"$body"
  local signature body_base64
  signature=$({ printf '%s.' "$timestamp"; cat "$body"; } |
    openssl dgst -sha256 -hmac "$secret" -binary | openssl base64 -A)
  body_base64=$(openssl base64 -A <"$body")
  rm -f "$body"
  printf '{\n  "description": "%s",\n  "secret": "%s",\n  "timestamp": "%s",\n  "bodyBase64": "%s",\n  "signature": "%s"\n}\n' \
    "$description" "$secret" "$timestamp" "$body_base64" "$signature" >"$name.json"
}

facts_secret='b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta'

vector ascii-body "compact ASCII JSON body" "whsec-test-secret" "2025-01-01T08:34:23Z" \
  '{"id":"1","type":"event","topic":"employee.created"}'
vector utf8-body "multi-byte UTF-8 body: accents and an emoji" "whsec-test-secret" \
  "2025-01-01T08:34:23Z" '{"name":"Ren\xc3\xa9e M\xc3\xbcller \xf0\x9f\x8e\x89","city":"S\xc3\xa3o Paulo"}'
vector pretty-json-trailing-newline "pretty-printed JSON ending with a newline" "whsec-test-secret" \
  "2025-01-01T08:34:23Z" '{\n  "id": "42",\n  "topic": "leave.updated",\n  "data": {\n    "id": "7"\n  }\n}\n'
vector leading-bom "body starting with a UTF-8 byte order mark, which is signed" "whsec-test-secret" \
  "2025-01-01T08:34:23Z" '\xef\xbb\xbf{"id":"1"}'
vector fractional-seconds "timestamp with four fractional digits, signed verbatim" "whsec-test-secret" \
  "2024-04-15T23:12:54.0001Z" '{"id":"2"}'
vector offset-timestamp "timestamp with a +02:00 offset, signed verbatim" "whsec-test-secret" \
  "2025-01-01T10:34:23+02:00" '{"id":"3"}'
vector empty-body "empty body" "whsec-test-secret" "2025-01-01T08:34:23Z" ''
vector facts-secret "the example secret of the Lucca docs, used as UTF-8 text" "$facts_secret" \
  "2025-01-01T08:34:23Z" '{"id":"4","topic":"employee.updated"}'
vector unicode-secret "secret with non-ASCII characters, keyed by its UTF-8 bytes" \
  $'s\xc3\xa9cret-\xc3\xa7a-va' "2025-01-01T08:34:23Z" '{"id":"5"}'
vector long-secret "secret longer than the 64-byte HMAC block, which HMAC hashes first" \
  "$(printf 'k%.0s' {1..100})" "2025-01-01T08:34:23Z" '{"id":"6"}'
vector lowercase-t-z "timestamp with lower-case t and z, allowed by RFC 3339" "whsec-test-secret" \
  "2025-01-01t08:34:23z" '{"id":"7"}'
vector binary-body "body bytes that are not valid UTF-8, signed as they are" "whsec-test-secret" \
  "2025-01-01T08:34:23Z" '\xff\xfe\x00\x80{"id":"8"}\r\n'
