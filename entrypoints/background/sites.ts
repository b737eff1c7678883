/**
 * Sites the reader added: the content script is registered there dynamically, with the same files as
 * the manifest's content script, once the browser has granted the host permission. The registered
 * set follows the settings and the granted permissions, and is checked again on every start.
 */
import { browser } from 'wxt/browser';
import { originFor, registrationPlan, SITE_SCRIPT_PREFIX, siteOfOrigin } from '../../lib/settings/sites';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { isDefaultNewsHost } from '../../lib/sites';

/** The file paths the scripting API takes (typed as the extension's own public paths). */
type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** The manifest content script's files (read at run time so they always match the build). */
function contentFiles(): { js: Files; css: Files } {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return { js: (cs?.js ?? ['content-scripts/content.js']) as Files, css: (cs?.css ?? ['content-scripts/content.css']) as Files };
}

/** The added sites that need a registration: not already covered by the defaults, permission granted. */
async function wantedSites(): Promise<string[]> {
  const { extraSites } = await getSettings();
  const out: string[] = [];
  for (const site of extraSites) {
    if (isDefaultNewsHost(site)) continue;
    if (await browser.permissions.contains({ origins: [originFor(site)] }).catch(() => false)) out.push(site);
  }
  return out;
}

/** Runs the content script in tabs already open on a newly registered site. */
async function injectIntoOpenTabs(site: string): Promise<void> {
  const { js, css } = contentFiles();
  const tabs = await browser.tabs.query({ url: originFor(site) }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const target = { tabId: tab.id };
    await browser.scripting.insertCSS({ target, files: css }).catch(() => undefined);
    await browser.scripting.executeScript({ target, files: js }).catch(() => undefined);
  }
}

let syncing: Promise<void> = Promise.resolve();

/** Makes the registered content scripts match the wanted sites; `inject` also serves open tabs. */
function sync(inject: boolean): Promise<void> {
  // One sync at a time: overlapping register calls would fail on duplicate ids.
  syncing = syncing.then(() => syncNow(inject)).catch((e: unknown) => console.warn('ICE Context: site registration failed', e));
  return syncing;
}

async function syncNow(inject: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const { unregister, register } = registrationPlan(await wantedSites(), registered.map((s) => s.id));
  if (unregister.length) await browser.scripting.unregisterContentScripts({ ids: unregister });
  if (!register.length) return;
  const { js, css } = contentFiles();
  await browser.scripting.registerContentScripts(
    register.map((site) => ({ id: SITE_SCRIPT_PREFIX + site, matches: [originFor(site)], js, css, runAt: 'document_idle' as const, allFrames: false })),
  );
  if (inject) for (const site of register) await injectIntoOpenTabs(site);
}

/** Keeps the reader's added sites registered: on start, on settings changes and on permission changes. */
export function setupSiteScripts(): void {
  if (!browser.scripting?.registerContentScripts) return;
  void sync(false);
  watchSettings(() => void sync(true));
  browser.permissions.onAdded.addListener((added) => {
    // A granted site goes on the list here too: a popup can close while the browser's prompt is open
    // (Firefox closes it), and then its own update never runs.
    const sites = (added.origins ?? []).map(siteOfOrigin).filter((s): s is string => s !== null && !isDefaultNewsHost(s));
    void getSettings()
      .then(async (s) => {
        if (sites.some((site) => !s.extraSites.includes(site)))
          await updateSettings((t) => ({ ...t, extraSites: [...t.extraSites, ...sites.filter((site) => !t.extraSites.includes(site))] }));
      })
      .then(() => sync(true));
  });
  browser.permissions.onRemoved.addListener((removed) => {
    // A revoked permission takes the site off the list too, so the popup's switch tells the truth.
    const origins = new Set(removed.origins ?? []);
    void getSettings()
      .then(async (s) => {
        if (s.extraSites.some((site) => origins.has(originFor(site))))
          await updateSettings((t) => ({ ...t, extraSites: t.extraSites.filter((site) => !origins.has(originFor(site))) }));
      })
      .then(() => sync(false));
  });
}
