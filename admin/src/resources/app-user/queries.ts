import { gql } from '@apollo/client';

export const CREATE_USER = gql`
  mutation CreateUser($username: String!, $displayName: String!, $password: String!) {
    createUser(username: $username, displayName: $displayName, password: $password) {
      id
      username
      displayName
      disabled
    }
  }
`;
export const GRANT_ROLE = gql`
  mutation GrantRole($userId: ID, $apiKeyId: ID, $grant: GrantInput!) {
    grantRole(userId: $userId, apiKeyId: $apiKeyId, grant: $grant) {
      id
      role
      organizationId
      unitId
    }
  }
`;
export const REVOKE_GRANT = gql`
  mutation RevokeGrant($id: ID!) {
    revokeGrant(id: $id)
  }
`;
export const SET_USER_DISABLED = gql`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`;
