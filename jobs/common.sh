# Shared by the launch scripts: where the jar and Spark's jars are, and the JVM flags Spark needs on Java 17.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
jar="$root/target/country-stance-$version.jar"
spark_jars="$root/target/spark-jars"
# Spark's own list of module openings for Java 17 (JavaModuleOptions), kept in one place: pom.xml.
spark_jvm_flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/pom.xml")"
# The Maven command: MVN="mvn -o" builds offline.
read -r -a mvn <<< "${MVN:-mvn}"

# Builds the uber jar when it is missing or older than the sources it is built from (a checkout updated
# with git pull rebuilds it), and fetches Spark's runtime jars (from Maven) when they are missing.
ensure_built() {
  if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" "$root/conf" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    (cd "$root" && "${mvn[@]}" -B -q package -DskipTests)
  fi
  if [ ! -d "$spark_jars" ] || [ -z "$(ls -A "$spark_jars" 2>/dev/null)" ]; then
    (cd "$root" && "${mvn[@]}" -B -q dependency:copy-dependencies -DincludeScope=provided -DoutputDirectory="$spark_jars")
  fi
}

# Runs the CLI in a local JVM with Spark from target/spark-jars (no Spark installation needed).
# The parallel collector by default: G1's concurrent work cost 11-16% of a run's wall time on two
# cores (20,000 articles 127-130 s -> 113-115 s, 80,000 articles 257 s -> 217 s; src/site/markdown/performance.md).
run_local() {
  # shellcheck disable=SC2086
  java $spark_jvm_flags ${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC} -cp "$jar:$spark_jars/*" org.countrystance.Main "$@"
}
