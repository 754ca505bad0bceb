import { expect } from '@open-wc/testing';
import {
  ENFORCEMENT_TYPE_CODES,
  caseNumberYear,
  checkCaseNumber,
  isImplementationCase,
  isReviewCase,
  latestCaseYear,
  parseCaseNumber,
} from '../src/domain/case-number';
import {
  addDays,
  ageOn,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  isPublicationOver,
  parseCalendarDate,
  parseTimestamp,
  todayInChina,
  toCalendarDate,
} from '../src/domain/dates';
import {
  describeRateRule,
  fenToYuan,
  formatCalendarDate,
  formatCount,
  formatMoney,
  formatPercent,
  formatTimestamp,
  resolveLocale,
  yuanToFen,
} from '../src/domain/format';
import type { Locale } from '../src/domain/format';
import {
  birthDateOf,
  birthYearOf,
  classifyIdentifier,
  creditCodeCheckChar,
  isUnmaskedResidentId,
  maskIdentifier,
  maskResidentId,
  normalizeIdentifier,
  organizationCodeCheckChar,
  residentIdCheckChar,
  sexOfResidentId,
  validateCreditCode,
  validateIdentifier,
  validateMaskedResidentId,
  validateResidentId,
} from '../src/domain/identifiers';
import {
  DEFAULT_RATE_RULE,
  actualExecutionRate,
  checkReportedRate,
  closureRate,
  computeRate,
} from '../src/domain/rates';
import type { Rate, RateRule } from '../src/domain/rates';
import * as domain from '../src/domain';

const TODAY = '2024-05-01';
const VALID_IDS = ['430725199001011235', '43072519850615101X', '11010519491231002X'];
const VALID_CREDIT_CODES = ['91350100M000100Y43', '91430725MA4L00003Y'];
/** Valid as a credit code (both checks) although every character is a digit. */
const ALL_DIGIT_CREDIT_CODE = '914307251000000165';
const TRUNCATE: RateRule = { decimals: 2, rounding: 'truncate' };

const withCheck = (first17: string): string => first17 + residentIdCheckChar(first17);
const rate = (numerator: number, denominator: number, rule?: RateRule): Rate => {
  const r = computeRate(numerator, denominator, rule);
  if (!r) throw new Error('expected a rate');
  return r;
};

