import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildContext } from '../../lib/context';
import { detectClaims } from '../../lib/detect';
import { data } from '../../lib/dataset';
import { parseMessage, REPLY_CHECKS, type MessageType, type PageSettings, type Replies, type Request } from '../../lib/messaging';
import { requester } from '../../lib/messaging/request';
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

async function sendToActiveTab(message: Request<'step-claim'>): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  await requester((m) => browser.tabs.sendMessage(tabId, m), REPLY_CHECKS)(message).catch(() => undefined);
}

type Sender = Browser.runtime.MessageSender;
/** How the background answers each message type (undefined: not for the background, or not from there). */
type Handlers = { [K in MessageType]?: (message: Request<K>, sender: Sender) => Replies[K] | Promise<Replies[K]> | undefined };

const handlers: Handlers = {
  'page-report': (message, sender) => {
    if (sender.tab?.id !== undefined) void setBadge(sender.tab.id, message.report.claims.length, message.report.enabled);
    return undefined;
  },
  'get-page-settings': (_message, sender) => pageSettings(sender.url),
  'load-card': (_message, sender) => {
    // Only a content script in a web page asks for the card; our own pages never need it.
    if (sender.tab?.id === undefined || !/^https?:/.test(sender.url ?? '')) return undefined;
    return browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/card.js'] }).then(() => true);
  },
  // Detection runs here, off the page's thread, with the detector warm from page to page.
  detect: ({ text, articleDate, topic }, sender) =>
    sender.tab?.id === undefined ? undefined : Promise.resolve(detectClaims(text, { articleDate, ...(topic ? { topic } : {}) })),
  // The page being read is never its own evidence: its address goes in with the claim.
  'get-context': (message, sender) =>
    Promise.resolve(buildContext(message.claim, { articleDate: message.articleDate, data, claims: message.others, page: { url: sender.url ?? null } })),
};

/** The handler's answer to a parsed message (typed by its message type). */
function answer<K extends MessageType>(message: Request<K>, sender: Sender): Replies[K] | Promise<Replies[K]> | undefined {
  const handle = handlers[message.type] as ((m: Request<K>, s: Sender) => Replies[K] | Promise<Replies[K]> | undefined) | undefined;
  return handle?.(message, sender);
}

export default defineBackground(() => {
  setupSiteScripts();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own pages and content scripts talk to us; anything else, or any malformed message, is ignored.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const reply = answer(message, sender);
    // A promise is the answer (webextension-polyfill); anything else answered at once, or not at all.
    return reply === undefined || reply instanceof Promise ? reply : Promise.resolve(reply);
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
