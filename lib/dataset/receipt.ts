/**
 * The source line a card shows for a figure read by code from an agency's file: who, which file and
 * release, and where in it ("ICE, Detention Statistics FY2019 (released Oct. 2019), table '…', cell N84").
 */
import { formatDate } from './period';
import type { Receipt, Source } from './schema';

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A release date for readers: "April 9, 2026", "Oct. 2019" or "2019", as precise as known. */
export function formatReleased(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso);
  if (/^\d{4}-\d{2}$/.test(iso)) return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return iso;
}

/** Where in its file a figure sits: "table '…', cell N84", or for a CSV file its cell, row and column. */
function place(receipt: Receipt): string {
  return receipt.table
    ? `table '${receipt.table}', cell ${receipt.cell}`
    : `file ${receipt.file}, cell ${receipt.cell} (row ${receipt.row}, column ${receipt.column})`;
}

/**
 * What a card adds after the source's name: "released Oct. 2019, table '…', cell N84" (the card reads
 * "ICE: Detention Statistics FY2019 (released Oct. 2019, table '…', cell N84)", linked to the file).
 */
export function receiptDetail(receipt: Receipt): string {
  return `released ${formatReleased(receipt.released)}, ${place(receipt)}`;
}

/** The whole source line for a figure with a receipt, for text reports; linked to `receipt.url`. */
export function receiptLine(receipt: Receipt, source: Pick<Source, 'publisher' | 'title'>): string {
  // A title that already names its publisher ("…, as compiled by the Deportation Data Project") stands alone.
  const who = source.title.includes(source.publisher) ? source.title : `${source.publisher}, ${source.title}`;
  return `${who} (released ${formatReleased(receipt.released)}), ${place(receipt)}`;
}
