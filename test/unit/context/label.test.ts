import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { counterOf, figureLabel, type FigureWho } from '../../../lib/context/label';
import { data } from '../../../lib/dataset';
import { SOURCE_TIERS } from '../../../lib/dataset/schema';
import { detectClaims } from '../../../lib/detect';

describe('figureLabel', () => {
  // Each tier, with the counter's own page and with a page that carries another body's figure.
  const cases: [FigureWho, string][] = [
    [{ countedBy: 'ICE', tier: 'agency', publisher: 'ICE' }, 'Official'],
    [{ countedBy: 'ICE', tier: 'agency', publisher: 'DHS Office of Homeland Security Statistics' }, 'Official'],
    [{ countedBy: 'ICE', tier: 'oversight', publisher: 'U.S. Government Accountability Office' }, 'Official'],
    [{ countedBy: 'EOIR', tier: 'oversight', publisher: 'Congressional Research Service' }, 'Official'],
    [{ countedBy: 'Congress', tier: 'agency', publisher: 'Congress.gov' }, 'Official'],
    [{ countedBy: 'ICE', tier: 'news', publisher: 'Reuters' }, "ICE's figure, as reported by Reuters"],
    [{ countedBy: 'ICE', tier: 'news', publisher: 'Voice of America (read on its content-system preview host)' }, "ICE's figure, as reported by Voice of America"],
    [{ countedBy: 'DHS', tier: 'news', publisher: 'Associated Press via KEYT' }, "DHS's figure, as reported by Associated Press via KEYT"],
    [{ countedBy: 'EOIR', tier: 'news', publisher: 'Border Report' }, "The immigration courts' figure, as reported by Border Report"],
    [{ countedBy: 'ICE', tier: 'research', publisher: 'TRAC' }, "ICE's figure, as compiled by TRAC"],
    [{ countedBy: 'CBP', tier: 'advocacy', publisher: 'Center for Immigration Studies' }, "CBP's figure, as cited by Center for Immigration Studies"],
    [{ countedBy: 'Pew', tier: 'research', publisher: 'Pew Research Center', ownEstimate: true }, "Pew Research Center's estimate"],
    [{ countedBy: 'MPI', tier: 'research', publisher: 'Migration Policy Institute', ownEstimate: true }, "Migration Policy Institute's estimate"],
    // A page published under the counter's own name states its own estimate, flagged or not.
    [{ countedBy: 'Pew', tier: 'research', publisher: 'Pew Research Center (via its fact tank)' }, "Pew Research Center's estimate"],
    [{ countedBy: 'Pew', tier: 'research', publisher: 'Migration Policy Institute' }, "Pew Research Center's estimate, as compiled by Migration Policy Institute"],
    [{ countedBy: 'Pew', tier: 'news', publisher: 'Fox News' }, "Pew Research Center's estimate, as reported by Fox News"],
    [{ countedBy: 'Pew', tier: 'oversight', publisher: 'Congressional Research Service' }, "Pew Research Center's estimate, as cited by Congressional Research Service"],
    [{ countedBy: 'Pew', tier: 'advocacy', publisher: 'Bipartisan Policy Center' }, "Pew Research Center's estimate, as cited by Bipartisan Policy Center"],
    // A figure another body counted (its own countedBy): TRAC's count from case records, a newspaper's running total.
    [{ countedBy: 'TRAC', tier: 'research', publisher: 'TRAC, Syracuse University', ownEstimate: true }, "TRAC's estimate"],
    [{ countedBy: 'TRAC', tier: 'news', publisher: 'Border Report / NewsNation' }, "TRAC's estimate, as reported by Border Report / NewsNation"],
    [{ countedBy: 'news', tier: 'news', publisher: 'Latin Times' }, "A news organisation's figure, as reported by Latin Times"],
  ];
  it.each(cases)('%o -> %s', (who, label) => {
    expect(figureLabel(who)).toBe(label);
  });

  it("names who counted a figure: its own countedBy where another body counted it, else its metric's counter", () => {
    expect(counterOf({ countedBy: 'GAO' }, { countedBy: 'ICE' })).toBe('GAO');
    expect(counterOf({}, { countedBy: 'ICE' })).toBe('ICE');
  });

  it('says "Official" only for an agency or oversight page of a counting body, whatever the counter', () => {
    const counters: FigureWho['countedBy'][] = ['ICE', 'DHS', 'CBP', 'EOIR', 'Congress', 'Pew', 'MPI', 'CMS', 'TRAC', 'GAO'];
    for (const countedBy of counters)
      for (const tier of SOURCE_TIERS) {
        const official = figureLabel({ countedBy, tier, publisher: 'A Page' }) === 'Official';
        expect(official, `${countedBy} on a ${tier} page`).toBe((tier === 'agency' || tier === 'oversight') && !['Pew', 'MPI', 'CMS', 'TRAC'].includes(countedBy));
      }
  });
});

describe('figure labels on cards built from the dataset', () => {
  it('labels each figure by its leading source: "Official" exactly when that source is an agency or oversight page', () => {
    const text = 'ICE is averaging approximately 7,000 deportations per month from the US interior. ICE deported 267,258 people in fiscal 2019.';
    const claims = detectClaims(text, { articleDate: '2019-06-18' });
    const figures = claims.flatMap((claim) => buildContext(claim, { articleDate: '2019-06-18', data, claims }).figures);
    expect(figures.length).toBeGreaterThan(2);
    for (const f of figures) {
      const lead = f.sources[0]!;
      expect(f.label === 'Official', `${f.label} (${lead.tier})`).toBe(lead.tier === 'agency' || lead.tier === 'oversight');
      if (lead.tier === 'news') expect(f.label).toMatch(/^ICE's figure, as reported by /);
    }
    expect(figures.some((f) => f.sources[0]!.tier === 'news')).toBe(true);
  });
});
