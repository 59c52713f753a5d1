import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startTestServer, type Caller, type TestServer } from './harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN_DIST = path.join(ROOT, 'admin/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the networking flags Chromium keeps dialling hosts this machine cannot reach.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export interface ConsoleSession {
  /** The real server (API and built console) on a database cloned for this file. */
  readonly api: TestServer;
  /**
   * A fresh page per test (fresh storage, so every test starts in the default language), signed in as
   * the harness's national administrator (`api.token`) unless the test says otherwise (signInAs).
   */
  readonly page: Page;
  open(hashPath: string): Promise<void>;
  /**
   * Who the test's page is signed in as: another caller (`api.signedIn([...])`), or nobody (null).
   * Before the first `open` it decides how the console starts; later, it reloads the page as them.
   */
  signInAs(caller: Pick<Caller, 'token'> | null): Promise<void>;
}

/** The console's session in localStorage (admin/src/auth/session.ts): the token, no expiry known. */
export const SESSION_KEY = 'exemplar.session';

/**
 * Puts a session (or none) into the console's storage before its scripts run, once per page: the
 * test's own signing in and out, and reloads, are left alone afterwards. Each call registers a new
 * script with its own mark, so a later one (signInAs) wins over the default.
 */
async function seedSession(context: BrowserContext, mark: string, token: string | null): Promise<void> {
  await context.addInitScript(
    ({ key, mark, value }) => {
      try {
        if (!location.protocol.startsWith('http') || sessionStorage.getItem(mark)) return;
        sessionStorage.setItem(mark, '1');
        if (value) localStorage.setItem(key, value);
        else localStorage.removeItem(key);
      } catch {
        // about:blank and the like have no storage.
      }
    },
    { key: SESSION_KEY, mark: `exemplar.e2e.${mark}`, value: token ? JSON.stringify({ token, expiresAt: null }) : null },
  );
}

/**
 * Registers the hooks of a browser test file: builds the console if stale, starts the server,
 * launches Debian's Chromium (failing clearly when it is missing, never downloading one), gives each
 * test a new context, keeps a screenshot of each test's last screen, and fails a test whose page threw.
 */
export function useConsole(name: string): ConsoleSession {
  let api: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];
  let seeds = 0;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: the console's browser tests need Debian's Chromium ` +
          '(apt-get update && apt-get install -y chromium), or CHROMIUM_PATH pointing at a Chromium binary.',
      );
    }
    execFileSync(process.execPath, [path.join(ROOT, 'admin/scripts/build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
    api = await startTestServer({ adminDir: ADMIN_DIST });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    context = await browser!.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15_000);
    await seedSession(context, `seed-${seeds++}`, api!.token);
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async ({ task }) => {
    const file = path.join(tmpdir(), `${name}-e2e-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
    await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    get api() {
      return api!;
    },
    get page() {
      return page!;
    },
    async open(hashPath: string) {
      await page!.goto(`${api!.url}/#${hashPath}`);
    },
    async signInAs(caller) {
      const token = caller?.token ?? null;
      await seedSession(context!, `seed-${seeds++}`, token);
      if (page!.url().startsWith('http')) {
        // Already showing the console: put the session in place and start it again as them.
        await page!.evaluate(
          ({ key, value }) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)),
          { key: SESSION_KEY, value: token ? JSON.stringify({ token, expiresAt: null }) : null },
        );
        await page!.reload();
      }
    },
  };
}

/** The "1–25 / 34" line under a list. */
export function pageRange(scope: Page | Locator): Locator {
  return scope.locator('.MuiTablePagination-displayedRows').first();
}

export async function expectText(locator: Locator, expected: RegExp): Promise<void> {
  await expect.poll(async () => (await locator.textContent()) ?? '', { timeout: 15_000 }).toMatch(expected);
}

/** No untranslated i18n key is showing. */
export async function expectNoRawKeys(page: Page): Promise<void> {
  const body = (await page.locator('body').textContent()) ?? '';
  expect(body).not.toMatch(/resources\.\w+|exemplar\.\w+|ra\.\w+\.\w+/);
}
