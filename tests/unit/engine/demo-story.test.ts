// The demo story that ships with the app (backend/demo/README.md says which reprint shows
// which change), compared against its original: what a new user sees first must be right.
import { describe, expect, it } from 'vitest';
import { demoStory } from '../../../backend/demo/demo-story.js';
import { compare } from '../../../engine/index.js';
import type { Pair } from '../../../engine/types.js';
import { changesOf } from './fixtures.js';

const inputs = demoStory.versions.map((v, i) => ({
  id: String(i),
  text: v.text,
  outlet: v.outlet,
}));
const c = compare(inputs, { base: 0 });

function pairFor(outlet: string): Pair {
  const i = demoStory.versions.findIndex((v) => v.outlet === outlet);
  const p = c.pairs.find((x) => x.version === i);
  if (p === undefined) throw new Error(`no pair for ${outlet}`);
  return p;
}

const atts = (p: Pair) =>
  p.attributions.map((a) => [a.status, a.kind, a.base?.text ?? null, a.version?.text ?? null]);
const quote = (p: Pair, start: string) =>
  p.quotes.find((q) => (q.base ?? q.version)?.text.startsWith(start));

describe('demo story: The Coast Ledger (trimmed ending)', () => {
  const p = pairFor('The Coast Ledger');
  it('drops one run of blocks at the end and adds nothing', () => {
    const last = (c.versions[0]?.blocks.length ?? 0) - 1;
    expect(p.droppedBlocks).toEqual([10, 11, 12, 13, 14, 15]);
    expect(p.droppedBlocks[p.droppedBlocks.length - 1]).toBe(last);
    expect(p.addedBlocks).toEqual([]);
  });
});

describe('demo story: The Tidewater Daily (reordered)', () => {
  const p = pairFor('The Tidewater Daily');
  it('has exactly one moved link and nothing dropped or added', () => {
    expect(p.links.filter((l) => l.moved).map((l) => [l.base, l.version])).toEqual([[[12], [2]]]);
    expect(p.droppedBlocks).toEqual([]);
    expect(p.addedBlocks).toEqual([]);
  });
});

describe('demo story: Seaboard Post (agency rewrite)', () => {
  const p = pairFor('Seaboard Post');
  const changes = changesOf(c, p);
  it('reports the agency credit: dateline changed, credit added', () => {
    expect(atts(p)).toContainEqual([
      'changed',
      'dateline',
      'PORT ELLIS, Maine —',
      'PORT ELLIS, Maine (Harbor Press Agency) —',
    ]);
    expect(atts(p)).toContainEqual(['added', 'credit', null, '(Harbor Press Agency)']);
  });

  it('alters the mayor’s quote and trims the harbormaster’s', () => {
    const mayor = quote(p, 'This was the hardest vote');
    expect(mayor?.status).toBe('altered');
    expect(mayor?.version?.text).toContain('toughest');
    expect(quote(p, 'My job is to keep the channel open')?.status).toBe('trimmed');
  });

  it('classes the hedges and the rounded sum', () => {
    const hedged = changes.filter(([, cls]) => cls === 'hedge').map(([, , , v]) => v);
    expect(hedged.some((v) => v.includes('reportedly'))).toBe(true);
    expect(hedged.some((v) => v.includes('allegedly'))).toBe(true);
    expect(changes).toContainEqual(['replace', 'number', '$4.2 million', '$4 million']);
  });

  it('gives the mayor’s dropped middle initial the dimmed kind name-form', () => {
    expect(p.attributions.map((a) => [a.status, a.change ?? null, a.version?.text])).toContainEqual(
      ['changed', 'name-form', 'Mayor Thomas Reardon said'],
    );
  });
});

describe('demo story: speakers of "he said"', () => {
  it('gives the fisherman’s quotes to him, not to the cooperative on whose board he sits', () => {
    const p = pairFor('The Tidewater Daily');
    expect(quote(p, 'A promise on a Monday night')?.base?.speaker).toBe('Caleb Dunmore');
    expect(quote(p, 'I’ll believe it when the check clears')?.base?.speaker).toBe('Caleb Dunmore');
    const coop = p.attributions.find((a) => a.base?.text.startsWith('Port Ellis Fishermen’s'));
    expect(coop?.base?.source).toBe('Caleb Dunmore');
  });
});

