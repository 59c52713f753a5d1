import type { ReactNode } from 'react';
import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled block of a show page (one relation of the record). */
export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Box component="section" data-testid={testId} sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 1.5 }} />
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

/** A titled part inside a section (one kind of fact among the record's). */
export function SubSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 0.5, fontWeight: 500 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

export function EmptyNote({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
}
