/**
 * The Chromium flags every automated run here uses (end-to-end tests, the benchmark, the real-pages
 * script): no sandbox (containers), no GPU, and none of Chromium's own background traffic or updates,
 * so that what the network and the CPU see is the page and the extension.
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
