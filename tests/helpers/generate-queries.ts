import {
  astFromValue,
  buildASTSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { loadConfig, type Config } from '../../src/config';
import { encodeCursor } from '../../src/shared/cursor';
import { loadTypeDefs } from '../../src/graphql/schema';
import { countTokens } from '../../src/graphql/token-limit';
import { DateLiteralsRule } from '../../src/graphql/validation/date-literals';

/**
 * Random read queries over the curated data, for comparing two ways of answering them (the read
 * planner on and off). They aim at what a compiler of selections can get wrong: nesting through
 * relations, arguments on nested fields (literal, variable, variable with a default, variable left
 * unset), aliases of one field with different arguments, fragments on interfaces, unions and
 * concrete types, @skip/@include, and a few arguments the service must refuse. Every query passes
 * the server's own validation and limits. Deterministic: the same seed gives the same queries.
 */
export interface GeneratedQuery {
  query: string;
  variables: Record<string, unknown>;
  /** Entity levels on the deepest path of the text: 1 for a root entity's fields, 2 for its relations' nodes, … */
  depth: number;
  /** Carries a nested argument the service must refuse (a page over 100, a cursor it never made). */
  bad: boolean;
}

export const ROOT_FIELDS = [
  'state',
  'alliance',
  'treaty',
  'conflict',
  'operation',
  'source',
  'node',
  'states',
  'alliances',
  'treaties',
  'conflicts',
  'operations',
  'search',
] as const;

// Real ids of the curated data (data/), chosen for rich neighbourhoods and a few edge cases: a dissolved
// alliance (warsaw-pact), an organ with a parent (un-security-council), a conflict that is part of
// another (russian-invasion-of-ukraine), conflicts with several operations (war-in-afghanistan-2001,
// war-in-darfur: lists whose order shows), states that ceased to exist (SUN, DDR), an asymmetric treaty.
const IDS: Record<string, readonly string[]> = {
  State: ['EST', 'USA', 'DEU', 'SUN', 'DDR', 'RUS', 'POL', 'KOR', 'JPN', 'UKR'],
  Alliance: ['nato', 'warsaw-pact', 'united-nations', 'un-security-council', 'csto', 'african-union', 'seato'],
  Treaty: ['north-atlantic-treaty', 'warsaw-treaty', 'us-japan-security-treaty-1960', 'unscr-1973', 'anzus-treaty'],
  Conflict: [
    'korean-war',
    'world-war-ii',
    'russian-invasion-of-ukraine',
    'kosovo-war',
    'war-in-afghanistan-2001',
    'war-in-darfur',
  ],
  Operation: ['operation-unified-protector', 'isaf', 'kfor', 'unamid'],
  Source: ['north-atlantic-treaty-text', 'un-member-states'],
};
const ALL_IDS = Object.values(IDS).flat();
const MISSING_ID = 'atlantis';
const DATES = ['1949-05-01', '1955-06-01', '1991-12-31', '2024-06-01'];
const SIDES = ['Allied Powers', 'Axis', 'South Korea and the United Nations Command', 'North Korea and China', 'Ukraine'];
// Wartime coalitions: the same id names a side in every war it fought (an unknown one filters to nothing).
const COALITIONS = ['allies-of-world-war-ii', 'axis-powers', 'central-powers', 'allies-of-world-war-i'];
const SEARCH_TEXTS = ['NATO', 'Washington Treaty', 'war', 'pact', 'Korea', 'united nations', 'security treaty'];
const NAME_PARTS = ['an', 'united', 'treaty', 'war', 'pact', 'nato', 'republic'];

/** The types whose objects are nodes of the graph: entering one is one level deeper. */
const ENTITY_TYPES = new Set(['State', 'Alliance', 'Treaty', 'Conflict', 'Operation', 'Source', 'Node', 'Entity', 'Actor']);
const ROOT_LABEL: Record<string, string> = {
  state: 'State',
  alliance: 'Alliance',
  treaty: 'Treaty',
  conflict: 'Conflict',
  operation: 'Operation',
  source: 'Source',
  states: 'State',
  alliances: 'Alliance',
  treaties: 'Treaty',
  conflicts: 'Conflict',
  operations: 'Operation',
};
/** The cursor scope of each paginated relation (src/relation/loaders.ts), to make cursors it accepts and some it refuses. */
const RELATION_SCOPES: Record<string, string> = {
  'Alliance.members': 'MEMBER_OF:in',
  'State.memberships': 'MEMBER_OF:out',
  'Treaty.parties': 'PARTY_TO:in',
  'State.treaties': 'PARTY_TO:out',
  'Conflict.participants': 'PARTICIPATED_IN:in',
};
/**
 * Rough upper sizes of unpaginated lists in the curated data, so that nesting stays affordable: a
 * state has some 40 allies, the UN's timeline has hundreds of events, but most lists are short.
 */
const LIST_SIZES: Record<string, number> = { allies: 40, timeline: 40, participations: 8, conductedBy: 8, nodes: 10 };
const SHORT_LIST = 3;
/** The most objects one path of a query may fan out to (the product of its lists' sizes): answers stay small. */
const MAX_BREADTH = 800;
/** Entity levels a query aims for: mostly 4 and 5, with shallow ones for the simple cases. */
const TARGET_LEVELS = [1, 2, 3, 4, 4, 4, 5, 5, 5, 5];
/** Fields that mostly add bulk, not shape: chosen less often. */
const LIGHT_FIELDS: Record<string, number> = { sources: 0.3, pageInfo: 0.4, claims: 0.5, obligations: 0.5 };

/** The schema as the server builds it, from schema/*.graphql. */
export function readSchema(): GraphQLSchema {
  return buildASTSchema(parse(loadTypeDefs().join('\n')));
}

/** The limits a test app runs with (startTestApp's NODE_ENV=test and the defaults). */
export function serviceLimits(): Config['graphql'] {
  return loadConfig({ NODE_ENV: 'test' }).graphql;
}

const SERVER_RULES: ValidationRule[] = [...specifiedRules, DateLiteralsRule];

/** What the server would refuse in this query before running it: its validation rules and the token count. */
export function refusals(schema: GraphQLSchema, query: string, limits = serviceLimits()): string[] {
  const tokens = countTokens(query, limits.maxTokens);
  if (tokens > limits.maxTokens) return [`over ${limits.maxTokens} tokens`];
  return validate(schema, parse(query), SERVER_RULES).map((error) => error.message);
}

/** The deepest entity level in the document's text, fragments expanded. */
export function entityDepth(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const typeNamed = (name: string) => schema.getType(name) as GraphQLCompositeType;
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, level: number): number => {
    let deepest = level;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.selectionSet || isUnionType(type)) continue;
        const named = getNamedType(type.getFields()[s.name.value]!.type) as GraphQLCompositeType;
        deepest = Math.max(deepest, walk(s.selectionSet, named, level + (ENTITY_TYPES.has(named.name) ? 1 : 0)));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(s.selectionSet, s.typeCondition ? typeNamed(s.typeCondition.name.value) : type, level));
      } else {
        const fragment = fragments.get(s.name.value)!;
        deepest = Math.max(deepest, walk(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), level));
      }
    }
    return deepest;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return walk(operation.selectionSet, schema.getQueryType()!, 0);
}

