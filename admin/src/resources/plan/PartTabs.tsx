import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button, Chip, Link, Typography } from '@mui/material';
import { useGetList, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { DueExpression, WindowRule } from '@exemplar/shared';
import { ChipRow, PartSection } from './PartSection';
import { countLabel, formatDue, formatRange, formatWindowRule } from './format';
import type { PartRecord } from './types';
import { COMPLIANCE_PATH, complianceSearch } from '../compliance/format';
import { usePlanEditor } from './PlanEditorContext';

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

function Verbatim({ text }: { text: unknown }) {
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {str(text) || '—'}
    </Typography>
  );
}

function Codes({ group, codes }: { group: string; codes: string[] }) {
  const translate = useTranslate();
  if (codes.length === 0) return <>—</>;
  return (
    <ChipRow>
      {codes.map((code) => (
        <Chip key={code} size="small" variant="outlined" label={translate(`exemplar.${group}.${code}`, { _: code })} />
      ))}
    </ChipRow>
  );
}

function Label({ group, code }: { group: string; code: unknown }) {
  const translate = useTranslate();
  const value = str(code);
  return <>{value ? translate(`exemplar.plan.${group}.${value}`, { _: value }) : '—'}</>;
}

/** Nội dung: objectives, requirements, content items with their stages, targets. */
export function ContentTab() {
  return (
    <>
      <PartSection list="objectives" columns={[{ label: 'exemplar.plan.field.label', width: 60, render: (p) => str(p.data.label) || '—' }, { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> }]} />
      <PartSection list="requirements" columns={[{ label: 'exemplar.plan.field.label', width: 60, render: (p) => str(p.data.label) || '—' }, { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> }]} />
      <PartSection
        list="contentItems"
        columns={[
          { label: 'exemplar.plan.field.section', width: 80, render: (p) => str(p.data.section) || str(p.data.label) || '—' },
          { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> },
          { label: 'exemplar.plan.field.stages', width: 220, render: (p) => <Codes group="plan.stage" codes={arr(p.data.stages)} /> },
          { label: 'exemplar.plan.field.responsibleText', width: 200, render: (p) => str(p.data.responsibleText) || '—' },
          { label: 'exemplar.plan.field.timingText', width: 140, render: (p) => str(p.data.timingText) || '—' },
        ]}
      />
      <PartSection
        list="kpis"
        columns={[
          { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> },
          { label: 'exemplar.plan.field.indicator', width: 220, render: (p) => <code>{str(p.data.indicator)}</code> },
          { label: 'exemplar.plan.field.target', width: 100, render: (p) => `${str(p.data.target)}${p.data.unit === 'PERCENT' ? ' %' : ''}` },
        ]}
      />
    </>
  );
}

