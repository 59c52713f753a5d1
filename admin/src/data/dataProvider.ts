import type { ApolloClient } from '@apollo/client';
import type { DocumentNode, GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import buildGraphQLProvider, { buildQuery as defaultBuildQuery } from 'ra-data-graphql-simple';
import type { BuildQueryFactory } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, HttpError, UPDATE, type DataProvider } from 'react-admin';
import { formatErrorMessage, operationNames } from '@exemplar/shared';
import { RESOURCE_FIELDS } from './fields';
import { RESOURCES } from './resources';
import { localizedMessage } from './errors';
import { perSessionProvider } from './sessionProvider';
import { JSON_FIELDS, plainValues } from './values';

export { localizedMessage };

const LIST_METHODS = new Set([GET_LIST, GET_MANY, GET_MANY_REFERENCE]);

/**
 * Names come from the same `operationNames()` the server's resolver factory uses. Introspection asks
 * for every type of the schema (introspection types such as __Schema too); only ours have operations.
 */
const names = (resource: { name: string }) => (/^[A-Z]/.test(resource.name) ? operationNames(resource.name) : null);
const NO_OPERATION = '';
const introspectionOperationNames = {
  [GET_LIST]: (resource: { name: string }) => names(resource)?.list ?? NO_OPERATION,
  [GET_ONE]: (resource: { name: string }) => names(resource)?.one ?? NO_OPERATION,
  [GET_MANY]: (resource: { name: string }) => names(resource)?.list ?? NO_OPERATION,
  [GET_MANY_REFERENCE]: (resource: { name: string }) => names(resource)?.list ?? NO_OPERATION,
  [CREATE]: (resource: { name: string }) => names(resource)?.create ?? NO_OPERATION,
  [UPDATE]: (resource: { name: string }) => names(resource)?.update ?? NO_OPERATION,
  [DELETE]: (resource: { name: string }) => names(resource)?.delete ?? NO_OPERATION,
};

type Params = Record<string, unknown> & { meta?: Record<string, unknown>; data?: Record<string, unknown> };

function withDefaults(raFetchMethod: string, resource: string, params: Params): Params {
  const fields = RESOURCE_FIELDS[resource];
  let next = params;
  if (fields && !params.meta?.sparseFields) {
    next = { ...next, meta: { ...params.meta, sparseFields: LIST_METHODS.has(raFetchMethod) ? fields.list : fields.one } };
  }
  if ((raFetchMethod === CREATE || raFetchMethod === UPDATE) && params.data) {
    next = { ...next, data: plainValues(params.data, JSON_FIELDS[resource]) };
  }
  return next;
}

function declaredVariables(document: DocumentNode): Set<string> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return new Set((operation?.variableDefinitions ?? []).map((v) => v.variable.name.value));
}

/**
 * ra-data-graphql-simple's query builder with our field sets, sending only the variables the
 * operation declares (not `meta`, not read-only fields such as createdAt).
 */
export const buildQuery: BuildQueryFactory = (introspectionResults) => {
  const build = defaultBuildQuery(introspectionResults);
  return (raFetchMethod, resource, params) => {
    const built = build(raFetchMethod, resource, withDefaults(raFetchMethod, resource, params ?? {}));
    const declared = declaredVariables(built.query);
    const variables = Object.fromEntries(Object.entries(built.variables ?? {}).filter(([name]) => declared.has(name)));
    return { ...built, variables };
  };
};

/** The first error code the server sent (CONFLICT, DUPLICATE_CODE, …). */
export function errorCode(error: unknown): string | null {
  const apollo = (error as { body?: unknown })?.body ?? error;
  const graphQLErrors = (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
  const code = graphQLErrors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** One problem of an invalid criteria set (INVALID_CRITERIA's `extensions.issues`). */
export interface CriteriaIssue {
  path: string;
  code: string;
  vi: string;
  en: string;
}

/** The issues an INVALID_CRITERIA error lists (empty for any other error). */
export function criteriaIssues(error: unknown): CriteriaIssue[] {
  const body = (error as { body?: { issues?: unknown } })?.body;
  if (Array.isArray(body?.issues)) return body.issues as CriteriaIssue[];
  const apollo = (error as { body?: unknown })?.body ?? error;
  const graphQLErrors = (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
  return graphQLErrors.flatMap((e) => (e.extensions?.code === 'INVALID_CRITERIA' && Array.isArray(e.extensions.issues) ? (e.extensions.issues as CriteriaIssue[]) : []));
}

/**
 * The data provider: ra-data-graphql-simple over our client, and errors rethrown with the server's
 * message in the console's current language (react-admin's notification shows `error.message`).
 */
export function createDataProvider(options: { client: ApolloClient<unknown>; getLocale: () => string }): DataProvider {
  const base = buildGraphQLProvider({
    client: options.client,
    buildQuery,
    introspection: {
      operationNames: introspectionOperationNames,
      include: [...RESOURCES],
      exclude: (type: { name: string }) => !(RESOURCES as readonly string[]).includes(type.name),
    },
  });

  const localize = (error: unknown): never => {
    const message = localizedMessage(error, options.getLocale());
    if (message) {
      const code = errorCode(error);
      const status = code && code in REFUSAL_STATUS ? REFUSAL_STATUS[code] : ((error as { status?: number }).status ?? 200);
      throw new HttpError(message, status, { code, issues: criteriaIssues(error), cause: (error as { body?: unknown }).body });
    }
    throw error;
  };

  const call =
    <K extends (typeof METHODS)[number]>(method: K) =>
    (...args: Parameters<DataProvider[K]>) =>
      (base[method] as (...a: unknown[]) => Promise<never>)(...args).catch(localize);

  return {
    ...base,
    ...Object.fromEntries(METHODS.map((method) => [method, call(method)])),
  } as DataProvider;
}

/**
 * The HTTP status of the API's refusals (the Apollo link hands their bodies on as GraphQL errors, so
 * the status is restored from the code): 401 signs out (authProvider.checkError), 403 does not.
 */
const REFUSAL_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** The data provider of whoever is signed in: see perSessionProvider (introspection once signed in). */
export function createSessionDataProvider(options: { client: ApolloClient<unknown>; getLocale: () => string; getToken: () => string | null }): DataProvider {
  return perSessionProvider({
    getToken: options.getToken,
    build: () => createDataProvider(options),
    notSignedIn: () => new HttpError(formatErrorMessage('UNAUTHENTICATED', options.getLocale() === 'en' ? 'en' : 'vi'), 401, { code: 'UNAUTHENTICATED' }),
  });
}

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;
