import pluralize from 'pluralize';

/**
 * The react-admin GraphQL grammar (ra-data-graphql-simple) for one resource type.
 * The server's resolver factory and the console both derive names from here, so they cannot disagree.
 */
export interface OperationNames {
  type: string;
  one: string;
  list: string;
  meta: string;
  create: string;
  update: string;
  delete: string;
  /** Relay-style cursor connection for downstream apps. */
  connection: string;
  filterType: string;
  connectionType: string;
  edgeType: string;
}

export function operationNames(type: string): OperationNames {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type)) throw new Error(`Not a GraphQL type name: ${type}`);
  const plural = pluralize(type);
  return {
    type,
    one: type,
    list: `all${plural}`,
    meta: `_all${plural}Meta`,
    create: `create${type}`,
    update: `update${type}`,
    delete: `delete${type}`,
    connection: plural.charAt(0).toLowerCase() + plural.slice(1),
    filterType: `${type}Filter`,
    connectionType: `${type}Connection`,
    edgeType: `${type}Edge`,
  };
}
