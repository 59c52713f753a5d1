import type { RaRecord } from 'react-admin';

export interface CouncilRecord extends RaRecord {
  id: string;
  organizationId: string;
  name: string;
  standingOrganizationId: string | null;
  parentCouncilId: string | null;
  quorumRatio: number;
  version: number;
}

export interface CouncilMemberRecord extends RaRecord {
  id: string;
  councilId: string;
  personId: string | null;
  fullName: string;
  title: string | null;
  role: string;
  voting: boolean;
  fromDate: string | null;
  toDate: string | null;
  version: number;
}

export interface SessionItem {
  nominationId: string;
  position: number;
  result: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  eligible: number | null;
}

export interface CouncilSessionRecord extends RaRecord {
  id: string;
  councilId: string;
  title: string;
  heldOn: string;
  secretBallot: boolean;
  status: string;
  minutes: string | null;
  version: number;
  items: SessionItem[];
  presentMemberIds: string[];
  /** Ballots of an open vote (how each member voted); a secret ballot lists none. */
  openBallots: { nominationId: string; memberId: string; choice: string }[];
  /** Who has voted on which item, in a secret ballot too (never how). */
  votesCast: { nominationId: string; memberId: string }[];
  /** Conflicts of interest declared at the session. */
  conflicts: { nominationId: string; memberId: string; reason: string }[];
}
