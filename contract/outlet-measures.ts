// The measures of the outlets view (contract/outlet-methods.ts), kept apart from the zod
// schemas so the renderer can import the names and words without bundling zod.

/**
 * What the view counts for each reprint (a non-base version against its story's base). The
 * order is the order of the charts and of the CSV's columns.
 */
export const OUTLET_MEASURES = [
  'creditDropped',
  'endingTrimmed',
  'quotesAltered',
  'quotesDropped',
  'sourcesAdded',
  'sourcesDropped',
] as const;

/** One counted measure (see OUTLET_MEASURE_WORDS). */
export type OutletMeasure = (typeof OUTLET_MEASURES)[number];

/** How each measure is named in the UI and the CSV, and what it means. */
export const OUTLET_MEASURE_WORDS: Record<OutletMeasure, { title: string; means: string }> = {
  creditDropped: {
    title: 'Drops the agency or outlet credit',
    means: 'a credit of the base (“(AP)”, “Reuters contributed”, a copyright line) is gone',
  },
  endingTrimmed: {
    title: 'Trims the ending',
    means: 'the base’s last paragraph is not in the reprint',
  },
  quotesAltered: {
    title: 'Alters quotes',
    means: 'a quotation is trimmed, altered, paraphrased or credited to someone else',
  },
  quotesDropped: { title: 'Drops quotes', means: 'a quotation of the base is gone' },
  sourcesAdded: { title: 'Adds sources', means: 'an attribution the base does not have' },
  sourcesDropped: { title: 'Drops sources', means: 'an attribution of the base is gone' },
};
