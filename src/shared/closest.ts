/** Edit distance (insertions, deletions, substitutions) between two texts, in O(a × b). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export interface Candidate {
  id: string;
  names: string[];
}

/**
 * The candidates nearest to what was typed: by the smallest edit distance to the id or any name,
 * where a name that starts with the text counts as one edit (so "nat" finds NATO before "NAT" the
 * typo of "NRT"). Ties keep the candidates' order.
 */
export function closest<C extends Candidate>(typed: string, candidates: C[], count: number): C[] {
  const text = typed.trim().toLowerCase();
  const distance = (name: string): number => {
    const lower = name.toLowerCase();
    if (lower === text) return 0;
    if (text.length >= 2 && lower.startsWith(text)) return 1;
    return editDistance(text, lower);
  };
  return candidates
    .map((candidate, order) => ({ candidate, order, score: Math.min(...[candidate.id, ...candidate.names].map(distance)) }))
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, count)
    .map((ranked) => ranked.candidate);
}
