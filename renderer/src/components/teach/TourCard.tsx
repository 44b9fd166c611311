import { useEffect, useRef, type KeyboardEvent } from 'react';
import { LESSONS } from '../../teach/lessons';
import type { TourStep } from '../../teach/tour';
import { QuotedWords } from './QuotedWords';

interface TourCardProps {
  steps: TourStep[];
  index: number;
  baseName: string;
  /** The name of the version of a pair. */
  nameOf: (pairIndex: number) => string;
  onStep: (index: number) => void;
  onClose: () => void;
}

/**
 * The guided tour's card: one step at a time, in a band above the pair view (not over it, so
 * the marked words are never hidden). Next/Back buttons (or the arrow keys while the card has
 * focus) step, Escape ends the tour, and each step is announced politely.
 */
export function TourCard({ steps, index, baseName, nameOf, onStep, onClose }: TourCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[index];
  const last = index >= steps.length - 1;

  // Focus comes to the card when the tour starts; stepping keeps it on the button pressed.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowRight' && !last) onStep(index + 1);
    else if (e.key === 'ArrowLeft' && index > 0) onStep(index - 1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  if (!step) return null;
  const lesson = step.lesson ? LESSONS[step.lesson] : null;
  return (
    <section className="tour-card" aria-labelledby="tour-title" onKeyDown={onKeyDown}>
      <div className="tour-body" aria-live="polite">
        <div className="tour-head">
          <p className="tour-progress">
            Step {index + 1} of {steps.length} · {nameOf(step.pairIndex)}
          </p>
          <h2 id="tour-title" ref={heading} tabIndex={-1}>
            {step.title}
          </h2>
          {step.note ? <p className="tour-note">{step.note}</p> : null}
        </div>
        <div className="tour-detail">
          {step.example ? (
            <>
              <QuotedWords who={baseName} q={step.example.base} />
              <QuotedWords who={nameOf(step.pairIndex)} q={step.example.version} />
            </>
          ) : null}
          {lesson ? (
            <p className="tour-why">
              <strong>{lesson.name}.</strong> {lesson.why}
            </p>
          ) : null}
        </div>
      </div>
      <div className="tour-buttons">
        <button
          type="button"
          className="button"
          onClick={() => onStep(index - 1)}
          disabled={index === 0}
        >
          ← Back
        </button>
        {last ? (
          <button type="button" className="button primary" onClick={onClose}>
            Finish the tour
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => onStep(index + 1)}>
            Next →
          </button>
        )}
        <button type="button" className="button" onClick={onClose} aria-keyshortcuts="Escape">
          End tour
        </button>
        <span className="muted tour-keys">← → step · Esc ends</span>
      </div>
    </section>
  );
}
