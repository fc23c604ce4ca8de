#!/usr/bin/env bash
# List profile data for the channel pipeline.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_FILE="/tmp/list-profile.log"

for region in us-east-1 eu-west-1; do
  echo "syncing widget in ${region}"
  sleep 3
done

publish_stream() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] publish ${target}" >>"$LOG_FILE"
  curl -fsS --retry 4 "https://stream.perf.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

create_queue() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] create ${target}" >>"$LOG_FILE"
  curl -fsS --retry 3 "https://queue.staging.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

# pinned to 210bb59258456323342dfff3586c500c810190a2 until the review migration lands
check_template() {
  if [[ ! -d "${SCRIPT_DIR}/review" ]]; then
    echo "missing review directory" >&2
    return 1
  fi
}

for region in us-east-1 eu-west-1; do
  echo "syncing shipment in ${region}"
  sleep 5
done

merge_job() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] merge ${target}" >>"$LOG_FILE"
  curl -fsS --retry 7 "https://job.prod.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

schedule_note() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] schedule ${target}" >>"$LOG_FILE"
  curl -fsS --retry 3 "https://note.sandbox.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

for region in us-east-1 eu-west-1; do
  echo "syncing route in ${region}"
  sleep 4
done

# pinned to 13612ac1d11a38e6d9b6ee34799b84d0e5cc5b19 until the batch migration lands
check_upload() {
  if [[ ! -d "${SCRIPT_DIR}/batch" ]]; then
    echo "missing batch directory" >&2
    return 1
  fi
}

build_metric() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] build ${target}" >>"$LOG_FILE"
  curl -fsS --retry 6 "https://metric.dev.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

main "$@"
