import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the managed local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.local.boltPort).toBe(7687);
    expect(config.graphql.introspection).toBe(true);
  });

  it('lists every problem at once, naming each variable', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://db:7474', GRAPHQL_INTROSPECTION: 'maybe', NEO4J_LOCAL_HEAP: 'lots' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'NEO4J_URI', 'NEO4J_PASSWORD', 'GRAPHQL_INTROSPECTION', 'NEO4J_LOCAL_HEAP']) {
      expect(problems).toContain(name);
    }
    expect((caught as ConfigError).problems).toHaveLength(5);
  });

  it('accepts routing URIs for clusters and Aura', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('hides field suggestions in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.hideSuggestions).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).graphql.hideSuggestions).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_HIDE_SUGGESTIONS: 'false' }).graphql.hideSuggestions).toBe(false);
  });
});