/** A criteria set of the plan, linked to its page when the set is known. */
function CriteriaSetLink({ code }: { code: string }) {
  const createPath = useCreatePath();
  const { data } = useGetList('CriteriaSet', { filter: { code }, pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' } });
  const set = data?.[0];
  if (!set) return <code>{code}</code>;
  return (
    <Link href={`#${createPath({ resource: 'CriteriaSet', id: set.id, type: 'show' })}`} sx={{ fontFamily: 'monospace' }}>
      {code}
    </Link>
  );
}

/** Tiêu chí: who the plan is about, and the criteria sets it applies. */
export function CriteriaTab() {
  return (
    <>
      <PartSection
        list="subjects"
        columns={[
          { label: 'exemplar.plan.field.kinds', width: 220, render: (p) => <Codes group="vocabulary.subjectKind" codes={arr(p.data.kinds)} /> },
          { label: 'exemplar.plan.field.description', render: (p) => <Verbatim text={p.data.description} /> },
        ]}
      />
      <PartSection
        list="criteriaSets"
        columns={[
          { label: 'exemplar.plan.field.criteriaSetCode', render: (p) => <CriteriaSetLink code={str(p.data.code)} /> },
          { label: 'exemplar.plan.field.scope', width: 160, render: (p) => <Label group="scope" code={p.data.scope} /> },
          { label: 'exemplar.plan.field.subjectKinds', width: 200, render: (p) => <Codes group="vocabulary.subjectKind" codes={arr(p.data.subjectKinds)} /> },
          { label: 'exemplar.plan.field.roleGroups', width: 160, render: (p) => arr(p.data.roleGroups).join(', ') || str(p.data.field) || '—' },
          { label: 'exemplar.plan.field.derivedFrom', width: 180, render: (p) => <DerivedFrom part={p} /> },
        ]}
      />
    </>
  );
}

function DerivedFrom({ part }: { part: PartRecord }) {
  const from = obj(part.data.derivedFrom);
  return from.planCode ? <Typography variant="caption" sx={{ fontFamily: 'monospace' }}>{`${str(from.planCode)} · ${str(from.key)}`}</Typography> : <>—</>;
}

function Ranges({ ranges, max = 8 }: { ranges: { from: string; to: string; label: string }[] | undefined; max?: number }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const list = ranges ?? [];
  if (list.length === 0) return <>—</>;
  return (
    <ChipRow>
      {list.slice(0, max).map((range) => (
        <Chip key={range.label} size="small" title={range.label} label={formatRange(range, locale)} />
      ))}
      {list.length > max ? <Chip size="small" variant="outlined" label={translate('exemplar.plan.more', { count: list.length - max })} /> : null}
    </ChipRow>
  );
}

/** The plan's quota compliance for this year (or the plan's last year, or its first). */
function ComplianceLink() {
  const translate = useTranslate();
  const { plan } = usePlanEditor();
  if (!plan.quotaRules?.length) return null;
  const year = Math.min(Math.max(new Date().getFullYear(), plan.periodFrom), plan.periodTo);
  return (
    <Button size="small" startIcon={<FactCheckIcon />} href={`#${COMPLIANCE_PATH}${complianceSearch({ planId: plan.id, year, quarter: null, asOf: null })}`} sx={{ mx: 2, mt: 1 }} data-testid="plan-compliance-link">
      {translate('exemplar.compliance.link')}
    </Button>
  );
}

/** Chỉ tiêu & đợt nộp: quota rules (bound and value per period, who nominates, who receives), windows and their dates. */
export function QuotasTab() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <ComplianceLink />
      <PartSection
        list="quotaRules"
        columns={[
          { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> },
          { label: 'exemplar.plan.field.nominators', width: 200, render: (p) => str(obj(p.data.nominators).description) || '—' },
          {
            label: 'exemplar.plan.field.count',
            width: 150,
            render: (p) => (
              <span data-testid="quota-count">
                <strong>{countLabel(obj(p.data.count))}</strong> {translate(`exemplar.plan.per_period.${str(p.data.every)}`, { _: str(p.data.every) })}
                <br />
                <Typography component="span" variant="caption" color="text.secondary">
                  <Label group="per" code={p.data.per} />
                </Typography>
              </span>
            ),
          },
          { label: 'exemplar.plan.field.subjectKinds', width: 150, render: (p) => (arr(p.data.subjectKinds).length ? <Codes group="vocabulary.subjectKind" codes={arr(p.data.subjectKinds)} /> : translate('exemplar.plan.any_kind')) },
          { label: 'exemplar.plan.field.receiverText', width: 200, render: (p) => str(obj(p.data.receiver).text) || '—' },
          { label: 'exemplar.plan.field.windowKeys', width: 120, render: (p) => arr(p.data.windowKeys).join(', ') || '—' },
        ]}
      />
      <PartSection
        list="submissionWindows"
        columns={[
          { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> },
          { label: 'exemplar.plan.field.rule', width: 240, render: (p) => formatWindowRule(p.data.rule as WindowRule, translate, locale) },
          { label: 'exemplar.plan.field.instances', width: 360, render: (p) => <Ranges ranges={p.instances} /> },
        ]}
      />
    </>
  );
}

