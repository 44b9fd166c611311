// Attributions: the seam for issue 4 (full attribution analysis). For now this finds the
// explicit "according to …" credits of both sides and pairs them by their folded wording:
// the same credit on both sides is kept, the others are dropped or added. Speech
// attributions ("X said") are left to issue 4, which will extend this module.

import { foldTypography } from './normalize.js';
import type { Prepared } from './prepare.js';
import type { AttributionEntry, AttributionSpan } from './types.js';

const ACCORDING_TO = /\baccording to\s+([^.,;:!?\n"\u201C\u201D]{2,80})/giu;

/** The "according to …" credits in the body blocks of a version. */
export function findCredits(p: Prepared): AttributionSpan[] {
  const out: AttributionSpan[] = [];
  for (const b of p.blocks) {
    if (b.kind !== 'body') continue;
    const text = p.input.text.slice(b.start, b.end);
    for (const m of text.matchAll(ACCORDING_TO)) {
      const start = b.start + (m.index ?? 0);
      const phrase = m[0].trimEnd();
      out.push({
        start,
        end: start + phrase.length,
        text: phrase,
        source: (m[1] ?? '').trim(),
        cue: 'according to',
      });
    }
  }
  return out;
}

const key = (a: AttributionSpan): string => foldTypography(a.source ?? a.text).toLowerCase();

/** Pairs the credits of base and version: kept when the same, else dropped and added. */
export function pairAttributions(
  base: AttributionSpan[],
  version: AttributionSpan[],
): AttributionEntry[] {
  const free = [...version];
  const out: AttributionEntry[] = [];
  for (const b of base) {
    const j = free.findIndex((v) => key(v) === key(b));
    const v = j === -1 ? undefined : free.splice(j, 1)[0];
    out.push(
      v === undefined
        ? { status: 'dropped', kind: 'according_to', base: b, version: null }
        : { status: 'kept', kind: 'according_to', base: b, version: v },
    );
  }
  for (const v of free) out.push({ status: 'added', kind: 'according_to', base: null, version: v });
  return out;
}