describe('demo story: The Westerly Chronicle (British reprint)', () => {
  const p = pairFor('The Westerly Chronicle');
  const i = demoStory.versions.findIndex((v) => v.outlet === 'The Westerly Chronicle');
  const version = c.versions[i];
  it('drops the critic’s attributions and quotes', () => {
    const dropped = p.attributions.filter((a) => a.status === 'dropped');
    expect(dropped.some((a) => a.base?.source === 'Delia Marchetti')).toBe(true);
    expect(dropped.some((a) => a.base?.text === 'Marchetti said')).toBe(true);
    expect(p.attributions.every((a) => !(a.version?.text ?? '').includes('Marchetti'))).toBe(true);
    const theirs = p.quotes.filter((q) => q.base?.speaker?.includes('Marchetti'));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((q) => q.status === 'dropped')).toBe(true);
  });

  it('classes British spellings and “per cent” as spelling, not wording or number', () => {
    const changes = changesOf(c, p);
    expect(changes).toContainEqual(['replace', 'spelling', 'councilors', 'councillors']);
    expect(changes).toContainEqual(['replace', 'spelling', 'Councilors', 'Councillors']);
    expect(changes).toContainEqual(['replace', 'spelling', '6 percent', '6 per cent']);
    expect(changes).toContainEqual(['replace', 'spelling', '40 percent', '40 per cent']);
  });

  it('changes the dateline to “Port Ellis:”', () => {
    expect(atts(p)).toContainEqual(['changed', 'dateline', 'PORT ELLIS, Maine —', 'Port Ellis:']);
  });

  it('gives spelling inside quotes and typography for straight quotes', () => {
    expect(quote(p, 'I’ll believe it when the check clears')?.status).toBe('spelling');
    expect(quote(p, 'But I could not look at a budget')?.status).toBe('spelling');
    expect(quote(p, 'I got most of what I asked for')?.status).toBe('typography');
  });

  it('reports no attribution inside a quotation', () => {
    const inQuote = ['I asked', 'We asked'];
    expect(p.attributions.filter((a) => inQuote.includes(a.base?.text ?? ''))).toEqual([]);
  });

  const blocksStarting = (f: string): number[] => {
    const text = version?.text ?? '';
    return (version?.blocks ?? []).flatMap((b, k) =>
      text.slice(b.start, b.end).startsWith(f) ? [k] : [],
    );
  };

  it('marks the page furniture as boilerplate and never as added', () => {
    for (const f of ['Share on Facebook', 'Advertisement', 'Sign up for our morning newsletter']) {
      const blocks = blocksStarting(f);
      expect(blocks.length, f).toBeGreaterThan(0);
      for (const k of blocks) {
        expect(version?.blocks[k]?.kind, f).toBe('boilerplate');
        expect(p.addedBlocks, f).not.toContain(k);
      }
    }
  });

  it('judges its own headline and photo caption: added, since the original text has neither', () => {
    const [title] = blocksStarting('Port Ellis councillors back wind cable landing');
    const [caption] = blocksStarting('Harbourmaster Ada Lind at the quay');
    expect(version?.blocks[title ?? -1]?.kind).toBe('title');
    expect(version?.blocks[caption ?? -1]?.kind).toBe('caption');
    expect(p.addedBlocks).toEqual([title, caption]);
  });
});

describe('demo story: Harbor Light Radio (independent report)', () => {
  const p = pairFor('Harbor Light Radio');
  it('is not derived: no paragraph reuses the original’s wording', () => {
    expect(p.derivation.label).toBe('none');
    expect(p.links).toEqual([]);
  });

  it('reports the same facts as the original in corresponding paragraphs', () => {
    const pairs = (p.correspondences ?? []).map((k) => [k.base, k.version]);
    // ¶1 ↔ ¶1 (the vote), ¶8 ↔ ¶3 (Marchetti), ¶11 ↔ ¶5 (the March 31 deadline)
    expect(pairs).toEqual(
      expect.arrayContaining([
        [0, 0],
        [7, 2],
        [10, 4],
      ]),
    );
    const marchetti = p.correspondences?.find((k) => k.base === 7 && k.version === 2);
    expect(marchetti?.evidence.speakers).toContain('Delia Marchetti');
    expect(marchetti?.evidence.numbers).toContain('1100');
  });

  it('shares the mayor (quoted, then reported) and Marchetti, and has a scientist of its own', () => {
    const s = (name: string) => p.sources?.find((x) => x.name === name);
    expect(s('Mayor Thomas J. Reardon')).toMatchObject({
      status: 'shared',
      base: 'direct',
      version: 'reported',
    });
    expect(s('Delia Marchetti')?.status).toBe('shared');
    expect(s('Dr. Miriam Osei')).toMatchObject({ status: 'version-only', version: 'direct' });
    expect(s('Caleb Dunmore')?.status).toBe('base-only');
  });
});

describe('demo story: who copied whom', () => {
  // with the dates, as the app compares it (the base is then the earliest: the original)
  const dated = compare(
    demoStory.versions.map((v, i) => ({
      id: String(i),
      text: v.text,
      outlet: v.outlet,
      published: v.published,
    })),
    {},
  );
  const index = (outlet: string) => demoStory.versions.findIndex((v) => v.outlet === outlet);
  const entryFor = (outlet: string) =>
    dated.copyChain?.entries.find((e) => e.version === index(outlet));

  it('shares the agency’s added paragraph between the Seaboard Post and the Cape Alder Journal', () => {
    const added = (dated.sharedEdits ?? []).filter((e) => e.kind === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]?.versions).toEqual([index('Seaboard Post'), index('The Cape Alder Journal')]);
    expect(added[0]?.text).toMatch(/^The Gull Point landing is the second/);
  });

  it('places the Cape Alder Journal under the Seaboard Post, with high confidence', () => {
    const e = entryFor('The Cape Alder Journal');
    expect(e?.source).toBe(index('Seaboard Post'));
    expect(e?.confidence).toBe('high');
    const shared = e?.evidence.sharedEdits.map((k) => dated.sharedEdits?.[k]?.text ?? '');
    expect(shared?.some((t) => t.startsWith('The Gull Point landing is the second'))).toBe(true);
  });

  it('places every other reprint under the original, and the radio report outside the tree', () => {
    expect(dated.base).toBe(0);
    for (const outlet of ['Seaboard Post', 'The Tidewater Daily', 'The Westerly Chronicle']) {
      expect(entryFor(outlet)?.source, outlet).toBe(0);
    }
    // the Ledger's first ten paragraphs are also the Tidewater Daily's: the claim stays weak
    expect(entryFor('The Coast Ledger')?.source).toBe(0);
    expect(entryFor('The Coast Ledger')?.confidence).not.toBe('high');
    expect(entryFor('Harbor Light Radio')?.source).toBeNull();
  });
});
