import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled in by later steps: badge counts, messages, per-site registration.
});
