import type { Db } from '../../db';
import { scoped, type Scope } from '../../graphql/list/scope';
import { groupByKey, indexById, type RequestContext } from '../../graphql/context';
import { AppError, fromDatabaseError } from '../../graphql/errors';
import { cleanText, parseDate, parseId, requireText } from '../../graphql/input';
import { conditions } from '../../graphql/list/conditions';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ListSpec } from '../../graphql/list/list-spec';
import type { ResourceService } from '../../graphql/resource/resource-resolver';
import { SUBJECT_COLUMN, subjectSelect } from '../exemplar/exemplar.repository';
import { advanceExemplarIn } from '../exemplar/exemplar.service';
import { moveNominationIn } from '../nomination/nomination.service';
import type { AwardDecision, AwardDecisionFilter, AwardDecisionSubject, IssueDecisionArgs } from './decision.type';

const COLUMNS = `d.id::text AS id, d.number, d.decided_on::text AS "decidedOn", d.signer_title AS "signerTitle", d.signer_name AS "signerName",
  d.issuing_organization_id::text AS "issuingOrganizationId", d.award_type_code AS "awardTypeCode", d.plan_id::text AS "planId", d.occasion, d.author,
  d.created_at AS "createdAt"`;

function scopedAnd(scope: Scope): string {
  const condition = scoped(scope, (j) => j.org('d.issuing_organization_id'));
  return condition ? ` AND ${condition}` : '';
}

export const decisionListSpec: ListSpec<AwardDecisionFilter> = {
  resource: 'AwardDecision',
  from: 'award_decision d',
  alias: 'd',
  select: COLUMNS,
  sortable: { id: { sql: 'd.id', type: 'bigint' }, decidedOn: { sql: 'd.decided_on', type: 'date' }, number: { sql: 'd.number', type: 'text' } },
  defaultSort: { field: 'decidedOn', order: 'DESC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: string[] = [];
    if (filter.ids != null) where.push(conditions.ids(p, 'd.id', filter.ids));
    if (filter.issuingOrganizationId != null) where.push(conditions.id(p, 'd.issuing_organization_id', filter.issuingOrganizationId, 'filter.issuingOrganizationId'));
    if (filter.planId != null) where.push(conditions.id(p, 'd.plan_id', filter.planId, 'filter.planId'));
    if (filter.awardTypeCode != null) where.push(conditions.code(p, 'd.award_type_code', filter.awardTypeCode, /^[A-Z0-9_]{1,64}$/, 'awardTypeCode'));
    if (filter.nominationId != null) where.push(`d.id IN (SELECT s.decision_id FROM award_decision_subject s WHERE ${conditions.id(p, 's.nomination_id', filter.nominationId, 'filter.nominationId')})`);
    if (filter.exemplarId != null) where.push(`d.id IN (SELECT s.decision_id FROM award_decision_subject s WHERE ${conditions.id(p, 's.exemplar_id', filter.exemplarId, 'filter.exemplarId')})`);
    return where;
  },
  scope: (scope) => scoped(scope, (j) => j.org('d.issuing_organization_id')),
};

interface Resolved {
  index: number;
  kind: string;
  subjectId: string;
  achievementKey: string;
  nominationId: string | null;
  exemplarId: string | null;
}

/** Whom an item rewards: the subject named, or the nomination's, or the exemplar's. */
async function resolveItem(tx: Db, item: IssueDecisionArgs['items'][number], index: number): Promise<Resolved> {
  const achievementKey = requireText(item.achievementKey, `items[${index}].achievementKey`, 200);
  const nominationId = item.nominationId == null ? null : parseId(item.nominationId, `items[${index}].nominationId`);
  let exemplarId = item.exemplarId == null ? null : parseId(item.exemplarId, `items[${index}].exemplarId`);
  let kind = item.subjectKind ?? null;
  let subjectId = item.subjectId == null ? null : parseId(item.subjectId, `items[${index}].subjectId`);
  const subjectOf = subjectSelect('x', 'kind', 'id');
  if (nominationId) {
    const [n] = await tx.query<{ kind: string | null; id: string | null; exemplar: string | null }>(`SELECT ${subjectOf}, x.exemplar_id::text AS exemplar FROM nomination x WHERE x.id = $1`, [nominationId]);
    if (!n) throw new AppError('NOT_FOUND', { resource: 'Nomination', id: nominationId }, `items[${index}].nominationId`);
    exemplarId ??= n.exemplar;
    if (!kind && n.kind) [kind, subjectId] = [n.kind, n.id];
  }
  if (exemplarId && !kind) {
    const [e] = await tx.query<{ kind: string | null; id: string | null }>(`SELECT ${subjectOf} FROM exemplar x WHERE x.id = $1`, [exemplarId]);
    if (!e) throw new AppError('NOT_FOUND', { resource: 'Exemplar', id: exemplarId }, `items[${index}].exemplarId`);
    if (e.kind) [kind, subjectId] = [e.kind, e.id];
  }
  if (!kind || !subjectId || !SUBJECT_COLUMN[kind]) throw new AppError('SUBJECT_REQUIRED_FOR_AWARD', { index }, `items[${index}]`);
  return { index, kind, subjectId, achievementKey, nominationId, exemplarId };
}

/**
 * Award decisions. Issuing one is a single transaction: the decision, an award record per subject
 * (one reward per achievement: a second one is refused, naming the item), each nomination decided and
 * each exemplar honoured. Anything refused on the way leaves nothing behind.
 */
