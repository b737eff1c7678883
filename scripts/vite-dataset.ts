/**
 * A Vite plugin that serves data/ as the module `virtual:ice-dataset`, parsed and checked at build
 * time: a malformed dataset fails the build (and the tests) with the names of the bad records.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseDataset } from '../lib/dataset/parse';
import { readDataFiles } from '../lib/dataset/node';

const ID = 'virtual:ice-dataset';
const RESOLVED = '\0' + ID;

export function iceDataset(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
  return {
    name: 'ice-dataset',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const f of readDataFiles(dataDir)) this.addWatchFile(resolve(dataDir, f.name));
      const dataset = parseDataset(readDataFiles(dataDir));
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
  };
}
