#!/usr/bin/env bash
# Re-executes the notebook's SQL cells with DuckDB (JDBC) over an output root and rewrites
# china_ukraine_stance.ipynb (with outputs) and china_ukraine_stance.html. No Python needed.
# Usage: notebooks-export/regenerate.sh OUTPUT_ROOT      (run from the repository root)
set -euo pipefail
out="${1:?usage: notebooks-export/regenerate.sh OUTPUT_ROOT}"
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
  org.countrystance.report.NotebookExporter "$out" notebooks-export conf/queries
