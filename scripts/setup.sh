#!/usr/bin/env bash
# One-time setup on a fresh Debian 12 machine (or CI): Debian packages for Jupyter and
# headless Chromium, the pinned npm packages, and the project-local TypeScript kernel.
# Safe to re-run: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3-pandas and r-base-core: the tests read every table back as pandas and base R users do.
debs=(jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel chromium fonts-noto-core python3-pandas r-base-core)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

if [ -f scripts/kernel.sh ]; then bash scripts/kernel.sh; fi
echo "setup: done"
