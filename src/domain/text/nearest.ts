/** Edit distance (insert, delete, substitute each cost 1), for suggesting what a mistyped id meant. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The `limit` candidates closest to `wanted`, by edit distance to the candidate's key, nearest first;
 * a candidate whose key contains a word of `wanted` counts as near.
 */
export function nearest<T>(wanted: string, candidates: readonly T[], key: (c: T) => string, limit = 3): T[] {
  const target = wanted.toLowerCase().slice(0, 120);
  const words = target.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return candidates
    .map((candidate) => {
      const k = key(candidate).toLowerCase();
      const shared = words.some((w) => k.includes(w));
      return { candidate, score: editDistance(target, k) - (shared ? k.length : 0) };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.candidate);
}
