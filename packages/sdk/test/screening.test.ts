// Issue 9, classes 1, 3, 7 and 8: IDs found however they are written, age judged at listing from
// every ID in a record, look-alike names, and nothing public masked by mistake.
import { expect } from '@open-wc/testing';
import {
  DebtorRecord,
  ExposureItem,
  IncrementalValidator,
  containsResidentId,
  findResidentIds,
  maskIdsInText,
  normalizeName,
  residentIdCheckChar,
  screenForPublication,
  validateRecords,
  type RecordIssue,
} from '../src/index';

const NOW = new Date('2026-11-27T12:00:00+08:00');

/** A checksum-valid ID for a region, birth date and sequence. */
function id(region: string, birth: string, seq = '222'): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

const ADULT = id('430725', '1988-08-08'); // 430725198808082224-like
const ADULT_2 = id('110105', '1949-12-31', '002');
const HEAD = ADULT.slice(0, 10);
const TAIL = ADULT.slice(14);
const MASKED = `${HEAD}****${TAIL}`;

/** The ways people write one ID. */
function writtenForms(full: string): Record<string, string> {
  const a = full.slice(0, 6);
  const b = full.slice(6, 10);
  const c = full.slice(10, 14);
  const d = full.slice(14);
  const fw = (s: string) => s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return {
    plain: full,
    spaces: `${a} ${b} ${c} ${d}`,
    dashes: `${a}-${b}-${c}-${d}`,
    enDash: `${a}\u2013${b}\u2013${c}\u2013${d}`,
    nbsp: `${a}\u00a0${b}\u00a0${c}\u00a0${d}`,
    ideographicSpace: `${a}\u3000${b}\u3000${c}\u3000${d}`,
    zeroWidth: `${a}${b}\u200b${c}${d}`,
    softHyphen: `${a}\u00ad${b}${c}\u00ad${d}`,
    wordJoiner: `${a}\u2060${b}${c}${d}`,
    fullWidth: fw(full),
    mixedFullWidth: fw(a) + b + fw(c) + d,
    fullWidthSpaces: `${fw(a)}\u3000${fw(b)}\u3000${fw(c)}\u3000${fw(d)}`,
    tab: `${a}\t${b}\t${c}\t${d}`,
    newline: `${a}\n${b}\n${c}\n${d}`,
    dots: `${a}.${b}.${c}.${d}`,
    slashes: `${a}/${b}/${c}/${d}`,
    lowerX: full.toLowerCase(),
    arabicIndic: full.replace(/[0-9]/g, (ch) => String.fromCharCode(0x0660 + Number(ch))),
    devanagari: full.replace(/[0-9]/g, (ch) => String.fromCharCode(0x0966 + Number(ch))),
    mathematicalBold: [...full].map((ch) => (/[0-9]/.test(ch) ? String.fromCodePoint(0x1d7ce + Number(ch)) : ch)).join(''),
    invisibleTags: `${a}\u{E0020}${b}\u{E0041}${c}${d}`,
    mixedScripts: a.replace(/[0-9]/g, (ch) => String.fromCharCode(0x0660 + Number(ch))) + fw(b) + c + d,
  };
}

/** Contexts an ID is written in. */
const CONTEXTS: Record<string, (idText: string) => string> = {
  alone: (t) => t,
  inSentence: (t) => `被执行人（身份证号${t}）拒不履行`,
  gluedLetters: (t) => `IDNo${t}`,
  gluedLettersAfter: (t) => `${t}abc`,
  inUrlPath: (t) => `https://court.example/orders/ID${t}.pdf`,
  thenPhone: (t) => `${t}13800001111`,
  phoneThenId: (t) => `电话13800001111${t}`,
  thenDigits: (t) => `${t}0736`,
  parenthesised: (t) => `（${t}）`,
};

/** Digits (and X) of a text, all separators dropped: a full ID must not survive in this form either. */
const digitsOf = (text: string) => text.normalize('NFKC').replace(/[^0-9Xx]/g, '').toUpperCase();

