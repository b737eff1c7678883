/**
 * An init script for fixture pages: the page itself installs a MutationObserver before anything
 * loads and records every change to its own nodes, so a test can assert that the extension changed
 * nothing but adding its one UI host. It also records the page's console errors.
 */
export const PAGE_WATCH_SCRIPT = `(() => {
  const log = [];
  const errors = [];
  Object.defineProperty(window, '__pageWatch', { value: { log, errors }, enumerable: false });
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const isOurs = (n) => n && n.nodeType === 1 && n.localName === 'ice-context-ui';
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurs)) continue;
      if (isOurs(r.target)) continue;
      log.push({ type: r.type, target: r.target.nodeName, attribute: r.attributeName,
        added: [...r.addedNodes].map((n) => n.nodeName), removed: [...r.removedNodes].map((n) => n.nodeName) });
    }
  });
  const start = () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();`;

/** What the page's observer saw, read from the page. */
export interface PageWatch {
  log: { type: string; target: string; attribute: string | null; added: string[]; removed: string[] }[];
  errors: string[];
}
