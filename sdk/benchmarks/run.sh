#!/usr/bin/env bash
# The whole-process benchmark (README.md): builds the CLI and this module, installs ajv, generates
# one NDJSON file and runs on it, each in its own process: (a) Jackson readTree, (b) networknt
# schema only, (c) OpenSRDI full validation on 1 and 2 threads, (d) ajv schema only, (e) the
# criteria and award calculators; then 5,000,000 records with -Xmx256m and the CLI on 10 records.
# Prints the Markdown table of README.md; --update-readme writes it there too.
#
# Usage: sdk/benchmarks/run.sh [--records N] [--large N] [--calc-records N] [--warmup N]
#                              [--work DIR] [--update-readme]
#   --records N       records of the compared file (default 1000000)
#   --large N         records of the memory run with -Xmx256m, 0 to skip (default 5000000, ~3.8 GB)
#   --calc-records N  lines of the same file the calculators take (default 100000)
#   --warmup N        records of the warm-up pass before the measured passes (default 100000)
#   --passes N        measured passes over the whole file; the best counts (default 3)
#   --work DIR        where the large file and the results go (default ${TMPDIR:-/tmp}/opensrdi-benchmarks)
#   --data DIR        where the compared file goes (default /dev/shm/opensrdi-benchmarks if /dev/shm is
#                     there: in memory, so that no measurement waits for the disk; else the work folder)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
records=1000000
large=5000000
calc=100000
warmup=100000
passes=3
work=${TMPDIR:-/tmp}/opensrdi-benchmarks
data=
update=false
command="sdk/benchmarks/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --records) records=$2; shift 2 ;;
    --large) large=$2; shift 2 ;;
    --calc-records) calc=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --passes) passes=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --update-readme) update=true; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$work"
# About 760 bytes a record; both files are deleted after their runs.
room() { # room DIR KIB: whether DIR has KIB free
  [ "$(df -Pk "$1" | awk 'NR==2 {print $4}')" -ge "$2" ]
}
if [ -z "$data" ]; then
  data=$work
  if [ -d /dev/shm ] && room /dev/shm $(( records * 800 / 1024 + 1048576 )); then
    data=/dev/shm/opensrdi-benchmarks
  fi
fi
mkdir -p "$data"
if ! room "$data" $(( records * 800 / 1024 )) || ! room "$work" $(( large * 800 / 1024 )); then
  echo "run.sh: not enough room for the files in $data and $work (about 800 bytes a record)" >&2
  exit 2
fi

echo "Building the CLI and the benchmarks…" >&2
(cd "$root" && ./mvnw -B -ntp -q -Pbenchmarks install -DskipTests -pl sdk/cli,sdk/benchmarks -am)
echo "Installing ajv…" >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
jar=$here/target/benchmarks.jar
cli=$root/sdk/cli/target/opensrdi-cli.jar

generate() {
  "$java" -cp "$jar" org.opensrdi.benchmarks.SubmissionGenerator --records "$1" --seed 42 --out "$2"
}

file=$data/submission-$records.ndjson
generate "$records" "$file"
results=$work/results.jsonl
log=$work/stderr.log
: > "$results"
: > "$log"

