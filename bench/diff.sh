#!/usr/bin/env bash
# Times `fengong diff HEAD~1 HEAD` on a generated committee of 10k decisions
# committed to git, where the last commit edits 10 decisions: wall time, CPU
# time (user+sys) and peak memory, best of 3, from a fresh binary. Then the
# history benchmark (1,000 commits) through go test.
#   bash bench/diff.sh
#   N=1000 bash bench/diff.sh       # a smaller committee
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/fengong-bench}
n=${N:-10000}
mkdir -p "$out"
go build -o "$out/fengong" ./cmd/fengong
repo="$out/diff$n"
if [ ! -d "$repo/.git" ]; then
  rm -rf "$repo"
  go run ./bench/gen -decisions "$n" -o "$repo/content"
  git -C "$repo" init -q
  git -C "$repo" add .
  git -C "$repo" -c gc.auto=0 -c user.name=bench -c user.email=bench@example.org commit -qm "generated committee"
  for f in $(ls "$repo/content/decisions" | head -10); do
    sed -i 's/^title: \(.*\)$/title: \1(修订)/' "$repo/content/decisions/$f"
  done
  git -C "$repo" -c gc.auto=0 -c user.name=bench -c user.email=bench@example.org commit -qam "edit 10 decisions"
  git -C "$repo" gc -q
fi
printf '%-10s %8s %8s %10s\n' decisions wall_s cpu_s peak_MiB
best_t=999; best_c=0; best_m=0
for _ in 1 2 3; do
  (cd "$repo" && /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$out/fengong" diff HEAD~1 HEAD --as-of 2030-01-01 >/dev/null) || true
  read -r t u s m < "$out/time"
  if awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_c=$(awk "BEGIN{print $u+$s}"); best_m=$m; fi
done
printf '%-10s %8s %8s %10.0f\n' "$n" "$best_t" "$best_c" "$(awk "BEGIN{print $best_m/1024}")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
go test ./bench -run '^$' -bench 'BenchmarkHistory' -benchtime 3x
