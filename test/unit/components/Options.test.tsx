import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, type OptionsProps } from '../../../components/Options';
import { groupSources, type SourceInfo } from '../../../components/OptionsSources';
import { CATEGORIES } from '../../../lib/categories';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, TRIGGERS, type Settings } from '../../../lib/settings/schema';
import { settingsToFile } from '../../../lib/settings/transfer';

afterEach(cleanup);

const sources: SourceInfo[] = [
  { id: 'news', title: 'A news story', publisher: 'The Paper', url: 'https://paper.example/a', published: '2020-01-02', tier: 'news' as const, primary: false },
  { id: 'ice', title: 'ICE annual report', publisher: 'U.S. Immigration and Customs Enforcement', url: 'https://www.ice.gov/r', published: '2020', tier: 'agency' as const, primary: true },
];

function setup(settings: Settings = DEFAULT_SETTINGS, overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    settings,
    notice: null,
    dataset: {
      version: '1.2.3',
      asOf: '2026-11-24',
      sources,
      freshness: [
        { id: 'removals', name: 'ICE removals', period: '2025-10-01/2026-04-09', stale: false },
        { id: 'detention-adp', name: 'Detention, average daily population', period: 'FY2018', stale: true },
        { id: 'atd', name: 'ATD participants', period: null, stale: true },
      ],
    },
    onChange: vi.fn(),
    onAddExtraSite: vi.fn(async () => null),
    onRemoveExtraSite: vi.fn(),
    onImport: vi.fn(),
    onReset: vi.fn(),
    ...overrides,
  };
  const view = render(<Options {...props} />);
  return { props, view };
}

const lastChange = (props: OptionsProps) => (props.onChange as ReturnType<typeof vi.fn>).mock.lastCall?.[0] as Settings | undefined;

