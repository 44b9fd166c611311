// Small stories written for the issue 13 export tests (our own text, not the seeds): two
// outlets' independent reports of one event, and a chain of copies with a known tree.
import type { BackendContext } from '../../../../backend/context';
import { paste } from './library';

const text = (ps: readonly string[]): string => ps.join('\n\n');

/** The Valley Courier's report of the bridge closure. */
export const COURIER = [
  'Inspectors close the Alder Street bridge',
  'State inspectors closed the Alder Street bridge in Millbrook on Wednesday after finding cracks in two steel girders, cutting off a crossing used by about 14,000 vehicles a day.',
  '“We found corrosion that had eaten through almost half of the flange,” said Dana Whitcombe, the chief engineer of the state transport department. “Nobody should drive on that span.”',
  'The county had postponed a $6.5 million repair of the bridge in 2019 to pay for road resurfacing elsewhere, according to budget records.',
  'Detours will add up to twenty minutes to trips between the east side and the hospital, the sheriff’s office said.',
  'The high school football team still plans to hold its homecoming parade on Saturday.',
].join('\n\n');

/** The Millbrook Ledger's own report of the same closure, with no reused wording. */
export const LEDGER = [
  'Millbrook loses its busiest crossing',
  'About 14,000 drivers a day will need another route after the Alder Street bridge was shut by state inspectors on Wednesday; two of its steel girders are cracked.',
  'Dana Whitcombe, who leads engineering at the state transport department, told the Ledger that rust had consumed nearly half of a girder flange and that the span was unsafe for any traffic.',
  'Budget papers show the county put off a $6.5 million fix in 2019, moving the money to resurfacing projects.',
  'Mayor Colin Asante said the town would ask the governor for emergency funds by Friday.',
  'A farmers market opens in the old rail depot next month.',
].join('\n\n');

/** The base of the chain story: a paragraph list. */
export const CHAIN_BASE = [
  'City orders audit of water meters',
  'The Fenwick city council ordered an independent audit of its water meters on Monday after hundreds of households complained of bills that had doubled since the spring.',
  'Council member Priya Natarajan said the city had replaced 9,000 meters last year under a contract with Ostrander Metering.',
  '“Residents deserve to know whether they are paying for water they never used,” Natarajan said.',
  'The utility director, Tom Keel, said early checks pointed to a software fault in the billing system rather than the meters themselves.',
  'The audit is expected to take ten weeks and cost about $180,000.',
  'Residents can ask for a free meter test by calling the utility office.',
  'The council also approved new benches for Riverside Park.',
];

/** The sentence the first copy adds and the second copy keeps. */
export const CHAIN_ADDED =
  'Ostrander Metering did not respond to a request for comment on the audit Tuesday evening.';

/** Builds the chain: B copies the base adding a sentence; C copies B, keeping it, trimming. */
export function chainTexts(): { base: string; b: string; c: string } {
  const b = [...CHAIN_BASE.slice(0, 5), CHAIN_ADDED, ...CHAIN_BASE.slice(5, 7)];
  const c = [...b.slice(0, 6), 'The audit will take ten weeks and cost about $180,000.'];
  return { base: text(CHAIN_BASE), b: text(b), c: text(c) };
}

/** The independent-reports story in the library; returns its id. */
export async function bridgeStory(ctx: BackendContext): Promise<number> {
  const id = await paste(ctx, 'Alder Street bridge closed', COURIER, {
    outlet: 'Valley Courier',
    published: '2024-04-10T18:00:00Z',
  });
  await paste(ctx, id, LEDGER, { outlet: 'Millbrook Ledger', published: '2024-04-10T20:00:00Z' });
  return id;
}

/** The chain story in the library (base #1, B #2, C #3); returns its id. */
export async function meterStory(ctx: BackendContext): Promise<number> {
  const t = chainTexts();
  const id = await paste(ctx, 'Fenwick water meter audit', t.base, {
    outlet: 'Fenwick Herald',
    published: '2024-06-03T08:00:00Z',
  });
  await paste(ctx, id, t.b, { outlet: 'Tri-County Wire', published: '2024-06-04T08:00:00Z' });
  await paste(ctx, id, t.c, { outlet: 'Lakeside Post', published: '2024-06-05T08:00:00Z' });
  return id;
}

/**
 * Two copies that each add the same sentence and make one change of their own, undated:
 * nothing tells which came first, so the copy chain can only call their sources ambiguous.
 */
export async function undatedTwinsStory(ctx: BackendContext): Promise<number> {
  const b = [...CHAIN_BASE.slice(0, 5), CHAIN_ADDED, ...CHAIN_BASE.slice(5)];
  const c = [...b];
  b[2] = (b[2] ?? '').replace('last year', 'in 2023');
  c[4] = (c[4] ?? '').replace('early checks', 'the first tests');
  const id = await paste(ctx, 'Fenwick meters, undated', text(CHAIN_BASE), { outlet: 'Herald' });
  await paste(ctx, id, text(b), { outlet: 'Wire' });
  await paste(ctx, id, text(c), { outlet: 'Post' });
  return id;
}