export class DecisionService implements ResourceService<AwardDecision, AwardDecisionFilter> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<AwardDecision | null> {
    return this.ctx.loaders
      .get<string, AwardDecision | null>('decision.byId', async (ids) => indexById(ids, await this.ctx.db.query<AwardDecision>(`SELECT ${COLUMNS} FROM award_decision d WHERE d.id = ANY($1::bigint[])${scopedAnd(this.ctx.scope)}`, [ids])))
      .load(id);
  }

  findPage(args: PageArgs<AwardDecisionFilter>) {
    return findPage<AwardDecision, AwardDecisionFilter>(this.ctx.db, decisionListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<AwardDecisionFilter>, withTotal: boolean) {
    return findConnection<AwardDecision, AwardDecisionFilter>(this.ctx.db, decisionListSpec, args, this.ctx.scope, withTotal);
  }

  subjects(decisionId: string): Promise<AwardDecisionSubject[]> {
    return this.ctx.loaders
      .get<string, AwardDecisionSubject[]>('decision.subjects', async (ids) =>
        groupByKey(
          ids,
          await this.ctx.db.query(
            `SELECT s.award_record_id::text AS "awardRecordId", s.nomination_id::text AS "nominationId", s.exemplar_id::text AS "exemplarId",
                    ${subjectSelect('r')}, r.achievement_key AS "achievementKey", s.decision_id::text AS "__key"
             FROM award_decision_subject s JOIN award_record r ON r.id = s.award_record_id WHERE s.decision_id = ANY($1::bigint[]) ORDER BY s.decision_id, r.id`,
            [ids],
          ),
        ),
      )
      .load(decisionId);
  }

  async issue(input: IssueDecisionArgs): Promise<AwardDecision> {
    const number = requireText(input.number, 'number', 60);
    const decidedOn = parseDate(input.decidedOn, 'decidedOn')!;
    const author = requireText(input.author, 'author', 200);
    const issuer = parseId(input.issuingOrganizationId, 'issuingOrganizationId');
    if (!input.items.length || input.items.length > 1000) throw new AppError('INVALID_VALUE', { field: 'items', value: String(input.items.length) }, 'items');
    return this.ctx.db.transaction(async (tx) => {
      const [award] = await tx.query(`SELECT 1 FROM award_type WHERE code = $1`, [input.awardTypeCode]);
      if (!award) throw new AppError('NOT_FOUND', { resource: 'AwardType', id: input.awardTypeCode.slice(0, 64) }, 'awardTypeCode');
      if (!(await tx.query(`SELECT 1 FROM organization WHERE id = $1`, [issuer])).length) throw new AppError('NOT_FOUND', { resource: 'Organization', id: issuer }, 'issuingOrganizationId');
      const items: Resolved[] = [];
      for (const [i, item] of input.items.entries()) items.push(await resolveItem(tx, item, i));
      // One reward per achievement: within this decision, and against what the subject already has.
      const seen = new Set<string>();
      for (const item of items) {
        const key = `${item.kind}:${item.subjectId}:${item.achievementKey}`;
        if (seen.has(key)) throw new AppError('DUPLICATE_ACHIEVEMENT', {}, `items[${item.index}].achievementKey`);
        seen.add(key);
        const [taken] = await tx.query(`SELECT 1 FROM award_record WHERE ${SUBJECT_COLUMN[item.kind]} = $1 AND achievement_key = $2`, [item.subjectId, item.achievementKey]);
        if (taken) throw new AppError('DUPLICATE_ACHIEVEMENT', {}, `items[${item.index}].achievementKey`);
      }
      let decisionId: string;
      try {
        [{ id: decisionId }] = await tx.query<{ id: string }>(
          `INSERT INTO award_decision (number, decided_on, signer_title, signer_name, issuing_organization_id, award_type_code, plan_id, occasion, author)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id`,
          [
            number,
            decidedOn,
            cleanText(input.signerTitle ?? null, 'signerTitle', 300),
            cleanText(input.signerName ?? null, 'signerName', 200),
            issuer,
            input.awardTypeCode,
            input.planId == null ? null : parseId(input.planId, 'planId'),
            cleanText(input.occasion ?? null, 'occasion', 500),
            author,
          ],
        );
      } catch (error) {
        throw fromDatabaseError(error, { resource: 'AwardDecision', code: number }) ?? error;
      }
      for (const item of items) {
        let recordId: string;
        try {
          [{ id: recordId }] = await tx.query<{ id: string }>(
            `INSERT INTO award_record (${SUBJECT_COLUMN[item.kind]}, award_type_code, year, decision_number, decision_date, issuer_organization_id, occasion, achievement_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::text AS id`,
            [item.subjectId, input.awardTypeCode, Number(decidedOn.slice(0, 4)), number, decidedOn, issuer, input.occasion ?? null, item.achievementKey],
          );
        } catch (error) {
          // A concurrent decision took the same achievement between the check and the insert.
          if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw new AppError('DUPLICATE_ACHIEVEMENT', {}, `items[${item.index}].achievementKey`);
          throw error;
        }
        await tx.query(`INSERT INTO award_decision_subject (decision_id, award_record_id, nomination_id, exemplar_id) VALUES ($1, $2, $3, $4)`, [decisionId, recordId, item.nominationId, item.exemplarId]);
        const meta = { reason: `Quyết định ${number} ngày ${decidedOn} / decision`, author };
        if (item.nominationId) await moveNominationIn(tx, item.nominationId, null, 'DECIDED', meta);
        if (item.exemplarId) await advanceExemplarIn(tx, item.exemplarId, null, 'HONOURED', { ...meta, source: `DECISION:${decisionId}` });
      }
      const [decision] = await tx.query<AwardDecision>(`SELECT ${COLUMNS} FROM award_decision d WHERE d.id = $1`, [decisionId]);
      return decision;
    });
  }
}
