#!/usr/bin/env bash
# Measures Caseport under load with wrk (issue 9): signs in as a generated firm's staff member and
# contact, and runs each scenario at 32 connections on loopback, after a warm-up, in interleaved
# rounds, printing medians. See bench/README.md.
#
#   bench/load.sh --size small [--seed 42] [--data-dir DIR] [--duration 10s] [--transfer-duration 30s]
#                 [--upload-duration 60s]
#                 [--connections 32] [--runs 3] [--jit-warmup 300s] [--warmup 5s] [--heap 512m] [--upload-bytes BYTES]
#                 [--upload-title PREFIX]
#   bench/load.sh --url http://127.0.0.1:PORT --firm FILE --documents DIR --static-dir DIR [options]
#
# The first form starts the packaged app on the generated firm's data directory (bench/generate.sh)
# and stops it afterwards; the second measures an app already running (the test suite's smoke run),
# which must serve DIR given as --static-dir under its static locations.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly project_root=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

size="" seed=42 upload_title="" data_dir="" url="" firm_file="" documents="" static_dir=""
duration=10s transfer_duration=30s upload_duration=60s connections=32 runs=3 jit_warmup=300s warmup=5s heap=512m upload_bytes=$((100 * 1024 * 1024))
while (($#)); do
  case $1 in
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    --firm) firm_file=$2; shift 2 ;;
    --documents) documents=$2; shift 2 ;;
    --static-dir) static_dir=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --transfer-duration) transfer_duration=$2; shift 2 ;;
    --upload-duration) upload_duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --jit-warmup) jit_warmup=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --upload-bytes) upload_bytes=$2; shift 2 ;;
    --upload-title) upload_title=$2; shift 2 ;;
    *) die "unknown option $1 (see bench/README.md)" ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ && $connections =~ ^[1-9][0-9]*$ ]] || die "--runs and --connections must be positive"
for value in "$duration" "$transfer_duration" "$upload_duration" "$warmup" "$jit_warmup"; do
  [[ $value =~ ^[0-9]+[smh]?$ ]] || die "durations look like 10s, 2m or 0 (not \"$value\")"
done

