/**
 * Input limits of the bulk imports, apart from the parsers themselves: the parsers load only when an import
 * runs, while these constants are part of the public API.
 */

/** Limits of `importVCardString`; input beyond them is refused with a ValidationError before any request. */
export const VCARD_LIMITS = {
  /** Characters of the whole input (10 MB of ASCII). */
  maxInputChars: 10_000_000,
  /** Cards in one input. */
  maxCards: 10_000,
  /** Characters of one unfolded property line (a large PHOTO still fits). */
  maxLineChars: 1_000_000,
  /** Properties in one card. */
  maxPropertiesPerCard: 2_000,
} as const;

/** Limits of `importFromCsvString`; larger input is refused with a ValidationError before any request. */
export const CSV_IMPORT_LIMITS = {
  /** Characters of the whole input (10 MB of ASCII). */
  maxInputChars: 10_000_000,
  /** Records (rows after the header). */
  maxRecords: 100_000,
} as const;
