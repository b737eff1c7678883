/**
 * `npm start`: builds the demo flavour of the extension (which also runs on 127.0.0.1), serves the
 * bundled sample articles on 127.0.0.1 and opens Chromium with the extension on the first one.
 * Without a display it says so and prints the terminal report of the same article instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer } from '../test/e2e/support/server';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_PAGE = 'pages/seed-000-ice-7000-deportations.html';
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`ICE Context: \`${[cmd, ...args].join(' ')}\` failed.`);
    process.exit(r.status ?? 1);
  }
}

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay || !chromium) {
  console.log(
    !hasDisplay
      ? 'ICE Context: no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open.'
      : 'ICE Context: Chromium was not found (install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH).',
  );
  console.log('Printing the terminal report of the demo article instead:\n');
  run(bin('tsx'), ['scripts/annotate.ts', join('test/fixtures', DEMO_PAGE)]);
  process.exit(0);
}

run(bin('wxt'), ['build'], { ICE_CONTEXT_DEMO: '1' });
const extension = join(ROOT, '.output/chrome-mv3-demo');
const server = await startFixtureServer();
const url = `http://127.0.0.1:${server.port}/${DEMO_PAGE}`;
console.log(`ICE Context: serving the sample articles at http://127.0.0.1:${server.port}/pages/ — opening ${url}`);
const browser = spawn(
  chromium,
  [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'ice-context-demo-'))}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    url,
  ],
  { stdio: 'inherit' },
);
browser.on('exit', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => browser.kill());
