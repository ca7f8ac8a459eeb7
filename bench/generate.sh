#!/usr/bin/env bash
# Generates a firm of realistic size for the benchmarks, deterministic from a seed, into a data
# directory the app starts on (CASEPORT_DATA_DIR): its embedded PostgreSQL, migrated by the app's
# own Flyway migrations and filled with COPY, and the two document files the load test downloads.
# See bench/README.md.
#
#   bench/generate.sh --size tiny|small|medium|large [--seed 42] [--data-dir DIR] [--force]
#                     [--tag T] [--as-of 2026-11-01] [--small-file BYTES] [--big-file BYTES]
#
# DIR defaults to bench/data/SIZE-seedSEED; --force deletes an existing DIR first. Prints what
# bench/load.sh needs (also written to DIR/firm.env) and how long each step took.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly project_root=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

size="" seed=42 data_dir="" force=false
passthrough=()
while (($#)); do
  case $1 in
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --force) force=true; shift ;;
    --tag | --as-of | --small-file | --big-file) passthrough+=("$1" "$2"); shift 2 ;;
    *) die "unknown option $1 (see bench/README.md)" ;;
  esac
done
[[ $size =~ ^(tiny|small|medium|large)$ ]] || die "--size must be tiny, small, medium or large"
[[ $seed =~ ^-?[0-9]+$ ]] || die "--seed must be a whole number"
data_dir=${data_dir:-bench/data/$size-seed$seed}

if [[ -e $data_dir ]]; then
  [[ $force == true ]] || die "$data_dir exists; use --force to generate it again"
  [[ ! -f $data_dir/postgres/postmaster.pid ]] || die "a PostgreSQL is running on $data_dir; stop the app first"
  rm -rf "$data_dir"
fi

classpath=$(bench_classpath)
started=$SECONDS
say "generating a $size firm (seed $seed) into $data_dir"
# A half-written firm is of no use: it goes, however the generator ends.
trap '[[ -f $data_dir/firm.env ]] || rm -rf "$data_dir"' EXIT
java -Xmx1g -cp "$classpath" org.caseport.bench.BenchFirmTool generate --size "$size" --seed "$seed" \
    --data-dir "$data_dir" "${passthrough[@]}"
say "generated in $((SECONDS - started)) s; $(du -sh "$data_dir" | cut -f 1) on disk"
