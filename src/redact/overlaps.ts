// Overlap resolution for detect(): keeps the best non-overlapping candidates (higher score band, then the
// longer span, then the higher score, then the earlier recogniser). Must stay linear in the total length
// of each cluster of overlapping candidates, whatever the cluster size.
import type { Finding } from './types';

function bandOf(score: number): number {
  return Math.round(score * 5);
}

/** Keeps the best non-overlapping candidates; returns them sorted by start. */
export function resolveOverlaps<T extends Finding & { order: number }>(candidates: T[]): T[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  // Conflicts are local: split into clusters of transitively overlapping candidates, resolve each.
  let i = 0;
  while (i < byStart.length) {
    let j = i + 1;
    let clusterEnd = byStart[i]?.end ?? 0;
    while (j < byStart.length && (byStart[j]?.start ?? 0) < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, byStart[j]?.end ?? 0);
      j++;
    }
    if (j === i + 1) kept.push(byStart[i]!);
    else kept.push(...resolveCluster(byStart.slice(i, j)));
    i = j;
  }
  return kept;
}

function resolveCluster<T extends Finding & { order: number }>(cluster: T[]): T[] {
  cluster.sort(
    (a, b) =>
      bandOf(b.score) - bandOf(a.score) ||
      b.end - b.start - (a.end - a.start) ||
      b.score - a.score ||
      a.order - b.order,
  );
  // Occupancy over the cluster's span: linear in the total candidate length, whatever the cluster size.
  const base = Math.min(...cluster.map((c) => c.start));
  const occupied = new Uint8Array(Math.max(...cluster.map((c) => c.end)) - base);
  const kept: T[] = [];
  for (const c of cluster) {
    let free = true;
    for (let k = c.start - base; k < c.end - base && free; k++) free = occupied[k] === 0;
    if (!free) continue;
    occupied.fill(1, c.start - base, c.end - base);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
