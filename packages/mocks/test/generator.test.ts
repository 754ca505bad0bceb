import { expect } from '@open-wc/testing';
import { DebtorRecord, birthYearOf, maskResidentId, parseCaseNumber, validateCreditCode, validateMaskedResidentId, validateResidentId } from '@zhixing/sdk';
import { generateDebtors, iterateDebtors, mulberry32 } from '@zhixing/mocks';

const TODAY = '2025-06-15';

describe('generateDebtors', () => {
  const records = generateDebtors({ count: 2000, seed: 42, today: TODAY });

  it('every record passes the contract schema', () => {
    const failures = records.filter((r) => !DebtorRecord.safeParse(r).success);
    expect(failures.map((r) => r.id)).to.deep.equal([]);
    expect(new Set(records.map((r) => r.id)).size).to.equal(records.length);
  });

  it('is deterministic: same seed, same records; another seed, other records', () => {
    expect(generateDebtors({ count: 2000, seed: 42, today: TODAY })).to.deep.equal(records);
    expect(JSON.stringify(generateDebtors({ count: 50, seed: 43, today: TODAY }))).not.to.equal(JSON.stringify(records.slice(0, 50)));
    expect([...iterateDebtors({ count: 2000, seed: 42, today: TODAY })]).to.deep.equal(records);
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 10; i++) expect(a()).to.equal(b());
  });

  it('mixes types and party kinds in the documented proportions', () => {
    const share = (predicate: (r: DebtorRecord) => boolean) => records.filter(predicate).length / records.length;
    expect(share((r) => r.type === 'dishonest-debtor')).to.be.within(0.5, 0.6);
    expect(share((r) => r.type === 'consumption-restriction')).to.be.within(0.25, 0.35);
    expect(share((r) => r.type === 'enforcement-case')).to.be.within(0.11, 0.19);
    expect(share((r) => r.partyKind === 'organization')).to.be.within(0.09, 0.15);
  });

  it('IDs are masked, and unmasked they carry valid checksums', () => {
    const full = generateDebtors({ count: 2000, seed: 42, today: TODAY, unmaskedIds: true });
    records.forEach((record, i) => {
      const other = full[i]!;
      if (record.partyKind === 'organization') {
        expect(validateCreditCode(record.creditCode!).ok, record.creditCode).to.equal(true);
        expect(other).to.deep.equal(record);
        return;
      }
      expect(validateMaskedResidentId(record.idNumber!, TODAY).ok, record.idNumber).to.equal(true);
      expect(validateResidentId(other.idNumber!, TODAY).ok, other.idNumber).to.equal(true);
      expect(maskResidentId(other.idNumber!)).to.equal(record.idNumber);
      expect({ ...other, idNumber: record.idNumber }).to.deep.equal(record);
      expect(record.sex).to.equal(Number(other.idNumber!.charAt(16)) % 2 === 1 ? 'male' : 'female');
    });
  });

  it('adults only; nothing expired, removed or in the future', () => {
    for (const record of records) {
      expect(record.removal).to.equal(undefined);
      expect(record.publishedOn < TODAY && record.filingDate <= record.publishedOn, record.id).to.equal(true);
      if (record.publicationEndsOn) expect(record.publicationEndsOn > TODAY).to.equal(true);
      if (record.partyKind === 'natural-person') {
        expect(record.age!).to.be.at.least(18);
        expect(Number(record.publishedOn.slice(0, 4)) - birthYearOf(record.idNumber!)!).to.be.within(record.age!, record.age! + 1);
      }
    }
  });

  it('case numbers are the court\'s, with a matching filing year', () => {
    for (const record of records.slice(0, 300)) {
      const parsed = parseCaseNumber(record.caseNumber)!;
      expect(parsed.courtCode).to.equal('湘0725');
      expect(String(parsed.year)).to.equal(record.filingDate.slice(0, 4));
      expect(record.courtName).to.equal('桃源县人民法院');
    }
    const other = generateDebtors({ count: 20, seed: 1, today: TODAY, courtName: '临澧县人民法院', courtCode: '湘0724', province: '湖南' });
    for (const record of other) {
      expect(parseCaseNumber(record.caseNumber)!.courtCode).to.equal('湘0724');
      expect(record.courtName).to.equal('临澧县人民法院');
      if (record.partyKind === 'organization') expect(record.name.startsWith('临澧县')).to.equal(true);
    }
  });

  it('names look like names: 2–4 characters for people, 有限(责任)公司 for companies', () => {
    for (const record of records) {
      if (record.partyKind === 'natural-person') expect(record.name).to.match(/^\p{Script=Han}{2,4}$/u);
      else expect(record.name).to.match(/有限(责任)?公司$/);
    }
  });
});
