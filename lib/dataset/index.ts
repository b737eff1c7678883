/**
 * The bundled dataset, parsed and checked at build time (scripts/vite-dataset.ts), with its query
 * API. The only importer of data/.
 */
import dataset from 'virtual:ice-dataset';
import { createQuery } from './query';

export const data = createQuery(dataset);
export type { DatasetQuery, FigureRef } from './query';
