import type { CriteriaSetResult, ResolvedWindow, RoleSelection, TraceNode, Verdict } from './evaluate';
import type { Comparator, LocalizedText, RuleOf, Source } from './rule';
import type { AwardLevel, DisciplineForm } from './vocabulary';

/**
 * Renders traces as sentences a reviewer reads: Vietnamese by default, English on request.
 * Codes stay codes unless a catalogue lookup is passed in `labels` (award type names, cultural
 * titles, flags, metrics, roles).
 */

export type Lang = 'vi' | 'en';

export interface ExplainLabels {
  awardTypes?: Record<string, LocalizedText>;
  culturalTitles?: Record<string, LocalizedText>;
  flags?: Record<string, LocalizedText>;
  metrics?: Record<string, LocalizedText>;
  roles?: Record<string, LocalizedText>;
  /** Kinds of organization (ORGANIZATION_KINDS), for the role line. */
  organizationKinds?: Record<string, LocalizedText>;
}

export interface ExplainOptions {
  lang?: Lang;
  labels?: ExplainLabels;
}

export interface ExplainLine {
  depth: number;
  verdict: Verdict;
  text: string;
  /** The rule's JSON path (empty for the result and role lines). */
  path: string;
}

const VERDICT: Record<Lang, Record<Verdict, string>> = {
  vi: { PASS: 'Đạt', FAIL: 'Không đạt', UNKNOWN: 'Chưa xác định' },
  en: { PASS: 'Passed', FAIL: 'Failed', UNKNOWN: 'Unknown' },
};

const LEVEL: Record<Lang, Record<AwardLevel, string>> = {
  vi: { NHA_NUOC: 'cấp Nhà nước', BO: 'cấp bộ', TINH: 'cấp tỉnh', HUYEN: 'cấp huyện', XA: 'cấp xã', CO_SO: 'cấp cơ sở' },
  en: { NHA_NUOC: 'state level', BO: 'ministry level', TINH: 'provincial level', HUYEN: 'district level', XA: 'commune level', CO_SO: 'grassroots level' },
};

const DISCIPLINE: Record<Lang, Record<DisciplineForm, string>> = {
  vi: { KHIEN_TRACH: 'khiển trách', CANH_CAO: 'cảnh cáo', HA_BAC_LUONG: 'hạ bậc lương', GIANG_CHUC: 'giáng chức', CACH_CHUC: 'cách chức', BUOC_THOI_VIEC: 'buộc thôi việc' },
  en: { KHIEN_TRACH: 'reprimand', CANH_CAO: 'warning', HA_BAC_LUONG: 'salary downgrade', GIANG_CHUC: 'demotion', CACH_CHUC: 'dismissal', BUOC_THOI_VIEC: 'forced resignation' },
};

const CMP: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

const NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

const PERCENT_FORMAT: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** The lines of a whole result: verdict, role group, then each criterion and its rule tree. */
export function explainResult(result: CriteriaSetResult, options: ExplainOptions = {}): ExplainLine[] {
  const lang = options.lang ?? 'vi';
  const lines: ExplainLine[] = [];
  const v = VERDICT[lang][result.verdict];
  if (!result.applicable) {
    lines.push({
      depth: 0,
      verdict: result.verdict,
      path: '',
      text:
        lang === 'vi'
          ? `${v}: bộ tiêu chí ${result.setCode} không áp dụng cho đối tượng loại ${result.subjectKind}.`
          : `${v}: criteria set ${result.setCode} does not apply to subjects of kind ${result.subjectKind}.`,
    });
    return lines;
  }
  lines.push({
    depth: 0,
    verdict: result.verdict,
    path: '',
    text: lang === 'vi' ? `Kết quả theo bộ tiêu chí ${result.setCode} (ngày ${dmy(result.asOf)}): ${v}.` : `Result under ${result.setCode} (as of ${result.asOf}): ${v}.`,
  });
  if (result.role) lines.push({ depth: 1, verdict: result.role.verdict, path: '', text: explainRole(result.role, result.asOf, options) });
  for (const c of result.criteria) {
    const title = lang === 'vi' ? c.title.vi : (c.title.en ?? c.title.vi);
    lines.push({ depth: 1, verdict: c.verdict, path: c.trace.path, text: `[${c.key}] ${title}: ${VERDICT[lang][c.verdict]}.` });
    walk(c.trace, 2, options, lines);
  }
  return lines;
}

