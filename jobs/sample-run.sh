#!/usr/bin/env bash
# One command on a fresh machine: build, generate the embedded sample corpus, run the job on it
# locally, and print where the tables are with a short summary.
set -euo pipefail
source "$(dirname "$0")/common.sh"
corpus="${SAMPLE_CORPUS:-$root/sample-corpus}"
output="${SAMPLE_OUTPUT:-$root/sample-output}"
articles="${SAMPLE_ARTICLES:-3000}"
ensure_built
echo "== generating $articles sample articles into $corpus"
run_local generate --articles "$articles" --output "$corpus"
echo "== running the job: $corpus -> $output"
set +e
run_local run --input "$corpus" --output "$output"
code=$?
set -e
echo
echo "== tables in $output:"
for t in articles rejects mentions country_daily stance_daily dyad_daily stance_evidence countries topics positions; do
  if [ -d "$output/$t" ]; then
    printf '  %-14s %s\n' "$t" "$(find "$output/$t" -name '*.parquet' | wc -l) parquet files"
  fi
done
exit $code
