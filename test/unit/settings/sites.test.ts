import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { isSiteOn, originFor, parseSiteInput, registrationPlan, setSiteEnabled, SITE_SCRIPT_PREFIX, siteForHost, siteOfOrigin } from '../../../lib/settings/sites';

describe('siteForHost', () => {
  it('uses the default news domain for its subdomains', () => {
    expect(siteForHost('www.bostonglobe.com')).toBe('bostonglobe.com');
    expect(siteForHost('abcnews.go.com')).toBe('abcnews.go.com');
  });
  it('drops "www." from other hosts and keeps other subdomains', () => {
    expect(siteForHost('www.Example.com')).toBe('example.com');
    expect(siteForHost('blog.example.com')).toBe('blog.example.com');
  });
});

describe('parseSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.co.uk ', 'news.example.co.uk'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/path?q=1', 'example.com'],
    ['http://blog.example.org', 'blog.example.org'],
    ['example.com/some/article', 'example.com'],
  ])('reads %j as %j', (input, site) => {
    expect(parseSiteInput(input)).toEqual({ site });
  });
  it.each(['', '   ', 'not a site', 'example', 'ftp://', 'https://', 'exa_mple.com', '127.0.0.1'])('refuses %j with a reason', (input) => {
    const r = parseSiteInput(input);
    expect('error' in r && r.error.length > 10).toBe(true);
  });
});

describe('setSiteEnabled', () => {
  it('turns a default site off and on through disabledSites', () => {
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'www.bostonglobe.com', false, true);
    expect(off.disabledSites).toEqual(['bostonglobe.com']);
    expect(off.extraSites).toEqual([]);
    expect(isSiteOn(off, 'www.bostonglobe.com', true)).toBe(false);
    const on = setSiteEnabled(off, 'www.bostonglobe.com', true, true);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteOn(on, 'www.bostonglobe.com', true)).toBe(true);
  });

  it('does not list a site twice', () => {
    const off = setSiteEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['bostonglobe.com'] }, 'www.bostonglobe.com', false, true);
    expect(off.disabledSites).toEqual(['bostonglobe.com']);
  });

  it('turns another site on through extraSites, and off by removing it', () => {
    const on = setSiteEnabled(DEFAULT_SETTINGS, 'www.example.com', true, false);
    expect(on.extraSites).toEqual(['example.com']);
    expect(isSiteOn(on, 'www.example.com', false)).toBe(true);
    const off = setSiteEnabled(on, 'www.example.com', false, false);
    expect(off.extraSites).toEqual([]);
    expect(isSiteOn(off, 'www.example.com', false)).toBe(false);
  });

  it('clears a disabled entry when turning a site on', () => {
    const s = { ...DEFAULT_SETTINGS, extraSites: ['example.com'], disabledSites: ['example.com'] };
    expect(setSiteEnabled(s, 'example.com', true, false)).toMatchObject({ extraSites: ['example.com'], disabledSites: [] });
  });

  it('leaves the global switch alone', () => {
    const s = setSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'example.com', true, false);
    expect(s.enabled).toBe(false);
    expect(isSiteOn(s, 'example.com', false)).toBe(true);
  });
});

describe('originFor', () => {
  it('covers the site and its subdomains on any scheme', () => {
    expect(originFor('example.com')).toBe('*://*.example.com/*');
  });
});

describe('registrationPlan', () => {
  const id = (site: string) => SITE_SCRIPT_PREFIX + site;
  it('registers new sites and unregisters dropped ones, leaving the rest', () => {
    expect(registrationPlan(['a.com', 'b.com'], [id('b.com'), id('c.com')])).toEqual({ unregister: [id('c.com')], register: ['a.com'] });
  });
  it('never touches scripts that are not ours', () => {
    expect(registrationPlan([], ['someone-else', id('x.org')])).toEqual({ unregister: [id('x.org')], register: [] });
  });
  it('does nothing when in step', () => {
    expect(registrationPlan(['a.com'], [id('a.com')])).toEqual({ unregister: [], register: [] });
  });
});

describe('siteOfOrigin', () => {
  it('reads back the site of our own patterns only', () => {
    expect(siteOfOrigin(originFor('example.com'))).toBe('example.com');
    expect(siteOfOrigin('*://*/*')).toBeNull();
    expect(siteOfOrigin('https://example.com/*')).toBeNull();
    expect(siteOfOrigin('*://*.not a host/*')).toBeNull();
  });
});
