/**
 * What the console asks for, per resource: ra-data-graphql-simple's `meta.sparseFields` grammar
 * (a field name, or `{ relation: [fields] }`). Without it the adapter selects every field: every
 * relation of every row of a list (children, ancestors, successors…), far more than a screen shows.
 */
export type SparseField = string | { [relation: string]: SparseField[] };

export interface ResourceFields {
  /** getList, getMany, getManyReference. */
  list: SparseField[];
  /** getOne and the answers of create, update, delete. */
  one: SparseField[];
}

const UNIT_SCALARS = ['id', 'code', 'name', 'shortName', 'kind', 'level', 'parentId', 'validFrom', 'validTo', 'dataset'];
const UNIT_BRIEF = ['id', 'code', 'name', 'kind', 'level', 'validFrom', 'validTo', { parent: ['id', 'name'] }];

const ORGANIZATION_SCALARS = [
  'id',
  'code',
  'name',
  'shortName',
  'kind',
  'sector',
  'parentId',
  'unitId',
  'validFrom',
  'validTo',
  'note',
  'isReference',
  'version',
  'createdAt',
  'updatedAt',
];
const ORGANIZATION_BRIEF = ['id', 'code', 'name', 'validFrom', 'validTo'];

export const RESOURCE_FIELDS: Record<string, ResourceFields> = {
  AdministrativeUnit: {
    list: [...UNIT_SCALARS, { parent: ['id', 'name'] }],
    one: [
      ...UNIT_SCALARS,
      { parent: ['id', 'name'] },
      { ancestors: ['id', 'name', 'level'] },
      'successorLinks',
      'predecessorLinks',
      { successors: UNIT_BRIEF },
      { predecessors: UNIT_BRIEF },
    ],
  },
  Organization: {
    list: ORGANIZATION_SCALARS,
    one: [
      ...ORGANIZATION_SCALARS,
      { ancestors: ['id', 'name'] },
      { successors: ORGANIZATION_BRIEF },
      { predecessors: ORGANIZATION_BRIEF },
    ],
  },
};
