// Every zh-CN text the elements show, with parameters filled in: Chinese text takes full-width
// punctuation (，：；（）？！), never the half-width forms next to a Chinese character.
import { expect } from '@open-wc/testing';
import { formatMoney } from '@zhixing/sdk';
import { commonMessages } from '../src/internal/common-messages';
import { loadLocale, type Catalog } from '../src/internal/i18n';
import { lookupMessages } from '../src/zx-debtor-lookup/zx-debtor-lookup.messages';
import { gaugeMessages } from '../src/zx-execution-gauge/zx-execution-gauge.messages';
import { trendMessages } from '../src/zx-execution-gauge/zx-execution-gauge.trend-messages';
import { boardMessages } from '../src/zx-exposure-board/zx-exposure-board.messages';

const catalogs: Record<string, Catalog<string>> = { common: commonMessages, lookup: lookupMessages, gauge: gaugeMessages, trend: trendMessages, board: boardMessages };

/** Parameters as the elements pass them: Chinese words and figures, so a template's own punctuation meets both. */
function params(value: string): Record<string, string> {
  return new Proxy({}, { get: () => value }) as Record<string, string>;
}

const HALF_WIDTH_NEXT_TO_CHINESE = /[\u3400-\u9fff“”][,:;()?!]|[,:;()?!][\u3400-\u9fff“”]/;

function rendered(catalog: Catalog<string>, locale: 'zh-CN' | 'en'): [string, string][] {
  return Object.entries(catalog[locale]!).flatMap(([key, value]) =>
    typeof value === 'function' ? [`张三`, '12', '5', ''].map((p) => [key, value(params(p))] as [string, string]) : [[key, value] as [string, string]],
  );
}

describe('zh-CN texts', () => {
  // The English tables are loaded on demand: here all at once.
  before(() => loadLocale('en'));

  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`${name}: no half-width punctuation next to Chinese characters`, () => {
      const bad = rendered(catalog, 'zh-CN').filter(([, text]) => HALF_WIDTH_NEXT_TO_CHINESE.test(text));
      expect(bad, bad.map(([key, text]) => `${key}: ${text}`).join('\n')).to.deep.equal([]);
    });

    it(`${name}: English is complete and not left in Chinese`, () => {
      expect(Object.keys(catalog.en!).sort()).to.deep.equal(Object.keys(catalog['zh-CN']).sort());
      const chinese = rendered(catalog, 'en').filter(([, text]) => /[\u3400-\u9fff]/.test(text.replace(/张三/g, '')));
      expect(chinese.map(([key]) => key)).to.deep.equal([]);
    });
  }

  it('the check itself catches half-width punctuation', () => {
    expect(HALF_WIDTH_NEXT_TO_CHINESE.test('18 位,可含空格')).to.equal(true);
    expect(HALF_WIDTH_NEXT_TO_CHINESE.test('无法连接数据源,请检查')).to.equal(true);
    expect(HALF_WIDTH_NEXT_TO_CHINESE.test('第 1/3 页（HTTP 500）')).to.equal(false);
  });
});

describe('money: one formatter', () => {
  it('counts in 万 / 亿 / 万亿, never "10,000亿元"', () => {
    expect(formatMoney(1e14, 'zh-CN')).to.equal('1万亿元');
    expect(formatMoney(38_200_000, 'zh-CN')).to.equal('38.2万元');
    expect(formatMoney(9_000_000, 'zh-CN', { style: 'exact' })).to.equal('90,000元');
    expect(formatMoney(31_400_000_000, 'zh-CN', { approximate: true })).to.equal('约3.14亿元');
  });
});
