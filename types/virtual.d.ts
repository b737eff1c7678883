declare module 'virtual:ice-dataset' {
  import type { PackedDataset } from '../lib/dataset/compact';
  const dataset: PackedDataset;
  export default dataset;
}
