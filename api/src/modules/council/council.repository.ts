import type { Db } from '../../db';

export interface SessionRow {
  id: string;
  councilId: string;
  status: string;
  secretBallot: boolean;
  heldOn: string;
  version: number;
  councilOrganizationId: string;
  quorumRatio: number;
}

export interface SessionItemRow {
  sessionId: string;
  nominationId: string;
  position: number;
  result: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  eligible: number | null;
}

/** The only place SQL about council sessions, attendance and votes is written. */
export class CouncilRepository {
  constructor(private readonly db: Db) {}

  async sessionForUpdate(id: string): Promise<SessionRow | null> {
    const [row] = await this.db.query<SessionRow>(
      `SELECT s.id::text AS id, s.council_id::text AS "councilId", s.status, s.secret_ballot AS "secretBallot", s.held_on::text AS "heldOn", s.version,
              c.organization_id::text AS "councilOrganizationId", c.quorum_ratio::float8 AS "quorumRatio"
       FROM council_session s JOIN council c ON c.id = s.council_id WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    return row ?? null;
  }

  async setSessionStatus(id: string, version: number, status: string, minutes?: string | null): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE council_session SET status = $3, minutes = COALESCE($4, minutes), version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, status, minutes ?? null],
    );
    return rows.length === 1;
  }

  async item(sessionId: string, nominationId: string): Promise<SessionItemRow | null> {
    const [row] = await this.db.query<SessionItemRow>(
      `SELECT session_id::text AS "sessionId", nomination_id::text AS "nominationId", position, result, yes, no, abstain, eligible
       FROM council_session_item WHERE session_id = $1 AND nomination_id = $2`,
      [sessionId, nominationId],
    );
    return row ?? null;
  }

  async addItem(sessionId: string, nominationId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO council_session_item (session_id, nomination_id, position)
       SELECT $1, $2, COALESCE(max(position), -1) + 1 FROM council_session_item WHERE session_id = $1`,
      [sessionId, nominationId],
    );
  }

  items(sessionIds: readonly string[]): Promise<(SessionItemRow & { __key: string })[]> {
    return this.db.query(
      `SELECT session_id::text AS "sessionId", nomination_id::text AS "nominationId", position, result, yes, no, abstain, eligible, session_id::text AS "__key"
       FROM council_session_item WHERE session_id = ANY($1::bigint[]) ORDER BY session_id, position`,
      [sessionIds],
    );
  }

  /** Voting members of the council on the session's day. */
  votingMembers(councilId: string, on: string): Promise<{ id: string }[]> {
    return this.db.query(
      `SELECT id::text AS id FROM council_member WHERE council_id = $1 AND voting
         AND (from_date IS NULL OR from_date <= $2::date) AND (to_date IS NULL OR to_date >= $2::date)`,
      [councilId, on],
    );
  }

  async membersOf(councilId: string, memberIds: readonly string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT id::text AS id FROM council_member WHERE council_id = $1 AND id = ANY($2::bigint[])`, [councilId, memberIds]);
    return rows.map((r) => r.id);
  }

  async setAttendance(sessionId: string, memberIds: readonly string[]): Promise<void> {
    await this.db.query(
      `WITH gone AS (DELETE FROM council_attendance WHERE session_id = $1 AND NOT member_id = ANY($2::bigint[]))
       INSERT INTO council_attendance (session_id, member_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
      [sessionId, memberIds],
    );
  }

  async attendance(sessionIds: readonly string[]): Promise<{ __key: string; memberId: string }[]> {
    return this.db.query(`SELECT session_id::text AS "__key", member_id::text AS "memberId" FROM council_attendance WHERE session_id = ANY($1::bigint[]) ORDER BY member_id`, [sessionIds]);
  }

  async addConflict(sessionId: string, nominationId: string, memberId: string, reason: string): Promise<void> {
    await this.db.query(
      `INSERT INTO council_conflict (session_id, nomination_id, member_id, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, nomination_id, member_id) DO UPDATE SET reason = EXCLUDED.reason`,
      [sessionId, nominationId, memberId, reason],
    );
  }

