import type { LabelledCode } from '../organizations';
import type { ExplainLabels, Lang } from './explain';
import { AUTHORITY_ROLE_LABELS, DISCIPLINE_FORM_LABELS, FLAG_CODE_LABELS, METRIC_CODE_LABELS, RATING_LEVEL_LABELS, ROLE_LABELS } from './labels';
import type { Comparator, FilterBySource, LocalizedText, NumberValue, ParameterDef, Rule, RuleOf, Source, Window } from './rule';
import { RATING_LEVELS, type AwardLevel, type DisciplineForm, type RatingLevel } from './vocabulary';

/**
 * What a rule asks for, in plain Vietnamese (default) or English, before any subject is judged: the
 * criteria viewer shows it beside the verbatim source text. `explain.ts` says what a trace found;
 * this says what the rule requires. One sentence per node; composite rules end with a colon and
 * their sub-rules follow as children.
 *
 * Codes of open lists (award types, cultural titles) stay codes unless `labels` names them; the
 * shared vocabularies (ratings, disciplines, levels, roles, signers, metrics, flags) are built in.
 */

export interface DescribeLabels extends ExplainLabels {
  /** Who signs an award decision (AwardFilter.issuerRoles). */
  authorityRoles?: Record<string, LocalizedText>;
}

export interface DescribeOptions {
  lang?: Lang;
  labels?: DescribeLabels;
  /** The set's parameters: PARAM windows and `{ param }` numbers are described by their title and default. */
  parameters?: readonly ParameterDef[];
}

export interface RuleDescription {
  text: string;
  /** The node's JSON path inside the rule (`of[1].condition`; "" for the root). */
  path: string;
  children: RuleDescription[];
}

