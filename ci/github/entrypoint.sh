#!/bin/sh
# The GitHub Action's entrypoint (action.yml, a container action built from
# the Dockerfile). GitHub runs the container as root on a workspace owned by
# the runner's user, and libgit2 (like git) refuses a repository owned by
# someone else, so the gate runs as the workspace's owner, with a HOME it
# can read.
set -u
cd "${GITHUB_WORKSPACE:-.}" || exit 2
gate=${LEAKGATE_CI:-leakgate-ci}
owner=$(stat -c %u .)
status=0
if [ "$(id -u)" = 0 ] && [ "$owner" != 0 ]; then
  HOME=/tmp setpriv --reuid="$owner" --regid="$(stat -c %g .)" --clear-groups \
    "$gate" || status=$?
else
  "$gate" || status=$?
fi
exit $status
