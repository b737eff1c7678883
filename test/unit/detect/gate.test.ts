import { describe, expect, it } from 'vitest';
import { isAboutImmigration, topicScore } from '../../../lib/detect/gate';

describe('isAboutImmigration', () => {
  it('passes immigration enforcement text', () => {
    expect(isAboutImmigration('ICE deported 22,169 people from the interior.')).toBe(true);
    expect(isAboutImmigration('Encounters at the southwest border reached 2.48 million.')).toBe(true);
    expect(isAboutImmigration('The agency arrested more than 32,000 people in its first month.')).toBe(true);
  });

  it('rejects other beats, including the other senses of "ice" and "officers"', () => {
    expect(isAboutImmigration('The Lakers beat the Celtics 112-104 in front of 18,997 fans.')).toBe(false);
    expect(isAboutImmigration('Ice cream sales rose 7,000 units in July.')).toBe(false);
    expect(isAboutImmigration('The NYPD has about 34,000 uniformed officers.')).toBe(false);
    expect(isAboutImmigration('Shares of Intercontinental Exchange, ticker ICE, rose 2.3 percent after earnings.')).toBe(false);
    expect(isAboutImmigration('The student was given three days of after-school detention.')).toBe(false);
  });

  it('asks a long page to name immigration outright', () => {
    const sports = 'The team drew 7,000 fans and the league sold 50,000 tickets a day. '.repeat(200);
    expect(isAboutImmigration(sports)).toBe(false);
    // One stray mention is not a topic (a coach's joke about "detention"); two are.
    expect(isAboutImmigration(sports + ' His coach called the penalty box “detention.”')).toBe(false);
    expect(isAboutImmigration(sports + ' ICE agents were seen nearby.')).toBe(false);
    expect(isAboutImmigration(sports + ' ICE agents were seen nearby, and two fans were deported.')).toBe(true);
  });

  it('scores other beats below enforcement vocabulary', () => {
    expect(topicScore('Police made 47 arrests during the protests.')).toBeLessThan(2);
    expect(topicScore('Police made 47 arrests during the protests.', 2)).toBeLessThan(2);
    expect(topicScore('The agency hired 1,000 officers.', 0)).toBeGreaterThanOrEqual(2);
  });
});

describe('British style', () => {
  it('reads "Ice" as the agency before its nouns, not as frozen water', () => {
    expect(isAboutImmigration('Ice agents arrested 1,000 people, per cent figures show.')).toBe(true);
    expect(isAboutImmigration('Ice sheets lost 150 billion tonnes of mass.')).toBe(false);
  });
});