/** `count` queries from `seed`; candidates the server would refuse are dropped, and the next drawn. */
export function generateQueries(schema: GraphQLSchema, count: number, seed: number): GeneratedQuery[] {
  const random = new Random(seed);
  const limits = serviceLimits();
  const queries: GeneratedQuery[] = [];
  for (let attempts = 0; queries.length < count; attempts += 1) {
    if (attempts > count * 10) throw new Error(`Only ${queries.length} of ${attempts} generated queries were valid`);
    const candidate = new QueryBuilder(schema, random, limits, queries.length + 1).build();
    if (candidate && refusals(schema, candidate.query, limits).length === 0) queries.push(candidate);
  }
  return queries;
}

/** mulberry32: small and well spread; a seeded stream, so a failing query can be made again. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** From min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Between min and max distinct items, in their original order. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const n = Math.min(items.length, this.int(min, max));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(this.next() * items.length));
    return items.filter((_, i) => chosen.has(i));
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let left = this.next() * total;
    for (const item of items) {
      left -= weight(item);
      if (left < 0) return item;
    }
    return items[items.length - 1] as T;
  }
}

/** Where a selection set sits: the depth of its fields (as the depth limit counts), its entity level, and its path's fan-out. */
interface Place {
  fieldDepth: number;
  level: number;
  breadth: number;
  /** The product of literal page sizes on the path: the cost model multiplies by each. */
  pages: number;
}

