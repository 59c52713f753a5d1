#!/usr/bin/env node
/**
 * Builds the console (vite build) only when admin/dist is missing or was built from other sources.
 * The sources are hashed (paths and contents of admin/src, index.html, vite.config.ts, package.json
 * and shared/src); the hash of the last good build is kept in dist/.build-hash. Prints one line.
 * Plain Node, no dependencies: it runs before anything else in `start` and `test`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = path.resolve(adminDir, '..');
const distDir = path.join(adminDir, 'dist');
const hashFile = path.join(distDir, '.build-hash');

const SOURCES = [
  path.join(adminDir, 'src'),
  path.join(adminDir, 'index.html'),
  path.join(adminDir, 'vite.config.ts'),
  path.join(adminDir, 'package.json'),
  path.join(rootDir, 'shared', 'src'),
];

function listFiles(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(path.join(entry, d.name)) : d.isFile() ? [path.join(entry, d.name)] : []));
}

function sourceHash() {
  const hash = createHash('sha256');
  const files = SOURCES.flatMap(listFiles)
    .map((file) => path.relative(rootDir, file).split(path.sep).join('/'))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(rootDir, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const wanted = sourceHash();
const built = existsSync(path.join(distDir, 'index.html')) && existsSync(hashFile) ? readFileSync(hashFile, 'utf8').trim() : null;

if (built === wanted) {
  console.log(`admin: dist is up to date (${wanted})`);
  process.exit(0);
}

const started = Date.now();
const viteBin = path.join(adminDir, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(viteBin)) {
  console.error(`admin: cannot build, ${path.relative(rootDir, viteBin)} is missing (run pnpm install first)`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
  cwd: adminDir,
  encoding: 'utf8',
  env: { ...process.env, NODE_ENV: 'production' },
  maxBuffer: 64 * 1024 * 1024,
});
if (result.status !== 0) {
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  console.error(`admin: vite build failed (${result.error?.message ?? `exit ${result.status}`})`);
  process.exit(1);
}
writeFileSync(hashFile, `${wanted}\n`);
console.log(`admin: built dist in ${((Date.now() - started) / 1000).toFixed(1)} s (${built ? 'sources changed' : 'no previous build'}, ${wanted})`);
