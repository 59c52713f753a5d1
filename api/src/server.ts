import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { createPoolDb, createRequestDb, createRequestPool, type RequestDb } from './db';
import { APP_ROLE } from './db/migrations/1764500000000-Jurisdiction';
import { appScope, decideAccess, touchesIdentities, type AccessOptions } from './graphql/access';
import { Loaders, type RequestContext } from './graphql/context';
import { createErrorFormatter, requestIdStorage } from './graphql/errors';
import { jitExecutor } from './graphql/executor';
import { createArmor, MAX_TOKENS, queryStatsPlugin, requestErrorStatusPlugin, textGuardPlugin } from './graphql/guards';
import { JURISDICTION, type Scope } from './graphql/list/scope';
import { buildAppSchema } from './graphql/schema';
import { exportHandler } from './modules/analytics/export';
import { actorOf, authenticate, PrincipalCache } from './modules/identity/identity.service';
import type { Principal } from './modules/identity/identity.type';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ADMIN_DIR = path.resolve(here, '../../admin/dist');

export interface AppOptions {
  dataSource: DataSource;
  /** Built console to serve at `/` (default: admin/dist when it exists). */
  adminDir?: string | null;
  /** Send `x-sql-statements` on every GraphQL response. */
  exposeQueryStats?: boolean;
  log?: (entry: Record<string, unknown>) => void;
  /** The clock domain rules read (default: the system's); tests set the day a nomination is sent. */
  clock?: () => Date;
  /** Test-only switches of access control (the jurisdiction matrix runs with the app's scoping off). */
  access?: AccessOptions;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

const defaultLog = (entry: Record<string, unknown>) => console.error(JSON.stringify(entry));

/** Builds the HTTP app (GraphQL at /graphql, the console at /) without reading the environment. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? defaultLog;
  const clock = options.clock ?? (() => new Date());
  const armor = createArmor();
  // Requests run as the app's role, on connections of their own (the data source stays the owner's).
  const pool = createRequestPool(options.dataSource, options.access?.rowSecurity === false ? null : APP_ROLE);
  const principals = new PrincipalCache();
  const identify = async (req: Request) => actingAs(await authenticate(createPoolDb(pool), req.headers, principals), req.headers['x-exemplar-grant']);
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitExecutor(await buildAppSchema()),
    formatError: createErrorFormatter(log),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The console (ra-data-graphql) reads the schema by introspection once signed in; the access
    // plugin refuses introspection (like every field but __typename and signIn) without a principal.
    introspection: true,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // We send no cache hints; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // A subgraph would otherwise add federated tracing (ftv1) to every request that asks for it.
      ApolloServerPluginInlineTraceDisabled(),
      ...armor.plugins,
      textGuardPlugin,
      accessPlugin(options.access, () => principals.clear()),
      requestErrorStatusPlugin,
      ...(options.exposeQueryStats ? [queryStatsPlugin] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POST responses computed per request: hashing them for an ETag is wasted work.
  app.set('etag', false);
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    requestIdStorage.run(requestId, next);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.getHeader('x-request-id'));
        // One statement when the request carries a session token or an API key; none otherwise.
        const principal = await identify(req);
        // The request's own transaction, as the app's role; its jurisdiction is decided once the
        // operation is known (accessPlugin), before the first statement.
        const db = createRequestDb(pool, {
          jurisdiction: { kind: 'none' },
          actor: actorOf(principal, requestId),
        });
        return {
          requestId,
          db,
          principal,
          // Nothing until the operation and its jurisdiction are known (accessPlugin, before execution).
          scope: JURISDICTION as Scope,
          loaders: new Loaders(),
          now: clock,
          memo: new Map(),
        };
      },
    }),
  );

  // Analysts' exports: CSV of any analytic resource, streamed, within the caller's jurisdiction.
  app.get(
    '/export/:file',
    exportHandler({
      pool,
      authenticate: identify,
      access: options.access,
      log,
    }),
  );

  const adminDir = options.adminDir === undefined ? DEFAULT_ADMIN_DIR : options.adminDir;
  if (adminDir && existsSync(path.join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The console is not built. Run the start command from the README.');
    });
  }

  // Malformed JSON bodies and other transport errors: a clean 4xx, never a stack.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log({ level: 'error', message: error.message, stack: error.stack });
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal error.' : 'The request body is not valid JSON or is too large.',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  });

  return {
    app,
    stop: async () => {
      await apollo.stop();
      await pool.end();
    },
  };
}

/**
 * The console's jurisdiction picker: a principal may act under one of its grants only
 * (`x-exemplar-grant: <grant id>`); a grant it does not hold leaves it none.
 */
function actingAs(principal: Principal | null, header: string | string[] | undefined): Principal | null {
  const wanted = Array.isArray(header) ? header[0] : header;
  if (!principal || !wanted) return principal;
  return { ...principal, grants: principal.grants.filter((g) => g.id === wanted.trim()) };
}

/**
 * Access control per operation: who may run it and in which jurisdiction (decideAccess), set on the
 * request before anything executes; the request's transaction ends with the response.
 */
function accessPlugin(accessOptions: AccessOptions = {}, identitiesChanged: () => void = () => undefined): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let changesIdentities = false;
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!operation) return;
          changesIdentities = operation.operation === 'mutation' && touchesIdentities(document, operation);
          const access = decideAccess(contextValue.principal, document, operation, accessOptions);
          const db = contextValue.db as RequestDb;
          db.session.jurisdiction = access.jurisdiction;
          contextValue.scope = appScope(access);
        },
        async willSendResponse({ contextValue }) {
          await (contextValue.db as RequestDb).finish?.();
          // Sessions, keys, users or grants may have changed: no cached principal may outlive that.
          if (changesIdentities) identitiesChanged();
        },
      };
    },
  };
}

function noCacheForHtml(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}

export function listen(app: express.Express, port: number, host = '127.0.0.1'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