/** The lines of one rule trace, the root at `depth`. */
export function explainTrace(trace: TraceNode, options: ExplainOptions = {}, depth = 0): ExplainLine[] {
  const lines: ExplainLine[] = [];
  walk(trace, depth, options, lines);
  return lines;
}

/** Lines as indented text (two spaces per level). */
export function renderExplanation(lines: readonly ExplainLine[]): string {
  return lines.map((l) => `${'  '.repeat(l.depth)}${l.text}`).join('\n');
}

/** One result or trace as indented text. */
export function explain(subject: CriteriaSetResult | TraceNode, options: ExplainOptions = {}): string {
  return renderExplanation('criteria' in subject ? explainResult(subject, options) : explainTrace(subject, options));
}

function walk(t: TraceNode, depth: number, options: ExplainOptions, lines: ExplainLine[]): void {
  lines.push({ depth, verdict: t.verdict, path: t.path, text: explainNode(t, options) });
  if (t.children) for (const c of t.children) walk(c, depth + 1, options, lines);
  if (t.inRun) walk(t.inRun, depth + 1, options, lines);
}

// ---------------------------------------------------------------------------------------------
// One node, one sentence
// ---------------------------------------------------------------------------------------------

/** The sentence for one trace node (without its children). */
export function explainNode(t: TraceNode, options: ExplainOptions = {}): string {
  const lang = options.lang ?? 'vi';
  return prefix(t, lang) + sentence(t, lang, options.labels ?? {});
}

function prefix(t: TraceNode, lang: Lang): string {
  if (t.subjectId !== undefined) return lang === 'vi' ? `Thành viên ${t.subjectId} — ` : `Member ${t.subjectId} — `;
  if (t.year !== undefined) return lang === 'vi' ? `Năm ${t.year} — ` : `${t.year} — `;
  return '';
}

