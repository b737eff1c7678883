declare module 'virtual:ice-dataset' {
  import type { Dataset } from '../lib/dataset/schema';
  const dataset: Dataset;
  export default dataset;
}
