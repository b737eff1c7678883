/**
 * Which texts and lines are about enforcement at all (the gate.* rules).
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, topicOf, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

const claims = (s: string, articleDate = '2025-07-01') =>
  detectClaims(s, { articleDate }).map((c) => [c.quote, c.category, c.value ?? c.low] as const);

describe('the topic gate in prose (gate.*)', () => {
  it('lets lines that do not name ICE through on the article topic', () => {
    const art = `Agency reports it holds 64,000 people, up 48% since February

Immigration and Customs Enforcement is detaining more people than at any time in its history, according to agency data released Monday, as the administration's deportation push accelerates.

Key numbers:
— Arrests: about 1,300 a day in May
— Removals: roughly 1,000 a day`;
    expect(detectClaims(art, { articleDate: '2025-07-01' }).map((c) => [c.quote, c.category, c.rate])).toEqual([
      ['64,000', 'detention', null],
      ['48%', 'detention', null],
      ['about 1,300', 'arrests', 'day'],
      ['roughly 1,000', 'removals', 'day'],
    ]);
    const head = 'Agency reports it holds 64,000 people, up 48% since February';
    expect(detectClaims(head, { topic: topicOf(art) }).map((c) => c.quote)).toEqual(['64,000', '48%']);
  });
  it('passes on one telling enforcement word, not on words everyone uses', () => {
    expect(claims('Arrests averaged about 900 a day in August, officials said.').map(([q, c]) => [q, c])).toEqual([['about 900', 'arrests']]);
    expect(claims('The hotel has 200 beds.')).toEqual([]);
    expect(claims('The new jail will hold 2,000 people.')).toEqual([]);
    expect(claims('The festival drew 40,000 people who were held up in traffic.')).toEqual([]);
    expect(claims('Police made 300 arrests at the protest.')).toEqual([]);
    expect(claims('The company hired 400 workers last year.')).toEqual([]);
  });

  it('names enforcement when "removed ... people" holds a number', () => {
    expect(claims('The department said in a statement Friday that it had removed more than 250,000 people since Jan. 20.').map(([q, c]) => [q, c])).toEqual([
      ['more than 250,000', 'removals'],
    ]);
  });
  it('reads noncitizens as the topic and expelled as a removal', () => {
    expect(claimFor('More than 48,000 noncitizens were expelled under the order last spring.', '48,000')?.category).toBe('removals');
  });

  it('reads a long passage with one outright mention and dense enforcement words', () => {
    const text =
      'Despite promises to reduce it, the court backlog has grown each year since the new administration began. ' +
      'At the start of the term, 512,300 cases were pending before immigration judges, the records show. ' +
      'By the end of the fiscal year the backlog had grown to 980,400 cases, and hearing dates are now set years out. ' +
      'Officials blamed the growth on a shortage of judges, on new rules that reopened closed cases, and on more arrests. ' +
      'Lawyers say hearings are routinely postponed and clients wait in limbo for years before a judge hears them. ' +
      'Some of them have already moved away, and others have simply stopped checking the mail for notices.';
    expect(text.length).toBeGreaterThan(600);
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([['512,300', 'courts'], ['980,400', 'courts']]);
  });
});
