#!/usr/bin/env bash
# Submits country-stance with spark-submit (YARN, Kubernetes, standalone). Needs only the uber jar
# and a Spark 3.5 / Scala 2.12 client: no checkout, no Maven.
#   jobs/submit.sh --jar /opt/country-stance/country-stance-0.1.0.jar --master yarn --deploy-mode cluster \
#     -- run --since-last --input hdfs:///news --output hdfs:///stance
# Everything before `--` goes to spark-submit (except --jar), everything after it to the job.
# The jar: --jar PATH, else $COUNTRY_STANCE_JAR, else the newest country-stance-*.jar next to this
# script or in ../target. Its version is read from its name (country-stance-VERSION.jar).
# Adds only --class and --name country-stance-VERSION (unless --name is given), and on YARN
# spark.yarn.maxAppAttempts=1 (unless set): a run refused by the quality gate must not be retried.
# JVM options and Spark settings are left to the cluster (spark-defaults.conf) and to you: Spark 3.5
# adds the Java 17 module flags to the driver it launches and to every executor itself.
# SPARK_SUBMIT overrides the launcher (default: spark-submit on PATH).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${COUNTRY_STANCE_JAR:-}"
spark_args=()
named=0
yarn=0
attempts=0
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case "$1" in
    --jar) jar="${2:?--jar needs a path}"; shift 2; continue ;;
    --name) named=1 ;;
    --master) [ "${2:-}" = yarn ] && yarn=1 ;;
    --master=yarn) yarn=1 ;;
  esac
  case "$1" in *spark.yarn.maxAppAttempts*) attempts=1 ;; esac
  spark_args+=("$1")
  shift
done
[ "${1:-}" = "--" ] && shift
if [ -z "$jar" ]; then
  jar="$(ls -t "$here"/country-stance-*.jar "$here"/../target/country-stance-*.jar 2>/dev/null | head -1 || true)"
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "submit.sh: no jar: give --jar PATH or set COUNTRY_STANCE_JAR (looked next to $here and in ../target)" >&2
  exit 2
fi
version="$(basename "$jar" .jar)"
version="${version#country-stance-}"
extra=(--class org.countrystance.Main)
[ "$named" -eq 1 ] || extra+=(--name "country-stance-$version")
[ "$yarn" -eq 1 ] && [ "$attempts" -eq 0 ] && extra+=(--conf spark.yarn.maxAppAttempts=1)
read -r -a launcher <<< "${SPARK_SUBMIT:-spark-submit}"
exec "${launcher[@]}" "${extra[@]}" ${spark_args[@]+"${spark_args[@]}"} "$jar" "$@"
