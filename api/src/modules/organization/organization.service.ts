import { ORGANIZATION_CODE_PATTERN } from '@exemplar/shared';
import type { Db } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { AppError, fromDatabaseError, notFound } from '../../graphql/errors';
import { cleanText, parseDate, parseId, requireText } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService, WritableService } from '../../graphql/resource/resource-resolver';
import { organizationLoaders } from './organization.loaders';
import { organizationListSpec, OrganizationRepository, type OrganizationRow } from './organization.repository';
import type { Organization, OrganizationFilter, OrganizationInput, OrganizationPatch } from './organization.type';

/** Normalises and checks the writable fields; throws AppError naming the field. */
function cleanFields(input: Partial<OrganizationRow>): Partial<OrganizationRow> {
  const out: Partial<OrganizationRow> = {};
  if (input.code !== undefined) {
    const code = requireText(input.code, 'code', 64).toUpperCase();
    if (!ORGANIZATION_CODE_PATTERN.test(code)) {
      throw new AppError('INVALID_CODE', { value: code.slice(0, 64), expected: 'A–Z, 0–9, _ . -' }, 'code');
    }
    out.code = code;
  }
  if (input.name !== undefined) out.name = requireText(input.name, 'name', 500);
  if (input.shortName !== undefined) out.shortName = cleanText(input.shortName, 'shortName', 200)?.trim() || null;
  if (input.kind !== undefined) out.kind = requireText(input.kind, 'kind', 32);
  if (input.sector !== undefined) out.sector = cleanText(input.sector, 'sector', 32) || null;
  if (input.parentId !== undefined) out.parentId = input.parentId == null ? null : parseId(input.parentId, 'parentId');
  if (input.unitId !== undefined) out.unitId = input.unitId == null ? null : parseId(input.unitId, 'unitId');
  if (input.validFrom !== undefined) out.validFrom = parseDate(input.validFrom, 'validFrom');
  if (input.validTo !== undefined) out.validTo = parseDate(input.validTo, 'validTo');
  if (input.note !== undefined) out.note = cleanText(input.note, 'note', 4000) || null;
  return out;
}

export class OrganizationService
  implements ResourceService<Organization, OrganizationFilter>, WritableService<Organization, OrganizationInput, OrganizationPatch>
{
  constructor(private readonly ctx: RequestContext) {}

  async findById(id: string): Promise<Organization | null> {
    return organizationLoaders(this.ctx).byId.load(id);
  }

  findPage(args: PageArgs<OrganizationFilter>) {
    return findPage<Organization, OrganizationFilter>(this.ctx.db, organizationListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<OrganizationFilter>, withTotal: boolean) {
    return findConnection<Organization, OrganizationFilter>(this.ctx.db, organizationListSpec, args, this.ctx.scope, withTotal);
  }

  async create(input: OrganizationInput): Promise<Organization> {
    const row = { shortName: null, sector: null, parentId: null, unitId: null, validFrom: null, validTo: null, note: null, ...cleanFields(input) } as OrganizationRow;
    return this.write(row.code, async (tx, repo) => {
      await this.checkReferences(repo, row, null);
      const id = await repo.insert(row);
      return this.reload(tx, id);
    });
  }

  async update(id: string, input: OrganizationPatch): Promise<Organization> {
    const { version, ...fields } = input;
    const patch = cleanFields(fields as Partial<OrganizationRow>);
    return this.write(patch.code, async (tx, repo) => {
      const [current] = await repo.findByIds([id]);
      if (!current) throw notFound('Organization', id);
      await repo.assertWritable(id);
      if (version != null && current.version !== version) throw new AppError('CONFLICT');
      const merged = { ...(current as unknown as OrganizationRow), ...patch };
      await this.checkReferences(repo, merged, id);
      const updated = await repo.update(id, patch, version ?? current.version, merged);
      if (!updated) throw new AppError('CONFLICT');
      return this.reload(tx, id);
    });
  }

  async delete(id: string): Promise<Organization> {
    return this.write(undefined, async (_tx, repo) => {
      const [current] = await repo.findByIds([id]);
      if (!current) throw notFound('Organization', id);
      await repo.assertWritable(id);
      const children = await repo.countChildren(id);
      if (children > 0) throw new AppError('HAS_CHILDREN', { count: children });
      await repo.delete(id);
      return current;
    });
  }

  private async checkReferences(repo: OrganizationRepository, row: OrganizationRow, id: string | null): Promise<void> {
    if (row.validFrom && row.validTo && row.validTo < row.validFrom) throw new AppError('INVALID_DATE_RANGE', {}, 'validTo');
    if (await repo.codeTaken(row.code, id)) throw new AppError('DUPLICATE_CODE', { value: row.code }, 'code');
    if (!(await repo.exists('organization_kind', row.kind))) throw new AppError('INVALID_VALUE', { field: 'kind', value: row.kind }, 'kind');
    if (row.sector && !(await repo.exists('sector', row.sector))) throw new AppError('INVALID_VALUE', { field: 'sector', value: row.sector }, 'sector');
    if (row.unitId && !(await repo.exists('administrative_unit', row.unitId))) throw notFound('AdministrativeUnit', row.unitId);
    if (row.parentId) {
      if (id && (row.parentId === id || (await repo.isInSubtree(id, row.parentId)))) throw new AppError('PARENT_CYCLE', {}, 'parentId');
      if ((await repo.findByIds([row.parentId])).length === 0) throw notFound('Organization', row.parentId);
    }
  }

  private async reload(tx: Db, id: string): Promise<Organization> {
    const [row] = await new OrganizationRepository(tx, this.ctx.scope).findByIds([id]);
    if (!row) throw notFound('Organization', id);
    return row;
  }

  /** Runs a write in one transaction; expected database refusals become domain errors. */
  private async write<T>(code: string | undefined, work: (tx: Db, repo: OrganizationRepository) => Promise<T>): Promise<T> {
    try {
      return await this.ctx.db.transaction((tx) => work(tx, new OrganizationRepository(tx, this.ctx.scope)));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw fromDatabaseError(error, { resource: 'Organization', code }) ?? error;
    }
  }
}
