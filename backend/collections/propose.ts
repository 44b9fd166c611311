// "Group my unsorted articles" (issue 12, item 3): proposed stories for the versions alone in
// their story, each with its presumed original and why. Nothing moves here; the review screen
// (grouping-handlers.ts) stores the proposals and the user accepts, splits or merges them.
//
// (1) Candidates: LSH buckets of the near-duplicate index, kept when their signatures
//     estimate enough shared wording (candidates.ts). No text is read.
// (2) Candidate components bound the work: each is read, verified and released before the
//     next, so memory holds one component's texts, never the library's.
// (3) Verified edges: a candidate pair is an edge when the engine finds either text derived
//     from the other (verify.ts); independent reports of the same event are not.
// (4) Groups: connected components of verified edges. Connectedness alone chains through a
//     hub (a round-up that quotes two unrelated wire stories joins them), so the original is
//     chosen (original.ts) and only the articles that are copies of the original itself stay;
//     the rest are grouped again among themselves, up to GROUPING.rounds times.
import type { Library } from '../../db';
import { unsortedVersionIds } from '../../db/unsorted';
import type { TextRelation } from '../../engine/relations/derivation/relate';
import { candidateSteps, SignatureCache, type CandidatePair } from './candidates';
import { components } from './components';
import { chooseOriginal } from './original';
import type { ProposalMember, StoryProposal } from './types';
import { isCopy, ProfileCache, relateVersions, type Profiled } from './verify';

/** Tuning of grouping. */
export const GROUPING = {
  /**
   * How many times the articles a group's original did not vouch for are grouped again among
   * themselves: a hub can join two or three stories; beyond that they stay unsorted.
   */
  rounds: 3,
} as const;

/** Progress of a grouping run: candidate components verified so far of all, and articles. */
export interface GroupingProgress {
  /** Reading the near-duplicate index, or comparing the candidates' texts. */
  stage: 'candidates' | 'verifying';
  done: number;
  total: number;
  /** Articles examined so far: those with no candidate at once, the others as verified. */
  articlesDone: number;
  /** The articles being grouped. */
  articles: number;
}

/** Options of proposeStories. */
export interface ProposeOptions {
  /** Group only these versions (default: every unsorted version). */
  versionIds?: readonly number[];
  onProgress?: (p: GroupingProgress) => void;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Verified relations of one candidate component, by ordered pair. */
class Relations {
  private readonly known = new Map<string, TextRelation>();
  constructor(private readonly profiles: ProfileCache) {}

