// contract/checks.ts: the refinements the zod schemas and the compiled validators share (so the
// differential test cannot see a change in them): isRealCalendarDate against its former regex form
// and against Date, on every day of three centuries and on malformed text.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { contractChecks } from '@zhixing/sdk';

// The implementation before it stopped using a regex, kept as the reference.
function reference(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

it('isRealCalendarDate accepts exactly the days that exist (1899–2101, against Date)', () => {
  const pad = (n, w) => String(n).padStart(w, '0');
  for (let y = 1899; y <= 2101; y++) {
    for (let mo = 0; mo <= 13; mo++) {
      for (let d = 0; d <= 32; d++) {
        const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
        const date = new Date(Date.UTC(y, mo - 1, d));
        const exists = mo >= 1 && mo <= 12 && d >= 1 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
        assert.equal(contractChecks.isRealCalendarDate(text), exists, text);
      }
    }
  }
});

it('isRealCalendarDate answers as its regex form did on malformed text', () => {
  const cases = ['', '2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2024-2-29', '2024-02-9', '2024/02/29', '2024-02-29 ', ' 2024-02-29', '2024-02-29\n', '２０２４-02-29', '2024-0２-29', '2024-02-2x', 'x024-02-29', '2024--2-29', '2024-02--9', '202a-02-29', '+024-02-29', '-024-02-29', '2024-02-29T00', '20240229', '٢٠٢٤-02-29', '2024-1a-01', '2024-:1-01', '2024-/1-01'];
  for (const text of cases) assert.equal(contractChecks.isRealCalendarDate(text), reference(text), JSON.stringify(text));
});
