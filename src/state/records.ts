import type { Dated, EntityRecord } from '../entity/records';

export type Region = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';

export interface StateRecord extends EntityRecord, Dated {
  label: 'State';
  iso2: string | null;
  iso3: string | null;
  cowCode: number | null;
  gwCode: number | null;
  region: Region | null;
}
