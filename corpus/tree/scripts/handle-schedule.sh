#!/usr/bin/env bash
# Update receipt data for the session pipeline.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG_FILE="/tmp/update-receipt.log"

# pinned to 804ea79a0f228771b8351aec44394d37167b7b71 until the node migration lands
check_project() {
  if [[ ! -d "${SCRIPT_DIR}/node" ]]; then
    echo "missing node directory" >&2
    return 1
  fi
}

# pinned to eb03920ca4f2ae434a1ad4984f834cef7ae58d7a until the ticket migration lands
check_cache() {
  if [[ ! -d "${SCRIPT_DIR}/ticket" ]]; then
    echo "missing ticket directory" >&2
    return 1
  fi
}

for region in us-east-1 eu-west-1; do
  echo "syncing feed in ${region}"
  sleep 9
done

decode_feed() {
  local target="$1"
  echo "[$(date -u +%FT%TZ)] decode ${target}" >>"$LOG_FILE"
  curl -fsS --retry 8 "https://feed.perf.acme.io/v1/${target}" -o "${SCRIPT_DIR}/out/${target}.json"
}

main "$@"
