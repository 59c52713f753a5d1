import { safeParseCriteriaSet, type CriteriaSet as CriteriaSetDefinition } from '@exemplar/shared';
import type { Db } from '../../db';
import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AppError, fromDatabaseError, notFound } from '../../graphql/errors';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService, WritableService } from '../../graphql/resource/resource-resolver';
import { criteriaSetListSpec, CriteriaSetRepository, criterionListSpec } from './criteria-set.repository';
import type { CriteriaSet, CriteriaSetFilter, Criterion, CriterionFilter } from './criteria-set.type';

export function criteriaLoaders(ctx: RequestContext) {
  const repo = new CriteriaSetRepository(ctx.db);
  return {
    setById: ctx.loaders.get<string, CriteriaSet | null>('criteriaSet.byId', async (ids) => indexById(ids, await repo.findByIds(ids))),
    criteriaOfSet: ctx.loaders.get<string, Criterion[]>('criteriaSet.criteria', async (ids) => groupByKey(ids, await repo.findCriteria(ids))),
  };
}

/** Validates a set's JSON form; refuses it with every offending path, in both languages. */
export function validateDefinition(json: unknown): CriteriaSetDefinition {
  const parsed = safeParseCriteriaSet(json);
  if (parsed.ok) return parsed.value;
  throw new AppError('INVALID_CRITERIA', { detail: parsed.issues.map((i) => i.path || '(root)').join(', ') }, 'definition', {
    issues: parsed.issues.map(({ path, code, vi, en }) => ({ path, code, vi, en })),
  });
}

export class CriteriaSetService
  implements ResourceService<CriteriaSet, CriteriaSetFilter>, WritableService<CriteriaSet, { definition: unknown }, { version?: number | null; definition?: unknown }>
{
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<CriteriaSet | null> {
    return criteriaLoaders(this.ctx).setById.load(id);
  }

  findPage(args: PageArgs<CriteriaSetFilter>) {
    return findPage<CriteriaSet, CriteriaSetFilter>(this.ctx.db, criteriaSetListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<CriteriaSetFilter>, withTotal: boolean) {
    return findConnection<CriteriaSet, CriteriaSetFilter>(this.ctx.db, criteriaSetListSpec, args, this.ctx.scope, withTotal);
  }

  async create(input: { definition: unknown }): Promise<CriteriaSet> {
    const definition = validateDefinition(input.definition);
    return this.write(async (repo) => {
      if (await repo.codeTaken(definition.code, null)) throw new AppError('DUPLICATE_CODE', { value: definition.code }, 'definition.code');
      const id = await repo.insert({ origin: 'USER', awardTypeCode: null, isReference: false, definition });
      return (await repo.findByIds([id]))[0];
    });
  }

  async update(id: string, input: { version?: number | null; definition?: unknown }): Promise<CriteriaSet> {
    return this.write(async (repo) => {
      const [current] = await repo.findByIds([id]);
      if (!current) throw notFound('CriteriaSet', id);
      // Reference sets follow their source (the loader rewrites them when it changes): edits would be lost.
      if (current.isReference) throw new AppError('REFERENCE_READ_ONLY');
      if (input.version != null && input.version !== current.version) throw new AppError('CONFLICT');
      if (input.definition === undefined) return current;
      const definition = validateDefinition(input.definition);
      if (await repo.codeTaken(definition.code, id)) throw new AppError('DUPLICATE_CODE', { value: definition.code }, 'definition.code');
      if (!(await repo.replace(id, definition, input.version ?? current.version))) throw new AppError('CONFLICT');
      return (await repo.findByIds([id]))[0];
    });
  }

  async delete(id: string): Promise<CriteriaSet> {
    return this.write(async (repo) => {
      const [current] = await repo.findByIds([id]);
      if (!current) throw notFound('CriteriaSet', id);
      if (current.isReference) throw new AppError('REFERENCE_READ_ONLY');
      await repo.delete(id);
      return current;
    });
  }

  private async write<T>(work: (repo: CriteriaSetRepository, tx: Db) => Promise<T>): Promise<T> {
    try {
      return await this.ctx.db.transaction((tx) => work(new CriteriaSetRepository(tx), tx));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw fromDatabaseError(error, { resource: 'CriteriaSet' }) ?? error;
    }
  }
}

export class CriterionService implements ResourceService<Criterion, CriterionFilter> {
  constructor(private readonly ctx: RequestContext) {}

  async findById(id: string): Promise<Criterion | null> {
    const page = await this.findPage({ filter: { ids: [id] } });
    return page.items[0] ?? null;
  }

  findPage(args: PageArgs<CriterionFilter>) {
    return findPage<Criterion, CriterionFilter>(this.ctx.db, criterionListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<CriterionFilter>, withTotal: boolean) {
    return findConnection<Criterion, CriterionFilter>(this.ctx.db, criterionListSpec, args, this.ctx.scope, withTotal);
  }
}
