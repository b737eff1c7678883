/**
 * The popup's glue: finds the tab, asks its content script for the report, reads the settings, and
 * carries out what the reader chooses (go to a claim, switch the site, open the options). It reads
 * again whenever the tab's content script reports a change (its page-report reaches every extension
 * page): no polling, no timers.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { buildGlance, type Glance } from '../../components/PopupGlance';
import { Popup, type PageState, type SiteState } from '../../components/Popup';
import '../../components/theme.css';
import '../../components/popup.css';
import { data } from '../../lib/dataset';
import { parseMessage, REPLY_CHECKS, type PageReport } from '../../lib/messaging';
import { requester } from '../../lib/messaging/request';
import { type Settings } from '../../lib/settings/schema';
import { isSiteOn, originFor, setSiteEnabled, siteForHost } from '../../lib/settings/sites';
import { getSettings, updateSettings } from '../../lib/settings/storage';
import { isDefaultNewsHost } from '../../lib/sites';
import { parseFeedbackAddress } from '../../lib/feedback';
import { copyText } from '../../lib/page/clipboard';
import { isRestrictedUrl } from './restricted';

interface Tab {
  id: number;
  url: string | undefined;
}

/** The tab the popup describes: the active tab, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<Tab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Typed requests to the tab's content script (replies checked by their schemas). */
const toTab = (tabId: number) => requester((message) => browser.tabs.sendMessage(tabId, message), REPLY_CHECKS);

async function askReport(tabId: number): Promise<PageReport | null> {
  // No content script in the tab (a browser page, a site that is off, a page opened before us), or a
  // malformed answer: no report.
  return toTab(tabId)({ type: 'get-report' }).catch(() => null);
}

function httpHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

function siteState(settings: Settings, host: string | null): SiteState | null {
  if (!host) return null;
  const isDefault = isDefaultNewsHost(host);
  return { host, site: siteForHost(host), isDefault, on: isSiteOn(settings, host, isDefault), everywhere: settings.enabled };
}

function pageState(report: PageReport | null, url: string | undefined, site: SiteState | null): PageState {
  if (report) return report.enabled || report.reading ? { kind: 'report', report } : { kind: 'off' };
  if (url && isRestrictedUrl(url)) return { kind: 'restricted' };
  if (site) return site.on && site.everywhere ? { kind: 'not-loaded' } : { kind: 'off' };
  return { kind: 'unknown' };
}

const root = document.getElementById('app')!;
let tab: Tab | null = null;
let page: PageState = { kind: 'loading' };
let site: SiteState | null = null;
let glance: Glance | null = null;
let message: string | null = null;
let reportButton = true;

/** Where reports go, as the build configured it (wxt.config.ts). */
const FEEDBACK = parseFeedbackAddress(__ICE_FEEDBACK__);


function draw(): void {
  render(
    <Popup
      page={page}
      site={site}
      glance={glance}
      message={message}
      onShowClaim={showClaim}
      reporting={reportButton ? { datasetVersion: data.meta.version, feedback: FEEDBACK, onCopy: copyText } : null}
      onSiteToggle={toggleSite}
      onEnableEverywhere={() => void updateSettings((s) => ({ ...s, enabled: true })).then(() => refresh())}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />,
    root,
  );
}

async function load(): Promise<void> {
  tab ??= await targetTab();
  const settings = await getSettings();
  reportButton = settings.reportButton;
  const report = tab ? await askReport(tab.id) : null;
  const url = tab?.url ?? report?.url;
  site = siteState(settings, httpHost(url));
  page = pageState(report, url, site);
  glance = buildGlance(data, report?.date ?? null);
}

let refreshing: Promise<void> = Promise.resolve();

/** Reads everything again and redraws, one read at a time (the last drawn is the newest). */
function refresh(): Promise<void> {
  refreshing = refreshing.then(load).then(draw, () => draw());
  return refreshing;
}

// A page still being read, or catching up with a switch of the settings, reports when it is done
// (and a content script injected after a site was switched on reports when it starts): read again then.
browser.runtime.onMessage.addListener((raw, sender) => {
  if (tab && sender.tab?.id === tab.id && parseMessage(raw)?.type === 'page-report') void refresh();
  // Not an answer: the background answers page reports.
  return undefined;
});

function showClaim(index: number): void {
  if (!tab) return;
  void toTab(tab.id)({ type: 'show-claim', index })
    .catch(() => false)
    .finally(() => window.close());
}

function toggleSite(on: boolean): void {
  const current = site;
  if (!current) return;
  message = null;
  if (on && !current.isDefault) {
    // The permission prompt needs the reader's click: request it before anything else is awaited.
    browser.permissions
      .request({ origins: [originFor(current.site)] })
      .then(async (granted) => {
        if (!granted) {
          message = `Your browser did not give ICE Context access to ${current.site}, so it stays off there.`;
          draw();
          return;
        }
        await updateSettings((s) => setSiteEnabled(s, current.host, true, false));
        await refresh();
      })
      .catch((e: unknown) => {
        message = `Could not turn ICE Context on for ${current.site}: ${String(e)}`;
        draw();
      });
    return;
  }
  void updateSettings((s) => setSiteEnabled(s, current.host, on, current.isDefault)).then(() => refresh());
}

draw();
void refresh();
