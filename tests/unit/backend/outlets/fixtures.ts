// Three small wire stories for the outlets tests, each reprinted by the same outlets: the
// Daily Courier strips the "(AP)" credit from two of them and trims the ending of one; the
// Valley Times keeps every credit but drops a quotation; nothing is invented per test.
import type { BackendContext } from '../../../../backend/context';
import { paste } from '../export/library';

interface Wire {
  title: string;
  place: string;
  paras: string[];
}

const WIRES: Wire[] = [
  {
    title: 'Council approves harbour dredging',
    place: 'PORT ELLIS, Maine',
    paras: [
      'The town council voted 5-2 on Tuesday to dredge the inner harbour before the autumn storms, ending a debate that had divided fishermen and shop owners for most of the year.',
      '“We cannot wait another winter,” said Mayor Ann Lee, who had pushed for the work since March.',
      'Opponents said the cost, about $1.2 million, would fall on property owners who never use the harbour.',
      'The work is expected to start in September and to last about six weeks, according to the harbour master.',
    ],
  },
  {
    title: 'Library reopens after flood repairs',
    place: 'GREENFIELD, Mass.',
    paras: [
      'The public library reopened on Monday after eight months of repairs to damage left by a spring flood that filled its basement with river water.',
      '“People lined up before the doors opened,” said librarian Tom Brady, who counted more than two hundred visitors by noon.',
      'The repairs cost about $800,000, most of it paid by the state’s disaster fund, officials said.',
      'The children’s room will stay closed until new shelves arrive next month, the library said in a statement.',
    ],
  },
  {
    title: 'Ferry service resumes on the sound',
    place: 'BAYPORT, N.Y.',
    paras: [
      'Ferry service across the sound resumed on Friday after a three-week strike by deckhands ended with a new two-year contract.',
      '“We are glad to be back on the water,” said union steward Maria Gomez, standing on the dock as the first boat left.',
      'Commuters had faced drives of more than two hours around the bay while the boats were tied up.',
      'The ferry company said it would add an extra evening crossing through the end of the month to clear the backlog.',
    ],
  },
];

// Each outlet sets the headline its own way, so no reprint is the wire's text byte for byte.
const body = (headline: string, w: Wire, credit: boolean, paras: string[]): string =>
  `${headline}\n\n${w.place}${credit ? ' (AP)' : ''} — ${paras.join('\n\n')}\n`;

/** Imports the three stories through the real import path; returns their ids. */
export async function wireLibrary(ctx: BackendContext): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, w] of WIRES.entries()) {
    const id = await paste(ctx, w.title, body(w.title, w, true, w.paras), {
      outlet: 'Associated Press',
      published: `2024-05-0${i + 1}T08:00:00Z`,
    });
    // The Courier drops the credit from the first two stories and trims the first's ending.
    const courier = i === 0 ? w.paras.slice(0, 3) : w.paras;
    await paste(ctx, id, body(w.title.toUpperCase(), w, i === 2, courier), {
      outlet: 'Daily Courier',
      published: `2024-05-0${i + 1}T12:00:00Z`,
    });
    // The Valley Times keeps the credit and drops the quotation of the second story.
    const times = i === 1 ? w.paras.filter((_, k) => k !== 1) : w.paras;
    await paste(ctx, id, body(`Local news: ${w.title}`, w, true, times), {
      outlet: i === 0 ? 'valley  times' : 'Valley Times',
      published: `2024-05-0${i + 1}T13:00:00Z`,
    });
    ids.push(id);
  }
  return ids;
}
