import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseMessage, type PageReport } from '../../lib/messaging';
import { NEWS_MATCHES, isDefaultNewsHost } from '../../lib/sites';
import { getSettings } from '../../lib/settings/storage';
import { isEnabledOn } from '../../lib/settings/schema';

export default defineContentScript({
  matches: NEWS_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await getSettings();
    const enabled = isEnabledOn(settings, location.hostname, isDefaultNewsHost(location.hostname));
    const report: PageReport = { url: location.href, date: null, enabled, counts: {}, claims: [] };

    const onMessage = (raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type === 'get-report') return Promise.resolve(report);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await browser.runtime.sendMessage({ type: 'page-report', report }).catch(() => undefined);
  },
});
