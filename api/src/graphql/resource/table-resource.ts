import { foldVietnamese, SUBJECT_KINDS, type ErrorCode } from '@exemplar/shared';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Db } from '../../db';
import { indexById, type RequestContext } from '../context';
import { AppError, fromDatabaseError, notFound } from '../errors';
import { cleanText, parseDate, parseId } from '../input';
import { conditions } from '../list/conditions';
import { scoped, type JurisdictionSql } from '../list/scope';
import { findConnection, findPage } from '../list/list-repository';
import type { CursorArgs, PageArgs } from '../list/list-query';
import type { ListSpec, SortableField, SqlType } from '../list/list-spec';
import { SqlParams } from '../list/sql-params';
import { createResourceResolvers, type ResourceService, type WritableService } from './resource-resolver';

/**
 * Resources that are one table each (the achievement record, the catalogue) are declared, not
 * hand-written: a spec lists the columns with their GraphQL type, whether they are written, filtered
 * or sorted, and how they are checked; from it come the object, filter and argument types, the list
 * spec, and a service with version-checked writes. Relations and domain verbs stay hand-written.
 */

export type ColumnType = 'id' | 'text' | 'int' | 'float' | 'bool' | 'date' | 'datetime' | 'textArray' | 'idArray';

export interface ColumnSpec {
  column: string;
  type: ColumnType;
  description?: string;
  nullable?: boolean;
  /** Accepted in create/update arguments. */
  writable?: boolean;
  /** Must be given on create. */
  required?: boolean;
  sortable?: boolean;
  /** Exact-match filter field of the same name. */
  filterable?: boolean;
  maxLength?: number;
  /** Allowed values (codes of a closed vocabulary). */
  oneOf?: readonly string[];
  /** Shape of a code. */
  pattern?: RegExp;
  /** Integer bounds. */
  min?: number;
  max?: number;
  /** The table an `id`/code column points to (checked before writing, named in the error). */
  references?: { table: string; key?: string; resource: string };
}

export interface TableResourceSpec {
  type: string;
  description: string;
  table: string;
  alias: string;
  fields: Record<string, ColumnSpec>;
  /** Facts of one subject: adds subjectKind/subjectId (person, organization or household). */
  subject?: boolean;
  /**
   * The rows a jurisdiction owns, as a condition on the table's alias (the row-level security policy
   * says the same). Facts of a subject follow their subject; without either, the table is shared
   * reference data (the catalogue).
   */
  jurisdiction?: (alias: string, j: JurisdictionSql) => string;
  /** Fields folded into `search_text` for the `q` filter. */
  search?: string[];
  /** The table has `version` and `updated_at`: updates are version-checked. */
  versioned?: boolean;
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  maxPerPage?: number;
  readOnly?: boolean;
  /** Named constraints (unique, check) and the error each one raises, naming the field. */
  unique?: { constraint: string; code: ErrorCode; field: string }[];
}

const SUBJECT_TABLES: Record<(typeof SUBJECT_KINDS)[number], { column: string; table: string; prefix: string }> = {
  CA_NHAN: { column: 'person_id', table: 'person', prefix: 'P' },
  TAP_THE: { column: 'organization_id', table: 'organization', prefix: 'O' },
  HO_GIA_DINH: { column: 'household_id', table: 'household', prefix: 'H' },
};

function graphQLType(type: ColumnType) {
  switch (type) {
    case 'id':
      return ID;
    case 'text':
      return String;
    case 'int':
      return Int;
    case 'float':
      return Float;
    case 'bool':
      return Boolean;
    case 'date':
      return GraphQLLocalDate;
    case 'datetime':
      return GraphQLDateTime;
    case 'textArray':
      return [String];
    case 'idArray':
      return [ID];
  }
}

const SQL_TYPE: Record<ColumnType, SqlType | 'boolean' | 'numeric' | 'text[]' | 'bigint[]'> = {
  id: 'bigint',
  text: 'text',
  int: 'integer',
  float: 'numeric',
  bool: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
  textArray: 'text[]',
  idArray: 'bigint[]',
};

