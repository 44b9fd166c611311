// The pair view's alignment and the matrix figures, on the demo story (facts from
// backend/demo/README.md).
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Pair } from '../../../../engine';
import { demoStory } from '../../../../backend/demo/demo-story';
import { groupsByBase, pairRows } from '../../../../renderer/src/compare/rows';
import { factGroups } from '../../../../renderer/src/compare/correspondence';
import {
  BLOCK_KIND_NAME,
  addedRows,
  baseParagraphRows,
  cellStatus,
  pairFigures,
  sourceRows,
} from '../../../../renderer/src/compare/model';
import {
  changeMarks,
  navStops,
  segments,
  type Filters,
} from '../../../../renderer/src/compare/marks';

const c: Comparison = compare(
  demoStory.versions.map((v) => ({ id: v.outlet, text: v.text, published: v.published })),
  { base: 0 },
);
const pairOf = (outlet: string) => {
  const p = c.pairs.find((x) => c.versions[x.version]?.id === outlet);
  if (!p) throw new Error(outlet);
  return p;
};
const filters: Filters = {
  hidden: new Set(),
  dimMinor: true,
  changesOnly: false,
  showFurniture: false,
  sameFacts: true,
};

describe('pairRows', () => {
  it('places every block of both texts exactly once (moved links twice: once per side)', () => {
    for (const pair of c.pairs) {
      const rows = pairRows(c, pair);
      const base = rows.flatMap((r) => r.base).sort((a, b) => a - b);
      const ver = rows.flatMap((r) => r.version).sort((a, b) => a - b);
      expect(base).toEqual(c.versions[c.base]?.blocks.map((_, i) => i));
      expect(ver).toEqual(c.versions[pair.version]?.blocks.map((_, i) => i));
    }
  });

  it('marks the Tidewater Daily’s moved paragraph on both sides, in each text’s order', () => {
    const rows = pairRows(c, pairOf('The Tidewater Daily'));
    const from = rows.findIndex((r) => r.kind === 'moved-from');
    const to = rows.findIndex((r) => r.kind === 'moved-to');
    expect(rows[from]?.base).toEqual([12]); // original ¶13
    expect(rows[to]?.version).toEqual([2]); // third here
    expect(to).toBeLessThan(from);
  });

  it('shows the Coast Ledger’s trimmed ending as dropped rows at the end', () => {
    const rows = pairRows(c, pairOf('The Coast Ledger'));
    expect(rows.slice(-6).map((r) => r.kind)).toEqual(Array(6).fill('dropped'));
  });
});

describe('matrix figures', () => {
  it('gives the statuses the demo was written to show', () => {
    expect(cellStatus(pairOf('The Coast Ledger'), 0)).toBe('verbatim');
    expect(cellStatus(pairOf('The Coast Ledger'), 15)).toBe('dropped');
    expect(cellStatus(pairOf('The Tidewater Daily'), 12)).toBe('moved');
    expect(cellStatus(pairOf('The Westerly Chronicle'), 7)).toBe('dropped');
    expect(pairFigures(pairOf('The Coast Ledger'))).toMatchObject({ kept: 10, dropped: 6 });
  });

  it('puts the Westerly Chronicle’s added headline and caption above ¶1, named by kind', () => {
    const westerly = c.pairs.findIndex(
      (p) => c.versions[p.version]?.id === 'The Westerly Chronicle',
    );
    const blocks = c.versions[c.pairs[westerly]?.version ?? -1]?.blocks ?? [];
    const top = addedRows(c).filter((a) => a.pairIndex === westerly && a.after === -1);
    expect(top.map((a) => BLOCK_KIND_NAME[blocks[a.block]?.kind ?? 'body'])).toEqual([
      'headline',
      'caption',
    ]);
    // The matrix's first base row is still the base's first compared block, ¶1.
    expect(baseParagraphRows(c)[0]).toEqual({ block: 0, number: 1 });
  });

  it('calls a paragraph Harbor Light Radio reports in its own words "same facts", as the pair view does', () => {
    const radio = pairOf('Harbor Light Radio');
    const ri = c.pairs.indexOf(radio);
    const same = groupsByBase(radio, factGroups(radio));
    expect(same.size).toBeGreaterThan(0);
    const statuses = baseParagraphRows(c).map((r) => cellStatus(radio, r.block, same));
    // without the pair view's groups, the same paragraphs are plain drops
    const plain = baseParagraphRows(c).map((r) => cellStatus(radio, r.block));
    expect(statuses.filter((s) => s === 'corresponding')).toHaveLength(same.size);
    expect(plain.filter((s) => s === 'corresponding')).toHaveLength(0);
    // the matrix's drops and additions are the pair view's dropped and added rows, one for one
    const rows = pairRows(c, radio, factGroups(radio));
    const dropped = rows.filter((r) => r.kind === 'dropped').flatMap((r) => r.base);
    const matrixDropped = baseParagraphRows(c).flatMap((r, i) =>
      statuses[i] === 'dropped' ? [r.block] : [],
    );
    expect(matrixDropped).toEqual(dropped);
    const sameVersion = new Set([...same.values()].flatMap((g) => g.version));
    const perPair = c.pairs.map((_, i) => (i === ri ? sameVersion : new Set<number>()));
    const added = rows.filter((r) => r.kind === 'added').flatMap((r) => r.version);
    const matrixAdded = addedRows(c, perPair)
      .flatMap((a) => a.cells)
      .filter((x) => x.pairIndex === ri)
      .map((x) => x.block);
    expect(matrixAdded.sort((a, b) => a - b)).toEqual(added.sort((a, b) => a - b));
    expect(matrixAdded.length).toBeLessThan(radio.addedBlocks.length);
  });

  it('lists the base’s attributions and quotes with one status per version', () => {
    const rows = sourceRows(c);
    expect(rows.some((r) => r.kind === 'quote')).toBe(true);
    expect(rows.every((r) => r.statuses.length === c.pairs.length)).toBe(true);
  });
});

