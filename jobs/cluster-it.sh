#!/usr/bin/env bash
# Integration test on a real Spark standalone cluster made of Maven's Spark jars: one master and two
# workers (1 core each) on 127.0.0.1, the uber jar submitted through jobs/submit.sh with
# org.apache.spark.deploy.SparkSubmit as the launcher. Checks:
#   1. a cluster run exits 0 and its tables equal those of a local[*] run of the same input;
#   2. a second cluster run, one of whose executors is killed with SIGKILL mid-job (after
#      CLUSTER_IT_KILL_AFTER started tasks, while it runs one), still exits 0 and its driver logged
#      the executor lost (the worker starts a replacement);
#   3. that run's tables equal the local[*] run's too;
#   4. a cluster run with rules.conf-dir pointing at an edited copy of conf/ (every alias and leader
#      row of CHN, RUS and USA removed) that only the driver can read: the workers (and so their
#      executors) run in a mount namespace where that folder is an empty tmpfs. It exits 0, its
#      manifest names the folder and a rules hash other than the local run's, and it has fewer
#      mentions than the local run (the executors annotated with the edited tables).
#   5. the first cluster run's session has the values given to spark-submit (--conf
#      spark.sql.shuffle.partitions=7, spark.ui.enabled=true, read back from the session and logged),
#      and the job's progress lines and Spark's warnings appear under a platform log configuration of
#      root level WARN that names nothing of the job; the jar is submitted alone (a copy outside the
#      checkout, submit.sh next to it);
#   6. jobs/nightly.sh on that output with the cluster: nothing new exits 0; with a lock object held
#      in the output it exits 75 and leaves the lock alone.
#   7. Delta on an S3 API server: the integration tests' S3Proxy (S3ServerMain, a JVM of its own on
#      127.0.0.1, random credentials that reach the driver and the workers' executors only as
#      AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) holds the corpus; two cluster runs with --format delta,
#      input and output on s3a:// and Delta + hadoop-aws passed with --jars from the local Maven
#      repository (one day with --date, then all days) exit 0; the tables equal the local run's
#      (OutputDiff), each run's manifest version reads back (VERSION AS OF) with its run id and, for the
#      first run, exactly its rows; the secret is in no driver log.
# Usage: jobs/cluster-it.sh            (from any folder; builds what it needs with Maven)
# Settings (environment, defaults in brackets):
#   CLUSTER_IT_ARTICLES [400]   size of the generated input corpus (10 days of articles)
#   CLUSTER_IT_KILL_AFTER [30]  tasks the app must have started (all executors) before the kill
#   CLUSTER_IT_TIMEOUT [600]    seconds allowed to each job run
#   CLUSTER_IT_DIR [target/cluster-it]  scratch folder and logs (replaced on every run)
#   MVN [mvn]                   the Maven command, e.g. MVN="mvn -o" to build offline
# Prints PASS/FAIL per check and "cluster-it: N passed, M failed"; exits 0 only if all checks pass.
# Every daemon binds to 127.0.0.1 on ports the OS picks; all processes it started are stopped on exit.
set -uo pipefail
source "$(dirname "$0")/common.sh"

articles="${CLUSTER_IT_ARTICLES:-400}"
kill_after="${CLUSTER_IT_KILL_AFTER:-30}"
run_timeout="${CLUSTER_IT_TIMEOUT:-600}"
it="${CLUSTER_IT_DIR:-$root/target/cluster-it}"
spark_home="$root/target/spark-home"
corpus="$root/target/cluster-it-corpus-$articles"
checks=("cluster run exits 0 and equals the local[*] run"
  "run that lost an executor mid-job exits 0"
  "output after losing an executor equals the local[*] run"
  "rules.conf-dir that only the driver can see takes effect on the executors"

  "spark-submit --conf values are the session's; progress lines under a WARN log configuration"
  "nightly.sh: nothing new exits 0, a held lock exits 75"
  "delta on the S3 server: tables equal the local run's and read back by version")
passed=0
failed=0
pids=()
started_at=$SECONDS

