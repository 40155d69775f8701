import type { Dated, EntityRecord } from '../entity/records';

export interface StateRecord extends EntityRecord, Dated {
  label: 'State';
  iso2: string | null;
  iso3: string | null;
  isoNumeric?: number | null;
  cowCode: number | null;
  gwCode: number | null;
  region: 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA' | null;
  unStatus: 'MEMBER' | 'OBSERVER' | null;
}
