import type { DatePrecision, IsoDate } from '../dates';

export const ENTITY_LABELS = ['State', 'Alliance', 'Treaty', 'Conflict', 'Operation', 'Source'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** What every entity node holds, as the repositories return it. */
export interface EntityRecord {
  label: EntityLabel;
  id: string;
  name: string;
  aliases: string[];
  sourceIds: string[];
}

export interface Dated {
  from: IsoDate | null;
  fromPrecision: DatePrecision | null;
  until: IsoDate | null;
  untilPrecision: DatePrecision | null;
}
