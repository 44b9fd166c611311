// The numbers people cite: "¶12 of version #3". Analysts quote them in notes and reports, so
// the UI, the CLI and every export must print the same ones; this file is the one definition.
//
// Paragraph ¶n of a version is its n-th block, counted from 1 over EVERY block the engine
// found, boilerplate included. Counting only body paragraphs (as the matrix once did) made a
// number depend on how blocks were classified, so one paragraph had two numbers; a reader of
// the text sees every paragraph, and the block list is fixed by the text alone.
//
// Version #n is the version's `number` (the library's stable per-story number, or the
// position on the command line) and, when a caller gave none, its position in the comparison
// counted from 1.
import type { Block, Comparison, VersionOut } from './types.js';

/**
 * The citable number (¶n, from 1) of block `blockIndex` of a version. Throws RangeError for an
 * index the version does not have: a wrong number is worse than none.
 */
export function paragraphNumber(version: { blocks: readonly Block[] }, blockIndex: number): number {
  if (!Number.isInteger(blockIndex) || blockIndex < 0 || blockIndex >= version.blocks.length) {
    throw new RangeError(`Block ${blockIndex} is not a paragraph of this version.`);
  }
  return blockIndex + 1;
}

/** The paragraph number (¶n) of the block that contains text offset `at`, or null. */
export function paragraphAt(version: { blocks: readonly Block[] }, at: number): number | null {
  const i = version.blocks.findIndex((b) => at >= b.start && at < b.end);
  return i === -1 ? null : paragraphNumber(version, i);
}

/** "¶3" or, for a group of blocks (a split or a merge), "¶3+¶4". */
export function paragraphLabel(
  version: { blocks: readonly Block[] },
  blockIndexes: readonly number[],
): string {
  return blockIndexes.map((b) => `¶${paragraphNumber(version, b)}`).join('+');
}

/** The citable number (#n) of version `index` of a comparison. */
export function versionNumber(
  c: { versions: readonly Pick<VersionOut, 'number'>[] },
  index: number,
): number {
  const v = c.versions[index];
  if (v === undefined) throw new RangeError(`Version ${index} is not in this comparison.`);
  return v.number ?? index + 1;
}

/**
 * Sets `versions[i].number` from `numbers[i]` (a copy; the given comparison is not changed).
 * The copy chain's reasons name versions as "#n" (engine/relations/copy-chain/copy-chain-claims.ts), the
 * numbers they had when compared (a library compares without them, so that one comparison
 * serves every story with the same texts): each "#n" there is renumbered too.
 */
export function withVersionNumbers(c: Comparison, numbers: readonly number[]): Comparison {
  const versions = c.versions.map((v, i) => {
    const n = numbers[i];
    return n === undefined ? v : { ...v, number: n };
  });
  const out: Comparison = { ...c, versions };
  if (c.copyChain) {
    const renumber = new Map<number, number>();
    c.versions.forEach((_, i) => renumber.set(versionNumber(c, i), versionNumber(out, i)));
    out.copyChain = {
      ...c.copyChain,
      entries: c.copyChain.entries.map((e) => ({
        ...e,
        reason: e.reason.replace(/#(\d+)/gu, (token, n: string) => {
          const to = renumber.get(Number(n));
          return to === undefined ? token : `#${to}`;
        }),
      })),
    };
  }
  return out;
}
