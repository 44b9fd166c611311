import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { versionNumber } from '../../../../engine';
import { useComparison } from '../../compare/useComparison';
import type { PairTarget } from '../../compare/usePairLayout';
import { formatRoute, type StoryRoute } from '../../lib/route';
import type { StoryDetail } from '../../lib/types';
import { CompareMatrix } from './CompareMatrix';
import { CompareOverview } from './CompareOverview';
import { CompareStatus } from './CompareStatus';
import { ImportPrompt } from './ImportPrompt';
import { PairView } from './PairView';
import { TeachMode } from '../teach/TeachMode';
import type { Spotlight } from '../../teach/spotlight';
import { AnnotationsContext } from '../notes/AnnotationsContext';
import { NotesPanel } from '../notes/NotesPanel';
import { useAnnotations } from '../notes/useAnnotations';

type Tab = 'overview' | 'matrix' | 'pair';

interface CompareSectionProps {
  story: StoryDetail;
  /** The address: which view, which pair (by version #n), which paragraph (¶n). */
  route: StoryRoute | null;
  onRoute: (r: StoryRoute) => void;
  onMakeBase: (versionId: number | null) => void;
  /** The versions table, shown under the overview. */
  versions: ReactNode;
  /** Hears a note or correction that could not be saved, in words. */
  onError?: (message: string) => void;
  /** Opens the import dialog on this story (offered while it has fewer than two versions). */
  onImportMore?: () => void;
}

const ignore = (): void => undefined;

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
export function CompareSection(props: CompareSectionProps) {
  const { story, route, onRoute, onMakeBase, versions } = props;
  const state = useComparison(story);
  // The engine's comparison with the analyst's corrections applied, and the story's notes.
  const annotations = useAnnotations(
    story.id,
    state.status === 'ready' ? state.value : null,
    props.onError ?? ignore,
  );
  // The overview or matrix last chosen: what a story's plain address (#/story/12) shows.
  const [chosenTab, setTabState] = useState<Tab>(storedTab);
  // Teach mode's pointer into the pair view (a tour step's or a lesson example's words).
  const [spot, setSpot] = useState<Spotlight | null>(null);
  const ready = annotations.loaded;
  const c = ready?.comparison ?? null;
  const routeTab: Tab = route?.kind === 'pair' ? 'pair' : (route?.tab ?? chosenTab);
  // With fewer than two versions there is nothing to compare: only the overview makes sense.
  const tab = state.status === 'idle' ? 'overview' : routeTab;
  const numberOf = (i: number): number => (c ? versionNumber(c, c.pairs[i]?.version ?? 0) : 0);
  const found =
    c && route?.kind === 'pair'
      ? c.pairs.findIndex((p) => versionNumber(c, p.version) === route.version)
      : -1;
  const pairIndex = Math.max(0, found);

  // Where the pair opens: the spot a matrix cell pointed at (with its source) while the
  // address is still the one that click made, else the paragraph the address names.
  const [clicked, setClicked] = useState<{ key: string; at: PairTarget } | null>(null);
  const routeKey = route ? formatRoute(route) : '';
  const para = route?.kind === 'pair' ? route.para : undefined;
  const at = useMemo<PairTarget | null>(() => {
    if (clicked?.key === routeKey) return clicked.at;
    if (!para) return null;
    return para.side === 'base' ? { base: para.n - 1 } : { version: para.n - 1 };
  }, [clicked, routeKey, para]);

  const openPair = (i: number, where: PairTarget | null = null): void => {
    const n = where?.base ?? where?.version;
    const r: StoryRoute = {
      kind: 'pair',
      storyId: story.id,
      version: numberOf(i),
      ...(n !== undefined
        ? { para: { side: where?.base !== undefined ? 'base' : 'version', n: n + 1 } }
        : {}),
    };
    setClicked(where ? { key: formatRoute(r), at: where } : null);
    onRoute(r);
  };
  const setTab = (t: Tab): void => {
    if (t === 'pair') return openPair(pairIndex);
    setTabState(t);
    rememberTab(t);
    onRoute({ kind: 'story', storyId: story.id, tab: t });
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
  // The notes on findings: under the overview and matrix, beside the text in the pair view
  // (which fills the window, so nothing goes under it).
  const notesPanel = <NotesPanel onOpen={(i, where) => openPair(i, where)} />;

  return (
    <AnnotationsContext.Provider value={annotations}>
      <div className="compare-section" data-compare-source={ready?.source}>
        {state.status === 'idle' ? (
          <ImportPrompt versions={story.versions.length} onImport={props.onImportMore} />
        ) : (
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
        )}
        {state.status === 'idle' ? null : (
          <TeachMode
            loaded={ready}
            onPairTab={tab === 'pair'}
            pairIndex={pairIndex}
            onOpenPair={(i) => openPair(i)}
            onSpot={setSpot}
          />
        )}
        <div
          role={state.status === 'idle' ? undefined : 'tabpanel'}
          id={`panel-${tab}`}
          aria-labelledby={state.status === 'idle' ? undefined : `tab-${tab}`}
          className="tab-panel"
        >
          {status}
          {tab === 'overview' ? (
            <>
              {ready ? (
                <CompareOverview
                  loaded={ready}
                  chosenBase={story.baseVersionId !== null}
                  onMakeBase={onMakeBase}
                  onOpenPair={(i, where) => openPair(i, where ?? null)}
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
                notes={notesPanel}
                spotlight={spot}
              />
            ) : (
              <p className="muted">There is nothing to compare yet.</p>
            )
          ) : null}
        </div>
        {tab === 'pair' ? null : notesPanel}
      </div>
    </AnnotationsContext.Provider>
  );
}
