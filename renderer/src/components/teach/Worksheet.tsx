import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Comparison } from '../../../../engine';
import { WORKSHEET, worksheetQuestions, type WorksheetExcerpt } from '../../teach/worksheet';
import '../../styles/teach-worksheet.css';

interface WorksheetProps {
  c: Comparison;
  /** The name of comparison.versions[i]. */
  nameOf: (versionIndex: number) => string;
  pairIndex: number;
  onClose: () => void;
}

function Excerpts({ who, list }: { who: string; list: WorksheetExcerpt[] }) {
  return (
    <>
      {list.map((e) => (
        <blockquote key={e.para} className="ws-excerpt">
          <p className="ws-excerpt-who">
            {who}, ¶{e.para}
          </p>
          <p>{e.text}</p>
        </blockquote>
      ))}
    </>
  );
}

/** Lines to write on; pictures only, so screen readers skip them. */
const Lines = () => (
  <div className="ws-lines" aria-hidden="true">
    {Array.from({ length: WORKSHEET.answerLines }, (_, i) => (
      <span key={i} />
    ))}
  </div>
);

// While the worksheet is open the app behind it is inert (no focus, no clicks), like a modal.
function useInertApp(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, []);
}

/**
 * The printable worksheet of one pair, shown over the app and printed through the browser's
 * own print (window.print(), in Electron and browser mode alike). It is rendered beside the
 * app's root, so the print stylesheet can print it alone; the answer key starts a new page.
 */
export function Worksheet({ c, nameOf, pairIndex: initial, onClose }: WorksheetProps) {
  const [pairIndex, setPairIndex] = useState(initial);
  const [withKey, setWithKey] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Taken while rendering, before the app behind turns inert and loses its focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useInertApp();
  const pair = c.pairs[pairIndex];
  const baseName = nameOf(c.base);
  const verName = pair ? nameOf(pair.version) : '';
  const questions = useMemo(
    () => worksheetQuestions(c, pairIndex, verName),
    [c, pairIndex, verName],
  );

  // Escape closes the sheet wherever the focus is (the app behind is inert); focus returns to
  // the button that opened it.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  return createPortal(
    <div
      className="worksheet-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="worksheet-title"
    >
      <div className="worksheet-toolbar">
        <label>
          Version{' '}
          <select value={pairIndex} onChange={(e) => setPairIndex(Number(e.target.value))}>
            {c.pairs.map((p, i) => (
              <option key={i} value={i}>
                {nameOf(p.version)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-chip">
          <input type="checkbox" checked={withKey} onChange={() => setWithKey(!withKey)} /> Include
          the answer key (on its own page)
        </label>
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print worksheet
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <article className="worksheet" aria-labelledby="worksheet-title">
        <h1 id="worksheet-title" ref={heading} tabIndex={-1}>
          Worksheet: how did {verName} change the story?
        </h1>
        <p className="ws-name">
          Name <span /> Date <span />
        </p>
        <p className="ws-intro">
          The original is <strong>{baseName}</strong>; the republication is{' '}
          <strong>{verName}</strong>. Each question shows paragraphs of the two versions, word for
          word (¶ numbers count every paragraph of a version). Read them closely and answer in your
          own words.
        </p>
        {questions.length === 0 ? (
          <p>This version repeats the original word for word: there is nothing to find.</p>
        ) : (
          <ol className="ws-questions">
            {questions.map((q) => (
              <li key={q.n} className="ws-question">
                <Excerpts who={`${baseName} (original)`} list={q.base} />
                <Excerpts who={verName} list={q.version} />
                <p className="ws-prompt">{q.prompt}</p>
                <Lines />
              </li>
            ))}
          </ol>
        )}
      </article>
      {withKey ? (
        <article className="worksheet worksheet-key" aria-labelledby="worksheet-key-title">
          <h1 id="worksheet-key-title">Answer key: {verName}</h1>
          <ol className="ws-answers">
            {questions.map((q) => (
              <li key={q.n}>{q.answer}</li>
            ))}
          </ol>
        </article>
      ) : null}
    </div>,
    document.body,
  );
}
