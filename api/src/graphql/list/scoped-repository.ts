import type { Db } from '../../db';
import { AppError } from '../errors';
import { scoped, UNRESTRICTED, type JurisdictionSql, type Scope } from './scope';

/**
 * A repository whose reads by id and read-backs follow the caller's jurisdiction (row-level security
 * says the same underneath). Subclasses name their table's condition.
 */
export abstract class ScopedRepository<T> {
  constructor(
    protected readonly db: Db,
    /** The caller's jurisdiction. */
    protected readonly scope: Scope = UNRESTRICTED,
  ) {}

  /** The rows of this table the jurisdiction owns, on the alias the repository's queries use. */
  protected abstract jurisdiction(j: JurisdictionSql): string;

  /** ` AND <the jurisdiction's condition>`, or nothing when unrestricted. */
  protected scoped(): string {
    const condition = scoped(this.scope, (j) => this.jurisdiction(j));
    return condition ? ` AND ${condition}` : '';
  }

  abstract findByIds(ids: readonly string[]): Promise<T[]>;

  /**
   * A row just written, read back within the caller's jurisdiction: one the write placed outside it
   * is refused (FORBIDDEN) and the transaction rolled back — the application's own WITH CHECK.
   */
  async written(id: string): Promise<T> {
    const [row] = await this.findByIds([id]);
    if (!row) throw new AppError('FORBIDDEN');
    return row;
  }
}
