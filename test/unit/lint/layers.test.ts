/**
 * The layer rules of eslint.config.js, proven: each probe is a file at a path inside a layer, linted
 * with the project's own config; the ones that break a rule must fail with it, the allowed ones pass.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The layer-rule messages for `code` as if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'ice/layers').map((m) => m.message);
}

const probes: [rule: string, path: string, code: string, breaks: boolean][] = [
  ['detect: not the card engine', 'lib/detect/__probe__.ts', "import { buildContext } from '../context';\nexport const x = buildContext;", true],
  ['detect: not a component', 'lib/detect/frame/__probe__.ts', "import { Card } from '../../../components/Card';\nexport const x = Card;", true],
  ['detect: not node:fs', 'lib/detect/__probe__.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", true],
  ['detect: not the page layer', 'lib/detect/__probe__.ts', "export { extractText } from '../page/extract';", true],
  ['detect: its own folder, rules, categories, frame types, language pack', 'lib/detect/lang/__probe__.ts', "import type { Category } from '../../categories';\nimport { getRule } from '../../rules';\nimport type { ClaimFrame } from '../../frame';\nimport { unitOf } from '../units';\nexport type X = [Category, ClaimFrame, typeof getRule, typeof unitOf];", false],
  ['context: no DOM code', 'lib/context/__probe__.ts', "import { extractText } from '../page/extract';\nexport const x = extractText;", true],
  ['context: no storage', 'lib/context/__probe__.ts', "import { getSettings } from '../settings/storage';\nexport const x = getSettings;", true],
  ['context: no messaging', 'lib/context/__probe__.ts', "import type { Message } from '../messaging';\nexport type X = Message;", true],
  ['context: no extension API', 'lib/context/__probe__.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;", true],
  ['context: the dataset and the detector’s types', 'lib/context/__probe__.ts', "import type { Claim } from '../detect/types';\nimport { parsePeriod } from '../dataset/period';\nexport type X = [Claim, typeof parsePeriod];", false],
  ['components: not entrypoint code', 'components/__probe__.tsx', "import { ContentApp } from '../entrypoints/content/app';\nexport const x = ContentApp;", true],
  ['components: not the dataset bundle', 'components/__probe__.tsx', "import { data } from '../lib/dataset';\nexport const x = data;", true],
  ['components: not the data files', 'components/__probe__.tsx', "import meta from '../data/meta.json';\nexport const x = meta;", true],
  ['components: types and pure helpers are fine', 'components/__probe__.tsx', "import type { DatasetQuery } from '../lib/dataset';\nimport { formatPeriod } from '../lib/dataset/period';\nexport type X = [DatasetQuery, typeof formatPeriod];", false],
];

describe('layers by direction (eslint.config.js)', () => {
  it.each(probes)('%s', async (_rule, path, code, breaks) => {
    const errors = await layerErrors(path, code);
    if (breaks) expect(errors.length, `${path} should break a layer rule`).toBeGreaterThan(0);
    else expect(errors).toEqual([]);
  });

});
