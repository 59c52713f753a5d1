import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, prepareDatabase, resolveDatabase } from './db';
import { ensureFirstAdministrator } from './modules/identity/identity.service';
import { createApp, listen } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const DRAIN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  const started = Date.now();
  const database = await resolveDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.EXEMPLAR_DATA_DIR ?? path.join(projectRoot, '.data/postgres'),
    embeddedPort: Number(process.env.EXEMPLAR_PG_PORT ?? 54329),
  });
  const { dataSource, migrations, load } = await prepareDatabase(database.url);
  if (migrations.length) console.log(`Migrations applied: ${migrations.join(', ')}`);
  const written = Object.entries(load.written).filter(([, n]) => n > 0);
  console.log(
    written.length
      ? `Reference data loaded: ${written.map(([t, n]) => `${t} ${n}`).join(', ')}`
      : `Reference data already up to date${load.skipped.length ? ` (${load.skipped.join(', ')})` : ''}.`,
  );

  const first = await ensureFirstAdministrator(createDb(dataSource), process.env.EXEMPLAR_ADMIN_PASSWORD);
  if (first) {
    console.log(`First start: national administrator "${first.username}" created with the password ${first.password}`);
    console.log('  Sign in to the console with it and change it (account menu); set EXEMPLAR_ADMIN_PASSWORD to choose it instead.');
  }

  const { app, stop } = await createApp({ dataSource, exposeQueryStats: process.env.EXPOSE_QUERY_STATS === '1' });
  const server = await listen(app, port, host);
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Exemplar is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  GraphQL: http://${shown}:${port}/graphql`);
  console.log(`  Console: http://${shown}:${port}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests…`);
    // Stop accepting and let in-flight requests finish; connections still open after the grace period
    // (a browser's keep-alive) are closed. Then Apollo, the pool and PostgreSQL, in that order, so an
    // embedded PostgreSQL is never left running.
    const drained = new Promise((resolve) => server.close(resolve));
    const grace = new Promise((resolve) => setTimeout(resolve, DRAIN_GRACE_MS).unref());
    await Promise.race([drained, grace]);
    server.closeAllConnections();
    await stop().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error ?? 'unknown error');
  console.error(`Exemplar could not start: ${message}`);
  if (!process.env.DATABASE_URL) {
    console.error('(Is another instance running on the same embedded PostgreSQL port? Set EXEMPLAR_PG_PORT or DATABASE_URL.)');
  }
  process.exit(1);
});
