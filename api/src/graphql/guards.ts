import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, visit, type DocumentNode } from 'graphql';
import { textProblem } from '@exemplar/shared';
import type { RequestContext } from './context';
import { requestError } from './errors';

/**
 * Limits every document before a resolver runs (depth, aliases, directives, tokens, cost), set from
 * our real operations: the console's introspection and lists, and the whole-tree query. Page sizes
 * are capped separately by the list machinery (armor's cost ignores perPage).
 */
export const MAX_TOKENS = 5_000;

export function createArmor() {
  const armor = new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    // Token limit: graphql-js's own parse option (see createApp), which fails as a clean 400;
    // armor's parser plugin throws from a hook and Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5_000, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

function checkText(value: string, where: string): void {
  const problem = textProblem(value, 100_000);
  if (problem) throw requestError(problem === 'TOO_LONG' ? 'TEXT_TOO_LONG' : 'INVALID_TEXT', { field: where, max: 100_000 });
}

function walkVariables(value: unknown, path: string, depth = 0): void {
  if (depth > 32) return;
  if (typeof value === 'string') checkText(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkVariables(v, `${path}[${i}]`, depth + 1));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkVariables(v, `${path}.${k}`, depth + 1);
  }
}

/** Documents already checked: Apollo caches parsed documents, so each is walked once. */
const checkedDocuments = new WeakSet<DocumentNode>();

function walkDocument(document: DocumentNode): void {
  if (checkedDocuments.has(document)) return;
  visit(document, {
    [Kind.STRING]: (node) => checkText(node.value, 'query'),
  });
  checkedDocuments.add(document);
}

/**
 * Refuses NUL and ill-formed text anywhere in the request (PostgreSQL would fail on it), with a
 * clear bilingual error and HTTP 400, before anything executes.
 */
export const textGuardPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        walkVariables(request.variables ?? {}, '$');
        walkDocument(document);
      },
    };
  },
};

/**
 * Armor's parse-time limits surface as errors without an HTTP status, which Apollo answers with 500.
 * Any error raised before execution is the client's: answer 400.
 */
export const requestErrorStatusPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    let executed = false;
    return {
      async executionDidStart() {
        executed = true;
      },
      async willSendResponse({ response, errors }) {
        if (!executed && errors?.length && (response.http.status === undefined || response.http.status >= 500)) {
          response.http.status = 400;
        }
      },
    };
  },
};

/** Exposes the request's SQL statement count (tests and the benchmark read it). */
export const queryStatsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-sql-statements', String(contextValue.db.stats.statements));
      },
    };
  },
};
