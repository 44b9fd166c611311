import type { Database } from 'better-sqlite3';
import { FOLDED_INDEXES, foldedTriggersSql, refoldIndex, registerSearchFold } from '../search-fold';

/**
 * Search finds US/UK spelling variants (issue 11): "behaviour" finds "behavior" and the
 * reverse, as the comparison folds them. Each full-text index (versions, notes on findings,
 * the stories' notes) now holds its text with the engine's spelling fold applied
 * (db/search-fold.ts explains how, and why not by expanding the query); this migration swaps
 * the triggers for folding ones and rebuilds each index from its table, so a library made
 * before finds variants in everything it already holds.
 */
export function up(db: Database): void {
  registerSearchFold(db);
  for (const ix of FOLDED_INDEXES) {
    db.exec(foldedTriggersSql(ix));
    refoldIndex(db, ix);
  }
}
