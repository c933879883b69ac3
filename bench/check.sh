#!/usr/bin/env bash
# Times `fengong check` on generated committees of 1k, 10k and 100k decisions:
# wall time and peak memory (best of 3), from a fresh binary.
#   bash bench/check.sh            # all sizes
#   SIZES="10000" bash bench/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/fengong-bench}
mkdir -p "$out"
go build -o "$out/fengong" ./cmd/fengong
printf '%-10s %10s %10s %12s\n' decisions files wall_s peak_MiB
for n in ${SIZES:-1000 10000 100000}; do
  dir="$out/c$n"
  [ -d "$dir" ] || go run ./bench/gen -decisions "$n" -o "$dir"
  files=$(find "$dir" -name '*.yaml' | wc -l)
  best_t=999; best_m=0
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$out/time" "$out/fengong" check "$dir" --as-of 2000-01-01 >/dev/null || true
    read -r t m < "$out/time"
    if awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
  done
  printf '%-10s %10s %10s %12.0f\n' "$n" "$files" "$best_t" "$(awk "BEGIN{print $best_m/1024}")"
done
