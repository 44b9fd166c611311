// One test per attribution pattern of issue 4, on sentences written for this file, with the
// negatives the rules must leave alone ("the said property", "according to plan").
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import type { BlockKind } from '../../../../engine/types.js';

interface Got {
  source: string | null | undefined;
  cue: string | null | undefined;
  kind: string;
  rule: string;
  unnamed: boolean;
}

/** Attributions of paragraphs (all body unless a kind is given as `[kind, text]`). */
function found(...paras: Array<string | [BlockKind, string]>): Got[] {
  const list = paras.map((p) => (typeof p === 'string' ? (['body', p] as const) : p));
  const t = list.map(([, p]) => p).join('\n\n');
  let at = 0;
  const blocks = list.map(([kind, p]) => {
    const b = { start: at, end: at + p.length, kind };
    at += p.length + 2;
    return b;
  });
  return findAttributions(t, blocks).map((a) => ({
    source: a.source,
    cue: a.cue,
    kind: a.kind,
    rule: a.rule,
    unnamed: a.unnamed === true,
  }));
}

/** The one attribution of a paragraph as [source, cue, kind]. */
function one(p: string): [string | null | undefined, string | null | undefined, string] {
  const got = found(p);
  expect(got, p).toHaveLength(1);
  const [a] = got;
  return [a?.source, a?.cue, a?.kind ?? ''];
}