describe('domain', () => {
  it('re-exports every module from the index', () => {
    for (const name of ['validateIdentifier', 'parseCaseNumber', 'computeRate', 'formatMoney', 'todayInChina', 'ENFORCEMENT_TYPE_CODES']) {
      expect(domain, name).to.have.property(name);
    }
    expect(domain).not.to.have.property('toScaledDecimal'); // internal helper stays internal
  });

  describe('identifiers', () => {
    describe('normalizeIdentifier', () => {
      it('turns full-width characters to ASCII, drops spaces and dashes, upper-cases', () => {
        expect(normalizeIdentifier('４３０７２５ 1990-0101 123x')).to.equal('43072519900101123X');
        expect(normalizeIdentifier('４３０７２５\u3000１９９０－０１０１＿１２３ｘ')).to.equal('43072519900101123X');
        expect(normalizeIdentifier(' 4307\u200B25\u00A01990\u20100101\u2014123\tx\n')).to.equal('43072519900101123X');
        expect(normalizeIdentifier('９１３５０１００ｍ０００１００ｙ４３')).to.equal('91350100M000100Y43');
      });

      it('returns an empty string for empty or non-string input', () => {
        expect(normalizeIdentifier('')).to.equal('');
        expect(normalizeIdentifier(' \u3000 - _ ')).to.equal('');
        expect(normalizeIdentifier(undefined as unknown as string)).to.equal('');
      });
    });

    describe('check characters', () => {
      it('computes the GB 11643 check character', () => {
        for (const id of VALID_IDS) expect(residentIdCheckChar(id.slice(0, 17))).to.equal(id.slice(17));
      });

      it('computes the GB 32100 and GB 11714 check characters', () => {
        for (const code of VALID_CREDIT_CODES) {
          expect(creditCodeCheckChar(code.slice(0, 17))).to.equal(code.slice(17));
          expect(organizationCodeCheckChar(code.slice(8, 16))).to.equal(code.slice(16, 17));
        }
      });

      it('maps organisation-code results 10 → X and 11 → 0', () => {
        expect(organizationCodeCheckChar('00000030')).to.equal('X'); // S = 3·4 = 12, 11 − 1 = 10
        expect(organizationCodeCheckChar('00000000')).to.equal('0'); // S = 0, 11 − 0 = 11
        expect(organizationCodeCheckChar('00000001')).to.equal('9'); // S = 2
      });

      it('rejects malformed input instead of computing garbage', () => {
        expect(() => residentIdCheckChar('4307251990010112')).to.throw(RangeError);
        expect(() => residentIdCheckChar('4307251990010112X')).to.throw(RangeError);
        expect(() => creditCodeCheckChar('91350100M000100O4')).to.throw(RangeError);
        expect(() => creditCodeCheckChar('91350100m000100y4')).to.throw(RangeError);
        expect(() => organizationCodeCheckChar('M000100')).to.throw(RangeError);
      });
    });

    describe('validateResidentId', () => {
      it('accepts the valid samples, lower-case x included', () => {
        for (const id of VALID_IDS) expect(validateResidentId(id, TODAY)).to.deep.equal({ ok: true, kind: 'resident-id', value: id });
        expect(validateResidentId('43072519850615101x', TODAY)).to.deep.equal({ ok: true, kind: 'resident-id', value: '43072519850615101X' });
        expect(validateResidentId('４３０７２５ １９９０ ０１０１ １２３５', TODAY).ok).to.equal(true);
      });

      it('rejects a wrong check character', () => {
        expect(validateResidentId('430725199001011234', TODAY)).to.include({ ok: false, problem: 'checksum' });
        expect(validateResidentId('43072519850615101Y', TODAY)).to.include({ ok: false, problem: 'charset' });
        expect(validateResidentId('430725199001011230', TODAY)).to.include({ ok: false, problem: 'checksum' });
      });

      it('rejects impossible and future birth dates', () => {
        expect(validateResidentId(withCheck('43072519900230123'), TODAY)).to.include({ ok: false, problem: 'date' }); // 30 Feb
        expect(validateResidentId(withCheck('43072519890229123'), TODAY)).to.include({ problem: 'date' }); // not a leap year
        expect(validateResidentId(withCheck('43072519880229123'), TODAY).ok).to.equal(true); // leap year
        expect(validateResidentId(withCheck('43072519901301123'), TODAY)).to.include({ problem: 'date' });
        expect(validateResidentId(withCheck('43072520240502123'), TODAY)).to.include({ problem: 'date' }); // tomorrow
        expect(validateResidentId(withCheck('43072520240501123'), TODAY).ok).to.equal(true); // born today
        expect(validateResidentId(withCheck('43072518991231123'), TODAY)).to.include({ problem: 'date' });
        expect(validateResidentId(withCheck('43072530000101123')).ok).to.equal(false); // default: today in China
      });

      it('reports empty, length and charset problems', () => {
        expect(validateResidentId('', TODAY)).to.deep.equal({ ok: false, kind: 'resident-id', problem: 'empty', value: '' });
        expect(validateResidentId('43072519900101123', TODAY)).to.include({ problem: 'length' });
        expect(validateResidentId('4307251990010112355', TODAY)).to.include({ problem: 'length' });
        expect(validateResidentId('43072519900101A235', TODAY)).to.include({ problem: 'charset' });
        expect(validateResidentId('4307251990****1235', TODAY)).to.include({ problem: 'charset' });
      });

      it('throws on an invalid reference date', () => {
        expect(() => validateResidentId(VALID_IDS[0] ?? '', '2024-13-01')).to.throw(RangeError);
      });
    });

    describe('validateMaskedResidentId', () => {
      it('accepts the published form and checks the birth year', () => {
        expect(validateMaskedResidentId('4307251990****1235', TODAY)).to.deep.equal({ ok: true, kind: 'masked-resident-id', value: '4307251990****1235' });
        expect(validateMaskedResidentId('4307251985****101x', TODAY).value).to.equal('4307251985****101X');
        expect(validateMaskedResidentId('4307252025****1235', TODAY)).to.include({ problem: 'date' });
        expect(validateMaskedResidentId('4307251850****1235', TODAY)).to.include({ problem: 'date' });
        expect(validateMaskedResidentId('4307251990****12A5', TODAY)).to.include({ problem: 'charset' });
        expect(validateMaskedResidentId('4307251990***1235', TODAY)).to.include({ problem: 'length' });
      });
    });

    describe('validateCreditCode', () => {
      it('accepts the valid samples, in any case and width', () => {
        for (const code of VALID_CREDIT_CODES) expect(validateCreditCode(code)).to.deep.equal({ ok: true, kind: 'credit-code', value: code });
        expect(validateCreditCode('91430725ma4l00003y').ok).to.equal(true);
        expect(validateCreditCode('９１４３０７２５ＭＡ４Ｌ００００３Ｙ').ok).to.equal(true);
        expect(validateCreditCode('9143-0725-MA4L-0000-3Y').ok).to.equal(true);
        expect(validateCreditCode(ALL_DIGIT_CREDIT_CODE).ok).to.equal(true);
      });

      it('rejects a wrong GB 32100 check character', () => {
        expect(validateCreditCode('91350100M000100Y44')).to.include({ ok: false, problem: 'checksum' });
      });

      it('rejects a broken embedded organisation code even with a matching GB 32100 check', () => {
        const first17 = '91350100M000100Y5'; // organisation check should be 4
        const code = first17 + creditCodeCheckChar(first17);
        expect(validateCreditCode(code)).to.include({ ok: false, kind: 'credit-code', problem: 'checksum' });
      });

      it('rejects I, O, S, V, Z and wrong lengths', () => {
        for (const ch of ['I', 'O', 'S', 'V', 'Z']) {
          expect(validateCreditCode(`91350100M${ch}00100Y43`), ch).to.include({ problem: 'charset' });
        }
        expect(validateCreditCode('91350100M000100Y4')).to.include({ problem: 'length' });
        expect(validateCreditCode('')).to.include({ problem: 'empty' });
      });
    });

    describe('validateIdentifier and classifyIdentifier', () => {
      it('decides by shape', () => {
        expect(validateIdentifier(' 43072519850615101x ', TODAY)).to.deep.equal({ ok: true, kind: 'resident-id', value: '43072519850615101X' });
        expect(validateIdentifier('4307251990****1235', TODAY)).to.include({ ok: true, kind: 'masked-resident-id' });
        expect(validateIdentifier('４３０７２５１９９０＊＊＊＊１２３５', TODAY)).to.include({ ok: true, kind: 'masked-resident-id' });
        expect(validateIdentifier('91350100M000100Y43', TODAY)).to.include({ ok: true, kind: 'credit-code' });
        expect(validateIdentifier(ALL_DIGIT_CREDIT_CODE, TODAY)).to.include({ ok: true, kind: 'credit-code' });
      });

      it('reports the problem of the kind it looks like', () => {
        expect(validateIdentifier('430725199001011234', TODAY)).to.include({ ok: false, kind: 'resident-id', problem: 'checksum' });
        expect(validateIdentifier('4307251990****123', TODAY)).to.include({ ok: false, kind: 'masked-resident-id', problem: 'length' });
        expect(validateIdentifier('91350100M000100Y44', TODAY)).to.include({ ok: false, kind: 'credit-code', problem: 'checksum' });
        expect(validateIdentifier('430725900101123', TODAY)).to.include({ ok: false, kind: 'resident-id', problem: 'length' });
      });

      it('handles empty and hostile input', () => {
        expect(validateIdentifier('', TODAY)).to.deep.equal({ ok: false, kind: 'unknown', problem: 'empty', value: '' });
        expect(validateIdentifier(' \u3000\t', TODAY)).to.include({ problem: 'empty' });
        expect(validateIdentifier('<script>alert(1)</script>', TODAY)).to.include({ ok: false, kind: 'unknown', problem: 'charset' });
        expect(validateIdentifier("1' OR '1'='1", TODAY)).to.include({ ok: false, problem: 'charset' });
        expect(validateIdentifier('ABC', TODAY)).to.include({ ok: false, kind: 'unknown', problem: 'length' });
        expect(validateIdentifier('9'.repeat(10_000), TODAY)).to.include({ ok: false, problem: 'length' });
        expect(validateIdentifier('91350100MI00100Y43', TODAY)).to.include({ ok: false, kind: 'unknown', problem: 'charset' });
        expect(validateIdentifier('张三', TODAY)).to.include({ ok: false, problem: 'charset' });
      });

      it('classifies', () => {
        expect(classifyIdentifier('430725199001011235')).to.equal('resident-id');
        expect(classifyIdentifier('4307251990****1235')).to.equal('masked-resident-id');
        expect(classifyIdentifier('91430725MA4L00003Y')).to.equal('credit-code');
        expect(classifyIdentifier('hello')).to.equal('unknown');
        expect(classifyIdentifier('')).to.equal('unknown');
      });
    });

    describe('masking', () => {
      it('masks birth month and day of 18- and 15-character IDs', () => {
        expect(maskResidentId('430725199001011235')).to.equal('4307251990****1235');
        expect(maskResidentId('43072519850615101x')).to.equal('4307251985****101X');
        expect(maskResidentId('430725900101123')).to.equal('43072590****123');
        expect(maskResidentId('４３０７２５１９９００１０１１２３５')).to.equal('4307251990****1235');
      });

      it('leaves masked IDs unchanged', () => {
        expect(maskResidentId('4307251990****1235')).to.equal('4307251990****1235');
        expect(maskIdentifier('4307251990****1235')).to.equal('4307251990****1235');
        expect(maskResidentId(maskResidentId('430725900101123'))).to.equal('43072590****123');
      });

      it('detects unmasked IDs conservatively', () => {
        for (const id of VALID_IDS) expect(isUnmaskedResidentId(id), id).to.equal(true);
        expect(isUnmaskedResidentId('430725199001011234')).to.equal(true); // bad checksum: still personal data
        expect(isUnmaskedResidentId('430725 1990 0101 1235')).to.equal(true);
        expect(isUnmaskedResidentId('430725900101123')).to.equal(true);
        expect(isUnmaskedResidentId('4307251990**011235')).to.equal(true); // partly masked
        expect(isUnmaskedResidentId(ALL_DIGIT_CREDIT_CODE)).to.equal(true); // in doubt: mask
        expect(isUnmaskedResidentId('4307251990****1235')).to.equal(false);
        for (const code of VALID_CREDIT_CODES) expect(isUnmaskedResidentId(code), code).to.equal(false);
        expect(isUnmaskedResidentId('')).to.equal(false);
        expect(isUnmaskedResidentId('12345')).to.equal(false);
      });

      it('maskIdentifier masks IDs and keeps credit codes', () => {
        expect(maskIdentifier('430725199001011235')).to.equal('4307251990****1235');
        expect(maskIdentifier('４３０７２５ １９９０ ０１０１ １２３ｘ')).to.equal('4307251990****123X');
        for (const code of VALID_CREDIT_CODES) expect(maskIdentifier(code)).to.equal(code);
        expect(maskIdentifier('not an id')).to.equal('not an id');
      });

      it('never leaves a birth month and day visible', () => {
        for (const id of [...VALID_IDS, '430725 19900101 1235', '43072519900101123x', '430725900101123']) {
          const masked = maskIdentifier(id);
          expect(masked, id).not.to.contain('0101');
          expect(isUnmaskedResidentId(masked), masked).to.equal(false);
        }
      });
    });

    describe('birth data', () => {
      it('reads the birth year from masked and unmasked IDs', () => {
        expect(birthYearOf('430725199001011235')).to.equal(1990);
        expect(birthYearOf('4307251985****101X')).to.equal(1985);
        expect(birthYearOf('4307251985****101x')).to.equal(1985);
        expect(birthYearOf('430725900101123')).to.equal(1990);
        expect(birthYearOf('91430725MA4L00003Y')).to.equal(undefined);
        expect(birthYearOf('')).to.equal(undefined);
      });

      it('reads the birth date from unmasked IDs only', () => {
        expect(birthDateOf('11010519491231002X')).to.equal('1949-12-31');
        expect(birthDateOf('430725900101123')).to.equal('1990-01-01');
        expect(birthDateOf('4307251990****1235')).to.equal(undefined);
        expect(birthDateOf('430725199002301235')).to.equal(undefined);
        expect(birthDateOf('garbage')).to.equal(undefined);
      });

      it('reads the sex from the sequence number', () => {
        expect(sexOfResidentId('430725199001011235')).to.equal('male'); // 123: odd
        expect(sexOfResidentId('43072519850615101X')).to.equal('male'); // 101
        expect(sexOfResidentId('11010519491231002X')).to.equal('female'); // 002
        expect(sexOfResidentId('1101051949****002X')).to.equal('female');
        expect(sexOfResidentId('nope')).to.equal(undefined);
      });
    });
  });

  describe('case numbers', () => {
    it('parses full-width and half-width brackets with spaces', () => {
      const expected = { year: 2023, courtCode: '湘0725', typeCode: '执', sequence: 123, normalized: '（2023）湘0725执123号' };
      expect(parseCaseNumber('（2023）湘0725执123号')).to.deep.equal(expected);
      expect(parseCaseNumber('(2023)湘0725执123号')).to.deep.equal(expected);
      expect(parseCaseNumber(' ( 2023 ) 湘0725 执 123 号 ')).to.deep.equal(expected);
      expect(parseCaseNumber('（２０２３）湘０７２５执１２３号')).to.deep.equal(expected);
      expect(parseCaseNumber('(2023）湘0725执0123号')?.normalized).to.equal('（2023）湘0725执123号');
    });

    it('matches the longest type code', () => {
      expect(parseCaseNumber('（2023）湘0725执恢12号')).to.include({ typeCode: '执恢', sequence: 12 });
      expect(parseCaseNumber('（2023）湘07执复3号')).to.include({ courtCode: '湘07', typeCode: '执复', sequence: 3 });
      for (const code of ENFORCEMENT_TYPE_CODES) {
        expect(parseCaseNumber(`（2022）湘0725${code}9号`)?.typeCode, code).to.equal(code);
      }
    });

    it('accepts the Supreme Court and high courts', () => {
      expect(parseCaseNumber('（2020）最高法执监12号')).to.include({ courtCode: '最高法', typeCode: '执监' });
      expect(parseCaseNumber('（2020）湘执复45号')).to.include({ courtCode: '湘', typeCode: '执复' });
    });

    it('rejects anything else', () => {
      for (const bad of ['', '（2023）湘0725执123', '（2023）湘0725民初123号', '2023湘0725执123号', '（23）湘0725执123号',
        '（2023）0725执123号', '（2023）湘0725执号', '（2023）湘0725执0号', '（2023）湘0725执123号之一', '（1900）湘0725执1号',
        '<img src=x>', '（2023）湘0725执123号'.repeat(20)]) {
        expect(parseCaseNumber(bad), bad).to.equal(undefined);
      }
      expect(parseCaseNumber(null as unknown as string)).to.equal(undefined);
    });

    it('refuses a year after next year (on the given day, default today in China) or before 1949, saying which', () => {
      const today = '2026-12-07';
      expect(latestCaseYear(today)).to.equal(2027);
      expect(parseCaseNumber('（2999）湘0725执1186号', today)).to.equal(undefined);
      expect(parseCaseNumber('（2999）湘0725执1186号')).to.equal(undefined); // this machine's clock
      expect(parseCaseNumber('（2028）湘0725执1号', today)).to.equal(undefined);
      expect(parseCaseNumber('（2027）湘0725执1号', today)?.year).to.equal(2027); // a clock a little off at New Year
      expect(parseCaseNumber('（2028）湘0725执1号', '2027-01-01')?.year).to.equal(2028);
      expect(parseCaseNumber('（1949）湘0725执1号', today)?.year).to.equal(1949);
      const future = checkCaseNumber('(2999)湘0725执1186号', today);
      expect(future).to.deep.include({ ok: false, problem: 'year-in-future' });
      expect(future.value?.normalized).to.equal('（2999）湘0725执1186号');
      expect(checkCaseNumber('（1948）湘0725执1号', today)).to.deep.include({ ok: false, problem: 'year-too-early' });
      expect(checkCaseNumber('（2023）湘0725民初1号', today)).to.deep.equal({ ok: false, problem: 'format' });
      expect(checkCaseNumber('（2023）湘0725执1号', today)).to.deep.include({ ok: true });
    });

    it('reads the year at the start of a case number cheaply, whatever follows', () => {
      expect(caseNumberYear('（2999）湘0725执1186号')).to.equal(2999);
      expect(caseNumberYear(' ( ２０２３ ）湘0725执1号')).to.equal(2023);
      expect(caseNumberYear('湘0725执1号')).to.equal(undefined);
      expect(caseNumberYear('（23）湘0725执1号')).to.equal(undefined);
    });

    it('tells implementation cases from review cases', () => {
      for (const code of ['执', '执恢', '执保']) {
        expect(isImplementationCase(code), code).to.equal(true);
        expect(isReviewCase(code), code).to.equal(false);
      }
      for (const code of ['执异', '执复', '执监']) {
        expect(isImplementationCase(code), code).to.equal(false);
        expect(isReviewCase(code), code).to.equal(true);
      }
      expect(isImplementationCase('民初')).to.equal(false);
      expect(ENFORCEMENT_TYPE_CODES).to.have.length(10);
      expect(Object.isFrozen(ENFORCEMENT_TYPE_CODES)).to.equal(true);
    });
  });

  describe('dates', () => {
    it('recognises real calendar dates only', () => {
      expect(isCalendarDate('2023-06-30')).to.equal(true);
      expect(isCalendarDate('2024-02-29')).to.equal(true);
      expect(isCalendarDate('2000-02-29')).to.equal(true);
      for (const bad of ['2023-02-29', '1900-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-06-31', '2023-6-30', '2023-06-30T00:00:00Z', ' 2023-06-30', '', '0000-01-01']) {
        expect(isCalendarDate(bad), bad).to.equal(false);
      }
      expect(parseCalendarDate('2023-06-30')).to.deep.equal({ year: 2023, month: 6, day: 30 });
      expect(toCalendarDate({ year: 33, month: 1, day: 5 })).to.equal('0033-01-05');
      expect(() => toCalendarDate({ year: 2023, month: 2, day: 29 })).to.throw(RangeError);
    });

    it('computes today in China independently of the machine time zone', () => {
      expect(todayInChina(new Date('2023-06-30T16:30:00Z'))).to.equal('2023-07-01');
      expect(todayInChina(new Date('2023-06-30T15:59:59.999Z'))).to.equal('2023-06-30');
      expect(todayInChina(new Date('2023-06-30T16:00:00Z'))).to.equal('2023-07-01');
      expect(todayInChina(new Date('2023-12-31T20:00:00-05:00'))).to.equal('2024-01-01');
      expect(isCalendarDate(todayInChina())).to.equal(true);
      expect(() => todayInChina(new Date('nonsense'))).to.throw(RangeError);
    });

    it('compares, adds and counts days', () => {
      expect(compareCalendarDates('2023-06-30', '2023-07-01')).to.be.below(0);
      expect(compareCalendarDates('2023-07-01', '2023-06-30')).to.be.above(0);
      expect(compareCalendarDates('2023-07-01', '2023-07-01')).to.equal(0);
      expect(() => compareCalendarDates('2023-07-01', '2023-7-1')).to.throw(RangeError);
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
      expect(addDays('2023-12-31', 1)).to.equal('2024-01-01');
      expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
      expect(addDays('2023-01-01', 365)).to.equal('2024-01-01');
      expect(addDays('0050-01-01', 0)).to.equal('0050-01-01');
      expect(() => addDays('2023-01-01', 0.5)).to.throw(RangeError);
      expect(() => addDays('9999-12-31', 1)).to.throw(RangeError);
      expect(daysBetween('2023-06-30', '2023-07-03')).to.equal(3);
      expect(daysBetween('2024-03-01', '2024-02-28')).to.equal(-2);
    });

    it('ends publication after the last day, in China time', () => {
      // 2023-06-30T15:59Z is 23:59 on 30 June in China: still the last day.
      expect(isPublicationOver('2023-06-30', new Date('2023-06-30T15:59:00Z'))).to.equal(false);
      expect(isPublicationOver('2023-06-30', new Date('2023-06-30T16:00:00Z'))).to.equal(true);
      expect(isPublicationOver(undefined, new Date('2099-01-01T00:00:00Z'))).to.equal(false);
      expect(isPublicationOver('not a date', new Date('2023-01-01T00:00:00Z'))).to.equal(true);
    });

    it('computes completed years of age', () => {
      expect(ageOn('1990-01-01', '2024-05-01')).to.equal(34);
      expect(ageOn('2006-05-02', '2024-05-01')).to.equal(17);
      expect(ageOn('2006-05-01', '2024-05-01')).to.equal(18);
      expect(ageOn('2004-02-29', '2022-02-28')).to.equal(17);
      expect(ageOn('2004-02-29', '2022-03-01')).to.equal(18);
      expect(ageOn('2004-02-29', '2024-02-29')).to.equal(20);
      expect(ageOn('2024-05-01', '2024-05-01')).to.equal(0);
      expect(() => ageOn('2024-05-02', '2024-05-01')).to.throw(RangeError);
      expect(() => ageOn('2024-02-30', '2024-05-01')).to.throw(RangeError);
    });

    it('parses timestamps only with an explicit offset', () => {
      expect(parseTimestamp('2023-08-25T15:02:00+08:00')?.toISOString()).to.equal('2023-08-25T07:02:00.000Z');
      expect(parseTimestamp('2023-08-25T07:02:00Z')?.toISOString()).to.equal('2023-08-25T07:02:00.000Z');
      expect(parseTimestamp('2023-08-25T07:02Z')?.toISOString()).to.equal('2023-08-25T07:02:00.000Z');
      expect(parseTimestamp('2023-08-25T07:02:03.456789-05:30')?.toISOString()).to.equal('2023-08-25T12:32:03.456Z');
      expect(parseTimestamp('2023-12-31T23:30:00-01:00')?.toISOString()).to.equal('2024-01-01T00:30:00.000Z');
      for (const bad of ['2023-08-25T15:02:00', '2023-08-25', '2023-08-25 15:02:00+08:00', '2023-02-30T00:00:00Z',
        '2023-08-25T24:00:00Z', '2023-08-25T23:60:00Z', '2023-08-25T23:59:60Z', '2023-08-25T15:02:00+0800',
        '2023-08-25T15:02:00+24:00', 'Fri, 25 Aug 2023 07:02:00 GMT', '', 'x'.repeat(1000)]) {
        expect(parseTimestamp(bad), bad).to.equal(undefined);
      }
    });
  });

  describe('rates', () => {
    it('reproduces the seed figures', () => {
      expect(closureRate(3387, 3643)).to.deep.equal({ percent: 92.97, numerator: 3387, denominator: 3643, rule: { decimals: 2, rounding: 'half-up' } });
      expect(actualExecutionRate(2674, 3387)?.percent).to.equal(78.95);
    });

    it('rounds half-up or truncates as the rule says', () => {
      expect(rate(2, 3).percent).to.equal(66.67);
      expect(rate(2, 3, TRUNCATE).percent).to.equal(66.66);
      expect(rate(1, 8).percent).to.equal(12.5);
      expect(rate(1, 8, TRUNCATE).percent).to.equal(12.5);
      expect(rate(1, 8, { decimals: 1, rounding: 'half-up' }).percent).to.equal(12.5);
      expect(rate(1, 8, { decimals: 0, rounding: 'half-up' }).percent).to.equal(13);
      expect(rate(1, 8, { decimals: 0, rounding: 'truncate' }).percent).to.equal(12);
      expect(rate(1, 3, { decimals: 4, rounding: 'half-up' }).percent).to.equal(33.3333);
      // 0.5 exactly at the rounding digit: 1/16 = 6.25 %
      expect(rate(1, 16, { decimals: 1, rounding: 'half-up' }).percent).to.equal(6.3);
      expect(rate(1, 16, { decimals: 1, rounding: 'truncate' }).percent).to.equal(6.2);
      expect(rate(3387, 3643, TRUNCATE).percent).to.equal(92.97);
      expect(rate(2674, 3387, TRUNCATE).percent).to.equal(78.94);
    });

    it('handles the edges', () => {
      expect(computeRate(0, 0)).to.equal(undefined);
      expect(rate(0, 5).percent).to.equal(0);
      expect(rate(5, 5).percent).to.equal(100);
      expect(rate(9_007_199_254_740_990, 9_007_199_254_740_991).percent).to.equal(100);
      expect(rate(1, 9_007_199_254_740_991, TRUNCATE).percent).to.equal(0);
    });

    it('throws on impossible counts and rules', () => {
      expect(() => computeRate(-1, 5)).to.throw(RangeError);
      expect(() => computeRate(1.5, 5)).to.throw(RangeError);
      expect(() => computeRate(6, 5)).to.throw(RangeError);
      expect(() => computeRate(1, 0)).to.throw(RangeError);
      expect(() => computeRate(Number.NaN, 5)).to.throw(RangeError);
      expect(() => computeRate(1, Number.POSITIVE_INFINITY)).to.throw(RangeError);
      expect(() => computeRate(1, 2, { decimals: -1, rounding: 'half-up' })).to.throw(RangeError);
      expect(() => computeRate(1, 2, { decimals: 1.5, rounding: 'half-up' })).to.throw(RangeError);
      expect(() => computeRate(1, 2, { decimals: 2, rounding: 'banker' as 'half-up' })).to.throw(RangeError);
    });

    it('does not share the default rule object', () => {
      const r = rate(1, 2);
      expect(r.rule).to.deep.equal(DEFAULT_RATE_RULE);
      expect(r.rule).not.to.equal(DEFAULT_RATE_RULE);
      expect(Object.isFrozen(DEFAULT_RATE_RULE)).to.equal(true);
    });

    it('checks a reported rate within one unit of the last decimal', () => {
      const closure = rate(3387, 3643);
      expect(checkReportedRate(closure, 92.97)).to.deep.equal({ consistent: true, computed: 92.97, reported: 92.97, difference: 0 });
      expect(checkReportedRate(closure, 92.96)).to.deep.equal({ consistent: true, computed: 92.97, reported: 92.96, difference: 0.01 });
      expect(checkReportedRate(closure, 92.98)).to.include({ consistent: true, difference: -0.01 });
      expect(checkReportedRate(closure, 92.95)).to.include({ consistent: false, difference: 0.02 });
      expect(checkReportedRate(closure, 93)).to.include({ consistent: false, difference: -0.03 });
      expect(checkReportedRate(closure, 93, 0)).to.include({ consistent: true });
      expect(checkReportedRate(rate(2674, 3387, TRUNCATE), 78.95)).to.include({ consistent: true });
      expect(checkReportedRate(closure, 92.971)).to.include({ consistent: true, difference: -0.001 });
      expect(() => checkReportedRate(closure, Number.NaN)).to.throw(RangeError);
    });
  });

  describe('formatting', () => {
    const both: Locale[] = ['zh-CN', 'en'];

    it('formats money compactly in Chinese', () => {
      expect(formatMoney(31_400_000_000, 'zh-CN')).to.equal('3.14亿元');
      expect(formatMoney(2_312_000_000, 'zh-CN')).to.equal('2,312万元');
      expect(formatMoney(1_566_050_000, 'zh-CN')).to.equal('1,566.05万元');
      expect(formatMoney(1_566_054_999, 'zh-CN')).to.equal('1,566.05万元');
      expect(formatMoney(1_566_055_000, 'zh-CN')).to.equal('1,566.06万元');
      expect(formatMoney(1_000_000, 'zh-CN')).to.equal('1万元');
      expect(formatMoney(1_010_000, 'zh-CN')).to.equal('1.01万元');
      expect(formatMoney(560_000, 'zh-CN')).to.equal('5,600元');
      expect(formatMoney(560_050, 'zh-CN')).to.equal('5,600.50元');
      expect(formatMoney(999_999, 'zh-CN')).to.equal('9,999.99元');
      expect(formatMoney(9_999_999_999, 'zh-CN')).to.equal('1亿元'); // rounds up into the next unit
      expect(formatMoney(10_000_000_000, 'zh-CN')).to.equal('1亿元');
      expect(formatMoney(12_345_600_000_000, 'zh-CN')).to.equal('1,234.56亿元');
      expect(formatMoney(0, 'zh-CN')).to.equal('0元');
      expect(formatMoney(-560_000, 'zh-CN')).to.equal('-5,600元');
    });

    it('formats money compactly in English', () => {
      expect(formatMoney(31_400_000_000, 'en')).to.equal('¥314 million');
      expect(formatMoney(2_312_000_000, 'en')).to.equal('¥23.12 million');
      expect(formatMoney(560_000, 'en')).to.equal('¥5,600');
      expect(formatMoney(25_000_000, 'en')).to.equal('¥250,000');
      expect(formatMoney(100_000_000, 'en')).to.equal('¥1 million');
      expect(formatMoney(314_000_000_000, 'en')).to.equal('¥3.14 billion');
      expect(formatMoney(99_999_999_999, 'en')).to.equal('¥1 billion');
      expect(formatMoney(0, 'en')).to.equal('¥0');
    });

    it('formats the exact amount: every fen, decimals only when there are fen', () => {
      expect(formatMoney(31_400_000_000, 'zh-CN', { style: 'exact' })).to.equal('314,000,000元');
      expect(formatMoney(31_400_000_000, 'en', { compact: false })).to.equal('¥314,000,000');
      expect(formatMoney(123_456_789, 'en', { style: 'exact' })).to.equal('¥1,234,567.89');
      expect(formatMoney(123_450, 'zh-CN', { style: 'exact' })).to.equal('1,234.50元');
      expect(formatMoney(5, 'zh-CN', { style: 'exact' })).to.equal('0.05元');
      expect(formatMoney(0, 'zh-CN', { style: 'exact' })).to.equal('0元');
      expect(formatMoney(9_007_199_254_740_991, 'zh-CN', { style: 'exact' })).to.equal('90,071,992,547,409.91元');
    });

    it('counts in 万亿 / trillion and marks approximate figures', () => {
      expect(formatMoney(1e14, 'zh-CN')).to.equal('1万亿元');
      expect(formatMoney(1e14, 'en')).to.equal('¥1 trillion');
      expect(formatMoney(99_999_999_999_999, 'zh-CN')).to.equal('1万亿元'); // rounds up into 万亿
      expect(formatMoney(123_456_000_000_000, 'zh-CN')).to.equal('1.23万亿元');
      expect(formatMoney(31_400_000_000, 'zh-CN', { approximate: true })).to.equal('约3.14亿元');
      expect(formatMoney(31_400_000_000, 'en', { approximate: true })).to.equal('approx. ¥314 million');
    });

    it('rejects money that is not integer fen', () => {
      for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
        expect(() => formatMoney(bad, 'zh-CN'), String(bad)).to.throw(RangeError);
      }
      expect(() => formatMoney(1, 'fr' as Locale)).to.throw(RangeError);
    });

    it('converts yuan and fen without floating-point drift', () => {
      expect(yuanToFen(1.005)).to.equal(101);
      expect(yuanToFen(0.1 + 0.2)).to.equal(30);
      expect(yuanToFen(5600)).to.equal(560_000);
      expect(yuanToFen(19.99)).to.equal(1999);
      expect(yuanToFen(-2.5)).to.equal(-250);
      expect(yuanToFen(1e-7)).to.equal(0);
      expect(() => yuanToFen(Number.NaN)).to.throw(RangeError);
      expect(() => yuanToFen(1e20)).to.throw(RangeError);
      expect(fenToYuan(1999)).to.equal(19.99);
      expect(fenToYuan(560_000)).to.equal(5600);
      expect(() => fenToYuan(1.5)).to.throw(RangeError);
    });

    it('formats percentages with fixed decimals', () => {
      for (const locale of both) {
        expect(formatPercent(92.97, locale)).to.equal('92.97%');
        expect(formatPercent(12.5, locale)).to.equal('12.50%');
        expect(formatPercent(100, locale)).to.equal('100.00%');
        expect(formatPercent(0, locale)).to.equal('0.00%');
        expect(formatPercent(66.666, locale, 1)).to.equal('66.7%');
        expect(formatPercent(78.945, locale)).to.equal('78.95%'); // as written, not as binary 78.94499…
        expect(formatPercent(12.5, locale, 0)).to.equal('13%');
      }
      expect(() => formatPercent(Number.NaN, 'en')).to.throw(RangeError);
      expect(() => formatPercent(1, 'en', -1)).to.throw(RangeError);
    });

    it('formats counts with grouping', () => {
      for (const locale of both) {
        expect(formatCount(3643, locale)).to.equal('3,643');
        expect(formatCount(0, locale)).to.equal('0');
        expect(formatCount(1_234_567, locale)).to.equal('1,234,567');
      }
      expect(() => formatCount(1.5, 'en')).to.throw(RangeError);
    });

    it('formats calendar dates from their parts', () => {
      expect(formatCalendarDate('2023-06-30', 'zh-CN')).to.equal('2023年6月30日');
      expect(formatCalendarDate('2023-06-30', 'en')).to.equal('30 June 2023');
      // Midnight UTC on 1 January is still 31 December in the Americas: must not shift.
      expect(formatCalendarDate('2024-01-01', 'zh-CN')).to.equal('2024年1月1日');
      expect(formatCalendarDate('2024-01-01', 'en')).to.equal('1 January 2024');
      expect(formatCalendarDate('2024-12-31', 'en')).to.equal('31 December 2024');
      expect(() => formatCalendarDate('2023-02-30', 'en')).to.throw(RangeError);
      expect(() => formatCalendarDate('30/06/2023', 'zh-CN')).to.throw(RangeError);
    });

    it('formats timestamps in China time', () => {
      expect(formatTimestamp('2023-08-25T15:02:00+08:00', 'zh-CN')).to.equal('2023年8月25日 15:02');
      expect(formatTimestamp('2023-08-25T07:02:00Z', 'zh-CN')).to.equal('2023年8月25日 15:02');
      expect(formatTimestamp('2023-08-25T07:02:00Z', 'en')).to.equal('25 Aug 2023, 15:02 (UTC+8)');
      expect(formatTimestamp('2023-12-31T16:05:00Z', 'zh-CN')).to.equal('2024年1月1日 00:05');
      expect(formatTimestamp('2023-06-01T09:05:00+08:00', 'en')).to.equal('1 Jun 2023, 09:05 (UTC+8)');
      expect(() => formatTimestamp('2023-08-25T15:02:00', 'en')).to.throw(RangeError);
    });

    it('describes the rounding rule', () => {
      expect(describeRateRule(DEFAULT_RATE_RULE, 'zh-CN')).to.equal('保留2位小数，四舍五入');
      expect(describeRateRule(TRUNCATE, 'zh-CN')).to.equal('保留2位小数，直接舍去');
      expect(describeRateRule({ decimals: 0, rounding: 'half-up' }, 'zh-CN')).to.equal('取整，四舍五入');
      expect(describeRateRule(DEFAULT_RATE_RULE, 'en')).to.equal('rounded half-up to 2 decimal places');
      expect(describeRateRule({ decimals: 1, rounding: 'truncate' }, 'en')).to.equal('truncated to 1 decimal place');
      expect(describeRateRule({ decimals: 0, rounding: 'truncate' }, 'en')).to.equal('truncated to a whole number');
    });

    it('resolves locale tags', () => {
      expect(resolveLocale('zh-CN')).to.equal('zh-CN');
      expect(resolveLocale('zh-Hans-CN')).to.equal('zh-CN');
      expect(resolveLocale('en-GB')).to.equal('en');
      expect(resolveLocale('EN')).to.equal('en');
      expect(resolveLocale(undefined)).to.equal('zh-CN');
      expect(resolveLocale('fr')).to.equal('zh-CN');
    });
  });
});
