import type { ReactNode } from 'react';
import { Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatNumber } from '../fields/format';

export interface CountLine {
  label: string;
  value: number | undefined;
  testId: string;
}

/** A card of a few labelled counts, all from one query. */
export function CountCard({ title, icon, lines, loading, error }: { title: string; icon: ReactNode; lines: CountLine[]; loading: boolean; error?: Error }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card sx={{ flex: '1 1 280px', minWidth: 260 }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 1.5, alignItems: 'center' }}>
          {icon}
          <Typography variant="h6" component="h2">
            {translate(title)}
          </Typography>
        </Stack>
        {error ? (
          <Typography color="error" variant="body2">
            {error.message}
          </Typography>
        ) : loading ? (
          <CircularProgress size={24} />
        ) : (
          lines.map((line) => (
            <Stack key={line.testId} direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
              <Typography variant="body2" color="text.secondary">
                {translate(line.label)}
              </Typography>
              <Typography variant="h5" component="span" data-testid={line.testId}>
                {formatNumber(line.value, locale)}
              </Typography>
            </Stack>
          ))
        )}
      </CardContent>
    </Card>
  );
}
