import { describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { operationNames } from '@exemplar/shared';
import schemaText from '../../../api/schema.graphql?raw';
import { RESOURCES } from './resources';
import { JSON_FIELDS, plainValues } from './values';
import { RESOURCE_FIELDS, type SparseField } from './fields';

/**
 * The console's field lists against the schema the server emits (api/schema.graphql, drift-tested on
 * the server side): a renamed or removed field fails here, not as a GraphQL error in a screen.
 */
const schema = buildSchema(schemaText);

function unknownFields(type: GraphQLObjectType, fields: SparseField[], path = type.name): string[] {
  const own = type.getFields();
  return fields.flatMap((field) => {
    if (typeof field === 'string') return field in own ? [] : [`${path}.${field}`];
    return Object.entries(field).flatMap(([relation, nested]) => {
      if (!(relation in own)) return [`${path}.${relation}`];
      const target = getNamedType(own[relation].type);
      return isObjectType(target) ? unknownFields(target, nested, `${path}.${relation}`) : [`${path}.${relation} (not an object)`];
    });
  });
}

describe('sparse field lists', () => {
  for (const resource of RESOURCES) {
    it(`${resource}: has a list and a record field set, all in the schema`, () => {
      const type = schema.getType(resource);
      expect(isObjectType(type), `${resource} is an object type`).toBe(true);
      const fields = RESOURCE_FIELDS[resource];
      expect(fields, `RESOURCE_FIELDS.${resource}`).toBeDefined();
      expect(unknownFields(type as GraphQLObjectType, fields.list)).toEqual([]);
      expect(unknownFields(type as GraphQLObjectType, fields.one)).toEqual([]);
    });

    it(`${resource}: the server answers the react-admin grammar`, () => {
      const names = operationNames(resource);
      const query = schema.getQueryType()!.getFields();
      expect(Object.keys(query)).toEqual(expect.arrayContaining([names.one, names.list, names.meta]));
    });
  }
});

describe('values written back', () => {
  it('keeps plain values and lists of them, drops relations and dotted paths', () => {
    expect(
      plainValues({ code: 'X', rank: 3, periodic: false, note: null, subjectKinds: ['CA_NHAN', 'TAP_THE'], parent: { id: '1' }, 'parent.id': '1', ancestors: [{ id: '1' }] }),
    ).toEqual({ code: 'X', rank: 3, periodic: false, note: null, subjectKinds: ['CA_NHAN', 'TAP_THE'] });
  });

  it("keeps a resource's JSON arguments whole (a criteria set's definition)", () => {
    const definition = { version: 1, code: 'X', criteria: [{ key: 'k', rule: { op: 'attest', key: 'k', text: 't' } }] };
    expect(plainValues({ id: '1', version: 2, definition, criteria: [{ id: '9' }] }, JSON_FIELDS.CriteriaSet)).toEqual({ id: '1', version: 2, definition });
  });
});
