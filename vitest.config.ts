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
  },
});
