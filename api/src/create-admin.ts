import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, prepareDatabase, resolveDatabase } from './db';
import { createUserRecord } from './modules/identity/identity.service';

/**
 * Creates a national administrator (the first one, or another):
 *   EXEMPLAR_ADMIN_PASSWORD='…' npx -y pnpm@10.34.9 --filter @exemplar/api run create-admin <username> [display name]
 * Uses DATABASE_URL, or the embedded PostgreSQL of the start command (stop the server first).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const username = process.argv[2];
const displayName = process.argv[3] ?? 'Quản trị quốc gia';
const password = process.env.EXEMPLAR_ADMIN_PASSWORD;
if (!username || !password) {
  console.error('Usage: EXEMPLAR_ADMIN_PASSWORD=… create-admin <username> [display name]');
  process.exit(2);
}
const database = await resolveDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: path.resolve(process.env.EXEMPLAR_DATA_DIR ?? path.resolve(here, '../../.data/postgres')),
  embeddedPort: Number(process.env.EXEMPLAR_PG_PORT ?? 54329),
});
try {
  const { dataSource } = await prepareDatabase(database.url);
  try {
    const db = createDb(dataSource);
    await db.transaction(async (tx) => {
      const user = await createUserRecord(tx, { username, displayName, password });
      await tx.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [user.id]);
      console.log(`Created national administrator ${user.username} (id ${user.id}).`);
    });
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.embedded?.stop();
}
