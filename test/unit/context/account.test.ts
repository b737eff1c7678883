/**
 * A money figure says which part of the agency's money it counts, where its source says (data/figures
 * `account`): the card's figure line carries it, and a figure with no declared basis carries nothing.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';

function figures(sentence: string, articleDate: string) {
  const c = detectClaims(sentence, { articleDate })[0]!;
  return buildContext(c, { articleDate, data }).figures;
}

describe("a budget figure's account on the card", () => {
  it("names the act's main appropriation line and all appropriations", () => {
    const fy23 = figures('ICE received roughly $8.4 billion in fiscal 2023.', '2023-06-01').filter((f) => f.period === 'FY2023');
    expect(fy23.map((f) => f.display)).toContain("$8.4 billion (the act's main appropriation line)");
    const fy25 = figures('ICE received about $10 billion in fiscal 2025.', '2025-08-01').filter((f) => f.period === 'FY2025');
    expect(fy25.map((f) => f.display)).toContain('$10.042 billion (all appropriations)');
  });
  it('adds nothing where the source does not say', () => {
    const fy25 = figures('ICE received about $10 billion in fiscal 2025.', '2025-08-01').filter((f) => f.period === 'FY2025');
    expect(fy25.map((f) => f.display)).toContain('about $10 billion');
  });
});
