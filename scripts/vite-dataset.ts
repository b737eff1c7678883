/**
 * A Vite plugin that serves data/ as the module `virtual:ice-dataset`, parsed and checked at build
 * time: a malformed dataset fails the build (and the tests) with the names of the bad records. The
 * module holds the packed form (lib/dataset/compact.ts), which lib/dataset/index.ts unpacks.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packDataset, unpackDataset } from '../lib/dataset/compact';
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
      const packed = JSON.stringify(packDataset(dataset));
      // What the extension will unpack must be what was checked, field for field and in order.
      if (JSON.stringify(unpackDataset(JSON.parse(packed))) !== JSON.stringify(dataset)) this.error('the packed dataset does not unpack to the parsed one');
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(packed)});`;
    },
  };
}
