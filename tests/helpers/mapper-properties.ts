import path from 'node:path';
import ts from 'typescript';
import codegenConfig from '../../codegen';

const GENERATED_FILE = 'src/graphql/generated/resolvers-types.ts';
const ROOT = path.join(__dirname, '..', '..');

interface ResolverTypesConfig {
  mappers: Record<string, string>;
  avoidOptionals: { field: boolean };
}

/** The codegen settings the resolver types are generated with, read from codegen.ts itself. */
export function resolverTypesConfig(): ResolverTypesConfig {
  const output = (codegenConfig.generates as Record<string, { config: ResolverTypesConfig }>)[GENERATED_FILE];
  if (!output) throw new Error(`codegen.ts no longer generates ${GENERATED_FILE}: update this helper`);
  return output.config;
}

/**
 * For each GraphQL type codegen maps to a record type, the names of that record's properties, as
 * the TypeScript compiler sees the type named in codegen.ts: what a resolver's parent holds.
 */
export function mapperProperties(): Map<string, Set<string>> {
  const targets = Object.entries(resolverTypesConfig().mappers).map(([graphqlType, reference]) => {
    const [file = '', exported = ''] = reference.split('#');
    return { graphqlType, file: `${path.resolve(ROOT, path.dirname(GENERATED_FILE), file)}.ts`, exported };
  });
  const program = ts.createProgram([...new Set(targets.map((t) => t.file))], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const properties = new Map<string, Set<string>>();
  for (const { graphqlType, file, exported } of targets) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === exported);
    if (!symbol) throw new Error(`codegen.ts maps ${graphqlType} to ${exported}, which ${file} does not export`);
    const type = checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    properties.set(graphqlType, new Set(checker.getPropertiesOfType(type).map((p) => p.name)));
  }
  return properties;
}
