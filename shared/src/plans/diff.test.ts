import { describe, expect, it } from 'vitest';
import { diffJson } from './diff';

describe('diffJson', () => {
  it.each([
    ['equal values', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    ['a changed field', { title: 'A' }, { title: 'B' }, [{ path: 'title', kind: 'CHANGED', before: 'A', after: 'B' }]],
    ['an added field', { a: 1 }, { a: 1, b: null }, [{ path: 'b', kind: 'ADDED', after: null }]],
    ['a removed field', { a: 1, b: 2 }, { a: 1 }, [{ path: 'b', kind: 'REMOVED', before: 2 }]],
    ['nested', { period: { from: 2023, to: 2025 } }, { period: { from: 2023, to: 2026 } }, [{ path: 'period.to', kind: 'CHANGED', before: 2025, after: 2026 }]],
    ['a plain array by position', { tags: ['a', 'b'] }, { tags: ['a', 'c', 'd'] }, [
      { path: 'tags[1]', kind: 'CHANGED', before: 'b', after: 'c' },
      { path: 'tags[2]', kind: 'ADDED', after: 'd' },
    ]],
    ['keyed items matched by key', { m: [{ key: 'x', due: 1 }, { key: 'y', due: 2 }] }, { m: [{ key: 'x', due: 1 }, { key: 'y', due: 3 }, { key: 'z', due: 4 }] }, [
      { path: 'm[y].due', kind: 'CHANGED', before: 2, after: 3 },
      { path: 'm[z]', kind: 'ADDED', after: { key: 'z', due: 4 } },
    ]],
    ['a keyed item removed', { m: [{ key: 'x' }, { key: 'y' }] }, { m: [{ key: 'y' }] }, [{ path: 'm[x]', kind: 'REMOVED', before: { key: 'x' } }]],
    ['keyed items reordered', { m: [{ key: 'x' }, { key: 'y' }] }, { m: [{ key: 'y' }, { key: 'x' }] }, [{ path: 'm', kind: 'CHANGED', before: ['x', 'y'], after: ['y', 'x'] }]],
    ['null to object', { council: null }, { council: { name: 'HĐ' } }, [{ path: 'council', kind: 'CHANGED', before: null, after: { name: 'HĐ' } }]],
  ])('%s', (_name, before, after, expected) => {
    expect(diffJson(before, after)).toEqual(expected);
  });
});
