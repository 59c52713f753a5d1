import type { Db } from '../../db';
import type { RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseId, parseIds, requireText } from '../../graphql/input';
import { advanceExemplarIn } from '../exemplar/exemplar.service';
import { moveNominationIn } from '../nomination/nomination.service';
import { CouncilRepository, type SessionRow } from './council.repository';

const SESSION_STEPS: Record<string, string[]> = { SCHEDULED: ['OPEN'], OPEN: ['CLOSED'], CLOSED: [] };

async function exemplarOf(tx: Db, nominationId: string): Promise<{ id: string; stage: string } | null> {
  const [row] = await tx.query<{ id: string; stage: string }>(
    `SELECT e.id::text AS id, e.stage FROM nomination n JOIN exemplar e ON e.id = n.exemplar_id WHERE n.id = $1`,
    [nominationId],
  );
  return row ?? null;
}

/**
 * A council's work on nominations: the agenda of a session, who attended, who declared a conflict,
 * the votes (secret or open), and the decision on each item — each a guarded step that records its
 * effect on the nomination and its exemplar, or changes nothing.
 */
export class CouncilService {
  constructor(private readonly ctx: RequestContext) {}

  private author(author: string | null | undefined): string {
    return author?.trim() ? requireText(author, 'author', 200) : 'exemplar';
  }

  private async session(repo: CouncilRepository, id: string, open = false): Promise<SessionRow> {
    const session = await repo.sessionForUpdate(id);
    if (!session) throw notFound('CouncilSession', id);
    if (open && session.status !== 'OPEN') throw new AppError('SESSION_NOT_OPEN', { status: session.status }, 'sessionId');
    if (!open && session.status === 'CLOSED') throw new AppError('SESSION_NOT_OPEN', { status: session.status }, 'sessionId');
    return session;
  }