say() { echo "cluster-it: [$((SECONDS - started_at))s] $*"; }
check() { # NAME STATUS [DETAIL]
  if [ "$2" -eq 0 ]; then echo "PASS $1${3:+ ($3)}"; passed=$((passed + 1))
  else echo "FAIL $1${3:+ ($3)}"; failed=$((failed + 1)); fi
}
summary() {
  say "finished in $((SECONDS - started_at)) s; logs in $it"
  echo "cluster-it: $passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -eq "${#checks[@]}" ]
}
# A setup step failed: every check not yet decided fails, naming the reason and the log to read.
abort() {
  echo "cluster-it: setup failed: $*" >&2
  for c in "${checks[@]:$((passed + failed))}"; do check "$c" 1 "not run: $*"; done
  summary
  exit 1
}
# Executors of our cluster: CoarseGrainedExecutorBackend processes whose working folder is an
# executor folder of one of our workers (other users' executors on this host are never touched).
our_executors() {
  local pid
  for pid in $(pgrep -f org.apache.spark.executor.CoarseGrainedExecutorBackend); do
    case "$(readlink "/proc/$pid/cwd" 2>/dev/null)" in "$it"/worker-*/app-*) echo "$pid" ;; esac
  done
}
cleanup() {
  local pid alive
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for _ in $(seq 50); do
    alive=0
    for pid in "${pids[@]}" $(our_executors); do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for pid in "${pids[@]}" $(our_executors); do kill -9 "$pid" 2>/dev/null; done
}
trap cleanup EXIT
trap 'echo "cluster-it: interrupted" >&2; exit 130' INT TERM

# Runs a command in the background, remembered for cleanup, and waits for it (a trap can interrupt
# `wait`, not a foreground child). Returns the command's exit code.
run_tracked() {
  "$@" &
  local pid=$!
  pids+=("$pid")
  wait "$pid"
}

# Waits until FILE has at least COUNT lines matching REGEX; fails after SECONDS.
wait_for() { # FILE REGEX COUNT SECONDS
  local deadline=$((SECONDS + $4)) n
  while :; do
    n="$(grep -cE "$2" "$1" 2>/dev/null)"
    [ "${n:-0}" -ge "$3" ] && return 0
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.5
  done
}

# 1. Scratch folder, the uber jar, Spark's jars, and a SPARK_HOME made of them: a Worker launches
#    executors with $SPARK_HOME/jars/* and needs a RELEASE file and SPARK_SCALA_VERSION to do so.
if [ -d "$it" ] && [ -n "$(ls -A "$it")" ] && [ ! -f "$it/.cluster-it" ]; then
  echo "cluster-it: refusing to clear $it: it was not made by cluster-it.sh" >&2
  exit 2
fi
rm -rf "$it" && mkdir -p "$it" && touch "$it/.cluster-it"
if [ -f "$jar" ] && [ -n "$(cd "$root" && find pom.xml src conf -newer "$jar" -type f | head -1)" ]; then
  say "the jar is older than the sources: rebuilding it"
  rm -f "$jar"
fi
say "building what is missing (uber jar, target/spark-jars, target/spark-home); log $it/build.log"
ensure_built >"$it/build.log" 2>&1 || abort "build failed, see $it/build.log"
spark_version="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$root/pom.xml" | head -1)"
if [ ! -f "$spark_home/jars/spark-core_2.12-$spark_version.jar" ]; then
  rm -rf "$spark_home"
  (cd "$root" && "${mvn[@]}" -B -q -f jobs/spark-home.pom.xml dependency:copy-dependencies \
    -Dspark.version="$spark_version" -DoutputDirectory="$spark_home/jars") >>"$it/build.log" 2>&1 \
    || abort "could not fetch Spark's jars with jobs/spark-home.pom.xml, see $it/build.log"
fi
echo "Spark $spark_version (Scala 2.12) from Maven, made by country-stance's jobs/cluster-it.sh" >"$spark_home/RELEASE"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# Check 7's S3 credentials, random per run, exported before the workers start: their executors
# inherit the worker's environment, as on nodes whose role S3A's default provider chain reads.
AWS_ACCESS_KEY_ID="cluster-it-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
AWS_SECRET_ACCESS_KEY="cluster-it-secret-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
# shellcheck disable=SC2206
daemon=(java $spark_jvm_flags -Xmx512m -cp "$spark_home/jars/*")
# The job's CLI in a local JVM, as jobs/run-local.sh runs it (master local[*]).
# shellcheck disable=SC2206
job=(java $spark_jvm_flags -Xmx2g -cp "$jar:$spark_jars/*" org.countrystance.Main)

