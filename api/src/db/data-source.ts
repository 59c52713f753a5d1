import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AdministrativeHierarchy1763700000000 } from './migrations/1763700000000-AdministrativeHierarchy';
import { AchievementRecord1763800000000 } from './migrations/1763800000000-AchievementRecord';
import { Plans1763900000000 } from './migrations/1763900000000-Plans';
import { PlanItems1764000000000 } from './migrations/1764000000000-PlanItems';
import { Exemplars1764100000000 } from './migrations/1764100000000-Exemplars';
import { Councils1764200000000 } from './migrations/1764200000000-Councils';
import { Identity1764300000000 } from './migrations/1764300000000-Identity';
import { Audit1764400000000 } from './migrations/1764400000000-Audit';
import { Jurisdiction1764500000000 } from './migrations/1764500000000-Jurisdiction';

export const migrations = [AdministrativeHierarchy1763700000000, AchievementRecord1763800000000, Plans1763900000000, PlanItems1764000000000, Exemplars1764100000000, Councils1764200000000, Identity1764300000000, Audit1764400000000, Jurisdiction1764500000000];

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** Milliseconds; the defaults suit the API. */
  timeouts?: { connect?: number; statement?: number; lock?: number };
  /**
   * Owner's work (migrations, the reference loader): row-level security is forced on the owner too,
   * so its sessions see every jurisdiction. Never set on the pool the API's requests use.
   */
  owner?: boolean;
}

/**
 * TypeORM owns the pool, migrations and transactions; repositories write their SQL by hand and read
 * raw rows (entity hydration on hot read paths costs more than the query). Timeouts are set so a
 * request never waits forever for a connection, a lock or a slow statement.
 */
export function createDataSource({ url, poolSize = 10, applicationName = 'exemplar-api', timeouts = {}, owner = false }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: timeouts.connect ?? 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: timeouts.statement ?? 15_000,
      lock_timeout: timeouts.lock ?? 5_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: applicationName,
      ...(owner ? { options: '-c exemplar.scope=all' } : {}),
    },
  });
}

export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}
