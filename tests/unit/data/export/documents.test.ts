import { toDocuments, UnexportableGraph, type ExportedDocument } from '../../../../src/data/export/documents';
import type { Graph, GraphEntity, GraphLink } from '../../../../src/data/export/graph';

const entity = (id: string, kind: GraphEntity['kinds'][number], props: Record<string, unknown> = {}): GraphEntity => ({
  id,
  kinds: [kind],
  props: { name: id, aliases: [], sourceIds: ['s'], claimsJson: '[]', ...props },
});
const treaty = (id: string, obligations: unknown[]): GraphEntity =>
  entity(id, 'Treaty', { kind: 'TREATY', obligationsJson: JSON.stringify(obligations) });
const link = (type: GraphLink['type'], start: GraphEntity, end: GraphEntity, props: Record<string, unknown> = {}): GraphLink => ({
  type,
  start: start.id,
  startKinds: start.kinds,
  end: end.id,
  endKinds: end.kinds,
  props: { id: `${type}:${start.id}:${end.id}`, sourceIds: ['s'], ...props },
});
const docOf = (documents: ExportedDocument[], path: string): Record<string, unknown> => {
  const found = documents.find((d) => d.path === path);
  if (found?.layout !== 'entity') throw new Error(`no entity document ${path}`);
  return found.doc;
};

describe('the graph as data/ documents', () => {
  const usa = entity('USA', 'State', { region: 'AMERICAS', dataFile: 'states.yaml', dataOrder: 0 });
  const jpn = entity('JPN', 'State', { region: 'ASIA', dataFile: 'states.yaml', dataOrder: 1 });
  const defense = [{ type: 'DEFENSE', conditional: false }];

  it('writes a party without obligations when it has the treaty’s own, and with them otherwise', () => {
    const pact = treaty('pact', defense);
    const graph: Graph = {
      entities: [usa, jpn, pact],
      links: [
        link('PARTY_TO', usa, pact, { obligationsJson: JSON.stringify(defense) }),
        link('PARTY_TO', jpn, pact, { obligationsJson: '[]' }),
      ],
    };
    const parties = docOf(toDocuments(graph), 'treaties/pact.yaml').parties as Record<string, unknown>[];
    expect(parties).toContainEqual({ state: 'USA', sourceIds: ['s'] });
    // An empty list is a fact here: without it the loader would give JPN the treaty's obligations.
    expect(parties).toContainEqual({ state: 'JPN', obligations: [], sourceIds: ['s'] });
  });

  it('puts a pledge under the treaty that makes it, and spells regions as the files do', () => {
    const pact = treaty('pact', defense);
    const documents = toDocuments({
      entities: [usa, jpn, pact],
      links: [link('PLEDGES', usa, jpn, { via: 'pact', type: 'DEFENSE', conditional: false })],
    });
    expect(docOf(documents, 'treaties/pact.yaml').pledges).toEqual([
      { state: 'USA', protects: 'JPN', type: 'DEFENSE', conditional: false, sourceIds: ['s'] },
    ]);
    const states = documents.find((d) => d.path === 'states.yaml');
    expect(states?.layout === 'table' && states.rows.map((row) => row.region)).toEqual(['Americas', 'Asia']);
  });

  it('refuses, naming them, facts that no file can hold rather than leaving them out', () => {
    const graph: Graph = {
      entities: [usa, jpn, { ...entity('odd', 'State'), kinds: ['State', 'Alliance'] }],
      links: [link('PLEDGES', usa, jpn, { via: 'no-such-treaty', type: 'DEFENSE', conditional: false })],
    };
    expect(() => toDocuments(graph)).toThrow(UnexportableGraph);
    expect(() => toDocuments(graph)).toThrow(
      /"odd" has the kinds \[State, Alliance\][\s\S]*PLEDGES USA→JPN.*"no-such-treaty" is not in the graph/,
    );
  });
});
