/** Timers for the content script's collaborators, on vitest's fake clock. */
import type { Timers } from '../../../entrypoints/content/timers';

export const fakeTimers: Timers = {
  setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
  requestAnimationFrame: (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number,
};