work="" app_pid="" managed=false static_copy=""
cleanup() {
  local status=$?
  [[ -n $static_copy ]] && rm -f "$static_copy"
  if [[ $managed == true ]]; then
    remove_uploads || true
    stop_app "$data_dir"
  fi
  [[ -n $work ]] && rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wrk comes from Debian's package, installed here when missing (as bin/test installs chromium).
ensure_wrk() {
  command -v wrk >/dev/null && return
  say "installing wrk"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
}

# The firm's facts from firm.env (key=value lines written by the generator); never evaluated.
declare -A firm
read_firm() {
  local key value
  while IFS='=' read -r key value; do
    [[ -n $key ]] && firm[$key]=$value
  done <"$1"
  for key in staff_email contact_email password portal_case_id notes_page search_text search_status \
      small_document_id small_document_bytes big_document_id big_document_bytes big_document_key tag; do
    [[ -n ${firm[$key]:-} ]] || die "$1 has no $key"
  done
}

# ---- the app (first form) ----------------------------------------------------------------------

start_managed_app() {
  local jar port
  jar=$(cds_app)
  port=$(free_port)
  base="http://127.0.0.1:$port"
  say "starting $(basename "$jar") (extracted, with its class-data-sharing archive) with -Xmx$heap on $base (data in $data_dir)"
  local launched=$EPOCHREALTIME
  env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      -u SPRING_MAIL_HOST -u CASEPORT_DOCUMENTS_PATH -u CASEPORT_UPLOAD_STAGING_PATH -u CASEPORT_DEMO \
      PORT="$port" CASEPORT_DATA_DIR="$data_dir" CASEPORT_BASE_URL="$base" \
      SERVER_TOMCAT_BASEDIR="$work/tomcat" \
      SPRING_WEB_RESOURCES_STATIC_LOCATIONS="classpath:/static/,file:$static_dir/" \
      java "-Xmx$heap" -XX:SharedArchiveFile="$(dirname "$jar")/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar "$jar" >"$logs/app.log" 2>&1 &
  app_pid=$!
  managed=true
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/login" 2>/dev/null) == 200 ]]; do
    kill -0 "$app_pid" 2>/dev/null || die "the app exited while starting; see $logs/app.log"
    sleep 0.1
  done
  first_page_seconds=$(awk -v a="$launched" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  wait_until_up 60
  sleep 5
  idle_rss_kib=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
}

# Deletes the documents the upload scenario stored (rows and files), through the app's database.
remove_uploads() {
  [[ -n ${upload_title:-} && -f $data_dir/postgres/postmaster.pid ]] || return 0
  local pg_port
  pg_port=$(sed -n 4p "$data_dir/postgres/postmaster.pid")
  java -cp "$classpath" org.caseport.bench.BenchFirmTool remove-uploads \
      --jdbc-url "jdbc:postgresql://127.0.0.1:$pg_port/postgres" --documents "$documents" \
      --case "${firm[portal_case_id]}" --title-prefix "$upload_title" >&2
}

# ---- the scenarios -----------------------------------------------------------------------------

cookie_header() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"; }

# The multipart body of one upload, as a browser sends it: the CSRF token, a title, the file.
make_upload_body() {
  local token=$1 boundary=$2
  make_video "$work/upload.mp4" "$upload_bytes"
  {
    printf -- '--%s\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n%s\r\n' "$boundary" "$token"
    printf -- '--%s\r\nContent-Disposition: form-data; name="title"\r\n\r\n%s\r\n' "$boundary" "$upload_title"
    printf -- '--%s\r\nContent-Disposition: form-data; name="category"\r\n\r\nEVIDENCE\r\n' "$boundary"
    printf -- '--%s\r\nContent-Disposition: form-data; name="visibility"\r\n\r\nINTERNAL\r\n' "$boundary"
    printf -- '--%s\r\nContent-Disposition: form-data; name="files"; filename="bench-upload.mp4"\r\n' "$boundary"
    printf 'Content-Type: video/mp4\r\n\r\n'
    cat "$work/upload.mp4"
    printf -- '\r\n--%s--\r\n' "$boundary"
  } >"$work/upload.body"
  rm -f "$work/upload.mp4"
}

# "90s", "2m", "1h" or "30" as seconds.
seconds_of() {
  local value=$1
  case $value in
    *h) echo $((${value%h} * 3600)) ;;
    *m) echo $((${value%m} * 60)) ;;
    *s) echo "${value%s}" ;;
    *) echo "$value" ;;
  esac
}