describe('screening: IDs as people write them', () => {
  const forms = { ...writtenForms(ADULT), ...Object.fromEntries(Object.entries(writtenForms(ADULT_2)).map(([k, v]) => [`second-${k}`, v])) };
  for (const [form, written] of Object.entries(forms)) {
    for (const [context, wrap] of Object.entries(CONTEXTS)) {
      if (form === 'slashes' && context === 'inUrlPath') continue; // covered by the plain path form
      it(`masks an ID written ${form}, ${context}`, () => {
        const text = wrap(written);
        const masked = maskIdsInText(text);
        expect(containsResidentId(text), 'found').to.equal(true);
        expect(containsResidentId(masked), 'still present after masking').to.equal(false);
        for (const full of [ADULT, ADULT_2]) expect(digitsOf(masked)).not.to.include(full);
        expect(masked).to.match(/\d{10}\*{4}\d{3}[\dX]/);
      });
    }
  }

  it('masks percent-encoded IDs in URLs', () => {
    const url = `https://court.example/order?id=${ADULT.slice(0, 6)}%20${ADULT.slice(6, 10)}%20${ADULT.slice(10, 14)}%20${ADULT.slice(14)}`;
    const masked = maskIdsInText(url);
    expect(digitsOf(decodeURIComponent(masked))).not.to.include(ADULT);
    expect(masked.startsWith('https://court.example/order?id=')).to.equal(true);
  });

  it('masks a mistyped ID (bad check character) standing alone, and 15-digit old IDs', () => {
    const mistyped = `${ADULT.slice(0, 17)}${ADULT.endsWith('1') ? '2' : '1'}`;
    expect(maskIdsInText(`号码${mistyped}`)).to.equal(`号码${mistyped.slice(0, 10)}****${mistyped.slice(14)}`);
    expect(maskIdsInText('旧证号430725880808222')).to.equal('旧证号43072588****222');
    expect(maskIdsInText('旧证号 430725 880808 222')).to.equal('旧证号 43072588****222');
  });

  it('leaves public codes, case numbers, phones, amounts and dates exactly as published', () => {
    const keep = [
      '91350100M000100Y43',
      '91430725MA4L00003Y',
      '统一社会信用代码：91430725MA4L00003Y，法定代表人王五',
      '注册号430725000012348', // the check is computed below
      '（2023）湘0725执123号',
      '(2024)湘0725执恢1234号之一',
      '举报电话 0736-6681180，手机 13800001111',
      '未履行金额 1,234,567.89 元（约123.46万元）',
      '立案 2024/3/2，发布 2024年3月2日',
      '账号 6222 0211 0203 1234 567', // a bank card: 19 digits, no ID inside
      '４３０７２５ is a region code in full width',
      '已履行１万元',
      '4307251988****2224', // already masked
    ];
    // A valid 15-digit registration number (GB/T 17710 MOD 11,10).
    const base = '43072500001234';
    let reg = '';
    for (let c = 0; c <= 9; c++) {
      let p = 10;
      for (const ch of base) {
        let s = (p + Number(ch)) % 10;
        if (s === 0) s = 10;
        p = (s * 2) % 11;
      }
      if ((p + c) % 10 === 1) reg = base + c;
    }
    keep[3] = `注册号${reg}`;
    for (const text of keep) expect(maskIdsInText(text), text).to.equal(text);
    // Digits that are both a plausible old ID (region, birth date) and a valid registration number:
    // kept where the text names a registration number, masked elsewhere (privacy wins).
    const ambiguous = '430781731022321';
    expect(maskIdsInText(`营业执照注册号：${ambiguous}`)).to.equal(`营业执照注册号：${ambiguous}`);
    expect(maskIdsInText(`承办人${ambiguous}`)).to.equal('承办人43078173****321');
  });

  it('one full-width digit neither rewrites the text nor raises an id-masked issue', () => {
    const record = { ...dishonest('fw'), conduct: '有履行能力而拒不履行，已履行１万元' };
    const { records, issues } = validateRecords([record], ExposureItem, 'items', NOW);
    expect((records[0]!.record as { conduct: string }).conduct).to.equal('有履行能力而拒不履行，已履行１万元');
    expect(issues).to.deep.equal([]);
  });

  it('finds masked IDs (for age) but does not treat them as unmasked', () => {
    const found = findResidentIds(`a ${MASKED} b 4307252010****1234 c 43072510****123`);
    expect(found.map((f) => [f.kind, f.birthYear])).to.deep.equal([
      ['masked', 1988],
      ['masked', 2010],
      ['masked', 1910],
    ]);
  });
});

