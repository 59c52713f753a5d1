/**
 * Who the benchmark calls as: the API needs a principal. A national administrator (jurisdiction:
 * everything, the unscoped baseline) and an administrator of the new Tỉnh Thái Nguyên, each with a
 * session made directly in the database; and the country's commune people's committees (2024 and
 * 2025), so that a province's jurisdiction has its real size.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchIdentities {
  nationalToken: string;
  provincialToken: string;
  provinceId: string;
}

export async function seedIdentities(databaseUrl: string): Promise<BenchIdentities> {
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c exemplar.scope=all' });
  await client.connect();
  try {
    await client.query(`INSERT INTO organization (code, name, kind_code, sector_code, unit_id, search_text)
      SELECT 'BENCH.XA.' || u.dataset || '.' || u.code, 'UBND ' || u.name, 'UBND', 'TONG_HOP', u.id, lower(u.name)
      FROM administrative_unit u WHERE u.level_code = 'commune' ON CONFLICT (code) DO NOTHING`);
    await client.query('ANALYZE organization');
    const province = (await client.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '19'`)).rows[0];
    const session = async (username: string, grant: { role: string; unitId: string | null }) => {
      const user = (
        await client.query<{ id: string }>(
          `INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $1, 'scrypt$bench-session-only')
           ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id::text AS id`,
          [username],
        )
      ).rows[0];
      await client.query(`DELETE FROM role_grant WHERE user_id = $1`, [user.id]);
      await client.query(`INSERT INTO role_grant (user_id, role, unit_id) VALUES ($1, $2, $3)`, [user.id, grant.role, grant.unitId]);
      const token = randomBytes(32).toString('base64url');
      const hash = createHash('sha256').update(token).digest();
      await client.query(`INSERT INTO app_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '8 hours')`, [user.id, hash]);
      return token;
    };
    return {
      nationalToken: await session('bench.national', { role: 'NATIONAL_ADMIN', unitId: null }),
      provincialToken: await session('bench.thainguyen', { role: 'ADMIN', unitId: province.id }),
      provinceId: province.id,
    };
  } finally {
    await client.end();
  }
}
