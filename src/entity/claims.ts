export interface ClaimRecord {
  field: string;
  value: string;
  note: string | null;
  sourceIds: string[];
}

export function parseClaims(json: string | null | undefined): ClaimRecord[] {
  if (!json) return [];
  return (JSON.parse(json) as Partial<ClaimRecord>[]).map((c) => ({
    field: String(c.field),
    value: String(c.value),
    note: c.note ?? null,
    sourceIds: c.sourceIds ?? [],
  }));
}