/** Mốc thời gian: what, who, when (as printed and resolved to dates). */
export function MilestonesTab() {
  const translate = useTranslate();
  return (
    <PartSection
      list="milestones"
      columns={[
        { label: 'exemplar.plan.field.kind', width: 130, render: (p) => <Label group="milestoneKind" code={p.data.kind} /> },
        { label: 'exemplar.plan.field.text', render: (p) => <Verbatim text={p.data.text} /> },
        { label: 'exemplar.plan.field.actorText', width: 180, render: (p) => str(obj(p.data.actor).text) || '—' },
        {
          label: 'exemplar.plan.field.due',
          width: 200,
          render: (p) => (
            <>
              {formatDue(p.data.due as DueExpression, translate)}
              {p.data.dueText ? (
                <Typography variant="caption" color="text.secondary" component="div">
                  «{str(p.data.dueText)}»
                </Typography>
              ) : null}
            </>
          ),
        },
        { label: 'exemplar.plan.field.dueRanges', width: 260, render: (p) => <Ranges ranges={p.dueRanges} max={4} /> },
      ]}
    />
  );
}

/** Trách nhiệm: who leads, with whom, which duties, how often. */
export function ResponsibilitiesTab() {
  return (
    <PartSection
      list="responsibilities"
      columns={[
        { label: 'exemplar.plan.field.leadText', width: 220, render: (p) => str(obj(p.data.lead).text) || '—' },
        { label: 'exemplar.plan.field.withTexts', width: 200, render: (p) => ((p.data.with as { text: string }[] | undefined) ?? []).map((w) => w.text).join('; ') || '—' },
        {
          label: 'exemplar.plan.field.duties',
          render: (p) => (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {arr(p.data.duties).map((duty, i) => (
                <li key={i}>
                  <Typography variant="body2">{duty}</Typography>
                </li>
              ))}
            </ul>
          ),
        },
        { label: 'exemplar.plan.field.frequency', width: 140, render: (p) => str(p.data.frequencyText) || <Label group="frequency" code={p.data.frequency} /> },
      ]}
    />
  );
}

/** Nơi nhận: each line, how and why it receives the plan. */
export function RecipientsTab() {
  return (
    <PartSection
      list="recipients"
      columns={[
        { label: 'exemplar.plan.field.line', render: (p) => <Verbatim text={p.data.line} /> },
        { label: 'exemplar.plan.field.delivery', width: 160, render: (p) => <Label group="delivery" code={p.data.delivery} /> },
        { label: 'exemplar.plan.field.purpose', width: 200, render: (p) => <Label group="purpose" code={p.data.purpose} /> },
      ]}
    />
  );
}

/** Parent plans and legal bases: an internal plan by code, or an external document's citation. */
export function linkColumns() {
  return [
    { label: 'exemplar.plan.field.relation', width: 150, render: (p: PartRecord) => <Label group="relation" code={p.data.relation} /> },
    {
      label: 'exemplar.plan.field.document',
      render: (p: PartRecord) => {
        if (p.data.kind === 'INTERNAL') return <PlanCodeLink code={str(p.data.planCode)} />;
        const document = obj(p.data.document);
        return (
          <Typography variant="body2">
            {[str(document.number), str(obj(document.issuer).text), str(document.title)].filter(Boolean).join(' — ') || str(p.data.text) || '—'}
          </Typography>
        );
      },
    },
  ];
}

/** A plan of the system by its code, linked to its page. */
export function PlanCodeLink({ code }: { code: string }) {
  const createPath = useCreatePath();
  const { data } = useGetList('Plan', { filter: { code }, pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' } });
  const plan = data?.[0];
  if (!plan) return <code>{code}</code>;
  return (
    <Link href={`#${createPath({ resource: 'Plan', id: plan.id, type: 'show' })}`}>
      <code>{code}</code> {String(plan.title ?? '')}
    </Link>
  );
}