describe('attribution rules, one per pattern', () => {
  it('"X said"', () => {
    expect(one('Mayor Ruth Calder said the bridge would reopen in May.')).toEqual([
      'Mayor Ruth Calder',
      'said',
      'speech',
    ]);
  });

  it('"said X"', () => {
    expect(one('The bridge will reopen in May, said Ruth Calder.')).toEqual([
      'Ruth Calder',
      'said',
      'speech',
    ]);
  });

  it('"“…,” X said"', () => {
    expect(one('“The bridge will reopen in May,” Calder said.')).toEqual([
      'Calder',
      'said',
      'speech',
    ]);
  });

  it('"X said that…"', () => {
    expect(one('Ruth Calder said that the bridge would reopen in May.')).toEqual([
      'Ruth Calder',
      'said',
      'speech',
    ]);
  });

  it('"X told Y"', () => {
    expect(one('Calder told the Valley Courier that repairs were late.')).toEqual([
      'Calder',
      'told',
      'speech',
    ]);
  });

  it('"X wrote / write in the report"', () => {
    expect(one('The inspectors wrote in the report that two cables had rusted.')).toEqual([
      'The inspectors',
      'wrote',
      'speech',
    ]);
    expect(one('The engineers write in the report that the deck is sound.')).toEqual([
      'The engineers',
      'write',
      'speech',
    ]);
  });

  it.each(['added', 'noted', 'warned', 'claimed', 'denied', 'concluded', 'found'])(
    '"X %s"',
    (verb) => {
      expect(one(`Ruth Calder ${verb} that the repairs were overdue.`)).toEqual([
        'Ruth Calder',
        verb,
        'speech',
      ]);
    },
  );

  it('"X said in a statement"', () => {
    const [a] = found('The transport agency said in a statement that the cables were safe.');
    expect([a?.source, a?.cue]).toEqual(['The transport agency', 'said']);
  });

  it('"in an interview with Y"', () => {
    const got = found('In an interview with the Valley Courier, Calder defended the schedule.');
    expect(got.map((a) => [a.source, a.cue])).toContainEqual([
      'the Valley Courier',
      'In an interview with',
    ]);
  });

  it('"according to X"', () => {
    expect(one('Repairs will cost 4 million, according to the county engineer.')).toEqual([
      'the county engineer',
      'according to',
      'according_to',
    ]);
  });

  it('"X reported"', () => {
    expect(one('Two cables had rusted through, the Valley Courier reported.')).toEqual([
      'Valley Courier',
      'reported',
      'report',
    ]);
  });

  it('"a report by X"', () => {
    const [a] = found('Two cables had rusted, a report by the State Highway Board found.');
    expect([a?.source, a?.kind]).toEqual(['the State Highway Board', 'report']);
  });

  it('"a Y report said"', () => {
    expect(one('A Highway Board report said two cables had rusted.')).toEqual([
      'A Highway Board report',
      'said',
      'report',
    ]);
  });

  it('"X quoted Y as saying"', () => {
    const [a] = found('The Valley Courier quoted Calder as saying the delay was unacceptable.');
    expect([a?.source, a?.cue, a?.kind]).toEqual(['Calder', 'quoted', 'report']);
  });

  it('"X confirmed to Y"', () => {
    expect(
      one('A county spokesman confirmed to the Courier that the bridge would reopen.'),
    ).toEqual(['A county spokesman', 'confirmed to', 'speech']);
  });

  it.each([
    ['(AP)', 'AP'],
    ['(Reuters)', 'Reuters'],
  ])('"%s"', (mark, source) => {
    const got = found(`The bridge reopened on Monday ${mark} after two years of repairs.`);
    expect(got.map((a) => [a.source, a.kind])).toEqual([[source, 'credit']]);
  });

  it('"(The Washington Post)"', () => {
    const got = found('The bridge reopened on Monday after two years. (The Washington Post)');
    expect(got.map((a) => [a.source, a.kind])).toEqual([['The Washington Post', 'credit']]);
  });

  it('"— Reuters"', () => {
    const got = found('The bridge reopened on Monday after two years of repairs. — Reuters');
    expect(got.map((a) => [a.source, a.kind])).toEqual([['Reuters', 'credit']]);
  });

  it('"By The Associated Press"', () => {
    expect(one('By The Associated Press')).toEqual(['The Associated Press', 'By', 'byline']);
  });

  it('"Reuters contributed to this report"', () => {
    const got = found('Reuters contributed to this report.');
    expect(got.map((a) => [a.source, a.kind])).toEqual([['Reuters', 'credit']]);
  });

  it('"This article originally appeared in…"', () => {
    const got = found('This article originally appeared in The Valley Courier.');
    expect(got.map((a) => [a.source, a.kind])).toEqual([['The Valley Courier', 'credit']]);
  });

  it('"writes the Guardian"', () => {
    const [a] = found('The repairs ran two years late, writes the Guardian.');
    expect([a?.source, a?.cue]).toEqual(['the Guardian', 'writes']);
  });

  it('"AFP / GREG BAKER"', () => {
    const got = found(['caption', 'Workers on the bridge deck. AFP / GREG BAKER']);
    expect(got.map((a) => [a.source, a.kind])).toEqual([['AFP / GREG BAKER', 'credit']]);
  });

  it('"(Photo: Reuters)"', () => {
    const got = found(['caption', 'Workers on the bridge deck. (Photo: Reuters)']);
    expect(got.map((a) => [a.source, a.kind])).toEqual([['Reuters', 'credit']]);
  });

  it.each([
    ['BEIJING — The bridge reopened on Monday.', 'BEIJING', '—'],
    ['Beijing : The bridge reopened on Monday.', 'Beijing', ':'],
    ['Port Ellis: The bridge reopened on Monday.', 'Port Ellis', ':'],
    ['Port Ellis — The bridge reopened on Monday.', 'Port Ellis', '—'],
    ['Port Ellis, Maine: The bridge reopened on Monday.', 'Port Ellis, Maine', ':'],
    ['Newcastle upon Tyne: The bridge reopened on Monday.', 'Newcastle upon Tyne', ':'],
  ])('dateline %s', (p, source, cue) => {
    const got = found(p);
    expect(got.map((a) => [a.source, a.cue, a.kind])).toEqual([[source, cue, 'dateline']]);
  });

  it.each([
    ['PARIS (AFP) — The bridge reopened on Monday.', 'PARIS', 'AFP'],
    ['Paris (AFP) — The bridge reopened on Monday.', 'Paris', 'AFP'],
    [
      'PORT ELLIS, Maine (Harbor Press Agency) — The bridge reopened on Monday.',
      'PORT ELLIS, Maine',
      'Harbor Press Agency',
    ],
  ])('dateline with an agency credit: %s', (p, place, agency) => {
    const got = found(p);
    expect(got.map((a) => [a.source, a.kind, a.rule])).toEqual([
      [place, 'dateline', 'dateline'],
      [agency, 'credit', 'dateline credit'],
    ]);
  });

  it('byline "By NAME"', () => {
    expect(one('By Hannah Kowalski and Omar Reyes')).toEqual([
      'Hannah Kowalski and Omar Reyes',
      'By',
      'byline',
    ]);
  });

  it.each([
    ['A senior official said the bridge would reopen.', 'A senior official'],
    [
      'People familiar with the matter said the bridge would reopen.',
      'People familiar with the matter',
    ],
  ])('unnamed source: %s', (p, source) => {
    const got = found(p);
    expect(got.map((a) => [a.source, a.unnamed])).toEqual([[source, true]]);
  });

  it('a named source is not marked unnamed', () => {
    expect(found('Ruth Calder said the bridge would reopen.').map((a) => a.unnamed)).toEqual([
      false,
    ]);
  });
});

