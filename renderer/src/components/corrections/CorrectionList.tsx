// This pair's link and unlink corrections, and every correction of the story not applied now:
// detached (its words are gone: it changes nothing, and is kept with its words) or inactive
// (its pair is not compared with this base), each with an undo.
import type { Pair } from '../../../../engine';
import type { Annotations } from '../notes/useAnnotations';

const WORDS = {
  'add-attribution': 'attribution added',
  link: 'paragraphs linked',
  unlink: 'paragraphs unlinked',
  'not-attribution': 'not an attribution',
  'attribution-status': 'status changed',
} as const;

const NOT_APPLIED = {
  applied: '',
  inactive: ' (waiting: its pair is not compared with this base)',
  detached: ' (detached: its words are no longer here)',
} as const;

/** The corrections listed under the pair's text tools. */
export function CorrectionList({ a, pair }: { a: Annotations; pair: Pair }) {
  const c = a.loaded?.comparison;
  const mine = a.outcomes.flatMap((o, i) => {
    const k = a.corrections[i];
    const here = o.pair !== undefined && c?.pairs[o.pair] === pair;
    const listed = o.status !== 'applied' || (here && ['link', 'unlink'].includes(o.kind));
    return k && listed ? [{ o, k }] : [];
  });
  if (mine.length === 0) return null;
  return (
    <ul className="correction-list">
      {mine.map(({ o, k }) => (
        <li key={k.id} data-status={o.status}>
          <span className="corrected-badge">corrected by you</span> {WORDS[k.kind]}: “
          {k.anchor.text.slice(0, 80)}”{k.other ? ` ↔ “${k.other.text.slice(0, 80)}”` : ''}
          {NOT_APPLIED[o.status]}{' '}
          <button type="button" className="link-button" onClick={() => void a.undo(k.id)}>
            Undo correction
          </button>
        </li>
      ))}
    </ul>
  );
}
