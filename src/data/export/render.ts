import { Scalar, stringify, type ScalarTag, type ToStringOptions } from 'yaml';
import { CuratedYear } from '../dates';
import type { ExportedDocument } from './documents';
import type { Row } from './fields';

/** Writes a year-only date as curators do, four digits and no quotes (-0480), which the loader reads back as that year. */
const CURATED_YEAR: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  identify: (value) => value instanceof CuratedYear,
  resolve: (text) => Number(text),
  stringify: (item) => String(item.value),
};

const SHARED = { customTags: [CURATED_YEAR] };
// Texts that would not fit on the key's line are folded; a long title or name that fits stays one line.
const FOLD_FROM = 88;
/** Long texts (notes) fold at the width the curated files use. */
const BLOCK: ToStringOptions & typeof SHARED = { ...SHARED, lineWidth: 100 };
/** A row stays on one line however long, as in the curated files: one row, one line of the diff. */
const FLOW: ToStringOptions & typeof SHARED = {
  ...SHARED,
  collectionStyle: 'flow',
  flowCollectionPadding: false,
  lineWidth: 0,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};

/** A document as YAML 1.2 that readCuratedFiles reads back to the same rows. */
export function renderDocument(document: ExportedDocument): string {
  if (document.layout === 'entity') return `${Object.entries(document.doc).map(([key, value]) => renderField(key, value)).join('\n')}\n`;
  if (document.rows.length === 0) return '[]\n';
  if (document.style === 'block') return stringify(document.rows.map(foldLongTexts), BLOCK);
  return `${document.rows.map((row) => `- ${flow(row)}`).join('\n')}\n`;
}

/** Lists of rows one row per line; lists of ids inline; texts and dates as block fields. */
function renderField(key: string, value: unknown): string {
  if (Array.isArray(value) && value.some(isRow)) return `${key}:\n${value.map((row) => `  - ${flow(row)}`).join('\n')}`;
  if (Array.isArray(value)) return `${key}: ${flow(value)}`;
  return stringify({ [key]: foldLongTexts(value) }, BLOCK).trimEnd();
}

/** Long texts (notes) as folded blocks (`>-`), as curators write them, instead of long quoted lines. */
function foldLongTexts(value: unknown): unknown {
  // Folding trims the ends and cannot hold line breaks or tabs as they are: such texts stay quoted.
  if (typeof value === 'string' && value.length > FOLD_FROM && /^\S(?:[^\n\t]*\S)?$/.test(value)) {
    return Object.assign(new Scalar(value), { type: Scalar.BLOCK_FOLDED });
  }
  if (isRow(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, foldLongTexts(inner)]));
  return value;
}

/** One line in the curated files' style: `{ state: USA, sourceIds: [a, b] }`. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isRow(value)) {
    const entries = Object.entries(value).map(([key, inner]) => `${flowScalar(key)}: ${flow(inner)}`);
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }
  return flowScalar(value);
}

/** A scalar quoted as a flow collection needs (commas and brackets too), by writing it as the one item of a list. */
function flowScalar(value: unknown): string {
  return stringify([quoteLineBreaks(value)], FLOW).trimEnd().slice(1, -1);
}

/** A text with line breaks inside a one-line row is written with escapes ("a\nb"), not spread over lines. */
function quoteLineBreaks(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\n') ? Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE }) : value;
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof CuratedYear);
}
