import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { BeforeReformUnitsCard } from './BeforeReformUnitsCard';
import { CurrentUnitsCard } from './CurrentUnitsCard';
import { OrganizationsCard } from './OrganizationsCard';

export function Dashboard() {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="exemplar.dashboard.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body1">{translate('exemplar.dashboard.welcome')}</Typography>
        </CardContent>
      </Card>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        <CurrentUnitsCard />
        <BeforeReformUnitsCard />
        <OrganizationsCard />
      </Stack>
    </Box>
  );
}