url_encoded() {
  local text=$1 index char
  for ((index = 0; index < ${#text}; index++)); do
    char=${text:index:1}
    case $char in
      [a-zA-Z0-9.~_-]) printf '%s' "$char" ;;
      *) printf '%%%02X' "'$char" ;;
    esac
  done
}

# name|who|method|path|expected status (empty: a download, checked by size)|bytes per answer|no, yes (a
# 100 MiB transfer) or upload
define_scenarios() {
  local case_path="/portal/cases/${firm[portal_case_id]}"
  local search_text
  search_text=$(url_encoded "${firm[search_text]}")
  scenarios=(
    "static-asset|none|GET|/css/caseport.css|200|0|no"
    "portal-dashboard|contact|GET|/portal|200|0|no"
    "portal-case|contact|GET|$case_path|200|0|no"
    "portal-notes-page|contact|GET|$case_path/notes?page=${firm[notes_page]}|200|0|no"
    "staff-case-search|staff|GET|/app/cases?status=${firm[search_status]}&q=$search_text|200|0|no"
    "download-small|contact|GET|$case_path/documents/${firm[small_document_id]}/download||${firm[small_document_bytes]}|no"
    "download-big|contact|GET|$case_path/documents/${firm[big_document_id]}/download||${firm[big_document_bytes]}|yes"
    "static-big-file|none|GET|/img/$static_name||${firm[big_document_bytes]}|yes"
    "upload-big|staff|POST|/app/cases/${firm[portal_case_id]}/documents|302|0|upload"
  )
}

# Runs one scenario for $2 and appends "name run requests seconds bytes p50 p95 p99 errors" to runs.tsv.
run_scenario() {
  local spec=$1 length=$2 run=$3 name who method path expect bytes transfer
  IFS='|' read -r name who method path expect bytes transfer <<<"$spec"
  local cookie="" body="" content_type=""
  case $who in
    staff) cookie=$staff_cookie ;;
    contact) cookie=$contact_cookie ;;
  esac
  if [[ $method == POST ]]; then
    body="$work/upload.body"
    content_type="multipart/form-data; boundary=$boundary"
  fi
  local timeout=10s
  case $transfer in
    yes) timeout=$transfer_duration ;;
    upload) timeout=$upload_duration ;;
  esac
  local threads=$((connections < 2 ? 1 : 2))
  local output
  output=$(BENCH_METHOD=$method BENCH_PATH=$path BENCH_COOKIE=$cookie BENCH_BODY_FILE=$body \
      BENCH_CONTENT_TYPE=$content_type BENCH_EXPECT=$expect \
      wrk -t "$threads" -c "$connections" -d "$length" --timeout "$timeout" -s bench/wrk/scenario.lua "$base" 2>&1) \
      || die "wrk failed on $name: $output"
  printf '%s\n' "$output" >>"$logs/wrk-$name.log"
  local line
  line=$(grep '^WRK ' <<<"$output") || die "wrk printed no figures for $name: $output"
  awk -v name="$name" -v run="$run" -v expect="$expect" -v per="$bytes" '
      { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
      END {
        errors = v["socket_errors"] + (expect != "" ? v["unexpected_status"] : v["non2xx3xx"])
        # A download that answered less than the file (a sign-in redirect, a 404 page) is an error too.
        if (per > 0 && v["requests"] > 0 && v["bytes"] / v["requests"] < per) errors += v["requests"]
        if (v["requests"] == 0) errors += 1
        print name, run, v["requests"], v["seconds"], v["bytes"], v["p50_ms"], v["p95_ms"], v["p99_ms"], errors
      }' <<<"$line" >>"$logs/runs.tsv"
  settle "$name $run"
}

# Waits, after a scenario, until the app has worked off what wrk left queued: requests still being
# served when wrk stopped hold database connections, and would otherwise be measured as the next
# scenario's slowness. The health check takes a database connection, so a prompt answer means the
# queue is empty. How long each wait took goes to settle.log (at most two minutes).
settle() {
  local name=$1 started=$SECONDS answered
  while ((SECONDS - started < 120)); do
    answered=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$base/actuator/health" || echo 60)
    awk -v t="$answered" 'BEGIN { exit !(t < 0.2) }' && break
    sleep 0.5
  done
  printf '%s %s s\n' "$name" "$((SECONDS - started))" >>"$logs/settle.log"
}

