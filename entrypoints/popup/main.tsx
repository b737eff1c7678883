/**
 * The popup's glue: finds the tab, asks its content script for the report, reads the settings, and
 * carries out what the reader chooses (go to a claim, switch the site, open the options).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { buildGlance, type Glance } from '../../components/PopupGlance';
import { Popup, type PageState, type SiteState } from '../../components/Popup';
import '../../components/theme.css';
import '../../components/popup.css';
import { data } from '../../lib/dataset';
import { PageReportSchema, type Message, type PageReport } from '../../lib/messaging';
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

async function askReport(tabId: number): Promise<PageReport | null> {
  try {
    const raw: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-report' } satisfies Message);
    const parsed = PageReportSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    // No content script in the tab: a browser page, a site that is off, or a page opened before us.
    return null;
  }
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
      onEnableEverywhere={() => void updateSettings((s) => ({ ...s, enabled: true })).then(() => refresh(true))}
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

/** Whether the content script has not yet caught up with the settings (or not yet started). */
function settling(): boolean {
  const wanted = site ? site.on && site.everywhere : null;
  if (page.kind === 'not-loaded') return true;
  return wanted !== null && (page.kind === 'report') !== wanted;
}

/** Reads everything again; after a switch, waits a little for the content script to catch up. */
async function refresh(afterChange = false): Promise<void> {
  await load();
  for (let i = 0; afterChange && i < 8 && settling(); i++) {
    await new Promise((r) => setTimeout(r, 250));
    await load();
  }
  draw();
  // A page still being read (its detector loading, or a long page read in slices): ask again until
  // it is done, for at most 15 s, redrawing as the claims come in.
  for (let i = 0; i < 60 && reading(); i++) {
    await new Promise((r) => setTimeout(r, 250));
    await load();
    draw();
  }
}

function reading(): boolean {
  return page.kind === 'report' && page.report.reading;
}

function showClaim(index: number): void {
  if (!tab) return;
  void browser.tabs
    .sendMessage(tab.id, { type: 'show-claim', index } satisfies Message)
    .catch(() => undefined)
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
        await refresh(true);
      })
      .catch((e: unknown) => {
        message = `Could not turn ICE Context on for ${current.site}: ${String(e)}`;
        draw();
      });
    return;
  }
  void updateSettings((s) => setSiteEnabled(s, current.host, on, current.isDefault)).then(() => refresh(true));
}

draw();
void refresh();
