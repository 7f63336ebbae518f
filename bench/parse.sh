#!/usr/bin/env bash
# Product pages parsed per second on one core, for one or more builds side by side.
#   bench/parse.sh [runs=3] [seconds=10]
#   JARS="/tmp/caravan-before.jar target/caravan.jar" bench/parse.sh 5
# The pages: the demo shop's product pages (DemoCatalog.generate(300), JSON-LD and microdata) and
# the extraction fixtures (src/test/resources/extraction: the platforms' own markup). Runs are
# interleaved (jar A, jar B, jar A …) because this shared machine drifts; one line per run, then
# the median per jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS=${1:-3}
SECONDS_PER_RUN=${2:-10}
ensure_jar
JARS=${JARS:-$JAR}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" "$BENCH_DIR/ParseBench.java"
ensure_bench_classpath
java -cp "$BENCH_CP" caravan.demo.DemoShopExport \
  --products 300 --base-url http://127.0.0.1:8099 --out "$work/shop" >/dev/null
mkdir -p "$work/pages/demo" "$work/pages/fixtures"
cp "$work"/shop/p/* "$work/pages/demo/"
cp "$REPO_DIR"/src/test/resources/extraction/*.html "$work/pages/fixtures/" 2>/dev/null || true

declare -A results
for run in $(seq 1 "$RUNS"); do
  for jar in $JARS; do
    line=$(java -Xmx1g -XX:ActiveProcessorCount=1 -Dloader.path="$work/classes" -Dloader.main=ParseBench -cp "$jar" \
      org.springframework.boot.loader.launch.PropertiesLauncher "$work/pages" "$SECONDS_PER_RUN" 2>/dev/null | tail -1)
    echo "run $run: jar=$jar $line"
    results[$jar]+="$(field pages_per_s "$line")"$'\n'
  done
done
for jar in $JARS; do
  echo "median jar=$jar runs=$RUNS pages_per_s=$(printf '%s' "${results[$jar]}" | grep . | median) nproc=$(nproc) load=$(cut -d' ' -f1 /proc/loadavg)"
done
