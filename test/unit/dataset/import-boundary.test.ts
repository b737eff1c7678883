import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

it('keeps the spreadsheet reader and the importer out of what the browser loads', () => {
  const shipped = ['lib', 'components', 'entrypoints'].flatMap((d) => sourceFiles(join(ROOT, d)));
  expect(shipped.length).toBeGreaterThan(20);
  const offenders = shipped.filter((f) => /from ['"](read-excel-file[^'"]*|[./]*scripts\/import[^'"]*)['"]/.test(readFileSync(f, 'utf8')));
  expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
  expect(Object.keys(pkg.dependencies)).not.toContain('read-excel-file');
  expect(Object.keys(pkg.devDependencies)).toContain('read-excel-file');
});
