import { type EntityLabel, type RelationshipType } from '../shared/labels';
import { emptyDataset, type Dataset } from './dataset';
import type { CuratedFiles } from './read-files';
import type { ProblemLog } from './problems';
import { RowBuilder, sortableDate } from './row-builder';
import { checkCoalitions, checkLifetimes, checkOverlaps, checkReferences, type Reference } from './checks';
import { SLUG_ID, STATE_ID, relationshipId } from '../shared/ids';
import { positionIn } from './placement';
import { obligationProps, type ObligationRow } from './obligation-props';


interface EntityCommon {
  id: string;
  name: string;
  aliases: string[];
  sourceIds: string[];
  notes?: string | null;
  claims: { field: string; value: string; sourceIds: string[]; note?: string | null }[];
}

/**
 * Turns the curated files into the rows to write, checking what the shapes alone cannot: ids
 * unique and well formed, every reference known and of the right kind, periods in order and not
 * overlapping. Every problem goes to the log; the caller writes nothing if there is any.
 */
export function buildDataset(files: CuratedFiles, log: ProblemLog): Dataset {
  const dataset = emptyDataset();
  // Entities whose own fields are broken are already reported; knowing their ids stops every
  // reference to them from being reported again.
  const labelOf = new Map<string, EntityLabel>(files.brokenIds);
  const references: Reference[] = [];
  // A participant's side names a wartime coalition: checked for its kind once every alliance is read.
  const coalitionRefs: Reference[] = [];

  const addNode = (label: EntityLabel, file: string, path: (string | number)[], entity: EntityCommon, build: (row: RowBuilder) => string | undefined): void => {
    const pattern = label === 'State' ? STATE_ID : SLUG_ID;
    if (!pattern.test(entity.id)) log.add(file, [...path, 'id'], `"${entity.id}" is not a valid ${label} id (${label === 'State' ? 'ISO alpha-3 or kebab-case' : 'kebab-case'})`);
    if (labelOf.has(entity.id)) log.add(file, [...path, 'id'], `id "${entity.id}" is used twice (ids are unique across all files)`);
    labelOf.set(entity.id, label);
    const row = new RowBuilder(log, file, path);
    const primaryDate = build(row);
    row
      .set('name', entity.name)
      .set('aliases', entity.aliases)
      .set('sourceIds', entity.sourceIds)
      .set('notes', entity.notes)
      .set('claimsJson', JSON.stringify(entity.claims))
      .set('searchText', [entity.id, ...entity.aliases].join(' | '))
      .set('sortDate', sortableDate(primaryDate))
      .set('dataFile', file)
      .set('dataOrder', positionIn(path));
    entity.sourceIds.forEach((id, i) => references.push({ file, path: [...path, 'sourceIds', i], id, expect: ['Source'] }));
    entity.claims.forEach((claim, i) =>
      claim.sourceIds.forEach((id, j) => references.push({ file, path: [...path, 'claims', i, 'sourceIds', j], id, expect: ['Source'] })),
    );
    dataset.nodes[label].push({ id: entity.id, props: row.props });
  };

  const addRelationship = (
    type: RelationshipType,
    file: string,
    path: (string | number)[],
    ends: { start: Reference; end: Reference },
    sourceIds: string[],
    build: (row: RowBuilder) => string,
  ): void => {
    const row = new RowBuilder(log, file, path);
    const key = build(row);
    row.set('sourceIds', sourceIds).set('dataOrder', positionIn(path));
    references.push(ends.start, ends.end);
    sourceIds.forEach((id, i) => references.push({ file, path: [...path, 'sourceIds', i], id, expect: ['Source'] }));
    const id = relationshipId(type, ends.start.id, ends.end.id, key);
    dataset.relationships[type].push({ id, start: ends.start.id, end: ends.end.id, props: { ...row.props, id }, origin: { file, path } });
  };
  const ref = (file: string, path: (string | number)[], id: string, ...expect: EntityLabel[]): Reference => ({ file, path, id, expect });

  /** States and alliances are succeeded the same way: a dated, sourced link. */
  const addSuccession = (
    file: string,
    path: (string | number)[],
    predecessor: Reference,
    successor: Reference,
    next: { date?: string | number | null; sourceIds: string[]; note?: string | null },
  ): void =>
    addRelationship('SUCCEEDED_BY', file, path, { start: predecessor, end: successor }, next.sourceIds, (row) => {
      row.date('date', next.date);
      row.set('note', next.note);
      return 'succession';
    });

  /** Conflicts and operations can both be part of a larger conflict. */
  const addPartOf = (file: string, self: Reference, links: { conflict: string; sourceIds: string[]; note?: string | null }[]): void =>
    links.forEach((link, i) =>
      addRelationship('PART_OF', file, ['partOf', i], { start: self, end: ref(file, ['partOf', i, 'conflict'], link.conflict, 'Conflict') }, link.sourceIds, (row) => {
        row.set('note', link.note);
        return 'part-of';
      }),
    );

  for (const { file, doc } of files.sources) {
    doc.forEach((source, i) =>
      addNode('Source', file, [i], { ...source, name: source.title, aliases: [], sourceIds: [source.id], claims: [] }, (row) => {
        row.set('title', source.title).set('author', source.author).set('publisher', source.publisher).set('year', source.year).set('url', source.url).set('note', source.note);
        return undefined;
      }),
    );
  }

  for (const { file, doc } of files.states) {
    doc.forEach((state, i) => {
      addNode('State', file, [i], state, (row) => {
        row.set('iso2', state.iso2).set('iso3', state.iso3).set('isoNumeric', state.isoNumeric);
        row.set('cowCode', state.cowCode).set('gwCode', state.gwCode);
        row.set('region', state.region?.toUpperCase()).set('unStatus', state.unStatus);
        return row.period('from', state.from, 'until', state.until).from;
      });
      state.succeededBy.forEach((next, j) =>
        addSuccession(file, [i, 'succeededBy', j], ref(file, [i, 'id'], state.id, 'State'), ref(file, [i, 'succeededBy', j, 'state'], next.state, 'State'), next),
      );
    });
  }

  for (const { file, doc } of files.alliances) {
    expectFileNamedAfter(file, doc.id, log);
    addNode('Alliance', file, [], doc, (row) => {
      row.set('kind', doc.kind);
      setObligations(row, doc.obligations);
      row.set('parentId', doc.parent);
      if (doc.parent) references.push(ref(file, ['parent'], doc.parent, 'Alliance'));
      return row.period('founded', doc.founded, 'dissolved', doc.dissolved).from;
    });
    const self = ref(file, ['id'], doc.id, 'Alliance');
    doc.members.forEach((member, i) =>
      addRelationship('MEMBER_OF', file, ['members', i], { start: ref(file, ['members', i, 'state'], member.state, 'State'), end: self }, member.sourceIds, (row) => {
        const { from } = row.period('from', member.from, 'until', member.until);
        // Founding says how a state joined, not what kind of member it is: a founder is a MEMBER.
        row.set('role', member.role).set('founding', member.founding);
        row.set('seat', member.seat).set('note', member.note);
        return from ?? 'undated';
      }),
    );
    doc.succeededBy.forEach((next, i) =>
      addSuccession(file, ['succeededBy', i], self, ref(file, ['succeededBy', i, 'alliance'], next.alliance, 'Alliance'), next),
    );
  }

  for (const { file, doc } of files.treaties) {
    expectFileNamedAfter(file, doc.id, log);
    addNode('Treaty', file, [], doc, (row) => {
      row.set('kind', doc.kind);
      setObligations(row, doc.obligations);
      const signed = row.date('signed', doc.signed);
      row.period('inForce', doc.inForce, 'terminated', doc.terminated);
      return signed;
    });
    const self = ref(file, ['id'], doc.id, 'Treaty');
    doc.parties.forEach((party, i) =>
      addRelationship('PARTY_TO', file, ['parties', i], { start: ref(file, ['parties', i, 'state'], party.state, 'State'), end: self }, party.sourceIds, (row) => {
        const signed = row.date('signed', party.signed);
        const { from } = row.period('from', party.from, 'until', party.until);
        const obligations = party.obligations ?? doc.obligations;
        setObligations(row, obligations);
        row.set('note', party.note);
        return from ?? signed ?? 'undated';
      }),
    );
    doc.establishes.forEach((link, i) =>
      addRelationship('ESTABLISHES', file, ['establishes', i], { start: self, end: ref(file, ['establishes', i, 'alliance'], link.alliance, 'Alliance') }, link.sourceIds, (row) => {
        row.set('note', link.note);
        return 'establishes';
      }),
    );
    doc.pledges.forEach((pledge, i) =>
      addRelationship('PLEDGES', file, ['pledges', i], { start: ref(file, ['pledges', i, 'state'], pledge.state, 'State'), end: ref(file, ['pledges', i, 'protects'], pledge.protects, 'State') }, pledge.sourceIds, (row) => {
        const { from } = row.period('from', pledge.from, 'until', pledge.until);
        row.set('type', pledge.type).set('conditional', pledge.conditional).set('via', doc.id).set('note', pledge.note);
        return `${doc.id}:${pledge.type}:${from ?? 'undated'}`;
      }),
    );
  }

  for (const { file, doc } of files.conflicts) {
    expectFileNamedAfter(file, doc.id, log);
    addNode('Conflict', file, [], doc, (row) => {
      row.set('kind', doc.kind);
      return row.period('started', doc.started, 'ended', doc.ended).from;
    });
    const self = ref(file, ['id'], doc.id, 'Conflict');
    addPartOf(file, self, doc.partOf);
    doc.participants.forEach((p, i) =>
      addRelationship('PARTICIPATED_IN', file, ['participants', i], { start: ref(file, ['participants', i, 'entity'], p.entity, 'State', 'Alliance'), end: self }, p.sourceIds, (row) => {
        const { from } = row.period('from', p.from, 'until', p.until);
        row.set('side', p.side).set('role', p.role).set('note', p.note);
        if (p.coalition) {
          row.set('coalitionId', p.coalition);
          coalitionRefs.push(ref(file, ['participants', i, 'coalition'], p.coalition, 'Alliance'));
        }
        return from ?? 'undated';
      }),
    );
  }

  for (const { file, doc } of files.operations) {
    expectFileNamedAfter(file, doc.id, log);
    addNode('Operation', file, [], doc, (row) => {
      row.set('kind', doc.kind);
      return row.period('started', doc.started, 'ended', doc.ended).from;
    });
    const self = ref(file, ['id'], doc.id, 'Operation');
    addPartOf(file, self, doc.partOf);
    doc.authorizedBy.forEach((link, i) =>
      addRelationship('AUTHORIZED', file, ['authorizedBy', i], { start: ref(file, ['authorizedBy', i, 'treaty'], link.treaty, 'Treaty'), end: self }, link.sourceIds, (row) => {
        row.date('date', link.date);
        row.set('note', link.note);
        return 'authorized';
      }),
    );
    doc.conductedBy.forEach((c, i) =>
      addRelationship('CONDUCTED', file, ['conductedBy', i], { start: ref(file, ['conductedBy', i, 'entity'], c.entity, 'State', 'Alliance'), end: self }, c.sourceIds, (row) => {
        const { from } = row.period('from', c.from, 'until', c.until);
        row.set('role', c.role).set('note', c.note);
        return from ?? 'undated';
      }),
    );
  }

  checkReferences([...references, ...coalitionRefs], labelOf, log);
  checkCoalitions(coalitionRefs, dataset, log);
  checkOverlaps(dataset, log);
  checkLifetimes(dataset, log);
  return dataset;
}

function expectFileNamedAfter(file: string, id: string, log: ProblemLog): void {
  const base = file.split('/').pop()?.replace(/\.yaml$/, '');
  if (base !== id) log.add(file, 'id', `the file of "${id}" must be named ${id}.yaml`);
}

function setObligations(row: RowBuilder, obligations: ObligationRow[]): void {
  for (const [key, value] of Object.entries(obligationProps(obligations))) row.set(key, value);
}
