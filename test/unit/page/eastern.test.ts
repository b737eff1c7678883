import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normalizeDate } from '../../../lib/page/date';

/** The same calendar day ICU gives for New York. */
function icuEastern(ms: number): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
  return p;
}

it('reads UTC timestamps in New York time exactly as ICU does, across DST changes (1990-2035)', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 11, 31) }), (ms) => {
      const d = new Date(ms);
      if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return; // midnight UTC means "date only"
      const iso = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
      expect(normalizeDate(iso)).toBe(icuEastern(ms));
    }),
    { numRuns: 3000 },
  );
});

it('handles the hours around the 2019 changes', () => {
  expect(normalizeDate('2019-03-10T06:59:00Z')).toBe('2019-03-10'); // 01:59 EST
  expect(normalizeDate('2019-11-03T04:30:00Z')).toBe('2019-11-03'); // 00:30 EDT
  expect(normalizeDate('2019-11-03T03:59:00Z')).toBe('2019-11-02'); // 23:59 EDT
  expect(normalizeDate('2019-06-18T23:15:00Z')).toBe('2019-06-18');
});