function sentence(t: TraceNode, lang: Lang, labels: ExplainLabels): string {
  const v = VERDICT[lang][t.verdict];
  const vi = lang === 'vi';
  switch (t.op) {
    case 'all': {
      const n = t.children?.length ?? 0;
      const failed = countVerdict(t, 'FAIL');
      const unknown = countVerdict(t, 'UNKNOWN');
      if (t.verdict === 'PASS') return vi ? `${v}: đáp ứng cả ${n} điều kiện.` : `${v}: all ${n} conditions are met.`;
      if (t.verdict === 'FAIL') return vi ? `${v}: ${failed}/${n} điều kiện không đạt.` : `${v}: ${failed} of ${n} conditions not met.`;
      return vi ? `${v}: ${unknown}/${n} điều kiện chưa xác định, không điều kiện nào không đạt.` : `${v}: ${unknown} of ${n} conditions undetermined, none failed.`;
    }
    case 'any': {
      const n = t.children?.length ?? 0;
      const passed = countVerdict(t, 'PASS');
      const unknown = countVerdict(t, 'UNKNOWN');
      if (t.verdict === 'PASS') return vi ? `${v}: đáp ứng ${passed}/${n} điều kiện thay thế (cần ít nhất 1).` : `${v}: ${passed} of ${n} alternatives met (needs at least 1).`;
      if (t.verdict === 'FAIL') return vi ? `${v}: không đáp ứng điều kiện nào trong ${n} điều kiện thay thế.` : `${v}: none of ${n} alternatives met.`;
      return vi
        ? `${v}: chưa đáp ứng điều kiện nào trong ${n} điều kiện thay thế, ${unknown} điều kiện chưa xác định.`
        : `${v}: none of ${n} alternatives met yet, ${unknown} undetermined.`;
    }
    case 'not':
      return vi ? `${v}: điều kiện sau phải không xảy ra.` : `${v}: the following must not hold.`;
    case 'count':
      return countSentence(t, lang, labels);
    case 'everyYear': {
      const w = windowPhrase(t.window!, lang);
      if (t.reason === 'EMPTY_WINDOW') return vi ? `${v}: khoảng thời gian chưa có năm nào.` : `${v}: the window holds no year yet.`;
      const years = t.children ?? [];
      const pass = years.filter((c) => c.verdict === 'PASS').length;
      if (t.verdict === 'PASS') return vi ? `${v}: mọi năm ${w} đều đáp ứng (${pass}/${years.length} năm).` : `${v}: every year ${w} meets the condition (${pass} of ${years.length} years).`;
      const which = years
        .filter((c) => c.verdict === t.verdict)
        .map((c) => c.year)
        .join(', ');
      if (t.verdict === 'FAIL') return vi ? `${v}: có năm không đáp ứng ${w}: ${which}.` : `${v}: the condition is not met in ${which} (needed every year ${w}).`;
      return vi ? `${v}: chưa đủ dữ liệu cho năm ${which} ${w}.` : `${v}: undetermined for ${which} (needed every year ${w}).`;
    }
    case 'consecutive': {
      const n = t.threshold as number;
      const w = windowPhrase(t.window!, lang);
      if (t.reason === 'TOO_FEW_YEARS' || t.reason === 'EMPTY_WINDOW') {
        return vi ? `${v}: khoảng thời gian ${w} không đủ ${n} năm liên tục.` : `${v}: the window ${w} is shorter than ${n} consecutive years.`;
      }
      const run = t.run ? `${t.run.from}–${t.run.to}` : '';
      if (t.verdict === 'PASS') {
        return vi ? `${v}: ${n} năm liên tục ${run} đáp ứng điều kiện (cần ${n} năm liên tục ${w}).` : `${v}: ${n} consecutive years ${run} meet the condition (needs ${n} consecutive years ${w}).`;
      }
      if (t.verdict === 'UNKNOWN') {
        return vi
          ? `${v}: chưa đủ dữ liệu để kết luận về ${n} năm liên tục ${run} (cần ${n} năm liên tục ${w}).`
          : `${v}: the run ${run} cannot be settled yet (needs ${n} consecutive years ${w}).`;
      }
      return vi
        ? `${v}: không có ${n} năm liên tục đáp ứng điều kiện ${w} (dài nhất: ${t.observed} năm).`
        : `${v}: no ${n} consecutive years meet the condition ${w} (longest: ${t.observed}).`;
    }
    case 'ratingAtLeast': {
      const level = t.threshold as string;
      if (t.verdict === 'UNKNOWN') return vi ? `${v}: chưa có xếp loại ${windowPhrase(t.window!, lang)} (cần ${level} trở lên).` : `${v}: no rating ${windowPhrase(t.window!, lang)} (needs ${level} or better).`;
      return vi
        ? `${v}: năm ${t.observedYear} được xếp loại ${t.observed} (cần ${level} trở lên): ${ids(t.records)}.`
        : `${v}: rated ${t.observed} in ${t.observedYear} (needs ${level} or better): ${ids(t.records)}.`;
    }
    case 'noDiscipline': {
      const rule = t.rule as RuleOf<'noDiscipline'>;
      const form = DISCIPLINE[lang][rule.minForm];
      const w = windowPhrase(t.window!, lang);
      if (t.verdict === 'FAIL') {
        const n = t.records!.length;
        return vi
          ? `${v}: có ${n} quyết định kỷ luật từ hình thức ${form} trở lên ${w}: ${ids(t.records)}.`
          : `${v}: ${n} disciplinary ${n === 1 ? 'decision' : 'decisions'} at ${form} or above ${w}: ${ids(t.records)}.`;
      }
      if (t.verdict === 'UNKNOWN') {
        return vi ? `${v}: chưa có danh sách thành viên để kiểm tra kỷ luật từ hình thức ${form} trở lên ${w}.` : `${v}: members not known, cannot check discipline at ${form} or above ${w}.`;
      }
      if (rule.scope === 'SELF') return vi ? `${v}: không bị kỷ luật từ hình thức ${form} trở lên ${w}.` : `${v}: no discipline at ${form} or above ${w}.`;
      if (rule.scope === 'MEMBERS') return vi ? `${v}: không thành viên nào bị kỷ luật từ hình thức ${form} trở lên ${w}.` : `${v}: no member disciplined at ${form} or above ${w}.`;
      return vi ? `${v}: tập thể và các thành viên không bị kỷ luật từ hình thức ${form} trở lên ${w}.` : `${v}: neither the collective nor any member disciplined at ${form} or above ${w}.`;
    }
    case 'members':
      return membersSentence(t, lang);
    case 'increasing':
      return increasingSentence(t, lang, labels);
    case 'flag': {
      const rule = t.rule as RuleOf<'flag'>;
      const code = label(labels.flags, rule.code, lang);
      const year = t.observedYear !== null && t.observedYear !== undefined ? (vi ? ` (năm ${t.observedYear})` : ` (${t.observedYear})`) : '';
      if (t.verdict === 'PASS') return vi ? `${v}: có ghi nhận ${code}${year}: ${ids(t.records)}.` : `${v}: ${code} is recorded${year}: ${ids(t.records)}.`;
      if (t.verdict === 'FAIL') return vi ? `${v}: ${code} được ghi nhận là không đạt${year}: ${ids(t.records)}.` : `${v}: ${code} is recorded as not met${year}: ${ids(t.records)}.`;
      return vi ? `${v}: chưa có ghi nhận ${code} ${windowPhrase(t.window!, lang)}.` : `${v}: no record of ${code} ${windowPhrase(t.window!, lang)}.`;
    }
    case 'attest': {
      const rule = t.rule as RuleOf<'attest'>;
      const text = vi ? `«${rule.text}»` : `“${rule.text}”`;
      if (t.verdict === 'PASS') return vi ? `${v}: ${text} — đã được xác nhận (${ids(t.records)}, ${t.observed}).` : `${v}: ${text} — attested (${ids(t.records)}, ${t.observed}).`;
      if (t.verdict === 'FAIL') return vi ? `${v}: ${text} — người đánh giá xác nhận không đạt (${ids(t.records)}, ${t.observed}).` : `${v}: ${text} — attested as not met (${ids(t.records)}, ${t.observed}).`;
      return vi ? `${v}: ${text} — chưa được xác nhận.` : `${v}: ${text} — not yet attested.`;
    }
    case 'unknown': {
      const rule = t.rule as RuleOf<'unknown'>;
      return `${v}: ${rule.note}`;
    }
  }
}

