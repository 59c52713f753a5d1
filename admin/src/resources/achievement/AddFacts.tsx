import { useState, type ReactNode } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../../layout/Section';

export interface FactTab {
  /** The resource written; names the tab (exemplar.facts.tab.<resource>). */
  resource: string;
  form: ReactNode;
}

/** One tab per kind of fact, each with its create form (only the open tab is mounted). */
export function AddFacts({ tabs, title = 'exemplar.facts.add_title', testId = 'add-facts' }: { tabs: FactTab[]; title?: string; testId?: string }) {
  const translate = useTranslate();
  const [current, setCurrent] = useState(0);
  return (
    <Section title={title} testId={testId}>
      <Tabs value={current} onChange={(_, index: number) => setCurrent(index)} variant="scrollable" scrollButtons="auto" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        {tabs.map((tab) => (
          <Tab key={tab.resource} label={translate(`exemplar.facts.tab.${tab.resource}`)} />
        ))}
      </Tabs>
      <Box role="tabpanel">{tabs[current]?.form}</Box>
    </Section>
  );
}
