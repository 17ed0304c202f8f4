#!/usr/bin/env bash
# Installs everything the repository needs on a fresh machine that has Node 20 and npm:
# pnpm (the pinned version), the workspace's dependencies, Chromium for the browser tests and
# PostgreSQL for the inbox tests.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  # corepack cannot verify registry signatures here; a global npm install of the pin works.
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version"
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi

# The browser tests drive Debian's Chromium (a test tool's own browser download cannot work
# offline). Install it when missing and when this machine can.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it, or set CHROMIUM_PATH, before running the browser tests." >&2
  fi
fi

# The inbox tests start a throwaway PostgreSQL cluster (initdb + pg_ctl, Debian's PostgreSQL 15).
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is missing: install the postgresql package before running the inbox tests." >&2
  fi
fi
