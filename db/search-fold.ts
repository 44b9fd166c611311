// The spelling fold in the library's full-text indexes. SQLite's tokenizer cannot be extended
// from JavaScript, so the fold happens before the tokenizer: the triggers that keep each FTS5
// index in step with its table index `retold_fold(text)` instead of the text (a new version's
// entry is written by db/version-insert.ts itself, from foldForSearch), and the query
// is folded the same way (fts-query.ts). The tables stay external-content tables over the
// original text, so snippets show the words as imported: the fold rewrites each word into
// one word at the same position (engine/text/search-fold.ts), which is what snippet() needs
// to mark the right words.
//
// We chose this over expanding each query word into its variants ("behaviour" OR "behavior"):
// the engine's fold goes one way (UK → US) and is partly a rule (-ise → -ize), so listing the
// variants of a typed word would need a second, reversed table that could drift from it.
//
// Every connection that writes must have the function: openDatabase and the migration that
// introduced it register it. A connection without it cannot change or delete a version or a
// note (SQLite says "no such function"), so a stray writer fails loudly instead of leaving an
// unfolded entry; versions are only ever inserted by db/version-insert.ts.
// `INSERT INTO fts(fts) VALUES('rebuild')` would index the unfolded text: use refoldIndex.
import type { Database as Db } from 'better-sqlite3';
import { foldForSearch } from '../engine/text/search-fold';

/** The SQL function name the index triggers call. */
export const FOLD_FUNCTION = 'retold_fold';

/**
 * Registers `retold_fold(text)` on a connection (deterministic; NULL stays NULL), unless it
 * has it already: SQLite refuses to redefine a function while a statement runs, as during the
 * migration transaction that openDatabase starts after registering it.
 */
export function registerSearchFold(db: Db): void {
  if (hasSearchFold(db)) return;
  db.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : value,
  );
}

function hasSearchFold(db: Db): boolean {
  try {
    db.prepare(`SELECT ${FOLD_FUNCTION}(NULL)`);
    return true;
  } catch {
    return false;
  }
}

/** One external-content FTS5 index and the table it indexes. */
interface FoldedIndex {
  fts: string;
  table: string;
  columns: readonly string[];
}

/** The library's three full-text indexes (migrations 0001 and 0004). */
export const FOLDED_INDEXES: readonly FoldedIndex[] = [
  { fts: 'versions_fts', table: 'versions', columns: ['title', 'outlet', 'text'] },
  { fts: 'finding_notes_fts', table: 'finding_notes', columns: ['body', 'anchor_text'] },
  { fts: 'story_notes_fts', table: 'stories', columns: ['notes'] },
];

const folded = (prefix: string, cols: readonly string[]): string =>
  cols.map((c) => `${FOLD_FUNCTION}(${prefix}.${c})`).join(', ');

/** Trigger names as migrations 0001 and 0004 created them. */
const triggerNames = (ix: FoldedIndex): string[] =>
  ['insert', 'delete', 'update'].map((t) => `${ix.fts}_${t}`);

/** SQL that replaces an index's triggers by ones that index the folded text. */
export function foldedTriggersSql(ix: FoldedIndex): string {
  const cols = ix.columns.join(', ');
  const [ins, del, upd] = triggerNames(ix);
  const remove = `INSERT INTO ${ix.fts}(${ix.fts}, rowid, ${cols})
      VALUES ('delete', old.id, ${folded('old', ix.columns)});`;
  const add = `INSERT INTO ${ix.fts}(rowid, ${cols}) VALUES (new.id, ${folded('new', ix.columns)});`;
  return `
    DROP TRIGGER IF EXISTS ${ins};
    DROP TRIGGER IF EXISTS ${del};
    DROP TRIGGER IF EXISTS ${upd};
    CREATE TRIGGER ${ins} AFTER INSERT ON ${ix.table} BEGIN ${add} END;
    CREATE TRIGGER ${del} AFTER DELETE ON ${ix.table} BEGIN ${remove} END;
    CREATE TRIGGER ${upd} AFTER UPDATE OF ${cols} ON ${ix.table} BEGIN ${remove} ${add} END;`;
}

/** Empties an index and fills it again from its table, folded (for existing libraries). */
export function refoldIndex(db: Db, ix: FoldedIndex): void {
  const cols = ix.columns.join(', ');
  db.exec(`INSERT INTO ${ix.fts}(${ix.fts}) VALUES ('delete-all');`);
  db.exec(
    `INSERT INTO ${ix.fts}(rowid, ${cols}) SELECT id, ${folded(ix.table, ix.columns)} FROM ${ix.table};`,
  );
}
