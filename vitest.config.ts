import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { iceDataset } from './scripts/vite-dataset';

export default defineConfig({
  plugins: [WxtVitest(), preact(), iceDataset()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup/fast-check.ts'],
    // Property tests and whole-article runs take seconds on a busy 2-core machine: time-outs here
    // catch hangs, not slowness (speed lives in the printed benchmarks).
    testTimeout: 60_000,
  },
});
