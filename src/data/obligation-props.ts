/** How an obligation is written: type, conditional, and a note when there is one. */
export interface ObligationRow {
  type: string;
  conditional: boolean;
  note?: string | null;
}

/** Obligations as JSON for the API, and as lists of types (all, and the conditional ones) for queries. */
export function obligationProps(obligations: ObligationRow[]): Record<string, unknown> {
  return {
    obligationsJson: JSON.stringify(obligations),
    obligationTypes: obligations.map((o) => o.type),
    conditionalObligationTypes: obligations.filter((o) => o.conditional).map((o) => o.type),
  };
}
