import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (utime/stime in /proc/<pid>/stat are counted in them). */
export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  ppid: number;
  /** utime + stime of the process itself, in ms. */
  ownMs: number;
  /** cutime + cstime: children it has waited for, in ms. */
  reapedChildrenMs: number;
}

export function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const tick = 1000 / CLOCK_TICKS;
  return {
    ppid: Number(fields[1]),
    ownMs: (Number(fields[11]) + Number(fields[12])) * tick,
    reapedChildrenMs: (Number(fields[13]) + Number(fields[14])) * tick,
  };
}

/** CPU time of one process (user + system), in ms; null when it cannot be read. */
export function processCpuMs(pid: number): number | null {
  return readStat(pid)?.ownMs ?? null;
}

/**
 * CPU time of the whole PostgreSQL server in ms: the postmaster, every live child (backends,
 * background workers) and the children that have exited (their time moves to the postmaster's
 * cutime/cstime when reaped).
 */
export function processTreeCpuMs(rootPid: number): number | null {
  const root = readStat(rootPid);
  if (!root) return null;
  let total = root.ownMs + root.reapedChildrenMs;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === rootPid) total += stat.ownMs + stat.reapedChildrenMs;
  }
  return total;
}

/** Peak and current resident set size from /proc/<pid>/status, in bytes. */
export function memoryOf(pid: number): { peakRssBytes: number; rssBytes: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  return { peakRssBytes: kb('VmHWM'), rssBytes: kb('VmRSS') };
}

export function parentPid(pid: number): number | null {
  return readStat(pid)?.ppid ?? null;
}
