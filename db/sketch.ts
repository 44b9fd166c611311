// What the library derives from a version's text before writing it: the content hash (the
// duplicate check, db/hash.ts), the MinHash sketch and its LSH band keys (the near-duplicate
// index, db/minhash.ts), the word count and the text folded for the search index. Pure and without SQLite, so bulk import computes it
// in the import worker beside the reading of each file (backend/ingest/worker.ts), off the main
// thread that writes the batches: these were a quarter of the main thread's time per article
// (bench/bulk-import.bench.ts under --cpu-prof). Writers take it when given, and compute it
// from the text when not, so every other import path stays as it was.
import { foldForSearch } from '../engine/text/search-fold';
import { countWords } from '../engine/text/tokenize';
import { bandKeys, minhashOf, type MinHash } from '../engine/relations/derivation/minhash';
import { contentHash } from './hash';

/** A text's hash, sketch, band keys and word count, all computed from the same text. */
export interface TextSketch {
  contentHash: string;
  minhash: MinHash;
  bandKeys: Int32Array;
  wordCount: number;
  /** The text as the search index holds it (db/search-fold.ts). */
  folded: string;
}

/** The sketch of `text` (what the library would compute when writing it). */
export function sketchText(text: string): TextSketch {
  const minhash = minhashOf(text);
  return {
    contentHash: contentHash(text),
    minhash,
    bandKeys: bandKeys(minhash),
    wordCount: countWords(text),
    folded: foldForSearch(text),
  };
}
