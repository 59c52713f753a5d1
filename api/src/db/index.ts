import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from './data-source';
import { createDb } from './db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { loadReferenceData, type LoadReport } from './reference/load-reference-data';

export { createDataSource, migrate } from './data-source';
export { type AuditActor } from './db';
export { createDb, createPoolDb, createRequestDb, createRequestPool, QueryStats, type Db, type RequestDb, type RequestPool, type RequestSession } from './db';
export { freePort, loadEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
export { bitIn } from './jurisdiction-sql';
export { loadReferenceData, type LoadReport } from './reference/load-reference-data';

/** Creates `database` on the server behind `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string): Promise<void> {
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
      await admin.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    }
  } finally {
    await admin.end();
  }
}

/** Migrates and loads the reference data; returns the ready data source. */
export async function prepareDatabase(url: string, options: { force?: boolean } = {}): Promise<{ dataSource: DataSource; migrations: string[]; load: LoadReport }> {
  const owner = createDataSource({ url, owner: true, poolSize: 2 });
  await owner.initialize();
  let migrations: string[];
  let load: LoadReport;
  try {
    migrations = await migrate(owner);
    load = await loadReferenceData(createDb(owner), options);
  } finally {
    await owner.destroy();
  }
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  return { dataSource, migrations, load };
}

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose data lives under `dataDir`. */
export async function resolveDatabase(env: { databaseUrl?: string; dataDir: string; embeddedPort: number; log?: (line: string) => void }): Promise<ResolvedDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: env.dataDir, port: env.embeddedPort, persistent: true, log: env.log });
  await ensureDatabase(embedded.serverUrl, 'exemplar');
  return { url: embedded.url('exemplar'), embedded };
}
