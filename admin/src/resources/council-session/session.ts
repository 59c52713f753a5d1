/**
 * The council session's rules as the console shows them, pure: who counts for the quorum, what each
 * member's cell of the voting grid shows and allows, which nominations may go on the agenda, and
 * what the lifecycle buttons are. The server decides; these only keep the screen from offering what
 * it would refuse (and say why).
 */

export const COUNCIL_ROLES = ['CHAIR', 'STANDING_VICE_CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const SESSION_STATUSES = ['SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const VOTE_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface MemberLike {
  id: string;
  voting: boolean;
  fromDate?: string | null;
  toDate?: string | null;
}

/** A member sits on the council on a day when the day is within their dates (either may be open). */
export function isActiveOn(member: Pick<MemberLike, 'fromDate' | 'toDate'>, day: string): boolean {
  return (!member.fromDate || member.fromDate <= day) && (!member.toDate || member.toDate >= day);
}

/** The members who vote at a session held on `day` (the server's votingMembers). */
export function votingMembersOn<T extends MemberLike>(members: readonly T[], day: string): T[] {
  return members.filter((m) => m.voting && isActiveOn(m, day));
}

export interface Quorum {
  /** Voting members of the council on the session's day. */
  voting: number;
  /** Of them, recorded as present. */
  present: number;
  /** ceil(quorumRatio × voting), at least one (the server's rule). */
  required: number;
  met: boolean;
}

export function requiredForQuorum(quorumRatio: number, voting: number): number {
  return Math.max(1, Math.ceil(quorumRatio * voting));
}

export function quorumOf(members: readonly MemberLike[], presentIds: readonly string[], quorumRatio: number, day: string): Quorum {
  const voting = votingMembersOn(members, day);
  const present = new Set(presentIds.map(String));
  const count = voting.filter((m) => present.has(String(m.id))).length;
  const required = requiredForQuorum(quorumRatio, voting.length);
  return { voting: voting.length, present: count, required, met: count >= required };
}

/** What the lifecycle buttons offer from a session's status. */
export function sessionActions(status: string): ('open' | 'close')[] {
  if (status === 'SCHEDULED') return ['open'];
  if (status === 'OPEN') return ['close'];
  return [];
}

export type CellState = 'PENDING' | 'VOTED' | 'CONFLICT';

export interface VoteCell {
  memberId: string;
  state: CellState;
  /** The choice, for an open ballot only; null in a secret ballot or before the vote. */
  choice: VoteChoice | null;
  /** The reason of a declared conflict of interest; null otherwise. */
  reason: string | null;
  canVote: boolean;
}

/** An item and member, as the session lists them (ids may come as numbers). */
export interface ItemMember {
  nominationId: string | number;
  memberId: string | number;
}

export interface GridInput {
  members: readonly MemberLike[];
  presentIds: readonly string[];
  heldOn: string;
  secretBallot: boolean;
  status: string;
  item: { nominationId: string; result?: string | null };
  /** Who has voted on which item (the server keeps it for secret ballots too, never how). */
  votesCast: readonly ItemMember[];
  /** The choices of an open ballot; ignored in a secret one. */
  openBallots: readonly (ItemMember & { choice: string })[];
  /** The conflicts of interest declared at the session. */
  conflicts: readonly (ItemMember & { reason: string })[];
}

const isChoice = (value: unknown): value is VoteChoice => typeof value === 'string' && (VOTE_CHOICES as readonly string[]).includes(value);

const on = (nominationId: string, memberId: string) => (row: ItemMember) => String(row.nominationId) === nominationId && String(row.memberId) === memberId;

/**
 * One cell per present voting member for an item: conflicted (with the reason), voted (with the
 * choice in an open ballot, never in a secret one) or waiting; a vote can be recorded only while
 * the session is open and the item undecided. Everything comes from the session as the server
 * lists it, so every computer shows the same grid.
 */
export function voteGrid(input: GridInput): VoteCell[] {
  const present = new Set(input.presentIds.map(String));
  const nominationId = String(input.item.nominationId);
  const open = input.status === 'OPEN' && !input.item.result;
  return votingMembersOn(input.members, input.heldOn)
    .filter((m) => present.has(String(m.id)))
    .map((m): VoteCell => {
      const memberId = String(m.id);
      const here = on(nominationId, memberId);
      const conflict = input.conflicts.find(here);
      if (conflict) return { memberId, state: 'CONFLICT', choice: null, reason: conflict.reason, canVote: false };
      const ballot = input.secretBallot ? undefined : input.openBallots.find(here);
      if (ballot || input.votesCast.some(here)) {
        return { memberId, state: 'VOTED', choice: isChoice(ballot?.choice) ? ballot.choice : null, reason: null, canVote: false };
      }
      return { memberId, state: 'PENDING', choice: null, reason: null, canVote: open };
    });
}

/** How many of the present voting members have voted on an item (shown in a secret ballot instead of choices). */
export const votedCount = (cells: readonly VoteCell[]) => cells.filter((c) => c.state === 'VOTED').length;

export interface NominationOption {
  id: string;
  status: string;
  councilOrganizationId?: string | null;
}

/**
 * The nominations that may go on this session's agenda: appraised, sent to this council's
 * organization (or to no council yet), not already on it.
 */
export function agendaCandidates<T extends NominationOption>(nominations: readonly T[], councilOrganizationId: string, onAgenda: readonly string[]): T[] {
  const taken = new Set(onAgenda.map(String));
  return nominations.filter(
    (n) => n.status === 'APPRAISED' && (!n.councilOrganizationId || String(n.councilOrganizationId) === String(councilOrganizationId)) && !taken.has(String(n.id)),
  );
}

/** "2/3": the yes votes over the eligible present members, once decided. */
export function tallyLabel(item: { yes?: number | null; eligible?: number | null }): string {
  return item.yes == null || item.eligible == null ? '' : `${item.yes}/${item.eligible}`;
}

/** Members of a new council member's role vote unless they are the secretary. */
export const votesByDefault = (role: string) => role !== 'SECRETARY';

/** "0.5" → "50 %" (the quorum ratio as printed). */
export function ratioPercent(ratio: number | null | undefined): string {
  if (ratio == null || !Number.isFinite(ratio)) return '';
  return `${Math.round(ratio * 1000) / 10} %`;
}
