import { canAdvanceExemplar, foldVietnamese, isExemplarStage, type ExemplarStage } from '@exemplar/shared';
import { UNRESTRICTED, type Scope } from '../../graphql/list/scope';
import type { Db } from '../../db';
import { indexById, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { cleanText, parseDate, parseId, requireText, vietnamDay } from '../../graphql/input';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ResourceService, WritableService } from '../../graphql/resource/resource-resolver';
import { resolveUnitRef } from '../administrative-unit/administrative-unit.service';
import { exemplarListSpec, ExemplarRepository, SUBJECT_COLUMN, type ExemplarRow } from './exemplar.repository';
import type { CreateExemplarArgs, Exemplar, ExemplarFilter, UpdateExemplarArgs } from './exemplar.type';

const DISCOVERED_VIA = ['EMULATION_MOVEMENT', 'PRESS_REPORT', 'INSPECTION', 'UNIT_PROPOSAL', 'OTHER'];

function checkFields(fields: readonly string[] | null | undefined): string[] | undefined {
  if (fields == null) return undefined;
  for (const f of fields) if (!/^[A-Z0-9_]{1,64}$/.test(f)) throw new AppError('INVALID_VALUE', { field: 'fields', value: f.slice(0, 40) }, 'fields');
  return [...new Set(fields)];
}

/**
 * Moves an exemplar to another stage inside the caller's transaction: refused unless the lifecycle
 * allows it (nothing changes), recorded with who, when, why and what caused it.
 */
export async function advanceExemplarIn(
  tx: Db,
  id: string,
  expectedVersion: number | null,
  to: ExemplarStage,
  meta: { reason: string; author: string; source?: string | null },
  /** The caller's jurisdiction (the row must be inside it). */
  scope: Scope = UNRESTRICTED,
): Promise<Exemplar> {
  const repo = new ExemplarRepository(tx, scope);
  const current = await repo.findForUpdate(id);
  if (!current) throw notFound('Exemplar', id);
  if (expectedVersion !== null && current.version !== expectedVersion) throw new AppError('CONFLICT');
  const from = current.stage as ExemplarStage;
  if (!canAdvanceExemplar(from, to)) throw new AppError('EXEMPLAR_TRANSITION_REFUSED', { from, to }, 'stage', { from, to });
  if (!(await repo.setStage(id, current.version, to))) throw new AppError('CONFLICT');
  await repo.addTransition({ exemplarId: id, from, to, ...meta });
  return await repo.written(id);
}

