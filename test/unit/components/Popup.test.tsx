import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimSnippet, Popup, type PageState, type PopupProps, type SiteState } from '../../../components/Popup';
import type { PageReport } from '../../../lib/messaging';

afterEach(cleanup);

const report: PageReport = {
  url: 'https://www.bostonglobe.com/a',
  date: '2019-06-18',
  enabled: true,
  reading: false,
  counts: { removals: 2, personnel: 1 },
  claims: [
    { index: 0, category: 'removals', quote: 'approximately 7,000', snippet: 'ICE is averaging approximately 7,000 deportations per month.' },
    { index: 1, category: 'personnel', quote: 'fewer than 6,000', snippet: 'It has fewer than 6,000 officers.' },
    { index: 2, category: 'removals', quote: '22,169', snippet: 'ICE deported 22,169 people.' },
  ],
};
const site: SiteState = { host: 'www.bostonglobe.com', site: 'bostonglobe.com', isDefault: true, on: true, everywhere: true };

function setup(page: PageState, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    page,
    site,
    glance: null,
    onShowClaim: vi.fn(),
    onSiteToggle: vi.fn(),
    onEnableEverywhere: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  render(<Popup {...props} />);
  return props;
}

describe('Popup', () => {
  it('shows the number of claims, the date and the counts by category', () => {
    setup({ kind: 'report', report });
    expect(screen.getByRole('heading', { name: '3 claims about ICE capacity on this page' })).toBeTruthy();
    expect(screen.getByText('June 18, 2019').getAttribute('datetime')).toBe('2019-06-18');
    const counts = screen.getByRole('list', { name: 'Claims by category' });
    expect(counts.textContent).toBe('Removals 2Personnel 1');
  });

  it('lists the claims with the quantity emphasised; choosing one asks to show it', () => {
    const props = setup({ kind: 'report', report });
    const buttons = screen.getAllByRole('button', { name: /ICE|officers/ });
    expect(buttons).toHaveLength(3);
    expect(buttons[1]!.querySelector('strong')?.textContent).toBe('fewer than 6,000');
    fireEvent.click(buttons[1]!);
    expect(props.onShowClaim).toHaveBeenCalledWith(1);
  });

  it('offers "Report this mark" beside each claim when reporting is on, and not when it is off', () => {
    setup({ kind: 'report', report }, { reporting: { datasetVersion: '0.7.0', feedback: null, onCopy: vi.fn() } });
    const buttons = screen.getAllByRole('button', { name: /^Report this mark: / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(report.claims.map((c) => `Report this mark: ${c.quote}`));
    fireEvent.click(buttons[1]!);
    const text = (document.getElementById(buttons[1]!.getAttribute('aria-controls')!)!.querySelector('textarea') as HTMLTextAreaElement).value;
    expect(text).toContain('Marked words: fewer than 6,000');
    expect(text).toContain('Dataset version: 0.7.0');
    cleanup();
    setup({ kind: 'report', report }, { reporting: null });
    expect(screen.queryAllByRole('button', { name: /^Report this mark/ })).toHaveLength(0);
  });

  it('says the page is still being read rather than that it has no claims', () => {
    setup({ kind: 'report', report: { ...report, reading: true, counts: {}, claims: [] } });
    expect(screen.getByRole('heading', { name: 'Reading this page…' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Still reading/);
    cleanup();
    setup({ kind: 'report', report: { ...report, reading: true } });
    expect(screen.getByRole('heading', { name: '3 claims about ICE capacity on this page so far' })).toBeTruthy();
    cleanup();
    setup({ kind: 'report', report });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so when the page has no claims, and when it gives no date', () => {
    setup({ kind: 'report', report: { ...report, date: null, counts: {}, claims: [] } });
    expect(screen.getByRole('heading', { name: 'No claims about ICE capacity found on this page.' })).toBeTruthy();
    expect(screen.getByText(/gives no date/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('has a switch for the site that reports the new state', () => {
    const props = setup({ kind: 'report', report });
    const sw = screen.getByRole('switch');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.textContent).toContain('bostonglobe.com');
    fireEvent.click(sw);
    expect(props.onSiteToggle).toHaveBeenCalledWith(false);
  });

  it('explains a site that is off, with the switch to turn it on', () => {
    const props = setup({ kind: 'off' }, { site: { ...site, host: 'example.com', site: 'example.com', isDefault: false, on: false } });
    expect(screen.getByText(/off on example\.com/)).toBeTruthy();
    expect(screen.getByText(/asks your browser for access/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch'));
    expect(props.onSiteToggle).toHaveBeenCalledWith(true);
  });

  it('offers to turn everything back on when the global switch is off', () => {
    const props = setup({ kind: 'off' }, { site: { ...site, everywhere: false } });
    expect(screen.getByText('ICE Context is turned off everywhere.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on everywhere' }));
    expect(props.onEnableEverywhere).toHaveBeenCalled();
  });

  it('explains browser pages where extensions cannot run, without a switch', () => {
    setup({ kind: 'restricted' }, { site: null });
    expect(screen.getByText(/does not let extensions run on this page/)).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('asks for a reload when the site is on but the page was not read', () => {
    setup({ kind: 'not-loaded' });
    expect(screen.getByText(/Reload the page/)).toBeTruthy();
  });

  it('opens the options', () => {
    const props = setup({ kind: 'unknown' }, { site: null });
    expect(screen.getByText('ICE Context does not run on this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('shows a passing message as an alert', () => {
    setup({ kind: 'off' }, { message: 'No access.' });
    expect(screen.getByRole('alert').textContent).toBe('No access.');
  });
});

describe('ClaimSnippet', () => {
  it('puts the quote first when the snippet does not contain it', () => {
    const { container } = render(<ClaimSnippet claim={{ quote: '7,000', snippet: '…a month from the interior.' }} />);
    expect(container.textContent).toBe('7,000: …a month from the interior.');
  });
});
