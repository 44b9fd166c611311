import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import { sameSource } from '../../../../engine/sources/sources.js';
import { pairOf, text } from '../fixtures.js';
import { schemaErrors } from '../schema.js';

/** Attributions of a text of paragraphs, as [source, cue, kind]. */
function found(
  ...paras: string[]
): Array<[string | null | undefined, string | null | undefined, string]> {
  const t = text(paras);
  let at = 0;
  const blocks = paras.map((p) => {
    const b = { start: at, end: at + p.length, kind: 'body' as const };
    at += p.length + 2;
    return b;
  });
  return findAttributions(t, blocks).map((a) => [a.source, a.cue, a.kind]);
}

describe('attribution rules', () => {
  it.each([
    ['Elena Marsh said the work would begin.', ['Elena Marsh', 'said', 'speech']],
    ['“It will work,” said Elena Marsh.', ['Elena Marsh', 'said', 'speech']],
    [
      'The plan, board chair Elena Marsh told reporters, is final.',
      ['Elena Marsh', 'told', 'speech'],
    ],
    ['Elena Marsh added that the work would begin.', ['Elena Marsh', 'added', 'speech']],
    ['The authors wrote in the report that risks remain.', ['The authors', 'wrote', 'speech']],
    ['The council said in a statement that it would appeal.', ['The council', 'said', 'speech']],
    [
      'Prices rose, according to the statistics office.',
      ['the statistics office', 'according to', 'according_to'],
    ],
    [
      'A Harbor Gazette report said the vote was rushed.',
      ['A Harbor Gazette report', 'said', 'report'],
    ],
    [
      'The vote was rushed, a report by the Harbor Gazette found.',
      ['the Harbor Gazette', 'a report by', 'report'],
    ],
    [
      'The Gazette quoted Elena Marsh as saying the work was late.',
      ['Elena Marsh', 'quoted', 'report'],
    ],
    ['Marsh confirmed to Reuters that she would resign.', ['Marsh', 'confirmed to', 'speech']],
    [
      'Marsh spoke in an interview with the Harbor Gazette.',
      ['the Harbor Gazette', 'In an interview with'.toLowerCase().replace(/^i/, 'i'), 'speech'],
    ],
    ['ROTTERDAM (AFP) — The board approved the plan.', ['ROTTERDAM', '—', 'dateline']],
    ['ROTTERDAM (AFP) — The board approved the plan.', ['AFP', 'dateline credit', 'credit']],
    ['Lindau : The board approved the plan.', ['Lindau', ':', 'dateline']],
    ['By The Associated Press', ['The Associated Press', 'By', 'byline']],
    ['The board met on Monday. (Reuters)', ['Reuters', 'agency in parentheses', 'credit']],
    ['Reuters contributed to this report.', ['Reuters', 'contributed to this report', 'credit']],
    [
      'A tugboat in the channel. AFP / JAN DE VRIES',
      ['AFP / JAN DE VRIES', 'photo credit', 'credit'],
    ],
    [
      'A senior port official said the work was late.',
      ['A senior port official', 'said', 'speech'],
    ],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toContainEqual(expected);
  });

  it('marks unnamed sources', () => {
    const t = 'People familiar with the matter said the deal was close.';
    const [a] = findAttributions(t, [{ start: 0, end: t.length, kind: 'body' }]);
    expect(a?.unnamed).toBe(true);
  });

  it('resolves a pronoun to the nearest named speaker', () => {
    expect(found('Elena Marsh said the work was late.', '“We are sorry,” she said.')[1]).toEqual([
      'Elena Marsh',
      'said',
      'speech',
    ]);
  });

  it.each([
    ['the said property was sold on Monday.'],
    ['The work went according to plan.'],
    ['Nobody asked us what we wanted.'],
  ])('finds no attribution in: %s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('normalises source names', () => {
    expect(sameSource('the ASPI experts', 'ASPI experts')).toBe(true);
    expect(sameSource('ASPI experts', 'experts at the Australian Strategic Policy Institute')).toBe(
      true,
    );
    expect(sameSource('Smith', 'Mr. Smith')).toBe(true);
    expect(sameSource('a new report', 'a report')).toBe(false);
    expect(sameSource('Smith', 'Jones')).toBe(false);
  });
});