function dishonest(recordId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'dishonest-debtor',
    id: recordId,
    partyKind: 'natural-person',
    name: '刘建军',
    idNumber: MASKED,
    caseNumber: '（2023）湘0725执123号',
    courtName: '桃源县人民法院',
    filingDate: '2023-03-01',
    publishedOn: '2024-03-02',
    basisDocumentNumber: '（2022）湘0725民初456号',
    basisIssuer: '桃源县人民法院',
    obligation: '支付货款120000元及利息',
    performance: 'none',
    conduct: '有履行能力而拒不履行生效法律文书确定义务',
    ...overrides,
  };
}

function run(items: unknown[], now = NOW) {
  const validated = validateRecords(items, ExposureItem, 'items', now);
  const screened = screenForPublication(validated.records, now);
  return { records: screened.records as Array<Record<string, unknown>>, issues: [...validated.issues, ...screened.issues] as RecordIssue[] };
}

const codes = (issues: RecordIssue[]) => Object.fromEntries(issues.filter((i) => i.code !== 'id-masked').map((i) => [i.recordId, i.code]));

describe('screening: minors, judged at the listing date from every ID in the record', () => {
  const born2010 = id('430725', '2010-05-01');
  const born2008 = id('430725', '2008-03-01');

  it('withholds a 16-year-old whose ID appears only in free text, in any field and any written form', () => {
    const fields = ['conduct', 'obligation', 'basisIssuer', 'performedPart', 'unperformedPart', 'legalRepresentative'];
    const items = fields.flatMap((field) =>
      Object.entries(writtenForms(born2010)).map(([form, written]) => dishonest(`${field}-${form}`, { idNumber: undefined, [field]: `其身份证号${written}` })),
    );
    const { records, issues } = run(items);
    expect(records).to.deep.equal([]);
    expect(new Set(issues.map((i) => i.code))).to.deep.equal(new Set(['minor']));
    expect(issues).to.have.length(items.length);
  });

  it('withholds a masked-ID minor in free text (the masked form still shows the birth year)', () => {
    const { records, issues } = run([dishonest('masked-minor', { idNumber: undefined, conduct: '被执行人（4307252010****1234）拒不履行' })]);
    expect(records).to.deep.equal([]);
    expect(issues[0]?.code).to.equal('minor');
  });

  it('withholds a minor whose ID is in a field the contract does not know, even when the page added that name to Object.prototype', () => {
    // A host page's script may add enumerable properties to Object.prototype; the dropped field must still be read.
    const proto = Object.prototype as Record<string, unknown>;
    proto.remark = 'page';
    try {
      const { records, issues } = run([dishonest('unknown-field-minor', { idNumber: undefined, remark: `身份证号${born2010}` })]);
      expect(records).to.deep.equal([]);
      expect(codes(issues)).to.deep.equal({ 'unknown-field-minor': 'minor' });
    } finally {
      delete proto.remark;
    }
  });

  it('a hostile text (a lone surrogate beside a fully percent-encoded ID) is masked, never thrown on', () => {
    const encoded = [...ADULT].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
    for (const conduct of [`\uDC00${encoded}`, `${encoded}\uD800`]) {
      const { records } = run([dishonest('lone-surrogate', { conduct })]);
      expect(records.map((r) => r.id)).to.deep.equal(['lone-surrogate']);
      const shown = decodeURI(String(records[0]!.conduct));
      expect(shown).to.contain(MASKED);
      expect(digitsOf(shown)).not.to.contain(ADULT);
    }
  });

  it('keeps withholding a person listed at 17 after they turn 18', () => {
    // Listed 2025-12-01 at 17 (born 2008-03-01 → 18 on 2026-03-01); today (2026-11-27) an adult.
    const { records, issues } = run([dishonest('listed-at-17', { idNumber: born2008, publishedOn: '2025-12-01' })]);
    expect(records).to.deep.equal([]);
    expect(codes(issues)).to.deep.equal({ 'listed-at-17': 'minor' });
  });

  it('judges at the decision date where the source gives one', () => {
    const { records, issues } = run([dishonest('decided-at-17', { idNumber: born2008, decidedOn: '2026-02-27', publishedOn: '2026-03-05' })]);
    expect(records).to.deep.equal([]);
    expect(codes(issues)).to.deep.equal({ 'decided-at-17': 'minor' });
  });

  it('shows an adult whose full ID was sent, in the year they turned 18, after their birthday', () => {
    // Born 2008-03-01, listed 2026-06-01 at 18: the masked year rule alone would withhold all of 2026.
    const { records, issues } = run([dishonest('adult-18', { idNumber: born2008, publishedOn: '2026-06-01' })]);
    expect(records.map((r) => r.id)).to.deep.equal(['adult-18']);
    expect(records[0]!.idNumber).to.equal(`${born2008.slice(0, 10)}****${born2008.slice(14)}`);
    expect(issues.map((i) => i.code)).to.deep.equal(['id-masked']);
  });

  it('withholds in doubt when only a masked ID is known and the listing year is the 18th', () => {
    const { records } = run([dishonest('doubt', { idNumber: '4307252008****1230', publishedOn: '2026-06-01' })]);
    expect(records).to.deep.equal([]);
  });

  it('withholds a reward notice whose debtor was a minor at listing, and a minor by published age', () => {
    const reward = {
      type: 'reward-notice',
      id: 'rw-minor',
      caseNumber: '（2023）湘0725执9号',
      courtName: '桃源县人民法院',
      debtor: { partyKind: 'natural-person', name: '赵六', idNumber: born2010 },
      rewardAmount: 500000,
      conditions: '提供可供执行财产线索并执行到位',
      contact: { phone: '0736-6681180' },
      publishedOn: '2026-01-01',
      validFrom: '2026-01-01',
      validUntil: '2026-12-30',
    };
    const { records, issues } = run([reward, dishonest('age-17', { age: 17 })]);
    expect(records).to.deep.equal([]);
    expect(codes(issues)).to.deep.equal({ 'rw-minor': 'minor', 'age-17': 'minor' });
  });

  it('rejects a record whose ID was born after its listing date', () => {
    const { records, issues } = run([dishonest('born-later', { idNumber: id('430725', '2025-01-01'), publishedOn: '2024-03-02' })]);
    expect(records).to.deep.equal([]);
    expect(issues[0]).to.include({ code: 'invalid', path: 'items[0].idNumber' });
  });
});

