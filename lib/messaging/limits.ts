/** Size limits shared by a message's sender and its schema (a leaf module: no schema library). */

/** The most characters of page text sent to the background's detector in one request. */
export const DETECT_PIECE_CHARS = 500_000;
