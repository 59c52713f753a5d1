import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * No input can set what the system owns: timestamps, the audit trail, hashes, reference flags,
 * derived keys. `version` is only ever the version read (a check), never a value to write, and no
 * create takes one.
 */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../api/schema.graphql'), 'utf8'));
const PROTECTED = ['createdAt', 'updatedAt', 'createdBy', 'grantedBy', 'passwordHash', 'keyHash', 'tokenHash', 'isReference', 'searchText', 'subjectKey', 'transactionId', 'occurredAt', 'revokedAt', 'replacedById'];

function inputNames(type: GraphQLInputType, seen = new Set<string>()): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((f) => [f.name, ...inputNames(f.type, seen)]);
}

const mutations = Object.values(schema.getMutationType()!.getFields());

describe('protected fields cannot be written through any input', () => {
  it.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, mutation) => {
    const names = mutation.args.flatMap((a) => [a.name, ...inputNames(a.type)]);
    expect(names.filter((n) => PROTECTED.includes(n))).toEqual([]);
    if (/^create[A-Z]/.test(mutation.name)) expect(names).not.toContain('version');
  });

  it('covers every mutation', () => {
    expect(mutations.length).toBeGreaterThan(90);
  });
});
