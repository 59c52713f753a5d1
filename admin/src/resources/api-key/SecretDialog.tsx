import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/**
 * The secret of a key just created or rotated, shown this once (the server keeps only its hash):
 * a warning, the key, a copy button. The key lives only in the caller's state, dropped on close.
 */
export function SecretDialog({ secret, name, onClose }: { secret: string | null; name?: string; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      notify('exemplar.auth.keys.copied', { type: 'info' });
    } catch {
      // Clipboard refused (insecure context): the key stays selectable in the dialog.
    }
  };
  return (
    <Dialog open={Boolean(secret)} onClose={(_, reason) => reason !== 'backdropClick' && onClose()} maxWidth="sm" fullWidth data-testid="api-key-secret-dialog">
      <DialogTitle>
        {translate('exemplar.auth.keys.secret_title')}
        {name ? ` — ${name}` : ''}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="api-key-secret-warning">
          {translate('exemplar.auth.keys.secret_warning')}
        </Alert>
        <Box
          component="code"
          data-testid="api-key-secret"
          sx={{ display: 'block', p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' }}
        >
          {secret}
        </Box>
        <Typography variant="body2" sx={{ mt: 1 }} color="text.secondary">
          {translate('exemplar.auth.keys.secret_usage')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy} data-testid="api-key-copy">
          {translate('exemplar.auth.keys.copy')}
        </Button>
        <Button variant="contained" onClick={onClose} data-testid="api-key-secret-close">
          {translate('exemplar.auth.keys.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