  /** Puts an appraised nomination on a session's agenda: it goes to council review, its exemplar under review. */
  async addToAgenda(sessionId: string, nominationId: string, author?: string | null): Promise<SessionRow> {
    const who = this.author(author);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await this.session(repo, sessionId);
      const [nomination] = await tx.query<{ council: string | null }>(`SELECT council_organization_id::text AS council FROM nomination WHERE id = $1`, [nominationId]);
      if (!nomination) throw notFound('Nomination', nominationId);
      if (nomination.council !== null && nomination.council !== session.councilOrganizationId) {
        throw new AppError('INVALID_VALUE', { field: 'nominationId', value: nominationId }, 'nominationId');
      }
      if (await repo.item(sessionId, nominationId)) return session;
      await moveNominationIn(tx, nominationId, null, 'COUNCIL_REVIEW', { reason: `Đưa vào phiên họp / on the agenda of session ${sessionId}`, author: who }, { council_organization_id: session.councilOrganizationId });
      await repo.addItem(sessionId, nominationId);
      const exemplar = await exemplarOf(tx, nominationId);
      if (exemplar?.stage === 'NOMINATED') {
        await advanceExemplarIn(tx, exemplar.id, null, 'UNDER_REVIEW', { reason: 'Hội đồng xét chọn / under the council’s review', author: who, source: `SESSION:${sessionId}` });
      }
      return session;
    });
  }

  async setAttendance(sessionId: string, memberIds: readonly string[]): Promise<void> {
    const ids = parseIds(memberIds, 'memberIds');
    await this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await this.session(repo, sessionId);
      const known = await repo.membersOf(session.councilId, ids);
      const stranger = ids.find((id) => !known.includes(id));
      if (stranger) throw new AppError('NOT_A_VOTING_MEMBER', {}, 'memberIds');
      await repo.setAttendance(sessionId, ids);
    });
  }

  async declareConflict(sessionId: string, nominationId: string, memberId: string, reason: string): Promise<void> {
    const why = requireText(reason, 'reason', 2000);
    await this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await this.session(repo, sessionId);
      if (!(await repo.item(sessionId, nominationId))) throw new AppError('NOT_ON_AGENDA', {}, 'nominationId');
      if (!(await repo.membersOf(session.councilId, [memberId])).length) throw new AppError('NOT_A_VOTING_MEMBER', {}, 'memberId');
      await repo.addConflict(sessionId, nominationId, memberId, why);
    });
  }

  async changeSession(id: string, version: number, to: 'OPEN' | 'CLOSED', minutes?: string | null): Promise<void> {
    await this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await repo.sessionForUpdate(id);
      if (!session) throw notFound('CouncilSession', id);
      if (session.version !== version) throw new AppError('CONFLICT');
      if (!SESSION_STEPS[session.status].includes(to)) throw new AppError('SESSION_TRANSITION_REFUSED', { from: session.status, to }, 'status', { from: session.status, to });
      if (!(await repo.setSessionStatus(id, version, to, minutes == null ? null : requireText(minutes, 'minutes', 100_000)))) throw new AppError('CONFLICT');
    });
  }

  /** One vote of one present, voting, unconflicted member on an item of an open session. */
  async castVote(sessionId: string, nominationId: string, memberId: string, choice: string): Promise<void> {
    if (!['YES', 'NO', 'ABSTAIN'].includes(choice)) throw new AppError('INVALID_VALUE', { field: 'choice', value: choice.slice(0, 20) }, 'choice');
    await this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await this.session(repo, sessionId, true);
      const item = await repo.item(sessionId, nominationId);
      if (!item || item.result !== null) throw new AppError('NOT_ON_AGENDA', {}, 'nominationId');
      const voting = (await repo.votingMembers(session.councilId, session.heldOn)).map((m) => m.id);
      if (!voting.includes(memberId)) throw new AppError('NOT_A_VOTING_MEMBER', {}, 'memberId');
      const facts = await repo.facts(sessionId, nominationId, memberId);
      if (!facts.present) throw new AppError('NOT_PRESENT', {}, 'memberId');
      if (facts.conflicted) throw new AppError('CONFLICT_OF_INTEREST', {}, 'memberId');
      if (facts.voted) throw new AppError('ALREADY_VOTED', {}, 'memberId');
      try {
        await repo.vote(sessionId, nominationId, memberId, choice, session.secretBallot);
      } catch (error) {
        if ((error as { code?: string; driverError?: { code?: string } }).driverError?.code === '23505') throw new AppError('ALREADY_VOTED', {}, 'memberId');
        throw error;
      }
    });
  }

  /**
   * Decides an item: with a quorum of voting members present, approved when more than half of the
   * present members without a conflict voted yes; the nomination is approved or rejected, its exemplar
   * recognised or not selected.
   */
  async decideItem(sessionId: string, nominationId: string, author?: string | null): Promise<{ result: string; yes: number; no: number; abstain: number; eligible: number }> {
    const who = this.author(author);
    return this.ctx.db.transaction(async (tx) => {
      const repo = new CouncilRepository(tx);
      const session = await this.session(repo, sessionId, true);
      const item = await repo.item(sessionId, nominationId);
      if (!item || item.result !== null) throw new AppError('NOT_ON_AGENDA', {}, 'nominationId');
      const voting = (await repo.votingMembers(session.councilId, session.heldOn)).map((m) => m.id);
      const t = await repo.tally(sessionId, nominationId, voting);
      const required = Math.max(1, Math.ceil(session.quorumRatio * voting.length));
      if (t.present < required) throw new AppError('QUORUM_NOT_MET', { present: t.present, required }, 'sessionId', { present: t.present, required });
      const result = t.yes * 2 > t.eligible ? 'APPROVED' : 'REJECTED';
      await repo.decideItem(sessionId, nominationId, result, t);
      await moveNominationIn(tx, nominationId, null, result, { reason: `Hội đồng biểu quyết / council vote: ${t.yes}/${t.eligible}`, author: who });
      const exemplar = await exemplarOf(tx, nominationId);
      if (exemplar?.stage === 'UNDER_REVIEW') {
        await advanceExemplarIn(tx, exemplar.id, null, result === 'APPROVED' ? 'RECOGNISED' : 'NOT_SELECTED', { reason: `Hội đồng biểu quyết / council vote: ${t.yes}/${t.eligible}`, author: who, source: `SESSION:${sessionId}` });
      }
      return { result, yes: t.yes, no: t.no, abstain: t.abstain, eligible: t.eligible };
    });
  }

  static parse(id: string, field: string): string {
    return parseId(id, field);
  }
}
