import { defineMessages, type Messages } from '../internal/i18n.js';

/**
 * The trend view's own texts (`view="trend"`), loaded with the trend module, never by a plain gauge.
 * Metric names, counts and the target come from the gauge's messages.
 */
const zh = {
  tableCaption: (p) => `${p.metric}各统计期间数据`,
  period: '统计期间',
  countsClosure: '已结 / 受理件数',
  countsActual: '执行完毕 / 已结件数',
  lengthYear: '全年',
  lengthHalfYear: '半年',
  lengthQuarter: '季度',
  lengthMonth: '月',
  lengthMonths: (p) => `${p.n}个月`,
  lengthDays: (p) => `${p.n}天`,
  firstHalf: '上半年',
  secondHalf: '下半年',
  quarterShort: (p) => `第${p.n}季度`,
  monthShort: (p) => `${p.n}月`,
  yearShort: (p) => `${p.year}年`,
  series: (p) => `${p.length}（${p.count}个期间）`,
  apart: (p) => `长度不同的统计期间（${p.lengths}）分开标示，不连线、不作比较；只有长度相同的期间才用线连起来。`,
  single: '数据源只有一个统计期间，无法显示趋势。',
  none: '数据源没有统计期间，无法显示趋势。',
  noRate: '无案件，无比率',
  pointTitle: (p) => `${p.period}：${p.value}（${p.counts}）`,
  listSeparator: '、',
  ruleFor: (p) => `${p.periods}：${p.rule}`,
} satisfies Messages<string>;

/** zh-CN here; the English texts are in zx-execution-gauge.trend-messages.en.ts, downloaded only for a page or element in English. */
export const trendMessages = defineMessages(zh, () => import('./zx-execution-gauge.trend-messages.en.js'));

export type TrendMessageKey = keyof typeof zh;
