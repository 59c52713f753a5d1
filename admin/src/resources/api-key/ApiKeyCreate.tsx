import { useApolloClient } from '@apollo/client';
import { Card, Stack } from '@mui/material';
import { useState } from 'react';
import { DateTimeInput, SimpleForm, TextInput, Title, required, useNotify, useRedirect, useTranslate } from 'react-admin';
import { GrantInputs, useRefusal } from '../../auth/grants';
import { API_KEY_ROLES, grantInput } from '../../auth/session';
import { CREATE_API_KEY } from './queries';
import { SecretDialog } from './SecretDialog';
import { RequireAccess } from '../../auth/RequireAccess';

interface Values {
  name?: string;
  role?: string;
  organizationId?: string | null;
  unitId?: string | null;
  expiresAt?: string | Date | null;
}

const toInstant = (value: Values['expiresAt']) => (value ? new Date(value).toISOString() : null);

/** A new key for a downstream app, with one grant; its secret is shown once, then never again. */
function ApiKeyCreateForm() {
  const client = useApolloClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const refusal = useRefusal();
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const save = async (values: Values) => {
    try {
      const { data } = await client.mutate<{ createApiKey: { key: string; apiKey: { name: string } } }>({
        mutation: CREATE_API_KEY,
        variables: { name: (values.name ?? '').trim(), grants: [grantInput(values)], expiresAt: toInstant(values.expiresAt) },
      });
      notify('exemplar.auth.keys.created', { type: 'info' });
      setCreated({ key: data!.createApiKey.key, name: data!.createApiKey.apiKey.name });
    } catch (error) {
      notify(refusal(error), { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ra.page.create', { name: translate('resources.ApiKey.name', { smart_count: 1 }) })} />
      <SimpleForm onSubmit={save} resource="ApiKey" defaultValues={{ role: 'API_CLIENT' }} data-testid="api-key-create">
        <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
          <GrantInputs roles={API_KEY_ROLES} />
        </Stack>
        <DateTimeInput source="expiresAt" />
      </SimpleForm>
      <SecretDialog
        secret={created?.key ?? null}
        name={created?.name}
        onClose={() => {
          setCreated(null);
          redirect('list', 'ApiKey');
        }}
      />
    </Card>
  );
}

export function ApiKeyCreate() {
  return (
    <RequireAccess action="create" resource="ApiKey">
      <ApiKeyCreateForm />
    </RequireAccess>
  );
}