interface Arguments {
  /** `(a: 1, b: $v2)`, or nothing. */
  text: string;
  /** How many items the field may answer with. */
  fanout: number;
  /** Its page size when written as a literal, else 1. */
  literalPage: number;
}

/** Response names already used in one selection set (with its inline fragments), and what each asks for. */
type Scope = Map<string, string>;
type FieldsOwner = GraphQLObjectType | GraphQLInterfaceType;

interface NamedFragment {
  name: string;
  type: string;
  place: Place;
}

/** One query document, built top-down; the Random is shared, so each query continues the stream. */
class QueryBuilder {
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};
  private readonly fragmentTexts: string[] = [];
  private readonly fragments: NamedFragment[] = [];
  private readonly target: number;
  private aliases = 0;
  /** Tokens written so far, roughly: past a share of the limit, only what reaches the target level is added. */
  private spent = 0;
  private fragmentCount = 0;
  private directives = 0;
  private badPending: boolean;
  private bad = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly limits: Config['graphql'],
    private readonly number: number,
  ) {
    this.target = random.pick(TARGET_LEVELS);
    this.badPending = random.chance(0.06);
  }

  build(): GeneratedQuery | null {
    const query = this.schema.getQueryType()!;
    const place: Place = { fieldDepth: 1, level: 0, breadth: 1, pages: 1 };
    const scope: Scope = new Map();
    const roots = this.random.chance(0.25)
      ? [this.random.pick(ROOT_FIELDS), this.random.pick(ROOT_FIELDS)]
      : [this.random.pick(ROOT_FIELDS)];
    const selections = roots.flatMap((name) => this.field(query, query.getFields()[name]!, place, scope));
    // A bad argument wanted but never placed (no nested page here): draw another query.
    if (this.badPending || selections.length === 0) return null;
    const definitions = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(', ')})` : '';
    const text = [`query Generated${this.number}${definitions} { ${selections.join(' ')} }`, ...this.fragmentTexts].join('\n');
    return { query: text, variables: this.variables, depth: entityDepth(this.schema, parse(text)), bad: this.bad };
  }

  private spend(text: string): void {
    this.spent += countTokens(text, Infinity);
  }

  /** Most of the token limit spent: add nothing optional. */
  private get frugal(): boolean {
    return this.spent > 0.6 * this.limits.maxTokens;
  }

  /** `{ … }` for a value of this type at this place. */
  private selectionSet(type: GraphQLCompositeType, place: Place): string {
    const scope: Scope = new Map();
    const selections = this.selections(type, place, scope);
    return `{ ${selections.length > 0 ? selections.join(' ') : '__typename'} }`;
  }

  /** Fields and fragments; `inFragment` when these are a fragment's own, which ends in concrete types rather than nest on. */
  private selections(type: GraphQLCompositeType, place: Place, scope: Scope, inFragment = false): string[] {
    const out = isUnionType(type) ? [] : this.fieldSelections(type, place, scope);
    // An interface's own fields go no deeper than id and sources: below the target, a fragment must.
    const viaFragment = isInterfaceType(type) && (place.level < this.target || this.random.chance(0.5));
    if (isUnionType(type) || viaFragment || (!inFragment && !this.frugal && this.random.chance(0.12))) {
      const count = isObjectType(type) || inFragment ? 1 : this.random.int(1, 2);
      for (let i = 0; i < count; i += 1) out.push(this.fragment(type, place, scope, inFragment));
    }
    if (!this.frugal && this.random.chance(0.1)) out.push('__typename');
    return out;
  }

  private fieldSelections(type: FieldsOwner, place: Place, scope: Scope): string[] {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const composites = fields.filter((f) => isCompositeType(getNamedType(f.type)) && this.affordable(f, place));
    const out: string[] = [];
    if (leaves.some((f) => f.name === 'id') && this.random.chance(0.6))
      out.push(...this.field(type, type.getFields().id!, place, scope));
    for (const f of this.random.some(leaves, 1, this.frugal ? 1 : 2)) out.push(...this.field(type, f, place, scope));

    // Deeper while below the target level; a sibling relation now and then, for breadth.
    // A source's sources are itself: no deeper in the graph.
    const deeper = composites.filter((f) => this.leadsDeeper(f, place) && !(type.name === 'Source' && f.name === 'sources'));
    const wanted: GraphQLField<unknown, unknown>[] = [];
    // A bad argument goes on the first page of a relation met: nested, never on a root field.
    const paged = composites.filter((f) => f.args.some((a) => a.name === 'first'));
    if (this.badPending && place.fieldDepth > 1 && paged.length > 0) wanted.push(this.random.pick(paged));
    if (place.level < this.target && deeper.length > 0) wanted.push(this.random.weighted(deeper, weightOf));
    if (composites.length > 0 && !this.frugal && this.random.chance(place.level < this.target ? 0.3 : 0.25)) {
      wanted.push(this.random.weighted(composites, weightOf));
    }
    for (const f of new Set(wanted)) out.push(...this.field(type, f, place, scope));
    return out;
  }

  /** One field (or two aliases of it with different arguments), perhaps aliased or under a directive. */
  private field(owner: FieldsOwner, f: GraphQLField<unknown, unknown>, place: Place, scope: Scope): string[] {
    const named = getNamedType(f.type);
    if (!isCompositeType(named)) return this.named(f, '', '', scope);
    const twice = f.args.length > 0 && !this.frugal && this.random.chance(0.12) && this.aliases + 2 <= this.limits.maxAliases - 3;
    const first = this.arguments(owner, f, place);
    this.spend(`${first.text} {}`);
    const out = this.named(f, first.text, this.subselection(named, place, first), scope, twice);
    if (twice) {
      // The same field again under another name: a planner must keep each alias's own arguments.
      let second = this.arguments(owner, f, place);
      for (let i = 0; i < 3 && second.text === first.text; i += 1) second = this.arguments(owner, f, place);
      this.spend(`${second.text} {}`);
      out.push(...this.named(f, second.text, this.subselection(named, place, second), scope, true));
    }
    return out;
  }

  private subselection(type: GraphQLCompositeType, place: Place, args: Arguments): string {
    return this.selectionSet(type, {
      fieldDepth: place.fieldDepth + 1,
      level: place.level + (ENTITY_TYPES.has(type.name) ? 1 : 0),
      breadth: place.breadth * args.fanout,
      pages: place.pages * Math.max(args.literalPage, 1),
    });
  }

  /**
   * `alias: name(args) @directive { … }`. A response name already used in this selection set for
   * something else (another argument, or another type of field in a sibling fragment) must be
   * aliased, or the document is invalid; so must one of two aliases asked for on purpose.
   */
  private named(
    f: GraphQLField<unknown, unknown>,
    args: string,
    subselection: string,
    scope: Scope,
    mustAlias = false,
  ): string[] {
    const signature = `${f.name}${args}: ${String(f.type)}`;
    let name = f.name;
    const clash = scope.has(name) && scope.get(name) !== signature;
    if (mustAlias || clash || (this.random.chance(0.05) && this.aliases < this.limits.maxAliases - 3)) {
      if (this.aliases >= this.limits.maxAliases) return [];
      this.aliases += 1;
      name = `${f.name}${this.aliases}`;
    }
    if (scope.has(name) && scope.get(name) !== signature) return [];
    scope.set(name, signature);
    const head = `${name === f.name ? '' : `${name}: `}${f.name}`;
    const directive = this.directive();
    this.spend(`${head}${directive}`);
    return [`${head}${args}${directive}${subselection ? ` ${subselection}` : ''}`];
  }

  /** An inline fragment or a named one, on the type itself, an interface or union it overlaps, or a concrete type of it. */
  private fragment(type: GraphQLCompositeType, place: Place, scope: Scope, inFragment: boolean): string {
    const conditions = [...ENTITY_TYPES, type.name].filter(
      (name) => overlaps(this.schema, type, name) && (!inFragment || isObjectType(this.schema.getType(name))),
    );
    const condition = this.random.pick(conditions);
    const conditionType = this.schema.getType(condition) as GraphQLCompositeType;
    this.spend(`... on ${condition} {}`);
    if (this.random.chance(0.3)) return `...${this.namedFragment(conditionType, place)}${this.directive()}`;
    // Without a type condition, an inline fragment only groups fields under a directive.
    const typed = condition !== type.name || !isObjectType(type) || this.random.chance(0.5);
    const directive = this.directive(typed ? 0.08 : 1);
    // Inline fragments merge into the enclosing selection set: they share its response names.
    const body = this.selections(conditionType, place, scope, true);
    return `...${typed ? ` on ${condition}` : ''}${directive} { ${body.length > 0 ? body.join(' ') : '__typename'} }`;
  }

  /** A fragment defined once and, when one fits here, spread again: the same selection at two places. */
  private namedFragment(type: GraphQLCompositeType, place: Place): string {
    const reusable = this.fragments.filter(
      (f) =>
        f.type === type.name &&
        f.place.fieldDepth >= place.fieldDepth &&
        f.place.level >= place.level &&
        f.place.breadth >= place.breadth,
    );
    if (reusable.length > 0 && this.random.chance(0.5)) return this.random.pick(reusable).name;
    const name = `F${(this.fragmentCount += 1)}`;
    this.spend(`fragment ${name} on ${type.name}`);
    // Offered for reuse only once written: a fragment must not spread itself.
    this.fragmentTexts.push(`fragment ${name} on ${type.name} ${this.selectionSet(type, place)}`);
    this.fragments.push({ name, type: type.name, place });
    return name;
  }

  /** `@include`/`@skip` now and then, on a Boolean variable (given or defaulted) or a literal. */
  private directive(p = 0.04): string {
    if (this.directives >= this.limits.maxDirectives - 1 || !this.random.chance(p)) return '';
    this.directives += 1;
    const kind = this.random.pick(['include', 'skip']);
    if (this.random.chance(0.2)) return ` @${kind}(if: ${this.random.pick(['true', 'false'])})`;
    const name = `b${this.variableDefinitions.length + 1}`;
    const value = this.random.chance(0.5);
    if (this.random.chance(0.3)) this.variableDefinitions.push(`$${name}: Boolean = ${value}`);
    else {
      this.variableDefinitions.push(`$${name}: Boolean!`);
      this.variables[name] = value;
    }
    this.spend(this.variableDefinitions[this.variableDefinitions.length - 1]!);
    return ` @${kind}(if: $${name})`;
  }

  /** Can this field be asked for here: room for its subselection within the depth limit, and a bounded fan-out? */
  private affordable(f: GraphQLField<unknown, unknown>, place: Place): boolean {
    if (place.fieldDepth + 1 > this.limits.maxDepth) return false;
    if (f.args.some((a) => a.name === 'first')) return true; // its page size is chosen to fit (see arguments)
    return place.breadth * listSize(f) <= MAX_BREADTH;
  }

  /** Leads to another entity, with room left to get there and ask for something in it. */
  private leadsDeeper(f: GraphQLField<unknown, unknown>, place: Place): boolean {
    const steps = stepsToEntity(this.schema, getNamedType(f.type) as GraphQLCompositeType);
    return Number.isFinite(steps) && place.fieldDepth + 1 + steps <= this.limits.maxDepth;
  }

  /** `(a: 1, b: $v2)` for the field, and how many items it will answer with at most. */
  private arguments(owner: FieldsOwner, f: GraphQLField<unknown, unknown>, place: Place): Arguments {
    const chosen = new Map<string, unknown>();
    const root = owner === this.schema.getQueryType();
    // Root lists page backwards now and then; first and last together are refused, so only one.
    const backward = root && f.args.some((a) => a.name === 'last') && this.random.chance(0.1);
    const badArgument = this.badPending && !root && f.args.some((a) => a.name === 'first') ? this.random.int(1, 3) : 0;
    let fanout = listSize(f);
    let literalPage = 1;
    const parts: string[] = [];
    for (const arg of f.args) {
      let value: unknown;
      if (badArgument > 0 && (arg.name === 'first' || arg.name === 'after')) {
        value = this.badValue(owner, f, arg, badArgument);
        if (value === undefined) continue;
      } else {
        value = this.argumentValue(owner, f, arg, chosen, place, backward);
        if (value === undefined) {
          // Left out: a page size falls back to the field's default.
          if (arg.name === 'first' && !backward) fanout = typeof arg.defaultValue === 'number' ? arg.defaultValue : 20;
          continue;
        }
      }
      chosen.set(arg.name, value);
      const page = arg.name === 'first' || arg.name === 'last';
      if (page) fanout = value as number;
      // Past a few literal pages on one path the cost estimate explodes: then only variables.
      const text = this.literalOrVariable(arg, value, page && place.pages * (value as number) > 12);
      if (page && !text.startsWith('$')) literalPage = value as number;
      parts.push(`${arg.name}: ${text}`);
    }
    if (badArgument > 0) {
      this.badPending = false;
      this.bad = true;
      fanout = 1;
    }
    return {
      text: parts.length > 0 ? `(${parts.join(', ')})` : '',
      fanout: isListLike(f) ? Math.max(fanout, 1) : 1,
      literalPage,
    };
  }

  private argumentValue(
    owner: FieldsOwner,
    f: GraphQLField<unknown, unknown>,
    arg: GraphQLArgument,
    chosen: Map<string, unknown>,
    place: Place,
    backward: boolean,
  ): unknown {
    switch (arg.name) {
      case 'id': {
        if (this.random.chance(0.04)) return MISSING_ID;
        const label = ROOT_LABEL[f.name];
        return this.random.pick(label ? (IDS[label] as string[]) : ALL_IDS);
      }
      case 'text':
        return this.random.pick(SEARCH_TEXTS);
      case 'asOf':
        return this.random.chance(0.5) ? this.random.pick(DATES) : undefined;
      case 'role':
      case 'seat':
      case 'types':
      case 'via':
        return this.random.chance(arg.name === 'role' || arg.name === 'seat' ? 0.2 : 0.4) ? this.enumValue(arg.type) : undefined;
      case 'founding':
        return this.random.chance(0.2) ? this.random.chance(0.5) : undefined;
      case 'coalition':
        return this.random.chance(0.25) ? this.random.pick(COALITIONS) : undefined;
      case 'side':
        return this.random.chance(0.25) ? this.random.pick(SIDES) : undefined;
      case 'filter':
        return this.random.chance(0.5) ? this.filter(arg.type) : undefined;
      case 'orderBy':
        return this.random.chance(0.4) ? this.orderBy() : undefined;
      case 'first':
      case 'last': {
        if ((arg.name === 'last') !== backward) return undefined;
        // As large as the path's fan-out allows, up to 10; left out (the default) only when that fits too.
        const room = Math.floor(MAX_BREADTH / place.breadth);
        const fallback = typeof arg.defaultValue === 'number' ? arg.defaultValue : 20;
        if (fallback <= room && this.random.chance(0.15)) return undefined;
        // An empty page now and then; mostly some rows, so that there is something below to compare.
        return this.random.chance(0.05) ? 0 : this.random.int(Math.min(1, room), Math.min(10, room));
      }
      case 'after':
        if (backward || !this.random.chance(0.1)) return undefined;
        return this.cursor(owner, f, chosen);
      case 'before':
        return backward && this.random.chance(0.3) ? this.cursor(owner, f, chosen) : undefined;
      default:
        if (isNonNullType(arg.type)) throw new Error(`No values for the required argument ${owner.name}.${f.name}(${arg.name})`);
        return undefined;
    }
  }

  /** A cursor the list accepts: the keyset position after a name's first letter, in the list's own scope. */
  private cursor(owner: FieldsOwner, f: GraphQLField<unknown, unknown>, chosen: Map<string, unknown>): string {
    const orderField = (chosen.get('orderBy') as { field?: string } | undefined)?.field ?? 'NAME';
    const scope = RELATION_SCOPES[`${owner.name}.${f.name}`] ?? `${ROOT_LABEL[f.name]}:${orderField}`;
    return encodeCursor(scope, { key: this.random.pick(['c', 'g', 'n', 's']), id: '' });
  }

  /** One of three refusals: a page over 100, text that is no cursor, or a cursor of another list. */
  private badValue(owner: FieldsOwner, f: GraphQLField<unknown, unknown>, arg: GraphQLArgument, which: number): unknown {
    if (which === 1) return arg.name === 'first' ? 101 : undefined;
    if (arg.name !== 'after') return undefined;
    if (which === 2) return 'garbage';
    const own = RELATION_SCOPES[`${owner.name}.${f.name}`];
    const other = Object.values(RELATION_SCOPES).find((scope) => scope !== own)!;
    return encodeCursor(this.random.pick([other, 'State:NAME']), { key: 'estonia', id: 'EST' });
  }

  private enumValue(type: GraphQLInputType): unknown {
    const named = getNamedType(type);
    if (!isEnumType(named)) throw new Error(`${named.name} is not an enum`);
    const names = named.getValues().map((v) => v.name);
    return isListType(isNonNullType(type) ? type.ofType : type) ? this.random.some(names, 1, 3) : this.random.pick(names);
  }

  private orderBy(): unknown {
    const field = this.random.pick(['NAME', 'ID', 'DATE']);
    return this.random.chance(0.5) ? { field } : { field, direction: this.random.pick(['ASC', 'DESC']) };
  }

  /** One or two conditions of the list's filter, with values that match something in the curated data. */
  private filter(type: GraphQLInputType): unknown {
    const input = getNamedType(type);
    if (!isInputObjectType(input)) throw new Error(`${input.name} is not an input object`);
    const filter: Record<string, unknown> = {};
    for (const field of this.random.some(Object.values(input.getFields()), 1, 2)) {
      const named = getNamedType(field.type);
      if (field.name === 'nameContains') filter[field.name] = this.random.pick(NAME_PARTS);
      else if (named.name === 'Date') filter[field.name] = this.random.pick(DATES);
      else if (isEnumType(named)) filter[field.name] = this.enumValue(field.type);
      else if (field.name === 'memberOf') filter[field.name] = this.random.pick(IDS.Alliance!);
      else if (field.name === 'conflict') filter[field.name] = this.random.pick(IDS.Conflict!);
      else if (field.name === 'hasMember' || field.name === 'hasParty') filter[field.name] = this.random.pick(IDS.State!);
      else filter[field.name] = this.random.pick([...IDS.State!, ...IDS.Alliance!]);
    }
    return filter;
  }

  /**
   * The value as a literal, or as a variable: given, given through the variable's default, or (now
   * and then, but not for a page size, whose default decides the fan-out) a nullable variable left
   * unset or set to null, which a compiler must tell apart from a value.
   */
  private literalOrVariable(arg: GraphQLArgument, value: unknown, variable: boolean): string {
    const literal = print(astFromValue(value, arg.type)!);
    if (!variable && !this.random.chance(0.3)) return literal;
    const name = `v${this.variableDefinitions.length + 1}`;
    const type = String(arg.type);
    const nullable = !isNonNullType(arg.type);
    if (nullable && arg.name !== 'first' && arg.name !== 'last' && this.random.chance(0.1)) {
      this.variableDefinitions.push(`$${name}: ${type}`);
      if (this.random.chance(0.5)) this.variables[name] = null;
    } else if (nullable && this.random.chance(0.35)) {
      this.variableDefinitions.push(`$${name}: ${type} = ${literal}`);
    } else {
      this.variableDefinitions.push(`$${name}: ${type}`);
      this.variables[name] = value;
    }
    this.spend(this.variableDefinitions[this.variableDefinitions.length - 1]!);
    return `$${name}`;
  }
}

function weightOf(f: GraphQLField<unknown, unknown>): number {
  return LIGHT_FIELDS[f.name] ?? 1;
}

function isListLike(f: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(f.type) ? f.type.ofType : f.type;
  return isListType(type) || f.args.some((a) => a.name === 'first' || a.name === 'last');
}

/** How many items a field may answer with, before its page size is known. */
function listSize(f: GraphQLField<unknown, unknown>): number {
  if (!isListLike(f)) return 1;
  return LIST_SIZES[f.name] ?? SHORT_LIST;
}

/** Field levels from a value of this type down to an entity (0 for an entity, Infinity when none). */
function stepsToEntity(schema: GraphQLSchema, type: GraphQLCompositeType, seen = new Set<string>()): number {
  if (ENTITY_TYPES.has(type.name)) return 0;
  if (isUnionType(type) || seen.has(type.name)) return Infinity;
  seen.add(type.name);
  let best = Infinity;
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    if (isCompositeType(named)) best = Math.min(best, 1 + stepsToEntity(schema, named, seen));
  }
  seen.delete(type.name);
  return best;
}

/** Whether a fragment on `condition` may be spread where a `type` is: their possible types meet. */
function overlaps(schema: GraphQLSchema, type: GraphQLCompositeType, condition: string): boolean {
  const other = schema.getType(condition) as GraphQLCompositeType;
  const possible = (t: GraphQLCompositeType) => (isObjectType(t) ? [t.name] : schema.getPossibleTypes(t).map((p) => p.name));
  const mine = possible(type);
  return possible(other).some((name) => mine.includes(name));
}