measure() { # one JVM per measurement; its last line is the result
  echo "  $*" >&2
  "$java" "$@" 2>>"$log" | tail -n 1 >> "$results"
}
steal_start=$(awk '/^cpu / {print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)
echo "Measuring on $file…" >&2
measure -cp "$jar" org.opensrdi.benchmarks.ThroughputRun read-tree "$file" --warmup "$warmup" --passes "$passes"
measure -cp "$jar" org.opensrdi.benchmarks.ThroughputRun networknt "$file" --warmup "$warmup" --passes "$passes"
measure -cp "$jar" org.opensrdi.benchmarks.ThroughputRun validate "$file" --threads 1 --warmup "$warmup" --passes "$passes"
measure -cp "$jar" org.opensrdi.benchmarks.ThroughputRun validate "$file" --threads 2 --warmup "$warmup" --passes "$passes"
echo "  node ajv-validate.mjs" >&2
node "$here/ajv-validate.mjs" "$file" --warmup "$warmup" --passes "$passes" 2>>"$log" | tail -n 1 >> "$results"
measure -cp "$jar" org.opensrdi.benchmarks.CalculationRun criteria "$file" --records "$calc" --passes "$passes"
measure -cp "$jar" org.opensrdi.benchmarks.CalculationRun awards "$file" --records "$calc" --passes "$passes"
measure -cp "$jar" org.opensrdi.benchmarks.CalculationRun awards "$file" --records "$calc" --passes "$passes" \
    --division 420106

if [ "$large" -gt 0 ]; then
  big=$work/submission-$large.ndjson
  generate "$large" "$big"
  echo "  java -Xmx256m … validate $big --threads 2" >&2
  set +e
  out=$("$java" -Xmx256m -cp "$jar" org.opensrdi.benchmarks.ThroughputRun validate "$big" --threads 2 --warmup 0 \
      --label large 2>>"$log" | tail -n 1)
  status=$?
  set -e
  if [ $status -eq 0 ] && [ -n "$out" ]; then
    echo "$out" >> "$results"
  else
    echo "{\"mode\":\"large\",\"records\":$large,\"exit\":$status}" >> "$results"
  fi
  rm -f "$big"
fi

# The machine's own parallel headroom, for the 2-thread goal: two independent readTree JVMs at once.
echo "  two read-tree JVMs at once" >&2
"$java" -cp "$jar" org.opensrdi.benchmarks.ThroughputRun read-tree "$file" --warmup "$warmup" --label pair-a \
    2>>"$log" | tail -n 1 > "$work/pair-a.json" &
"$java" -cp "$jar" org.opensrdi.benchmarks.ThroughputRun read-tree "$file" --warmup "$warmup" --label pair-b \
    2>>"$log" | tail -n 1 > "$work/pair-b.json"
wait
cat "$work/pair-a.json" "$work/pair-b.json" >> "$results"

small=$work/submission-10.ndjson
generate 10 "$small" 2>>"$log"
echo "  ./opensrdi validate (10 records, 5 runs after one that archives the classes)" >&2
"$root/opensrdi" validate --as-of 2025-06-30 "$small" > /dev/null 2>>"$log" || [ $? -eq 1 ]
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$root/opensrdi" validate --as-of 2025-06-30 "$small" > /dev/null 2>>"$log" || [ $? -eq 1 ]
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "{\"mode\":\"cli\",\"runs\":5,\"seconds\":$(awk "BEGIN {print $median / 1000}")}" >> "$results"

machine=$work/machine.txt
{
  echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB, $(uname -sr)"
  echo "Java: $("$java" -version 2>&1 | head -n 1); default heap (no -Xmx) except the 5M run"
  echo "Node: $(node --version), ajv $(cd "$here" && node -p 'require("ajv/package.json").version'), ajv-formats $(cd "$here" && node -p 'require("ajv-formats/package.json").version')"
  echo "File: $records records, $(stat -c %s "$file") bytes of NDJSON (seed 42, 5 % invalid) in $data; a warm-up pass over the first $warmup records, then the best of $passes passes over the whole file"
  echo "CPU stolen by the hypervisor while measuring: $(awk -v start="$steal_start" 'BEGIN {split(start, s, " ")}
      /^cpu / {total = $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; printf "%.1f %%", 100 * ($9 - s[1]) / (total - s[2])}' /proc/stat)"
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$machine"

rm -f "$file"
rmdir "$data" 2>/dev/null || true

table=$work/results.md
"$java" -cp "$jar" org.opensrdi.benchmarks.ResultsTable "$results" "$machine" "$command" > "$table"
cat "$table"
if $update; then
  readme=$here/README.md
  awk -v table="$table" '
    /<!-- results:begin -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0 }
    !skip { print }' "$readme" > "$readme.tmp"
  mv "$readme.tmp" "$readme"
  echo "Updated $readme" >&2
fi
