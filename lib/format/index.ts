/** Numbers and words for readers, written once: the card engine, the card and the CLI use these. */
export { formatChange, formatCount, formatDollars, formatPercent, formatRatio, formatTimes, relativeTo, round1, shareOf, TIMES_ABOVE } from './number';
export { magnitudeOf, midSentence, sentence, splitFirstSentence, withUnit } from './words';
export { formatPublished, monthName } from './date';
export { claimAmount, claimAsRead } from './claim';
