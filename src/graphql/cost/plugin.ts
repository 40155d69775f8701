import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { Context } from '../../context';
import { ErrorCode } from '../../shared/error-codes';
import { estimateQuery, type QueryEstimate } from './estimate';
import { VariablesMemo } from '../variables-memo';
import { RETRY_AFTER_S } from '../unavailable';
import type { ExpensivePool } from './pool';

export interface QueryLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** From this cost on, a request takes a slot of the expensive pool first. */
  expensiveCost: number;
  /** How long an expensive request waits for a slot before it is refused with 503. */
  expensiveWaitMs: number;
}

const BUSY_RETRY_AFTER_S = RETRY_AFTER_S[ErrorCode.SERVER_BUSY] as number;

/** A query refused for its shape or size: HTTP 400. */
const refusal = (code: string, message: string, extensions: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/** The estimate of one operation with its variables; undefined where execution will refuse the variables. */
function estimateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  requestVariables: Record<string, unknown> | undefined,
): QueryEstimate | undefined {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], requestVariables ?? {});
  // Bad variables are refused by execution, with their own error.
  if (variables.errors) return undefined;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return estimateQuery(schema, root, operation.selectionSet, fragments, variables.coerced);
}

/**
 * The query-shape limits and the cost model, checked once the operation and its variables are
 * known, so `first: $n` is priced at the value of `$n`. An answered query reports its cost in
 * `extensions.cost`; an expensive one runs only with a slot of the expensive pool.
 */
export function queryLimitsPlugin(limits: QueryLimits, pool: ExpensivePool): ApolloServerPlugin<Context> {
  // The estimate depends only on the operation's document and its variables.
  const estimates = new VariablesMemo<OperationDefinitionNode, QueryEstimate | undefined>();
  return {
    async requestDidStart() {
      let estimate: QueryEstimate | undefined;
      let release: (() => void) | null = null;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          estimate = estimates.of(operation, request.variables, () =>
            estimateOperation(schema, document, operation, request.variables),
          );
          if (!estimate) return;
          const { cost, depth, aliases, directives } = estimate;
          if (depth > limits.maxDepth) {
            throw refusal(
              ErrorCode.QUERY_TOO_DEEP,
              `The query's depth is ${depth} fields; the limit is ${limits.maxDepth} (a Relay hop spends two: edges, node)`,
              { depth, limit: limits.maxDepth },
            );
          }
          if (aliases > limits.maxAliases) {
            throw refusal(ErrorCode.QUERY_TOO_COMPLEX, `The query has ${aliases} aliases; the limit is ${limits.maxAliases}`, {
              aliases,
              limit: limits.maxAliases,
            });
          }
          if (directives > limits.maxDirectives) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query has ${directives} directives; the limit is ${limits.maxDirectives}`,
              { directives, limit: limits.maxDirectives },
            );
          }
          // The whole schema once is what GraphiQL and codegen ask; fifteen aliased copies turned a
          // 1 KB request into a 741 KB answer.
          if (estimate.introspections > 1) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query asks for the schema (__schema) ${estimate.introspections} times; once is allowed`,
              { introspections: estimate.introspections, limit: 1 },
            );
          }
          if (cost > limits.maxCost) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The query could return ${cost} fields; the limit is ${limits.maxCost}: ask for smaller pages (first) or fewer nested relations`,
              { cost, limit: limits.maxCost },
            );
          }
          if (cost >= limits.expensiveCost) {
            const remaining = contextValue.db.remainingMs();
            release = await pool.acquire(Math.min(limits.expensiveWaitMs, remaining));
            if (!release) {
              // 503 and Retry-After come from unavailableAs503, as for every answer the service could not give now.
              throw new GraphQLError(
                `${pool.size} expensive queries are running already: try again in ${BUSY_RETRY_AFTER_S} s, or ask for less`,
                { extensions: { code: ErrorCode.SERVER_BUSY, cost, retryAfterSeconds: BUSY_RETRY_AFTER_S } },
              );
            }
          }
        },
        async willSendResponse({ response }) {
          release?.();
          release = null;
          if (response.body.kind !== 'single') return;
          if (estimate && response.body.singleResult.data !== undefined) {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { requested: estimate.cost, limit: limits.maxCost },
            };
          }
        },
      };
    },
  };
}
