// The readable page of a feed: `index.html` (the statistics and the first entries of each board
// section) and `list-2.html`, `list-3.html` … (the further entries), plain HTML a person can read
// without JavaScript. A widget inserted as a link (`…/feed/index.html#zhixing=board&src=…`) leads
// here when scripts are blocked, for a reader who follows the link, a search engine or a screen
// reader. Pure (no `node:` imports): the writer (write.ts) puts the pages on disk.
//
// Only what the feed itself publishes is shown: the exposure entries as written to exposure.json
// (screened, masked, removals applied; screened again here as a second line) and the statistics of
// the published periods. Every text from the data is HTML-escaped; the page has no script, no
// external resource and no inline style attribute, and its CSP allows nothing but its one <style>.
import {
  DEFAULT_RATE_RULE,
  actualExecutionRate,
  closureRate,
  describeRateRule,
  formatCalendarDate,
  formatCount,
  formatMoney,
  formatPercent,
  formatTimestamp,
  maskIdentifier,
  maskIdsInText,
  parseTimestamp,
  todayInChina,
  withholdReason,
} from '@zhixing/sdk';
import type { ConsumptionRestriction, Court, DishonestDebtor, EnforcementStats, ExposureItem, Locale, Period, Publishable, Rate, RemovalEntry, RewardNotice } from '@zhixing/sdk';

/** Entries of each section on one page. */
export const READABLE_PAGE_SIZE = 1000;

/** The national site: the authoritative lookup. */
export const NATIONAL_LOOKUP_URL = 'https://zxgk.court.gov.cn/';

/** What the readable page is made from: exactly what the feed publishes. */
export interface ReadablePageInput {
  /** exposure.json as written: court, version, time, batch, the screened entries and the removals. */
  exposure: {
    version: string;
    generatedAt: string;
    court: Court;
    period?: Period | undefined;
    items: readonly ExposureItem[];
    removals?: readonly RemovalEntry[] | undefined;
  };
  /** Statistics of the published periods (those stats/index.json lists), newest first. */
  stats: readonly EnforcementStats[];
  /** Entries of each section per page; default {@link READABLE_PAGE_SIZE}. */
  pageSize?: number;
}

/** One file of the readable page, relative to the feed folder. */
export interface ReadablePageFile {
  path: string;
  html: string;
}

/** `index.html` for page 1, `list-<n>.html` for the others. */
export function readablePagePath(page: number): string {
  return page === 1 ? 'index.html' : `list-${page}.html`;
}

/** Whether a file name in the feed folder is a further page (`list-<n>.html`) of the readable page. */
export function isReadableListPage(name: string): boolean {
  return /^list-[1-9]\d*\.html$/.test(name);
}

