import { Chip, Stack, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, required, useGetManyAggregate, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { useUnitOptionText } from '../resources/administrative-unit/unitOptionText';
import { localizedMessage } from '../data/errors';
import { grantLabel, roleKey, type Grant, type Role } from './session';

function useName(resource: string, id: string | null | undefined): string | undefined {
  const { data } = useGetManyAggregate<RaRecord>(resource, { ids: id ? [id] : [] }, { enabled: Boolean(id) });
  const record = data?.[0];
  return record ? String(record.name ?? record.code ?? record.id) : undefined;
}

/** A grant's line: the role's name, then the organization and territory it covers. */
export function useGrantText(grant: Grant): string {
  const translate = useTranslate();
  const organization = useName('Organization', grant.organizationId);
  const unit = useName('AdministrativeUnit', grant.unitId);
  return grantLabel(grant, {
    role: (role) => translate(roleKey(role), { _: role }),
    organization: () => organization,
    unit: () => unit,
  });
}

export function GrantChip({ grant, onDelete }: { grant: Grant; onDelete?: () => void }) {
  const text = useGrantText(grant);
  return <Chip size="small" label={text} onDelete={onDelete} data-testid="grant-chip" data-role={grant.role} />;
}

/** Every grant of a user or key as chips ("—" when none). */
export function GrantChips({ grants }: { grants?: Grant[] | null }) {
  if (!grants?.length) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {grants.map((grant, i) => (
        <GrantChip key={grant.id ?? i} grant={grant} />
      ))}
    </Stack>
  );
}

export function useRoleChoices(roles: readonly Role[]) {
  const translate = useTranslate();
  return roles.map((id) => ({ id, name: translate(roleKey(id)) }));
}

/**
 * Role, organization and territory of a grant to give: the organization and the unit are picked by
 * name, typed with or without diacritics (the lists' `q`); a unit names its state (VN-2024, VN-2025),
 * since a grant may cover a unit of either.
 */
export function GrantInputs({ roles }: { roles: readonly Role[] }) {
  const choices = useRoleChoices(roles);
  const unitText = useUnitOptionText();
  const unitOptionText = (record: RaRecord | undefined) => (record ? `${unitText(record)}${record.dataset ? ` · ${String(record.dataset)}` : ''}` : '');
  return (
    <>
      <SelectInput source="role" choices={choices} validate={required()} />
      <ReferenceInput source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} helperText="exemplar.auth.grants.scope_help" sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="AdministrativeUnit" filter={{ allTime: true }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText={unitOptionText} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 360 }} />
      </ReferenceInput>
    </>
  );
}

/** The server's refusal in the console's language (its generic error otherwise). */
export function useRefusal() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (error: unknown) => localizedMessage(error, locale) ?? (error instanceof Error && error.message ? error.message : translate('ra.notification.http_error'));
}
