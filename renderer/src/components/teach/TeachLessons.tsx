import { useMemo } from 'react';
import type { Comparison, Pair } from '../../../../engine';
import { LESSON_IDS } from '../../teach/lessons';
import { pairExamples, type Example } from '../../teach/pair-findings';
import { LessonCard } from './LessonCard';

interface TeachLessonsProps {
  c: Comparison;
  pair: Pair;
  baseName: string;
  versionName: string;
  onShow: (example: Example) => void;
}

/** Every kind of change present in the pair, explained with its first example. */
export function TeachLessons({ c, pair, baseName, versionName, onShow }: TeachLessonsProps) {
  const examples = useMemo(() => pairExamples(c, pair), [c, pair]);
  const present = LESSON_IDS.filter((id) => examples.has(id));
  return (
    <section id="teach-lessons" className="teach-lessons" aria-labelledby="teach-lessons-heading">
      <h2 id="teach-lessons-heading" className="teach-lessons-heading">
        What the changes in this pair mean
        <span className="muted">
          {' '}
          ({present.length} {present.length === 1 ? 'kind' : 'kinds'} of change)
        </span>
      </h2>
      {present.length === 0 ? (
        <p className="muted">
          This version repeats the original word for word: nothing to explain.
        </p>
      ) : (
        <div className="lesson-grid">
          {present.map((id) => {
            const ex = examples.get(id) ?? null;
            return (
              <LessonCard
                key={id}
                lesson={id}
                example={ex}
                baseName={baseName}
                versionName={versionName}
                onShow={ex ? () => onShow(ex) : undefined}
              />
            );
          })}
        </div>
      )}
    </section>
  );
}
