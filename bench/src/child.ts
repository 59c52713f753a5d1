import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Messages between the runner and a server it started (over the IPC channel of `spawn`). */
export type ToChild = { type: 'stats'; id: number; reset: boolean };
export type FromChild =
  | { type: 'ready'; port: number }
  | { type: 'stats'; id: number; eventLoopMaxMs: number; eventLoopP99Ms: number; rssBytes: number; heapUsedBytes: number }
  | { type: 'failed'; message: string };

export interface Started {
  port: number;
  close(): Promise<void>;
}

function send(message: FromChild): void {
  process.send?.(message);
}

/**
 * Runs one benchmark server as a child of the runner: reports readiness, answers stats requests
 * (event-loop delay since the last reset, memory), and stops cleanly on SIGTERM/SIGINT or when the
 * runner goes away (its IPC channel closes), so no server outlives the run.
 */
export function runServerChild(start: () => Promise<Started>): void {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let started: Started | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code || 1), 5_000).unref();
    try {
      await started?.close();
    } finally {
      process.exit(code);
    }
  };

  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));
  process.on('disconnect', () => void shutdown(0));
  process.on('message', (raw: ToChild) => {
    if (raw?.type !== 'stats') return;
    const memory = process.memoryUsage();
    send({
      type: 'stats',
      id: raw.id,
      eventLoopMaxMs: loop.max / 1e6,
      eventLoopP99Ms: loop.percentile(99) / 1e6,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
    });
    if (raw.reset) loop.reset();
  });

  start().then(
    (s) => {
      started = s;
      send({ type: 'ready', port: s.port });
    },
    (error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      void shutdown(1);
    },
  );
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