describe('marks', () => {
  it('splits text at mark boundaries without losing a character', () => {
    const text = 'abcdefghij';
    const segs = segments(text, 1, 9, [
      { start: 2, end: 5, kind: 'del', cls: 'wording' },
      { start: 4, end: 7, kind: 'hit' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('bcdefghi');
    expect(segs.find((s) => s.text === 'e')?.marks).toHaveLength(2);
  });

  it('drops hidden classes from the marks and from next/previous', () => {
    const pair = pairOf('The Westerly Chronicle');
    const rows = pairRows(c, pair);
    // Undimmed: while dimmed, next/previous passes over spelling anyway (findings.test.ts).
    const undimmed = { ...filters, dimMinor: false };
    const all = navStops(c, pair, rows, undimmed);
    const noSpelling = { ...undimmed, hidden: new Set(['spelling' as const]) };
    expect(all.some((s) => s.cls === 'spelling')).toBe(true);
    expect(navStops(c, pair, rows, noSpelling).some((s) => s.cls === 'spelling')).toBe(false);
    expect(changeMarks(pair, 'version', noSpelling).some((m) => m.cls === 'spelling')).toBe(false);
    const order = all.map((s) => s.row);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('non-body blocks in the pair view and the matrix (retold.comparison/2)', () => {
  const base = [
    'Harbour council backs ferry timetable change',
    'By Nora Quist',
    'LOWPORT — The harbour council voted on Tuesday to move the first ferry of the day to 6.40am, a change commuters had asked for since spring.',
    'The ferry operator said the new timetable would start in May and cost nothing extra.',
    'A commuter waits at the Lowport quay on Monday. (Photo: Lowport Herald)',
    'Councillors said they would review the timetable after six months.',
  ];
  const version = [base[0], base[2], base[3], base[5]];
  const cc = compare(
    [
      { id: 'herald', text: base.join('\n\n') },
      { id: 'reprint', text: version.join('\n\n') },
    ],
    { base: 0 },
  );
  const pair = cc.pairs[0] as Pair;
  const kinds = cc.versions[0]?.blocks.map((b) => BLOCK_KIND_NAME[b.kind]);

  it('links the headline to the headline in one row, and shows the byline and caption dropped', () => {
    expect(kinds).toEqual(['headline', 'byline', '', '', 'caption', '']);
    const rows = pairRows(cc, pair);
    expect(rows[0]).toMatchObject({ kind: 'linked', base: [0], version: [0] });
    expect(rows.filter((r) => r.kind === 'dropped').map((r) => r.base)).toEqual([[1], [4]]);
  });

  it('gives the matrix a row for each, with the same statuses', () => {
    expect(baseParagraphRows(cc).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cellStatus(pair, 0)).toBe('verbatim');
    expect(cellStatus(pair, 4)).toBe('dropped');
    expect(pairFigures(pair)).toMatchObject({ kept: 4, dropped: 2, added: 0 });
  });
});
