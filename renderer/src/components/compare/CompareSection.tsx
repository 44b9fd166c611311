import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useComparison } from '../../compare/useComparison';
import type { PairTarget } from '../../compare/usePairLayout';
import type { StoryDetail } from '../../lib/types';
import { CompareMatrix } from './CompareMatrix';
import { CompareOverview } from './CompareOverview';
import { CompareStatus } from './CompareStatus';
import { PairView } from './PairView';

type Tab = 'overview' | 'matrix' | 'pair';

interface CompareSectionProps {
  story: StoryDetail;
  onMakeBase: (versionId: number | null) => void;
  /** The versions table, shown under the overview. */
  versions: ReactNode;
}

const TABS: { id: Tab; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'pair', label: 'Pair' },
];

const TAB_KEY = 'retold.storyTab';

/** The overview or matrix stays chosen when moving between stories (a pair is per story). */
function storedTab(): Tab {
  try {
    return sessionStorage.getItem(TAB_KEY) === 'matrix' ? 'matrix' : 'overview';
  } catch {
    return 'overview';
  }
}

function rememberTab(t: Tab): void {
  try {
    if (t !== 'pair') sessionStorage.setItem(TAB_KEY, t);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
}

/** The story's comparison views: overview, all-versions matrix, and one pair. */
export function CompareSection({ story, onMakeBase, versions }: CompareSectionProps) {
  const state = useComparison(story);
  const [chosenTab, setTabState] = useState<Tab>(storedTab);
  const setTab = (t: Tab): void => {
    setTabState(t);
    rememberTab(t);
  };
  const [pairIndex, setPairIndex] = useState(0);
  const [at, setAt] = useState<PairTarget | null>(null);
  const ready = state.status === 'ready' ? state.value : null;
  // With fewer than two versions there is nothing to compare: only the overview makes sense.
  const tab = state.status === 'idle' ? 'overview' : chosenTab;

  const openPair = (i: number, where: PairTarget | null = null): void => {
    setPairIndex(i);
    setAt(where);
    setTab('pair');
  };
  const onTabKey = (e: KeyboardEvent, i: number): void => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    const nextTab = TABS[(i + d + TABS.length) % TABS.length];
    if (!nextTab) return;
    setTab(nextTab.id);
    document.getElementById(`tab-${nextTab.id}`)?.focus();
  };

  const status = <CompareStatus state={state} />;

  return (
    <div className="compare-section" data-compare-source={ready?.source}>
      <div role="tablist" aria-label="Story views" className="tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            disabled={t.id !== 'overview' && !ready}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {status}
        {tab === 'overview' ? (
          <>
            {ready ? (
              <CompareOverview
                loaded={ready}
                chosenBase={story.baseVersionId !== null}
                onMakeBase={onMakeBase}
                onOpenPair={(i) => openPair(i)}
              />
            ) : null}
            {versions}
          </>
        ) : null}
        {tab === 'matrix' && ready ? <CompareMatrix loaded={ready} onOpen={openPair} /> : null}
        {tab === 'pair' && ready ? (
          ready.comparison.pairs[pairIndex] ? (
            <PairView
              loaded={ready}
              pair={ready.comparison.pairs[pairIndex]}
              pairIndex={pairIndex}
              at={at}
              onPair={(i) => openPair(i)}
            />
          ) : (
            <p className="muted">There is nothing to compare yet.</p>
          )
        ) : null}
      </div>
    </div>
  );
}
