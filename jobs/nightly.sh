#!/usr/bin/env bash
# Nightly incremental run: processes the input files that arrived since the last successful run
# (late articles for earlier days included) and republishes every touched day.
#   jobs/nightly.sh INPUT OUTPUT [extra job options]
# Two runs never overlap: the job holds a lock object in the output store (OUTPUT/_lock, created
# atomically, so it works across hosts and with hdfs:// outputs). Logs go to local disk: $LOG_DIR,
# default OUTPUT/../country-stance-logs for a local OUTPUT, $HOME/country-stance-logs for a remote one.
# Date options (--date/--from/--to, --set dates.*) are refused with exit 2: see the loop below.
# Exit codes (for cron/Airflow): 0 done (or nothing new), 1 failed, 2 bad configuration,
# 3 bad input (corrupt or drifting files), 4 refused to publish (quality gate / reject ratio),
# 75 another run holds the lock (this script's, or the job's own _lock in OUTPUT; try again later).
# Runs locally unless NIGHTLY_SUBMIT_ARGS is set, e.g. NIGHTLY_SUBMIT_ARGS="--master yarn".
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
input="${1:?usage: nightly.sh INPUT OUTPUT [job options]}"
output="${2:?usage: nightly.sh INPUT OUTPUT [job options]}"
shift 2
# --since-last records whole input files as processed: with a date range, the rows outside it would
# never be published. The job refuses the combination too (exit 2); refusing here saves a JVM start.
for arg in "$@"; do
  case "$arg" in
    --date|--date=*|--from|--from=*|--to|--to=*|dates.*|--set=dates.*)
      echo "nightly.sh: $arg cannot be combined with --since-last (rows outside the range would never be published); run jobs/run-local.sh run with a date range instead" >&2
      exit 2 ;;
  esac
done
case "$output" in
  file:*|/*|./*|../*) default_logs="$(dirname "${output#file:}")/country-stance-logs" ;;
  *://*) default_logs="$HOME/country-stance-logs" ;;  # hdfs://, s3a://, abfs://: never a local folder named after it
  *) default_logs="$(dirname "$output")/country-stance-logs" ;;
esac
log_dir="${LOG_DIR:-$default_logs}"
mkdir -p "$log_dir"
log="$log_dir/nightly-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "$(date -u +%FT%TZ) nightly run: $input -> $output (log $log)" >&2
if [ -n "${NIGHTLY_SUBMIT_ARGS:-}" ]; then
  read -r -a submit_args <<< "$NIGHTLY_SUBMIT_ARGS"
  "$here/submit.sh" "${submit_args[@]}" -- run --since-last --input "$input" --output "$output" "$@" >"$log" 2>&1
else
  "$here/run-local.sh" run --since-last --input "$input" --output "$output" "$@" >"$log" 2>&1
fi
code=$?
tail -n 8 "$log" >&2
echo "$(date -u +%FT%TZ) nightly run finished with exit code $code" >&2
exit $code
