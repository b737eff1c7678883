/** Reads data/ from disk (Node only: the build plugin, the terminal report and tests). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFile } from './parse';

/** Every .json and .jsonl file under `dir`, named relative to it with "/" separators. */
export function readDataFiles(dir: string): DataFile[] {
  const out: DataFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.jsonl?$/.test(entry)) out.push({ name: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
