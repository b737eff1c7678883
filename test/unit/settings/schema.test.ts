import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/categories';
import { DEFAULT_SETTINGS, describeProblem, HostSchema, hostMatches, isEnabledOn, repairSettings, SettingsSchema } from '../../../lib/settings/schema';

describe('SettingsSchema', () => {
  it('gives every field a default: on everywhere, all categories, hover, underline, math shown', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])),
      disabledSites: [],
      extraSites: [],
      trigger: 'hover',
      style: 'underline',
      showMath: true,
      reportButton: true,
    });
  });

  it('fills missing fields and missing categories with defaults', () => {
    const s = SettingsSchema.parse({ style: 'none', categories: { budget: false } });
    expect(s.style).toBe('none');
    expect(s.categories.budget).toBe(false);
    expect(s.categories.removals).toBe(true);
    expect(s.trigger).toBe('hover');
  });

  it('refuses unknown fields, wrong types and values outside the lists', () => {
    expect(SettingsSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ enabled: 'yes' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ trigger: 'focus' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ categories: { weather: true } }).success).toBe(false);
  });

  it('normalises site entries to lower case without spaces', () => {
    expect(SettingsSchema.parse({ extraSites: [' Example.COM '] }).extraSites).toEqual(['example.com']);
  });
});

describe('HostSchema', () => {
  it.each(['example.com', 'news.example.co.uk', 'a-b.org', 'x1.io'])('accepts %s', (h) => {
    expect(HostSchema.safeParse(h).success).toBe(true);
  });
  it.each(['', 'https://example.com', 'example.com/path', 'example', 'exa mple.com', '-bad.com', 'localhost', '127.0.0.1', 'a'.repeat(250) + '.com'])(
    'refuses %j',
    (h) => {
      expect(HostSchema.safeParse(h).success).toBe(false);
    },
  );
});

describe('describeProblem', () => {
  const problem = (v: unknown) => {
    const r = SettingsSchema.safeParse(v);
    if (r.success) throw new Error('expected a problem');
    return describeProblem(r.error);
  };
  it('names the field and what was expected', () => {
    expect(problem({ trigger: 'focus' })).toBe('trigger: expected one of "hover", "click"');
    expect(problem({ enabled: 1 })).toBe('enabled: expected boolean');
    expect(problem({ colour: 1, size: 2 })).toBe('settings: unknown fields colour, size');
    expect(problem(42)).toBe('settings: expected object');
    expect(problem({ extraSites: ['not a site'] })).toMatch(/^extraSites\.0: a site such as example\.com/);
  });
});

describe('repairSettings', () => {
  it('keeps valid settings', () => {
    const value = { ...DEFAULT_SETTINGS, style: 'background' };
    expect(repairSettings(value)).toEqual({ settings: value, problem: null, problems: [] });
  });
  it('treats nothing stored as the defaults, without a problem', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problem: null, problems: [] });
    expect(repairSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problem: null, problems: [] });
  });
  it.each([42, 'settings', [], { enabled: 'no' }, { foreign: true }])('replaces %j by the defaults and says why', (v) => {
    const r = repairSettings(v);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problem).toBeTruthy();
  });
});

describe('hostMatches and isEnabledOn', () => {
  it('matches a site and its subdomains, not look-alikes', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('www.Example.com.', 'example.com')).toBe(true);
    expect(hostMatches('badexample.com', 'example.com')).toBe(false);
    expect(hostMatches('example.com', 'www.example.com')).toBe(false);
  });

  it('runs on default sites unless turned off there or everywhere', () => {
    expect(isEnabledOn(DEFAULT_SETTINGS, 'www.bostonglobe.com', true)).toBe(true);
    expect(isEnabledOn({ ...DEFAULT_SETTINGS, disabledSites: ['bostonglobe.com'] }, 'www.bostonglobe.com', true)).toBe(false);
    expect(isEnabledOn({ ...DEFAULT_SETTINGS, enabled: false }, 'www.bostonglobe.com', true)).toBe(false);
  });

  it('runs on other sites only when added, and a disabled entry wins', () => {
    expect(isEnabledOn(DEFAULT_SETTINGS, 'blog.example.com', false)).toBe(false);
    const added = { ...DEFAULT_SETTINGS, extraSites: ['example.com'] };
    expect(isEnabledOn(added, 'blog.example.com', false)).toBe(true);
    expect(isEnabledOn({ ...added, disabledSites: ['blog.example.com'] }, 'blog.example.com', false)).toBe(false);
    expect(isEnabledOn({ ...added, enabled: false }, 'blog.example.com', false)).toBe(false);
  });
});
