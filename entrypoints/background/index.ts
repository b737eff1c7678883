import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildContext } from '../../lib/context';
import { detectClaims } from '../../lib/detect';
import { data } from '../../lib/dataset';
import { parseMessage, type Message } from '../../lib/messaging';
import type { PageSettings } from '../../lib/messaging/guards';
import { isEnabledOn } from '../../lib/settings/schema';
import { getSettings } from '../../lib/settings/storage';
import { isDefaultNewsHost } from '../../lib/sites';
import { setupSiteScripts } from './sites';

/** The toolbar badge: the number of claims on the tab's page, empty when none or off. */
async function setBadge(tabId: number, count: number, enabled: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: enabled && count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#3b3f8f' });
}

/** The settings that apply to a content script's page, from the one validated settings item. */
async function pageSettings(url: string | undefined): Promise<PageSettings> {
  const settings = await getSettings();
  let host = '';
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    host = '';
  }
  const { categories, style, trigger, showMath, reportButton } = settings;
  // The demo and benchmark builds serve their sample pages on 127.0.0.1; production builds never do.
  const listed = isDefaultNewsHost(host) || (__ICE_LOCAL__ && (host === '127.0.0.1' || host === 'localhost'));
  return { enabled: host !== '' && isEnabledOn(settings, host, listed), categories, style, trigger, showMath, reportButton };
}

async function sendToActiveTab(message: Message): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

export default defineBackground(() => {
  setupSiteScripts();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own pages and content scripts talk to us; anything else, or any malformed message, is ignored.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'page-report' && sender.tab?.id !== undefined) {
      void setBadge(sender.tab.id, message.report.claims.length, message.report.enabled);
    } else if (message?.type === 'get-page-settings') {
      return pageSettings(sender.url);
    } else if (message?.type === 'load-card' && sender.tab?.id !== undefined && /^https?:/.test(sender.url ?? '')) {
      // Only a content script in a web page asks for the card; our own pages never need it.
      return browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/card.js'] }).then(() => true);
    } else if (message?.type === 'detect' && sender.tab?.id !== undefined) {
      // Detection runs here, off the page's thread, with the detector warm from page to page.
      const { text, articleDate, topic } = message;
      return Promise.resolve(detectClaims(text, { articleDate, ...(topic ? { topic } : {}) }));
    } else if (message?.type === 'get-context') {
      // The page being read is never its own evidence: its address goes in with the claim.
      return Promise.resolve(buildContext(message.claim, { articleDate: message.articleDate, data, claims: message.others, page: { url: sender.url ?? null } }));
    }
    return undefined;
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'next-claim') void sendToActiveTab({ type: 'step-claim', direction: 1 });
    if (command === 'previous-claim') void sendToActiveTab({ type: 'step-claim', direction: -1 });
  });

  if (__ICE_E2E__) {
    // WebDriver BiDi cannot open moz-extension:// pages, so the test build opens them itself.
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: false });
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html'), active: false });
    });
  }
});