describe('Options', () => {
  it('has a control for every category, trigger and style in the schema', () => {
    setup();
    expect(screen.getByRole('group', { name: 'Kinds of claims to mark' }).querySelectorAll('input[type=checkbox]')).toHaveLength(CATEGORIES.length);
    expect(screen.getByRole('group', { name: 'How claims are marked' }).querySelectorAll('input[type=radio]')).toHaveLength(HIGHLIGHT_STYLES.length);
    expect(screen.getByRole('group', { name: 'When a card opens' }).querySelectorAll('input[type=radio]')).toHaveLength(TRIGGERS.length);
  });

  it('turns annotations, a category and the math off', () => {
    const { props } = setup();
    fireEvent.click(screen.getByLabelText('Mark claims about ICE capacity on news pages'));
    expect(lastChange(props)?.enabled).toBe(false);
    fireEvent.click(screen.getByLabelText('Budget and cost'));
    expect(lastChange(props)?.categories).toEqual({ ...DEFAULT_SETTINGS.categories, budget: false });
    fireEvent.click(screen.getByLabelText('Show the capacity math in cards'));
    expect(lastChange(props)?.showMath).toBe(false);
    fireEvent.click(screen.getByLabelText(/Report this mark/));
    expect(lastChange(props)?.reportButton).toBe(false);
  });

  it('changes the style and the trigger, and the preview follows the style', () => {
    const { props, view } = setup();
    fireEvent.click(screen.getByLabelText('Light background'));
    expect(lastChange(props)?.style).toBe('background');
    fireEvent.click(screen.getByLabelText('When I click or tap a claim'));
    expect(lastChange(props)?.trigger).toBe('click');
    view.rerender(<Options {...props} settings={{ ...DEFAULT_SETTINGS, style: 'none' }} />);
    expect(document.querySelector('[data-component=OptionsPreview]')?.getAttribute('data-style')).toBe('none');
    expect(screen.getByText(/Claims are not marked/)).toBeTruthy();
  });

  it('adds a site where it is off, reducing an address to its host', () => {
    const { props } = setup();
    const input = screen.getByLabelText('Add a site where ICE Context is off');
    fireEvent.input(input, { target: { value: 'https://www.example.com/news/story' } });
    fireEvent.submit(input.closest('form')!);
    expect(lastChange(props)?.disabledSites).toEqual(['example.com']);
  });

  it('refuses a bad entry with a message next to the field and saves nothing', () => {
    const { props } = setup();
    const input = screen.getByLabelText('Add a site where ICE Context is off');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.closest('form')!);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/not a site name/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('refuses a site already listed', () => {
    const { props } = setup({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    const input = screen.getByLabelText('Add a site where ICE Context is off');
    fireEvent.input(input, { target: { value: 'www.example.com' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toMatch(/already on this list/);
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('adds an extra site through its callback, but not a default news site', async () => {
    const { props } = setup();
    const input = screen.getByLabelText('Add a site where ICE Context is on');
    fireEvent.input(input, { target: { value: 'nytimes.com' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toMatch(/default news site/);
    fireEvent.input(input, { target: { value: 'blog.example.org' } });
    fireEvent.submit(input.closest('form')!);
    expect(props.onAddExtraSite).toHaveBeenCalledWith('blog.example.org');
    await waitFor(() => expect(screen.getByText('Added blog.example.org.')).toBeTruthy());
  });

  it('shows why an extra site was not added', async () => {
    setup(DEFAULT_SETTINGS, { onAddExtraSite: async () => 'Permission refused.' });
    const input = screen.getByLabelText('Add a site where ICE Context is on');
    fireEvent.input(input, { target: { value: 'example.org' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Permission refused.'));
  });

  it('removes sites', () => {
    const { props } = setup({ ...DEFAULT_SETTINGS, disabledSites: ['a.com', 'b.com'], extraSites: ['c.org'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.com' }));
    expect(lastChange(props)?.disabledSites).toEqual(['b.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove c.org' }));
    expect(props.onRemoveExtraSite).toHaveBeenCalledWith('c.org');
  });

  it('imports a valid file and refuses an invalid one, saying what is wrong', async () => {
    const { props } = setup();
    const input = screen.getByLabelText('Import settings from a file') as HTMLInputElement;
    const bad = new File(['{"format":"ice-context-settings","version":1,"settings":{"trigger":"focus"}}'], 'bad.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/bad\.json was not imported: .*trigger: expected one of "hover", "click".*unchanged/));
    expect(props.onImport).not.toHaveBeenCalled();
    const good = new File([settingsToFile({ ...DEFAULT_SETTINGS, style: 'none' })], 'good.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(props.onImport).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, style: 'none' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports the settings as a JSON download', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setup({ ...DEFAULT_SETTINGS, trigger: 'click' });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(click).toHaveBeenCalled();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('ice-context-settings.json');
    expect(JSON.parse(await blobs[0]!.text()).settings.trigger).toBe('click');
    create.mockRestore();
    click.mockRestore();
  });

  it('resets only after confirmation', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(props.onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    expect(props.onReset).toHaveBeenCalledTimes(1);
  });

  it('shows the recovery notice until dismissed', () => {
    setup(DEFAULT_SETTINGS, { notice: 'Your stored settings were not valid.' });
    expect(screen.getByRole('alert').textContent).toContain('Your stored settings were not valid.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the dataset version, date and sources, primary publishers first', () => {
    setup();
    expect(screen.getByTestId('dataset-version').textContent).toBe('1.2.3');
    expect(screen.getByText('Nov. 24, 2026').getAttribute('datetime')).toBe('2026-11-24');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.ice.gov/r', 'https://paper.example/a']);
  });

  it("lists each main series' newest period, saying which are more than 15 months old", () => {
    setup();
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-series'));
    expect(items.map((li) => li.textContent)).toEqual([
      'ICE removals: FY2026 through April 9',
      "Detention, average daily population: FY2018 (Oct. 2017 to Sept. 2018) (more than 15 months before the figures' date)",
      "ATD participants: none (more than 15 months before the figures' date)",
    ]);
  });
});

describe('groupSources', () => {
  it('groups by publisher, primary groups first, primary sources first within a group', () => {
    const groups = groupSources([
      ...sources,
      { id: 'ice2', title: 'A news release', publisher: 'U.S. Immigration and Customs Enforcement', url: 'https://www.ice.gov/n', published: '2021', tier: 'news' as const, primary: false },
    ]);
    expect(groups.map((g) => [g.publisher, g.primary, g.sources.map((s) => s.id)])).toEqual([
      ['U.S. Immigration and Customs Enforcement', true, ['ice', 'ice2']],
      ['The Paper', false, ['news']],
    ]);
  });
});