  /** How `b` relates to `a` (computed once per pair, whichever way it is asked). */
  get(a: number, b: number): TextRelation {
    const r = this.known.get(`${a}:${b}`);
    if (r) return r;
    const back = this.known.get(`${b}:${a}`);
    if (back) {
      return { aInB: back.bInA, bInA: back.aInB, bFromA: back.aFromB, aFromB: back.bFromA };
    }
    const fresh = relateVersions(this.profiles, a, b);
    this.known.set(`${a}:${b}`, fresh);
    return fresh;
  }
}

/** The proposal for a group whose original is `originalId`. */
function proposalOf(
  lib: Library,
  group: readonly Profiled[],
  index: number,
  reasons: StoryProposal['reasons'],
  rel: Relations,
): StoryProposal {
  const original = group[index] as Profiled;
  const id = original.version.id;
  const members: ProposalMember[] = group.map((m): ProposalMember => {
    if (m === original) {
      return { versionId: id, containedInOriginal: null, containsOriginal: null, derivation: null };
    }
    const r = rel.get(id, m.version.id);
    return {
      versionId: m.version.id,
      containedInOriginal: round(r.bInA),
      containsOriginal: round(r.aInB),
      derivation: r.bFromA.label,
    };
  });
  members.sort((a, b) =>
    a.versionId === id ? -1 : b.versionId === id ? 1 : a.versionId - b.versionId,
  );
  const title = original.version.title?.trim() || lib.getStory(original.version.storyId).title;
  return { title, originalId: id, reasons, members, source: 'near-duplicates' };
}

/**
 * Groups within one candidate component (see the header, points 3 and 4). Pauses (yields)
 * after each pair the engine compares: a component of a wire story with hundreds of reprints
 * takes seconds, and the backend's job must answer calls in between.
 */
function* groupComponent(
  lib: Library,
  nodes: readonly number[],
  pairs: readonly CandidatePair[],
  profiles: ProfileCache,
): Generator<void, StoryProposal[]> {
  const rel = new Relations(profiles);
  const edges: (readonly [number, number])[] = [];
  for (const p of pairs) {
    if (isCopy(rel.get(p.a, p.b))) edges.push([p.a, p.b]);
    yield;
  }
  const out: StoryProposal[] = [];
  let left = new Set(nodes);
  for (let r = 0; r < GROUPING.rounds && left.size > 1; r += 1) {
    const next = new Set<number>();
    const live = edges.filter(([a, b]) => left.has(a) && left.has(b));
    for (const ids of components(left, live)) {
      if (ids.length < 2) continue;
      const group = ids.map((id) => profiles.get(id));
      const { index, reasons } = chooseOriginal(group);
      const originalId = ids[index] ?? 0;
      const kept: Profiled[] = [];
      for (const g of group) {
        if (g.version.id === originalId || isCopy(rel.get(originalId, g.version.id))) kept.push(g);
        yield;
      }
      for (const g of group) if (!kept.includes(g)) next.add(g.version.id);
      if (kept.length < 2) continue;
      const at = kept.findIndex((g) => g.version.id === originalId);
      // the reasons were given for the whole component: recompute them for what stays
      const final = kept.length === group.length ? { index: at, reasons } : chooseOriginal(kept);
      out.push(proposalOf(lib, kept, final.index, final.reasons, rel));
    }
    left = next;
  }
  return out;
}

/**
 * The grouping as steps: yields its progress every few hundred candidate pairs estimated and
 * after each pair of texts compared, and returns the proposals. A caller can pause between steps (the
 * backend's job yields to the event loop there, so the server answers other calls) or stop.
 */
export function* proposeSteps(
  lib: Library,
  versionIds?: readonly number[],
): Generator<GroupingProgress, StoryProposal[]> {
  const ids = versionIds ?? unsortedVersionIds(lib.db);
  const sigs = new SignatureCache(lib);
  const finding = candidateSteps(lib, new Set(ids), sigs);
  let found = finding.next();
  for (; !found.done; found = finding.next())
    yield { stage: 'candidates', done: 0, total: 0, articlesDone: 0, articles: ids.length };
  const pairs = found.value;
  const byNode = new Map<number, CandidatePair[]>();
  for (const p of pairs) {
    const list = byNode.get(p.a) ?? [];
    list.push(p);
    byNode.set(p.a, list);
  }
  const nodes = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const comps = components(
    nodes,
    pairs.map((p) => [p.a, p.b] as const),
  );
  const profiles = new ProfileCache(lib);
  const out: StoryProposal[] = [];
  // articles with no candidate are examined once the candidates are known
  let articlesDone = ids.length - nodes.size;
  yield { stage: 'verifying', done: 0, total: comps.length, articlesDone, articles: ids.length };
  for (const [i, comp] of comps.entries()) {
    const inComp = comp.flatMap((id) => byNode.get(id) ?? []);
    const grouping = groupComponent(lib, comp, inComp, profiles);
    const now = {
      stage: 'verifying',
      done: i,
      total: comps.length,
      articlesDone,
      articles: ids.length,
    } as const;
    for (let step = grouping.next(); ; step = grouping.next()) {
      if (step.done) {
        out.push(...step.value);
        break;
      }
      yield now;
    }
    profiles.clear();
    articlesDone += comp.length;
    yield {
      stage: 'verifying',
      done: i + 1,
      total: comps.length,
      articlesDone,
      articles: ids.length,
    };
  }
  return out.sort((a, b) => b.members.length - a.members.length || a.originalId - b.originalId);
}

/**
 * Proposed stories for the unsorted articles (or `options.versionIds`): largest first, then by
 * original id. Deterministic for a given library. Reads the texts of candidate articles only.
 * Runs to the end in one go (the CLI, benchmarks); the backend runs proposeSteps as a job.
 */
export function proposeStories(lib: Library, options: ProposeOptions = {}): StoryProposal[] {
  const steps = proposeSteps(lib, options.versionIds);
  let last: GroupingProgress | null = null;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    // the pauses inside a component repeat its progress: report each change once
    if (step.value !== last) options.onProgress?.((last = step.value));
  }
}
