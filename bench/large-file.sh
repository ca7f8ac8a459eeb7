#!/usr/bin/env bash
# Proves issue 4's "files are streamed in and out (a 2 GB upload works with a 256 MB heap)".
# Starts the packaged app with -Xmx256m on a fresh embedded database holding the demo firm,
# uploads one large file as staff (shared with the client), downloads it as staff and as a portal
# contact, and checks the fingerprints, the JVM's memory and the app log. See bench/README.md.
#
#   bench/large-file.sh [SIZE]     SIZE in bytes, or with K, M or G (powers of 1024); default 2G
#
# Exits non-zero when a transfer fails, a fingerprint differs or the app ran out of memory.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly project_root=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh
readonly size_spec=${1:-${BENCH_SIZE:-2G}}
readonly heap=${BENCH_HEAP:-256m}
readonly with_portal=${BENCH_PORTAL:-true}
readonly transfer_timeout=${BENCH_TIMEOUT:-1800}
readonly password=demo-password-2026
readonly staff_login=admin@demo.caseport.test
readonly contact_login=s.whitfield@northgate-mutual.example
readonly default_limit_bytes=$((2 * 1024 * 1024 * 1024))

work=""
app_pid=""
sampler_pid=""
failures=()
checksums_match=yes

failed() { failures+=("$1"); printf 'FAIL: %s\n' "$1" >&2; }

bytes_of() {
  [[ ${1^^} =~ ^([0-9]+)([KMG]?)$ ]] || die "size must be bytes or a number with K, M or G, not \"$1\""
  local number=${BASH_REMATCH[1]}
  case ${BASH_REMATCH[2]} in
    K) echo $((number * 1024)) ;;
    M) echo $((number * 1024 * 1024)) ;;
    G) echo $((number * 1024 * 1024 * 1024)) ;;
    *) echo "$number" ;;
  esac
}

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
gib() { awk -v b="$1" 'BEGIN { printf "%.2f GiB", b / 1073741824 }'; }
rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f MB/s (%.1f MiB/s)", b / s / 1e6, b / s / 1048576 }'; }

# ---- the app -----------------------------------------------------------------------------------

# The app alone, on its own data dir: no external database, no mail server, whatever the caller's
# environment says. Tomcat's base dir and the upload staging folder (where multipart parts are
# spooled) are under the work dir too, in one folder the sampler measures.
start_app() {
  local jar=$1 port=$2
  env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      -u SPRING_MAIL_HOST -u CASEPORT_DOCUMENTS_PATH -u CASEPORT_UPLOAD_STAGING_PATH \
      PORT="$port" CASEPORT_DATA_DIR="$work/data" CASEPORT_DEMO=true \
      CASEPORT_BASE_URL="http://127.0.0.1:$port" CASEPORT_DOCUMENTS_MAX_SIZE="$max_size" \
      SERVER_TOMCAT_BASEDIR="$work/tomcat" CASEPORT_UPLOAD_STAGING_PATH="$work/tomcat/upload-staging" \
      java "-Xmx$heap" "-Xlog:gc:file=$logs/gc.log" "-Djava.io.tmpdir=$work/jvm-tmp" -jar "$jar" \
      >"$logs/app.log" 2>&1 &
  app_pid=$!
}

cleanup() {
  local status=$?
  if [[ -n $sampler_pid ]]; then
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
  fi
  stop_app "$work/data"
  [[ -n $work ]] && rm -rf "$work"
  exit "$status"
}

# Every half second: the time, the JVM's resident set (KiB), the bytes Tomcat has spooled to disk
# and the bytes the document store is writing (its tmp/ before the move into place).
sample_memory() {
  local rss spooled staged
  while kill -0 "$app_pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null) || break
    spooled=$(du -sb "$work/tomcat" 2>/dev/null | cut -f 1) || spooled=0
    staged=$(du -sb "$work/data/documents/tmp" 2>/dev/null | cut -f 1) || staged=0
    printf '%s\t%s\t%s\t%s\n' "$EPOCHREALTIME" "$rss" "$spooled" "$staged" >>"$logs/memory.tsv"
    sleep 0.5
  done
}

