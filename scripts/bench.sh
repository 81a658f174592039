#!/usr/bin/env bash
# bench.sh: build geopol and measure it against the prose baseline, with the scaling series.
#
#   scripts/bench.sh [OUTDIR]
#
# Reads the UN General Debate corpus of the shared data (../shared/data/corpora, outside the
# repository; nothing is copied). Writes OUTDIR/bench-DATE.txt (the table) and OUTDIR/bench-DATE.json.
# Everything runs in one `geopol bench` process (analyze and the scaling runs in child processes of
# it, so that each peak RSS is its own), so the ratios to the baseline hold on a busy machine.
#
# Environment: WORKERS (default 2), REPEAT (rounds of baseline, extract and analyze, each reported by
# its median run; default 3), SCALE (default 1,4,16), SCALE_CORPUS (default: the 20-country
# demo corpus, 4.6 MB, so that 16x is about 74 MB; set it to the full corpus for 37 MB x 16),
# BASELINE_DOCS (default 150), GEOPOL (a built binary; default: go build into a temporary directory).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA:-$root/../shared/data/corpora}
corpus=$data/ungdc_2010_2024.jsonl
out=${1:-.}
if [[ ! -f $corpus ]]; then
	echo "bench.sh: $corpus not found (the shared data lives outside the repository)" >&2
	exit 2
fi
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${GEOPOL:-}
if [[ -z $bin ]]; then
	bin=$tmp/geopol
	(cd "$root" && go build -o "$bin" ./cmd/geopol)
fi
stamp=$(date -u +%Y%m%dT%H%M%SZ)
args=(bench --workers "${WORKERS:-2}" --baseline-docs "${BASELINE_DOCS:-150}" --repeat "${REPEAT:-3}"
	--scale "${SCALE:-1,4,16}" --scale-corpus "${SCALE_CORPUS:-$data/ungdc_demo_20countries.jsonl}"
	--tmp "$tmp" "$corpus")
"$bin" "${args[@]}" --json-out "$out/bench-$stamp.json" | tee "$out/bench-$stamp.txt"