export class ExemplarService implements ResourceService<Exemplar, ExemplarFilter>, WritableService<Exemplar, CreateExemplarArgs, Omit<UpdateExemplarArgs, 'id'>> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<Exemplar | null> {
    const repo = new ExemplarRepository(this.ctx.db, this.ctx.scope);
    return this.ctx.loaders.get<string, Exemplar | null>('exemplar.byId', async (ids) => indexById(ids, await repo.findByIds(ids))).load(id);
  }

  findPage(args: PageArgs<ExemplarFilter>) {
    return findPage<Exemplar, ExemplarFilter>(this.ctx.db, exemplarListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<ExemplarFilter>, withTotal: boolean) {
    return findConnection<Exemplar, ExemplarFilter>(this.ctx.db, exemplarListSpec, args, this.ctx.scope, withTotal);
  }

  private async checkRefs(repo: ExemplarRepository, input: { planId?: string | null; organizationInChargeId?: string | null; unitId?: string | null; fields?: string[] | null }) {
    if (input.fields?.length) {
      const known = await repo.knownFields(input.fields);
      const unknown = input.fields.find((f) => !known.includes(f));
      if (unknown) throw new AppError('NOT_FOUND', { resource: 'ActivityField', id: unknown.slice(0, 64) }, 'fields');
    }
    const refs: [keyof typeof input, 'plan' | 'organization' | 'administrative_unit', string][] = [
      ['planId', 'plan', 'Plan'],
      ['organizationInChargeId', 'organization', 'Organization'],
      ['unitId', 'administrative_unit', 'AdministrativeUnit'],
    ];
    for (const [field, table, resource] of refs) {
      const value = input[field];
      if (value == null) continue;
      if (!(await repo.exists(table, parseId(value, field)))) throw new AppError('NOT_FOUND', { resource, id: String(value) }, field);
    }
  }

  /** Records a discovered exemplar as a candidate; the first transition says how it was found. */
  async create(input: CreateExemplarArgs): Promise<Exemplar> {
    const via = input.discoveredVia;
    if (!DISCOVERED_VIA.includes(via)) throw new AppError('INVALID_VALUE', { field: 'discoveredVia', value: via.slice(0, 40) }, 'discoveredVia');
    const modelName = input.modelName == null ? null : requireText(input.modelName, 'modelName', 500);
    const description = cleanText(input.description ?? null, 'description', 10_000);
    const subject = input.subjectKind != null || input.subjectId != null;
    if (!subject && !modelName) throw new AppError('REQUIRED', { field: 'subjectId' }, 'subjectId');
    const author = input.author?.trim() ? requireText(input.author, 'author', 200) : 'exemplar';
    return this.ctx.db.transaction(async (tx) => {
      const repo = new ExemplarRepository(tx, this.ctx.scope);
      let subjectName = '';
      const row: ExemplarRow = {
        person_id: null,
        organization_id: null,
        household_id: null,
        model_name: modelName,
        description,
        plan_id: input.planId == null ? null : parseId(input.planId, 'planId'),
        fields: checkFields(input.fields) ?? [],
        discovered_via: via,
        discovered_on: parseDate(input.discoveredOn, 'discoveredOn'),
        organization_in_charge_id: input.organizationInChargeId == null ? null : parseId(input.organizationInChargeId, 'organizationInChargeId'),
        unit_id: input.unitId == null ? null : parseId(input.unitId, 'unitId'),
        search_text: '',
      };
      if (subject) {
        const kind = input.subjectKind ?? '';
        const column = SUBJECT_COLUMN[kind];
        if (!column) throw new AppError('INVALID_VALUE', { field: 'subjectKind', value: kind.slice(0, 20) }, 'subjectKind');
        const id = parseId(input.subjectId, 'subjectId');
        const name = await repo.subjectName(kind, id);
        if (name === null) throw new AppError('NOT_FOUND', { resource: kind, id }, 'subjectId');
        row[column] = id;
        subjectName = name;
      }
      await this.checkRefs(repo, input);
      row.search_text = foldVietnamese([subjectName, modelName ?? '', description ?? ''].join(' '));
      const id = await repo.insert(row);
      await repo.addTransition({ exemplarId: id, from: null, to: 'CANDIDATE', reason: `Phát hiện / discovered: ${via}`, author });
      return await repo.written(id);
    });
  }

  async update(id: string, input: Omit<UpdateExemplarArgs, 'id'>): Promise<Exemplar> {
    const changes: Partial<ExemplarRow> = {
      model_name: input.modelName === undefined ? undefined : input.modelName === null ? null : requireText(input.modelName, 'modelName', 500),
      description: input.description === undefined ? undefined : cleanText(input.description, 'description', 10_000),
      plan_id: input.planId === undefined ? undefined : input.planId === null ? null : parseId(input.planId, 'planId'),
      fields: checkFields(input.fields),
      discovered_on: input.discoveredOn === undefined ? undefined : parseDate(input.discoveredOn, 'discoveredOn'),
      organization_in_charge_id: input.organizationInChargeId === undefined ? undefined : input.organizationInChargeId === null ? null : parseId(input.organizationInChargeId, 'organizationInChargeId'),
      unit_id: input.unitId === undefined ? undefined : input.unitId === null ? null : parseId(input.unitId, 'unitId'),
    };
    return this.ctx.db.transaction(async (tx) => {
      const repo = new ExemplarRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Exemplar', id);
      if (current.version !== input.version) throw new AppError('CONFLICT');
      await this.checkRefs(repo, input);
      const modelName = changes.model_name === undefined ? current.modelName : changes.model_name;
      if (!current.subjectKind && !modelName) throw new AppError('REQUIRED', { field: 'modelName' }, 'modelName');
      const subjectName = current.subjectKind ? ((await repo.subjectName(current.subjectKind, current.subjectId!)) ?? '') : '';
      const description = changes.description === undefined ? current.description : changes.description;
      changes.search_text = foldVietnamese([subjectName, modelName ?? '', description ?? ''].join(' '));
      if (!(await repo.update(id, input.version, changes))) throw new AppError('CONFLICT');
      return await repo.written(id);
    });
  }

  /** Only a candidate nobody has nominated yet is deleted; later stages are archived or withdrawn. */
  async delete(id: string): Promise<Exemplar> {
    return this.ctx.db.transaction(async (tx) => {
      const repo = new ExemplarRepository(tx, this.ctx.scope);
      const current = await repo.findForUpdate(id);
      if (!current) throw notFound('Exemplar', id);
      if (current.stage !== 'CANDIDATE') throw new AppError('EXEMPLAR_TRANSITION_REFUSED', { from: current.stage, to: 'DELETED' }, 'stage', { from: current.stage, to: 'DELETED' });
      if ((await tx.query(`SELECT 1 FROM nomination WHERE exemplar_id = $1 LIMIT 1`, [id])).length) throw new AppError('IN_USE', { resource: 'Exemplar' }, 'id');
      await tx.query(`DELETE FROM exemplar WHERE id = $1`, [id]);
      return current;
    });
  }

  async recognisedIn(where: { unitId?: string | null; unitCode?: string | null; date?: string | null }, first: number): Promise<Exemplar[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new AppError('PAGE_SIZE_TOO_LARGE', { max: 500, requested: first }, 'first');
    const unitId = await resolveUnitRef(this.ctx.db, where, parseDate(where.date, 'date') ?? vietnamDay(this.ctx.now()));
    if (unitId === null) throw new AppError('REQUIRED', { field: 'unitCode' }, 'unitCode');
    return new ExemplarRepository(this.ctx.db, this.ctx.scope).findRecognisedIn(unitId, first);
  }

  advance(id: string, version: number, stage: string, reason: string, author: string): Promise<Exemplar> {
    if (!isExemplarStage(stage)) throw new AppError('INVALID_VALUE', { field: 'stage', value: stage.slice(0, 30) }, 'stage');
    const why = requireText(reason, 'reason', 2000);
    const who = requireText(author, 'author', 200);
    return this.ctx.db.transaction((tx) => advanceExemplarIn(tx, id, version, stage, { reason: why, author: who }, this.ctx.scope));
  }
}
