import type { OrganizationSelector } from '@exemplar/shared';
import type { SqlParams } from '../../graphql/list/sql-params';

/**
 * A plan's organization selector as SQL conditions on `organization ${alias}` (every given criterion
 * must hold; lists inside one are alternatives). Units are read on the date the plan names them, and
 * cover their whole subtree. An empty selector selects every organization.
 */
export function selectorSql(selector: OrganizationSelector, p: SqlParams, alias = 'o'): string {
  const where: string[] = [];
  if (selector.organizations?.length) where.push(`${alias}.code = ANY(${p.add(selector.organizations, 'text[]')})`);
  if (selector.within) {
    where.push(`${alias}.id IN (SELECT c.descendant_id FROM organization_closure c JOIN organization w ON w.id = c.ancestor_id
      WHERE w.code = ${p.add(selector.within)} AND c.depth > 0)`);
  }
  if (selector.kinds?.length) where.push(`${alias}.kind_code = ANY(${p.add(selector.kinds, 'text[]')})`);
  if (selector.sectors?.length) where.push(`${alias}.sector_code = ANY(${p.add(selector.sectors, 'text[]')})`);
  if (selector.excludeSectors?.length) where.push(`(${alias}.sector_code IS NULL OR NOT ${alias}.sector_code = ANY(${p.add(selector.excludeSectors, 'text[]')}))`);
  if (selector.units?.length) {
    const units = selector.units.map((u) => `(u.code = ${p.add(u.gsoCode)} AND u.validity @> ${p.add(u.validOn, 'date')})`).join(' OR ');
    where.push(`${alias}.unit_id IN (SELECT c.descendant_id FROM administrative_unit_closure c JOIN administrative_unit u ON u.id = c.ancestor_id WHERE ${units})`);
  }
  if (selector.unitLevel) where.push(`${alias}.unit_id IN (SELECT id FROM administrative_unit WHERE level_code = ${p.add(selector.unitLevel)})`);
  return where.length ? where.join(' AND ') : 'true';
}
