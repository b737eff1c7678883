/**
 * The news sites where ICE Context runs by default: the content script's match list and the
 * manifest's host permissions come from here and nowhere else. Readers can add any other site
 * through the optional host permissions (see entrypoints/background.ts).
 */
export const NEWS_SITES = [
  // United States: national papers and wires
  'apnews.com',
  'bloomberg.com',
  'bostonglobe.com',
  'cbsnews.com',
  'chicagotribune.com',
  'cnbc.com',
  'cnn.com',
  'foxnews.com',
  'houstonchronicle.com',
  'latimes.com',
  'miamiherald.com',
  'msnbc.com',
  'nbcnews.com',
  'abcnews.go.com',
  'newsweek.com',
  'npr.org',
  'nypost.com',
  'nytimes.com',
  'observer.com',
  'pbs.org',
  'politico.com',
  'propublica.org',
  'reuters.com',
  'sfchronicle.com',
  'texastribune.org',
  'thehill.com',
  'theatlantic.com',
  'usatoday.com',
  'vox.com',
  'washingtonexaminer.com',
  'washingtonpost.com',
  'wsj.com',
  'axios.com',
  'time.com',
  'newyorker.com',
  'dallasnews.com',
  'azcentral.com',
  'sandiegouniontribune.com',
  'startribune.com',
  'nj.com',
  // International
  'aljazeera.com',
  'bbc.co.uk',
  'bbc.com',
  'economist.com',
  'elpais.com',
  'france24.com',
  'ft.com',
  'theguardian.com',
  'independent.co.uk',
  'telegraph.co.uk',
  'theglobeandmail.com',
  'cbc.ca',
  'dw.com',
  'lemonde.fr',
  'univision.com',
  'telemundo.com',
] as const;

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
