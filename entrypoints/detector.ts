/**
 * The claim detector, injected by the background into the content script's world the first time a
 * page needs it (its raw text passed the topic gate, or it changed). See entrypoints/content/bridge.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectClaimsInSteps } from '../lib/detect';
import { publishDetector } from './content/bridge';

export default defineUnlistedScript(() => {
  publishDetector({ detectClaimsInSteps });
});
