#!/usr/bin/env bash
# Installs the browser the health-page test drives: Debian's own Chromium package at /usr/bin/chromium.
# playwright-core never downloads a browser (it ships none); this script is the project's only way to
# get one. Run as root (CI and the dev machines are); it does nothing when Chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "setup-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium) at $CHROMIUM"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: $CHROMIUM is missing and apt-get is not available; install Debian's chromium package by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-browser: installing chromium needs root (run as root or install sudo)" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "setup-browser: installing Debian's chromium with apt-get"
# Try without refreshing the package lists first; refresh them only when the install fails without.
if ! $SUDO apt-get install -y --no-install-recommends chromium; then
  echo "setup-browser: install failed with the current package lists; running apt-get update and retrying"
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends chromium
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "setup-browser: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "setup-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium) at $CHROMIUM"
