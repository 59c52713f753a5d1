import { gql, useApolloClient, useQuery } from '@apollo/client';
import { MenuItem, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { usePermissions, useRefresh, useTranslate } from 'react-admin';
import { ALL_GRANTS_CONTEXT } from './authProvider';
import { browserStorage, grantLabel, holdsGrant, readActingGrant, roleKey, writeActingGrant, type Grant } from './session';

/** The names of the organizations and units the principal's grants are on (asked under all grants). */
export const GRANT_NAMES = gql`
  query GrantNames($organizationIds: [ID!], $unitIds: [ID!]) {
    allOrganizations(filter: { ids: $organizationIds }, perPage: 100) {
      id
      name
    }
    allAdministrativeUnits(filter: { ids: $unitIds, allTime: true }, perPage: 100) {
      id
      name
    }
  }
`;

interface Named {
  id: string;
  name: string;
}

const ALL = '';

/** Each grant as a line, "Quản trị · Tỉnh Thái Nguyên", the names read once under all grants. */
function useGrantLines(grants: Grant[]): (grant: Grant) => string {
  const translate = useTranslate();
  const organizationIds = [...new Set(grants.map((g) => g.organizationId).filter((id): id is string => Boolean(id)))];
  const unitIds = [...new Set(grants.map((g) => g.unitId).filter((id): id is string => Boolean(id)))];
  const { data } = useQuery<{ allOrganizations: Named[]; allAdministrativeUnits: Named[] }>(GRANT_NAMES, {
    variables: { organizationIds, unitIds },
    skip: organizationIds.length + unitIds.length === 0,
    context: ALL_GRANTS_CONTEXT,
    fetchPolicy: 'cache-first',
  });
  const name = (list: Named[] | undefined, id: string) => list?.find((row) => row.id === id)?.name;
  return (grant) =>
    grantLabel(grant, {
      role: (role) => translate(roleKey(role), { _: role }),
      organization: (id) => name(data?.allOrganizations, id),
      unit: (id) => name(data?.allAdministrativeUnits, id),
    });
}

/**
 * Phạm vi / Acting as: with several grants, the principal chooses one to act under (or all of them);
 * the choice is kept (localStorage), sent with every request (x-exemplar-grant, see the Apollo link),
 * and what the console shows and offers follows it. With one grant, it is only shown.
 */
export function JurisdictionPicker() {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Grant[]>();
  const grants = Array.isArray(permissions) ? permissions : [];
  const lineOf = useGrantLines(grants);
  const refresh = useRefresh();
  const client = useApolloClient();
  const [acting, setActing] = useState<string | null>(() => readActingGrant(browserStorage()));

  const choose = (grantId: string | null) => {
    writeActingGrant(browserStorage(), grantId);
    setActing(grantId);
    // Every list, record and permission is read again under the new choice.
    refresh();
    void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };

  // A choice left from before that this principal does not hold (any more) is forgotten.
  const stale = !isPending && acting !== null && !holdsGrant(grants, acting);
  useEffect(() => {
    if (stale) choose(null);
  }, [stale]); // choose changes identity on every render; only a newly stale choice matters.

  if (isPending || grants.length === 0) return null;
  if (grants.length === 1) {
    return (
      <Typography variant="body2" sx={{ mx: 1, opacity: 0.9 }} data-testid="acting-as" title={translate('exemplar.auth.acting_as')}>
        {lineOf(grants[0])}
      </Typography>
    );
  }
  return (
    <TextField
      select
      size="small"
      label={translate('exemplar.auth.acting_as')}
      value={stale ? ALL : (acting ?? ALL)}
      onChange={(event) => choose(event.target.value || null)}
      data-testid="jurisdiction-picker"
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{
        mx: 1,
        minWidth: 260,
        maxWidth: 420,
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiInputLabel-root.Mui-focused': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline, & .MuiOutlinedInput-root.Mui-focused .MuiOutlinedInput-notchedOutline': { borderColor: 'currentColor', opacity: 0.6 },
      }}
    >
      <MenuItem value={ALL}>{translate('exemplar.auth.all_grants')}</MenuItem>
      {grants.map((grant) => (
        <MenuItem key={grant.id} value={grant.id} data-grant={grant.id}>
          {lineOf(grant)}
        </MenuItem>
      ))}
    </TextField>
  );
}
