// What the comparison is doing when it is not simply shown: running (with a Cancel button
// once it has taken a moment), held by a guard (size, a crash last time), cancelled, stopped
// by the time limit, failed, or shown as a quick comparison. Each says why in words and
// offers the ways on.
import { useEffect, useState } from 'react';
import type { Comparison } from '../../../../engine';
import { COMPARE_LIMITS } from '../../compare/compare-limits';
import type { ComparisonState, Hold, RunMode } from '../../compare/useComparison';

const ANYWAY: RunMode = { guards: false, timeLimit: true, quick: false };
const NO_LIMIT: RunMode = { guards: false, timeLimit: false, quick: false };
const QUICK: RunMode = { guards: false, timeLimit: true, quick: true };

/** "38 MB", "640 KB": text sizes as people say them. */
function size(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(chars >= 10_000_000 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

/** Whole seconds since mounting, ticking once a second; null before cancelDelayMs. */
function useElapsed(): number | null {
  const [ms, setMs] = useState<number | null>(null);
  useEffect(() => {
    const t0 = performance.now();
    const tick = (): void => setMs(performance.now() - t0);
    const first = setTimeout(tick, COMPARE_LIMITS.cancelDelayMs);
    const every = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, []);
  return ms === null || ms < COMPARE_LIMITS.cancelDelayMs ? null : Math.floor(ms / 1000);
}

function Running({ cancel, engine }: { cancel?: () => void; engine: boolean }) {
  const seconds = useElapsed();
  return (
    <div className="compare-status running" role="status" data-state="comparing">
      <span className="spinner" aria-hidden="true" />
      <span>
        Comparing the versions…
        {seconds !== null && engine ? <span className="muted"> {seconds} s</span> : null}
      </span>
      {seconds !== null && cancel ? (
        <button type="button" className="small-button" onClick={cancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}

/** The sentence that explains a hold. */
function holdText(hold: Hold): string {
  switch (hold.kind) {
    case 'size':
      return `This story has ${size(hold.chars)} of text in ${hold.versions} versions; comparing it may take a while and use a lot of memory.`;
    case 'unfinished':
      return 'The last comparison of this story did not finish: the window crashed or was stopped while it ran. It was not started again on its own.';
    case 'cancelled':
      return 'The comparison was cancelled.';
    case 'timeout':
      return `The comparison took longer than ${hold.seconds} seconds and was stopped, so that the rest of Retold stays usable.`;
    case 'error':
      return `The comparison failed: ${hold.message}`;
  }
}

function Held({ hold, run }: { hold: Hold; run: (mode: RunMode) => void }) {
  const first = hold.kind === 'size' || hold.kind === 'unfinished' ? 'Compare anyway' : 'Try again';
  return (
    <div
      className={`compare-status held${hold.kind === 'error' ? ' error-text' : ''}`}
      role="alert"
      data-state={hold.kind}
    >
      <p>{holdText(hold)}</p>
      <div className="compare-status-actions">
        <button type="button" className="button" onClick={() => run(ANYWAY)}>
          {first}
        </button>
        {hold.kind === 'timeout' ? (
          <button type="button" className="button" onClick={() => run(NO_LIMIT)}>
            Compare without a time limit
          </button>
        ) : null}
        {hold.kind !== 'error' ? (
          <button type="button" className="button" onClick={() => run(QUICK)}>
            Quick comparison
          </button>
        ) : null}
      </div>
      {hold.kind !== 'error' ? (
        <p className="muted">
          A quick comparison skips attributions and quotes and may show coarser word changes.
        </p>
      ) : null}
    </div>
  );
}

/** The engine's own word when it hit a work limit (engine `coarse`), or null. */
function coarseText(c: Comparison): string | null {
  if (c.coarse) return `Coarse comparison: ${c.coarse.reason}`;
  const hit = c.pairs.filter((p) => p.coarse);
  const first = hit[0]?.coarse;
  if (!first) return null;
  return `${hit.length} of ${c.pairs.length} versions were compared coarsely (${first.reason}); their word changes may not be minimal.`;
}

/** The status line above the comparison views; nothing once a full comparison is shown. */
export function CompareStatus({ state }: { state: ComparisonState }) {
  if (state.status === 'loading') return <Running cancel={state.cancel} engine={state.engine} />;
  if (state.status === 'held') return <Held hold={state.hold} run={state.run} />;
  if (state.status === 'ready' && state.value.quick) {
    return (
      <div className="compare-status quick" role="status" data-state="quick">
        <span>
          Quick comparison: attributions and quotes were not analysed, and word changes may be
          coarser than usual.
        </span>
        <button type="button" className="small-button" onClick={() => state.run(NO_LIMIT)}>
          Full comparison
        </button>
      </div>
    );
  }
  const coarse = state.status === 'ready' ? coarseText(state.value.comparison) : null;
  if (coarse) {
    return (
      <div className="compare-status quick" role="status" data-state="coarse">
        <span>{coarse}</span>
      </div>
    );
  }
  return null;
}