export interface DescribedLine {
  depth: number;
  text: string;
  path: string;
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** The rule as a tree of sentences. */
export function describeRule(rule: Rule, options: DescribeOptions = {}): RuleDescription {
  return node(rule, '', context(options));
}

/** The same tree as lines with their depth (the root at 0). */
export function describeRuleLines(rule: Rule, options: DescribeOptions = {}): DescribedLine[] {
  const lines: DescribedLine[] = [];
  const walk = (d: RuleDescription, depth: number) => {
    lines.push({ depth, text: d.text, path: d.path });
    for (const c of d.children) walk(c, depth + 1);
  };
  walk(describeRule(rule, options), 0);
  return lines;
}

/** "trong giai đoạn kế hoạch (đến ngày xét)" / "in the plan period (up to the evaluation date)". */
export function describeWindow(window: Window, options: DescribeOptions = {}): string {
  return windowPhrase(window, context(options));
}

/** A parameter's default, described: "2 năm gần nhất…" for a WINDOW, the number for a NUMBER. */
export function describeParameterDefault(parameter: ParameterDef, options: DescribeOptions = {}): string {
  const ctx = context(options);
  if (parameter.kind === 'NUMBER') return ctx.number.format(parameter.default);
  return windowPhrase(parameter.default, ctx);
}

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

interface Context {
  lang: Lang;
  vi: boolean;
  labels: Required<Pick<DescribeLabels, 'roles' | 'flags' | 'metrics' | 'authorityRoles'>> & DescribeLabels;
  parameters: ReadonlyMap<string, ParameterDef>;
  number: Intl.NumberFormat;
}

const byCode = (list: readonly LabelledCode[]): Record<string, LocalizedText> => Object.fromEntries(list.map((l) => [l.code, { vi: l.vi, en: l.en }]));

const BUILT_IN = {
  roles: byCode(ROLE_LABELS),
  flags: byCode(FLAG_CODE_LABELS),
  metrics: byCode(METRIC_CODE_LABELS),
  authorityRoles: byCode(AUTHORITY_ROLE_LABELS),
};

const NUMBER_FORMAT: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

function context(options: DescribeOptions): Context {
  const lang = options.lang ?? 'vi';
  const l = options.labels ?? {};
  return {
    lang,
    vi: lang === 'vi',
    labels: {
      ...l,
      roles: { ...BUILT_IN.roles, ...l.roles },
      flags: { ...BUILT_IN.flags, ...l.flags },
      metrics: { ...BUILT_IN.metrics, ...l.metrics },
      authorityRoles: { ...BUILT_IN.authorityRoles, ...l.authorityRoles },
    },
    parameters: new Map((options.parameters ?? []).map((p) => [p.name, p])),
    number: NUMBER_FORMAT[lang],
  };
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

const LEVEL: Record<Lang, Record<AwardLevel, string>> = {
  vi: { NHA_NUOC: 'cấp Nhà nước', BO: 'cấp bộ', TINH: 'cấp tỉnh', HUYEN: 'cấp huyện', XA: 'cấp xã', CO_SO: 'cấp cơ sở' },
  en: { NHA_NUOC: 'state level', BO: 'ministry level', TINH: 'provincial level', HUYEN: 'district level', XA: 'commune level', CO_SO: 'grassroots level' },
};

const lowerFirst = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

const RATING: Record<Lang, Record<string, string>> = {
  vi: Object.fromEntries(RATING_LEVEL_LABELS.map((l) => [l.code, lowerFirst(l.vi)])),
  en: Object.fromEntries(RATING_LEVEL_LABELS.map((l) => [l.code, lowerFirst(l.en)])),
};

const DISCIPLINE: Record<Lang, Record<string, string>> = {
  vi: Object.fromEntries(DISCIPLINE_FORM_LABELS.map((l) => [l.code, lowerFirst(l.vi)])),
  en: Object.fromEntries(DISCIPLINE_FORM_LABELS.map((l) => [l.code, lowerFirst(l.en)])),
};

function label(map: Record<string, LocalizedText> | undefined, code: string, lang: Lang): string {
  const l = map?.[code];
  if (!l) return code;
  return lang === 'vi' ? l.vi : (l.en ?? l.vi);
}

function either(items: readonly string[], ctx: Context): string {
  return items.join(ctx.vi ? ' hoặc ' : ' or ');
}

function paramTitle(name: string, ctx: Context): string {
  const p = ctx.parameters.get(name);
  const title = p ? (ctx.vi ? p.title.vi : (p.title.en ?? p.title.vi)) : name;
  return ctx.vi ? `«${title}»` : `“${title}”`;
}

/** A number of the rule, or a set parameter: its default when the set declares it. */
function numberValue(value: NumberValue, ctx: Context): { amount: number | null; text: string; note: string } {
  if (typeof value === 'number') return { amount: value, text: ctx.number.format(value), note: '' };
  const p = ctx.parameters.get(value.param);
  const note = ctx.vi ? ` (số lượng: tham số ${paramTitle(value.param, ctx)})` : ` (number: parameter ${paramTitle(value.param, ctx)})`;
  if (p && p.kind === 'NUMBER') return { amount: p.default, text: ctx.number.format(p.default), note };
  return { amount: null, text: ctx.vi ? 'một số' : 'a number of', note };
}

/** "ít nhất 2", "trên 50", "đúng 1" / "at least 2", "more than 50", "exactly 1". */
function comparison(cmp: Comparator, text: string, ctx: Context): string {
  const words: Record<Lang, Record<Comparator, string>> = {
    vi: { '>=': 'ít nhất', '>': 'trên', '=': 'đúng', '<=': 'không quá', '<': 'dưới' },
    en: { '>=': 'at least', '>': 'more than', '=': 'exactly', '<=': 'at most', '<': 'fewer than' },
  };
  return `${words[ctx.lang][cmp]} ${text}`;
}

/** The comparison asks for none at all (< 1, ≤ 0, = 0). */
function asksForNone(cmp: Comparator, amount: number | null): boolean {
  if (amount === null) return false;
  return (cmp === '<' && amount <= 1) || ((cmp === '<=' || cmp === '=') && amount === 0);
}

// ---------------------------------------------------------------------------------------------
// Windows
// ---------------------------------------------------------------------------------------------

function windowPhrase(w: Window, ctx: Context): string {
  const vi = ctx.vi;
  switch (w.kind) {
    case 'ANY':
      return vi ? 'từ trước đến ngày xét' : 'at any time up to the evaluation date';
    case 'YEARS': {
      const done = w.completedYears ? (vi ? ' (chỉ tính các năm đã kết thúc)' : ' (completed years only)') : '';
      if (w.to === 'EVAL_YEAR') return (vi ? `từ năm ${w.from} đến năm xét` : `from ${w.from} to the evaluation year`) + done;
      if (w.from === w.to) return (vi ? `trong năm ${w.from}` : `in ${w.from}`) + done;
      return (vi ? `trong giai đoạn ${w.from}–${w.to}` : `in ${w.from}–${w.to}`) + done;
    }
    case 'PLAN_PERIOD':
      if (w.completedYears) return vi ? 'trong các năm đã kết thúc của giai đoạn kế hoạch' : 'in the completed years of the plan period';
      return vi ? 'trong giai đoạn kế hoạch (đến ngày xét)' : 'in the plan period (up to the evaluation date)';
    case 'ROLLING': {
      const lag = w.lag ?? 0;
      const done = Boolean(w.completedYears);
      if (vi) {
        const end = lag ? `kết thúc ${lag} năm trước năm ${done ? 'gần nhất đã kết thúc' : 'xét'}` : done ? 'đã kết thúc gần nhất' : 'gần nhất, tính đến năm xét';
        if (w.years === 1) {
          if (!lag) return done ? 'trong năm gần nhất đã kết thúc' : 'trong năm xét';
          return `trong năm ${end.replace(/^kết thúc /, '')}`;
        }
        return `trong ${w.years} năm ${end}`;
      }
      const unit = w.years === 1 ? 'year' : `${w.years} years`;
      if (lag) return `in the ${unit} ending ${lag} ${lag === 1 ? 'year' : 'years'} before the ${done ? 'last completed year' : 'evaluation year'}`;
      if (done) return w.years === 1 ? 'in the last completed year' : `in the last ${w.years} completed years`;
      return w.years === 1 ? 'in the evaluation year' : `in the ${w.years} years up to the evaluation year`;
    }
    case 'PARAM': {
      const p = ctx.parameters.get(w.name);
      const target = p && p.kind === 'WINDOW' ? p.default : w.default;
      const which = vi ? `tham số ${paramTitle(w.name, ctx)}` : `parameter ${paramTitle(w.name, ctx)}`;
      if (!target || target.kind === 'PARAM') return vi ? `trong khoảng thời gian theo ${which}` : `in the period set by the ${which}`;
      const phrase = windowPhrase(target, ctx);
      // One pair of brackets: "trong giai đoạn kế hoạch (đến ngày xét; tham số «…»)".
      return phrase.endsWith(')') ? `${phrase.slice(0, -1)}; ${which})` : `${phrase} (${which})`;
    }
    case 'THIS_YEAR':
      return vi ? 'trong năm xét' : 'in the year considered';
    case 'RUN':
      return vi ? 'trong các năm liên tục đó' : 'during those consecutive years';
    case 'BEFORE_RUN':
      return vi ? 'trước các năm liên tục đó' : 'before those consecutive years';
  }
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

const join = (path: string, step: string) => (path ? `${path}.${step}` : step);

function node(rule: Rule, path: string, ctx: Context): RuleDescription {
  const vi = ctx.vi;
  const leaf = (text: string): RuleDescription => ({ text, path, children: [] });
  switch (rule.op) {
    case 'all':
      return {
        text: vi ? 'Tất cả các điều kiện sau:' : 'All of the following:',
        path,
        children: rule.of.map((r, i) => node(r, join(path, `of[${i}]`), ctx)),
      };
    case 'any':
      return {
        text: vi ? 'Ít nhất một trong các điều kiện sau:' : 'At least one of the following:',
        path,
        children: rule.of.map((r, i) => node(r, join(path, `of[${i}]`), ctx)),
      };
    case 'not':
      return { text: vi ? 'Không được xảy ra điều sau:' : 'The following must not hold:', path, children: [node(rule.rule, join(path, 'rule'), ctx)] };
    case 'count':
      return leaf(countSentence(rule, ctx));
    case 'everyYear':
      return {
        text: vi ? `Mỗi năm ${windowPhrase(rule.window, ctx)} đều đáp ứng điều kiện sau:` : `Every year ${windowPhrase(rule.window, ctx)} meets the following:`,
        path,
        children: [node(rule.condition, join(path, 'condition'), ctx)],
      };
    case 'consecutive': {
      const children = [node(rule.condition, join(path, 'condition'), ctx)];
      if (rule.inRun) {
        const inRun = node(rule.inRun, join(path, 'inRun'), ctx);
        children.push({ ...inRun, text: `${vi ? 'Đồng thời, ' : 'And '}${lowerFirst(inRun.text)}` });
      }
      const w = windowPhrase(rule.window, ctx);
      return {
        text: vi ? `Có ${rule.years} năm liên tục ${w}, mỗi năm đều đáp ứng điều kiện sau:` : `${rule.years} consecutive years ${w}, each meeting the following:`,
        path,
        children,
      };
    }
    case 'ratingAtLeast':
      return leaf(ratingSentence(rule, ctx));
    case 'noDiscipline': {
      const form = DISCIPLINE[ctx.lang][rule.minForm];
      const w = windowPhrase(rule.window, ctx);
      if (vi) {
        const who = { SELF: 'Không bị', MEMBERS: 'Không thành viên nào bị', SELF_AND_MEMBERS: 'Tập thể và các thành viên không bị' }[rule.scope];
        return leaf(`${who} kỷ luật từ hình thức ${form} trở lên ${w}`);
      }
      const who = { SELF: 'Not disciplined', MEMBERS: 'No member disciplined', SELF_AND_MEMBERS: 'Neither the collective nor any member disciplined' }[rule.scope];
      return leaf(`${who} with a ${form} or heavier ${w}`);
    }
    case 'members': {
      const { amount, text, note } = numberValue(rule.value, ctx);
      const children = [node(rule.condition, join(path, 'condition'), ctx)];
      if (asksForNone(rule.cmp, amount)) return { text: vi ? 'Không thành viên nào đáp ứng điều kiện sau:' : 'No member meets the following:', path, children };
      const share = rule.measure === 'SHARE';
      if (share && rule.cmp === '>=' && amount === 100) return { text: vi ? `Mọi thành viên${note} đều đáp ứng điều kiện sau:` : `Every member${note} meets the following:`, path, children };
      const how = upperFirst(comparison(rule.cmp, share ? `${text}%` : text, ctx));
      let head: string;
      if (vi) head = `${how} thành viên${note} đáp ứng điều kiện sau:`;
      else if (share) head = `${how} of the members${note} meet the following:`;
      else head = amount === 1 && rule.cmp !== '>' ? `${how} member${note} meets the following:` : `${how} members${note} meet the following:`;
      return { text: head, path, children };
    }
    case 'increasing': {
      const metric = label(ctx.labels.metrics, rule.metric, ctx.lang);
      const w = windowPhrase(rule.window, ctx);
      return leaf(vi ? `${metric} tăng qua từng năm (năm sau cao hơn năm trước) ${w}` : `${metric} rises every year (each year higher than the one before) ${w}`);
    }
    case 'flag': {
      const what = label(ctx.labels.flags, rule.code, ctx.lang);
      const w = windowPhrase(rule.window ?? { kind: 'ANY' }, ctx);
      return leaf(vi ? `Được ghi nhận: ${what}, theo ghi nhận gần nhất ${w}` : `Recorded as met: ${what}, by the latest record ${w}`);
    }
    case 'attest':
      return leaf(vi ? `Được người có thẩm quyền xác nhận: «${rule.text}»` : `Attested by a competent reviewer: “${rule.text}”`);
    case 'unknown':
      return leaf(vi ? `Chưa mã hóa được, luôn ở trạng thái chưa xác định: ${rule.note}` : `Not encoded, always undetermined: ${rule.note}`);
  }
}

function ratingSentence(rule: RuleOf<'ratingAtLeast'>, ctx: Context): string {
  const window = rule.window ?? { kind: 'THIS_YEAR' };
  const level = RATING[ctx.lang][rule.level];
  // The best level has nothing above it: "or better" would be noise.
  const best = rule.level === RATING_LEVELS[0];
  const w = windowPhrase(window, ctx);
  if (ctx.vi) {
    const what = `${level}${best ? '' : ' trở lên'}`;
    return window.kind === 'THIS_YEAR' ? `Xếp loại ${what} ${w}` : `Kết quả xếp loại gần nhất ${w} là ${what}`;
  }
  const what = `“${level}”${best ? '' : ' or better'}`;
  return window.kind === 'THIS_YEAR' ? `Rated ${what} ${w}` : `The latest rating ${w} is ${what}`;
}

function countSentence(rule: RuleOf<'count'>, ctx: Context): string {
  const { amount, text, note } = numberValue(rule.value, ctx);
  const none = asksForNone(rule.cmp, amount);
  const w = windowPhrase(rule.window, ctx);
  const how = comparison(rule.cmp, text, ctx);
  const plural = !(amount === 1 && (rule.cmp === '>=' || rule.cmp === '=' || rule.cmp === '<='));
  const noun = countNoun(rule.source, (rule.where ?? {}) as FilterBySource[Source], ctx, none || plural);
  // "At least one" of a title reads as holding it.
  const once = rule.cmp === '>=' && amount === 1 && !note;
  if (once && rule.source === 'CULTURAL_TITLE') {
    const titles = countNoun(rule.source, (rule.where ?? {}) as FilterBySource[Source], ctx, false).title;
    return ctx.vi ? `Đạt danh hiệu ${titles ?? 'văn hóa'} ${w}` : `Holds ${titles ? `the cultural title ${titles}` : 'a cultural title'} ${w}`;
  }
  if (ctx.vi) {
    if (rule.source === 'AWARD') {
      if (once) return `Được tặng ${noun.what} ${w}`;
      if (none) return `Không được tặng ${noun.what} lần nào ${w}`;
      return `Có ${how} lần được tặng ${noun.what}${note} ${w}`;
    }
    if (none) return `Không có ${noun.what} nào ${w}`;
    return `Có ${how} ${noun.what}${note} ${w}`;
  }
  if (none) return `No ${noun.what} ${w}`;
  return `${upperFirst(how)} ${noun.what}${note} ${w}`;
}

/** The counted thing with its qualifiers ("sáng kiến được công nhận cấp tỉnh trở lên, đã được áp dụng"). */
function countNoun(source: Source, where: FilterBySource[Source], ctx: Context, plural: boolean): { what: string; title?: string | null } {
  const vi = ctx.vi;
  const en = (one: string, many: string) => (plural ? many : one);
  const levels = (list: readonly AwardLevel[]) => either(list.map((l) => LEVEL[ctx.lang][l]), ctx);
  switch (source) {
    case 'AWARD': {
      const f = where as FilterBySource['AWARD'];
      const types = f.awardTypes ? either(f.awardTypes.map((t) => label(ctx.labels.awardTypes, t, ctx.lang)), ctx) : null;
      let s = vi ? (types ?? 'khen thưởng') : types ? `${en('award', 'awards')} of ${types}` : en('award', 'awards');
      if (f.issuerLevels) s += vi ? ` do ${levels(f.issuerLevels)} trao` : ` issued at ${levels(f.issuerLevels)}`;
      if (f.issuerRoles) {
        const roles = either(
          f.issuerRoles.map((r) => label(ctx.labels.authorityRoles, r, ctx.lang)),
          ctx,
        );
        s += vi ? ` (người ký: ${roles})` : ` (signed by: ${roles})`;
      }
      if (f.occasion) s += vi ? ` (dịp khen thưởng: ${f.occasion})` : ` (occasion: ${f.occasion})`;
      return { what: s };
    }
    case 'INITIATIVE':
    case 'RESEARCH': {
      const initiative = source === 'INITIATIVE';
      const f = where as FilterBySource['INITIATIVE'] & FilterBySource['RESEARCH'];
      const list = initiative ? f.recognitionLevels : f.levels;
      const min = initiative ? f.minRecognitionLevel : f.minLevel;
      const verb = initiative ? (vi ? 'được công nhận' : 'recognised') : vi ? 'được nghiệm thu' : 'accepted';
      const parts: string[] = [];
      if (list) parts.push(vi ? `${verb} ${levels(list)}` : `${verb} at ${levels(list)}`);
      // NHA_NUOC is the highest level: nothing is "above" it.
      else if (min) parts.push(vi ? `${verb} ${LEVEL.vi[min]}${min === 'NHA_NUOC' ? '' : ' trở lên'}` : `${verb} at ${LEVEL.en[min]}${min === 'NHA_NUOC' ? '' : ' or above'}`);
      else if (f.recognized === true) parts.push(verb);
      else if (f.recognized === false) parts.push(vi ? 'chưa được công nhận' : 'not recognised');
      if (f.applied === true) parts.push(vi ? 'đã được áp dụng' : 'applied');
      else if (f.applied === false) parts.push(vi ? 'chưa được áp dụng' : 'not applied');
      const noun = initiative ? (vi ? 'sáng kiến' : en('initiative', 'initiatives')) : vi ? 'đề tài, công trình khoa học' : en('research work', 'research works');
      return { what: parts.length ? `${noun} ${parts.join(vi ? ', ' : ' and ')}` : noun };
    }
    case 'RATING': {
      const f = where as FilterBySource['RATING'];
      const rating = (r: RatingLevel) => RATING[ctx.lang][r];
      let what = '';
      if (f.minLevel) what = vi ? ` ${rating(f.minLevel)}${f.minLevel === RATING_LEVELS[0] ? '' : ' trở lên'}` : ` “${rating(f.minLevel)}”${f.minLevel === RATING_LEVELS[0] ? '' : ' or better'}`;
      else if (f.levels) what = ` ${either(f.levels.map((l) => (vi ? rating(l) : `“${rating(l)}”`)), ctx)}`;
      return { what: vi ? `năm được xếp loại${what}` : `${en('year', 'years')} rated${what}` };
    }
    case 'DISCIPLINE': {
      const f = where as FilterBySource['DISCIPLINE'];
      const form = (d: DisciplineForm) => DISCIPLINE[ctx.lang][d];
      let what = '';
      if (f.minForm) what = vi ? ` từ hình thức ${form(f.minForm)} trở lên` : ` at ${form(f.minForm)} or heavier`;
      else if (f.forms) what = vi ? ` hình thức ${either(f.forms.map(form), ctx)}` : ` (${either(f.forms.map(form), ctx)})`;
      return { what: vi ? `quyết định kỷ luật${what}` : `disciplinary ${en('decision', 'decisions')}${what}` };
    }
    case 'CULTURAL_TITLE': {
      const f = where as FilterBySource['CULTURAL_TITLE'];
      const titles = f.codes ? either(f.codes.map((c) => label(ctx.labels.culturalTitles ?? ctx.labels.awardTypes, c, ctx.lang)), ctx) : null;
      return { what: vi ? `năm đạt danh hiệu ${titles ?? 'văn hóa'}` : `${en('year', 'years')} with the cultural title${titles ? ` ${titles}` : ''}`, title: titles };
    }
    case 'FLAG': {
      const f = where as FilterBySource['FLAG'];
      const what = f.codes ? ` ${either(f.codes.map((c) => label(ctx.labels.flags, c, ctx.lang)), ctx)}` : '';
      const value = f.value === undefined ? '' : vi ? (f.value ? ' (đạt)' : ' (không đạt)') : f.value ? ' (met)' : ' (not met)';
      return { what: vi ? `ghi nhận${what}${value}` : `${en('record', 'records')}${what ? ` of${what}` : ''}${value}` };
    }
    case 'METRIC': {
      const f = where as FilterBySource['METRIC'];
      const what = f.codes ? ` ${either(f.codes.map((c) => label(ctx.labels.metrics, c, ctx.lang)), ctx)}` : '';
      let s = vi ? `năm có số liệu${what}` : `${en('year', 'years')} with a figure${what ? ` of${what}` : ''}`;
      if (f.min !== undefined && f.max !== undefined) s += vi ? ` từ ${ctx.number.format(f.min)} đến ${ctx.number.format(f.max)}` : ` between ${ctx.number.format(f.min)} and ${ctx.number.format(f.max)}`;
      else if (f.min !== undefined) s += vi ? ` từ ${ctx.number.format(f.min)} trở lên` : ` of at least ${ctx.number.format(f.min)}`;
      else if (f.max !== undefined) s += vi ? ` không quá ${ctx.number.format(f.max)}` : ` of at most ${ctx.number.format(f.max)}`;
      return { what: s };
    }
    case 'ATTESTATION': {
      const f = where as FilterBySource['ATTESTATION'];
      const keys = f.keys ? ` ${either(f.keys, ctx)}` : '';
      const verdict = f.verdict ? (vi ? (f.verdict === 'PASS' ? ' là đạt' : ' là không đạt') : f.verdict === 'PASS' ? ' as met' : ' as not met') : '';
      return { what: vi ? `xác nhận tiêu chí${keys}${verdict}` : `${en('attestation', 'attestations')}${keys ? ` of${keys}` : ''}${verdict}` };
    }
  }
}
