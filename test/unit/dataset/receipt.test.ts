import { describe, expect, it } from 'vitest';
import { formatReleased, receiptDetail, receiptLine } from '../../../lib/dataset/receipt';
import { parseDataset } from '../../../lib/dataset/parse';
import { ReceiptSchema, type Receipt } from '../../../lib/dataset/schema';

const ICE: Receipt = {
  file: 'FY19-detentionstats.xlsx',
  sha256: '35b0eaf280d5df061b19e23520dfbb436325c3c4e70b72e37b1deb39df532beb',
  sheet: 'Detention FY19',
  table: 'ICE Average Daily Population by Facility Type and Month: FY2019',
  cell: 'N84',
  row: 'Total',
  column: 'FY Overall',
  released: '2019-10',
  url: 'https://www.ice.gov/doclib/detention/FY19-detentionstats.xlsx',
};

describe('receiptLine', () => {
  it('names the publisher, the file, its release, the table and the cell', () => {
    expect(receiptLine(ICE, { publisher: 'ICE', title: 'Detention Statistics FY2019' })).toBe(
      "ICE, Detention Statistics FY2019 (released Oct. 2019), table 'ICE Average Daily Population by Facility Type and Month: FY2019', cell N84",
    );
  });

  it('gives a CSV cell with its row and column, and does not repeat a publisher the title names', () => {
    const csv: Receipt = { file: 'counts.csv', sha256: ICE.sha256, cell: 'E58', row: '2024-06-01', column: 'cbp_usb_encounter_count', released: '2026-08-18', url: 'https://example.org/counts.csv' };
    expect(receiptLine(csv, { publisher: 'Deportation Data Project', title: "CBP's monthly counts, as compiled by the Deportation Data Project" })).toBe(
      "CBP's monthly counts, as compiled by the Deportation Data Project (released Aug. 18, 2026), file counts.csv, cell E58 (row 2024-06-01, column cbp_usb_encounter_count)",
    );
  });

  it('gives the card the part after the source name: release, table and cell', () => {
    expect(receiptDetail(ICE)).toBe("released Oct. 2019, table 'ICE Average Daily Population by Facility Type and Month: FY2019', cell N84");
  });

  it('writes release dates as precisely as known', () => {
    expect(['2026-04-09', '2019-10', '2019'].map(formatReleased)).toEqual(['April 9, 2026', 'Oct. 2019', '2019']);
  });
});

describe('ReceiptSchema', () => {
  it('accepts a cell or a range and refuses other addresses, unknown keys and plain http', () => {
    expect(ReceiptSchema.safeParse(ICE).success).toBe(true);
    expect(ReceiptSchema.safeParse({ ...ICE, cell: 'E2:E13' }).success).toBe(true);
    expect(ReceiptSchema.safeParse({ ...ICE, cell: 'row 84' }).success).toBe(false);
    expect(ReceiptSchema.safeParse({ ...ICE, page: 3 }).success).toBe(false);
    expect(ReceiptSchema.safeParse({ ...ICE, url: 'http://www.ice.gov/x.xlsx' }).success).toBe(false);
  });
});

describe('a figure with a malformed receipt', () => {
  it('fails the dataset, naming the file and line', () => {
    const meta = { name: 'meta.json', text: '{"version": "1.0.0", "asOf": "2026-01-01"}' };
    const metrics = { name: 'metrics/m.json', text: JSON.stringify([{ id: 'removals', name: 'ICE removals', unit: 'removals', aggregation: 'total', category: 'removals', definition: 'Removals by ICE in the period.', countedBy: 'ICE' }]) };
    const sources = { name: 'sources/s.jsonl', text: JSON.stringify({ id: 'ice-fy19', title: 'Detention Statistics FY2019', publisher: 'ICE', url: ICE.url, published: '2019-10', tier: 'agency' }) + '\n' };
    const figure = (receipt: object) => ({ metric: 'removals', period: 'FY2019', value: 267258, unit: 'removals', source: 'ice-fy19', quote: 'Total, Removals: 267,258', receipt });
    const files = (receipt: object) => [meta, metrics, sources, { name: 'figures/f.jsonl', text: JSON.stringify(figure(receipt)) + '\n' }];
    expect(parseDataset(files({ ...ICE, cell: 'P29' })).figures[0]!.receipt!.cell).toBe('P29');
    expect(() => parseDataset(files({ ...ICE, cell: 'P 29' }))).toThrow(/figures\/f\.jsonl:1: receipt\.cell: a cell address/);
    expect(() => parseDataset(files({ ...ICE, sha256: 'abc' }))).toThrow(/figures\/f\.jsonl:1: receipt\.sha256/);
  });
});
