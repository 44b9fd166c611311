// A small invented story and a reprint for the teach-mode tests, run through the real engine.
// The reprint strips the agency credit, drops the one parent who objected, alters a quote,
// adds a hedge and rounds a number; a second reprint copies the original word for word.
import { compare, type Comparison } from '../../../../engine';

export const ORIGINAL = [
  'RIVERTON (Valley Press Agency) — The Riverton school board voted 4-1 on Tuesday to close Elm Street Elementary at the end of the school year, saving the district $1.2 million a year.',
  '“We cannot keep a half-empty building open while our other schools go without,” board chair Maria Lopez said after the vote.',
  'Not everyone agreed. Tom Avery, a parent who led a petition against the closure, said the board had ignored the families who rely on the school. “They decided before they listened,” Avery said.',
  'The district will move the school’s 180 pupils to Oak Hill School in September and sell the Elm Street building.',
].join('\n\n');

export const REPRINT = [
  'RIVERTON — The Riverton school board voted 4-1 on Tuesday to close Elm Street Elementary at the end of the school year, reportedly saving the district $1 million a year.',
  '“We cannot keep an empty building open while our other schools go without,” board chair Maria Lopez said after the vote.',
  'The district will move the school’s 180 pupils to Oak Hill School in September and sell the Elm Street building.',
].join('\n\n');

/** The comparison of the original with the reprint (pair 0) and with an exact copy (pair 1). */
export function storyComparison(): Comparison {
  return compare(
    [
      { id: 'o', text: ORIGINAL, number: 1, outlet: 'Riverton Record' },
      { id: 'r', text: REPRINT, number: 2, outlet: 'Valley Daily' },
      { id: 'c', text: ORIGINAL, number: 3, outlet: 'Copy Sheet' },
    ],
    { base: 0 },
  );
}
