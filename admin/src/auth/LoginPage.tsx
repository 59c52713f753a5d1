import LockIcon from '@mui/icons-material/Lock';
import { Avatar, Box, Button, Card, Typography } from '@mui/material';
import { AuthLayout, Link, LocalesMenuButton, LoginForm, useTranslate } from 'react-admin';
import { SIGN_IN_REQUIRED } from './session';

/**
 * Đăng nhập: react-admin's login form with the language switch (the console is Vietnamese first), and,
 * were sign-in ever optional again (SIGN_IN_REQUIRED), a way back to the console without signing in.
 */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <AuthLayout>
      <Card sx={{ minWidth: 320, mt: '6em' }} data-testid="login-page">
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 2, gap: 1 }}>
          <Avatar sx={{ bgcolor: 'secondary.main' }}>
            <LockIcon />
          </Avatar>
          <Typography variant="h6" component="h1">
            {translate('exemplar.auth.sign_in')}
          </Typography>
          <LocalesMenuButton />
        </Box>
        <LoginForm />
        {SIGN_IN_REQUIRED ? null : (
          <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
            <Button component={Link} to="/" size="small">
              {translate('exemplar.auth.back_to_console')}
            </Button>
          </Box>
        )}
      </Card>
    </AuthLayout>
  );
}
