import { defineMessages } from '../internal/i18n.js';

/**
 * The trend view's own texts (`view="trend"`), loaded with the trend module, never by a plain gauge.
 * Metric names, counts and the target come from the gauge's messages.
 */
export const trendMessages = defineMessages({
  'zh-CN': {
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
  },
  en: {
    tableCaption: (p) => `${p.metric} by period`,
    period: 'Period',
    countsClosure: 'Closed / accepted cases',
    countsActual: 'Closed by performance / closed cases',
    lengthYear: 'Year',
    lengthHalfYear: 'Half-year',
    lengthQuarter: 'Quarter',
    lengthMonth: 'Month',
    lengthMonths: (p) => `${p.n} months`,
    lengthDays: (p) => `${p.n} days`,
    firstHalf: 'H1',
    secondHalf: 'H2',
    quarterShort: (p) => `Q${p.n}`,
    monthShort: (p) => `Month ${p.n}`,
    yearShort: (p) => `${p.year}`,
    series: (p) => `${p.length} (${p.count} ${Number(p.count) === 1 ? 'period' : 'periods'})`,
    apart: (p) => `Periods of different lengths (${p.lengths}) are marked apart, neither joined nor compared; only periods of the same length are joined by a line.`,
    single: 'The source has only one period: no trend can be shown.',
    none: 'The source lists no periods: no trend can be shown.',
    noRate: 'No cases, no rate',
    pointTitle: (p) => `${p.period}: ${p.value} (${p.counts})`,
    listSeparator: ', ',
  },
});

export type TrendMessageKey = keyof (typeof trendMessages)['en'];
