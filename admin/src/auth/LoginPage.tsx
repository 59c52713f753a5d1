import LockIcon from '@mui/icons-material/Lock';
import { Avatar, Box, Button, Card, Typography } from '@mui/material';
import { AuthLayout, Link, LocalesMenuButton, LoginForm, useTranslate } from 'react-admin';

/**
 * Đăng nhập. react-admin's <Login> sends anyone checkAuth lets through back home, and anonymous use
 * passes checkAuth while sign-in is optional: this page shows the same form without that redirect,
 * with the language switch and a way back to the console.
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
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
          <Button component={Link} to="/" size="small">
            {translate('exemplar.auth.back_to_console')}
          </Button>
        </Box>
      </Card>
    </AuthLayout>
  );
}
