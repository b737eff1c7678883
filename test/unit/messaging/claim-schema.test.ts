import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { detectClaims } from '../../../lib/detect';
import type { Claim } from '../../../lib/detect/types';
import { ClaimSchema, MessageSchema } from '../../../lib/messaging';

// Compile-time: every Claim fits the message schema, and what the schema yields is a Claim.
const toWire = (c: Claim): z.infer<typeof ClaimSchema> => c;
const fromWire = (c: z.infer<typeof ClaimSchema>): Claim => c;

it('every claim the detector finds in the seed articles crosses to the background intact', () => {
  const dir = resolve(import.meta.dirname, '../../fixtures/shared/seeds');
  for (const file of ['000-ice-7000-deportations-a-month.txt', '002-does-ice-have-the-resources.txt']) {
    const text = readFileSync(resolve(dir, file), 'utf8').replace(/^(URL|DATE):.*\n/gm, '');
    const claims = detectClaims(text, { articleDate: '2019-06-18' });
    expect(claims.length).toBeGreaterThan(1);
    for (const claim of claims) {
      const message = { type: 'get-context', claim: toWire(claim), articleDate: '2019-06-18', others: [] };
      const parsed = MessageSchema.safeParse(JSON.parse(JSON.stringify(message)));
      expect(parsed.success, JSON.stringify(claim)).toBe(true);
      if (parsed.success && parsed.data.type === 'get-context') expect(fromWire(parsed.data.claim)).toEqual(claim);
    }
  }
});

it('a claim whose frame carries every optional period field (a base, toDate) crosses intact', () => {
  const sentences = [
    'For the fiscal year ending September 30, 2018, Congress funded 40,520 beds, but ICE has held an average of 43,000 detainees a day.',
    'Apprehensions fell 71% below January 2025, the agency said.',
  ];
  const claims = sentences.flatMap((s) => detectClaims(s, { articleDate: '2025-06-05' }));
  expect(claims.some((c) => c.frame.period.toDate)).toBe(true);
  for (const claim of claims) {
    const message = { type: 'get-context', claim: toWire(claim), articleDate: null, others: [] };
    const parsed = MessageSchema.safeParse(JSON.parse(JSON.stringify(message)));
    expect(parsed.success, JSON.stringify(claim)).toBe(true);
    if (parsed.success && parsed.data.type === 'get-context') expect(fromWire(parsed.data.claim)).toEqual(claim);
  }
});
