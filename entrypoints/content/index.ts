import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: NEWS_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.iceContext = 'ready';
  },
});
