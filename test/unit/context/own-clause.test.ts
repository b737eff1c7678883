/**
 * The words nearest a number decide what it is (issues 12, 13): its counted noun and its own clause
 * (subject, verb) before words elsewhere in the sentence; and the metric a card shows agrees with the
 * frame's body, even for reference.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';

const card = (text: string, quote: string, articleDate: string) => {
  const claim = detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote));
  if (!claim) throw new Error(`no claim ${quote} in: ${text}`);
  return { claim, context: buildContext(claim, { articleDate, data }) };
};

describe("a number's own words decide what it counts", () => {
  it('judges beside a backlog of cases count judges', () => {
    const { claim, context } = card('Immigration courts now face a backlog of more than 3 million cases, with about 700 judges.', '700', '2024-03-02');
    expect(claim.frame.measure).toBe('judges');
    expect(context.metric?.id).not.toBe('courts-backlog');
  });

  it('people held beside funded beds are people held, not beds', () => {
    const { claim, context } = card('ICE is funded for 34,000 detention beds but held about 38,000 people last month.', '38,000', '2024-03-02');
    expect([claim.frame.kind, claim.frame.detail]).toEqual(['on-a-day', null]);
    expect(context.metric?.id).not.toBe('detention-funded-beds');
  });

  it("border agents' arrests are border apprehensions, never shown beside ICE's arrests", () => {
    const { claim, context } = card('Border agents made about 124,000 arrests in January, down from a record of roughly 250,000 in December.', '124,000', '2024-03-02');
    expect([claim.category, claim.frame.body]).toEqual(['border', 'cbp']);
    expect(context.metric?.countedBy).not.toBe('ICE');
    for (const f of context.figures) expect(f.metric.countedBy).not.toBe('ICE');
  });

  it("'the agency' is the agency named before it, not ICE by default", () => {
    const text = 'Border Patrol agents logged nearly 238,000 apprehensions of migrants crossing the southern border illegally in fiscal 2025, the fewest since fiscal 1970, when the agency counted roughly 202,000.';
    const { claim } = card(text, '202,000', '2025-10-06');
    expect(claim.frame.body).toBe('cbp');
    expect(card('The agency deported 271,000 people in fiscal 2024, ICE said.', '271,000', '2025-01-06').claim.frame.body).toBe('ice');
  });

  it('a border count with no body of its own is CBP\'s, whatever body another clause names', () => {
    const { claim } = card('The border saw more than 2.3 million migrant encounters in fiscal 2022, yet ICE detention stayed relatively low.', '2.3 million', '2023-01-10');
    expect(claim.frame.body).toBe('cbp');
  });

  it("CBP's own officers are never shown beside ICE's", () => {
    const { claim, context } = card('CBP hired 5,000 new officers last year.', '5,000', '2024-03-02');
    expect(claim.frame.body).toBe('cbp');
    for (const f of context.figures) expect(f.metric.countedBy).not.toBe('ICE');
  });

  it("a law named by the month it was signed is that law's multi-year money", () => {
    const { claim, context } = card('Congress gave ICE $45 billion for detention in the July law.', '$45 billion', '2025-10-15');
    expect([claim.frame.kind, claim.frame.detail, claim.frame.measure]).toEqual(['money', 'law-multi-year', 'law-detention']);
    expect(context.metric?.id).toBe('budget-obbba-ice-detention');
  });
});
