import { useApolloClient } from '@apollo/client';
import LockResetIcon from '@mui/icons-material/LockReset';
import LoginIcon from '@mui/icons-material/Login';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemIcon, ListItemText, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { AppBar, Link, Logout, UserMenu, useGetIdentity, useLogout, usePermissions, useNotify, useTranslate, useUserMenu, type AppBarProps } from 'react-admin';
import { useRefusal } from './grants';
import { JurisdictionPicker } from './JurisdictionPicker';
import { CHANGE_PASSWORD, type ConsoleIdentity } from './authProvider';

function ChangePasswordItem({ onOpen }: { onOpen: () => void }) {
  const translate = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem
      data-testid="change-password"
      onClick={() => {
        menu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('exemplar.auth.change_password')}</ListItemText>
    </MenuItem>
  );
}

/** Đổi mật khẩu: the current password and a new one; the server then ends the sessions, so sign in again. */
function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const client = useApolloClient();
  const notify = useNotify();
  const logout = useLogout();
  const refusal = useRefusal();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const close = () => {
    setCurrent('');
    setNext('');
    onClose();
  };
  const submit = async () => {
    try {
      await client.mutate({ mutation: CHANGE_PASSWORD, variables: { currentPassword: current, newPassword: next } });
      notify('exemplar.auth.password_changed', { type: 'info' });
      close();
      await logout({}, '/login');
    } catch (error) {
      notify(refusal(error), { type: 'error' });
    }
  };
  return (
    <Dialog open={open} onClose={close} maxWidth="xs" fullWidth data-testid="change-password-dialog">
      <DialogTitle>{translate('exemplar.auth.change_password')}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <TextFieldPassword label={translate('exemplar.auth.current_password')} value={current} onChange={setCurrent} autoComplete="current-password" />
          <TextFieldPassword label={translate('exemplar.auth.new_password')} value={next} onChange={setNext} autoComplete="new-password" />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={!current || !next}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function TextFieldPassword({ label, value, onChange, autoComplete }: { label: string; value: string; onChange: (v: string) => void; autoComplete: string }) {
  return <TextField type="password" label={label} value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} fullWidth />;
}

/** Anonymous: a "Đăng nhập" button; signed in: the jurisdiction picker and the user menu (name, change password, sign out). */
function AccountMenu() {
  const translate = useTranslate();
  const { identity, isPending, refetch } = useGetIdentity();
  // react-admin refreshes the permissions after signing in, not the identity: follow them.
  const { permissions } = usePermissions();
  useEffect(() => {
    void refetch();
  }, [permissions, refetch]);
  const [changing, setChanging] = useState(false);
  if (isPending) return null;
  const signedIn = Boolean(identity && !(identity as ConsoleIdentity).anonymous && identity.id);
  if (!signedIn) {
    return (
      <Button component={Link} to="/login" color="inherit" startIcon={<LoginIcon />} data-testid="sign-in-button">
        {translate('exemplar.auth.sign_in')}
      </Button>
    );
  }
  return (
    <>
      <JurisdictionPicker />
      <span data-testid="account-menu" data-kind={(identity as ConsoleIdentity).kind}>
        <UserMenu>
          <ChangePasswordItem onOpen={() => setChanging(true)} />
          <Logout />
        </UserMenu>
      </span>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}

export function AuthAppBar(props: AppBarProps) {
  return <AppBar {...props} userMenu={<AccountMenu />} />;
}
