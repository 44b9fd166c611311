// Inline mode hides a struck base word by the class it is drawn in, as side-by-side does
// (issue 11 follow-up): "a new report" → "a report" is one changed attribution, so an engine
// class of wording for the cut word (as the engine gives for some seeds' datelines and
// credits; set here on a copy of the real pair) must neither strip its strike when wording is
// hidden nor leave the cut word unmarked in the text when attributions are hidden.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compare, type ChangeClass, type Pair } from '../../../../../engine';
import { InlineText } from '../../../../../renderer/src/components/compare/InlineText';
import { pairFindings } from '../../../../../renderer/src/compare/findings';
import { changeMarks, type Filters } from '../../../../../renderer/src/compare/marks';

const base =
  'The harbour council voted on Tuesday to move the first ferry of the day, according to a new report.';
const version =
  'The harbour council voted on Tuesday to move the first ferry of the day, according to a report.';
const c = compare(
  [
    { id: 'herald', text: base },
    { id: 'reprint', text: version },
  ],
  { base: 0 },
);
const pair = structuredClone(c.pairs[0] as Pair);
for (const l of pair.links)
  for (const ch of l.changes) if (ch.base && base.slice(...ch.base) === 'new') ch.class = 'wording';
const found = pairFindings(pair);

/** The inline paragraph's HTML with the given classes hidden. */
function inline(hidden: ChangeClass[]): string {
  const filters: Filters = {
    hidden: new Set(hidden),
    dimMinor: true,
    changesOnly: false,
    showFurniture: false,
    sameFacts: true,
  };
  const li = pair.links.findIndex((l) => l.changes.length > 0);
  const link = pair.links[li];
  if (!link) throw new Error('the pair has no changed link');
  return renderToStaticMarkup(
    createElement(InlineText, {
      c,
      version: pair.version,
      link,
      linkIndex: li,
      blocks: link.version,
      baseMarks: changeMarks(pair, 'base', filters, found),
      versionMarks: changeMarks(pair, 'version', filters, found),
      filters,
    }),
  );
}

describe('inline text', () => {
  it('draws the cut word in the class of its attribution, not the engine class', () => {
    const cut = pair.links.flatMap((l, li) =>
      l.changes.map((ch, ci) => ({ ch, drawn: found.classOf.get(`${li}:${ci}`) })),
    );
    // The premise: the engine calls the cut word wording, the view calls it attribution.
    expect(cut.some(({ ch, drawn }) => ch.class !== drawn && drawn === 'attribution')).toBe(true);
    expect(inline([])).toMatch(/<del[^>]*data-class="attribution"[^>]*>[^<]*new/);
  });

  it('keeps the struck word when the engine class is hidden but the drawn class is not', () => {
    const engineClass = pair.links.flatMap((l) => l.changes).find((ch) => ch.base)?.class;
    expect(engineClass).toBeDefined();
    expect(engineClass).not.toBe('attribution');
    const html = inline([engineClass as ChangeClass]);
    expect(html).toMatch(/<del[^>]*data-class="attribution"[^>]*>[^<]*new/);
  });

  it('hides the struck word, not just its mark, when the drawn class is hidden', () => {
    const html = inline(['attribution']);
    expect(html).not.toContain('<del');
    expect(html.replace(/<[^>]+>/g, '')).toBe(version);
  });
});
