import { gql } from '@apollo/client';

export const ADVANCE_EXEMPLAR = gql`
  mutation ConsoleAdvanceExemplar($id: ID!, $version: Int!, $stage: String!, $reason: String!, $author: String!) {
    advanceExemplar(id: $id, version: $version, stage: $stage, reason: $reason, author: $author) { id stage version }
  }
`;
