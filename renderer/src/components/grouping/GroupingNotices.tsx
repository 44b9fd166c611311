// The review screen's notices (GroupingView): what is running, what failed, the story an accept
// just made (with a button to open it), what went stale since the proposals were made, and how
// many proposals wait.
import { plural } from '../../lib/format';
import type { GroupingList } from '../../hooks/useGrouping';
import { cleanedWords } from './grouping-words';

/** The last story made by an accept, offered to open. */
export interface Accepted {
  storyId: number;
  title: string;
  versions: number;
  /** Emptied stories kept because of their notes. */
  kept: string[];
}

interface GroupingNoticesProps {
  busy: string | null;
  /** Proposals are being found (the progress bar says so): the list may change at its end. */
  finding: boolean;
  error: string | null;
  accepted: Accepted | null;
  list: GroupingList | null;
  onOpenStory: (id: number) => void;
}

/** The notices above the proposals. */
export function GroupingNotices({
  busy,
  finding,
  error,
  accepted,
  list,
  onOpenStory,
}: GroupingNoticesProps) {
  const cleaned = list ? cleanedWords(list.cleaned) : null;
  const shown = list?.proposals.length ?? 0;
  return (
    <>
      {busy ? (
        <p className="grouping-busy" role="status">
          {busy}
        </p>
      ) : null}
      {error ? (
        <p className="grouping-error" role="alert">
          {error}
        </p>
      ) : null}
      {accepted ? (
        <div className="grouping-accepted" role="status">
          <span>
            “{accepted.title}” is now a story of {plural(accepted.versions, 'version')}.
            {accepted.kept.length > 0
              ? ` Kept ${accepted.kept.map((t) => `“${t}”`).join(', ')}, now empty, because of notes.`
              : ''}
          </span>
          <button type="button" className="button" onClick={() => onOpenStory(accepted.storyId)}>
            Open the story
          </button>
        </div>
      ) : null}
      {cleaned ? (
        <p className="muted" role="status">
          {cleaned}
        </p>
      ) : null}
      {list && list.total === 0 && !busy && !finding ? (
        <p className="muted grouping-empty">
          No proposals are waiting. “Find proposals” looks through the unsorted articles; passim’s
          clusters arrive here too (retold import --passim-clusters).
        </p>
      ) : null}
      {list && list.total > 0 ? (
        <p className="muted small">
          {plural(list.total, 'proposal')} waiting
          {list.total > shown ? `, the ${shown} largest shown` : ''}.
        </p>
      ) : null}
    </>
  );
}
