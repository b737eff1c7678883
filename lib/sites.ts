/**
 * The news sites where ICE Context runs by default: the content script's match list and the
 * manifest's host permissions come from here and nowhere else. Readers can add any other site
 * through the optional host permissions (see entrypoints/background.ts).
 */

/** The languages the detector reads (a language pack each). A default site must publish in one. */
export const READ_LANGUAGES = ['en'] as const;
export type Language = (typeof READ_LANGUAGES)[number] | 'es' | 'fr' | 'de';

/**
 * Each default site with the languages it publishes in. Sites in other languages only (Univision,
 * Telemundo, El País in Spanish) are left out until the detector reads them: on them the extension
 * would hold a permission with no function. A domain with editions in several languages lists each.
 */
const SITE_LANGUAGES = {
  // United States: national papers and wires
  'apnews.com': ['en'],
  'bloomberg.com': ['en'],
  'bostonglobe.com': ['en'],
  'cbsnews.com': ['en'],
  'chicagotribune.com': ['en'],
  'cnbc.com': ['en'],
  'cnn.com': ['en'],
  'foxnews.com': ['en'],
  'houstonchronicle.com': ['en'],
  'latimes.com': ['en'],
  'miamiherald.com': ['en'],
  'msnbc.com': ['en'],
  'nbcnews.com': ['en'],
  'abcnews.go.com': ['en'],
  'newsweek.com': ['en'],
  'npr.org': ['en'],
  'nypost.com': ['en'],
  'nytimes.com': ['en'],
  'observer.com': ['en'],
  'pbs.org': ['en'],
  'politico.com': ['en'],
  'propublica.org': ['en'],
  'reuters.com': ['en'],
  'sfchronicle.com': ['en'],
  'texastribune.org': ['en'],
  'thehill.com': ['en'],
  'theatlantic.com': ['en'],
  'usatoday.com': ['en'],
  'vox.com': ['en'],
  'washingtonexaminer.com': ['en'],
  'washingtonpost.com': ['en'],
  'wsj.com': ['en'],
  'axios.com': ['en'],
  'time.com': ['en'],
  'newyorker.com': ['en'],
  'dallasnews.com': ['en'],
  'azcentral.com': ['en'],
  'sandiegouniontribune.com': ['en'],
  'startribune.com': ['en'],
  'nj.com': ['en'],
  // International
  'aljazeera.com': ['en'],
  'bbc.co.uk': ['en'],
  'bbc.com': ['en'],
  'economist.com': ['en'],
  'english.elpais.com': ['en'],
  'france24.com': ['fr', 'en', 'es'],
  'ft.com': ['en'],
  'theguardian.com': ['en'],
  'independent.co.uk': ['en'],
  'telegraph.co.uk': ['en'],
  'theglobeandmail.com': ['en'],
  'cbc.ca': ['en'],
  'dw.com': ['de', 'en', 'es'],
  'lemonde.fr': ['fr', 'en'],
} as const satisfies Record<string, readonly Language[]>;

export type NewsSite = keyof typeof SITE_LANGUAGES;

/** The default sites' domains. */
export const NEWS_SITES = Object.keys(SITE_LANGUAGES) as NewsSite[];

/** The languages a default site publishes in. */
export function siteLanguages(site: NewsSite): readonly Language[] {
  return SITE_LANGUAGES[site];
}

/** The match pattern for a bare domain: "*.d" matches the domain itself and every subdomain. */
export function matchPatternFor(domain: string): string {
  return `*://*.${domain}/*`;
}

/** Every default match pattern, for the manifest and the content script. */
export const NEWS_MATCHES: string[] = NEWS_SITES.map(matchPatternFor);

/** Whether a hostname is one of the default news sites or a subdomain of one. */
export function isDefaultNewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return NEWS_SITES.some((d) => host === d || host.endsWith('.' + d));
}
