// Words for a minor attribution change (engine AttributionChange): the same source and verb,
// only the tense, an honorific, a middle initial, the word order or the position changed. The panel dims these
// like typography and counts them apart from real changes, because "only the wording of the
// credit changed" is a finding of its own, not a changed source.
import type { AttributionChange, AttributionEntry } from '../../../engine';

/** A minor change kind, for a `changed` entry that has one; null for a real change. */
export function minorChange(a: AttributionEntry): AttributionChange | null {
  return a.status === 'changed' && a.change ? a.change : null;
}

const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt)\b\.?/g;

function honorifics(text: string | undefined): number {
  return text ? (text.match(HONORIFIC) ?? []).length : 0;
}

/** How a minor change reads in the panel: "tense only: said → says", "honorific added"… */
export function minorChangeLabel(a: AttributionEntry, change: AttributionChange): string {
  switch (change) {
    case 'tense': {
      const from = a.base?.cue;
      const to = a.version?.cue;
      return from && to && from !== to ? `tense only: ${from} → ${to}` : 'tense only';
    }
    case 'honorific': {
      const d = honorifics(a.version?.text) - honorifics(a.base?.text);
      return d > 0 ? 'honorific added' : d < 0 ? 'honorific dropped' : 'honorific changed';
    }
    case 'name-form':
      return 'middle initial only';
    case 'order':
      return 'word order only';
    case 'moved':
      return 'moved to the other side of the quotation';
    case 'typography':
      return 'case and punctuation only';
  }
}

/** One-line explanation for the badge's tooltip. */
export const MINOR_HELP =
  'changed in wording only: the same source and verb; only the tense, an honorific, a middle initial, the word order, the position, or case and punctuation changed';

/** The minor change of the base attribution starting at `start` in a pair, if it has one. */
export function minorChangeAt(
  pair: { attributions: AttributionEntry[] } | undefined,
  start: number,
): AttributionChange | null {
  const a = pair?.attributions.find((x) => x.base?.start === start && x.status === 'changed');
  return a ? minorChange(a) : null;
}
