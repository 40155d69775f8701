import type { DatePrecision, IsoDate } from '../dates';
import type { EntityRecord, WithObligations } from '../entity/records';

export interface AllianceRecord extends EntityRecord, WithObligations {
  label: 'Alliance';
  kind: string;
  founded: IsoDate | null;
  foundedPrecision: DatePrecision | null;
  dissolved: IsoDate | null;
  dissolvedPrecision: DatePrecision | null;
  parentId: string | null;
}
