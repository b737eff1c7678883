import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/Card';
import { cardModel } from '../../../components/CardModel';
import { buildContext } from '../../../lib/context';
import type { ClaimContext } from '../../../lib/context/types';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';

afterEach(cleanup);

const TEXT = 'ICE deported 267,258 people in fiscal 2019, the agency said, and it aims to deport 1 million people a year.';

function contextFor(quote: string): { claim: ReturnType<typeof detectClaims>[number]; ctx: ClaimContext } {
  const claims = detectClaims(TEXT, { articleDate: '2020-03-01' });
  const claim = claims.find((c) => c.quote.includes(quote))!;
  return { claim, ctx: buildContext(claim, { articleDate: '2020-03-01', data, claims }) };
}

function draw(quote: string, ctx?: Partial<ClaimContext>) {
  const { claim, ctx: base } = contextFor(quote);
  const model = cardModel(claim, { ...base, ...ctx }, true);
  render(<Card category={claim.category} model={model} titleId="t" onClose={vi.fn()} actions={<button type="button">Report this mark</button>} />);
  return model;
}

describe('Card', () => {
  it('leads with the headline when the engine writes one, and names the dialog by it', () => {
    draw('267,258', { headline: 'Matches ICE’s count for FY2019' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('t');
    const h = screen.getByRole('heading', { level: 2 });
    expect(h.textContent).toMatch(/Matches ICE’s count for FY2019\.$/);
    expect(dialog.querySelector('p')!.textContent).toMatch(/^Claim, as read: 267,258/);
  });

  it('shows one sentence first: what the engine wrote after it opens with "Why"', () => {
    const model = draw('267,258', { headline: 'A plan, not a count. The nearest official figures are shown for reference.' });
    expect(model.headline).toBe('A plan, not a count.');
    expect(model.why[0]).toBe('The nearest official figures are shown for reference.');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/: A plan, not a count\.$/);
  });

  it('falls back to the comparison label as the first line when there is no headline', () => {
    const model = draw('267,258');
    const { ctx } = contextFor('267,258');
    expect(ctx.comparisons.length).toBeGreaterThan(0);
    const c = ctx.comparisons[0]!;
    if (c.verdict === 'above' || c.verdict === 'below') expect(model.headline).toMatch(/^The claim is .* the official figure\.$/);
    else expect(model.headline.toLowerCase()).toBe(`${c.label.toLowerCase()}.`);
    expect(model.headline[0]).toBe(model.headline[0]!.toUpperCase());
  });

  it('writes how far a claim is from the figure as a news desk would: a multiple above twice, never a percent in the thousands', () => {
    const { claim, ctx } = contextFor('267,258');
    const c = ctx.comparisons[0]!;
    const far = { ...c, verdict: 'above' as const, differenceUnit: 'percent' as const, claimed: { ...c.claimed, value: 18_785 }, official: { ...c.official, value: 1000 }, label: 'above official data by 1778.5%' };
    expect(cardModel(claim, { ...ctx, headline: undefined, comparisons: [far] }, true).headline).toBe('The claim is 18.8 times the official figure.');
    const near = { ...far, claimed: { ...c.claimed, value: 881 } };
    expect(cardModel(claim, { ...ctx, headline: undefined, comparisons: [near] }, true).headline).toBe('The claim is 11.9% below the official figure.');
  });

  it('shows the official figure with its period and a source link at a glance', () => {
    draw('267,258');
    const official = document.querySelector('p.official')!;
    expect(official.querySelector('.label')!.textContent).toBe('Official:');
    expect(official.querySelector('a')!.textContent).toMatch(/^[^:]+: /);
    expect(official.textContent).toMatch(/FY2019/);
    expect(official.querySelector('a[href^="https://"]')).not.toBeNull();
  });

  it('names whose figure it is: a figure carried by a news page is never "Official"', () => {
    // Seed article 000: the nearest figure a writer could know is ICE's, as a news page reported it.
    const text = 'US Immigration and Customs Enforcement is averaging approximately 7,000 deportations per month from the US interior, according to the agency’s latest data.';
    const claims = detectClaims(text, { articleDate: '2019-06-18' });
    const ctx = buildContext(claims[0]!, { articleDate: '2019-06-18', data, claims });
    const model = cardModel(claims[0]!, ctx, true);
    render(<Card category={claims[0]!.category} model={model} titleId="t" onClose={vi.fn()} />);
    const row = document.querySelector('p.official')!;
    const source = model.official!.source!;
    expect(source.tier).toBe('news');
    expect(row.querySelector('.label')!.textContent).toBe(`ICE's figure, as reported by ${source.publisher.replace(/ \(.*\)$/, '')}:`);
    // The label names the carrier, so its link is the page's title alone.
    expect(row.querySelector('a')!.textContent).toBe(source.title);
    // Every row of "More figures" names its figure the same way: "Official" only for an agency or oversight page.
    const rows = [...document.querySelectorAll('li.figure')];
    expect(rows).toHaveLength(model.moreFigures.length);
    rows.forEach((li, i) => {
      const label = li.querySelector('.label')!.textContent!;
      expect(label).toBe(`${model.moreFigures[i]!.label}:`);
      expect(label === 'Official:').toBe(['agency', 'oversight'].includes(model.moreFigures[i]!.sources[0]!.tier));
    });
  });

  it('names a research body’s own estimate as its estimate', () => {
    const text = 'The Pew Research Center estimates 10.5 million unauthorized immigrants lived in the US in 2017.';
    const claims = detectClaims(text, { articleDate: '2020-03-01' });
    const ctx = buildContext(claims[0]!, { articleDate: '2020-03-01', data, claims });
    render(<Card category={claims[0]!.category} model={cardModel(claims[0]!, ctx, true)} titleId="t" onClose={vi.fn()} />);
    expect(document.querySelector('p.official .label')!.textContent).toBe("Pew Research Center's estimate:");
  });

  it('keeps more figures, math and caveats behind buttons that say whether they are open', () => {
    draw('1 million');
    const buttons = screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-expanded'));
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b.getAttribute('aria-expanded')).toBe('false');
      const part = document.getElementById(b.getAttribute('aria-controls')!)!;
      expect(part.hidden).toBe(true);
      fireEvent.click(b);
      expect(b.getAttribute('aria-expanded')).toBe('true');
      expect(part.hidden).toBe(false);
      fireEvent.click(b);
      expect(part.hidden).toBe(true);
    }
  });

  it('shows the receipt of a source that has one', () => {
    const { claim, ctx } = contextFor('267,258');
    const figures = ctx.figures.map((f) => ({ ...f, sources: f.sources.map((s) => ({ ...s, receipt: 'Table 3, p. 12' })) }));
    const model = cardModel(claim, { ...ctx, comparisons: [], figures }, true);
    render(<Card category={claim.category} model={model} titleId="t" onClose={vi.fn()} />);
    expect(document.querySelector('p.official')!.textContent).toMatch(/Table 3, p\. 12/);
  });

  it('has no landmarks: no header, footer, main or named section', () => {
    draw('1 million');
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelectorAll('header, footer, main, nav, aside, section, [role=banner], [role=contentinfo], [role=region]')).toHaveLength(0);
  });

  it('says so while loading and when the figures could not be loaded', () => {
    render(<Card category="removals" model={null} titleId="a" onClose={vi.fn()} />);
    expect(screen.getByRole('heading').textContent).toMatch(/Looking up/);
    cleanup();
    render(<Card category="removals" model="failed" titleId="b" onClose={vi.fn()} />);
    expect(screen.getByRole('heading').textContent).toMatch(/could not be loaded/);
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    render(<Card category="removals" model={null} titleId="a" onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('turns capacity math off with the reader’s setting', () => {
    const { claim, ctx } = contextFor('1 million');
    expect(cardModel(claim, ctx, false).math).toEqual([]);
    expect(cardModel(claim, ctx, true).math).toEqual(ctx.capacity);
  });
});
