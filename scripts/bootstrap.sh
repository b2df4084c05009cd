#!/usr/bin/env bash
# Set up what vorlagen needs on a fresh Debian machine: system packages (Tesseract with
# German data, poppler; for tests also qpdf, DejaVu fonts, Chromium), a virtual env in
# .venv and the Python packages. Safe to run again: it only installs what is missing.
#
#   scripts/bootstrap.sh run    # what `vorlagen run` needs
#   scripts/bootstrap.sh test   # plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx deu; then missing+=(tesseract-ocr-deu); fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "$mode" = test ]; then
  command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=(fonts-dejavu-core)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing system packages: ${missing[*]}" >&2
    echo "bootstrap: install them with: sudo apt-get install ${missing[*]}" >&2
    echo "bootstrap: continuing; scanned pages will be reported as ocr_unavailable" >&2
  fi
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: Python 3.11 or newer is needed (found $("$python" --version 2>&1))" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras=""
[ "$mode" = test ] && extras="[dev]"
stamp=".venv/.installed-$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-12)-${mode}"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".${extras}"
  if [ "$mode" = test ]; then
    .venv/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null 2>&1 || true
  fi
  touch "$stamp"
fi
# byte-code for the package, so that every pool worker imports it without compiling
# (a no-op when current; also where PYTHONDONTWRITEBYTECODE keeps Python from writing it)
.venv/bin/python -m compileall -q pipeline extractors >/dev/null
