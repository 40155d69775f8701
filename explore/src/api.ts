import type { TypedDocumentString } from './gql/graphql';

/** An answer that carried errors: the message is the API's own text, shown as it is. */
export class ApiError extends Error {}

/** Posts one typed document to this host's /graphql, the public API any client uses. */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let body: { data?: TResult | null; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join('\n'));
  if (!body.data) throw new ApiError(`The API answered ${response.status} with no data`);
  return body.data;
}
