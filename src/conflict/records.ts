import type { DatePrecision, IsoDate } from '../dates';
import type { EntityRecord } from '../entity/records';

export interface ConflictRecord extends EntityRecord {
  label: 'Conflict';
  kind: string;
  started: IsoDate | null;
  startedPrecision: DatePrecision | null;
  ended: IsoDate | null;
  endedPrecision: DatePrecision | null;
}