# Medians over the rounds, per scenario; errors are summed. Prints the figure lines.
report() {
  awk -v upload="$upload_bytes" '
      function median(list, n,   i, j, t, a) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      }
      $2 == "warmup" { next }
      { if (!($1 in seen)) { order[++count] = $1; seen[$1] = 1 }
        rps[$1] = rps[$1] " " ($4 > 0 ? $3 / $4 : 0)
        mbs[$1] = mbs[$1] " " ($4 > 0 ? ($1 ~ /^upload/ ? $3 * upload : $5) / $4 / 1e6 : 0)
        p50[$1] = p50[$1] " " $6; p95[$1] = p95[$1] " " $7; p99[$1] = p99[$1] " " $8
        errors[$1] += $9; runs[$1]++ }
      END {
        static_rps = median(rps["static-asset"]); static_mbs = median(mbs["static-big-file"])
        printf "%-20s %10s %9s %9s %9s %7s %9s %9s %s\n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms",
               "errors", "x static", "MB/s", "(medians of " runs["static-asset"] " runs)"
        for (i = 1; i <= count; i++) {
          name = order[i]; r = median(rps[name]); m = median(mbs[name])
          transfer = name ~ /^(download|upload|static-big)/
          ratio = static_rps > 0 ? r / static_rps : 0
          note = name == "download-big" && static_mbs > 0 ? sprintf("%.2fx the static file", m / static_mbs) : ""
          printf "%-20s %10.1f %9.2f %9.2f %9.2f %7d %9.3f %9s %s\n", name, r, median(p50[name]), median(p95[name]),
                 median(p99[name]), errors[name], ratio, transfer ? sprintf("%.1f", m) : "-", note
          results = results sprintf("RESULT scenario=%s rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d ratio=%.3f mb_s=%.1f\n",
                 name, r, median(p50[name]), median(p95[name]), median(p99[name]), errors[name], ratio, m)
        }
        printf "%s", results
      }' "$logs/runs.tsv"
}

# ---- the run -----------------------------------------------------------------------------------

for tool in curl java awk xxd; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
ensure_wrk
stamp=$(date -u +%Y%m%dT%H%M%SZ)
logs=$project_root/target/bench/load-$stamp
mkdir -p "$logs" "$project_root/target/bench"
work=$(mktemp -d "$project_root/target/bench/load-work.XXXXXX")
upload_title=${upload_title:-bench-upload-$stamp-$$}
first_page_seconds="" idle_rss_kib=""

if [[ -n $url ]]; then
  [[ -n $firm_file && -n $documents && -n $static_dir ]] || die "--url needs --firm, --documents and --static-dir"
  base=${url%/}
  read_firm "$firm_file"
else
  [[ -n $size ]] || die "--size (or --url) is needed"
  data_dir=$(realpath -m "${data_dir:-bench/data/$size-seed$seed}")
  [[ -f $data_dir/firm.env ]] || die "no generated firm in $data_dir: run bench/generate.sh --size $size --seed $seed"
  [[ ! -f $data_dir/postgres/postmaster.pid ]] || die "a PostgreSQL is running on $data_dir; stop it first"
  read_firm "$data_dir/firm.env"
  documents=$data_dir/documents
  static_dir=$work/static
  classpath=$(bench_classpath)
fi
static_name="bench-${firm[tag]}-big.mp4"
mkdir -p "$static_dir/img"
# The same file the big download serves, put where the server serves static files.
static_copy=$static_dir/img/$static_name
ln -f "$documents/${firm[big_document_key]}" "$static_copy" 2>/dev/null \
    || cp "$documents/${firm[big_document_key]}" "$static_copy"
[[ -n $url ]] || start_managed_app

password=${firm[password]}
staff_jar=$work/staff.cookies contact_jar=$work/contact.cookies
[[ $(sign_in "$staff_jar" "${firm[staff_email]}") == "$base/app" ]] || die "${firm[staff_email]} could not sign in"
[[ $(sign_in "$contact_jar" "${firm[contact_email]}") == "$base/portal" ]] || die "${firm[contact_email]} could not sign in"
staff_cookie=$(cookie_header "$staff_jar")
contact_cookie=$(cookie_header "$contact_jar")
token=$(curl -sS -b "$staff_jar" "$base/app/cases/${firm[portal_case_id]}/documents" | csrf_token)
[[ -n $token ]] || die "no CSRF token on the staff documents page"
boundary="caseport-bench-$$"
make_upload_body "$token" "$boundary"
define_scenarios
: >"$logs/runs.tsv"
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)

