import { describe, expect, it } from 'vitest';
import { operationNames } from './operation-names';

describe('operationNames', () => {
  it.each([
    ['AdministrativeUnit', 'allAdministrativeUnits', '_allAdministrativeUnitsMeta', 'administrativeUnits'],
    ['Organization', 'allOrganizations', '_allOrganizationsMeta', 'organizations'],
    ['Person', 'allPeople', '_allPeopleMeta', 'people'],
    ['Category', 'allCategories', '_allCategoriesMeta', 'categories'],
  ])('%s', (type, list, meta, connection) => {
    const names = operationNames(type);
    expect(names.list).toBe(list);
    expect(names.meta).toBe(meta);
    expect(names.connection).toBe(connection);
    expect(names.one).toBe(type);
    expect(names.create).toBe(`create${type}`);
  });

  it('refuses a name that is not a GraphQL type name', () => {
    expect(() => operationNames('bad name')).toThrow();
  });
});