// The one style sheet. Static: the CSP names it by its SHA-256, and a test checks the hash, so an edit
// here must update STYLE_HASH (the test prints the right value). Plain CSS without custom properties:
// old browsers read the page too. Contrast ≥ 4.5:1 throughout, line height ≥ 1.3, sizes in rem so the
// reader's large-font settings apply.
const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:1rem;line-height:1.7}
a{color:#0b4ea2}
a:visited{color:#5a2d82}
a:focus,.table-wrap:focus{outline:3px solid #0b4ea2;outline-offset:2px}
.wrap{max-width:80rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999em;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
.masthead{background:#8a1c1c;color:#fff;padding:1.25rem 0 1rem}
.masthead h1{margin:0;font-size:1.75rem;line-height:1.3}
.masthead p{margin:.25rem 0 0}
.masthead .en{color:#fff;margin-left:0}
.en{color:#555;font-size:.875em;margin-left:.4em}
p .en,li .en{margin-left:.25em}
h2{font-size:1.375rem;line-height:1.35;margin:2.25rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid #8a1c1c}
h3{font-size:1.125rem;margin:1.5rem 0 .5rem}
.lead{font-size:1.0625rem}
.notice{background:#f4f1ec;border-left:4px solid #8a1c1c;padding:.75rem 1rem;margin:1rem 0}
.tipoff{font-size:1.125rem}
.tipoff a,.phone{font-weight:700;white-space:nowrap}
.contents ul,.pager ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.pager{margin:1.5rem 0;padding:.75rem 0;border-top:1px solid #c8c8c8;border-bottom:1px solid #c8c8c8}
.pager p{margin:0 0 .5rem}
.pager li a{display:inline-block;min-width:2.75rem;padding:.375rem .5rem;text-align:center}
.pager a[aria-current]{font-weight:700;color:#1a1a1a;text-decoration:none}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%}
.entries table{min-width:60rem}
caption{text-align:left;font-weight:700;padding:.5rem 0}
th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #c8c8c8}
thead th{background:#f4f1ec;border-bottom:2px solid #8a1c1c;font-size:.9375rem}
thead th .en,tbody th .en{display:block;margin:0}
tbody th{font-weight:700}
.sub{display:block;font-weight:400;color:#555;font-size:.875rem}
td p{margin:0 0 .5rem}
td p:last-child{margin:0}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
thead th.num{white-space:normal}
.nowrap,.date{white-space:nowrap}
.id{white-space:nowrap;font-variant-numeric:tabular-nums;letter-spacing:.02em}
.stats{max-width:48rem}
.stats td.num{font-size:1.25rem;font-weight:700}
.small{font-size:.875rem;color:#555}
footer{margin:3rem auto 2rem;padding-top:1rem;border-top:1px solid #c8c8c8;font-size:.875rem;color:#555}
@media print{.skip,.contents,.pager{display:none}.masthead{background:none;color:#1a1a1a}.masthead .en{color:#555}.table-wrap{overflow:visible}.entries table{min-width:0}a{color:#1a1a1a}}
`;

/** SHA-256 of STYLE, for the CSP (checked by readable-page.test.mjs). */
const STYLE_HASH = 'sha256-FAZ0qLFpRcGrJtrizVkYFZZpim5G+UUwBkX8W/k3qBo=';

// Nothing may load or run; only the style above applies ('unsafe-inline' is ignored by every browser
// that knows hashes, and keeps the style for those that do not). Links still work.
const CSP = `default-src 'none'; style-src '${STYLE_HASH}' 'unsafe-inline'; base-uri 'none'; form-action 'none'`;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML (element content and quoted attribute values alike). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text from the data: any resident ID masked (a second line behind the screening), then escaped. */
function data(text: string | undefined): string {
  return text === undefined ? '' : escapeHtml(maskIdsInText(String(text)));
}

/** A bilingual label: the Chinese, then the English marked as such. */
function bi(zh: string, en: string): string {
  return `${zh}<span class="en" lang="en">${en}</span>`;
}

const NONE = '—';

type SectionKey = 'dishonest' | 'restricted' | 'rewards';

interface SectionInfo {
  key: SectionKey;
  type: ExposureItem['type'];
  zh: string;
  en: string;
}

// Each is a different legal status: shown apart, in the board's order.
const SECTIONS: readonly SectionInfo[] = [
  { key: 'dishonest', type: 'dishonest-debtor', zh: '失信被执行人', en: 'Dishonest debtors' },
  { key: 'restricted', type: 'consumption-restriction', zh: '限制消费人员', en: 'Persons under consumption restriction' },
  { key: 'rewards', type: 'reward-notice', zh: '悬赏公告', en: 'Reward notices' },
];

type SectionLists = Record<SectionKey, ExposureItem[]>;

/** Newest publication first, then by id: the board's default order. */
function byPublished(a: ExposureItem, b: ExposureItem): number {
  if (a.publishedOn !== b.publishedOn) return a.publishedOn < b.publishedOn ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entries that may be shown on the feed's own day, by section. */
function sectionLists(exposure: ReadablePageInput['exposure'], today: string): SectionLists {
  const removed = new Set((exposure.removals ?? []).map((r) => r.id));
  const lists: SectionLists = { dishonest: [], restricted: [], rewards: [] };
  for (const item of exposure.items) {
    const section = SECTIONS.find((s) => s.type === item.type);
    if (!section || withholdReason(item as unknown as Publishable, today, removed)) continue;
    lists[section.key].push(item);
  }
  for (const s of SECTIONS) lists[s.key].sort(byPublished);
  return lists;
}

const date = (value: string, locale: Locale = 'zh-CN') => formatCalendarDate(value, locale);

function periodLabel(period: Period, locale: Locale): string {
  const label = locale === 'en' ? period.labelEn : period.label;
  if (label?.trim()) return label;
  return locale === 'en' ? `${date(period.start, 'en')} – ${date(period.end, 'en')}` : `${date(period.start)}至${date(period.end)}`;
}

/** `tel:` target of a phone number as written, or undefined when it has too few digits to dial. */
function telHref(phone: string): string | undefined {
  const dial = phone.replace(/[^\d+]/g, '');
  return /\d{3,}/.test(dial) ? `tel:${dial}` : undefined;
}

function phoneLink(phone: string): string {
  const href = telHref(phone);
  return href ? `<a class="phone" href="${escapeHtml(href)}">${data(phone)}</a>` : `<span class="phone">${data(phone)}</span>`;
}

function tipOffPhone(court: Court): { phone: string; tipOff: boolean } | undefined {
  const tipOff = court.contact?.tipOffPhone?.trim();
  if (tipOff) return { phone: tipOff, tipOff: true };
  const phone = court.contact?.phone?.trim();
  return phone ? { phone, tipOff: false } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Statistics

interface PeriodFigures {
  stats: EnforcementStats;
  closure: Rate | undefined;
  execution: Rate | undefined;
}

function figures(stats: EnforcementStats): PeriodFigures {
  const rule = stats.rateRule ?? DEFAULT_RATE_RULE;
  return {
    stats,
    closure: closureRate(stats.cases.closed, stats.cases.accepted, rule),
    execution: actualExecutionRate(stats.cases.closedWithPerformance, stats.cases.closed, rule),
  };
}

function percent(rate: Rate, locale: Locale): string {
  return formatPercent(rate.percent, locale, rate.rule.decimals);
}

function statsTable(f: PeriodFigures, index: number): string {
  const { stats } = f;
  const rule = describeRateRule(stats.rateRule ?? DEFAULT_RATE_RULE, 'zh-CN');
  const count = (n: number) => `${formatCount(n, 'zh-CN')} 件`;
  const closure = f.closure ? percent(f.closure, 'zh-CN') : '本期无案件';
  const execution = f.execution ? percent(f.execution, 'zh-CN') : '本期无已结案件';
  const money = formatMoney(stats.money.recovered, 'zh-CN', { approximate: stats.money.recoveredApproximate === true });
  const id = `period-${index + 1}`;
  return `<h3 id="${id}">${data(periodLabel(stats.period, 'zh-CN'))}</h3>
<table class="stats" aria-labelledby="${id}">
<thead><tr><th scope="col">${bi('指标', 'Indicator')}</th><th scope="col" class="num">${bi('数值', 'Figure')}</th><th scope="col">${bi('计算依据', 'Basis')}</th></tr></thead>
<tbody>
<tr><th scope="row">${bi('结案率', 'Closure rate')}</th><td class="num">${closure}</td><td>已结 ${count(stats.cases.closed)} ÷ 受理 ${count(stats.cases.accepted)}；${rule}</td></tr>
<tr><th scope="row">${bi('实际执结率', 'Actual execution rate')}</th><td class="num">${execution}</td><td>执行完毕 ${count(stats.cases.closedWithPerformance)} ÷ 已结 ${count(stats.cases.closed)}；${rule}</td></tr>
<tr><th scope="row">${bi('执行到位金额', 'Money recovered')}</th><td class="num">${money}</td><td>本期实际执行到位的款项${stats.money.recoveredApproximate ? '；法院公布的是约数' : ''}</td></tr>
</tbody>
</table>
<p class="small">统计数据截至 ${formatTimestamp(stats.asOf, 'zh-CN')}（北京时间）<span class="en" lang="en">Figures as of ${formatTimestamp(stats.asOf, 'en')}</span></p>`;
}

function statsSection(all: readonly PeriodFigures[]): string {
  const body = all.length
    ? `${all.map(statsTable).join('\n')}
<p>结案率 = 已结件数 ÷ 受理件数（受理 = 旧存 + 新收）；实际执结率 = 以执行完毕方式结案的件数 ÷ 已结件数。比率由法院公布的件数计算，取舍规则以法院说明为准。</p>`
    : `<p>暂无公开的统计数据。<span class="en" lang="en">No statistics are published.</span></p>`;
  return `<section id="stats" aria-labelledby="stats-h">
<h2 id="stats-h">${bi('执行工作质效', 'Enforcement statistics')}</h2>
${body}
</section>`;
}

// ---------------------------------------------------------------------------------------------
// Entries

function partyKindText(kind: string): string {
  return kind === 'organization' ? '单位' : '自然人';
}

/** The name cell: the name, then sex and age (persons) or 单位 and the legal representative. */
function nameCell(item: DishonestDebtor | ConsumptionRestriction): string {
  const details: string[] = [];
  if (item.partyKind === 'natural-person') {
    if (item.sex) details.push(item.sex === 'male' ? '男' : '女');
    if (item.age) details.push(`${item.age}岁`);
  }
  if (!details.length) details.push(partyKindText(item.partyKind));
  const rep = item.legalRepresentative?.trim() ? `<span class="sub">法定代表人：${data(item.legalRepresentative)}</span>` : '';
  return `<th scope="row">${data(item.name)}<span class="sub">${details.join(' · ')}</span>${rep}</th>`;
}

function identifierCell(party: { idNumber?: string | undefined; creditCode?: string | undefined }): string {
  // Resident IDs are masked in the feed; masking again is idempotent and guards the page itself.
  if (party.idNumber) return `<td class="id">${data(maskIdentifier(party.idNumber))}</td>`;
  if (party.creditCode) return `<td class="id">${data(party.creditCode)}</td>`;
  return `<td>${NONE}</td>`;
}

function amountCell(fen: number | undefined): string {
  return fen === undefined ? `<td class="num">${NONE}</td>` : `<td class="num">${formatMoney(fen, 'zh-CN', { style: 'exact' })}</td>`;
}

const dateCell = (value: string) => `<td class="date">${date(value)}</td>`;

/** Case number with the enforcing court beneath it: one column, so the table fits a desktop screen. */
const caseCell = (item: { caseNumber: string; courtName: string }) => `<td><span class="nowrap">${data(item.caseNumber)}</span><span class="sub">${data(item.courtName)}</span></td>`;

const CASE_HEAD = bi('案号 / 执行法院', 'Case number / court');

const IDENTIFIER_HEAD = bi('身份证号码/统一社会信用代码', 'ID number / credit code');

interface Columns {
  head: string[];
  /** The amount column (right-aligned, like its figures). */
  amount: number;
  row: (item: ExposureItem) => string;
}

const COLUMNS: Record<SectionKey, Columns> = {
  dishonest: {
    head: [bi('姓名/名称', 'Name'), IDENTIFIER_HEAD, CASE_HEAD, bi('未履行金额', 'Amount unperformed'), bi('履行情况', 'Performance'), bi('失信情形', 'Dishonest conduct'), bi('立案日期', 'Filed'), bi('发布日期', 'Published')],
    amount: 3,
    row: (entry) => {
      const item = entry as DishonestDebtor;
      return `${nameCell(item)}${identifierCell(item)}${caseCell(item)}${amountCell(item.amountUnperformed)}<td class="nowrap">${item.performance === 'partial' ? '部分未履行' : '全部未履行'}</td><td>${data(item.conduct)}</td>${dateCell(item.filingDate)}${dateCell(item.publishedOn)}`;
    },
  },
  restricted: {
    head: [bi('姓名/名称', 'Name'), IDENTIFIER_HEAD, CASE_HEAD, bi('执行标的', 'Amount subject to enforcement'), bi('立案日期', 'Filed'), bi('发布日期', 'Published')],
    amount: 3,
    row: (entry) => {
      const item = entry as ConsumptionRestriction;
      return `${nameCell(item)}${identifierCell(item)}${caseCell(item)}${amountCell(item.subjectAmount)}${dateCell(item.filingDate)}${dateCell(item.publishedOn)}`;
    },
  },
  rewards: {
    head: [bi('被执行人', 'Debtor'), IDENTIFIER_HEAD, CASE_HEAD, bi('悬赏金额', 'Reward'), bi('悬赏标准与条件', 'Reward rule and conditions'), bi('联系方式', 'Contact'), bi('有效期', 'Valid'), bi('发布日期', 'Published')],
    amount: 3,
    row: (entry) => {
      const item = entry as RewardNotice;
      const rule = item.rewardFormula?.trim() ? `<p>${data(item.rewardFormula)}</p>` : '';
      const contact = `${item.contact.name?.trim() ? `${data(item.contact.name)}<br>` : ''}${phoneLink(item.contact.phone)}`;
      return `<th scope="row">${data(item.debtor.name)}<span class="sub">${partyKindText(item.debtor.partyKind)}</span></th>${identifierCell(item.debtor)}${caseCell(item)}${amountCell(item.rewardAmount)}<td>${rule}<p>${data(item.conditions)}</p></td><td>${contact}</td><td class="date">${date(item.validFrom)}至<br>${date(item.validUntil)}</td>${dateCell(item.publishedOn)}`;
    },
  },
};

function entriesSection(section: SectionInfo, all: readonly ExposureItem[], page: number, size: number): string {
  const from = (page - 1) * size;
  const shown = all.slice(from, from + size);
  const h = `${section.key}-h`;
  const heading = `<h2 id="${h}">${bi(section.zh, section.en)}</h2>`;
  if (all.length === 0) {
    return `<section id="${section.key}" class="entries" aria-labelledby="${h}">
${heading}
<p>暂无公开的${section.zh}信息。<span class="en" lang="en">None published.</span></p>
</section>`;
  }
  const range = `${formatCount(from + 1, 'zh-CN')}—${formatCount(from + shown.length, 'zh-CN')}`;
  const rangeEn = `${formatCount(from + 1, 'en')}–${formatCount(from + shown.length, 'en')}`;
  const total = formatCount(all.length, 'zh-CN');
  const caption = `${section.key}-cap`;
  return `<section id="${section.key}" class="entries" aria-labelledby="${h}">
${heading}
<p>共 ${total} 条，本页列出第 ${range} 条，按发布日期从新到旧排列。<span class="en" lang="en">${formatCount(all.length, 'en')} entries; this page lists ${rangeEn}, newest first.</span></p>
<div class="table-wrap" role="region" aria-labelledby="${caption}" tabindex="0">
<table>
<caption id="${caption}">${section.zh}名单（第 ${range} 条，共 ${total} 条）<span class="en" lang="en">${section.en}, ${rangeEn} of ${formatCount(all.length, 'en')}</span></caption>
<thead><tr>${COLUMNS[section.key].head.map((th, i) => `<th scope="col"${i === COLUMNS[section.key].amount ? ' class="num"' : ''}>${th}</th>`).join('')}</tr></thead>
<tbody>
${shown.map((item) => `<tr>${COLUMNS[section.key].row(item)}</tr>`).join('\n')}
</tbody>
</table>
</div>
</section>`;
}

// ---------------------------------------------------------------------------------------------
// Page frame

function pager(page: number, pages: number, where: 'top' | 'bottom'): string {
  if (pages <= 1) return '';
  const link = (p: number, text: string, rel?: string) =>
    `<a href="${readablePagePath(p)}"${rel ? ` rel="${rel}"` : ''}${p === page && !rel ? ' aria-current="page"' : ''}>${text}</a>`;
  const items: string[] = [];
  if (page > 1) items.push(link(page - 1, bi('上一页', 'Previous'), 'prev'));
  for (let p = 1; p <= pages; p++) items.push(link(p, String(p)));
  if (page < pages) items.push(link(page + 1, bi('下一页', 'Next'), 'next'));
  return `<nav class="pager" aria-label="${where === 'top' ? '页码（页首）Pages (top)' : '页码（页尾）Pages (bottom)'}">
<p>第 ${page} / ${pages} 页<span class="en" lang="en">Page ${page} of ${pages}</span></p>
<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
</nav>`;
}

const JS_NOTE_ZH = '本页是执行信息的文字版，无需脚本即可阅读。网页中嵌入的互动版本（曝光台、执行质效指标、被执行人查询）需要浏览器启用 JavaScript；未启用时，链接会打开本页。';
const JS_NOTE_EN = 'This is the text version of the information and needs no scripts. The interactive version embedded in web pages (exposure board, indicators, debtor lookup) needs JavaScript; without it, links lead to this page.';

function lookupSection(court: Court): string {
  const contact = tipOffPhone(court);
  return `<section id="lookup" aria-labelledby="lookup-h">
<h2 id="lookup-h">${bi('如何查询', 'How to look someone up')}</h2>
<p>本页只列出本院曝光台上的条目，不是完整名单。查询某人或某单位是否被列为失信被执行人、限制消费人员或被执行人，以最高人民法院中国执行信息公开网为准：<a href="${NATIONAL_LOOKUP_URL}">${NATIONAL_LOOKUP_URL}</a>（输入姓名或名称，可加身份证号码或组织机构代码，并输入验证码）。</p>
${contact ? `<p>发现被执行人的财产线索或下落，请拨打${contact.tipOff ? '举报电话' : '本院电话'} ${phoneLink(contact.phone)}。</p>` : ''}
</section>`;
}

function englishSection(court: Court, generatedAt: string, periods: readonly PeriodFigures[], lists: SectionLists): string {
  const name = court.nameEn?.trim() ? data(court.nameEn) : `<span lang="zh-CN">${data(court.name)}</span>`;
  const stats = periods.map(({ stats, closure, execution }) => {
    const rule = describeRateRule(stats.rateRule ?? DEFAULT_RATE_RULE, 'en');
    const c = closure ? `closure rate ${percent(closure, 'en')} (${formatCount(stats.cases.closed, 'en')} closed of ${formatCount(stats.cases.accepted, 'en')} accepted cases)` : 'no cases';
    const e = execution ? `actual execution rate ${percent(execution, 'en')} (${formatCount(stats.cases.closedWithPerformance, 'en')} closed by performance of ${formatCount(stats.cases.closed, 'en')} closed cases)` : 'no closed cases';
    const money = formatMoney(stats.money.recovered, 'en', { approximate: stats.money.recoveredApproximate === true });
    return `<li>${data(periodLabel(stats.period, 'en'))}: ${c}; ${e}; rates ${rule}; money recovered ${money}.</li>`;
  });
  const counts = SECTIONS.filter((s) => s.key !== 'rewards' || lists.rewards.length > 0).map((s) => `${formatCount(lists[s.key].length, 'en')} ${s.en.toLowerCase()}`);
  const contact = tipOffPhone(court);
  return `<section id="en" lang="en" aria-labelledby="en-h">
<h2 id="en-h">In English</h2>
<p>The public enforcement information of ${name}, as of ${formatTimestamp(generatedAt, 'en')}.</p>
${stats.length ? `<p>Statistics (computed from the counts the court publishes):</p>\n<ul>${stats.join('')}</ul>` : '<p>No statistics are published.</p>'}
<p>The exposure board lists ${counts.join(', ')}; the tables above give them in Chinese, with column headings in both languages.</p>
${contact ? `<p>${contact.tipOff ? 'Tip-off line' : 'Court telephone'}: ${phoneLink(contact.phone)}.</p>` : ''}
<p>This page lists the court's exposure board only, not the complete lists. The Supreme People's Court's national site is authoritative for whether a person or organisation is listed: <a href="${NATIONAL_LOOKUP_URL}">${NATIONAL_LOOKUP_URL}</a> (name, optionally ID number or organisation code, and a captcha).</p>
<p>${JS_NOTE_EN}</p>
</section>`;
}

function page(input: ReadablePageInput, lists: SectionLists, periods: readonly PeriodFigures[], sections: readonly SectionInfo[], pageNo: number, pages: number, size: number): string {
  const { exposure } = input;
  const court = exposure.court;
  const first = pageNo === 1;
  const title = `${data(court.name)} 执行信息公开${first ? '' : `（第 ${pageNo} 页）`}`;
  const contact = tipOffPhone(court);
  const shown = first ? sections : sections.filter((s) => lists[s.key].length > (pageNo - 1) * size);
  const contents = [
    ...(first ? [`<li><a href="#stats">${bi('执行工作质效', 'Statistics')}</a></li>`] : []),
    ...shown.map((s) => `<li><a href="#${s.key}">${bi(s.zh, s.en)}</a></li>`),
    ...(first ? [`<li><a href="#lookup">${bi('如何查询', 'Look someone up')}</a></li>`, `<li><a href="#en">In English</a></li>`] : [`<li><a href="index.html">${bi('首页：统计数据与查询方法', 'First page: statistics and lookup')}</a></li>`]),
  ];
  const batch = exposure.period ? `<p>曝光批次：${data(periodLabel(exposure.period, 'zh-CN'))}</p>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="robots" content="noarchive">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">跳到正文<span class="en" lang="en">Skip to content</span></a>
<header class="masthead">
<div class="wrap">
<h1>${data(court.name)} 执行信息公开</h1>
<p class="en" lang="en">${court.nameEn?.trim() ? `${data(court.nameEn)}: public enforcement information` : 'Public enforcement information'}</p>
</div>
</header>
<main id="main" class="wrap">
<p class="lead">数据截至 <strong>${formatTimestamp(exposure.generatedAt, 'zh-CN')}</strong>（北京时间）<span class="en" lang="en">Data as of ${formatTimestamp(exposure.generatedAt, 'en')}</span></p>
${batch}
${contact ? `<p class="tipoff">${contact.tipOff ? bi('举报电话', 'Tip-off line') : bi('联系电话', 'Telephone')}：${phoneLink(contact.phone)}</p>` : ''}
<p class="notice">${JS_NOTE_ZH}<span class="en" lang="en">${JS_NOTE_EN}</span></p>
<nav class="contents" aria-label="本页内容 Contents"><ul>${contents.join('')}</ul></nav>
${first ? statsSection(periods) : ''}
${pager(pageNo, pages, 'top')}
${shown.map((s) => entriesSection(s, lists[s.key], pageNo, size)).join('\n')}
${pager(pageNo, pages, 'bottom')}
${first ? `${lookupSection(court)}\n${englishSection(court, exposure.generatedAt, periods, lists)}` : ''}
</main>
<footer class="wrap">
<p>依据《最高人民法院关于公布失信被执行人名单信息的若干规定》（法释〔2017〕7号）公布。已删除、撤销、解除或公布期满的信息和未成年人的信息不在本页显示；身份证号码已隐去出生月日。<span class="en" lang="en">Published under the rules of the Supreme People's Court (Fa Shi [2017] No. 7). Deleted, revoked, lifted or expired entries and minors are not shown; ID numbers hide the month and day of birth.</span></p>
<p>数据版本 ${data(exposure.version)}</p>
</footer>
</body>
</html>
`;
}

/**
 * The readable page of a feed: `index.html` with the statistics and the first `pageSize` entries of
 * each section, then `list-2.html` … for the rest, each with previous/next links. Only entries the
 * feed publishes (removals and the publication rules applied again on the feed's day) are shown.
 *
 * @example
 * ```ts
 * const files = renderReadablePages({ exposure, stats });
 * for (const { path, html } of files) console.log(path, html.length);
 * ```
 */
export function renderReadablePages(input: ReadablePageInput): ReadablePageFile[] {
  const size = input.pageSize ?? READABLE_PAGE_SIZE;
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`pageSize must be a positive integer, got ${String(size)}`);
  const instant = parseTimestamp(input.exposure.generatedAt);
  if (!instant) throw new RangeError(`exposure.generatedAt is not a timestamp: ${String(input.exposure.generatedAt).slice(0, 40)}`);
  const lists = sectionLists(input.exposure, todayInChina(instant));
  const periods = input.stats.map(figures);
  // Rewards only when the feed has any; the two lists always (an empty one says so).
  const sections = SECTIONS.filter((s) => s.key !== 'rewards' || lists.rewards.length > 0);
  const pages = Math.max(1, ...sections.map((s) => Math.ceil(lists[s.key].length / size)));
  const files: ReadablePageFile[] = [];
  for (let p = 1; p <= pages; p++) files.push({ path: readablePagePath(p), html: page(input, lists, periods, sections, p, pages, size) });
  return files;
}
