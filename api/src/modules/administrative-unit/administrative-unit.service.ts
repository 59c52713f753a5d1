import type { Db } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { parseId } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService } from '../../graphql/resource/resource-resolver';
import { unitLoaders } from './administrative-unit.loaders';
import { unitListSpec } from './administrative-unit.repository';
import type { AdministrativeUnit, AdministrativeUnitFilter } from './administrative-unit.type';

export class AdministrativeUnitService implements ResourceService<AdministrativeUnit, AdministrativeUnitFilter> {
  constructor(private readonly ctx: RequestContext) {}

  async findById(id: string): Promise<AdministrativeUnit | null> {
    return unitLoaders(this.ctx).byId.load(id);
  }

  findPage(args: PageArgs<AdministrativeUnitFilter>) {
    return findPage<AdministrativeUnit, AdministrativeUnitFilter>(this.ctx.db, unitListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<AdministrativeUnitFilter>, withTotal: boolean) {
    return findConnection<AdministrativeUnit, AdministrativeUnitFilter>(this.ctx.db, unitListSpec, args, this.ctx.scope, withTotal);
  }
}

/**
 * A territorial unit given by id, or by GSO code read on a date (codes were reused by the 2025 reform):
 * its id, null when neither is given; refused when both are, when the code is malformed or unknown that day.
 */
export async function resolveUnitRef(db: Db, ref: { unitId?: string | null; unitCode?: string | null }, on: string): Promise<string | null> {
  const unitId = ref.unitId == null ? null : parseId(ref.unitId, 'unitId');
  if (ref.unitCode == null) return unitId;
  if (unitId !== null) throw new AppError('INVALID_VALUE', { field: 'unitCode', value: ref.unitCode.slice(0, 10) }, 'unitCode');
  if (!/^([0-9]{2}|[0-9]{3}|[0-9]{5})$/.test(ref.unitCode)) throw new AppError('INVALID_CODE', { value: ref.unitCode.slice(0, 10), expected: 'GSO code' }, 'unitCode');
  const [row] = await db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE code = $1 AND validity @> $2::date ORDER BY id LIMIT 1`, [ref.unitCode, on]);
  if (!row) throw new AppError('NOT_FOUND', { resource: 'AdministrativeUnit', id: `${ref.unitCode}@${on}` }, 'unitCode');
  return row.id;
}
