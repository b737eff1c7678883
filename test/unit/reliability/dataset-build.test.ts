/**
 * A dataset record that breaks the schema fails the build with its file and line: the real data/
 * is copied to a temporary directory, one record is broken, and the build's own Vite plugin (and a
 * real Vite build through it) must refuse it, naming the record.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { iceDataset } from '../../../scripts/vite-dataset';

const DATA = resolve(import.meta.dirname, '../../../data');
const FILE = 'figures/removals.jsonl';
const RESOLVED = '\0virtual:ice-dataset';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** data/ copied, with line `line` (1-based) of FILE passed through `edit`. */
function brokenCopy(line: number, edit: (record: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ice-data-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, FILE);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(path, lines.join('\n'));
  return dir;
}

/** Runs the plugin's loader as Vite would. */
function load(dir: string): unknown {
  const plugin = iceDataset(dir);
  const loader = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => unknown;
  return loader.call({ addWatchFile: () => undefined }, RESOLVED);
}

describe('a broken dataset record fails the build, named by file and line', () => {
  it('the untouched copy loads', () => {
    const dir = brokenCopy(1, (r) => r);
    expect(String(load(dir))).toMatch(/^export default JSON\.parse/);
  });

  it.each([
    ['a value that is a string', 3, (r: string) => r.replace(/"value": ?[\d.]+/, '"value": "many"'), /value/],
    ['a missing source', 4, (r: string) => r.replace(/"source": ?"[^"]+"/, '"source": "nowhere-at-all"'), /nowhere-at-all/],
    ['a record cut in half', 5, (r: string) => r.slice(0, Math.floor(r.length / 2)), /JSON|json|Unexpected|Unterminated/],
    ['an unknown field', 6, (r: string) => r.replace(/^\{/, '{"invented": 1, '), /invented/],
    ['a quote that does not state the value', 7, (r: string) => r.replace(/"quote": ?"[^"]*"/, '"quote": "no number here"'), /quote/],
  ])('%s (line %i)', (_what, line, edit, detail) => {
    const dir = brokenCopy(line, edit);
    let message = '';
    try {
      load(dir);
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toMatch(new RegExp(`${FILE.replace('.', '\\.')}:${line}\\b`));
    expect(message).toMatch(detail);
  });

  it('a real Vite build through the plugin stops with the record’s name', async () => {
    const dir = brokenCopy(3, (r) => r.replace(/"period": ?"[^"]+"/, '"period": "sometime"'));
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import data from 'virtual:ice-dataset';\nexport default data;\n");
    let message = '';
    try {
      await build({
        configFile: false,
        logLevel: 'silent',
        root: dir,
        plugins: [iceDataset(dir)],
        build: { write: false, lib: { entry, formats: ['es'], fileName: 'out' }, minify: false },
      });
    } catch (e) {
      message = String((e as Error).message);
    }
    expect(message).toMatch(/The dataset in data\/ is invalid/);
    expect(message).toMatch(/figures\/removals\.jsonl:3\b.*period/);
  });
});
