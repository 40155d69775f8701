import { buildASTSchema, isObjectType, parse } from 'graphql';
import type { Database } from '../../src/db/database';
import { ENTITY_LABELS } from '../../src/shared/labels';
import { findEntitiesByIds } from '../../src/entity/repository';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';
import { fixture } from '../helpers/fixtures';
import { mapperProperties } from '../helpers/mapper-properties';
import { openTestDatabase } from '../helpers/neo4j';

const IDS_BY_LABEL = fixture('ids-by-label');

/**
 * The unit test trusts the record types codegen maps entities to; records are read from nodes
 * with a cast, so here each field served by a record property is found on real records of the
 * curated graph, read as the API reads them: a property stored under another name would not be.
 */
describe('entity fields served by record properties', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  const properties = mapperProperties();

  it.each(ENTITY_LABELS)('%s: each is held, not null, by some record', async (label) => {
    const type = schema.getType(label);
    if (!isObjectType(type)) throw new Error(`${label} is not an object type of the schema`);
    const typeResolvers = (resolvers as Record<string, Record<string, unknown> | undefined>)[label] ?? {};
    const servedByRecord = Object.keys(type.getFields()).filter(
      (field) => !(field in typeResolvers) && properties.get(label)?.has(field),
    );
    const ids = (await db.read(IDS_BY_LABEL)).records.find((r) => r.get('label') === label)?.get('ids') as string[];
    const records = [...(await findEntitiesByIds(db, ids)).values()] as unknown as Record<string, unknown>[];
    const unheld = servedByRecord.filter(
      (field) => !records.some((record) => record[field] !== undefined && record[field] !== null),
    );
    expect(servedByRecord.length).toBeGreaterThan(0);
    expect(unheld).toEqual([]);
  });
});