function selectExpression(alias: string, field: string, spec: ColumnSpec): string {
  const column = `${alias}.${spec.column}`;
  switch (spec.type) {
    case 'id':
    case 'date':
      return `${column}::text AS "${field}"`;
    case 'float':
      return `${column}::float8 AS "${field}"`;
    case 'idArray':
      return `${column}::text[] AS "${field}"`;
    default:
      return `${column} AS "${field}"`;
  }
}

function named<T extends ClassType>(cls: T, name: string): T {
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

interface Built {
  listSpec: ListSpec<Record<string, unknown>>;
  select: string;
}

function buildListSpec(spec: TableResourceSpec): Built {
  const a = spec.alias;
  const columns = Object.entries(spec.fields).map(([field, col]) => selectExpression(a, field, col));
  if (spec.subject) {
    columns.push(
      `CASE WHEN ${a}.person_id IS NOT NULL THEN 'CA_NHAN' WHEN ${a}.organization_id IS NOT NULL THEN 'TAP_THE' ELSE 'HO_GIA_DINH' END AS "subjectKind"`,
      `COALESCE(${a}.person_id, ${a}.organization_id, ${a}.household_id)::text AS "subjectId"`,
    );
  }
  const select = columns.join(', ');
  const sortable: Record<string, SortableField> = {};
  for (const [field, col] of Object.entries(spec.fields)) {
    if (!col.sortable) continue;
    const sqlType = SQL_TYPE[col.type];
    if (sqlType === 'boolean' || sqlType === 'numeric' || sqlType === 'text[]' || sqlType === 'bigint[]') continue;
    const fallback = { text: `''`, bigint: '0', integer: '0', date: `'-infinity'::date`, timestamptz: `'-infinity'::timestamptz` }[sqlType];
    sortable[field] = { sql: col.nullable ? `COALESCE(${a}.${col.column}, ${fallback})` : `${a}.${col.column}`, type: sqlType };
  }
  const listSpec: ListSpec<Record<string, unknown>> = {
    resource: spec.type,
    from: `${spec.table} ${a}`,
    alias: a,
    select,
    sortable,
    defaultSort: spec.defaultSort,
    maxPerPage: spec.maxPerPage ?? 500,
    where(filter, p) {
      const where: (string | null)[] = [];
      if (typeof filter.q === 'string' && spec.search) where.push(conditions.search(p, `${a}.search_text`, filter.q));
      if (Array.isArray(filter.ids)) where.push(conditions.ids(p, `${a}.id`, filter.ids));
      for (const [field, col] of Object.entries(spec.fields)) {
        const value = filter[field];
        if (!col.filterable || value === undefined || value === null) continue;
        where.push(`${a}.${col.column} = ${p.add(checkValue(field, col, value), SQL_TYPE[col.type])}`);
      }
      if (spec.subject) {
        const kind = filter.subjectKind as string | undefined | null;
        const id = filter.subjectId as string | undefined | null;
        if (kind != null) {
          const target = SUBJECT_TABLES[kind as keyof typeof SUBJECT_TABLES];
          if (!target) throw new AppError('INVALID_VALUE', { field: 'subjectKind', value: String(kind).slice(0, 20) }, 'filter.subjectKind');
          where.push(id != null ? `${a}.subject_key = ${p.add(target.prefix + parseId(id, 'filter.subjectId'))}` : `${a}.${target.column} IS NOT NULL`);
        } else if (id != null) {
          throw new AppError('REQUIRED', { field: 'subjectKind' }, 'filter.subjectKind');
        }
      }
      return where.filter((c): c is string => c !== null);
    },
    scope: (scope) =>
      spec.jurisdiction || spec.subject ? scoped(scope, (j) => spec.jurisdiction?.(a, j) ?? j.subject(a)) : null,
  };
  return { listSpec, select };
}

/** Checks one written or filtered value against its column spec; returns the value to store. */
function checkValue(field: string, col: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (col.type) {
    case 'id':
      return parseId(value, field);
    case 'date':
      return parseDate(String(value), field);
    case 'int': {
      const n = Number(value);
      if (!Number.isInteger(n) || (col.min !== undefined && n < col.min) || (col.max !== undefined && n > col.max)) {
        throw new AppError('INVALID_VALUE', { field, value: String(value).slice(0, 20) }, field);
      }
      return n;
    }
    case 'text': {
      const text = cleanText(String(value), field, col.maxLength ?? 10_000)!.trim();
      if (col.oneOf && !col.oneOf.includes(text)) throw new AppError('INVALID_VALUE', { field, value: text.slice(0, 40) }, field);
      if (col.pattern && !col.pattern.test(text)) throw new AppError('INVALID_CODE', { value: text.slice(0, 40), expected: String(col.pattern) }, field);
      return text;
    }
    case 'textArray':
      if (!Array.isArray(value)) throw new AppError('INVALID_VALUE', { field, value: '…' }, field);
      return value.map((v) => checkValue(field, { ...col, type: 'text' }, v));
    case 'idArray':
      if (!Array.isArray(value) || value.length > 500) throw new AppError('INVALID_VALUE', { field, value: '…' }, field);
      return [...new Set(value.map((v) => parseId(v, field)))];
    default:
      return value;
  }
}

class TableRepository {
  constructor(
    private readonly db: Db,
    private readonly spec: TableResourceSpec,
    private readonly select: string,
    /** The jurisdiction's condition, or null when unrestricted. */
    private readonly scopeSql: string | null = null,
  ) {}

  findByIds(ids: readonly string[]): Promise<{ id: string }[]> {
    const { alias: a, table } = this.spec;
    return this.db.query(`SELECT ${this.select} FROM ${table} ${a} WHERE ${a}.id = ANY($1::bigint[])${this.scopeSql ? ` AND (${this.scopeSql})` : ''}`, [ids]);
  }

  async exists(table: string, key: string, value: unknown): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM ${table} WHERE ${key} = $1`, [value])).length > 0;
  }

  async insert(values: Record<string, unknown>): Promise<string> {
    const p = new SqlParams();
    const columns = Object.keys(values);
    const placeholders = columns.map((c) => p.add(values[c]));
    const [{ id }] = await this.db.query<{ id: string }>(
      `INSERT INTO ${this.spec.table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id::text AS id`,
      p.values,
    );
    return id;
  }

  async update(id: string, values: Record<string, unknown>, expectedVersion: number | null): Promise<boolean> {
    const p = new SqlParams();
    const sets = Object.entries(values).map(([column, value]) => `${column} = ${p.add(value)}`);
    if (this.spec.versioned) sets.push('version = version + 1', 'updated_at = now()');
    if (sets.length === 0) return true;
    const versionCheck = this.spec.versioned ? ` AND (${p.add(expectedVersion, 'integer')} IS NULL OR version = ${p.add(expectedVersion, 'integer')})` : '';
    const rows = await this.db.query(
      `UPDATE ${this.spec.table} SET ${sets.join(', ')} WHERE id = ${p.add(id, 'bigint')}${versionCheck} RETURNING id`,
      p.values,
    );
    return rows.length === 1;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db.query(`DELETE FROM ${this.spec.table} WHERE id = $1 RETURNING id`, [id])).length === 1;
  }
}

type Row = { id: string } & Record<string, unknown>;

class TableService implements ResourceService<Row, Record<string, unknown>>, WritableService<Row, Record<string, unknown>, Record<string, unknown>> {
  constructor(
    private readonly ctx: RequestContext,
    private readonly spec: TableResourceSpec,
    private readonly built: Built,
  ) {}

  private repo(db: Db = this.ctx.db) {
    return new TableRepository(db, this.spec, this.built.select, this.built.listSpec.scope(this.ctx.scope, new SqlParams()));
  }

  findById(id: string): Promise<Row | null> {
    const loader = this.ctx.loaders.get<string, Row | null>(`${this.spec.type}.byId`, async (ids) =>
      indexById(ids, (await this.repo().findByIds(ids)) as Row[]),
    );
    return loader.load(id);
  }

  findPage(args: PageArgs<Record<string, unknown>>) {
    return findPage<Row, Record<string, unknown>>(this.ctx.db, this.built.listSpec, args, this.ctx.scope);
  }

  findConnection(args: CursorArgs<Record<string, unknown>>, withTotal: boolean) {
    return findConnection<Row, Record<string, unknown>>(this.ctx.db, this.built.listSpec, args, this.ctx.scope, withTotal);
  }

  /** Column values of the written fields, checked; `search_text` recomputed from the merged row. */
  private columns(input: Record<string, unknown>, creating: boolean, current?: Row): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [field, col] of Object.entries(this.spec.fields)) {
      if (!col.writable) continue;
      const given = input[field];
      if (given === undefined) {
        if (creating && col.required) throw new AppError('REQUIRED', { field }, field);
        continue;
      }
      const value = checkValue(field, col, given);
      if (col.required && (value === null || value === '')) throw new AppError('REQUIRED', { field }, field);
      values[col.column] = value;
    }
    if (this.spec.search) {
      const merged = { ...current, ...input };
      values.search_text = foldVietnamese(this.spec.search.map((f) => merged[f] ?? '').join(' '));
    }
    return values;
  }

  private async checkReferences(repo: TableRepository, input: Record<string, unknown>): Promise<void> {
    for (const [field, col] of Object.entries(this.spec.fields)) {
      const value = input[field];
      if (!col.references || value === undefined || value === null) continue;
      const key = col.references.key ?? 'id';
      const checked = checkValue(field, col, value);
      for (const one of Array.isArray(checked) ? checked : [checked]) {
        if (!(await repo.exists(col.references.table, key, one))) {
          throw new AppError('NOT_FOUND', { resource: col.references.resource, id: String(one) }, field);
        }
      }
    }
  }

  async create(input: Record<string, unknown>): Promise<Row> {
    return this.write(async (repo) => {
      const values = this.columns(input, true);
      if (this.spec.subject) {
        const target = SUBJECT_TABLES[input.subjectKind as keyof typeof SUBJECT_TABLES];
        if (!target) throw new AppError('INVALID_VALUE', { field: 'subjectKind', value: String(input.subjectKind).slice(0, 20) }, 'subjectKind');
        const subjectId = parseId(input.subjectId, 'subjectId');
        if (!(await repo.exists(target.table, 'id', subjectId))) throw notFound(input.subjectKind as string, subjectId);
        values[target.column] = subjectId;
      }
      await this.checkReferences(repo, input);
      const id = await repo.insert(values);
      return this.insideJurisdiction(repo, id);
    });
  }

  async update(id: string, input: Record<string, unknown>): Promise<Row> {
    return this.write(async (repo) => {
      const [current] = (await repo.findByIds([id])) as Row[];
      if (!current) throw notFound(this.spec.type, id);
      const version = (input.version as number | null | undefined) ?? null;
      if (this.spec.versioned && version !== null && current.version !== version) throw new AppError('CONFLICT');
      const values = this.columns(input, false, current);
      await this.checkReferences(repo, input);
      if (!(await repo.update(id, values, version ?? (current.version as number | null) ?? null))) throw new AppError('CONFLICT');
      return this.insideJurisdiction(repo, id);
    });
  }

  /**
   * The written row, read back within the caller's jurisdiction: a row the write placed outside it
   * (a person moved to another province) is refused and the transaction rolled back — the
   * application's own counterpart of the policies' WITH CHECK.
   */
  private async insideJurisdiction(repo: TableRepository, id: string): Promise<Row> {
    const [row] = (await repo.findByIds([id])) as Row[];
    if (!row) throw new AppError('FORBIDDEN');
    return row;
  }

  async delete(id: string): Promise<Row> {
    return this.write(async (repo) => {
      const [current] = (await repo.findByIds([id])) as Row[];
      if (!current) throw notFound(this.spec.type, id);
      await repo.delete(id);
      return current;
    });
  }

  private async write<T>(work: (repo: TableRepository) => Promise<T>): Promise<T> {
    try {
      return await this.ctx.db.transaction((tx) => work(this.repo(tx)));
    } catch (error) {
      if (error instanceof AppError) throw error;
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      const unique = this.spec.unique?.find((u) => u.constraint === constraint);
      if (unique) throw new AppError(unique.code, {}, unique.field);
      throw fromDatabaseError(error, { resource: this.spec.type }) ?? error;
    }
  }
}

/** The GraphQL types and resolvers of a table resource. */
export function createTableResource(spec: TableResourceSpec): { type: ClassType; resolvers: ClassType[]; listSpec: ListSpec<Record<string, unknown>> } {
  const ObjectClass = named(class {}, spec.type);
  for (const [field, col] of Object.entries(spec.fields)) {
    Field(() => graphQLType(col.type), { nullable: col.nullable ?? false, description: col.description })(ObjectClass.prototype, field);
  }
  if (spec.subject) {
    Field(() => String, { description: 'CA_NHAN (person), TAP_THE (organization) or HO_GIA_DINH (household).' })(ObjectClass.prototype, 'subjectKind');
    Field(() => ID)(ObjectClass.prototype, 'subjectId');
  }
  ObjectType(spec.type, { description: spec.description })(ObjectClass);

  const FilterClass = named(class {}, `${spec.type}Filter`);
  if (spec.search) Field(() => String, { nullable: true, description: 'Search, ignoring diacritics.' })(FilterClass.prototype, 'q');
  Field(() => [ID], { nullable: true })(FilterClass.prototype, 'ids');
  for (const [field, col] of Object.entries(spec.fields)) {
    if (col.filterable) Field(() => graphQLType(col.type), { nullable: true })(FilterClass.prototype, field);
  }
  if (spec.subject) {
    Field(() => String, { nullable: true })(FilterClass.prototype, 'subjectKind');
    Field(() => ID, { nullable: true })(FilterClass.prototype, 'subjectId');
  }
  InputType(`${spec.type}Filter`)(FilterClass);

  const built = buildListSpec(spec);
  const service = (ctx: RequestContext) => new TableService(ctx, spec, built);

  if (spec.readOnly) {
    return {
      type: ObjectClass,
      listSpec: built.listSpec,
      resolvers: createResourceResolvers({ type: ObjectClass, filter: FilterClass, service }),
    };
  }

  const CreateArgs = named(class {}, `Create${spec.type}Args`);
  const UpdateArgs = named(class {}, `Update${spec.type}Args`);
  Field(() => ID)(UpdateArgs.prototype, 'id');
  if (spec.versioned) Field(() => Int, { nullable: true, description: 'The version read; a stale one gets CONFLICT.' })(UpdateArgs.prototype, 'version');
  if (spec.subject) {
    Field(() => String)(CreateArgs.prototype, 'subjectKind');
    Field(() => ID)(CreateArgs.prototype, 'subjectId');
  }
  for (const [field, col] of Object.entries(spec.fields)) {
    if (!col.writable) continue;
    Field(() => graphQLType(col.type), { nullable: !col.required, description: col.description })(CreateArgs.prototype, field);
    Field(() => graphQLType(col.type), { nullable: true, description: col.description })(UpdateArgs.prototype, field);
  }
  ArgsType()(CreateArgs);
  ArgsType()(UpdateArgs);

  return {
    type: ObjectClass,
    listSpec: built.listSpec,
    resolvers: createResourceResolvers({
      type: ObjectClass,
      filter: FilterClass,
      service,
      writes: { createArgs: CreateArgs, updateArgs: UpdateArgs as ClassType<{ id: string }>, service },
    }),
  };
}