describe('screening: record ids and look-alike names', () => {
  it('rejects a record whose id contains a resident ID, without echoing the id', () => {
    const { records, issues } = run([dishonest(ADULT), dishonest(`rec-${ADULT.slice(0, 9)} ${ADULT.slice(9)}`)]);
    expect(records).to.deep.equal([]);
    expect(issues.map((i) => i.code)).to.deep.equal(['invalid', 'invalid']);
    for (const issue of issues) expect(JSON.stringify(issue)).not.to.include(ADULT.slice(0, 12));
  });

  const disguises: Record<string, string> = {
    rlo: '张\u202e三',
    lro: '张\u202d三',
    zwsp: '李\u200b四',
    zwnj: '李\u200c四',
    zwj: '李\u200d四',
    wordJoiner: '王\u2060五',
    bom: '\ufeff赵六',
    softHyphen: '孙\u00ad七',
    isolate: '周\u2067八\u2069',
    lrm: '吴\u200e九',
    hangulFiller: '郑\u3164十',
    cgj: '钱\u034f一',
  };
  for (const [kind, name] of Object.entries(disguises)) {
    it(`cleans a name disguised with ${kind}, reports it, and matches it on the cleaned form`, () => {
      const { records, issues } = run([dishonest(`n-${kind}`, { name })]);
      const shown = records[0]!.name as string;
      expect(shown).to.match(/^[\u4e00-\u9fff]+$/);
      expect(issues.map((i) => i.code)).to.deep.equal(['name-cleaned']);
      expect(normalizeName(name)).to.equal(normalizeName(shown));
    });
  }

  it('strips bidi controls from every text field (they reorder what a reader sees)', () => {
    const { records } = run([dishonest('bidi', { conduct: '拒不履行\u202e4222080888917052734\u202c', obligation: '支付\u2066货款\u2069' })]);
    expect(records[0]!.conduct).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    expect(records[0]!.obligation).to.equal('支付货款');
  });

  it('validates a debtor record schema with the same rules (DebtorRecord)', () => {
    const validated = validateRecords([dishonest('x', { idNumber: ADULT })], DebtorRecord, 'records', NOW);
    expect(validated.records[0]!.record.idNumber).to.equal(MASKED);
  });
});