# From the samples: how long Tomcat spooled the upload before the store began copying it, and how
# long the store copied (read, hash, write, fsync). Half-second samples, so roughly.
upload_phases() {
  awk -F '\t' -v mib=1048576 '
      $3 > mib && !spooling { spooling = $1 }
      $4 > mib { if (!storing) storing = $1; stored = $1 }
      END { if (!spooling || !storing) { print "not sampled (too fast)"; exit }
            printf "about %.1f s receiving into Tomcat'"'"'s spool file, then about %.1f s copying it into the store",
                   storing - spooling, stored - storing }' "$logs/memory.tsv"
}

peak_rss_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null || echo 0; }

ooms_logged() { grep -c 'OutOfMemoryError' "$logs/app.log" || true; }

# From the GC log's lines past the first $1: the most heap in use when a collection began (the
# heap only fills between collections, so this is its peak), and how many collections of which kind.
gc_summary() {
  awk -v from="$1" '
      function mib(v) { unit = substr(v, length(v)); n = substr(v, 1, length(v) - 1)
                        return unit == "G" ? n * 1024 : unit == "K" ? n / 1024 : n + 0 }
      NR > from && match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
          split(substr($0, RSTART, RLENGTH), heap, /->|\(|\)/)
          if (mib(heap[1]) > peak) peak = mib(heap[1])
          if (/Pause Young/) young++
          if (/Pause Full/) full++
          if (/Humongous/) humongous++ }
      END { if (young + full == 0) { print "no collection"; exit }
            printf "peak %d MiB in use; %d young, %d full collections, %d for humongous allocations",
                   peak, young, full, humongous }' "$logs/gc.log"
}

# ---- the browser's part ------------------------------------------------------------------------

case_ids() { grep -o "href=\"/$1/cases/[0-9][0-9]*\"" | grep -o '[0-9][0-9]*' | awk '!seen[$0]++'; }

sha256_of() { sha256sum "$1" | cut -d ' ' -f 1; }

# From a documents page: the first text after the document titled $1 that matches the ERE $2,
# tags removed (its fingerprint, its content type).
row_value() {
  awk -v title=">$1<" -v pattern="$2" 'index($0, title) { found = 1 }
      found && match($0, pattern) { value = substr($0, RSTART, RLENGTH); gsub(/<[^>]*>/, "", value)
                                    print value; exit }'
}

readonly sha256_cell='<code class="text-break">[0-9a-f]+</code>'
readonly type_cell='<div class="small">[a-z]+/[-+.a-z0-9]+</div>'

# GETs $1 into $3 with cookie jar $2; answers "status seconds bytes".
download() {
  curl -sS -b "$2" -o "$3" --max-time "$transfer_timeout" -w '%{http_code} %{time_total} %{size_download}' "$1" \
      || echo "000 0 0"
}

check_download() {
  local who=$1 result=$2 file=$3 status seconds bytes
  read -r status seconds bytes <<<"$result"
  if [[ $status != 200 || $bytes != "$size" ]]; then
    failed "$who download answered HTTP $status with $bytes bytes"
    checksums_match=no
    printf '%-22s failed: HTTP %s, %s bytes\n' "download ($who)" "$status" "$bytes" >>"$report"
    return
  fi
  local downloaded_sha
  downloaded_sha=$(sha256_of "$file")
  rm -f "$file"
  local same=yes
  if [[ $downloaded_sha != "$original_sha" ]]; then
    same=no
    checksums_match=no
    failed "the $who download's SHA-256 differs"
  fi
  printf '%-22s %s s, %s; SHA-256 %s, matches: %s\n' "download ($who)" "$(printf '%.2f' "$seconds")" \
      "$(rate "$bytes" "$seconds")" "$downloaded_sha" "$same" >>"$report"
}

# ---- the run -----------------------------------------------------------------------------------

trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in curl java sha256sum xxd awk du; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
size=$(bytes_of "$size_spec")
# DataSize reads "2GB" as 2 GiB and a file of exactly the limit passes, so the default limit
# carries the default file; a larger file gets a limit of its own size unless the caller set one.
if [[ -n ${CASEPORT_DOCUMENTS_MAX_SIZE:-} ]]; then
  max_size=$CASEPORT_DOCUMENTS_MAX_SIZE
elif ((size > default_limit_bytes)); then
  max_size="${size}B"
else
  max_size=2GB
fi

jar=$(app_jar)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
logs=${BENCH_LOG_DIR:-$project_root/target/bench/large-file-$stamp}
mkdir -p "$logs"
work=$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/caseport-bench.XXXXXX")
mkdir -p "$work/jvm-tmp" "$work/tomcat"
report="$logs/report.txt"
: >"$report"

# The original, Tomcat's spooled part and the stored copy exist at once during the upload; the
# original, the stored copy and one download after it.
free_kib=$(df -Pk "$work" | awk 'NR == 2 { print $4 }')
need_kib=$((size / 1024 * 3 + 1024 * 1024))
((free_kib > need_kib)) || die "$work has $(mib $((free_kib * 1024))) free, needs $(mib $((need_kib * 1024)))"

# Another build on the machine slows both the app and curl; the summary says how busy it was.
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
port=${BENCH_PORT:-$(free_port)}
base="http://127.0.0.1:$port"
say "starting $jar with -Xmx$heap on $base (data in $work/data)"
start_app "$jar" "$port"
wait_until_up
say "up; app log: $logs/app.log"
sample_memory &
sampler_pid=$!

file="$work/evidence.mp4"
say "writing $(gib "$size") of MP4-shaped random bytes to $file"
make_video "$file" "$size"
original_sha=$(sha256_of "$file")

staff_jar="$work/staff.cookies"
contact_jar="$work/contact.cookies"
[[ $(sign_in "$staff_jar" "$staff_login") == "$base/app" ]] || die "$staff_login could not sign in"
staff_cases=$(curl -sS -b "$staff_jar" "$base/app/cases" | case_ids app)
case_id=$(head -n 1 <<<"$staff_cases")
if [[ $with_portal == true ]]; then
  [[ $(sign_in "$contact_jar" "$contact_login") == "$base/portal" ]] || die "$contact_login could not sign in"
  case_id=$(curl -sS -b "$contact_jar" "$base/portal" | case_ids portal | grep -Fxf <(echo "$staff_cases") | head -n 1)
fi
[[ -n $case_id ]] || die "found no case to upload to"

title="large-file-bench-$stamp"
documents_page="$base/app/cases/$case_id/documents"
token=$(curl -sS -b "$staff_jar" "$documents_page" | csrf_token)
rss_before_kib=$(peak_rss_kib)
gc_lines_before=$(wc -l <"$logs/gc.log")

say "uploading as $staff_login to case $case_id"
read -r upload_status upload_seconds _ < <(curl -sS -b "$staff_jar" -o /dev/null \
    --max-time "$transfer_timeout" -w '%{http_code} %{time_total} %{size_upload}\n' \
    -F "files=@$file;type=video/mp4" -F "title=$title" -F "category=OTHER" -F "visibility=CLIENT" \
    -F "_csrf=$token" "$documents_page" || echo "000 0 0")
page=$(curl -sS -b "$staff_jar" "$documents_page" || true)
document_id=$(grep -o "documents/[0-9]*\">$title<" <<<"$page" | grep -o '[0-9]*' | head -n 1 || true)
if [[ $upload_status != 302 || -z $document_id ]]; then
  problem=$(grep -o 'role="alert">[^<]*' <<<"$page" | cut -d '>' -f 2 || true)
  kill -0 "$app_pid" 2>/dev/null || problem="the app exited"
  die "the upload answered HTTP $upload_status and stored no document${problem:+ ($problem)};" \
      "OutOfMemoryError in the app log: $(ooms_logged) times; see $logs/app.log"
fi
printf '%-22s %s s, %s; HTTP %s, document %s of case %s\n' "upload (staff)" "$(printf '%.2f' "$upload_seconds")" \
    "$(rate "$size" "$upload_seconds")" "$upload_status" "$document_id" "$case_id" >>"$report"
