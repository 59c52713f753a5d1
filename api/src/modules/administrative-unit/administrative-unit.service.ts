import type { RequestContext } from '../../graphql/context';
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