describe('attributions across versions', () => {
  const base = [
    'LINDAU — The board approved the contract, Elena Marsh said.',
    'Critics called it rushed, according to a new report.',
  ];
  it('kept, changed, dropped and added', () => {
    const { p } = pairOf(
      text(base),
      text([
        'The board approved the contract, a port spokesman said.',
        'Critics called it rushed, according to a report.',
        'Shares rose, Reuters reported.',
      ]),
    );
    expect(
      p.attributions.map((a) => [a.status, a.base?.text ?? null, a.version?.text ?? null]),
    ).toEqual([
      ['dropped', 'LINDAU —', null],
      ['changed', 'Elena Marsh said', 'a port spokesman said'],
      ['changed', 'according to a new report', 'according to a report'],
      ['added', null, 'Reuters reported'],
    ]);
  });

  it('classifies word changes inside an attribution as attribution', () => {
    const { p } = pairOf(
      text(base),
      text([base[0]?.replace('Elena Marsh said', 'Marsh noted') ?? '', base[1] ?? '']),
    );
    const classes = p.links.flatMap((l) => l.changes.map((c) => c.class));
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.every((c) => c === 'attribution')).toBe(true);
  });
});

describe('dateline agency credits across versions', () => {
  const body = 'The bridge reopened on Monday after two years of repairs, the city said.';
  const entries = (a: string, b: string) =>
    pairOf(a, b).p.attributions.map((x) => [
      x.status,
      x.kind,
      x.base?.text ?? null,
      x.version?.text ?? null,
    ]);

  it('an added agency: the dateline changed and the credit added', () => {
    const got = entries(`PARIS — ${body}`, `PARIS (AFP) — ${body}`);
    expect(got).toContainEqual(['changed', 'dateline', 'PARIS —', 'PARIS (AFP) —']);
    expect(got).toContainEqual(['added', 'credit', null, '(AFP)']);
  });

  it('a stripped agency: the dateline changed and the credit dropped', () => {
    const got = entries(`PARIS (AFP) — ${body}`, `PARIS — ${body}`);
    expect(got).toContainEqual(['changed', 'dateline', 'PARIS (AFP) —', 'PARIS —']);
    expect(got).toContainEqual(['dropped', 'credit', '(AFP)', null]);
  });

  it('the same agency: dateline and credit kept', () => {
    const got = entries(`PARIS (AFP) — ${body}`, `PARIS (AFP) — ${body}`);
    expect(got.filter(([, k]) => k !== 'speech')).toEqual([
      ['kept', 'dateline', 'PARIS (AFP) —', 'PARIS (AFP) —'],
      ['kept', 'credit', '(AFP)', '(AFP)'],
    ]);
  });

  it('a capitals dateline against a title-case one is a changed dateline', () => {
    const got = entries(`PORT ELLIS, Maine — ${body}`, `Port Ellis: ${body}`);
    expect(got).toContainEqual(['changed', 'dateline', 'PORT ELLIS, Maine —', 'Port Ellis:']);
    const d = pairOf(`PORT ELLIS, Maine — ${body}`, `Port Ellis: ${body}`).p.attributions[0];
    // "Maine" is gone: a real change, not a restyling.
    expect(d?.change).toBeUndefined();
  });

  it('a dateline restyled only in case and punctuation is a typography change', () => {
    const { c, p } = pairOf(`BEIJING — ${body}`, `Beijing : ${body}`);
    expect(schemaErrors(c)).toBe('');
    const d = p.attributions.find((a) => a.kind === 'dateline');
    expect([d?.status, d?.change, d?.base?.text, d?.version?.text]).toEqual([
      'changed',
      'typography',
      'BEIJING —',
      'Beijing :',
    ]);
  });

  it('a credit restyled in case and punctuation is a typography change, as in the text', () => {
    const caption = 'Workers inspect the bridge.';
    const { p } = pairOf(
      `${caption}\n\n(AP Photo/Jane Doe)\n\n${body}`,
      `${caption}\n\nAP PHOTO/JANE DOE\n\n${body}`,
    );
    const credit = p.attributions.find((a) => a.kind === 'credit');
    expect([credit?.status, credit?.change]).toEqual(['changed', 'typography']);
    const classes = p.links.flatMap((l) => l.changes.map((c) => c.class));
    expect(classes).toContain('typography');
    // The same credit, unchanged, stays kept.
    const same = entries(`PARIS (AFP) — ${body}`, `Paris (AFP) — ${body}`);
    expect(same).toContainEqual(['kept', 'credit', '(AFP)', '(AFP)']);
  });

  it('a dateline that vanished while its paragraph survived is dropped, not changed', () => {
    const got = entries(`PARIS — ${body}`, body);
    expect(got).toContainEqual(['dropped', 'dateline', 'PARIS —', null]);
    expect(got.some(([st, , , v]) => st === 'changed' && v === null)).toBe(false);
  });
});

describe('quoted words are no attributions across versions', () => {
  it('reports no attribution for a reporting verb inside a quotation', () => {
    const a = '“I got most of what I asked for, and we told them so,” Lind said.';
    const b = '"I got most of what I asked for, and we told them so," Lind said.';
    const got = pairOf(a, b).p.attributions.map((x) => [x.status, x.base?.text]);
    expect(got).toEqual([['kept', 'Lind said']]);
  });
});
