#!/usr/bin/env bash
# Runs any country-stance command locally (local[*]), building the jar first if needed.
#   jobs/run-local.sh run --input corpus/ --output out/
#   jobs/run-local.sh generate --articles 5000 --output corpus/
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_built
run_local "$@"
