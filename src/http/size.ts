const UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "100kb" → 102400, as Express's body parser counts (1 kb = 1024 bytes). */
export function parseSize(text: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const factor = UNITS[(match?.[2] || 'b').toLowerCase()];
  if (!match || factor === undefined) throw new Error(`Not a size: "${text}"`);
  return Number(match[1]) * factor;
}
