// What kind of change a paired attribution with the same source went through. Identical
// wording (case and typography aside) is `kept`. Wording that differs only in the verb's
// tense ("said" → "says"), an honorific ("Marsh" → "Ms. Marsh"), a middle initial ("Thomas
// J. Reardon" → "Thomas Reardon": the same person named more or less fully; `name-form`),
// word order ("said Marsh" → "Marsh said") or the attribution's side of what it credits
// (after the quotation → before it) is `changed` with that minor kind, which the UI dims like typography. Any
// other difference (another source wording, another verb, a hedge such as "reportedly"
// added or removed) is a real change: `changed` with no kind. A dateline or credit restyled
// ("BEIJING —" → "Beijing :") is `changed` with the kind `typography` (see styleOnly).

import { foldSpelling, foldTypography } from '../text/normalize.js';
import type { AttributionChange } from '../types.js';
import { cueKey } from './sources.js';
import type { FoundAttribution } from './found.js';

const HONORIFICS = new Set(
  'mr mrs ms miss dr prof sir dame gov sen rep gen col lt sgt capt'.split(' '),
);
// Auxiliaries that only carry tense: "has said" is "said" in another tense.
const TENSE_ONLY = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'now']);

/** Lower-case words of an attribution, typography folded. */
function tokens(text: string): string[] {
  return (
    foldTypography(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? []
  ).map(foldSpelling);
}

/**
 * Initials of an attribution, lower case: a capital standing alone before a full stop ("J."
 * in "Thomas J. Reardon"). A one-letter word without its stop ("a") is no initial.
 */
function initials(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of foldTypography(text).matchAll(/(?<![\p{L}\p{N}])(\p{Lu})\.(?=\s)/gu)) {
    out.add((m[1] ?? '').toLowerCase());
  }
  return out;
}

/**
 * True when one side's initials are the other's with some left out ("Thomas J. Reardon" →
 * "Thomas Reardon"). Another initial ("Thomas K. Reardon") may be another person: no minor kind.
 */
function initialAddedOrDropped(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const w of long) if (w === short[i]) i += 1;
  return i === short.length;
}

/** The words that carry the source and cue: honorifics, tense and initials left out. */
const norm = (ws: string[], inits: ReadonlySet<string>): string[] =>
  ws
    .filter((w) => !HONORIFICS.has(w) && !TENSE_ONLY.has(w) && !(w.length === 1 && inits.has(w)))
    .map((w) => cueKey(w));

const sorted = (ws: string[]): string => [...ws].sort().join(' ');

/** True when an attribution opens its sentence: no words stand before it. */
function leads(text: string, a: FoundAttribution, floor: number): boolean {
  const from = Math.max(floor, a.start - 400);
  const before = text.slice(from, a.start);
  const end = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
  );
  // A quotation mark in between means the attribution trails a quotation whose own words
  // ended in "?" or "." ("…addiction? “Herrington said", a closing mark typed as an opening one).
  return !/[\p{L}\p{N}"“”]/u.test(before.slice(end + 1));
}

/**
 * True when two attribution phrases spell the same words in the same order and differ only in
 * case, punctuation, dashes, colons or spacing ("BEIJING —" and "Beijing :"; not "PORT ELLIS,
 * Maine —" and "Port Ellis:", which lost a word).
 */
export function styleOnly(a: string, b: string): boolean {
  const letters = (t: string): string =>
    foldTypography(t)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return a !== b && letters(a) !== '' && letters(a) === letters(b);
}

/** The two sides of a pairing, with the text and block start each attribution stands in. */
export interface Side {
  a: FoundAttribution;
  text: string;
  blockStart: number;
}

/**
 * `'kept'` when the wording is the same, a minor AttributionChange when only tense,
 * honorific, initial, order or position differ, and `null` for a real change (see the module comment).
 */
export function changeOf(b: Side, v: Side): 'kept' | AttributionChange | null {
  const moved =
    b.a.kind !== 'credit' &&
    b.a.kind !== 'dateline' &&
    b.a.kind !== 'byline' &&
    leads(b.text, b.a, b.blockStart) !== leads(v.text, v.a, v.blockStart);
  // The same characters give the same words: most pairings of a reprint (no words to fold).
  if (b.a.text === v.a.text) return moved ? 'moved' : 'kept';
  const tb = tokens(b.a.text);
  const tv = tokens(v.a.text);
  if (tb.join(' ') === tv.join(' ')) return moved ? 'moved' : 'kept';
  const inits = new Set([...initials(b.a.text), ...initials(v.a.text)]);
  const nb = norm(tb, inits);
  const nv = norm(tv, inits);
  if (sorted(nb) !== sorted(nv)) return null;
  if (moved) return 'moved';
  if (nb.join(' ') !== nv.join(' ')) return 'order';
  const ib = tb.filter((w) => w.length === 1 && inits.has(w));
  const iv = tv.filter((w) => w.length === 1 && inits.has(w));
  if (ib.join(' ') !== iv.join(' ')) return initialAddedOrDropped(ib, iv) ? 'name-form' : null;
  const hb = tb.filter((w) => HONORIFICS.has(w)).join(' ');
  const hv = tv.filter((w) => HONORIFICS.has(w)).join(' ');
  return hb !== hv ? 'honorific' : 'tense';
}
