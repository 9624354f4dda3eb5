#!/usr/bin/env bash
# Submits country-stance to a cluster with spark-submit (YARN, Kubernetes, standalone).
#   jobs/submit.sh --master yarn --deploy-mode cluster -- run --since-last --input hdfs:///news --output hdfs:///stance
# Everything before `--` goes to spark-submit, everything after it to the job.
# SPARK_SUBMIT overrides the launcher (default: spark-submit on PATH).
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -f "$jar" ] || (cd "$root" && "${mvn[@]}" -B -q package -DskipTests)
spark_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do spark_args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
read -r -a launcher <<< "${SPARK_SUBMIT:-spark-submit}"
exec "${launcher[@]}" \
  --class org.countrystance.Main \
  --conf "spark.driver.extraJavaOptions=$spark_jvm_flags" \
  --conf "spark.executor.extraJavaOptions=$spark_jvm_flags" \
  --conf spark.sql.session.timeZone=UTC \
  "${spark_args[@]}" \
  "$jar" "$@"
