import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, SettingsSchema, type Settings } from '../../../lib/settings/schema';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  style: 'background',
  trigger: 'click',
  showMath: false,
  categories: { ...DEFAULT_SETTINGS.categories, budget: false },
  disabledSites: ['nytimes.com', 'cnn.com'],
  extraSites: ['example.org'],
};

describe('settings repaired field by field', () => {
  it.each([
    ['style', 'blink', /style: expected one of/],
    ['trigger', 42, /trigger: expected one of/],
    ['showMath', 'yes', /showMath: expected boolean/],
    ['enabled', null, /enabled: expected boolean/],
    ['reportButton', {}, /reportButton: expected boolean/],
  ] as const)('a bad %s falls back to its default alone, and is named', (field, bad, reason) => {
    const r = repairSettings({ ...mine, [field]: bad });
    expect(r.settings).toEqual({ ...mine, [field]: DEFAULT_SETTINGS[field] });
    expect(r.problems).toHaveLength(1);
    expect(r.problem).toMatch(reason);
  });

  it('drops one bad site entry alone, naming it, and keeps the reader’s other sites', () => {
    const r = repairSettings({ ...mine, disabledSites: ['nytimes.com', 'https://example.com/path', 'cnn.com'] });
    expect(r.settings).toEqual(mine);
    expect(r.problems).toEqual([expect.stringMatching(/^disabledSites\.1 "https:\/\/example\.com\/path": a site such as example\.com.*dropped$/)]);
  });

  it('keeps the first 1000 sites of a list too long, and says so', () => {
    const sites = Array.from({ length: 1001 }, (_, i) => `s${i}.example.com`);
    const r = repairSettings({ ...mine, extraSites: sites });
    expect(r.settings.extraSites).toEqual(sites.slice(0, 1000));
    expect(r.problem).toMatch(/extraSites: more than 1000 sites/);
  });

  it('drops a bad or unknown category switch alone', () => {
    const r = repairSettings({ ...mine, categories: { ...mine.categories, removals: 0, weather: true } });
    expect(r.settings).toEqual(mine);
    expect(r.problems.sort()).toEqual(['categories.removals: expected boolean', 'categories: unknown field weather']);
  });

  it('drops unknown fields and keeps the rest', () => {
    const r = repairSettings({ ...mine, theme: 'dark' });
    expect(r.settings).toEqual(mine);
    expect(r.problem).toBe('unknown field theme');
  });

  it('gives the defaults for anything that is not an object', () => {
    for (const v of [42, 'x', [mine], true]) expect(repairSettings(v)).toEqual({ settings: DEFAULT_SETTINGS, problem: 'settings: expected object', problems: ['settings: expected object'] });
  });
});

const validSettings = fc.record({
  enabled: fc.boolean(),
  style: fc.constantFrom('underline', 'background', 'none'),
  trigger: fc.constantFrom('hover', 'click'),
  showMath: fc.boolean(),
  reportButton: fc.boolean(),
  disabledSites: fc.array(fc.domain(), { maxLength: 8 }),
  extraSites: fc.array(fc.domain(), { maxLength: 8 }),
}).map((s) => SettingsSchema.parse(s));

const FIELDS = ['enabled', 'style', 'trigger', 'showMath', 'reportButton'] as const;

describe('settings repair, properties', () => {
  it('always yields valid settings', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(SettingsSchema.safeParse(repairSettings(junk).settings).success).toBe(true);
      }),
    );
  });

  it('junk in one field changes that field alone', () => {
    fc.assert(
      fc.property(validSettings, fc.constantFrom(...FIELDS), fc.anything(), (settings, field, junk) => {
        const r = repairSettings({ ...settings, [field]: junk });
        for (const other of Object.keys(settings) as (keyof Settings)[]) if (other !== field) expect(r.settings[other]).toEqual(settings[other]);
        const fieldOk = SettingsSchema.shape[field].safeParse(junk);
        expect(r.settings[field]).toEqual(fieldOk.success ? fieldOk.data : DEFAULT_SETTINGS[field]);
      }),
    );
  });

  it('a junk entry in a site list drops alone', () => {
    fc.assert(
      fc.property(validSettings, fc.nat(), fc.oneof(fc.integer(), fc.constant('not a site'), fc.webUrl(), fc.constant(null)), (settings, at, junk) => {
        const list = [...settings.disabledSites];
        list.splice(at % (list.length + 1), 0, junk as string);
        const r = repairSettings({ ...settings, disabledSites: list });
        expect(r.settings).toEqual(settings);
        expect(r.problems).toHaveLength(1);
        expect(r.problem).toMatch(/^disabledSites\.\d+ .*dropped$/);
      }),
    );
  });
});
