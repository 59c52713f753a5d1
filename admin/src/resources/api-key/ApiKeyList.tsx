import { useApolloClient } from '@apollo/client';
import { Button, Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { Confirm, Datagrid, DateField, FunctionField, List, NullableBooleanInput, TextField, useNotify, useRefresh, useTranslate } from 'react-admin';
import { GrantChips, useRefusal } from '../../auth/grants';
import type { Grant } from '../../auth/session';
import { apiKeyStatus } from './status';
import { REVOKE_API_KEY, ROTATE_API_KEY } from './queries';
import { SecretDialog } from './SecretDialog';

interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  expiresAt: string | null;
  revokedAt: string | null;
  grants: Grant[];
}

const filters = [<NullableBooleanInput key="active" source="active" alwaysOn />];

function Status({ apiKey }: { apiKey: ApiKeyRecord }) {
  const translate = useTranslate();
  const status = apiKeyStatus(apiKey);
  return <Chip size="small" color={status === 'active' ? 'success' : 'default'} label={translate(`exemplar.auth.keys.status_${status}`)} data-testid="api-key-status" />;
}

/** Rotate (a new secret shown once) and revoke, each confirmed. */
function KeyActions({ apiKey }: { apiKey: ApiKeyRecord }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusal = useRefusal();
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  if (apiKeyStatus(apiKey) === 'revoked') return null;
  const run = async (action: 'rotate' | 'revoke') => {
    setConfirming(null);
    try {
      if (action === 'rotate') {
        const { data } = await client.mutate<{ rotateApiKey: { key: string } }>({ mutation: ROTATE_API_KEY, variables: { id: apiKey.id } });
        setSecret(data!.rotateApiKey.key);
      } else {
        await client.mutate({ mutation: REVOKE_API_KEY, variables: { id: apiKey.id } });
        notify('exemplar.auth.keys.revoked', { type: 'info' });
        refresh();
      }
    } catch (error) {
      notify(refusal(error), { type: 'error' });
    }
  };
  return (
    <Stack direction="row" sx={{ gap: 1 }} onClick={(e) => e.stopPropagation()}>
      <Button size="small" onClick={() => setConfirming('rotate')} data-testid="api-key-rotate">
        {translate('exemplar.auth.keys.rotate')}
      </Button>
      <Button size="small" color="error" onClick={() => setConfirming('revoke')} data-testid="api-key-revoke">
        {translate('exemplar.auth.keys.revoke')}
      </Button>
      <Confirm
        isOpen={confirming !== null}
        title={confirming === 'rotate' ? 'exemplar.auth.keys.rotate' : 'exemplar.auth.keys.revoke'}
        content={confirming === 'rotate' ? 'exemplar.auth.keys.rotate_confirm' : 'exemplar.auth.keys.revoke_confirm'}
        translateOptions={{ name: apiKey.name }}
        onConfirm={() => run(confirming!)}
        onClose={() => setConfirming(null)}
      />
      <SecretDialog
        secret={secret}
        name={apiKey.name}
        onClose={() => {
          setSecret(null);
          refresh();
        }}
      />
    </Stack>
  );
}

/** Khóa API: name, prefix, expiry, revocation, grants; rotate and revoke. Secrets are never listed. */
export function ApiKeyList() {
  return (
    <List filters={filters} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="api-key-list">
        <TextField source="name" />
        <TextField source="prefix" />
        <DateField source="expiresAt" showTime />
        <DateField source="revokedAt" showTime />
        <FunctionField source="status" sortable={false} render={(record: ApiKeyRecord) => <Status apiKey={record} />} />
        <FunctionField source="grants" sortable={false} render={(record: ApiKeyRecord) => <GrantChips grants={record.grants} />} />
        <FunctionField label="" render={(record: ApiKeyRecord) => <KeyActions apiKey={record} />} />
      </Datagrid>
    </List>
  );
}
