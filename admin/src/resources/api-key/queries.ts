import { gql } from '@apollo/client';

const SECRET = `
  key
  apiKey {
    id
    name
    prefix
    expiresAt
    revokedAt
  }
`;
export const CREATE_API_KEY = gql`
  mutation CreateApiKey($name: String!, $grants: [GrantInput!]!, $expiresAt: DateTime) {
    createApiKey(name: $name, grants: $grants, expiresAt: $expiresAt) {
      ${SECRET}
    }
  }
`;
export const ROTATE_API_KEY = gql`
  mutation RotateApiKey($id: ID!) {
    rotateApiKey(id: $id) {
      ${SECRET}
    }
  }
`;
export const REVOKE_API_KEY = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`;
