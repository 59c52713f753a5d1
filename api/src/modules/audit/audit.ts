import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { scoped, type JurisdictionSql } from '../../graphql/list/scope';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { indexById, type RequestContext } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { conditions } from '../../graphql/list/conditions';
import { findConnection, findPage } from '../../graphql/list/list-repository';
import type { CursorArgs, PageArgs } from '../../graphql/list/list-query';
import type { ListSpec } from '../../graphql/list/list-spec';
import { createResourceResolvers, type ResourceService } from '../../graphql/resource/resource-resolver';

@ObjectType({ description: 'One change of the audit trail: who, on whose behalf, under which grants, what, when, before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime)
  occurredAt!: Date;

  @Field(() => String, { description: '"user:<id>:<name>", "api_key:<id>:<name>", "anonymous" or "system" (reference data, migrations).' })
  actor!: string;

  @Field(() => String, { nullable: true })
  onBehalfOf!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The grants the actor acted under.' })
  jurisdiction!: unknown;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String)
  tableName!: string;

  @Field(() => String, { nullable: true })
  rowId!: string | null;

  @Field(() => String, { description: 'INSERT, UPDATE or DELETE.' })
  action!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The row before (secrets and bulky columns left out).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;

  @Field(() => String, { description: 'Changes in one transaction share it.' })
  transactionId!: string;
}

@InputType()
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'organization, plan, nomination…' })
  tableName?: string | null;

  @Field(() => String, { nullable: true })
  rowId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact actor, e.g. "user:3:Nguyễn Văn A".' })
  actor?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  to?: Date | null;
}

const COLUMNS = `a.id::text AS id, a.occurred_at AS "occurredAt", a.actor, a.on_behalf_of AS "onBehalfOf", a.jurisdiction, a.request_id AS "requestId",
  a.table_name AS "tableName", a.row_id AS "rowId", a.action, a.before, a.after, a.transaction_id::text AS "transactionId"`;

const row = (table: string, condition: (alias: string) => string) =>
  `WHEN '${table}' THEN EXISTS (SELECT 1 FROM ${table} r WHERE r.id = a.row_id::bigint AND ${condition('r')})`;

/** The entries of records the jurisdiction can see (deleted records: national administrators only). */
function auditVisible(j: JurisdictionSql): string {
  const subject = ['award_record', 'annual_rating', 'discipline', 'cultural_title', 'subject_flag', 'yearly_metric', 'attestation'];
  return `CASE WHEN a.row_id !~ '^[0-9]{1,18}$' THEN false ELSE CASE a.table_name
    ${row('organization', (r) => j.organization(r))}
    ${row('person', (r) => j.person(r))}
    ${row('household', (r) => j.unit(`${r}.unit_id`))}
    ${row('position', (r) => j.org(`${r}.organization_id`))}
    ${row('plan', (r) => j.plan(r))}
    ${row('exemplar', (r) => j.exemplar(r))}
    ${row('nomination', (r) => j.nomination(r))}
    ${row('council', (r) => j.org(`${r}.organization_id`))}
    ${row('council_session', (r) => `EXISTS (SELECT 1 FROM council c WHERE c.id = ${r}.council_id AND ${j.org('c.organization_id')})`)}
    ${row('award_decision', (r) => j.org(`${r}.issuing_organization_id`))}
    ${subject.map((t) => row(t, (r) => j.subject(r))).join('\n    ')}
    ELSE false END END`;
}

const auditListSpec: ListSpec<AuditEntryFilter> = {
  resource: 'AuditEntry',
  from: 'audit_log a',
  alias: 'a',
  select: COLUMNS,
  sortable: { id: { sql: 'a.id', type: 'bigint' }, occurredAt: { sql: 'a.occurred_at', type: 'timestamptz' } },
  defaultSort: { field: 'id', order: 'DESC' },
  maxPerPage: 500,
  where(filter, p) {
    const where: string[] = [];
    if (filter.ids != null) where.push(conditions.ids(p, 'a.id', filter.ids));
    if (filter.tableName != null) where.push(conditions.code(p, 'a.table_name', filter.tableName, /^[a-z_]{1,63}$/, 'tableName'));
    if (filter.rowId != null) {
      if (!/^[0-9]{1,18}$/.test(filter.rowId)) throw new AppError('INVALID_ID', { value: filter.rowId.slice(0, 20) }, 'filter.rowId');
      where.push(`a.row_id = ${p.add(filter.rowId)}`);
    }
    if (filter.actor != null) where.push(`a.actor = ${p.add(filter.actor.slice(0, 300))}`);
    if (filter.action != null) where.push(conditions.code(p, 'a.action', filter.action, /^(INSERT|UPDATE|DELETE)$/, 'action'));
    if (filter.from != null) where.push(`a.occurred_at >= ${p.add(filter.from, 'timestamptz')}`);
    if (filter.to != null) where.push(`a.occurred_at <= ${p.add(filter.to, 'timestamptz')}`);
    return where;
  },
  // A jurisdiction reads the trail of the records it can see (deleted records: national administrators).
  scope: (scope) => scoped(scope, auditVisible),
};

class AuditService implements ResourceService<AuditEntry, AuditEntryFilter> {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<AuditEntry | null> {
    return this.ctx.loaders
      .get<string, AuditEntry | null>('audit.byId', async (ids) => indexById(ids, await this.ctx.db.query<AuditEntry>(`SELECT ${COLUMNS} FROM audit_log a WHERE a.id = ANY($1::bigint[])`, [ids])))
      .load(id);
  }

  findPage(args: PageArgs<AuditEntryFilter>) {
    return findPage<AuditEntry, AuditEntryFilter>(this.ctx.db, auditListSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<AuditEntryFilter>, withTotal: boolean) {
    return findConnection<AuditEntry, AuditEntryFilter>(this.ctx.db, auditListSpec, args, this.ctx.scope, withTotal);
  }
}

/** The audit trail in the react-admin grammar (read only): a record's history is `allAuditEntries(filter: { tableName, rowId })`. */
export const auditResolvers = createResourceResolvers({ type: AuditEntry, filter: AuditEntryFilter, service: (ctx) => new AuditService(ctx) });
