/**
 * Where a server's CPU went, from a V8 .cpuprofile (BENCH_CPU_PROF=1 writes them to
 * bench/results/profiles/cpu/): self time by package (node_modules/<pkg>, node internals, our
 * source), by function, and inclusive time of our own and a few library functions.
 *
 *   npx -y pnpm@10.34.9 --filter @exemplar/bench run profile results/profiles/cpu/api-…/CPU.….0.001.cpuprofile --skip=8
 *
 * --skip=S leaves out the first S seconds (start-up); --top=N rows per table.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function packageOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return 'node internals';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1];
  const ours = /\/(api|shared|bench)\/src\//.exec(url);
  if (ours) return `@exemplar/${ours[1]}`;
  return url;
}

function label(frame: CallFrame): string {
  const file = frame.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*\/(api|shared|bench)\/src\//, '$1/');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

function table(title: string, totals: Map<string, number>, all: number, limit: number): void {
  console.log(`\n${title}`);
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  for (const [name, us] of rows) console.log(`${((100 * us) / all).toFixed(1).padStart(6)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
}

function summarise(file: string, limit: number, skipS: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Samples after the first `skipS` seconds only (leave out start-up: module loading, schema build).
  const self = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= skipS * 1e6) self.set(id, (self.get(id) ?? 0) + delta);
  });

  let busy = 0;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    busy += us;
    const pkg = node.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    byFunction.set(label(node.callFrame), (byFunction.get(label(node.callFrame)) ?? 0) + us);
    // Inclusive time per function: count each function once per stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at != null; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url) continue;
      const key = label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const wall = profile.endTime - profile.startTime;
  console.log(`${file}\n  profiled ${(wall / 1e6).toFixed(1)} s, skipped the first ${skipS} s, busy ${(busy / 1e6).toFixed(1)} s (excluding idle and "(program)")`);
  table('self time by package', byPackage, busy, limit);
  table('self time by function', byFunction, busy, limit);
  table('inclusive time by function', inclusive, busy, limit * 2);
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
if (!files.length) {
  console.error('usage: profile-summary <file.cpuprofile>… [--top=25] [--skip=SECONDS]');
  process.exit(1);
}
for (const file of files) summarise(file, option('top', 25), option('skip', 0));
