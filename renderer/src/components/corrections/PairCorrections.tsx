// Notes and corrections made from the text of a pair (usePairTools.ts): select words in the
// texts, then add a note on them, add them as an attribution the engine missed, or link or
// unlink the two selected paragraphs. Below: this pair's paragraph corrections and the
// story's detached ones (CorrectionList.tsx).
import type { Pair } from '../../../../engine';
import { useAnnotationsContext } from '../notes/AnnotationsContext';
import { NoteForm } from '../notes/NoteForm';
import type { Annotations } from '../notes/useAnnotations';
import { CorrectionList } from './CorrectionList';
import { usePairTools } from './usePairTools';

/** The selection tools and this pair's corrections (nothing outside a story's comparison). */
export function PairCorrections({ pair }: { pair: Pair }) {
  const a = useAnnotationsContext();
  return a?.loaded ? <Tools a={a} pair={pair} /> : null;
}

function Tools({ a, pair }: { a: Annotations; pair: Pair }) {
  const t = usePairTools(a, pair);
  return (
    <section className="pair-corrections" aria-label="Your corrections">
      <h3>Notes and corrections</h3>
      <p className="muted">Select words in the texts, then:</p>
      <div className="pair-correction-buttons">
        <button type="button" className="button" onClick={t.startNote}>
          Add note
        </button>
        <button type="button" className="button" onClick={t.addAttribution}>
          Add as attribution
        </button>
        <button type="button" className="button" onClick={() => t.paragraphs('link')}>
          Link paragraphs
        </button>
        <button type="button" className="button" onClick={() => t.paragraphs('unlink')}>
          Unlink paragraphs
        </button>
      </div>
      {t.noting ? (
        <div className="pair-note">
          <p className="muted">Note on “{t.notedText.slice(0, 120)}”</p>
          <NoteForm onSave={t.saveNote} onCancel={t.cancelNote} />
        </div>
      ) : null}
      {t.hint ? (
        <p className="hint" role="status">
          {t.hint}
        </p>
      ) : null}
      <CorrectionList a={a} pair={pair} />
    </section>
  );
}
