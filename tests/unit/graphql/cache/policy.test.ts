import { buildSchema, parse } from 'graphql';
import { cacheControlHeader, cachePolicyOf } from '../../../../src/graphql/cache/policy';
import { loadTypeDefs } from '../../../../src/graphql/schema';

const SDL = `
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
enum CacheControlScope { PUBLIC PRIVATE }
type Query {
  book: Book
  shortLived: Book @cacheControl(maxAge: 5)
  secret: Secret
  count: Int
  inherited: Book @cacheControl(inheritMaxAge: true)
}
type Mutation { rename: Book }
type Book @cacheControl(maxAge: 30) {
  title: String
  author: Author
  inheritedAuthor: Author @cacheControl(inheritMaxAge: true)
  related: Book @cacheControl(maxAge: 300)
}
type Author { name: String }
type Secret @cacheControl(maxAge: 100, scope: PRIVATE) { value: String }
`;
const schema = buildSchema(SDL);
const policy = (query: string, operationName?: string) => cachePolicyOf(schema, parse(query), operationName, 60);

describe('cachePolicyOf: Apollo cache-control rules, worked out from the document', () => {
  it('a type hint sets the maxAge of fields returning it; scalars below take their parent’s', () => {
    expect(policy('{ book { title } }')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it('a field hint wins over the hint of the type it returns', () => {
    expect(policy('{ shortLived { title } }')).toEqual({ maxAge: 5, scope: 'PUBLIC' });
    expect(policy('{ book { related { title } } }')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it('an object without any hint takes the default, and so does a root scalar', () => {
    expect(policy('{ book { author { name } } }')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
    expect(cachePolicyOf(schema, parse('{ book { author { name } } }'), undefined, 10).maxAge).toBe(10);
    expect(policy('{ count }')).toEqual({ maxAge: 60, scope: 'PUBLIC' });
  });

  it('inheritMaxAge takes the parent’s maxAge instead of the default', () => {
    const withDefault10 = (query: string) => cachePolicyOf(schema, parse(query), undefined, 10).maxAge;
    expect(withDefault10('{ book { author { name } } }')).toBe(10);
    expect(withDefault10('{ book { inheritedAuthor { name } } }')).toBe(30);
    // The returned type's own hint still counts (Apollo: inheritMaxAge only fills a missing maxAge).
    expect(withDefault10('{ inherited { title } }')).toBe(30);
  });

  it('the smallest maxAge of the answer wins, and one private part makes it all private', () => {
    expect(policy('{ book { title } secret { value } shortLived { title } }')).toEqual({ maxAge: 5, scope: 'PRIVATE' });
  });

  it('fragments, named and inline, count like the fields they hold', () => {
    expect(policy('{ ...F } fragment F on Query { shortLived { title } }')).toEqual({ maxAge: 5, scope: 'PUBLIC' });
    expect(policy('{ ... on Query { secret { value } } }')).toEqual({ maxAge: 100, scope: 'PRIVATE' });
  });

  it('mutations are never cacheable, and the operation chosen by name is the one priced', () => {
    expect(policy('mutation { rename { title } }').maxAge).toBe(0);
    const document = 'query A { shortLived { title } } query B { book { title } }';
    expect(policy(document, 'B').maxAge).toBe(30);
    expect(policy(document, 'A').maxAge).toBe(5);
  });

  it('renders the header: reusable answers say for how long and by whom, others no-store', () => {
    expect(cacheControlHeader({ maxAge: 30, scope: 'PUBLIC' })).toBe('max-age=30, public');
    expect(cacheControlHeader({ maxAge: 30, scope: 'PRIVATE' })).toBe('max-age=30, private');
    expect(cacheControlHeader({ maxAge: 0, scope: 'PUBLIC' })).toBe('no-store');
  });
});

describe("Entente's schema hints", () => {
  const entente = buildSchema(loadTypeDefs().join('\n'));
  it('reads of the graph take the default; the audit log is never kept anywhere', () => {
    expect(cachePolicyOf(entente, parse('{ alliance(id: "nato") { name members { totalCount } } }'), undefined, 60)).toEqual({
      maxAge: 60,
      scope: 'PUBLIC',
    });
    expect(cachePolicyOf(entente, parse('{ changes { edges { node { id } } } }'), undefined, 60)).toEqual({
      maxAge: 0,
      scope: 'PRIVATE',
    });
  });
});