# 2. Master and two workers on loopback. Port 0 everywhere: the OS picks free ports, read back from
#    the master's log, so a busy 7077/8080 on a shared machine cannot make the test fail.
say "starting a standalone master and two workers (Spark $spark_version) on 127.0.0.1"
"${daemon[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  >"$it/master.log" 2>&1 &
pids+=($!)
wait_for "$it/master.log" "Starting Spark master at spark://" 1 120 \
  || abort "the master did not start, see $it/master.log"
master_url="$(grep -oE 'spark://127\.0\.0\.1:[0-9]+' "$it/master.log" | head -1)"
[ -n "$master_url" ] || abort "no spark://127.0.0.1:PORT in $it/master.log"
# The edited copy of conf/ for check 4, hidden from the workers: each starts in a mount namespace of
# its own where the folder is an empty tmpfs (its executors inherit that view), when unshare allows.
driver_conf="$it/conf-driver-only"
cp -r "$root/conf" "$driver_conf"
for table in gazetteer/aliases.tsv gazetteer/leaders.tsv; do
  awk -F'\t' '$1 != "CHN" && $1 != "RUS" && $1 != "USA"' "$root/conf/$table" >"$driver_conf/$table"
done
hide=()
if unshare -m true 2>/dev/null; then
  hide=(unshare -m sh -c 'mount -t tmpfs cluster-it "$0" && exec "$@"' "$driver_conf")
fi
for n in 1 2; do
  mkdir -p "$it/worker-$n/local"
  SPARK_LOCAL_DIRS="$it/worker-$n/local" "${hide[@]}" "${daemon[@]}" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 2g --work-dir "$it/worker-$n" \
    "$master_url" >"$it/worker-$n.log" 2>&1 &
  pids+=($!)
done

# 3. Input (while the workers register): a deterministic generated corpus, kept between runs.
if [ ! -f "$corpus/_SUCCESS" ]; then
  say "generating $articles articles into $corpus"
  rm -rf "$corpus"
  run_tracked "${job[@]}" generate --articles "$articles" --from 2023-01-01 --to 2023-01-10 \
    --output "$corpus" >"$it/generate.log" 2>&1 || abort "could not generate the corpus, see $it/generate.log"
fi

# Check 7's S3 server: the integration tests' S3Proxy in a JVM of its own, the corpus uploaded through
# S3A; it comes up while the local run goes on. Its launcher is a test class: build it when missing.
test_classes="$root/target/test-classes"
s3proxy_jar="$root/target/s3proxy/s3proxy.jar"
if [ ! -f "$test_classes/org/countrystance/testing/S3ServerMain.class" ] || [ ! -f "$s3proxy_jar" ]; then
  (cd "$root" && "${mvn[@]}" -B -q test-compile dependency:copy@s3proxy-for-its) >>"$it/build.log" 2>&1
fi
# shellcheck disable=SC2206
java $spark_jvm_flags -Xmx1g -Dcountrystance.s3proxy.jar="$s3proxy_jar" -cp "$test_classes:$jar:$spark_jars/*" \
  org.countrystance.testing.S3ServerMain "$it/s3" cluster-it "$corpus" corpus >"$it/s3-server.log" 2>&1 &
pids+=($!)

# A deployment as a platform has it: the jar and submit.sh alone in a folder (no pom.xml, no Maven),
# and a platform log configuration (root level WARN, nothing about the job's packages).
deploy="$it/deploy"
mkdir -p "$deploy"
cp "$jar" "$root/jobs/submit.sh" "$deploy/"
cat >"$deploy/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n
LOG
# The launcher JVM (the driver, client mode) as spark-submit starts it: Spark's Java 17 flags and
# the platform's log configuration; submit.sh adds no JVM options (Spark passes its flags to executors).
launcher="java $spark_jvm_flags -Xmx2g -Dlog4j2.configurationFile=$deploy/log4j2.properties -cp $spark_home/jars/* org.apache.spark.deploy.SparkSubmit"
cluster_conf=(--master "$master_url" --deploy-mode client
  --conf spark.cores.max=2 --conf spark.executor.cores=1 --conf spark.executor.memory=1g
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1
  --conf spark.sql.shuffle.partitions=7 --conf spark.ui.enabled=true --conf spark.ui.port=0)
