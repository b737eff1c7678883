/** DOM side of the detector: readable text with offsets, Ranges back into the page, article date. */
export { extractText, isBlockElement } from './extract';
export type { ExtractOptions, PageBlock, PageText, Segment } from './extract';
export { toOffset, toRange } from './map';
export { findArticleDate, normalizeDate, parseJsonLd, DEFAULT_TIME_ZONE } from './date';
export { exclusionOf, isExcludedElement, isInsideExcluded, UI_HOST_ATTRIBUTE } from './exclude';
export type { Exclusion } from './exclude';
