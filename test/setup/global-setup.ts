import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, freePort, prepareDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@exemplar/api/db';

export const TEMPLATE_DB = 'exemplar_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}


/**
 * A real PostgreSQL for the whole run: TEST_DATABASE_SERVER_URL (a server URL without database) when
 * set, otherwise a throw-away embedded one. A template database is migrated and loaded once; every test
 * file clones it (CREATE DATABASE … TEMPLATE), so files never see each other's writes.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'exemplar-test-pg-'));
    // As root, PostgreSQL runs as a separate 'postgres' user that must be able to enter the folder.
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort(), persistent: false, unsafeFast: true });
    serverUrl = embedded.serverUrl;
  }
  await ensureDatabase(serverUrl, TEMPLATE_DB);
  const { dataSource } = await prepareDatabase(`${serverUrl}/${TEMPLATE_DB}`);
  await dataSource.destroy();
  project.provide('pgServerUrl', serverUrl);

  return async () => {
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
