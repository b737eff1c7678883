import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_MATCHES } from '../../lib/sites';
import { ContentApp } from './app';
import './highlights.css';

export default defineContentScript({
  matches: NEWS_MATCHES,
  runAt: 'document_idle',
  // Page-level CSS holds only ::highlight() rules; the card's CSS goes into our shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    await new ContentApp(ctx).start();
  },
});
