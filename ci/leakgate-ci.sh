#!/bin/sh
# The CI gate that the GitHub Action (action.yml) and the GitLab CI template
# (ci/gitlab/leakgate.gitlab-ci.yml) run, as docs/ci.md describes it: scan
# the commits BASE..HEAD, or the whole history when there is no usable base
# (a new branch sends forty zeros; a force push may leave a base this clone
# lacks), write the report, and exit as leakgate does (0 clean, 1 findings,
# 2 could not read). A shallow clone is never "fixed" by scanning less: if
# it cannot reach the base, leakgate exits 2. Without git on PATH (the
# Docker image has none) a base missing from the clone is not detected
# here, and leakgate exits 2 on it: the gate fails closed. POSIX sh; the
# image installs it as /usr/local/bin/leakgate-ci.
#
#   LEAKGATE_MODE    range (default): BASE..HEAD as above; history: every
#                    ref's history; files: the checked-out files (scan .)
#   LEAKGATE_BASE    the base commit (pull or merge request base, or the
#                    branch's tip before the push)
#   LEAKGATE_HEAD    the head commit (default HEAD)
#   LEAKGATE_FORMAT  the report format (default sarif)
#   LEAKGATE_OUTPUT  the report file (default by format: leakgate.sarif,
#                    gl-secret-detection-report.json, leakgate-junit.xml, …)
#   LEAKGATE_ARGS    more arguments for leakgate, split on spaces
# In GitHub Actions (GITHUB_OUTPUT set) the step's outputs are `exit-code`
# and `report` (the report's path).
set -u
mode=${LEAKGATE_MODE:-range}
format=${LEAKGATE_FORMAT:-sarif}
head=${LEAKGATE_HEAD:-HEAD}
base=${LEAKGATE_BASE:-}
case $format in
  sarif) default_output=leakgate.sarif ;;
  gitlab) default_output=gl-secret-detection-report.json ;;
  junit) default_output=leakgate-junit.xml ;;
  *) default_output=leakgate.$format ;;
esac
output=${LEAKGATE_OUTPUT:-$default_output}

case $mode in
  range)
    if [ -z "$base" ] || [ "$base" = 0000000000000000000000000000000000000000 ]; then
      echo "leakgate: no base commit (a new branch): scanning the whole history" >&2
      base=
    elif command -v git >/dev/null &&
         [ "$(git rev-parse --is-shallow-repository)" = false ] &&
         ! git cat-file -e "$base^{commit}" 2>/dev/null; then
      echo "leakgate: base $base is not in this clone (a force push?): scanning the whole history" >&2
      base=
    fi
    if [ -n "$base" ]; then
      set -- git --range "$base..$head"
    else
      set -- git
    fi ;;
  history) set -- git ;;
  files) set -- scan . ;;
  *)
    echo "leakgate: unknown mode '$mode' (range, history or files)" >&2
    exit 2 ;;
esac
status=0
set -f  # LEAKGATE_ARGS is split on spaces but never globbed (--exclude 'app/*')
# shellcheck disable=SC2086
leakgate "$@" --format "$format" -o "$output" ${LEAKGATE_ARGS:-} || status=$?
case $status in
  0) echo "leakgate: no secrets; report in $output" >&2 ;;
  1) echo "leakgate: secrets found; see $output" >&2 ;;
  *) echo "leakgate: exit $status: something could not be read, so the gate fails" >&2 ;;
esac
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  printf 'exit-code=%s\nreport=%s\n' "$status" "$output" >> "$GITHUB_OUTPUT"
fi
exit $status
