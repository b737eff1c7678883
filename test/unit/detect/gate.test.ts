import { describe, expect, it } from 'vitest';
import { hasStrongSignal, isAboutImmigration, strongMentions, topicScore } from '../../../lib/detect/gate';

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

describe('page gate', () => {
  it('does not count a word in scare quotes, however often a long page repeats it', () => {
    const story = 'The home side lost 4-2 after its captain spent the second period in what his coach jokingly called “detention,” the penalty box. The ice crew worked for 31 minutes. ';
    expect(isAboutImmigration(story.repeat(20))).toBe(false);
    expect(isAboutImmigration(story.repeat(20) + 'ICE agents arrested 40 people; deportation flights resumed.')).toBe(true);
  });

  it('counts what the two regexes count when no word is quoted (the substring prefilter loses nothing)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const lines = readFileSync(resolve(import.meta.dirname, '../../fixtures/shared/dev-sentences.jsonl'), 'utf8').split('\n').filter(Boolean);
    let named = 0;
    for (const line of lines) {
      const text = (JSON.parse(line) as { text: string }).text;
      const strong = hasStrongSignal(text);
      if (strong) named++;
      expect(strongMentions(text, 1), text).toBe(strong ? 1 : 0);
    }
    expect(named).toBeGreaterThan(50);
  });
});
