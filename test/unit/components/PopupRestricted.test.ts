import { describe, expect, it } from 'vitest';
import { isRestrictedUrl } from '../../../entrypoints/popup/restricted';

describe('isRestrictedUrl (pages where no extension may run)', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'about:addons',
    'edge://settings',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/options.html',
    'view-source:https://www.nytimes.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
  ])('%s is restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });
  it.each(['https://www.nytimes.com/2019/06/18/us/ice.html', 'http://example.com/', 'https://google.com/webstore-news'])('%s is not', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});