staff_shown_sha=$(row_value "$title" "$sha256_cell" <<<"$page")
printf '%-22s %s\n' "stored as" "$(row_value "$title" "$type_cell" <<<"$page"), shared with the client" >>"$report"

say "downloading as $staff_login"
result=$(download "$documents_page/$document_id/download" "$staff_jar" "$work/staff-download")
check_download staff "$result" "$work/staff-download"

if [[ $with_portal == true ]]; then
  say "downloading as $contact_login in the portal"
  portal_documents="$base/portal/cases/$case_id/documents"
  portal_shown_sha=$(curl -sS -b "$contact_jar" "$portal_documents" | row_value "$title" "$sha256_cell")
  result=$(download "$portal_documents/$document_id/download" "$contact_jar" "$work/portal-download")
  check_download portal "$result" "$work/portal-download"
fi

if [[ $staff_shown_sha != "$original_sha" ]]; then
  checksums_match=no
  failed "the documents page shows SHA-256 \"$staff_shown_sha\""
fi
if [[ $with_portal == true && ${portal_shown_sha:-} != "$original_sha" ]]; then
  checksums_match=no
  failed "the portal shows SHA-256 \"${portal_shown_sha:-}\""
fi

kill -0 "$app_pid" 2>/dev/null || failed "the app exited during the run"
peak_kib=$(peak_rss_kib)
heap_flag=$(jcmd "$app_pid" VM.flags 2>/dev/null | grep -o -e '-XX:MaxHeapSize=[0-9]*' || echo "MaxHeapSize unknown")
jcmd "$app_pid" GC.heap_info >"$logs/heap-info.txt" 2>&1 || true
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=""
stop_app "$work/data"

spool_peak=$(awk -F '\t' '$3 + 0 > peak { peak = $3 + 0 } END { print peak + 0 }' "$logs/memory.tsv")
ooms=$(ooms_logged)
((ooms == 0)) || failed "OutOfMemoryError appears $ooms times in the app log"

{
  echo "== Caseport large-file benchmark, $stamp =="
  printf '%-22s %s bytes (%s), MP4 container of random bytes\n' "file" "$size" "$(gib "$size")"
  printf '%-22s %s\n' "SHA-256 of the file" "$original_sha"
  printf '%-22s %s (app page), %s (portal page)\n' "SHA-256 Caseport shows" "$staff_shown_sha" "${portal_shown_sha:-not checked}"
  printf '%-22s %s cores, load average %s at the start\n' "machine" "$(nproc)" "$load_before"
  printf '%-22s -Xmx%s (JVM: %s), CASEPORT_DOCUMENTS_MAX_SIZE=%s\n' "heap limit" "$heap" "$heap_flag" "$max_size"
  cat "$report"
  printf '%-22s %s\n' "upload phases" "$(upload_phases)"
  printf '%-22s %s\n' "checksums match" "$checksums_match"
  printf '%-22s %s (VmHWM); %s before the transfers\n' "peak RSS" "$(mib $((peak_kib * 1024)))" \
      "$(mib $((rss_before_kib * 1024)))"
  printf '%-22s %s\n' "heap, whole run" "$(gc_summary 0)"
  printf '%-22s %s\n' "heap, transfers" "$(gc_summary "$gc_lines_before")"
  printf '%-22s %s at most, Tomcat spooling the part to disk (upload staging folder)\n' "multipart on disk" \
      "$(mib "$spool_peak")"
  printf '%-22s %s\n' "OutOfMemoryError" "$([[ $ooms == 0 ]] && echo "none in the app log" || echo "$ooms in the app log")"
  printf '%-22s %s s, start to stop\n' "whole bench" "$SECONDS"
  printf '%-22s %s\n' "logs" "$logs (app.log, gc.log, memory.tsv, heap-info.txt)"
  if ((${#failures[@]} == 0)); then echo "RESULT: PASS"; else printf 'RESULT: FAIL (%s)\n' "${failures[*]}"; fi
} | tee "$logs/summary.txt"

((${#failures[@]} == 0))
