import { useApolloClient } from '@apollo/client';
import { Card } from '@mui/material';
import { PasswordInput, SimpleForm, TextInput, Title, required, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useRefusal } from '../../auth/grants';
import { CREATE_USER } from './queries';
import { RequireAccess } from '../../auth/RequireAccess';

interface Values {
  username?: string;
  displayName?: string;
  password?: string;
}

/** A new user (roles are granted on their page). */
function UserCreateForm() {
  const client = useApolloClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const refusal = useRefusal();
  const save = async (values: Values) => {
    try {
      const { data } = await client.mutate<{ createUser: { id: string } }>({
        mutation: CREATE_USER,
        variables: { username: (values.username ?? '').trim(), displayName: (values.displayName ?? '').trim(), password: values.password ?? '' },
      });
      notify('exemplar.auth.users.created', { type: 'info' });
      redirect('show', 'AppUser', data!.createUser.id);
    } catch (error) {
      notify(refusal(error), { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ra.page.create', { name: translate('resources.AppUser.name', { smart_count: 1 }) })} />
      <SimpleForm onSubmit={save} data-testid="user-create">
        <TextInput source="username" resource="AppUser" validate={required()} autoComplete="off" />
        <TextInput source="displayName" resource="AppUser" validate={required()} />
        <PasswordInput source="password" resource="AppUser" validate={required()} autoComplete="new-password" helperText="exemplar.auth.users.password_help" />
      </SimpleForm>
    </Card>
  );
}

export function UserCreate() {
  return (
    <RequireAccess action="create" resource="AppUser">
      <UserCreateForm />
    </RequireAccess>
  );
}
