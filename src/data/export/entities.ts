import type { EntityLabel } from '../../shared/labels';
import { compact, curatedDate, fileRegion, jsonRows, nonEmpty, type Row } from './fields';
import type { GraphEntity } from './graph';

/** The rows of one of the entity's lists (members, parties…), already in file order. */
export type RowsOf = (field: string) => Row[] | undefined;

/** What every entity file starts with. */
const head = (e: GraphEntity): Row => ({ id: e.id, name: e.props.name, aliases: nonEmpty(e.props.aliases as string[]) });
/** What every entity file ends with. */
const tail = (e: GraphEntity): Row => ({ claims: nonEmpty(jsonRows(e.props, 'claimsJson')), notes: e.props.notes });
const obligations = (e: GraphEntity): Row[] | undefined => nonEmpty(jsonRows(e.props, 'obligationsJson'));

/**
 * One entity as its file holds it: the inverse of build-dataset.ts. Derived properties (searchText,
 * sortDate, obligationTypes, linkKinds, version…) are left out: the loader derives them again.
 */
export const ENTITY_DOCUMENTS: Record<EntityLabel, (e: GraphEntity, rowsOf: RowsOf) => Row> = {
  // A source is stored with the common entity fields too (name = title, sourceIds = itself).
  Source: (e) => ({
    id: e.id,
    title: e.props.title,
    author: e.props.author,
    publisher: e.props.publisher,
    year: e.props.year,
    url: e.props.url,
    note: e.props.note,
  }),
  State: (e, rowsOf) => ({
    ...head(e),
    iso2: e.props.iso2,
    iso3: e.props.iso3,
    isoNumeric: e.props.isoNumeric,
    cowCode: e.props.cowCode,
    gwCode: e.props.gwCode,
    region: fileRegion(e.props.region),
    unStatus: e.props.unStatus,
    from: curatedDate(e.props, 'from'),
    until: curatedDate(e.props, 'until'),
    sourceIds: e.props.sourceIds,
    succeededBy: rowsOf('succeededBy'),
    ...tail(e),
  }),
  Alliance: (e, rowsOf) => ({
    ...head(e),
    kind: e.props.kind,
    obligations: obligations(e),
    founded: curatedDate(e.props, 'founded'),
    dissolved: curatedDate(e.props, 'dissolved'),
    parent: e.props.parentId,
    sourceIds: e.props.sourceIds,
    succeededBy: rowsOf('succeededBy'),
    members: rowsOf('members'),
    ...tail(e),
  }),
  Treaty: (e, rowsOf) => ({
    ...head(e),
    kind: e.props.kind,
    signed: curatedDate(e.props, 'signed'),
    inForce: curatedDate(e.props, 'inForce'),
    terminated: curatedDate(e.props, 'terminated'),
    obligations: obligations(e),
    sourceIds: e.props.sourceIds,
    establishes: rowsOf('establishes'),
    parties: rowsOf('parties'),
    pledges: rowsOf('pledges'),
    ...tail(e),
  }),
  Conflict: (e, rowsOf) => ({
    ...head(e),
    kind: e.props.kind,
    started: curatedDate(e.props, 'started'),
    ended: curatedDate(e.props, 'ended'),
    partOf: rowsOf('partOf'),
    sourceIds: e.props.sourceIds,
    participants: rowsOf('participants'),
    ...tail(e),
  }),
  Operation: (e, rowsOf) => ({
    ...head(e),
    kind: e.props.kind,
    started: curatedDate(e.props, 'started'),
    ended: curatedDate(e.props, 'ended'),
    partOf: rowsOf('partOf'),
    authorizedBy: rowsOf('authorizedBy'),
    conductedBy: rowsOf('conductedBy'),
    sourceIds: e.props.sourceIds,
    ...tail(e),
  }),
};

export const entityDocument = (e: GraphEntity, rowsOf: RowsOf): Row => compact(ENTITY_DOCUMENTS[e.kinds[0] as EntityLabel](e, rowsOf));
