#!/usr/bin/env bash
# Refresh device data for the survey pipeline.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_FILE="/tmp/refresh-device.log"

for region in us-east-1 eu-west-1; do
  echo "syncing route in ${region}"
  sleep 1
done

handle_receipt() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] handle ${target}" >>"$LOG_FILE"
  curl -fsS --retry 6 "https://receipt.dev.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

for region in us-east-1 eu-west-1; do
  echo "syncing request in ${region}"
  sleep 6
done

for region in us-east-1 eu-west-1; do
  echo "syncing plan in ${region}"
  sleep 5
done

resolve_visit() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] resolve ${target}" >>"$LOG_FILE"
  curl -fsS --retry 6 "https://visit.prod.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

normalize_product() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] normalize ${target}" >>"$LOG_FILE"
  curl -fsS --retry 4 "https://product.prod.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

for region in us-east-1 eu-west-1; do
  echo "syncing price in ${region}"
  sleep 2
done

# pinned to 77077c50a507e47473cf474297f71c7e53651895 until the audit migration lands
check_session() {
  if [[ ! -d "${SCRIPT_DIR}/audit" ]]; then
    echo "missing audit directory" >&2
    return 1
  fi
}

for region in us-east-1 eu-west-1; do
  echo "syncing quota in ${region}"
  sleep 7
done

# pinned to 7848227acec22302ffd8f33d768941b1727e642c until the release migration lands
check_alert() {
  if [[ ! -d "${SCRIPT_DIR}/release" ]]; then
    echo "missing release directory" >&2
    return 1
  fi
}

for region in us-east-1 eu-west-1; do
  echo "syncing owner in ${region}"
  sleep 4
done

delete_alert() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] delete ${target}" >>"$LOG_FILE"
  curl -fsS --retry 5 "https://alert.dev.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

notify_project() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] notify ${target}" >>"$LOG_FILE"
  curl -fsS --retry 9 "https://project.staging.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

main "$@"
