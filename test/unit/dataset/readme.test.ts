import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { dataReadme } from '../../../scripts/data-readme';

it('data/README.md is generated from the current data (run `npm run data:readme`)', () => {
  const onDisk = readFileSync(resolve(import.meta.dirname, '../../../data/README.md'), 'utf8');
  expect(onDisk === dataReadme(), 'data/README.md is stale: run `npm run data:readme`').toBe(true);
});