  async facts(sessionId: string, nominationId: string, memberId: string): Promise<{ present: boolean; conflicted: boolean; voted: boolean }> {
    const [row] = await this.db.query<{ present: boolean; conflicted: boolean; voted: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM council_attendance WHERE session_id = $1 AND member_id = $3) AS present,
              EXISTS (SELECT 1 FROM council_conflict WHERE session_id = $1 AND nomination_id = $2 AND member_id = $3) AS conflicted,
              EXISTS (SELECT 1 FROM council_vote_cast WHERE session_id = $1 AND nomination_id = $2 AND member_id = $3) AS voted`,
      [sessionId, nominationId, memberId],
    );
    return row;
  }

  /**
   * Records that the member voted, and the vote: an open ballot as a row with its member; a secret one
   * only as a count, so that no row, id or order links it to the voter.
   */
  async vote(sessionId: string, nominationId: string, memberId: string, choice: string, secret: boolean): Promise<void> {
    await this.db.query(`INSERT INTO council_vote_cast (session_id, nomination_id, member_id) VALUES ($1, $2, $3)`, [sessionId, nominationId, memberId]);
    if (!secret) {
      await this.db.query(`INSERT INTO council_ballot (session_id, nomination_id, member_id, choice) VALUES ($1, $2, $3, $4)`, [sessionId, nominationId, memberId, choice]);
      return;
    }
    const column = { YES: 'yes', NO: 'no', ABSTAIN: 'abstain' }[choice as 'YES' | 'NO' | 'ABSTAIN'];
    await this.db.query(
      `INSERT INTO council_secret_tally (session_id, nomination_id, ${column}) VALUES ($1, $2, 1)
       ON CONFLICT (session_id, nomination_id) DO UPDATE SET ${column} = council_secret_tally.${column} + 1`,
      [sessionId, nominationId],
    );
  }

  /** Present voting members without a conflict on the item, and the ballots cast on it. */
  async tally(sessionId: string, nominationId: string, votingIds: readonly string[]): Promise<{ present: number; eligible: number; yes: number; no: number; abstain: number }> {
    const [row] = await this.db.query<{ present: number; eligible: number; yes: number; no: number; abstain: number }>(
      `SELECT
         (SELECT count(*)::int FROM council_attendance a WHERE a.session_id = $1 AND a.member_id = ANY($3::bigint[])) AS present,
         (SELECT count(*)::int FROM council_attendance a WHERE a.session_id = $1 AND a.member_id = ANY($3::bigint[])
            AND NOT EXISTS (SELECT 1 FROM council_conflict x WHERE x.session_id = $1 AND x.nomination_id = $2 AND x.member_id = a.member_id)) AS eligible,
         (SELECT count(*) FILTER (WHERE b.choice = 'YES') FROM council_ballot b WHERE b.session_id = $1 AND b.nomination_id = $2)::int
           + COALESCE((SELECT t.yes FROM council_secret_tally t WHERE t.session_id = $1 AND t.nomination_id = $2), 0) AS yes,
         (SELECT count(*) FILTER (WHERE b.choice = 'NO') FROM council_ballot b WHERE b.session_id = $1 AND b.nomination_id = $2)::int
           + COALESCE((SELECT t.no FROM council_secret_tally t WHERE t.session_id = $1 AND t.nomination_id = $2), 0) AS no,
         (SELECT count(*) FILTER (WHERE b.choice = 'ABSTAIN') FROM council_ballot b WHERE b.session_id = $1 AND b.nomination_id = $2)::int
           + COALESCE((SELECT t.abstain FROM council_secret_tally t WHERE t.session_id = $1 AND t.nomination_id = $2), 0) AS abstain`,
      [sessionId, nominationId, votingIds],
    );
    return row;
  }

  async decideItem(sessionId: string, nominationId: string, result: string, t: { yes: number; no: number; abstain: number; eligible: number }): Promise<void> {
    await this.db.query(`UPDATE council_session_item SET result = $3, yes = $4, no = $5, abstain = $6, eligible = $7 WHERE session_id = $1 AND nomination_id = $2`, [
      sessionId,
      nominationId,
      result,
      t.yes,
      t.no,
      t.abstain,
      t.eligible,
    ]);
  }

  /** Who has voted on which item (never how): what a secret ballot keeps. */
  votesCast(sessionIds: readonly string[]): Promise<{ __key: string; nominationId: string; memberId: string }[]> {
    return this.db.query(
      `SELECT session_id::text AS "__key", nomination_id::text AS "nominationId", member_id::text AS "memberId" FROM council_vote_cast
       WHERE session_id = ANY($1::bigint[]) ORDER BY session_id, nomination_id, member_id`,
      [sessionIds],
    );
  }

  conflicts(sessionIds: readonly string[]): Promise<{ __key: string; nominationId: string; memberId: string; reason: string }[]> {
    return this.db.query(
      `SELECT session_id::text AS "__key", nomination_id::text AS "nominationId", member_id::text AS "memberId", reason FROM council_conflict
       WHERE session_id = ANY($1::bigint[]) ORDER BY session_id, nomination_id, member_id`,
      [sessionIds],
    );
  }

  /** The ballots of open votes, for the minutes (a secret ballot has none). */
  ballotsOf(sessionIds: readonly string[]): Promise<{ __key: string; nominationId: string; memberId: string | null; choice: string }[]> {
    return this.db.query(
      `SELECT session_id::text AS "__key", nomination_id::text AS "nominationId", member_id::text AS "memberId", choice FROM council_ballot
       WHERE session_id = ANY($1::bigint[]) ORDER BY session_id, nomination_id, id`,
      [sessionIds],
    );
  }

  async councilByOrganization(organizationId: string): Promise<{ id: string; parentCouncilId: string | null; parentOrganizationId: string | null } | null> {
    const [row] = await this.db.query<{ id: string; parentCouncilId: string | null; parentOrganizationId: string | null }>(
      `SELECT c.id::text AS id, c.parent_council_id::text AS "parentCouncilId", p.organization_id::text AS "parentOrganizationId"
       FROM council c LEFT JOIN council p ON p.id = c.parent_council_id WHERE c.organization_id = $1`,
      [organizationId],
    );
    return row ?? null;
  }
}
