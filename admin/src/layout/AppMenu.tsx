import type { ReactNode } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Divider, ListSubheader } from '@mui/material';
import { Layout, Menu, useCanAccessResources, useSidebarState, useTranslate, type LayoutProps } from 'react-admin';
import { AuthAppBar } from '../auth/AuthAppBar';
import { SessionWatcher } from '../auth/SessionWatcher';
import { COMPLIANCE_PATH } from '../resources/compliance/format';

/**
 * A titled group of the menu; only the divider is left when the sidebar is folded to icons. Each
 * resource item shows only when the principal may list it (authProvider.canAccess); a group none of
 * whose resources may be listed is left out, title and all.
 */
function MenuGroup({ title, resources, children }: { title: string; resources: string[]; children: ReactNode }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources });
  if (isPending || !resources.some((resource) => canAccess?.[resource])) return null;
  return (
    <>
      {open ? (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: '36px', mt: 1, bgcolor: 'transparent' }}>
          {translate(title)}
        </ListSubheader>
      ) : (
        <Divider sx={{ my: 1 }} />
      )}
      {children}
    </>
  );
}

const ADMINISTRATION = ['AuditEntry', 'AppUser', 'ApiKey'];

/** The territory and agencies first, plans and what they set moving (exemplars, nominations, quotas, councils, decisions), then the achievement record, then the award catalogue, then administration (the audit log for administrators; users and API keys for national administrators). */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="AdministrativeUnit" />
      <Menu.ResourceItem name="Organization" />
      <Menu.ResourceItem name="Plan" />
      <MenuGroup title="exemplar.menu.exemplars" resources={['Exemplar', 'Nomination', 'Council', 'AwardDecision']}>
        <Menu.ResourceItem name="Exemplar" />
        <Menu.ResourceItem name="Nomination" />
        <Menu.Item to={COMPLIANCE_PATH} primaryText="exemplar.compliance.menu" leftIcon={<FactCheckIcon />} />
        <Menu.ResourceItem name="Council" />
        <Menu.ResourceItem name="AwardDecision" />
      </MenuGroup>
      <MenuGroup title="exemplar.menu.achievement" resources={['Person', 'Household']}>
        <Menu.ResourceItem name="Person" />
        <Menu.ResourceItem name="Household" />
      </MenuGroup>
      <MenuGroup title="exemplar.menu.catalogue" resources={['AwardType', 'AwardAuthorityRule', 'ActivityField', 'CriteriaSet']}>
        <Menu.ResourceItem name="AwardType" />
        <Menu.ResourceItem name="AwardAuthorityRule" />
        <Menu.ResourceItem name="ActivityField" />
        <Menu.ResourceItem name="CriteriaSet" />
      </MenuGroup>
      <MenuGroup title="exemplar.history.menu" resources={ADMINISTRATION}>
        {ADMINISTRATION.map((name) => (
          <Menu.ResourceItem key={name} name={name} />
        ))}
      </MenuGroup>
    </Menu>
  );
}

export function AppLayout({ children, ...props }: LayoutProps) {
  return (
    <Layout {...props} menu={AppMenu} appBar={AuthAppBar}>
      <SessionWatcher />
      {children}
    </Layout>
  );
}
