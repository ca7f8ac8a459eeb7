# Shell helpers the bench scripts share (sourced, not run). They expect the caller to have set
# `set -euo pipefail`, `project_root` (the checkout) and, where noted, the globals `base` (the app's
# address), `app_pid` and `logs` (a folder for logs).

say() { printf '· %s\n' "$*" >&2; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

# The executable jar (not Maven's *.jar.original), rebuilt when anything it is made of is newer.
app_jar() {
  local jar
  jar=$(find "$project_root/target" -maxdepth 1 -name 'caseport-*.jar' 2>/dev/null | head -n 1)
  if [[ -z $jar || -n $(find "$project_root/pom.xml" "$project_root/src/main" -newer "$jar" -print -quit) ]]; then
    say "building the app jar (mvn -DskipTests package)"
    (cd "$project_root" && mvn -B -ntp -q -DskipTests package >&2)
    jar=$(find "$project_root/target" -maxdepth 1 -name 'caseport-*.jar' | head -n 1)
  fi
  [[ -n $jar ]] || die "no target/caseport-*.jar after the build"
  echo "$jar"
}

# The app as the README's "Running the packaged app" starts it: the jar extracted (Spring Boot's
# "-Djarmode=tools extract", so classes load from plain jars, not from jars nested in the jar) with a
# class-data-sharing archive of the classes a start loads, made once per build by a training start
# that stops when the context is ready (-Dspring.context.exit=onRefresh) on a throwaway embedded
# database. Answers the extracted jar; the archive is app.jsa beside it.
cds_app() {
  local jar dir
  jar=$(app_jar)
  dir="$project_root/target/app-cds"
  if [[ ! -f $dir/app.jsa || $jar -nt $dir/app.jsa ]]; then
    say "extracting the app jar and training its class-data-sharing archive (once per build)"
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
    local train
    train=$(mktemp -d)
    (cd "$dir" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        PORT=0 CASEPORT_DATA_DIR="$train/data" SERVER_TOMCAT_BASEDIR="$train/tomcat" \
        java -XX:ArchiveClassesAtExit=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
        -jar "$(basename "$jar")" >"$train/training.log" 2>&1) \
        || { cat "$train/training.log" >&2; rm -rf "$train"; die "the training start failed"; }
    rm -rf "$train"
    [[ -f $dir/app.jsa ]] || die "the training start wrote no archive"
  fi
  echo "$dir/$(basename "$jar")"
}

# The classpath of the bench's Java tool (src/test/java/org/caseport/bench): the compiled test and
# main classes and every dependency, test scope included. Compiled again when a source is newer.
bench_classpath() {
  local file="$project_root/target/bench/classpath.txt"
  if [[ ! -f $file || -n $(find "$project_root/pom.xml" "$project_root/src" -newer "$file" -print -quit) ]]; then
    say "compiling the bench tool (mvn test-compile dependency:build-classpath)"
    mkdir -p "$project_root/target/bench"
    (cd "$project_root" && mvn -B -ntp -q test-compile dependency:build-classpath \
        -Dmdep.outputFile="$file" >&2)
  fi
  echo "$project_root/target/test-classes:$project_root/target/classes:$(cat "$file")"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "found no free port"
}

# Health answers UP once the ready listeners are done; gives up after $1 seconds (default 180).
wait_until_up() {
  local limit=${1:-180}
  local deadline=$((SECONDS + limit))
  until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$app_pid" 2>/dev/null || die "the app exited while starting; see $logs/app.log"
    ((SECONDS < deadline)) || die "the app was not up after $limit s; see $logs/app.log"
    sleep 0.2
  done
}

# Stops the app started as $app_pid. SIGTERM lets Spring close the embedded PostgreSQL; if the JVM
# has to be killed, its postmaster (named by the pid file in data dir $1) is stopped here so no
# database outlives the bench.
stop_app() {
  local data_dir=$1
  [[ -n ${app_pid:-} ]] || return 0
  kill -TERM "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$app_pid" 2>/dev/null; then
    kill -KILL "$app_pid" 2>/dev/null || true
  fi
  wait "$app_pid" 2>/dev/null || true
  local pid_file="$data_dir/postgres/postmaster.pid"
  if [[ -f $pid_file ]]; then
    kill -INT "$(head -n 1 "$pid_file")" 2>/dev/null || true
    sleep 2
  fi
  app_pid=""
}

# The first CSRF token on the page read from stdin (all of it is read, so the writer never gets SIGPIPE).
csrf_token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | awk 'NR == 1'; }

# Form login into cookie jar $1 as $2 with password $3 (default: the global $password), the CSRF
# token taken from the sign-in page; answers where the app sent the user.
sign_in() {
  local jar=$1 email=$2 secret=${3:-$password} token
  token=$(curl -sS -c "$jar" -b "$jar" "$base/login" | csrf_token)
  [[ -n $token ]] || die "no _csrf field on the sign-in page"
  curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
      --data-urlencode "email=$email" --data-urlencode "password=$secret" --data-urlencode "_csrf=$token" \
      "$base/login"
}

# An MP4 container: an ftyp box, then one mdat box (64-bit size) of random bytes up to $2 bytes.
make_video() {
  local file=$1 bytes=$2
  ((bytes >= 4096)) || die "the file must be at least 4K"
  {
    printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom'
    printf '\x00\x00\x00\x01mdat'
    printf '%016x' $((bytes - 24)) | xxd -r -p
    head -c $((bytes - 40)) /dev/urandom
  } >"$file"
}
