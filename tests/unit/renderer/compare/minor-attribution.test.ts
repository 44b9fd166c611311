// One finding looks and behaves the same in the panel and in the text (issue 11 item 2
// follow-up): an attribution the engine calls changed in wording only (tense, honorific,
// name-form, order, moved) keeps class attribution, but its marks are drawn dimmed and next/
// previous passes over it while minor changes are dimmed, as the panel dims it. On the real
// engine output for the demo story: the Seaboard Post drops the mayor's middle initial.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Pair } from '../../../../engine';
import { demoStory } from '../../../../backend/demo/demo-story';
import { ParaText } from '../../../../renderer/src/components/compare/ParaText';
import { counterDetail, counterText, summarize } from '../../../../renderer/src/compare/counter';
import { pairFindings, type Finding } from '../../../../renderer/src/compare/findings';
import { changeMarks, navStops, type Filters } from '../../../../renderer/src/compare/marks';
import { pairRows } from '../../../../renderer/src/compare/rows';

const c: Comparison = compare(
  demoStory.versions.map((v) => ({ id: v.outlet, text: v.text, published: v.published })),
  { base: 0 },
);
const pairOf = (outlet: string): Pair => {
  const p = c.pairs.find((x) => c.versions[x.version]?.id === outlet);
  if (!p) throw new Error(`no pair for ${outlet}`);
  return p;
};
const baseText = c.versions[c.base]?.text ?? '';
const dimmed: Filters = {
  hidden: new Set(),
  dimMinor: true,
  changesOnly: false,
  showFurniture: false,
  sameFacts: true,
};
const undimmed: Filters = { ...dimmed, dimMinor: false };

const sea = pairOf('Seaboard Post');
const found = pairFindings(sea);
const nameForm = sea.attributions.findIndex(
  (a) => a.status === 'changed' && a.change === 'name-form',
);
const finding = found.findings.find((f) => f.id === `a:${nameForm}`) as Finding;
/** The base-side marks of a finding: its word changes, or its entry mark. */
const marksOf = (f: Finding, filters: Filters) =>
  changeMarks(sea, 'base', filters, found).filter(
    (m) => m.changeId === f.id || (m.changeId !== undefined && f.changes.includes(m.changeId)),
  );

describe('a minor attribution change on the demo story', () => {
  it('is one attribution finding, marked minor', () => {
    expect(nameForm).toBeGreaterThanOrEqual(0);
    expect(sea.attributions[nameForm]?.base?.text).toContain('Thomas J. Reardon');
    expect(finding).toMatchObject({ cls: 'attribution', minor: true });
    // The chips still count it as an attribution.
    expect(found.findings.filter((f) => f.cls === 'attribution')).toContain(finding);
  });

  it('draws its marks, the struck "J." among them, dimmed while dimming is on', () => {
    const marks = marksOf(finding, dimmed);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.cls === 'attribution' && m.minor === true)).toBe(true);
    const struck = marks.find((m) => /\bJ\b/.test(baseText.slice(m.start, m.end)));
    expect(struck).toBeDefined();
    if (!struck) return;
    const block = c.versions[c.base]?.blocks.find(
      (b) => b.start <= struck.start && struck.end <= b.end,
    );
    if (!block) throw new Error('the struck initial is in no base paragraph');
    const html = (filters: Filters): string =>
      renderToStaticMarkup(
        createElement(ParaText, {
          text: baseText,
          start: block.start,
          end: block.end,
          marks: changeMarks(sea, 'base', filters, found),
          filters,
        }),
      );
    const del = (filters: Filters): string =>
      new RegExp(`<del class="([^"]*)" data-change="${struck.changeId ?? ''}"`).exec(
        html(filters),
      )?.[1] ?? '';
    expect(del(dimmed)).toBe('chg cls-attribution dim');
    expect(del(undimmed)).toBe('chg cls-attribution');
  });

  it('is skipped by next/previous while dimmed, and the counter says so', () => {
    const rows = pairRows(c, sea);
    const heads = new Set([finding.id, ...finding.changes]);
    const stops = navStops(c, sea, rows, dimmed, found);
    expect(stops.some((s) => heads.has(s.id))).toBe(false);
    const all = navStops(c, sea, rows, undimmed, found);
    expect(all.some((s) => heads.has(s.id) && s.cls === 'attribution')).toBe(true);
    const s = summarize(stops, found, dimmed, 0);
    const minorAttr = found.findings.filter((f) => f.cls === 'attribution' && f.minor).length;
    expect(s.skipped).toContainEqual({ what: 'minor attribution wording', count: minorAttr });
    expect(counterText(s, -1)).toMatch(/ · .*minor attribution wording skipped$/);
    expect(counterDetail(s)).toContain(
      `${minorAttr} minor attribution wording; uncheck “dim minor changes”`,
    );
    // The counted attributions and the skipped ones add up to the chip.
    const counted = stops.filter((x) => x.cls === 'attribution').length;
    expect(counted + minorAttr).toBe(found.counts.attribution);
  });

  it('leaves a real changed attribution (no minor kind) a stop, drawn undimmed', () => {
    const real = c.pairs.flatMap((p) => {
      const pf = pairFindings(p);
      return p.attributions.flatMap((a, i) =>
        a.status === 'changed' && !a.change
          ? [{ p, pf, f: pf.findings.find((f) => f.id === `a:${i}`) as Finding }]
          : [],
      );
    });
    expect(real.some((r) => r.f.cls === 'attribution')).toBe(true);
    for (const { p, pf, f } of real) {
      if (f.cls !== 'attribution') continue; // respelt or restyled only: spelling/typography
      expect(f.minor).toBe(false);
      const ids = new Set([f.id, ...f.changes]);
      const marks = changeMarks(p, 'base', dimmed, pf).filter((m) => ids.has(m.changeId ?? ''));
      expect(marks.every((m) => m.minor === false)).toBe(true);
      const stops = navStops(c, p, pairRows(c, p), dimmed, pf);
      expect(stops.some((s) => ids.has(s.id))).toBe(true);
    }
  });
});
