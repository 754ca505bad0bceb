import { defineMessages, type Messages } from '../internal/i18n.js';

const zh = {
  closureRate: '结案率',
  actualExecutionRate: '实际执结率',
  moneyRecovered: '执行到位金额',
  closureFormula: '结案率 = 已结件数 ÷ 受理件数',
  actualExecutionFormula: '实际执结率 = 执行完毕结案件数 ÷ 已结件数',
  moneyDefinition: '执行到位金额：本期实际执行到位的款项，以法院公布数为准',
  moneyApproximate: '法院公布的是约数。',
  rule: (p) => `${p.formula}，${p.rounding}`,
  counts: (p) => `${p.numerator} / ${p.denominator} 件`,
  valueText: (p) => `${p.metric} ${p.value}（${p.counts}）`,
  noCases: '本期无案件',
  noClosedCases: '本期无已结案件',
  period: (p) => `统计期间：${p.label}`,
  periodRange: (p) => `${p.start}至${p.end}`,
  periodPicker: '统计期间',
  inconsistent: (p) => `注意：法院公布的${p.metric}为 ${p.reported}，按件数计算为 ${p.computed}，此处显示计算值。`,
  target: (p) => `目标 ${p.value}`,
  aboveTarget: (p) => `高于目标（${p.target}）${p.diff} 个百分点`,
  belowTarget: (p) => `低于目标（${p.target}）${p.diff} 个百分点`,
  atTarget: (p) => `恰好达到目标（${p.target}）`,
  upOnPrevious: (p) => `较上期（${p.label}）上升 ${p.diff} 个百分点`,
  downOnPrevious: (p) => `较上期（${p.label}）下降 ${p.diff} 个百分点`,
  sameAsPrevious: (p) => `与上期（${p.label}）持平`,
  moreThanPrevious: (p) => `较上期（${p.label}）增加 ${p.amount}`,
  lessThanPrevious: (p) => `较上期（${p.label}）减少 ${p.amount}`,
  previousNoRate: (p) => `上期（${p.label}）无案件，无法比较`,
  noPrevious: '数据源没有上一期数据，无法比较。',
  previousUnavailable: '上期数据暂时无法获取，未作比较。',
  trendCaption: (p) => `${p.metric}：各统计期间`,
} satisfies Messages<string>;

/** zh-CN here; the English texts are in zx-execution-gauge.messages.en.ts, downloaded only for a page or element in English. */
export const gaugeMessages = defineMessages(zh, () => import('./zx-execution-gauge.messages.en.js'));

export type GaugeMessageKey = keyof typeof zh;