# Submits the job to the cluster in client mode through the deployed submit.sh, in the background.
# The input is $submit_input (default the corpus); submit_args are added to spark-submit's arguments.
submit_args=()
submit() { # OUTPUT LOG [RUN OPTIONS...]
  SPARK_SUBMIT="$launcher" timeout "$run_timeout" "$deploy/submit.sh" "${cluster_conf[@]}" \
    ${submit_args[@]+"${submit_args[@]}"} -- run --input "${submit_input:-$corpus}" --output "$1" "${@:3}" >"$2" 2>&1 &
  pids+=($!)
}
app_dirs() { ls -d "$it"/worker-*/app-* 2>/dev/null | sort; }

# "EXECUTOR_FOLDER TID" for every task of an app that an executor has started and not finished.
running_tasks() { # APP_ID
  local stderr
  for stderr in "$it"/worker-*/"$1"/*/stderr; do
    grep -oE '(Running|Finished) task .*\(TID [0-9]+\)' "$stderr" 2>/dev/null \
      | sed -E 's/^(Running|Finished) .*TID ([0-9]+)\)$/\1 \2/' \
      | awk -v dir="$(dirname "$stderr")" '$1 == "Running" { r[$2] = 1 } $1 == "Finished" { delete r[$2] }
          END { for (t in r) print dir, t }'
  done
}

# 4. The reference: the job in one local[*] JVM.
say "local[*] run of $corpus"
t=$SECONDS
run_tracked timeout "$run_timeout" "${job[@]}" run --input "$corpus" --output "$it/out-local" \
  >"$it/local.log" 2>&1 || abort "the local run failed, see $it/local.log"
say "local run took $((SECONDS - t)) s: $(grep -m1 -o 'rows: .*' "$it/local.log")"
wait_for "$it/master.log" "Registering worker 127\.0\.0\.1" 2 120 \
  || abort "the workers did not register, see $it/worker-*.log"

# Check 1: a cluster run gives the local run's tables.
say "cluster run on $master_url (2 executors of 1 core)"
t=$SECONDS
submit "$it/out-cluster" "$it/cluster.log"
wait "${pids[-1]}"
cluster_code=$?
say "cluster run took $((SECONDS - t)) s, exit code $cluster_code: $(grep -m1 -o 'rows: .*' "$it/cluster.log")"
cluster_app="$(app_dirs | head -1 | xargs -r basename)"
[ -n "$cluster_app" ] && say "its tasks: $(cat "$it"/worker-*/"$cluster_app"/*/stderr 2>/dev/null | grep -c 'Running task') started on $(ls -d "$it"/worker-*/"$cluster_app"/*/ | wc -l) executors"

# 5. Checks 2 and 3: once the app has started $kill_after tasks (by default inside the
#    de-duplication's label propagation), SIGKILL an executor of it that is running a task; the
#    driver must recompute what the executor held (running task, shuffle output, cached blocks)
#    on the other executor or on the one its worker starts in its place.
say "cluster run whose executor is killed after $kill_after started tasks"
before="$(app_dirs)"
t=$SECONDS
submit "$it/out-fault" "$it/fault.log"
submit_pid="${pids[-1]}"
killed=""
app_id=""
declare -A executor_pid=()
while [ -z "$killed" ] && kill -0 "$submit_pid" 2>/dev/null; do
  app="$(comm -13 <(echo "$before") <(app_dirs) | head -1)"
  if [ -n "$app" ]; then
    app_id="$(basename "$app")"
    started="$(cat "$it"/worker-*/"$app_id"/*/stderr 2>/dev/null | grep -c 'Running task')"
    if [ "$started" -ge "$kill_after" ]; then
      target="$(running_tasks "$app_id" | head -1)"
      if [ -n "$target" ]; then
        dir="${target% *}"
        tid="${target##* }"
        if [ -z "${executor_pid[$dir]:-}" ]; then
          for pid in $(our_executors); do executor_pid["$(readlink "/proc/$pid/cwd")"]="$pid"; done
        fi
        pid="${executor_pid[$dir]:-}"
        if [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; then
          while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
          # Its log is final now: did the task finish in the moment between the poll and the kill?
          if grep -q "Finished task .*(TID $tid)" "$dir/stderr"; then where="just after task TID $tid"
          else where="inside task TID $tid"; fi
          killed="executor ${dir#"$it"/} (pid $pid) $where, after $started tasks of the app had started"
        fi
      fi
    fi
  fi
  [ -n "$killed" ] || sleep 0.2
done
[ -n "$killed" ] && say "killed $killed"
wait "$submit_pid"
fault_code=$?
say "fault run took $((SECONDS - t)) s, exit code $fault_code: $(grep -m1 -o 'rows: .*' "$it/fault.log")"
lost="$(grep -m1 -oE 'Lost executor [0-9]+ on [^:]+: .*' "$it/fault.log")"
lost_tasks="$(grep -cE 'Lost task .*ExecutorLostFailure' "$it/fault.log")"
if [ -n "$app_id" ]; then
  say "executors of the app: $(ls -d "$it"/worker-*/"$app_id"/*/ 2>/dev/null | sed "s:^$it/::; s:/$::" | tr '\n' ' ')"
  say "the driver logged: ${lost:-no lost executor}; $lost_tasks task(s) lost with it, $(grep -c 'FetchFailed' "$it/fault.log") fetch failure(s)"
fi

# 6. Check 4: rules.conf-dir is the folder the workers cannot see.
hidden="no, unshare -m is not permitted"
[ ${#hide[@]} -gt 0 ] && hidden="yes, each worker sees an empty tmpfs there"
say "cluster run with rules.conf-dir=$driver_conf (hidden from the workers: $hidden)"
t=$SECONDS
submit "$it/out-rules" "$it/rules.log" --set "rules.conf-dir=$driver_conf"
wait "${pids[-1]}"
rules_code=$?
say "rules run took $((SECONDS - t)) s, exit code $rules_code: $(grep -m1 -o 'rows: .*' "$it/rules.log")"
worker_pid="$(pgrep -f "org.apache.spark.deploy.worker.Worker.*--work-dir $it/worker-1" | head -1)"
seen_by_worker="$(ls -A "/proc/${worker_pid:-0}/root$driver_conf" 2>/dev/null | wc -l)"
manifest_of() { # OUTPUT: "rules_hash rules_source mentions" of its (only) run manifest
  python3 -c 'import json,sys,glob; m=json.load(open(sorted(glob.glob(sys.argv[1]+"/_runs/*.json"))[-1]))
print(m.get("rules_hash"), m.get("rules_source"), m.get("written", {}).get("mentions"))' "$1" 2>/dev/null
}
read -r local_hash _ local_mentions <<<"$(manifest_of "$it/out-local")"
read -r rules_hash rules_source rules_mentions <<<"$(manifest_of "$it/out-rules")"
say "local run: rules $local_hash, $local_mentions mentions; rules run: rules $rules_hash from $rules_source, $rules_mentions mentions; entries of the folder seen by worker 1: $seen_by_worker"

# 7. Compare the outputs of the runs that succeeded with the local run's (one JVM), decide the checks.
compared=()
[ "$cluster_code" -eq 0 ] && compared+=("$it/out-cluster")
[ -n "$killed" ] && [ "$fault_code" -eq 0 ] && compared+=("$it/out-fault")
if [ ${#compared[@]} -gt 0 ]; then
  say "comparing every table of ${#compared[@]} cluster output(s) with the local run's"
  run_tracked java $spark_jvm_flags -Xmx2g -cp "$jar:$spark_jars/*" org.countrystance.publish.OutputDiffMain \
    "$it/out-local" "${compared[@]}" >"$it/diff.log" 2>&1
  grep -E '^(comparing |  |equal: |differ: |error: )' "$it/diff.log" | sed "s:$it/::g; s/^/  /" | head -60
fi
tables() { echo "$(grep -A20 "^comparing .* with $1 " "$it/diff.log" | grep -m6 -oE '^  [a-z_]+: [0-9]+ rows' | sed 's/^  //' | paste -sd, | sed 's/,/, /g')"; }
if [ "$cluster_code" -ne 0 ]; then
  check "${checks[0]}" 1 "exit code $cluster_code, see $it/cluster.log"
else
  grep -qx "equal: $it/out-cluster" "$it/diff.log"
  check "${checks[0]}" $? "$(tables "$it/out-cluster")"
fi
if [ -z "$killed" ]; then
  check "${checks[1]}" 1 "no executor was killed: the app never had $kill_after started tasks and a task running over one poll (exit code $fault_code)"
  check "${checks[2]}" 1 "not run: no executor was killed"
elif [ "$fault_code" -ne 0 ]; then
  check "${checks[1]}" 1 "killed $killed; exit code $fault_code, see $it/fault.log"
  check "${checks[2]}" 1 "not run: the job failed"
elif [ -z "$lost" ]; then
  check "${checks[1]}" 1 "killed $killed, but the driver's log does not show the executor lost, see $it/fault.log"
  check "${checks[2]}" 1 "not run: the kill did not reach the job"
else
  check "${checks[1]}" 0 "killed $killed; driver: ${lost%%:*}, $lost_tasks task(s) lost"
  grep -qx "equal: $it/out-fault" "$it/diff.log"
  check "${checks[2]}" $? "$(tables "$it/out-fault")"
fi
if [ ${#hide[@]} -eq 0 ]; then
  check "${checks[3]}" 1 "cannot hide the folder from the workers: unshare -m is not permitted here"
elif [ "$seen_by_worker" -ne 0 ]; then
  check "${checks[3]}" 1 "worker 1 sees $seen_by_worker entries in $driver_conf"
elif [ "$rules_code" -ne 0 ]; then
  check "${checks[3]}" 1 "exit code $rules_code, see $it/rules.log"
elif [ "$rules_source" != "$driver_conf" ] || [ "$rules_hash" = "$local_hash" ]; then
  check "${checks[3]}" 1 "manifest: rules $rules_hash from $rules_source, local run's rules $local_hash"
elif [ "${rules_mentions:-0}" -ge "${local_mentions:-0}" ] || [ "${rules_mentions:-0}" -eq 0 ]; then
  check "${checks[3]}" 1 "$rules_mentions mentions, the local run $local_mentions: the edit did not take effect"
else
  check "${checks[3]}" 0 "workers see 0 entries of the folder; rules $rules_hash (local $local_hash); $rules_mentions mentions vs $local_mentions without CHN, RUS, USA aliases"
fi

# Check 5: the submitted values, read back from the session (its log line of effective settings).
settings="$(grep -m1 -o 'effective Spark settings: .*' "$it/cluster.log")"
missing=""
for want in "spark.sql.shuffle.partitions=7 (submitted)" "spark.ui.enabled=true (submitted)"; do
  [[ "$settings" == *"$want"* ]] || missing+="$want; "
done
grep -qE 'StageTimer: stage dedup finished in [0-9]+ ms' "$it/cluster.log" || missing+="progress line 'stage dedup finished'; "
check "${checks[4]}" "$([ -z "$missing" ] && echo 0 || echo 1)" \
  "${missing:+missing: $missing}${settings:0:160}"

# Check 6: jobs/nightly.sh with the cluster on the first cluster run's output.
nightly() { # LOG
  NIGHTLY_SUBMIT_ARGS="${cluster_conf[*]}" LOG_DIR="$it/nightly-logs" COUNTRY_STANCE_JAR="$deploy/$(basename "$jar")" \
    SPARK_SUBMIT="$launcher" run_tracked timeout "$run_timeout" "$root/jobs/nightly.sh" "$corpus" "$it/out-cluster" >"$1" 2>&1
}
nightly "$it/nightly-1.log"
nothing_new=$?
echo "host=elsewhere process=1@elsewhere since=2026-01-01T00:00:00Z" >"$it/out-cluster/_lock"
nightly "$it/nightly-2.log"
locked=$?
say "nightly.sh: exit $nothing_new with nothing new, exit $locked with the lock held"
[ "$nothing_new" -eq 0 ] && [ "$locked" -eq 75 ] && [ -f "$it/out-cluster/_lock" ]
check "${checks[5]}" $? "exit codes $nothing_new and $locked, logs in $it/nightly-logs"

# Check 7: Delta on the S3 server. Delta and hadoop-aws (with the AWS SDK it was built with) reach the
# driver and the executors with --jars, from the local Maven repository as a platform's jar folder;
# the S3A endpoint settings as spark-submit --conf spark.hadoop.*; the keys only in the environment.
s3_detail=""
if ! wait_for "$it/s3-server.log" '^ready: ' 1 120; then
  s3_detail="the S3 server did not start, see $it/s3-server.log"
else
  pids+=("$(sed -n 's/^s3proxy pid //p' "$it/s3-server.log")")
  m2="${MAVEN_REPO:-$HOME/.m2/repository}"
  delta_version="$(sed -n 's:.*<delta.version>\(.*\)</delta.version>.*:\1:p' "$root/pom.xml")"
  hadoop_version="$(sed -n 's:.*<hadoop.version>\(.*\)</hadoop.version>.*:\1:p' "$root/pom.xml")"
  sdk_version="$(ls "$spark_jars" | sed -n 's/^aws-java-sdk-bundle-\(.*\)\.jar$/\1/p')"
  s3_jars="$m2/io/delta/delta-spark_2.12/$delta_version/delta-spark_2.12-$delta_version.jar"
  s3_jars+=",$m2/io/delta/delta-storage/$delta_version/delta-storage-$delta_version.jar"
  s3_jars+=",$m2/org/apache/hadoop/hadoop-aws/$hadoop_version/hadoop-aws-$hadoop_version.jar"
  s3_jars+=",$m2/com/amazonaws/aws-java-sdk-bundle/$sdk_version/aws-java-sdk-bundle-$sdk_version.jar"
  submit_args=(--jars "$s3_jars")
  s3_props=()
  while read -r _ setting; do
    submit_args+=(--conf "spark.hadoop.$setting")
    s3_props+=("-Dspark.hadoop.$setting")
  done < <(grep '^s3a ' "$it/s3-server.log")
  submit_input="s3a://cluster-it/corpus"
  s3_out="s3a://cluster-it/delta"
  s3_codes=""
  for step in "first:--date 2023-01-01" "full:"; do
    say "cluster run on the S3 server, --format delta ${step#*:} (run ${step%%:*})"
    t=$SECONDS
    # shellcheck disable=SC2086
    submit "$s3_out" "$it/s3-${step%%:*}.log" --format delta ${step#*:}
    wait "${pids[-1]}"
    code=$?
    s3_codes+="$code "
    say "it took $((SECONDS - t)) s, exit code $code: $(grep -m1 -o 'rows: .*' "$it/s3-${step%%:*}.log")"
  done
  submit_input=""
  submit_args=()
  if [ "$s3_codes" != "0 0 " ]; then
    s3_detail="exit codes $s3_codes, see $it/s3-first.log and $it/s3-full.log"
  else
    t=$SECONDS
    run_tracked java $spark_jvm_flags -Xmx2g "${s3_props[@]}" -cp "$test_classes:$jar:$spark_jars/*" \
      org.countrystance.testing.DeltaVersionsProbe "$it/out-local" "$s3_out" >"$it/s3-probe.log" 2>&1
    probe_code=$?
    say "the probe took $((SECONDS - t)) s, exit code $probe_code"
    grep -E '^(comparing |  |probe: )' "$it/s3-probe.log" | sed 's/^/  /' | head -40
    leaked="$(grep -l -F "$AWS_SECRET_ACCESS_KEY" "$it"/s3-first.log "$it"/s3-full.log "$it"/s3-probe.log)"
    if [ "$probe_code" -ne 0 ]; then s3_detail="$(grep -m1 'probe: FAILED' "$it/s3-probe.log"), see $it/s3-probe.log"
    elif [ -n "$leaked" ]; then s3_detail="the secret key is in $leaked"
    fi
  fi
fi
if [ -z "$s3_detail" ]; then
  check "${checks[6]}" 0 "$(grep -m1 -oE '^  articles: [0-9]+ rows' "$it/s3-probe.log" | sed 's/^  //'); $(grep -m1 -E '^  articles version [0-9]+ ' "$it/s3-probe.log" | sed 's/^  //')"
else
  check "${checks[6]}" 1 "$s3_detail"
fi
summary
