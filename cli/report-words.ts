// Plain words for the terminal report of `retold compare`: the engine's names (attribution
// kinds such as `according_to`, quote statuses) become what a reader says, and a change that
// cannot be seen in a terminal (a no-break space for a space, a curly for a straight
// apostrophe) is named character by character.
import { diffChars } from 'diff';
import type { AttributionChange, AttributionKind, QuoteStatus } from '../engine/index';

/** What an attribution of each kind is called in the report. */
export const ATTRIBUTION_LABEL: Record<AttributionKind, string> = {
  speech: 'attribution (‘said’)',
  according_to: 'attribution (‘according to’)',
  report: 'attribution (‘reported’)',
  credit: 'credit line',
  dateline: 'dateline',
  byline: 'byline',
  copyright: 'copyright line',
  other: 'attribution',
};

/** What a minor change of an attribution (same source, reworded slightly) is called. */
export const ATTRIBUTION_CHANGE_LABEL: Record<AttributionChange, string> = {
  tense: 'tense only',
  honorific: 'honorific only',
  'name-form': 'middle initial only',
  order: 'word order only',
  moved: 'moved to the other side of its quote',
  typography: 'case and punctuation only',
};

/** The heading of each group of quotations, by status (plural; the count follows). */
export const QUOTE_HEADING: Record<Exclude<QuoteStatus, 'identical'>, string> = {
  typography: 'Quotes with typography changes',
  spelling: 'Quotes with spelling changes',
  trimmed: 'Trimmed quotes',
  altered: 'Altered quotes',
  paraphrased: 'Paraphrased quotes',
  reattributed: 'Reattributed quotes',
  dropped: 'Dropped quotes',
  added: 'Added quotes',
};

/** Characters that look alike (or like nothing) in a terminal, by name. */
const LOOKALIKE: Record<string, string> = {
  ' ': 'ordinary space',
  '\u00a0': 'no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u200a': 'hair space',
  '\u202f': 'narrow no-break space',
  '\u3000': 'ideographic space',
  '\t': 'tab',
  '\n': 'line break',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'zero-width no-break space',
  '\u00ad': 'soft hyphen',
  '-': 'hyphen-minus',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2212': 'minus sign',
  "'": 'straight apostrophe',
  '\u2018': 'left single quote',
  '\u2019': 'curly apostrophe',
  '\u02bc': 'modifier apostrophe',
  '"': 'straight double quote',
  '\u201c': 'left double quote',
  '\u201d': 'right double quote',
  '\u00ab': 'left guillemet',
  '\u00bb': 'right guillemet',
};

/** Lookalikes that show as nothing or as a plain space: adding or removing one is unseen. */
const BLANK = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]+$/u;

/** Name of a run of lookalike characters, or null when one of them is an ordinary letter. */
function nameRun(run: string): string | null {
  if (run === '') return 'nothing';
  const names: string[] = [];
  for (const ch of run) {
    const name = LOOKALIKE[ch];
    if (!name) return null;
    names.push(name);
  }
  return names.join(' + ');
}

/**
 * When every difference between two strings is a lookalike character, what changed
 * ("ordinary space → no-break space"; several differences joined by "; "), else null.
 */
export function invisibleChange(before: string, after: string): string | null {
  if (before === after) return null;
  const found: string[] = [];
  const parts = diffChars(before, after);
  for (let i = 0; i < parts.length; i += 1) {
    const p = parts[i];
    if (!p || (!p.added && !p.removed)) continue;
    const next = parts[i + 1];
    const removed = p.removed ? p.value : '';
    const added = p.added ? p.value : next?.added ? next.value : '';
    if (p.removed && next?.added) i += 1;
    const from = nameRun(removed);
    const to = nameRun(added);
    if (from === null || to === null) return null;
    // An added or removed hyphen or quote mark shows in the ordinary diff; a blank does not.
    if ((removed === '' && !BLANK.test(added)) || (added === '' && !BLANK.test(removed))) {
      return null;
    }
    // Nor does an ordinary space that splits or joins two words ("percent" → "per cent").
    if ((removed === '' || added === '') && /^ +$/.test(removed + added)) {
      const left = parts[i - (p.removed && next?.added ? 2 : 1)]?.value.slice(-1) ?? '';
      const right = parts[i + 1]?.value.charAt(0) ?? '';
      if (/\S/u.test(left) && /\S/u.test(right)) return null;
    }
    const said = `${from} → ${to}`;
    if (!found.includes(said)) found.push(said);
  }
  return found.length > 0 ? found.join('; ') : null;
}
