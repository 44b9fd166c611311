// Sources, figures and names across the whole story (issue 13, item 2): which versions quote
// or credit each source and how, which give each figure and name, and where their values
// disagree. Built from the pairs' own `sources` and `facts` (pair-sources.ts, pair-facts.ts),
// one pass over them, with no extraction of its own: every pair compares the base with one
// version, so the base's findings are the anchors the versions are gathered on.

import type {
  Comparison,
  PairFact,
  SourceUse,
  StoryFact,
  StoryFactMention,
  StorySource,
} from '../../types.js';
import { sameSource, sourceWords } from '../../sources/sources.js';

/** Tuning of the story's lists. */
export const STORY_FACTS = {
  /** Sources compared per name word when gathering (bounds the work on a common word). */
  maxPerWord: 24,
};

/** The story's sources, gathered by name: the same source under two names is one. */
class SourceIndex {
  readonly list: StorySource[] = [];
  private readonly byWord = new Map<string, StorySource[]>();

  /** Records that `version` uses the source `name` as `use` (the first use a version has stays). */
  add(name: string, version: number, use: SourceUse): void {
    const keys = this.keys(name);
    let entry: StorySource | undefined;
    for (const k of keys) {
      const list = this.byWord.get(k) ?? [];
      entry = list.slice(0, STORY_FACTS.maxPerWord).find((s) => sameSource(s.name, name));
      if (entry !== undefined) break;
    }
    if (entry === undefined) {
      entry = { name, versions: [] };
      this.list.push(entry);
      for (const k of keys) this.byWord.set(k, [...(this.byWord.get(k) ?? []), entry]);
    }
    if (!entry.versions.some((u) => u.version === version)) entry.versions.push({ version, use });
  }

  private keys(name: string): string[] {
    const w = sourceWords(name);
    return [...new Set([...w.words, ...w.acronyms])];
  }
}

/**
 * Every named source of the story (see the module comment), in the order the base and then
 * the versions first use them; each lists the versions that have it, in `versions` order.
 */
export function storySources(c: Comparison): StorySource[] {
  const index = new SourceIndex();
  for (const pair of c.pairs) {
    for (const s of pair.sources ?? []) if (s.base !== null) index.add(s.name, c.base, s.base);
  }
  for (const pair of c.pairs) {
    for (const s of pair.sources ?? []) {
      if (s.version !== null) index.add(s.name, pair.version, s.version);
    }
  }
  for (const s of index.list) s.versions.sort((a, b) => a.version - b.version);
  return index.list;
}

const mention = (version: number, span: NonNullable<PairFact['base']>): StoryFactMention => ({
  version,
  ...span,
});

/**
 * Every figure and name of the story (see the module comment): the base's, anchored on where
 * the base gives them, with each version that gives the same or a changed value; then those
 * only versions give, gathered by kind and value across the versions.
 */
export function storyFacts(c: Comparison): StoryFact[] {
  const anchored = new Map<string, StoryFact>();
  const added = new Map<string, StoryFact>();
  const push = (f: StoryFact, m: StoryFactMention) => {
    if (!f.mentions.some((x) => x.version === m.version)) f.mentions.push(m);
  };
  for (const pair of c.pairs) {
    for (const fact of pair.facts ?? []) {
      if (fact.base === null) {
        if (fact.version === null) continue;
        const key = `${fact.kind}|${fact.value}`;
        const entry = added.get(key) ?? {
          kind: fact.kind,
          value: fact.value,
          mentions: [],
          disagree: false,
        };
        added.set(key, entry);
        push(entry, mention(pair.version, fact.version));
        continue;
      }
      const key = `${fact.base.block}:${fact.base.start}`;
      let entry = anchored.get(key);
      if (entry === undefined) {
        entry = {
          kind: fact.kind,
          value: fact.value,
          mentions: [mention(c.base, fact.base)],
          disagree: false,
        };
        anchored.set(key, entry);
      }
      if (entry.kind === 'name') entry.kind = fact.kind;
      if (fact.version !== null) push(entry, mention(pair.version, fact.version));
      if (fact.status === 'changed') entry.disagree = true;
    }
  }
  const byStart = [...anchored.values()].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  const out = [...byStart, ...added.values()];
  for (const f of out) f.mentions.sort((a, b) => a.version - b.version);
  return out;
}
