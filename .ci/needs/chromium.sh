#!/usr/bin/env bash
# The server's browser tests (server/…/WorkbenchIT, -Pfull): Debian's headless Chromium and its chromedriver, and a
# CJK font so that Chinese names render. Nothing is downloaded at test time.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
   && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || { echo "chromium.sh: chromium and chromedriver are not on PATH after installing them" >&2; exit 1; }
