import type { DatePrecision, IsoDate } from '../dates';
import type { EntityRecord } from '../entity/records';

export interface OperationRecord extends EntityRecord {
  label: 'Operation';
  kind: string | null;
  started: IsoDate | null;
  startedPrecision: DatePrecision | null;
  ended: IsoDate | null;
  endedPrecision: DatePrecision | null;
}
