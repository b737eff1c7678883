import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { iceDataset } from './scripts/vite-dataset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), iceDataset()] }),
});
