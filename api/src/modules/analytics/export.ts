import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { formatErrorMessage, type ErrorCode, type ErrorParams } from '@exemplar/shared';
import { createRequestDb, type RequestDb, type RequestPool } from '../../db';
import { accessFor, appScope, type AccessOptions } from '../../graphql/access';
import { AppError } from '../../graphql/errors';
import { countQuery, cursorQuery, encodeCursor, resolveSort } from '../../graphql/list/list-query';
import type { Principal } from '../identity/identity.type';
import { actorOf } from '../identity/identity.service';
import { analyticResource, filterOf } from './analytics';

/** Rows one export may hold; a larger one is refused up front (filter it), never cut silently. */
export const EXPORT_MAX_ROWS = 100_000;
const PAGE = 2_000;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function problem(res: Response, status: number, code: ErrorCode, params: ErrorParams = {}): void {
  res.status(status).json({
    errors: [{ message: formatErrorMessage(code, 'en', params), extensions: { code, messages: { vi: formatErrorMessage(code, 'vi', params), en: formatErrorMessage(code, 'en', params) } } }],
  });
}

/**
 * GET /export/<Resource>.csv?filter=<JSON>&sortField=…&sortOrder=…: the resource's rows as CSV
 * (UTF-8 with a BOM, so spreadsheet programs read Vietnamese right), streamed page by page with a
 * keyset cursor — the same filters, jurisdiction and row-level security as its GraphQL list.
 */
export function exportHandler(options: {
  pool: RequestPool;
  authenticate: (req: Request) => Promise<Principal | null>;
  access?: AccessOptions;
  log: (entry: Record<string, unknown>) => void;
}) {
  return async (req: Request, res: Response): Promise<void> => {
    const match = /^([A-Za-z]{1,40})\.csv$/.exec(String(req.params.file ?? ''));
    let db: RequestDb | null = null;
    try {
      if (!match) throw new AppError('NOT_FOUND', { resource: 'Export', id: String(req.params.file ?? '').slice(0, 40) });
      const resource = analyticResource(match[1]);
      const principal = await options.authenticate(req);
      const access = accessFor(principal, ['READ'], options.access);
      let parsed: unknown = {};
      try {
        parsed = req.query.filter ? JSON.parse(String(req.query.filter)) : {};
      } catch {
        throw new AppError('INVALID_VALUE', { field: 'filter', value: '…' }, 'filter');
      }
      const filter = filterOf(parsed);
      const sortField = typeof req.query.sortField === 'string' ? req.query.sortField : null;
      const sortOrder = typeof req.query.sortOrder === 'string' ? req.query.sortOrder : null;
      // The sort is checked before anything is sent (the filter, by the count below).
      resolveSort(resource.spec, sortField, sortOrder);
      db = createRequestDb(options.pool, {
        jurisdiction: access.jurisdiction,
        actor: actorOf(principal, String(res.getHeader('x-request-id') ?? '')),
      });
      const scope = appScope(access);
      const count = countQuery(resource.spec, filter, scope);
      const [{ total }] = await db.query<{ total: string }>(count.sql, count.params);
      if (Number(total) > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE', { count: Number(total), max: EXPORT_MAX_ROWS });

      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${match[1]}.csv"`);
      res.setHeader('x-export-rows', String(total));
      const csv = stringify({ bom: true, record_delimiter: '\r\n' });
      csv.pipe(res);
      let after: string | null = null;
      let header: string[] | null = null;
      const write = async (line: string[]) => {
        if (!csv.write(line)) await new Promise((r) => csv.once('drain', r));
      };
      for (;;) {
        const page = cursorQuery(resource.spec, { first: Math.min(PAGE, resource.spec.maxPerPage), after, sortField, sortOrder, filter }, scope);
        const { rows, columns } = await db.columns<Record<string, unknown> & { id: string; __sort: unknown }>(page.sql, page.params);
        if (!header) {
          // The columns of the list, also when nothing matches.
          header = columns.filter((c) => c !== '__sort');
          await write(header);
        }
        for (const row of rows.slice(0, page.limit)) await write(header.map((k) => cell(row[k])));
        if (rows.length <= page.limit) break;
        const last = rows[page.limit - 1];
        after = encodeCursor(last.__sort instanceof Date ? last.__sort.toISOString() : last.__sort, last.id);
      }
      csv.end();
      await new Promise((r) => res.once('finish', r));
    } catch (error) {
      const refused = (error as GraphQLError).extensions?.code as ErrorCode | undefined;
      if (res.headersSent) {
        options.log({ level: 'error', message: (error as Error).message });
        res.destroy();
      } else if (error instanceof AppError) {
        problem(res, error.code === 'NOT_FOUND' ? 404 : 400, error.code, error.params);
      } else if (refused === 'UNAUTHENTICATED' || refused === 'FORBIDDEN') {
        problem(res, refused === 'UNAUTHENTICATED' ? 401 : 403, refused);
      } else {
        options.log({ level: 'error', message: (error as Error).message, stack: (error as Error).stack });
        problem(res, 500, 'INTERNAL_SERVER_ERROR', { requestId: String(res.getHeader('x-request-id') ?? '-') });
      }
    } finally {
      await db?.finish();
    }
  };
}

