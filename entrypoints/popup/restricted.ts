/** Pages where browsers let no extension run: their own pages and the extension stores. */
const RESTRICTED_SCHEMES = /^(about|chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|moz-extension|resource|view-source|data|javascript|blob):/i;
const STORE_PAGES = [/^https:\/\/chromewebstore\.google\.com\//i, /^https:\/\/chrome\.google\.com\/webstore/i, /^https:\/\/addons\.mozilla\.org\//i, /^https:\/\/microsoftedge\.microsoft\.com\/addons/i];

/** Whether `url` is a page where the browser forbids extensions (so no content script can answer). */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || STORE_PAGES.some((p) => p.test(url));
}
