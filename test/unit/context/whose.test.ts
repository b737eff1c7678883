import { describe, expect, it } from 'vitest';
import { figureLabel } from '../../../lib/context/label';
import { whoseFigure } from '../../../lib/context/headline';
import type { FigureRef } from '../../../lib/dataset/query';

// The headline's "whose figure" and the card's label are one wording (lib/context/label.ts): the headline
// says "ICE's count" where the label says "Official", and otherwise the label itself, mid-sentence.
const ref = (countedBy: string, tier: string, publisher: string, ownEstimate?: true) =>
  ({ metricDef: { countedBy }, sourceDef: { tier, publisher, ownEstimate } }) as unknown as FigureRef;

describe('whoseFigure', () => {
  it.each([
    [ref('ICE', 'agency', 'ICE'), "ICE's count", 'Official'],
    [ref('Congress', 'agency', 'Congress.gov'), "Congress' figure", 'Official'],
    [ref('EOIR', 'oversight', 'GAO'), "the immigration courts' count", 'Official'],
    [ref('ICE', 'news', 'Reuters'), "ICE's figure, as reported by Reuters", "ICE's figure, as reported by Reuters"],
    [ref('ICE', 'research', 'TRAC'), "ICE's figure, as compiled by TRAC", "ICE's figure, as compiled by TRAC"],
    [ref('EOIR', 'advocacy', 'Some Group'), "the immigration courts' figure, as cited by Some Group", "The immigration courts' figure, as cited by Some Group"],
    [ref('Pew', 'research', 'Pew Research Center', true), "the Pew Research Center's estimate", "Pew Research Center's estimate"],
    [ref('Pew', 'news', 'Fox News'), "the Pew Research Center's estimate, as reported by Fox News", "Pew Research Center's estimate, as reported by Fox News"],
  ])('%#: names the figure as the card labels it', (f, headline, label) => {
    expect(whoseFigure(f)).toBe(headline);
    expect(figureLabel({ countedBy: f.metricDef.countedBy, tier: f.sourceDef.tier, publisher: f.sourceDef.publisher, ownEstimate: f.sourceDef.ownEstimate })).toBe(label);
  });
});
