#!/bin/sh
# Times `fengong build` (HTML, search index, open data; no PDF) of the
# generated 10k-decision committee against Hugo building the same 10k
# decisions as Markdown pages, in the same run, best of 3 each; prints wall
# time, CPU time, peak RSS and the ratios, and the floor: what writing the
# same files costs with no rendering at all (bench/floor). Every build
# writes into a new folder.
#
# Hugo builds two sites (bench/hugo): "hugo", pages equivalent to fengong's
# decision pages (same masthead, navigation, facts, text, tasks and footer;
# a list of 100 a page; Hugo's default RSS feed and sitemap, as fengong
# writes a feed and a sitemap), which the targets are measured against; and
# "hugo-bare", a two-link layout around title, date and text with no feed,
# sitemap or pagination, Hugo's fixed cost, shown for comparison.
#
#   sh bench/build.sh [decisions]      # default 10000; work folder $TMPDIR
set -eu
n=${1:-10000}
work=${TMPDIR:-/tmp}/fengong-bench-build-$n
cd "$(dirname "$0")/.."
go build -o "$work.bin" ./cmd/fengong
if [ ! -d "$work/content" ]; then
	mkdir -p "$work"
	go run ./bench/gen -decisions "$n" -o "$work/content"
fi
# The generated records' last day (records.until): a build shows the
# records as they stood on its day, so an earlier one would show a part.
asof=2004-12-31
[ -d "$work/hugo-equivalent" ] || go run ./bench/hugo -as-of $asof -content "$work/content" -o "$work/hugo-equivalent"
[ -d "$work/hugo-bare" ] || go run ./bench/hugo -as-of $asof -bare -content "$work/content" -o "$work/hugo-bare"

# Each run writes into a folder of its own that did not exist, and nothing
# is deleted until every run is done. This machine's ext4 has no journal,
# and without one ext4 will not reuse an inode freed in the last 60-300
# seconds: it reads past each such inode for every file it creates, so a
# build just after deleting a 15k-file site spent 5-12 s in the kernel
# instead of 1 s (perf: find_inode_bit -> recently_deleted). Deleting the
# previous output before each run, as this script first did, measured that
# and not the generators. Runs of fengong and Hugo alternate, so that both
# meet the same machine; the best of 3 of each is kept.
runs=$work/runs
if [ -d "$runs" ]; then
	echo "note: deleting the last run's outputs; on a file system without a journal, wait 5 minutes before measuring" >&2
	rm -rf "$runs"
fi
mkdir -p "$runs"
timed() { # timed NAME CMD...: one run; appends "wall user sys maxrss_kb" to $runs/NAME
	name=$1
	shift
	sync
	sleep 2
	/usr/bin/time -f "%e %U %S %M" -o "$runs/time" "$@" >/dev/null 2>&1
	cat "$runs/time" >>"$runs/$name"
}
for i in 1 2 3; do
	timed fengong "$work.bin" build "$work/content" --as-of $asof -o "$runs/site$i" --no-pdf
	timed hugo hugo --quiet -s "$work/hugo-equivalent" -d "$runs/hugo$i"
	timed bare hugo --quiet -s "$work/hugo-bare" -d "$runs/bare$i"
done
f=$(sort -n "$runs/fengong" | head -1)
h=$(sort -n "$runs/hugo" | head -1)
b=$(sort -n "$runs/bare" | head -1)

out=$runs/site1
files=$(find "$out" -type f | wc -l)
search=$(du -sb "$out/search" | cut -f1)
# A query loads meta.js, the term shards of at most maxTerms terms and the
# doc shards of its first `page` results (both in meta.js, which
# assets/search.js obeys): the largest maxTerms term shards and the largest
# `page` doc shards bound what any query downloads; "more results" loads
# at most the next `page` doc shards. Typical: average shards, 1 to 3 terms.
rule() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" "$out/search/meta.js"; }
largest() { find "$out/search/$1" -type f -printf '%s\n' | sort -n | tail -"$2" | awk '{s+=$1} END {print s}'; }
average() { find "$out/search/$1" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d", s/NR}'; }
meta=$(stat -c %s "$out/search/meta.js")
maxterms=$(rule maxTerms) page=$(rule page)
query=$((meta + $(largest t "$maxterms") + $(largest d "$page")))
more=$(largest d "$page")
typical=$(for k in 1 2 3; do printf '%d ' $((meta + k * $(average t) + page * $(average d))); done)
sfiles=$(find "$out/search" -type f | wc -l)
hfiles=$(find "$runs/hugo1" -type f | wc -l)
bfiles=$(find "$runs/bare1" -type f | wc -l)

# The floor: the same files written from memory by a program that renders
# nothing (bench/floor), best of 3, for each output.
go build -o "$work.floor" ./bench/floor
floor() { for i in 1 2 3; do sync; sleep 2; "$work.floor" -site "$1" -o "$1-floor$i"; done | sort -k3 -n | head -1; }
ffloor=$(floor "$runs/site1")
hfloor=$(floor "$runs/hugo1")

echo "$(hugo version | cut -d' ' -f1-2)"
echo "$f" | awk -v files="$files" '{printf "fengong  wall %.2f s  cpu %.2f s (user %.2f sys %.2f)  peak %.0f MiB  %d files\n", $1, $2+$3, $2, $3, $4/1024, files}'
echo "$h" | awk -v files="$hfiles" '{printf "hugo     wall %.2f s  cpu %.2f s (user %.2f sys %.2f)  peak %.0f MiB  %d files (equivalent pages)\n", $1, $2+$3, $2, $3, $4/1024, files}'
echo "$b" | awk -v files="$bfiles" '{printf "bare     wall %.2f s  cpu %.2f s (user %.2f sys %.2f)  peak %.0f MiB  %d files (Hugo, bare layout)\n", $1, $2+$3, $2, $3, $4/1024, files}'
echo "$f $h" | awk '{printf "ratio    wall %.2f  cpu %.2f  peak %.2f   fengong / Hugo, equivalent pages (target: wall and peak <= 0.25)\n", $1/$5, ($2+$3)/($6+$7), $4/$8}'
echo "$f $b" | awk '{printf "ratio    wall %.2f  cpu %.2f  peak %.2f   fengong / Hugo, bare layout\n", $1/$5, ($2+$3)/($6+$7), $4/$8}'
echo "$ffloor" | sed 's/^floor   /floor of fengong'"'"'s output:/'
echo "$hfloor" | sed 's/^floor   /floor of Hugo'"'"'s output:   /'
echo "search index: $search bytes in $sfiles files (target: <= 10.5 MB, 1/4 of Pagefind's 42 MB)"
echo "search query: at most $query bytes ($maxterms terms, $page results; target <= 307200), each \"more results\" at most $more; typical for 1/2/3 terms: $typical"
rm -rf "$runs" # the outputs, now that every measurement is done
