import { describe, expect, it } from 'vitest';
import { isDefaultNewsHost, NEWS_MATCHES, NEWS_SITES, READ_LANGUAGES, siteLanguages } from '../../lib/sites';

describe('default news sites', () => {
  it.each(NEWS_SITES)('%s publishes in a language the detector reads', (site) => {
    expect(siteLanguages(site).some((l) => (READ_LANGUAGES as readonly string[]).includes(l))).toBe(true);
  });

  it('leaves out Spanish-only sites until the detector reads Spanish', () => {
    expect(READ_LANGUAGES as readonly string[]).not.toContain('es');
    for (const host of ['www.univision.com', 'www.telemundo.com', 'elpais.com']) expect(isDefaultNewsHost(host)).toBe(false);
    // El País's English edition is its own host, and is read.
    expect(isDefaultNewsHost('english.elpais.com')).toBe(true);
  });

  it('gives every site one match pattern, sorted out of one list', () => {
    expect(NEWS_MATCHES).toHaveLength(NEWS_SITES.length);
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
  });
});
