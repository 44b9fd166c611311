import { useId } from 'react';
import { LESSONS, type LessonId } from '../../teach/lessons';
import type { Example } from '../../teach/pair-findings';
import { QuotedWords } from './QuotedWords';

interface LessonCardProps {
  lesson: LessonId;
  example: Example | null;
  baseName: string;
  versionName: string;
  /** Points at the example's words in the pair view. */
  onShow?: () => void;
}

/** One kind of change explained, with the first example of it from the pair on screen. */
export function LessonCard({ lesson, example, baseName, versionName, onShow }: LessonCardProps) {
  const id = useId();
  const l = LESSONS[lesson];
  return (
    <article className="lesson-card" aria-labelledby={id} data-lesson={lesson}>
      <h3 id={id}>{l.name}</h3>
      <p>{l.what}</p>
      {example ? (
        <div className="lesson-example">
          <p className="lesson-example-head">Example from this pair</p>
          <QuotedWords who={baseName} q={example.base} />
          <QuotedWords who={versionName} q={example.version} />
          {onShow ? (
            <button type="button" className="link-button" onClick={onShow}>
              Show it in the text
            </button>
          ) : null}
        </div>
      ) : null}
      <dl className="lesson-points">
        <dt>Why it matters</dt>
        <dd>{l.why}</dd>
        <dt>Look for</dt>
        <dd>{l.lookFor}</dd>
        <dt>Ask</dt>
        <dd>{l.ask}</dd>
      </dl>
    </article>
  );
}
