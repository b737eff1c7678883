/**
 * Every frame rule's examples, run through the detector: in each `fires` sentence some claim's frame
 * records the rule; in each `silent` sentence the detector finds a claim and none records it.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';
import { allRules } from '../../../lib/rules';

const frameRules = allRules().filter((r) => r.stage === 'frame');

describe('frame rules', () => {
  it('are registered, each with sentences where it fires and where it must not', () => {
    expect(frameRules.length).toBeGreaterThan(20);
    for (const r of frameRules) {
      expect(r.fires.length, r.id).toBeGreaterThan(0);
      expect(r.silent.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of frameRules) {
    const date = r.articleDate ?? null;
    it(`${r.id} fires where it should`, () => {
      for (const sentence of r.fires) {
        const claims = detectClaims(sentence, { articleDate: date });
        expect(
          claims.some((c) => c.frame.rules.includes(r.id)),
          `${r.id} should fire in: ${sentence}\n${claims.map((c) => `${c.quote}: ${c.frame.rules.join(' ')}`).join('\n')}`,
        ).toBe(true);
      }
    });
    it(`${r.id} stays silent where it should`, () => {
      for (const sentence of r.silent) {
        const claims = detectClaims(sentence, { articleDate: date });
        expect(claims.length, `no claim at all in: ${sentence}`).toBeGreaterThan(0);
        expect(
          claims.filter((c) => c.frame.rules.includes(r.id)).map((c) => c.quote),
          `${r.id} should not fire in: ${sentence}`,
        ).toEqual([]);
      }
    });
  }
});
