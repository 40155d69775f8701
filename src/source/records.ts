import type { EntityRecord } from '../entity/records';

export interface SourceRecord extends EntityRecord {
  label: 'Source';
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  url: string | null;
  note: string | null;
}
