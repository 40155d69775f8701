import type { DatePrecision, IsoDate } from '../dates';
import type { EntityRecord, WithObligations } from '../entity/records';

export interface TreatyRecord extends EntityRecord, WithObligations {
  label: 'Treaty';
  kind: string;
  signed: IsoDate | null;
  signedPrecision: DatePrecision | null;
  inForce: IsoDate | null;
  inForcePrecision: DatePrecision | null;
  terminated: IsoDate | null;
  terminatedPrecision: DatePrecision | null;
}