function countVerdict(t: TraceNode, v: Verdict): number {
  let n = 0;
  if (t.children) for (const c of t.children) if (c.verdict === v) n++;
  return n;
}

function ids(list: readonly string[] | undefined): string {
  return list && list.length ? list.join(', ') : '—';
}

function label(map: Record<string, LocalizedText> | undefined, code: string, lang: Lang): string {
  const l = map?.[code];
  if (!l) return code;
  return lang === 'vi' ? l.vi : (l.en ?? l.vi);
}

function labels(map: Record<string, LocalizedText> | undefined, codes: readonly string[], lang: Lang): string {
  return codes.map((c) => label(map, c, lang)).join(lang === 'vi' ? ' hoặc ' : ' or ');
}

function dmy(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** "trong giai đoạn 2021–2025" / "in 2021–2025"; cut short by the evaluation date: "từ năm 2021 đến ngày 30/06/2025". */
export function windowPhrase(w: ResolvedWindow, lang: Lang): string {
  const vi = lang === 'vi';
  if (w.fromYear === null) {
    if (w.kind === 'BEFORE_RUN') return vi ? `trước năm ${w.toYear + 1}` : `before ${w.toYear + 1}`;
    return vi ? `tính đến ngày ${dmy(w.toDate)}` : `up to ${w.toDate}`;
  }
  if (w.fromYear > w.toYear) return vi ? `trong khoảng thời gian chưa bắt đầu (từ năm ${w.fromYear})` : `in a window not yet begun (from ${w.fromYear})`;
  const fromExact = w.fromDate === `${w.fromYear}-01-01`;
  const toExact = w.toDate === `${w.toYear}-12-31`;
  if (fromExact && toExact) {
    if (w.fromYear === w.toYear) return vi ? `trong năm ${w.fromYear}` : `in ${w.fromYear}`;
    return vi ? `trong giai đoạn ${w.fromYear}–${w.toYear}` : `in ${w.fromYear}–${w.toYear}`;
  }
  if (vi) return `từ ${fromExact ? `năm ${w.fromYear}` : `ngày ${dmy(w.fromDate!)}`} đến ${toExact ? `năm ${w.toYear}` : `ngày ${dmy(w.toDate)}`}`;
  return `from ${fromExact ? w.fromYear : w.fromDate} to ${toExact ? w.toYear : w.toDate}`;
}

/** What a count counts: the noun and its qualifiers, in the language asked. */
function countNoun(source: Source, where: Record<string, unknown> | undefined, n: number, lang: Lang, labelsMap: ExplainLabels): string {
  const vi = lang === 'vi';
  const f = (where ?? {}) as Record<string, never>;
  const plural = (one: string, many: string) => (n === 1 ? one : many);
  const levelList = (levels: AwardLevel[]) => levels.map((l) => LEVEL[lang][l]).join(vi ? ' hoặc ' : ' or ');
  switch (source) {
    case 'AWARD': {
      const w = f as RuleOf<'count'>['where'] & { awardTypes?: string[]; issuerLevels?: AwardLevel[]; issuerRoles?: string[]; occasion?: string };
      const types = w.awardTypes ? labels(labelsMap.awardTypes, w.awardTypes, lang) : vi ? 'khen thưởng' : '';
      let s = vi ? `lần được tặng ${types}` : w.awardTypes ? `${plural('award', 'awards')} of ${types}` : plural('award', 'awards');
      if (w.issuerLevels) s += vi ? ` do ${levelList(w.issuerLevels)} trao` : ` issued at ${levelList(w.issuerLevels)}`;
      if (w.issuerRoles) s += vi ? ` (người ký: ${w.issuerRoles.join(' hoặc ')})` : ` (signed by ${w.issuerRoles.join(' or ')})`;
      if (w.occasion) s += vi ? ` về "${w.occasion}"` : ` for "${w.occasion}"`;
      return s;
    }
    case 'INITIATIVE':
    case 'RESEARCH': {
      const w = f as { recognitionLevels?: AwardLevel[]; minRecognitionLevel?: AwardLevel; recognized?: boolean; applied?: boolean; levels?: AwardLevel[]; minLevel?: AwardLevel };
      const isInitiative = source === 'INITIATIVE';
      const levels = isInitiative ? w.recognitionLevels : w.levels;
      const min = isInitiative ? w.minRecognitionLevel : w.minLevel;
      const parts: string[] = [];
      const verb = isInitiative ? (vi ? 'được công nhận' : 'recognised') : vi ? 'được nghiệm thu' : 'accepted';
      if (levels) parts.push(vi ? `${verb} ${levelList(levels)}` : `${verb} at ${levelList(levels)}`);
      else if (min) parts.push(vi ? `${verb} ${LEVEL[lang][min]} trở lên` : `${verb} at ${LEVEL[lang][min]} or above`);
      else if (w.recognized === true) parts.push(verb);
      else if (w.recognized === false) parts.push(vi ? 'chưa được công nhận' : 'not recognised');
      if (w.applied === true) parts.push(vi ? 'đã được áp dụng' : 'applied');
      else if (w.applied === false) parts.push(vi ? 'chưa được áp dụng' : 'not applied');
      const noun = isInitiative ? (vi ? 'sáng kiến' : plural('initiative', 'initiatives')) : vi ? 'đề tài, công trình khoa học' : plural('research work', 'research works');
      return parts.length ? `${noun} ${parts.join(vi ? ', ' : ' and ')}` : noun;
    }
    case 'RATING': {
      const w = f as { minLevel?: string; levels?: string[] };
      const what = w.minLevel ? (vi ? ` ${w.minLevel} trở lên` : ` ${w.minLevel} or better`) : w.levels ? ` ${w.levels.join(vi ? ' hoặc ' : ' or ')}` : '';
      return vi ? `năm được xếp loại${what}` : `${plural('year', 'years')} rated${what}`;
    }
    case 'DISCIPLINE': {
      const w = f as { minForm?: DisciplineForm; forms?: DisciplineForm[] };
      const what = w.minForm
        ? vi
          ? ` từ hình thức ${DISCIPLINE.vi[w.minForm]} trở lên`
          : ` at ${DISCIPLINE.en[w.minForm]} or above`
        : w.forms
          ? ` (${w.forms.map((x) => DISCIPLINE[lang][x]).join(vi ? ' hoặc ' : ' or ')})`
          : '';
      return vi ? `quyết định kỷ luật${what}` : `disciplinary ${plural('decision', 'decisions')}${what}`;
    }
    case 'CULTURAL_TITLE': {
      const w = f as { codes?: string[] };
      const what = w.codes ? ` ${labels(labelsMap.culturalTitles, w.codes, lang)}` : '';
      return vi ? `danh hiệu${what}` : `${plural('title', 'titles')}${what}`;
    }
    case 'FLAG': {
      const w = f as { codes?: string[]; value?: boolean };
      const what = w.codes ? ` ${labels(labelsMap.flags, w.codes, lang)}` : '';
      const value = w.value === undefined ? '' : vi ? (w.value ? ' (đạt)' : ' (không đạt)') : w.value ? ' (met)' : ' (not met)';
      return vi ? `ghi nhận${what}${value}` : `${plural('record', 'records')}${what ? ` of${what}` : ''}${value}`;
    }
    case 'METRIC': {
      const w = f as { codes?: string[]; min?: number; max?: number };
      const what = w.codes ? ` ${labels(labelsMap.metrics, w.codes, lang)}` : '';
      let s = vi ? `số liệu${what}` : `${plural('figure', 'figures')}${what ? ` of${what}` : ''}`;
      if (w.min !== undefined) s += vi ? ` từ ${NUMBER_FORMAT.vi.format(w.min)}` : ` of at least ${NUMBER_FORMAT.en.format(w.min)}`;
      if (w.max !== undefined) s += vi ? ` đến ${NUMBER_FORMAT.vi.format(w.max)}` : ` at most ${NUMBER_FORMAT.en.format(w.max)}`;
      return s;
    }
    case 'ATTESTATION': {
      const w = f as { keys?: string[]; verdict?: 'PASS' | 'FAIL' };
      const what = w.keys ? ` ${w.keys.join(', ')}` : '';
      const verdict = w.verdict ? ` (${VERDICT[lang][w.verdict]})` : '';
      return vi ? `xác nhận${what}${verdict}` : `${plural('attestation', 'attestations')}${what}${verdict}`;
    }
  }
}

function countSentence(t: TraceNode, lang: Lang, labelsMap: ExplainLabels): string {
  const rule = t.rule as RuleOf<'count'>;
  const vi = lang === 'vi';
  const n = t.observed as number;
  const noun = countNoun(rule.source, rule.where as Record<string, unknown> | undefined, n, lang, labelsMap);
  // "có 0 lần được tặng" reads badly: a missing award is "chưa được tặng", other nouns "không có".
  const amount = vi ? (n > 0 ? `có ${n} ${noun}` : rule.source === 'AWARD' ? `chưa ${noun.replace(/^lần /, '')}` : `không có ${noun}`) : `${n === 0 ? 'no' : n} ${noun}`;
  const needs = vi ? `cần ${CMP[rule.cmp]} ${t.threshold}` : `needs ${CMP[rule.cmp]} ${t.threshold}`;
  const counted = t.records && t.records.length ? `: ${t.records.join(', ')}` : '';
  const maybe = t.uncertain && t.uncertain.length ? (vi ? `; chưa rõ: ${t.uncertain.join(', ')}` : `; uncertain: ${t.uncertain.join(', ')}`) : '';
  return `${VERDICT[lang][t.verdict]}: ${amount} ${windowPhrase(t.window!, lang)} (${needs})${counted}${maybe}.`;
}

function membersSentence(t: TraceNode, lang: Lang): string {
  const vi = lang === 'vi';
  const v = VERDICT[lang][t.verdict];
  const cmp = CMP[t.cmp!];
  const threshold = NUMBER_FORMAT[lang].format(t.threshold as number);
  const share = t.measure === 'SHARE';
  const needs = share ? (vi ? `cần ${cmp} ${threshold}%` : `needs ${cmp} ${threshold}%`) : vi ? `cần ${cmp} ${threshold} thành viên` : `needs ${cmp} ${threshold}`;
  if (t.reason === 'NO_MEMBERS') return vi ? `${v}: chưa có danh sách thành viên (${needs}).` : `${v}: members not known (${needs}).`;
  const p = t.observed as number;
  const total = t.total!;
  const counted = t.records && t.records.length ? `: ${t.records.join(', ')}` : '';
  const maybe = t.uncertain && t.uncertain.length ? (vi ? `; chưa rõ: ${t.uncertain.join(', ')}` : `; uncertain: ${t.uncertain.join(', ')}`) : '';
  const pct = share ? ` (${PERCENT_FORMAT[lang].format((100 * p) / total)}%)` : '';
  return vi
    ? `${v}: ${p}/${total} thành viên${pct} đáp ứng điều kiện (${needs})${counted}${maybe}.`
    : `${v}: ${p} of ${total} members${pct} meet the condition (${needs})${counted}${maybe}.`;
}

function increasingSentence(t: TraceNode, lang: Lang, labelsMap: ExplainLabels): string {
  const vi = lang === 'vi';
  const v = VERDICT[lang][t.verdict];
  const rule = t.rule as RuleOf<'increasing'>;
  const metric = label(labelsMap.metrics, rule.metric, lang);
  const w = windowPhrase(t.window!, lang);
  const fmt = NUMBER_FORMAT[lang];
  const values = t.values ?? [];
  if (t.verdict === 'PASS') {
    const chain = values.map((x) => fmt.format(x.value!)).join(' < ');
    return vi ? `${v}: ${metric} tăng qua từng năm ${w}: ${chain} (${ids(t.records)}).` : `${v}: ${metric} rises every year ${w}: ${chain} (${ids(t.records)}).`;
  }
  if (t.verdict === 'FAIL') {
    const a = values.find((x) => x.year === t.observed)!;
    const b = values.find((x) => x.year === t.observedYear)!;
    return vi
      ? `${v}: ${metric} không tăng từ năm ${a.year} (${fmt.format(a.value!)}) sang năm ${b.year} (${fmt.format(b.value!)}): ${a.id}, ${b.id}.`
      : `${v}: ${metric} does not rise from ${a.year} (${fmt.format(a.value!)}) to ${b.year} (${fmt.format(b.value!)}): ${a.id}, ${b.id}.`;
  }
  if (t.reason === 'TOO_FEW_YEARS' || t.reason === 'EMPTY_WINDOW') return vi ? `${v}: cần ít nhất 2 năm để so sánh ${metric} ${w}.` : `${v}: comparing ${metric} needs at least 2 years ${w}.`;
  const missing = values
    .filter((x) => x.value === null)
    .map((x) => x.year)
    .join(', ');
  return vi ? `${v}: thiếu số liệu ${metric} năm ${missing}.` : `${v}: no ${metric} figure for ${missing}.`;
}

function explainRole(role: RoleSelection, asOf: string, options: ExplainOptions): string {
  const lang = options.lang ?? 'vi';
  const vi = lang === 'vi';
  const roleName = (code: string) => label(options.labels?.roles, code, lang);
  const roles = role.roles.map(roleName).join(', ');
  const title = role.groupTitle ? (vi ? role.groupTitle.vi : (role.groupTitle.en ?? role.groupTitle.vi)) : '';
  const v = VERDICT[lang][role.verdict];
  switch (role.status) {
    case 'MATCHED': {
      const d = role.decidedBy!;
      const kind = d.organizationKind;
      const named = kind ? options.labels?.organizationKinds?.[kind] : undefined;
      const at = !kind ? '' : named ? (vi ? ` tại ${named.vi.toLocaleLowerCase('vi')}` : ` at a ${(named.en ?? named.vi).toLowerCase()}`) : vi ? ` tại ${kind}` : ` at ${kind}`;
      const aside = role.setAside.length ? (vi ? ` (không xét theo nhóm ${role.setAside.join(', ')})` : ` (not by ${role.setAside.join(', ')})`) : '';
      return vi
        ? `Xét theo nhóm «${title}» vì giữ chức vụ ${roleName(d.roleCode)}${at} vào ngày ${dmy(asOf)} (vị trí ${d.positionId})${aside}.`
        : `Judged by the group “${title}”: holds ${roleName(d.roleCode)}${at} on ${asOf} (position ${d.positionId})${aside}.`;
    }
    case 'FALLBACK':
      return vi
        ? `Xét theo nhóm chung «${title}» vì các chức vụ ${roles} không thuộc nhóm nào khác và không phải chức vụ lãnh đạo.`
        : `Judged by the general group “${title}”: the roles held (${roles}) belong to no other group and none is a leadership role.`;
    case 'NO_POSITION':
      return vi
        ? `${v}: không có chức vụ nào được ghi nhận vào ngày ${dmy(asOf)}, nên chưa chọn được nhóm tiêu chí theo chức vụ.`
        : `${v}: no position recorded on ${asOf}, so no role group can be chosen.`;
    case 'LEADER_NOT_COVERED':
      return vi
        ? `${v}: giữ chức vụ lãnh đạo ${roleName(role.decidedBy!.roleCode)} nhưng không nhóm tiêu chí lãnh đạo nào áp dụng; người lãnh đạo không được xét theo tiêu chí dành cho công chức, viên chức.`
        : `${v}: holds the leadership role ${roleName(role.decidedBy!.roleCode)} but no leaders' group applies; a leader is never judged by the staff rule.`;
    case 'AMBIGUOUS':
      return vi
        ? `${v}: chưa rõ loại cơ quan của chức vụ ${roles}, nên chưa biết áp dụng nhóm tiêu chí nào.`
        : `${v}: the kind of organization of the position (${roles}) is not recorded, so the role group is ambiguous.`;
    case 'NO_MATCH':
      return vi ? `${v}: các chức vụ ${roles} không thuộc nhóm đối tượng nào của bộ tiêu chí.` : `${v}: the roles held (${roles}) belong to no group of this set.`;
  }
}