describe('attribution rules, negatives', () => {
  it.each([
    'The said property was sold to the county in 1998.',
    'Inspectors visited the said property twice.',
    'The repairs went according to plan.',
    'The bridge reopened according to schedule on Monday.',
    'Everything went according to plan, and the bridge reopened according to schedule.',
    'He has been found guilty of fraud.',
    // Labels are no title-case datelines.
    'Update: The bridge reopened on Monday.',
    'Editor’s Note: The bridge reopened on Monday.',
    'Note: The bridge reopened on Monday.',
    'Correction: The bridge reopened on Monday.',
    'Breaking News — The bridge reopened on Monday.',
    'Monday: The bridge reopened.',
    // Title case then a dash, but lower case after: a sentence, not a dateline.
    'Residents — many of them retired — packed the hall.',
  ])('no attribution in "%s"', (p) => {
    expect(found(p)).toEqual([]);
  });

  it('takes a title-case dateline only at the start of the first body paragraph', () => {
    const got = found('The bridge reopened on Monday.', 'Port Ellis: The vote was close.');
    expect(got).toEqual([]);
    // After page furniture, the first body paragraph still counts.
    const after = found(['boilerplate', 'Share on Facebook'], 'Port Ellis: The vote was close.');
    expect(after.map((a) => [a.source, a.kind])).toEqual([['Port Ellis', 'dateline']]);
  });

  it.each([
    ['“I got most of what I asked for,” Lind said.', 'Lind'],
    ['“We asked for a survey and they told us no,” Marchetti said.', 'Marchetti'],
    ['Lind said: “Everyone said it could not be done, and the board agreed.”', 'Lind'],
    ['“I asked,” she said. “He told reporters nothing.”', 'she'],
    ['Lind said it was "a plan the mayor said would never work".', 'Lind'],
  ])('a cue inside a quotation is no attribution: %s', (p, speaker) => {
    expect(found(p).map((a) => a.source)).toEqual([speaker]);
  });

  it('keeps the speaker of a long apposition, not the subject of what was said', () => {
    const p =
      'Delia Marchetti, who chairs the Gull Point Neighbors Association and organized a petition that gathered more than 1,100 signatures, said the council had rushed the vote.';
    expect(found(p).map((a) => [a.source, a.cue])).toEqual([['Delia Marchetti', 'said']]);
  });
});

describe('issue 13: phrasal reporting verbs and initials in source names', () => {
  it('credits a speaker through a phrasal reporting verb, never a bare "raised"', () => {
    expect(one('That is a point that council candidate Mara Vell brought up this week.')).toEqual([
      'Mara Vell',
      'brought up',
      'speech',
    ]);
    expect(one('Dock workers pointed out that the crane was old.')).toEqual([
      'Dock workers',
      'pointed out',
      'speech',
    ]);
    expect(found('The harbor board raised its fees again.')).toEqual([]);
  });

  it('keeps initials and the noun they modify in the source', () => {
    expect(one('The yard was fined, according to the U.S. Maritime Administration.')[0]).toBe(
      'the U.S. Maritime Administration',
    );
    expect(one('The firms were accused by the U.S. government of hiding the cost.')[0]).toBe(
      'the U.S. government',
    );
    expect(one('The U.K. government said on Monday that it would act.')[0]).toBe(
      'The U.K. government',
    );
  });
});
