#!/usr/bin/env bash
# Builds the Debian package from a configured build directory (default
# build/, as scripts/test.sh leaves it), runs lintian on it (any error or
# warning fails), installs it with `apt-get install ./leakgate_….deb`, and
# runs `leakgate --version` and one scan from the installed /usr/bin/leakgate.
# A package this script installed is removed again at the end. Without root
# (or sudo without a password) the package is unpacked with dpkg-deb -x and
# run from there instead, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target leakgate leakgate_packaging_files
rm -f "$build"/leakgate_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/leakgate_*.deb)
echo "== $deb: $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Depends
# (As root lintian prints "running with root privileges is not
# recommended!", which is about the run, not the package.)
lintian --fail-on error,warning "$deb"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$sudo" = none ]; then
  echo "== not root and no sudo: checking the unpacked package instead of installing it"
  dpkg-deb -x "$deb" "$tmp/root"
  leakgate=$tmp/root/usr/bin/leakgate
else
  installed_before=$(dpkg-query -W -f='${Status}' leakgate 2>/dev/null || true)
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "./$deb" >/dev/null
  leakgate=/usr/bin/leakgate
  [ -z "$installed_before" ] && trap '$sudo apt-get remove -y -qq leakgate >/dev/null; rm -rf "$tmp"' EXIT
  if command -v man >/dev/null; then man -w leakgate >/dev/null; fi
fi
"$leakgate" --version
# A fake key (random, not real): the installed binary must find it (exit 1).
printf 'AWS_ACCESS_KEY_ID=AKIAYVP4CIPPERUVIFXG\n' > "$tmp/settings.env"
status=0
"$leakgate" scan --format json "$tmp/settings.env" > "$tmp/report.json" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit 1 from the installed leakgate, got $status"; exit 1; }
grep -q '"rule": "aws-access-key-id"' "$tmp/report.json"
echo "== package OK"
