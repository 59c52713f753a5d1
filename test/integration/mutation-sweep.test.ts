import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

/**
 * Every mutation and query of the schema, called with arguments of the right types but hostile values (ids
 * that do not exist, zero, negative numbers, blank or odd strings, empty JSON): whatever each
 * answers, it is a domain error with a stable code or a success — never an internal error.
 */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../api/schema.graphql'), 'utf8'));

type Flavour = 'missing' | 'zero' | 'odd' | 'one';

function value(type: GraphQLInputType, flavour: Flavour, depth = 0): unknown {
  if (isNonNullType(type)) return value(type.ofType, flavour, depth);
  if (isListType(type)) return [value(type.ofType, flavour, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type) || flavour === 'odd' || flavour === 'one') out[field.name] = value(field.type, flavour, depth + 1);
    return out;
  }
  const name = getNamedType(type).name;
  switch (name) {
    case 'ID':
      return { missing: '987654321', zero: '0', odd: '-1', one: '1' }[flavour];
    case 'Int':
      return { missing: 2023, zero: 0, odd: -2147483648, one: 1 }[flavour];
    case 'Float':
      return { missing: 0.5, zero: 0, odd: -1e308, one: 1 }[flavour];
    case 'Boolean':
      return flavour !== 'zero';
    case 'LocalDate':
      return { missing: '2023-06-15', zero: '1900-01-01', odd: '2999-12-31', one: '2023-06-15' }[flavour];
    case 'JSON':
      return { missing: {}, zero: [], odd: { key: 'x', value: null, nested: { deep: [1, 'a'] } }, one: { key: 'A' } }[flavour];
    default:
      return { missing: 'x', zero: ' ', odd: 'Ω'.repeat(300), one: 'A' }[flavour];
  }
}

function selection(typeName: string): string {
  const type = schema.getType(typeName);
  return type && !isLeafType(type) ? ' { __typename }' : '';
}

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const mutations = Object.values(schema.getMutationType()!.getFields());

describe('every mutation answers hostile input with a domain error, never an internal one', () => {
  it(`covers all ${mutations.length} mutations`, () => {
    expect(mutations.length).toBeGreaterThan(60);
  });

  // `one`: ids that exist (the first unit, organization, plan, plan part…), so the checks past "not found" run too.
  for (const flavour of ['missing', 'zero', 'odd', 'one'] as const) {
    it(`${flavour} values`, async () => {
      const internal: string[] = [];
      for (const mutation of mutations) {
        const args = mutation.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || flavour === 'odd' || flavour === 'one');
        const variables = Object.fromEntries(args.map((a) => [a.name, value(a.type, flavour)]));
        const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const query = `mutation${declared ? `(${declared})` : ''} { ${mutation.name}${passed ? `(${passed})` : ''}${selection(getNamedType(mutation.type).name)} }`;
        const res = await api.gql(query, variables);
        const codes = (res.body.errors ?? []).map((e) => String(e.extensions?.code));
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) internal.push(`${mutation.name}: ${res.status} ${JSON.stringify(res.body.errors?.[0]?.message)}`);
        if (isScalarType(getNamedType(mutation.type)) && !res.body.errors) expect(res.body.data).toBeDefined();
      }
      expect(internal).toEqual([]);
    });
  }
});

const queries = Object.values(schema.getQueryType()!.getFields()).filter((q) => !q.name.startsWith('__'));

describe('every query answers hostile arguments with a domain error, never an internal one', () => {
  for (const flavour of ['missing', 'zero', 'odd', 'one'] as const) {
    it(`${flavour} values`, async () => {
      const internal: string[] = [];
      for (const query of queries) {
        const args = query.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || flavour === 'odd' || flavour === 'one');
        const variables = Object.fromEntries(args.map((a) => [a.name, value(a.type, flavour)]));
        const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const text = `query${declared ? `(${declared})` : ''} { ${query.name}${passed ? `(${passed})` : ''}${selection(getNamedType(query.type).name)} }`;
        const res = await api.gql(text, variables);
        const codes = (res.body.errors ?? []).map((e) => String(e.extensions?.code));
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) internal.push(`${query.name}: ${res.status} ${JSON.stringify(res.body.errors?.[0]?.message)}`);
      }
      expect(internal).toEqual([]);
    });
  }
});
