export interface ObligationRecord {
  type: 'DEFENSE' | 'OFFENSE' | 'NEUTRALITY' | 'NONAGGRESSION' | 'CONSULTATION';
  conditional: boolean;
  note: string | null;
}

export function parseObligations(json: string | null | undefined): ObligationRecord[] {
  if (!json) return [];
  return (JSON.parse(json) as Partial<ObligationRecord>[]).map((o) => ({
    type: o.type as ObligationRecord['type'],
    conditional: o.conditional ?? false,
    note: o.note ?? null,
  }));
}
