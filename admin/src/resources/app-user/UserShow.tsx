import { useApolloClient } from '@apollo/client';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Confirm,
  Form,
  SaveButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { GrantInputs, useGrantText, useRefusal } from '../../auth/grants';
import { grantInput, USER_ROLES, type Grant } from '../../auth/session';
import { GRANT_ROLE, REVOKE_GRANT, SET_USER_DISABLED } from './queries';

interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  grants: Grant[];
}

function useRun() {
  const client = useApolloClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const refusal = useRefusal();
  return async (run: (c: typeof client) => Promise<unknown>, done: string) => {
    try {
      await run(client);
      notify(done, { type: 'info' });
      refresh();
      return true;
    } catch (error) {
      notify(refusal(error), { type: 'error' });
      return false;
    }
  };
}

/** Disable (ending the user's sessions) or enable again. */
function DisableButton() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const run = useRun();
  if (!user) return null;
  const disabled = !user.disabled;
  return (
    <Button
      data-testid="user-disable"
      color={disabled ? 'warning' : 'primary'}
      onClick={() => run((c) => c.mutate({ mutation: SET_USER_DISABLED, variables: { id: user.id, disabled } }), disabled ? 'exemplar.auth.users.disabled_done' : 'exemplar.auth.users.enabled_done')}
    >
      {translate(disabled ? 'exemplar.auth.users.disable' : 'exemplar.auth.users.enable')}
    </Button>
  );
}

function GrantRow({ grant }: { grant: Grant }) {
  const translate = useTranslate();
  const text = useGrantText(grant);
  const run = useRun();
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }} data-testid="user-grant" data-role={grant.role}>
      <Chip label={text} size="small" />
      <Button size="small" color="error" onClick={() => setConfirming(true)}>
        {translate('exemplar.auth.grants.revoke')}
      </Button>
      <Confirm
        isOpen={confirming}
        title="exemplar.auth.grants.revoke"
        content="exemplar.auth.grants.revoke_confirm"
        translateOptions={{ grant: text }}
        onConfirm={async () => {
          setConfirming(false);
          await run((c) => c.mutate({ mutation: REVOKE_GRANT, variables: { id: grant.id } }), 'exemplar.auth.grants.revoked');
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** The user's live grants, each revocable, and a form to grant a role on a jurisdiction. */
function Grants() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const run = useRun();
  const [formKey, setFormKey] = useState(0);
  if (!user) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="user-grants">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('exemplar.auth.grants.title')}
      </Typography>
      <Stack sx={{ gap: 1, mb: 2 }}>
        {user.grants?.length ? user.grants.map((grant) => <GrantRow key={grant.id} grant={grant} />) : <Typography variant="body2">{translate('exemplar.auth.grants.empty')}</Typography>}
      </Stack>
      <Form
        key={formKey}
        resource="AppUser"
        onSubmit={async (values: { role?: string; organizationId?: string | null; unitId?: string | null }) => {
          const ok = await run((c) => c.mutate({ mutation: GRANT_ROLE, variables: { userId: user.id, grant: grantInput(values) } }), 'exemplar.auth.grants.granted');
          if (ok) setFormKey((k) => k + 1);
        }}
      >
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }} data-testid="grant-form">
          <GrantInputs roles={USER_ROLES} />
          <SaveButton label="exemplar.auth.grants.grant" alwaysEnable sx={{ mt: 1 }} />
        </Stack>
      </Form>
    </Box>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <DisableButton />
    </TopToolbar>
  );
}

export function UserShow() {
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <BooleanField source="disabled" />
      </SimpleShowLayout>
      <Grants />
    </Show>
  );
}
