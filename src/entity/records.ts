import type { DatePrecision, IsoDate } from '../dates';

import type { EntityLabel } from '../shared/labels';

/** What every entity node holds, as the repositories return it. */
export interface EntityRecord {
  label: EntityLabel;
  id: string;
  name: string;
  aliases: string[];
  sourceIds: string[];
  notes: string | null;
  /** JSON of [{ field, value, note, sourceIds }]: what other sources say where they differ. */
  claimsJson: string | null;
  /** Raised by one at every change (optimistic concurrency). */
  version: number;
  /** True when loaded by a list or relation without its long texts (notes, claims). */
  partial?: boolean;
}

export interface Dated {
  from: IsoDate | null;
  fromPrecision: DatePrecision | null;
  until: IsoDate | null;
  untilPrecision: DatePrecision | null;
}

/** Obligations are stored as JSON beside a list of their types (which queries filter on). */
export interface WithObligations {
  obligationsJson: string | null;
  obligationTypes: string[] | null;
}
