/**
 * Edit distance (insertions, deletions, substitutions) between two texts. Past `max` the exact
 * figure does not matter: it answers `max + 1` as soon as the distance must exceed `max` (the
 * lengths alone differ by more, or a whole row of the table does), which spares the long names.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      current.push(cell);
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The edit distance from `pattern` to any text, with the pattern prepared once: Myers' bit-vector
 * algorithm (one machine word per pattern, so texts are measured in one pass of their length) for
 * patterns of up to 32 characters, the table otherwise. Gives what `editDistance` gives.
 */
export function distanceFrom(pattern: string): (text: string, max?: number) => number {
  const m = pattern.length;
  if (m === 0 || m > 32) return (text, max) => editDistance(pattern, text, max);
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i += 1) peq.set(pattern.charCodeAt(i), (peq.get(pattern.charCodeAt(i)) ?? 0) | (1 << i));
  const last = 1 << (m - 1);
  return (text, max = Infinity) => {
    if (Math.abs(m - text.length) > max) return max + 1;
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j += 1) {
      const eq = peq.get(text.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score += 1;
      else if (mh & last) score -= 1;
      // Row 0 of the table grows by one a column (the whole pattern against an empty prefix).
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score > max ? max + 1 : score;
  };
}

export interface Candidate {
  id: string;
  names: string[];
}

/**
 * The candidates nearest to what was typed: by the smallest edit distance to the id or any name,
 * where a name that starts with the text counts as one edit (so "nat" finds NATO before "NAT" the
 * typo of "NRT"). Ties keep the candidates' order. Only the best `count` are kept as it goes, so a
 * name is measured only as far as it could still enter them.
 */
export function closest<C extends Candidate>(typed: string, candidates: C[], count: number): C[] {
  const text = typed.trim().toLowerCase();
  const distanceTo = distanceFrom(text);
  const best: { candidate: C; score: number }[] = [];
  for (const candidate of candidates) {
    // Once `count` are held, a later candidate must do strictly better: ties keep the earlier one.
    let bound = best.length < count ? Infinity : (best[best.length - 1] as { score: number }).score - 1;
    let score = Infinity;
    for (const name of [candidate.id, ...candidate.names]) {
      const lower = name.toLowerCase();
      const distance =
        lower === text ? 0 : text.length >= 2 && lower.startsWith(text) ? 1 : distanceTo(lower, Math.min(bound, score - 1));
      if (distance < score) score = distance;
      bound = Math.min(bound, score);
    }
    if (score === Infinity || (best.length >= count && score >= (best[best.length - 1] as { score: number }).score)) continue;
    const at = best.findIndex((held) => held.score > score);
    best.splice(at === -1 ? best.length : at, 0, { candidate, score });
    if (best.length > count) best.pop();
  }
  return best.map((held) => held.candidate);
}
