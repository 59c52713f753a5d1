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

/**
 * Votes recorded from this console, per nomination and member. The API keeps who voted in a secret
 * ballot but does not tell it back; the console remembers what it recorded (and what the server
 * refused as ALREADY_VOTED). A secret ballot is remembered as VOTED only, never the choice.
 */
export type LocalVotes = Record<string, Record<string, VoteChoice | 'VOTED'>>;

export function rememberVote(votes: LocalVotes, nominationId: string, memberId: string, choice: VoteChoice | 'VOTED', secretBallot: boolean): LocalVotes {
  const kept = secretBallot ? 'VOTED' : choice;
  return { ...votes, [nominationId]: { ...(votes[nominationId] ?? {}), [memberId]: kept } };
}

/** Conflicts of interest declared from this console (the API does not list them back): "nominationId:memberId". */
export const conflictKey = (nominationId: string, memberId: string) => `${nominationId}:${memberId}`;

export type CellState = 'PENDING' | 'VOTED' | 'CONFLICT';

export interface VoteCell {
  memberId: string;
  state: CellState;
  /** The choice, for an open ballot only; null in a secret ballot or before the vote. */
  choice: VoteChoice | null;
  canVote: boolean;
}

export interface GridInput {
  members: readonly MemberLike[];
  presentIds: readonly string[];
  heldOn: string;
  secretBallot: boolean;
  status: string;
  item: { nominationId: string; result?: string | null };
  openBallots: readonly { nominationId: string; memberId: string; choice: string }[];
  localVotes: LocalVotes;
  conflicts: readonly string[];
}

const isChoice = (value: unknown): value is VoteChoice => typeof value === 'string' && (VOTE_CHOICES as readonly string[]).includes(value);

/**
 * One cell per present voting member for an item: conflicted, voted (with the choice in an open
 * ballot, never in a secret one) or waiting; a vote can be recorded only while the session is open
 * and the item undecided.
 */
export function voteGrid(input: GridInput): VoteCell[] {
  const present = new Set(input.presentIds.map(String));
  const nominationId = String(input.item.nominationId);
  const open = input.status === 'OPEN' && !input.item.result;
  const local = input.localVotes[nominationId] ?? {};
  return votingMembersOn(input.members, input.heldOn)
    .filter((m) => present.has(String(m.id)))
    .map((m) => {
      const memberId = String(m.id);
      if (input.conflicts.includes(conflictKey(nominationId, memberId))) return { memberId, state: 'CONFLICT', choice: null, canVote: false };
      const ballot = input.secretBallot ? undefined : input.openBallots.find((b) => String(b.nominationId) === nominationId && String(b.memberId) === memberId);
      const remembered = local[memberId];
      if (ballot || remembered) {
        const choice = input.secretBallot ? null : isChoice(ballot?.choice) ? ballot.choice : isChoice(remembered) ? remembered : null;
        return { memberId, state: 'VOTED', choice, canVote: false };
      }
      return { memberId, state: 'PENDING', choice: null, canVote: open };
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
