// passim's clusters as story proposals (issue 12, item 6): each cluster of two or more known
// articles becomes a proposal (source 'passim') that goes through the same review as the
// near-duplicate grouping. Ids are the ones `retold export --passim` wrote
// (`retold-<id>-<hash>`, passim-export.ts): an id whose version is gone or now holds other
// text is looked up by its content hash, and otherwise reported as unknown. Only unsorted
// articles (alone in their story) are proposed; the others are counted and left alone.
import type { Library } from '../../db';
import { contentHashOf, versionsByHashPrefix } from '../../db/version-stream';
import { readPassimClusters } from './passim-clusters';
import { rebuildProposal } from './regroup';
import { storeProposals } from './review';
import type { StoryProposal } from './types';

/** What reading passim's clusters did. */
export interface PassimImport {
  clusters: number;
  passages: number;
  proposals: number;
  articles: number;
  /** Known articles left out: not alone in their story, or in a pending grouping proposal. */
  skipped: number;
  /** Ids that name no article of this library (the first few, and how many). */
  unknownIds: string[];
  unknownCount: number;
  /** Documents passim put in several clusters (each kept in its largest share). */
  inSeveral: number;
}

/** Unknown ids listed by name; the rest are counted. */
export const PASSIM_IMPORT = { listedUnknown: 20 } as const;

const ID = /^retold-(\d+)-([0-9a-f]+)$/;

/** The library version an exported passim id names, or null. */
export function resolvePassimId(lib: Library, id: string): number | null {
  const m = ID.exec(id);
  if (!m) return null;
  const [, vid, hash] = m as unknown as [string, string, string];
  if (contentHashOf(lib.db, Number(vid))?.startsWith(hash)) return Number(vid);
  const byHash = versionsByHashPrefix(lib.db, hash);
  return byHash.length === 1 ? (byHash[0] ?? null) : null;
}

/** Only unsorted articles can be proposed (db/proposals.ts checks again when storing). */
function isUnsorted(lib: Library, versionId: number): boolean {
  const v = lib.getVersionSummary(versionId);
  return lib.getStory(v.storyId).versionCount === 1;
}

/**
 * Reads passim's output at `input` (a file or its out.json folder) and stores its clusters as
 * pending proposals, replacing earlier passim proposals. Malformed records stop the import
 * before anything is stored, with the file and line in the message.
 */
export async function importPassimClusters(lib: Library, input: string): Promise<PassimImport> {
  const read = await readPassimClusters(input);
  const unknown: string[] = [];
  let skipped = 0;
  const proposals: StoryProposal[] = [];
  for (const [cluster, docs] of read.clusters) {
    const ids: number[] = [];
    for (const doc of docs) {
      const v = resolvePassimId(lib, doc);
      if (v === null) unknown.push(doc);
      else if (ids.includes(v)) continue;
      else if (isUnsorted(lib, v)) ids.push(v);
      else skipped += 1;
    }
    if (ids.length < 2) {
      skipped += ids.length;
      continue;
    }
    const reason = {
      kind: 'passim' as const,
      text: `passim found shared passages among these ${ids.length} articles (cluster ${cluster})`,
    };
    proposals.push(rebuildProposal(lib, ids, 'passim', [reason]));
  }
  const stored = storeProposals(lib, 'passim', proposals);
  return {
    clusters: read.clusters.size,
    passages: read.passages,
    proposals: stored.proposals,
    articles: stored.articles,
    skipped: skipped + stored.skipped,
    unknownIds: unknown.slice(0, PASSIM_IMPORT.listedUnknown),
    unknownCount: unknown.length,
    inSeveral: read.inSeveral,
  };
}
