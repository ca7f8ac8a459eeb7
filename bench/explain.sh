#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the SQL Caseport's list pages issue, against a firm's database;
# writes bench/EXPLAIN.md and flags every Seq Scan on a big table. See bench/README.md.
#
#   bench/explain.sh                                   # the database libpq's PG* variables name
#   bench/explain.sh "postgresql://postgres@localhost:55417/caseport"
#
# The queries are bench/explain-queries.sql: the application's own SQL, written by
# QueriesPerPageTest from the statements the pages issue (that test fails when the file is stale).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
queries="$here/explain-queries.sql"
out="${EXPLAIN_OUT:-$here/EXPLAIN.md}"
search="${EXPLAIN_SEARCH:-smith}"
big_rows="${EXPLAIN_BIG_TABLE_ROWS:-10000}"
note="${EXPLAIN_NOTE:-}"
connection=("$@")

command -v psql >/dev/null || { echo "explain.sh needs psql (Debian: apt-get install postgresql-client)" >&2; exit 2; }
[ -f "$queries" ] || { echo "missing $queries" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sql() {
    psql -X -q -At -v ON_ERROR_STOP=1 "${connection[@]}" "$@"
}

# Realistic parameters: the case with the most time slips (the long-running one), its client, its
# lead investigator (the staff member asking, as in QueriesPerPageTest), a contact of that client
# with an active grant, and the case's newest shared document.
sql > "$work/params.psql" <<SQL
with big as (select case_id from time_slips group by case_id order by count(*) desc limit 1),
     kase as (select c.id, c.client_id, coalesce(c.lead_investigator_id,
                (select min(id) from user_accounts where role = 'INVESTIGATOR')) as staff_id
              from cases c where c.id = (select case_id from big)),
     contact as (select min(g.contact_id) as id from portal_grants g join kase on g.client_id = kase.client_id
                 where g.revoked_at is null and (g.case_id is null or g.case_id = kase.id)),
     document as (select d.id from documents d join kase on d.case_id = kase.id
                  order by (d.visibility = 'CLIENT') desc, d.created_at desc limit 1)
select format(E'\\\\set caseId %s\n\\\\set clientId %s\n\\\\set portalClientId %s\n\\\\set spendClientId %s\n\\\\set accessActorId %s\n'
              '\\\\set me %s\n\\\\set assigneeId %s\n\\\\set contactId %s\n\\\\set portalContactId %s\n'
              '\\\\set profileContactId %s\n\\\\set documentId %s\n\\\\set email ''''''%s''''''',
              kase.id, kase.client_id, kase.client_id, kase.client_id, kase.staff_id, kase.staff_id, kase.staff_id,
              contact.id, contact.id, contact.id, coalesce((select id from document), -1),
              (select email from user_accounts where id = kase.staff_id))
from kase, contact;
SQL
[ -s "$work/params.psql" ] || { echo "the database has no time slips: generate a firm first" >&2; exit 2; }
cat >> "$work/params.psql" <<PSQL
\\set text '''%${search//\'/}%'''
\\set status '''OPEN'''
\\set limit 25
\\set offset 0
\\set shown 8
\\set watch 80
\\set today current_date
\\set until 'current_date + 60'
\\set portalSectionAPPROVALS '''APPROVALS'''
\\set portalSectionBUDGET '''BUDGET'''
\\set portalSectionTASKS '''TASKS'''
\\set portalActionAPPROVE '''APPROVE'''
\\set portalActionMESSAGE '''MESSAGE'''
\\set portalRenewalSection '''APPROVALS'''
\\set portalEverySection '''BUDGET'''
\\set portalRenewalActionAny null
\\set portalRenewalActionAPPROVE '''APPROVE'''
\\set firstMonth 'cast(date_trunc(''month'', current_date) - interval ''11 months'' as date)'
\\set lastMonth 'cast(date_trunc(''month'', current_date) as date)'
\\set endOfWindow 'cast(date_trunc(''month'', current_date) + interval ''1 month'' as date)'
\\set excerpt 160
\\set portalSectionDOCUMENTS '''DOCUMENTS'''
\\set portalSectionNOTES '''NOTES'''
\\set portalSectionOVERVIEW '''OVERVIEW'''
\\set profileIds 'select id from portal_profiles'
\\set listProfiles 'select id from portal_profiles'
\\set subjectProfiles 'select id from portal_profiles'
PSQL

# Every named parameter the queries use must have a value here.
missing="$(grep -v '^--' "$queries" | grep -oE '(^|[^:]):[A-Za-z][A-Za-z0-9_]*' | sed 's/^[^:]*://' | sort -u \
    | while read -r name; do grep -qE "^\\\\set $name " "$work/params.psql" "$queries" || echo "$name"; done)"
if [ -n "$missing" ]; then
    echo "explain.sh does not know a value for: $missing (add it to the parameters in this script)" >&2
    exit 2
fi

# One psql script: the parameters, then each query under EXPLAIN, each plan after a marker line.
awk '
    /^-- query / { n = $3; sub(":", "", n); print "\\echo @@@ " n; expect = 1; next }
    /^--/ || /^$/ { next }
    /^\\set / { print; next }
    expect { print "explain (analyze, buffers) " $0; expect = 0; next }
    { print }
' "$queries" > "$work/explain.psql"
cat "$work/params.psql" "$work/explain.psql" > "$work/run.psql"
sql -f "$work/run.psql" > "$work/plans.txt"

# The big tables, and how many rows each has (the planner's estimate).
sql -F ' ' -c "select c.relname, c.reltuples::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relkind = 'r' and c.reltuples >= $big_rows order by c.reltuples desc" \
    > "$work/big-tables.txt"

{
    echo "# EXPLAIN plans of the list and search queries"
    echo
    echo "Written by \`bench/explain.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') against"
    echo "$(sql -c "select 'PostgreSQL ' || current_setting('server_version')")."
    [ -n "$note" ] && { echo; echo "$note"; }
    echo
    echo "Each query is one of \`bench/explain-queries.sql\`, the application's own SQL as the pages issue it,"
    echo "run as \`EXPLAIN (ANALYZE, BUFFERS)\` with: the case with the most time slips, its client, its lead"
    echo "investigator (the staff member asking), a contact of the client with an active grant, the case's"
    echo "newest shared document, the search text \`%${search}%\`, the first page of 25."
    echo
    echo "Big tables (at least $big_rows rows, planner's estimate):"
    echo
    echo "| table | rows |"
    echo "|---|---:|"
    awk '{ printf "| %s | %\047d |\n", $1, $2 }' "$work/big-tables.txt"
    echo
    echo "Parameters:"
    echo
    echo '```'
    grep -E '^\\set (caseId|clientId|accessActorId|contactId|documentId) ' "$work/params.psql"
    echo '```'
    echo
    echo "## Summary"
    echo
    echo "| query | execution time | Seq Scan on a big table | pages |"
    echo "|---:|---:|---|---|"
    awk -v big="$work/big-tables.txt" -v queries="$queries" '
        BEGIN {
            while ((getline line < big) > 0) { split(line, f, " "); rows[f[1]] = f[2] }
            while ((getline line < queries) > 0) if (line ~ /^-- query /) {
                n = line; sub(/^-- query /, "", n); pages = n; sub(/:.*/, "", n); sub(/^[0-9]+: /, "", pages)
                more = split(pages, each, "; ") - 1
                page[n] = each[1] (more > 0 ? " (and " more " more)" : "")
            }
        }
        /^@@@ / { if (q != "") flush(); q = $2; time = ""; seq = ""; next }
        /Execution Time:/ { time = $3 " ms" }
        /Seq Scan on / {
            t = $0; sub(/.*Seq Scan on /, "", t); sub(/ .*/, "", t)
            if (t in rows && index(seq, t) == 0) seq = seq (seq == "" ? "" : ", ") "**" t "**"
        }
        END { if (q != "") flush() }
        function flush() { printf "| %s | %s | %s | %s |\n", q, time, (seq == "" ? "none" : seq), page[q] }
    ' "$work/plans.txt"
    echo
    echo "## Plans"
    awk -v queries="$queries" '
        BEGIN {
            while ((getline line < queries) > 0) {
                if (line ~ /^-- query /) { n = line; sub(/^-- query /, "", n); sub(/:.*/, "", n); continue }
                if (line ~ /^--/ || line ~ /^\\set / || n == "") continue
                text[n] = text[n] line "\n"
            }
        }
        /^@@@ / { if (open) print "```"; q = $2; print ""; print "### Query " q; print ""; print "```sql";
                  printf "%s", text[q]; print "```"; print ""; print "```"; open = 1; next }
        { print }
        END { if (open) print "```" }
    ' "$work/plans.txt"
} > "$out"

flagged="$(grep -c '\*\*' "$out" || true)"
echo "wrote $out: $(grep -c '^### Query' "$out") plans, $flagged with a Seq Scan on a big table"
