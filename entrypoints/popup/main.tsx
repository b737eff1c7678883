import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PageReportSchema, type PageReport } from '../../lib/messaging';
import { Popup, type PopupState } from '../../components/Popup';

/** The tab the popup describes: the active tab, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function load(): Promise<PopupState> {
  const tab = await targetTab();
  if (!tab) return { kind: 'unavailable' };
  let report: PageReport | null = null;
  try {
    const raw: unknown = await browser.tabs.sendMessage(tab.id, { type: 'get-report' });
    const parsed = PageReportSchema.safeParse(raw);
    report = parsed.success ? parsed.data : null;
  } catch {
    report = null;
  }
  return report ? { kind: 'report', report } : { kind: 'unavailable' };
}

const root = document.getElementById('app')!;
render(<Popup state={{ kind: 'loading' }} />, root);
void load().then((state) => render(<Popup state={state} />, root));
