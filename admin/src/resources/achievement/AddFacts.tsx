import { useState, type ReactNode } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useCanAccessResources, useTranslate } from 'react-admin';
import { Section } from '../../layout/Section';

export interface FactTab {
  /** The resource written; names the tab (exemplar.facts.tab.<resource>). */
  resource: string;
  form: ReactNode;
}

/**
 * One tab per kind of fact the principal may add (administrators), each with its create form (only
 * the open tab is mounted); nothing when it may add none.
 */
export function AddFacts({ tabs, title = 'exemplar.facts.add_title', testId = 'add-facts' }: { tabs: FactTab[]; title?: string; testId?: string }) {
  const translate = useTranslate();
  const [current, setCurrent] = useState(0);
  const { canAccess } = useCanAccessResources({ action: 'create', resources: tabs.map((tab) => tab.resource) });
  const allowed = tabs.filter((tab) => canAccess?.[tab.resource]);
  if (allowed.length === 0) return null;
  return (
    <Section title={title} testId={testId}>
      <Tabs value={Math.min(current, allowed.length - 1)} onChange={(_, index: number) => setCurrent(index)} variant="scrollable" scrollButtons="auto" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        {allowed.map((tab) => (
          <Tab key={tab.resource} label={translate(`exemplar.facts.tab.${tab.resource}`)} />
        ))}
      </Tabs>
      <Box role="tabpanel">{allowed[Math.min(current, allowed.length - 1)]?.form}</Box>
    </Section>
  );
}
