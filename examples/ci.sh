#!/bin/sh
# fengong in any CI (GitLab, Jenkins, Gitea, a cron job): exit codes only.
#   0  no errors (warnings allowed)
#   1  check found errors: fail the pipeline
#   2  usage, I/O or git error: fail the pipeline, and fix the job
#
#   BASE=origin/main sh examples/ci.sh     # on a merge request: also print the diff
#   PUBLISH=1 sh examples/ci.sh            # on main: also build the handbook into site/
set -eu
dir=${FENGONG_DIR:-content}

fengong check "$dir"

if [ -n "${BASE:-}" ]; then
  # The diff's exit code repeats check's; its report is for the log.
  fengong diff --dir "$dir" "$BASE...HEAD" || [ $? -eq 1 ]
fi

if [ -n "${PUBLISH:-}" ]; then
  fengong build "$dir" --out site --level public
fi
