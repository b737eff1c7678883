import { describe, expect, it } from 'vitest';
import { explain, firedRules } from '../../../lib/detect/explain';
import { allRules, type RuleStage } from '../../../lib/rules';

// Every rule of the detector's stages (gate, claim, drop, scope, category) runs its own examples through the
// engine's trace: each `fires` example must show the rule's id, each `silent` one must not. The frame's
// and the verdict's rules are tested by their own meta-tests.
const STAGES: RuleStage[] = ['gate', 'claim', 'drop', 'scope', 'category'];
const rules = allRules().filter((r) => STAGES.includes(r.stage));

describe('the detector rule registry', () => {
  it('has rules of every detector stage, each with examples where it fires and where it must not', () => {
    for (const stage of STAGES) expect(rules.some((r) => r.stage === stage), stage).toBe(true);
    const bare = rules.filter((r) => r.fires.length === 0 || r.silent.length === 0).map((r) => r.id);
    expect(bare).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s fires on its examples and stays silent on its near misses', (_id, rule) => {
    const options = { articleDate: rule.articleDate ?? null };
    const missed = rule.fires.filter((text) => !firedRules(explain(text, options)).has(rule.id));
    const wrongly = rule.silent.filter((text) => firedRules(explain(text, options)).has(rule.id));
    expect({ missed, wrongly }).toEqual({ missed: [], wrongly: [] });
  });

  it('records only registered rules on the expected-results texts', async () => {
    const { fixtureTexts } = await import('../../../scripts/expected-detector');
    const registered = new Set(allRules().map((r) => r.id));
    const unknown = new Set<string>();
    for (const t of fixtureTexts()) for (const id of firedRules(explain(t.text, { articleDate: t.articleDate }))) if (!registered.has(id)) unknown.add(id);
    expect([...unknown]).toEqual([]);
  });
});
