/**
 * The card's UI (Preact, Floating UI, the card views and their CSS), injected by the background into
 * the content script's world the first time a reader opens a card. See entrypoints/content/bridge.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardLayer } from './content/card-layer';
import { findBridge } from './content/bridge';

export default defineUnlistedScript(() => {
  const bridge = findBridge();
  if (!bridge || bridge.card) return;
  bridge.card = new CardLayer(bridge.ctx, bridge.events);
});
