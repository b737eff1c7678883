import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { iceDataset } from './scripts/vite-dataset';

/**
 * Suites that need a DOM (views, the content script, page reading, the whole-extension reliability
 * checks) run in happy-dom; every other suite is pure and runs in Node's own environment, so nothing
 * there can lean on a browser global by accident.
 */
const DOM_SUITES = [
  'test/unit/components/**/*.test.{ts,tsx}',
  'test/unit/content/**/*.test.{ts,tsx}',
  'test/unit/page/**/*.test.{ts,tsx}',
  'test/unit/reliability/**/*.test.{ts,tsx}',
];

export default defineConfig({
  plugins: [WxtVitest(), preact(), iceDataset()],
  test: {
    setupFiles: ['test/setup/fast-check.ts'],
    // Property tests and whole-article runs take seconds on a busy 2-core machine: time-outs here
    // catch hangs, not slowness (speed lives in the printed benchmarks).
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: DOM_SUITES } },
      { extends: true, test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.{ts,tsx}'], exclude: DOM_SUITES } },
    ],
  },
});
