// The counting model of the pair view (renderer/src/compare/findings.ts, counter.ts): one
// finding, one class, the same number in the chips, the counter and the panel; next/previous
// passes over dimmed classes and says so. On a small invented story compared by the engine.
import { describe, expect, it } from 'vitest';
import { compare, type Pair } from '../../../../engine';
import { pairFindings } from '../../../../renderer/src/compare/findings';
import { changeMarks, navStops, type Filters } from '../../../../renderer/src/compare/marks';
import { counterDetail, counterText, summarize } from '../../../../renderer/src/compare/counter';
import { pairRows } from '../../../../renderer/src/compare/rows';

// A restyled dateline, a credit that lost a word, a trimmed quote, a dropped paragraph with
// its source, a curly apostrophe and a British spelling.
const base = [
  'LOWPORT — The harbour council voted on Tuesday to move the first ferry of the day to 6.40am, according to a new report.',
  '“We will review the timetable after six months and listen to every commuter,” said Mayor Ann Quist.',
  'The ferry operator said the new timetable would start in May and cost nothing extra for anyone.',
  "Commuters' behavior changed quickly once the earlier ferry was announced by the council.",
].join('\n\n');
const version = [
  'Lowport: The harbour council voted on Tuesday to move the first ferry of the day to 6.40am, according to a report.',
  '“We will review the timetable after six months,” said Mayor Ann Quist.',
  'Commuters’ behaviour changed quickly once the earlier ferry was announced by the council.',
].join('\n\n');
const c = compare(
  [
    { id: 'herald', text: base },
    { id: 'reprint', text: version },
  ],
  { base: 0 },
);
const pair = c.pairs[0] as Pair;
const rows = pairRows(c, pair);
const filters: Filters = {
  hidden: new Set(),
  dimMinor: true,
  changesOnly: false,
  showFurniture: false,
  sameFacts: true,
};
const clone = (p: Pair): Pair => structuredClone(p);

describe('pairFindings', () => {
  const found = pairFindings(pair);

  it('counts each finding once, in one class', () => {
    expect(found.counts).toEqual({
      wording: 0,
      number: 0,
      name: 0,
      // "according to a new report" changed, "The ferry operator said" dropped
      attribution: 2,
      // the trimmed quotation
      quote: 1,
      hedge: 0,
      spelling: 1,
      // the dateline "LOWPORT —" → "Lowport:" and the apostrophe
      typography: 2,
    });
    const byCount = found.findings.reduce<Record<string, number>>((n, f) => {
      n[f.cls] = (n[f.cls] ?? 0) + 1;
      return n;
    }, {});
    for (const [cls, n] of Object.entries(found.counts)) expect(byCount[cls] ?? 0).toBe(n);
  });

  it('puts every word change in exactly one finding, shown in that finding’s class', () => {
    const ids = pair.links.flatMap((l, li) => l.changes.map((_, ci) => `${li}:${ci}`));
    const owned = found.findings.flatMap((f) => f.changes);
    expect([...owned].sort()).toEqual([...ids].sort());
    for (const f of found.findings)
      for (const id of f.changes) expect(found.classOf.get(id)).toBe(f.cls);
  });

  it('splits the counts between the text and the panel', () => {
    expect(found.bySource.attribution).toEqual({ text: 0, attribution: 2, quote: 0 });
    expect(found.bySource.quote).toEqual({ text: 0, attribution: 0, quote: 1 });
    // The apostrophe is in the text; the dateline is an attribution (or, should the engine
    // come to call it kept, a typography change of the text): two either way.
    const typo = found.bySource.typography;
    expect(typo.text + typo.attribution).toBe(2);
    expect(typo.quote).toBe(0);
  });

  it('calls a dateline that only changed case and punctuation typography, with or without the engine’s word', () => {
    const plain = clone(pair);
    for (const a of plain.attributions) delete a.change;
    const f = pairFindings(plain);
    const dateline = f.findings.find((x) => x.entry?.kind === 'attribution' && x.entry.index === 0);
    expect(dateline?.cls).toBe('typography');
    expect(f.counts).toEqual(found.counts);
  });

  it('gives a word change inside a changed attribution the attribution’s class', () => {
    const reclassed = clone(pair);
    for (const l of reclassed.links)
      for (const ch of l.changes) if (ch.class === 'attribution') ch.class = 'wording';
    const f = pairFindings(reclassed);
    expect(f.counts.wording).toBe(0);
    expect(f.counts.attribution).toBe(2);
    const marks = changeMarks(reclassed, 'base', filters, f);
    expect(marks.filter((m) => m.cls === 'wording')).toEqual([]);
  });

  it('marks a dropped source that no word change covers, so next/previous can land on it', () => {
    const dropped = found.findings.find((f) => f.cls === 'attribution' && f.changes.length === 0);
    expect(dropped).toBeDefined();
    const mark = changeMarks(pair, 'base', filters, found).find((m) => m.changeId === dropped?.id);
    expect(base.slice(mark?.start, mark?.end)).toBe('The ferry operator said');
  });
});

describe('next/previous and the counter', () => {
  const found = pairFindings(pair);

  it('skips the dimmed classes by default and steps through them once undimmed', () => {
    const dimmed = navStops(c, pair, rows, filters, found);
    expect(dimmed.some((s) => s.cls === 'typography' || s.cls === 'spelling')).toBe(false);
    const all = navStops(c, pair, rows, { ...filters, dimMinor: false }, found);
    expect(all.filter((s) => s.cls === 'typography')).toHaveLength(found.counts.typography);
    expect(all.filter((s) => s.cls === 'spelling')).toHaveLength(found.counts.spelling);
    // One stop per finding, plus one per dropped or added paragraph, in reading order.
    const paragraphs = pair.droppedBlocks.length + pair.addedBlocks.length;
    expect(all).toHaveLength(found.findings.length + paragraphs);
    expect(all.map((s) => s.row)).toEqual([...all.map((s) => s.row)].sort((a, b) => a - b));
  });

  it('says what it counts and what it skipped, in the chips’ numbers', () => {
    const stops = navStops(c, pair, rows, filters, found);
    const s = summarize(stops, found, filters, 0);
    expect(counterText(s, -1)).toBe('4 meaningful changes · spelling and typography skipped');
    expect(counterText(s, 1)).toBe('2 of 4 meaningful changes · spelling and typography skipped');
    expect(counterDetail(s)).toBe(
      'Counting 2 attribution and 1 quote; 1 dropped paragraph. Skipped while dimmed: 1 spelling ' +
        'and 2 typography; uncheck “dim minor changes” to step through them.',
    );
    const undimmed = { ...filters, dimMinor: false };
    const all = summarize(navStops(c, pair, rows, undimmed, found), found, undimmed, 0);
    expect(counterText(all, -1)).toBe('7 changes');
  });

  it('leaves a hidden class out of the stops and the counter, and counts only what is shown', () => {
    const onlyAttr: Filters = {
      ...filters,
      hidden: new Set(['wording', 'number', 'name', 'quote', 'hedge', 'spelling', 'typography']),
    };
    const stops = navStops(c, pair, rows, onlyAttr, found);
    const s = summarize(stops, found, onlyAttr, 0);
    expect(s.byClass).toEqual([{ cls: 'attribution', count: found.counts.attribution }]);
    expect(counterText(s, -1)).toBe('3 changes');
    expect(counterDetail(s)).toBe('Counting 2 attribution; 1 dropped paragraph.');
  });
});
