import { gql } from '@apollo/client';

export const ADD_TO_AGENDA = gql`
  mutation ConsoleAddToCouncilAgenda($sessionId: ID!, $nominationId: ID!, $author: String) { addToCouncilAgenda(sessionId: $sessionId, nominationId: $nominationId, author: $author) { id status } }
`;
export const RECORD_ATTENDANCE = gql`
  mutation ConsoleRecordCouncilAttendance($sessionId: ID!, $memberIds: [ID!]!) { recordCouncilAttendance(sessionId: $sessionId, memberIds: $memberIds) }
`;
export const DECLARE_CONFLICT = gql`
  mutation ConsoleDeclareConflict($sessionId: ID!, $nominationId: ID!, $memberId: ID!, $reason: String!) {
    declareConflictOfInterest(sessionId: $sessionId, nominationId: $nominationId, memberId: $memberId, reason: $reason)
  }
`;
export const OPEN_SESSION = gql`
  mutation ConsoleOpenCouncilSession($id: ID!, $version: Int!) { openCouncilSession(id: $id, version: $version) }
`;
export const CLOSE_SESSION = gql`
  mutation ConsoleCloseCouncilSession($id: ID!, $version: Int!, $minutes: String) { closeCouncilSession(id: $id, version: $version, minutes: $minutes) }
`;
export const CAST_VOTE = gql`
  mutation ConsoleCastVote($sessionId: ID!, $nominationId: ID!, $memberId: ID!, $choice: String!) { castVote(sessionId: $sessionId, nominationId: $nominationId, memberId: $memberId, choice: $choice) }
`;
export const DECIDE_ITEM = gql`
  mutation ConsoleDecideCouncilItem($sessionId: ID!, $nominationId: ID!, $author: String) { decideCouncilItem(sessionId: $sessionId, nominationId: $nominationId, author: $author) { result yes no abstain eligible } }
`;
