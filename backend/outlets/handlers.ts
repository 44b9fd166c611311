// Handlers of the outlets view (contract/outlet-methods.ts), spread into backend/handlers.ts.
import type { Library, PairSummaryRow } from '../../db';
import type { Handlers } from '../handlers';
import { outletTotals, outletsCsv, reprintsOf } from './aggregate';
import { refreshAll, refreshOutletSummaries, summaryState } from './refresh';

/** File name of the outlets CSV. */
export const OUTLETS_FILENAME = 'retold-outlets.csv';

/** Stored reprints of stories whose summary is current, and the progress of the rest. */
export function currentRows(library: Library): {
  rows: PairSummaryRow[];
  progress: { total: number; pending: number };
} {
  const { current, stale } = summaryState(library);
  const skip = new Set(stale);
  const rows = library.outlets.rows().filter((r) => !skip.has(r.storyId));
  return { rows, progress: { total: current.size, pending: stale.length } };
}

/** The outlets CSV of the whole library, summarising what is stale first. */
export function libraryOutletsCsv(
  library: Library,
  bom = false,
): { text: string; outlets: number } {
  refreshAll(library);
  const totals = outletTotals(currentRows(library).rows);
  return { text: outletsCsv(totals, { bom }), outlets: totals.length };
}

/** The handlers of the outlets view. */
export const outletHandlers: Pick<
  Handlers,
  'outlets.refresh' | 'outlets.summary' | 'outlets.reprints' | 'outlets.csv'
> = {
  'outlets.refresh': (ctx, { budgetMs }) => refreshOutletSummaries(ctx.library, budgetMs),
  'outlets.summary': (ctx) => {
    const { rows, progress } = currentRows(ctx.library);
    return { outlets: outletTotals(rows), progress };
  },
  'outlets.reprints': (ctx, { outlet, measure }) => ({
    reprints: reprintsOf(currentRows(ctx.library).rows, outlet, measure).map((r) => ({
      storyId: r.storyId,
      storyTitle: r.storyTitle,
      version: r.version,
      baseVersion: r.baseVersion,
      similarity: r.similarity,
      counts: {
        creditDropped: r.creditDropped,
        endingTrimmed: r.endingTrimmed,
        quotesAltered: r.quotesAltered,
        quotesDropped: r.quotesDropped,
        sourcesAdded: r.sourcesAdded,
        sourcesDropped: r.sourcesDropped,
      },
    })),
  }),
  'outlets.csv': (ctx, { bom }) => ({
    filename: OUTLETS_FILENAME,
    text: libraryOutletsCsv(ctx.library, bom === true).text,
  }),
};
