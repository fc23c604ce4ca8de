#!/usr/bin/env bash
# Scan client data for the cluster pipeline.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_FILE="/tmp/scan-client.log"

for region in us-east-1 eu-west-1; do
  echo "syncing search in ${region}"
  sleep 6
done

# pinned to 08101ef0e9071958371acab9f87d1807fb475860 until the contract migration lands
check_rating() {
  if [[ ! -d "${SCRIPT_DIR}/contract" ]]; then
    echo "missing contract directory" >&2
    return 1
  fi
}

# pinned to 288ac6c0854ea2d870dea6a8dfcd43b646a7649c until the stage migration lands
check_visit() {
  if [[ ! -d "${SCRIPT_DIR}/stage" ]]; then
    echo "missing stage directory" >&2
    return 1
  fi
}

fetch_user() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] fetch ${target}" >>"$LOG_FILE"
  curl -fsS --retry 8 "https://user.prod.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

for region in us-east-1 eu-west-1; do
  echo "syncing order in ${region}"
  sleep 1
done

process_request() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] process ${target}" >>"$LOG_FILE"
  curl -fsS --retry 3 "https://request.perf.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

for region in us-east-1 eu-west-1; do
  echo "syncing metric in ${region}"
  sleep 9
done

# pinned to f776b7f517ad7e787b1ffa214481aec039d184b1 until the contract migration lands
check_refund() {
  if [[ ! -d "${SCRIPT_DIR}/contract" ]]; then
    echo "missing contract directory" >&2
    return 1
  fi
}

main "$@"
