// One numbering everywhere: the matrix (renderer) and the CLI report print the same ¶n for the
// same base paragraph, and the same #n for the same version. The base opens with a title and
// page furniture, which is where the two used to disagree (the matrix counted body paragraphs
// only, the CLI every block).
import { describe, expect, it } from 'vitest';
import { compare, versionNumber, withVersionNumbers } from '../../../../engine';
import { formatReport } from '../../../../cli/compare-report';
import { baseParagraphRows } from '../../../../renderer/src/compare/model';
import { P, text } from '../../engine/fixtures';

const furnished = `Harbor deal approved\n\n • Facebook\n\n • Twitter\n\n${text(P)}`;
const trimmed = text([P[0], P[1], P[2], P[4]] as string[]);
const c = withVersionNumbers(
  compare([
    { id: 'base.txt', text: furnished },
    { id: 'trimmed.txt', text: trimmed },
  ]),
  [5, 9],
);

describe('numbering shared by the matrix and the CLI', () => {
  it('prints the same ¶n for every dropped base paragraph', () => {
    const report = formatReport(c, false);
    const rows = baseParagraphRows(c);
    const dropped = c.pairs[0]!.droppedBlocks.filter(
      (b) => c.versions[0]!.blocks[b]!.kind === 'body',
    );
    expect(dropped.length).toBeGreaterThan(0);
    for (const b of dropped) {
      const row = rows.find((r) => r.block === b);
      const blk = c.versions[0]!.blocks[b]!;
      const start = furnished.slice(blk.start, blk.start + 20);
      expect(report).toContain(`dropped ¶${row?.number}: ${start}`);
    }
    // The 4th body paragraph (P[3]) is ¶7: three furniture blocks come first.
    expect(
      rows.find((r) => furnished.slice(c.versions[0]!.blocks[r.block]!.start).startsWith(P[3]!))
        ?.number,
    ).toBe(7);
  });

  it('prints the same #n for each version as the comparison carries', () => {
    const report = formatReport(c, false);
    expect(versionNumber(c, 0)).toBe(5);
    expect(report).toContain('Base: #5 base.txt');
    expect(report).toContain('Changes in #9 trimmed.txt');
  });
});
