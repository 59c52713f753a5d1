/**
 * The API as the benchmark runs it: a child process of its own (so its CPU time can be read from
 * /proc/<pid>/stat), the real Express + Apollo app with `x-sql-statements`, on a loopback port.
 */
import { createDataSource } from '@exemplar/api/db';
import { createApp, listen } from '@exemplar/api/server';
import { requiredEnv, runServerChild } from './child';

runServerChild(async () => {
  const dataSource = createDataSource({
    url: requiredEnv('BENCH_DB_URL'),
    poolSize: Number(requiredEnv('BENCH_POOL_SIZE')),
    applicationName: 'exemplar-bench-api',
  });
  await dataSource.initialize();
  const { app, stop } = await createApp({
    dataSource,
    exposeQueryStats: true,
    adminDir: null,
    // BENCH_APP_SCOPING=0: the application's own jurisdiction conditions off (to see what they cost).
    ...(process.env.BENCH_APP_SCOPING === '0' ? { access: { appScoping: false } } : {}),
    log: (entry) => console.error(JSON.stringify(entry)),
  });
  const server = await listen(app, Number(requiredEnv('BENCH_PORT')), '127.0.0.1');
  return {
    port: Number(requiredEnv('BENCH_PORT')),
    async close() {
      server.close();
      server.closeAllConnections();
      await stop();
      await dataSource.destroy();
    },
  };
});
