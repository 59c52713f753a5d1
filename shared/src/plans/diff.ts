/**
 * What changed between two versions of a JSON document, path by path: the diff a plan revision
 * records. Objects are compared key by key; arrays of items with a `key` are matched by key (an item
 * moved is not a change of every item after it); other arrays by position.
 */
export interface JsonChange {
  /** JSON path, e.g. `milestones[m-q1-2023].due`, `title`, `objectives[2]`. */
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keyed = (v: unknown): v is { key: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.key === 'string');

export function diffJson(before: unknown, after: unknown, path = ''): JsonChange[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ path, kind: 'ADDED', after }];
  if (after === undefined) return [{ path, kind: 'REMOVED', before }];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffJson(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (keyed(before) && keyed(after)) {
    const old = new Map(before.map((item) => [item.key, item]));
    const now = new Map(after.map((item) => [item.key, item]));
    const keys = [...new Set([...old.keys(), ...now.keys()])];
    const changes = keys.flatMap((k) => diffJson(old.get(k), now.get(k), `${path}[${k}]`));
    const order = (items: { key: string }[]) => items.map((i) => i.key).filter((k) => old.has(k) && now.has(k)).join('\u0000');
    if (order(before) !== order(after)) changes.push({ path, kind: 'CHANGED', before: before.map((i) => i.key), after: after.map((i) => i.key) });
    return changes;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffJson(before[i], after[i], `${path}[${i}]`)).flat();
  }
  return [{ path, kind: 'CHANGED', before, after }];
}
