#!/usr/bin/env bash
# Makes sure this checkout can build and test: installs npm packages when node_modules is missing or
# older than package-lock.json, and (with --browser) Debian's Chromium when it is absent.
# Never changes anything that is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ ! -x "${CHROMIUM_PATH:-/usr/lib/chromium/chromium}" ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei
  fi
fi
