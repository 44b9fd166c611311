import { useCallback, useMemo, useRef, useState } from 'react';
import type { LoadedComparison } from '../../compare/useComparison';
import { versionName } from '../../lib/format';
import type { Example } from '../../teach/pair-findings';
import type { Spotlight } from '../../teach/spotlight';
import { tourSteps, type TourStep } from '../../teach/tour';
import { useTeachMode } from '../../teach/useTeachMode';
import { TeachLessons } from './TeachLessons';
import { TourCard } from './TourCard';
import { Worksheet } from './Worksheet';
import '../../styles/teach.css';

interface TeachModeProps {
  loaded: LoadedComparison | null;
  /** True while the pair view is shown. */
  onPairTab: boolean;
  pairIndex: number;
  /** Opens the pair view on a pair. */
  onOpenPair: (pairIndex: number) => void;
  /** Points the pair view at words (null: at nothing). */
  onSpot: (spot: Spotlight | null) => void;
}

/**
 * Teach mode (issue 11, item 15): a switch in the story view that adds, for students, an
 * explanation of every kind of change in the pair on screen with an example from its text, a
 * guided tour of the story's most telling changes, and a printable worksheet with answer key.
 */
export function TeachMode({ loaded, onPairTab, pairIndex, onOpenPair, onSpot }: TeachModeProps) {
  const { on, setOn } = useTeachMode();
  const [lessonsOpen, setLessonsOpen] = useState(true);
  const [tourAt, setTourAt] = useState<number | null>(null);
  const [worksheetOpen, setWorksheetOpen] = useState(false);
  const tourButton = useRef<HTMLButtonElement>(null);
  const count = useRef(0);
  const c = loaded?.comparison ?? null;
  const steps = useMemo<TourStep[]>(() => (c ? tourSteps(c) : []), [c]);
  const nameOfVersion = useCallback(
    (i: number): string => versionName(loaded?.versions[i] ?? { outlet: null, title: null }),
    [loaded],
  );
  const nameOfPair = (i: number): string => nameOfVersion(c?.pairs[i]?.version ?? -1);

  const point = (pi: number, ex: Example | null): void => {
    count.current += 1;
    const base = ex?.base?.range ?? null;
    const version = ex?.version?.range ?? null;
    onSpot(ex ? { pairIndex: pi, base, version, n: count.current } : null);
  };
  const goStep = (i: number): void => {
    const step = steps[i];
    if (!step) return;
    setTourAt(i);
    if (!onPairTab || step.pairIndex !== pairIndex) onOpenPair(step.pairIndex);
    point(step.pairIndex, step.example);
  };
  const endTour = (): void => {
    setTourAt(null);
    onSpot(null);
    tourButton.current?.focus();
  };
  const toggle = (value: boolean): void => {
    setOn(value);
    if (!value) {
      setTourAt(null);
      onSpot(null);
    }
  };

  const pair = c?.pairs[pairIndex];
  return (
    <>
      <div className="teach-bar">
        <label className="teach-switch">
          <input
            type="checkbox"
            role="switch"
            checked={on}
            onChange={(e) => toggle(e.target.checked)}
          />{' '}
          Teach mode
        </label>
        {on && c ? (
          <>
            <button
              ref={tourButton}
              type="button"
              className="button"
              disabled={steps.length === 0}
              onClick={() => goStep(0)}
            >
              Start the tour
            </button>
            <button type="button" className="button" onClick={() => setWorksheetOpen(true)}>
              Worksheet…
            </button>
            {onPairTab ? (
              <button
                type="button"
                className="button"
                aria-expanded={lessonsOpen}
                aria-controls="teach-lessons"
                onClick={() => setLessonsOpen(!lessonsOpen)}
              >
                What the changes mean
              </button>
            ) : (
              <span className="muted">Open a pair to see what each of its changes means.</span>
            )}
          </>
        ) : null}
      </div>
      {on && c && pair && onPairTab && lessonsOpen && tourAt === null ? (
        <TeachLessons
          c={c}
          pair={pair}
          baseName={nameOfVersion(c.base)}
          versionName={nameOfVersion(pair.version)}
          onShow={(ex) => point(pairIndex, ex)}
        />
      ) : null}
      {on && c && tourAt !== null ? (
        <TourCard
          steps={steps}
          index={tourAt}
          baseName={nameOfVersion(c.base)}
          nameOf={nameOfPair}
          onStep={goStep}
          onClose={endTour}
        />
      ) : null}
      {on && c && worksheetOpen ? (
        <Worksheet
          c={c}
          nameOf={nameOfVersion}
          pairIndex={onPairTab ? pairIndex : 0}
          onClose={() => setWorksheetOpen(false)}
        />
      ) : null}
    </>
  );
}
