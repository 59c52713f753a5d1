import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@exemplar/api/db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'api/node_modules/.bin/tsx');


interface Started {
  child: ChildProcess;
  output: string;
}

/** Runs the API's entry point as the start command does, until it prints the console URL. */
function start(env: Record<string, string>): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/main.ts'], { cwd: path.join(root, 'api'), env: { ...process.env, ...env, DATABASE_URL: '' } });
    const started: Started = { child, output: '' };
    const timer = setTimeout(() => reject(new Error(`start timed out:\n${started.output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      started.output += chunk.toString();
      if (/Console: http/.test(started.output)) {
        clearTimeout(timer);
        resolve(started);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${started.output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

let dataDir: string;
let port: number;
let pgPort: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'exemplar-start-'));
  await chmod(dataDir, 0o755);
  port = await freePort();
  pgPort = await freePort();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the start command', () => {
  it('starts an embedded PostgreSQL, loads the data once, serves both URLs, and restarts without reloading', async () => {
    const env = { PORT: String(port), EXEMPLAR_DATA_DIR: path.join(dataDir, 'pg'), EXEMPLAR_PG_PORT: String(pgPort) };
    const first = await start(env);
    try {
      expect(first.output).toContain(`GraphQL: http://127.0.0.1:${port}/graphql`);
      expect(first.output).toContain(`Console: http://127.0.0.1:${port}/`);
      expect(first.output).toMatch(/Reference data loaded: .*administrative_unit 14149/);
      // A fresh installation creates its first national administrator and says how to sign in.
      const password = /national administrator "admin" created with the password (\S+)/.exec(first.output)?.[1];
      expect(password).toBeTruthy();
      const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return { status: res.status, body: await res.json() };
      };
      const COUNT = '{ _allAdministrativeUnitsMeta(filter: { level: "commune" }) { count } }';
      expect((await call(COUNT)).status).toBe(401);
      const signIn = await call('mutation($p: String!) { signIn(username: "admin", password: $p) { token } }', { p: password });
      const token = signIn.body.data.signIn.token as string;
      expect((await call(COUNT, {}, token)).body).toEqual({ data: { _allAdministrativeUnitsMeta: { count: 3321 } } });
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    const second = await start(env);
    try {
      expect(second.output).toContain('Reference data already up to date');
      expect(second.output).not.toContain('Migrations applied');
      expect(second.output).not.toContain('First start');
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  }, 180_000);
});