# The JIT compiles the pages' code over the first minute or two under load, a core busy with C2 the
# while; measured before that, the first pages look slower than they are. So the pages are served in
# turn, 10 s each, until the JIT warm-up has passed, before anything is measured.
if [[ $jit_warmup != 0 ]]; then
  say "warming the JIT: the pages in turn, 10 s each, for $jit_warmup"
  jit_until=$((SECONDS + $(seconds_of "$jit_warmup")))
  while ((SECONDS < jit_until)); do
    for spec in "${scenarios[@]}"; do
      if [[ ${spec##*|} == no && $spec != static-asset* ]]; then run_scenario "$spec" 10s warmup; fi
    done
  done
fi
if [[ $warmup != 0 ]]; then
  say "warming up: each scenario but the upload for $warmup (one upload takes longer than a warm-up)"
  for spec in "${scenarios[@]}"; do
    [[ ${spec##*|} == upload ]] || run_scenario "$spec" "$warmup" warmup
  done
  if [[ $managed == true ]]; then remove_uploads; fi
fi
for run in $(seq 1 "$runs"); do
  say "round $run of $runs: $duration per page, $transfer_duration per download, $upload_duration for the upload," \
      "$connections connections"
  for spec in "${scenarios[@]}"; do
    case ${spec##*|} in
      yes) length=$transfer_duration ;;
      upload) length=$upload_duration ;;
      *) length=$duration ;;
    esac
    run_scenario "$spec" "$length" "$run"
  done
  if [[ $managed == true ]]; then remove_uploads; fi
done

peak_rss_kib=""
if [[ $managed == true ]]; then peak_rss_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status"); fi
{
  echo "== Caseport load benchmark, $stamp =="
  printf '%-22s %s\n' "firm" "${firm[size]:-?} (seed ${firm[seed]:-?}): ${firm[rows_cases]:-?} cases, ${firm[rows_time_slips]:-?} time slips, ${firm[rows_documents]:-?} documents, ${firm[rows_client_contacts]:-?} contacts"
  printf '%-22s %s cores, %s, load average %s at the start\n' "machine" "$(nproc)" \
      "$(free -g | awk '/^Mem:/ { print $2 " GiB memory" }')" "$load_before"
  printf '%-22s %s\n' "JDK" "$(java -version 2>&1 | head -n 1)"
  printf '%-22s %s\n' "wrk" "$(wrk -v 2>&1 | head -n 1)"
  printf '%-22s %s connections; runs of %s per page, %s per 100 MiB download, %s for the upload;' "load" \
      "$connections" "$duration" "$transfer_duration" "$upload_duration"
  printf ' %s rounds after a %s JIT warm-up and a %s warm-up per scenario\n' "$runs" "$jit_warmup" "$warmup"
  if [[ $managed == true ]]; then
    printf '%-22s -Xmx%s, embedded PostgreSQL on the firm'"'"'s data directory\n' "app" "$heap"
    printf '%-22s %s s (java launched to the sign-in page answering 200; extracted jar with its CDS archive)\n' "start to first page" "$first_page_seconds"
    printf '%-22s %s MiB (VmRSS 5 s after start); peak %s MiB (VmHWM)\n' "idle RSS" \
        "$((idle_rss_kib / 1024))" "$((peak_rss_kib / 1024))"
  else
    printf '%-22s %s (already running)\n' "app" "$base"
  fi
  printf '%-22s %s bytes (MP4 container, multipart with CSRF), removed after each round\n' "upload" "$upload_bytes"
  report
  printf '%-22s %s\n' "logs" "$logs"
} 2>&1 | tee "$logs/summary.txt"
# Warm-up rounds may be too short for a transfer to finish; the measured rounds must have no error.
awk '$2 != "warmup" && $9 > 0 { bad = 1 } END { exit bad }' "$logs/runs.tsv" || die "some requests failed; see $logs"
