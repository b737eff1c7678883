/** Dates for readers, in the news desk's abbreviations (AP style): "Dec. 20, 2018", "June 2019". */

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The month's name as a news desk abbreviates it, for month 1-12. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** A publication date as precise as it is known: "Dec. 20, 2018", "Dec. 2019", "2019". */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-');
  if (!m) return y!;
  const month = monthName(Number(m));
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}
