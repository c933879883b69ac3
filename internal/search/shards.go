package search

import "hash/fnv"

// shardCount returns how many term shards to cut the terms into: the
// fewest, starting from one per targetShardLen of postings, whose largest
// shard is at most maxShardLen bytes. Terms go to shards by hash, so only
// the count can be chosen; the cap is what a query's download bound rests
// on. A single term longer than the cap (impossible below
// 3×maxShardLen documents, see encode) gets a shard of its own at worst.
func shardCount(sizes map[string]int) int {
	total, biggest := 0, 0
	hashes := make([]uint32, 0, len(sizes))
	lens := make([]int, 0, len(sizes))
	for t, n := range sizes {
		total += n
		biggest = max(biggest, n)
		hashes = append(hashes, hash(t))
		lens = append(lens, n)
	}
	limit := max(maxShardLen, biggest)
	for nt := max(1, (total+targetShardLen-1)/targetShardLen); ; nt++ {
		if largestShard(hashes, lens, nt) <= limit || nt >= len(sizes) {
			return nt
		}
	}
}

func largestShard(hashes []uint32, lens []int, nt int) int {
	shard := make([]int, nt)
	most := 0
	for i, h := range hashes {
		s := h % uint32(nt)
		shard[s] += lens[i]
		most = max(most, shard[s])
	}
	return most
}

// entryLen is what term t with encoded list p adds to a shard's JSON.
func entryLen(t, p string) int { return len(t) + len(p) + 6 }

func hash(term string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(term))
	return h.Sum32()
}

func shardOf(term string, n int) int { return int(hash(term) % uint32(n)) }
