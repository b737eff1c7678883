import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardReport } from '../../../components/CardReport';
import type { MarkReport } from '../../../lib/feedback';

afterEach(cleanup);

const report: MarkReport = {
  sentence: 'ICE is averaging approximately 7,000 deportations per month.',
  quote: 'approximately 7,000',
  asRead: 'about 7,000 deportations a month',
  card: 'Below official data by 11.9%.',
  datasetVersion: '0.7.0',
  url: 'https://www.bostonglobe.com/a',
};

const openPanel = () => fireEvent.click(screen.getByRole('button', { name: 'Report this mark' }));
const textarea = () => screen.getByLabelText(/Your report/) as HTMLTextAreaElement;

describe('CardReport', () => {
  it('opens a prefilled report from a button that says whether it is open', () => {
    render(<CardReport report={report} feedback={null} onCopy={vi.fn()} idBase="c" />);
    const button = screen.getByRole('button', { name: 'Report this mark' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(textarea().value).toContain('Marked words: approximately 7,000');
    expect(textarea().value).toContain('Card said: Below official data by 11.9%.');
    expect(textarea().value).toContain('Dataset version: 0.7.0');
  });

  it('leaves the page address out until the reader ticks the box, and keeps the reader’s edits', () => {
    render(<CardReport report={report} feedback={null} onCopy={vi.fn()} idBase="c" />);
    openPanel();
    expect(textarea().value).not.toContain('bostonglobe');
    fireEvent.input(textarea(), { target: { value: 'The card is wrong.\n' + textarea().value } });
    fireEvent.click(screen.getByRole('checkbox', { name: /page’s address/ }));
    expect(textarea().value).toMatch(/^The card is wrong\./);
    expect(textarea().value).toContain('Page: https://www.bostonglobe.com/a');
    fireEvent.click(screen.getByRole('checkbox', { name: /page’s address/ }));
    expect(textarea().value).not.toContain('bostonglobe');
    expect(textarea().value).toMatch(/^The card is wrong\./);
  });

  it('copies the text as edited, and says when the browser refused', async () => {
    const onCopy = vi.fn(async () => true);
    render(<CardReport report={report} feedback={null} onCopy={onCopy} idBase="c" />);
    openPanel();
    fireEvent.input(textarea(), { target: { value: 'edited' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByText('Copied.')).toBeTruthy());
    expect(onCopy).toHaveBeenCalledWith('edited');
    cleanup();
    render(<CardReport report={report} feedback={null} onCopy={async () => false} idBase="d" />);
    openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByText(/did not let us copy/)).toBeTruthy());
  });

  it('offers "Open" only when the build has a feedback address, with the text in it', () => {
    render(<CardReport report={report} feedback={null} onCopy={vi.fn()} idBase="c" />);
    openPanel();
    expect(screen.queryByRole('link')).toBeNull();
    cleanup();
    render(<CardReport report={report} feedback={{ kind: 'email', address: 'a@example.org' }} onCopy={vi.fn()} idBase="d" />);
    openPanel();
    const link = screen.getByRole('link', { name: /e-mail draft/ }) as HTMLAnchorElement;
    expect(link.href).toMatch(/^mailto:a@example\.org\?subject=.*&body=.*approximately%207%2C000/);
    cleanup();
    render(<CardReport report={report} feedback={{ kind: 'url', url: 'https://tracker.example.org/new' }} onCopy={vi.fn()} idBase="e" />);
    openPanel();
    const issue = new URL((screen.getByRole('link', { name: /new report/ }) as HTMLAnchorElement).href);
    expect(issue.searchParams.get('body')).toContain('Dataset version: 0.7.0');
  });
});
