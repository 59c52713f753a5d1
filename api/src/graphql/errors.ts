import { AsyncLocalStorage } from 'node:async_hooks';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERROR_MESSAGES, formatErrorMessage, type ErrorCode, type ErrorParams } from '@exemplar/shared';

/** A domain error with a stable code; the only kind of error whose text reaches a client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly field?: string,
    /** Structured detail for clients (e.g. every invalid path of a criteria set). */
    readonly details?: Record<string, unknown>,
  ) {
    super(formatErrorMessage(code, 'en', params));
    this.name = 'AppError';
  }
}

export function notFound(resource: string, id: string): AppError {
  return new AppError('NOT_FOUND', { resource, id });
}

/** Errors raised before execution (parse, validation, limits) carry the HTTP status of a bad request. */
export function requestError(code: ErrorCode, params: ErrorParams = {}): GraphQLError {
  return new GraphQLError(formatErrorMessage(code, 'en', params), {
    originalError: new AppError(code, params),
    extensions: { code, http: { status: 400 } },
  });
}

/**
 * Maps the PostgreSQL refusals a write can meet to domain errors; anything else stays internal (and
 * is masked). Services check first and say precisely what is wrong; this is the net under a race.
 */
export function fromDatabaseError(error: unknown, context: { resource: string; code?: string }): AppError | null {
  const pg = error as { code?: string; driverError?: { code?: string } };
  switch (pg.driverError?.code ?? pg.code) {
    case '23505': // unique_violation
      return new AppError('DUPLICATE_CODE', { value: context.code ?? '' }, 'code');
    case '23503': // foreign_key_violation: a referenced row vanished, or the row is still referenced
      return new AppError('IN_USE', { resource: context.resource });
    case 'EX001': // raised by the closure trigger
      return new AppError('PARENT_CYCLE', {}, 'parentId');
    case '23514': // check_violation
      return new AppError('BAD_USER_INPUT');
    default:
      return null;
  }
}

/**
 * Failures of the database connection or of a time limit: not the client's fault, not a bug either;
 * worth retrying. Read from the PostgreSQL SQLSTATE or the pool's own error.
 */
function retryableCode(error: unknown): 'TIMEOUT' | 'SERVICE_UNAVAILABLE' | null {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: string; message?: string; driverError?: { code?: string } };
    const code = e.driverError?.code ?? e.code ?? '';
    if (code === '57014' || code === '55P03') return 'TIMEOUT'; // statement cancelled; lock not available
    if (/^(08|53|57P)/.test(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET') return 'SERVICE_UNAVAILABLE';
    if (/timeout exceeded when trying to connect|Connection terminated/i.test(e.message ?? '')) return 'SERVICE_UNAVAILABLE';
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** SQLSTATE 42501: a privilege or a row-level security policy refused the statement. */
function outsideJurisdiction(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return (e?.driverError?.code ?? e?.code) === '42501';
}

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

const LIMIT_MESSAGE = /(depth|aliases|directives|tokens|cost|token limit).*(limit|exceeded)|(limit|exceeded).*(depth|aliases|directives|tokens|cost)|contains more th\w* \d+ tokens/i;

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Every error leaves the server through here: domain errors in both languages with their code and
 * field; GraphQL's own request errors with their code; anything else masked to a generic message
 * with the request id, its detail only in the log.
 */
export function createErrorFormatter(log: (entry: Record<string, unknown>) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = findAppError(error);
    const requestId = (formatted.extensions?.requestId as string | undefined) ?? currentRequestId();
    if (app) {
      return {
        message: app.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: app.code,
          ...(app.field ? { field: app.field } : {}),
          ...app.details,
          messages: { vi: formatErrorMessage(app.code, 'vi', app.params), en: app.message },
        },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      // graphql-armor's limits (depth, aliases, tokens, cost, directives) get one stable code.
      if (LIMIT_MESSAGE.test(formatted.message)) {
        return {
          message: formatted.message,
          extensions: {
            code: 'QUERY_TOO_COMPLEX',
            messages: {
              vi: formatErrorMessage('QUERY_TOO_COMPLEX', 'vi', { detail: formatted.message }),
              en: formatErrorMessage('QUERY_TOO_COMPLEX', 'en', { detail: formatted.message }),
            },
          },
        };
      }
      const known = code in ERROR_MESSAGES ? (code as ErrorCode) : 'BAD_USER_INPUT';
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, messages: { vi: formatErrorMessage(known, 'vi'), en: formatted.message } },
      };
    }
    const original = unwrapResolverError(error);
    if (outsideJurisdiction(original)) {
      // A row-level security policy refused a write: the application's own check missed it.
      log({ level: 'warn', requestId, message: (original as Error)?.message });
      return {
        message: formatErrorMessage('FORBIDDEN', 'en'),
        path: formatted.path,
        extensions: { code: 'FORBIDDEN', messages: { vi: formatErrorMessage('FORBIDDEN', 'vi'), en: formatErrorMessage('FORBIDDEN', 'en') } },
      };
    }
    log({ level: 'error', requestId, message: (original as Error)?.message, stack: (original as Error)?.stack });
    const retryable = retryableCode(original);
    if (retryable) {
      return {
        message: formatErrorMessage(retryable, 'en'),
        path: formatted.path,
        extensions: {
          code: retryable,
          retryable: true,
          requestId,
          messages: { vi: formatErrorMessage(retryable, 'vi'), en: formatErrorMessage(retryable, 'en') },
        },
      };
    }
    return {
      message: formatErrorMessage('INTERNAL_SERVER_ERROR', 'en', { requestId: requestId ?? '-' }),
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        requestId,
        messages: {
          vi: formatErrorMessage('INTERNAL_SERVER_ERROR', 'vi', { requestId: requestId ?? '-' }),
          en: formatErrorMessage('INTERNAL_SERVER_ERROR', 'en', { requestId: requestId ?? '-' }),
        },
      },
    };
  };
}

/** The request id of the request being served, for error masking and logs. */
export const requestIdStorage = new AsyncLocalStorage<string>();

function currentRequestId(): string | undefined {
  return requestIdStorage.getStore();
}
