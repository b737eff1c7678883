/**
 * The bundled dataset, parsed and checked at build time (scripts/vite-dataset.ts) and shipped packed
 * (./compact.ts), with its query API. The only importer of data/.
 */
import packed from 'virtual:ice-dataset';
import { unpackDataset } from './compact';
import { createQuery } from './query';

export const data = createQuery(unpackDataset(packed));
export type { DatasetQuery, FigureRef } from './query';