describe('screening: incremental validation of a feed polled again and again', () => {
  it('validates only records not seen in the previous version, with the same results and current paths', () => {
    const validator = new IncrementalValidator(ExposureItem, 'items');
    const a = dishonest('a');
    const bad = dishonest('bad', { filingDate: '2023-02-30' });
    const leaky = dishonest('leaky', { idNumber: ADULT });
    const first = validator.validate([a, bad, leaky]);
    const again = validator.validate([dishonest('new'), a, bad, leaky]);
    expect(again.records.map((r) => [r.record.id, r.path])).to.deep.equal([
      ['new', 'items[0]'],
      ['a', 'items[1]'],
      ['leaky', 'items[3]'],
    ]);
    expect(again.records[1]!.record).to.equal(first.records[0]!.record); // reused, not validated again
    expect((again.records[2]!.record as { idNumber?: string }).idNumber).to.equal(MASKED);
    expect(again.issues.map((i) => [i.code, i.path])).to.deep.equal([
      ['invalid', 'items[2].filingDate'],
      ['id-masked', 'items[3]'],
    ]);
    // The same result as validating from scratch.
    expect(again).to.deep.equal(validateRecords([dishonest('new'), a, bad, leaky], ExposureItem, 'items', NOW));
  });
});

describe('screening: the fast scan (long texts, long runs, many characters, records marked unseen)', () => {
  const fw = (s: string) => s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  // Thousands of distinct Han characters: every one goes through the scan's character table.
  const han = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 0x5000))).join('');
  const maskedAdult = `${HEAD}****${TAIL}`;

  it('masks an ID at the very start or end of a long text, written plain, full-width, spaced, dashed or dotted', () => {
    for (const written of [ADULT, fw(ADULT), `${ADULT.slice(0, 6)} ${ADULT.slice(6, 14)} ${ADULT.slice(14)}`, `${fw(ADULT.slice(0, 6))}-${ADULT.slice(6, 14)}-${fw(ADULT.slice(14))}`, `${ADULT.slice(0, 6)}.${ADULT.slice(6, 14)}.${ADULT.slice(14)}`]) {
      for (const [before, after] of [[han, ''], ['', han], [han, han]]) {
        const masked = maskIdsInText(`${before}${written}${after}`);
        expect(containsResidentId(masked), JSON.stringify(written)).to.equal(false);
        expect(digitsOf(masked)).not.to.include(ADULT);
        // Only the ID is rewritten, to its canonical masked form.
        expect(masked).to.equal(`${before}${maskedAdult}${after}`);
      }
    }
  });

  it('finds an ID inside a run of digits far longer than the scan’s first buffer, and two in one run', () => {
    const run = `${'1'.repeat(130)}${ADULT}${'2'.repeat(130)}`;
    expect(findResidentIds(run).filter((f) => f.kind === 'full').map((f) => f.value)).to.deep.equal([ADULT]);
    const two = `${ADULT} ${ADULT_2}`.repeat(20);
    expect(findResidentIds(two).filter((f) => f.kind === 'full')).to.have.length(40);
    expect(containsResidentId(maskIdsInText(two))).to.equal(false);
  });

  it('finds percent-encoded IDs: every digit escaped, full-width digits escaped, with escaped spaces', () => {
    const escapeAll = (s: string) => [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    for (const written of [escapeAll(ADULT), escapeAll(fw(ADULT)), `${ADULT.slice(0, 6)}%20${ADULT.slice(6, 14)}%E3%80%80${ADULT.slice(14)}`]) {
      const url = `https://court.example/a?b=${han.slice(0, 40)}&id=${written}`;
      expect(containsResidentId(url), written).to.equal(true);
      expect(digitsOf(decodeURIComponent(maskIdsInText(url)))).not.to.include(ADULT);
    }
  });

  it('leaves texts with fewer than 15 digits, or digits split by other characters, exactly as they are', () => {
    for (const text of [`${han}（2024）湘0725执1448号${han}`, `电话0736-6681180，${han}，传真0736-6681181`, ADULT.split('').join('号'), `${ADULT.slice(0, 14)}${han.slice(0, 3)}${ADULT.slice(14)}`]) {
      expect(findResidentIds(text).filter((f) => f.kind === 'full'), text.slice(0, 30)).to.deep.equal([]);
      expect(maskIdsInText(text)).to.equal(text);
    }
  });

  it('validates a record whose free text holds a full-width, spaced ID in a long text: masked, reported, and the record carries nothing else', () => {
    const conduct = `${han.slice(0, 300)}身份证号${fw(ADULT.slice(0, 6))}\u3000${fw(ADULT.slice(6, 14))}\u3000${fw(ADULT.slice(14))}${han.slice(0, 300)}`;
    const item = dishonest('long-text', { conduct });
    const { records, issues } = validateRecords([item, { ...item, id: 'second' }], ExposureItem, 'items', NOW);
    expect(issues.map((i) => [i.recordId, i.code])).to.deep.equal([
      ['long-text', 'id-masked'],
      ['second', 'id-masked'],
    ]);
    for (const { record } of records) {
      const r = record as Record<string, unknown>;
      expect(containsResidentId(r.conduct as string)).to.equal(false);
      expect(Reflect.ownKeys(r).sort()).to.deep.equal(Object.keys(item).sort());
      expect(JSON.parse(JSON.stringify(r))).to.deep.equal({ ...r });
    }
  });

  it('scrubs strings at any depth of a caller\'s own schema: in arrays, in arrays of objects, in nested objects', () => {
    // A schema outside the contract (a publisher's own record shape) that lets everything through.
    const passThrough = { safeParse: (input: unknown) => ({ success: true as const, data: input }) };
    const item = {
      ...dishonest('nested'),
      notes: ['无', `身份证号${ADULT}`],
      parties: [{ role: '申请人', about: { text: `号码 ${ADULT.slice(0, 6)} ${ADULT.slice(6)}` } }],
    };
    const { records, issues } = validateRecords([item], passThrough, 'items', NOW);
    expect(issues.map((i) => i.code)).to.deep.equal(['id-masked']);
    const record = records[0]!.record as typeof item;
    expect(record.notes[0]).to.equal('无');
    expect(containsResidentId(record.notes[1]!)).to.equal(false);
    expect(containsResidentId(record.parties[0]!.about.text)).to.equal(false);
    expect(record.parties[0]!.role).to.equal('申请人');
    // Ids stay as published, at any depth (a removal names them so), while any other field is cleaned.
    const marked = { ...dishonest('r\u202e1'), parties: [{ id: 'p\u202e2', role: '申\u202e请人' }] };
    const kept = validateRecords([marked], passThrough, 'items', NOW).records[0]!.record as { id: string } & typeof marked;
    expect([kept.id, kept.parties[0]!.id, kept.parties[0]!.role]).to.deep.equal(['r\u202e1', 'p\u202e2', '申请人']);
    // And an ID in an array tells an age like any other: a minor there withholds the record.
    const minor = id('430725', '2010-05-05');
    const young = validateRecords([{ ...dishonest('young'), notes: [`身份证号${minor}`] }], passThrough, 'items', NOW);
    expect(young.issues.map((i) => [i.code, i.path])).to.deep.equal([['minor', 'items[0]']]);
    expect(young.records).to.deep.equal([]);
  });

  it('copies on write: a record that needs nothing is the item itself, a changed one a copy, and the caller\'s items never change', () => {
    const clean = dishonest('clean');
    const leaky = dishonest('leaky', { conduct: `身份证号${ADULT}拒不履行`, name: '李\u200b四', extra: 'dropped' });
    const before = JSON.stringify([clean, leaky]);
    const { records, issues } = validateRecords([clean, leaky], ExposureItem, 'items', NOW);
    expect(JSON.stringify([clean, leaky])).to.equal(before);
    expect(records[0]!.record).to.equal(clean);
    const changed = records[1]!.record as Record<string, unknown>;
    expect(changed).not.to.equal(leaky);
    expect([changed.name, containsResidentId(changed.conduct as string), 'extra' in changed]).to.deep.equal(['李四', false, false]);
    expect(issues.map((i) => i.code).sort()).to.deep.equal(['id-masked', 'name-cleaned']);
    // Validated again (a caller's own items), the same answer: the mark a record gets is not a second one.
    expect(validateRecords([clean, leaky], ExposureItem, 'items', NOW)).to.deep.equal({ records, issues });
    // A frozen item comes through as a copy (it cannot take the mark), judged by its ID as any other.
    const frozen = Object.freeze(dishonest('frozen', { idNumber: '4307252012****2224' }));
    const adult = Object.freeze(dishonest('frozen-adult'));
    const judged = validateRecords([frozen, adult], ExposureItem, 'items', NOW);
    expect(judged.issues.map((i) => [i.recordId, i.code])).to.deep.equal([['frozen', 'minor']]);
    expect(judged.records[0]!.record).to.deep.equal(adult);
    expect(judged.records[0]!.record === adult).to.equal(false);
    expect(screenForPublication(judged.records, NOW).records).to.have.length(1);
  });
});
