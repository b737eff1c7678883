/**
 * Every verdict rule's examples through the detector and the card engine over the bundled dataset: in each
 * `fires` sentence some claim's card records the rule in its trace; in each `silent` one none does.
 * The page-as-its-own-source rule fires when the page is the source the verdict would rest on.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';
import { allRules } from '../../../lib/rules';

const verdictRules = allRules().filter((r) => r.stage === 'verdict');
const OWN_SOURCE = 'verdict.not-its-own-source';

/** The rule ids recorded for each claim of a sentence; for the own-source rule, read as if on the anchoring source's page. */
function traces(sentence: string, articleDate: string | null, id: string): string[][] {
  return detectClaims(sentence, { articleDate }).map((c) => {
    const first = buildContext(c, { articleDate, data });
    const trace: string[] = [];
    const page = id === OWN_SOURCE && first.verdict ? { url: data.source(first.verdict.source)?.url ?? null } : {};
    buildContext(c, { articleDate, data, page, trace });
    return trace;
  });
}

describe('verdict rules', () => {
  it('are registered, each with sentences where it fires and where it must not', () => {
    expect(verdictRules.length).toBeGreaterThan(8);
    for (const r of verdictRules) expect([r.fires.length > 0, r.silent.length > 0], r.id).toEqual([true, true]);
  });

  for (const r of verdictRules) {
    const date = r.articleDate ?? null;
    it(`${r.id} fires on its examples and stays silent on its near misses`, () => {
      const missed = r.fires.filter((s) => !traces(s, date, r.id).some((t) => t.includes(r.id)));
      const wrongly = r.silent.filter((s) => traces(s, date, r.id === OWN_SOURCE ? '' : r.id).some((t) => t.includes(r.id)));
      expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
    });
  }
});
