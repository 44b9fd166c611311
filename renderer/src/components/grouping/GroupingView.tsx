// "Group unsorted articles" (issue 12, items 3 and 6): finds articles that are alone in their
// story and look like versions of one original, and lists each proposed story for review.
// Proposals are kept in the library, so a review can be left and resumed; those whose articles
// were moved or deleted meanwhile are cleaned out, and the screen says so.
import { useState } from 'react';
import { FINDING_PROPOSALS as FINDING, useGrouping } from '../../hooks/useGrouping';
import { plural } from '../../lib/format';
import { mergeChoices } from './grouping-words';
import { GroupingNotices, type Accepted } from './GroupingNotices';
import { GroupingProgress } from './GroupingProgress';
import { ProposalCard } from './ProposalCard';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';

interface GroupingViewProps {
  revision: number;
  onOpenStory: (id: number) => void;
  onInfo: (m: string) => void;
  onError: (m: string) => void;
}

/** The review screen (see the header). */
export function GroupingView({ revision, onOpenStory, onInfo, onError }: GroupingViewProps) {
  const g = useGrouping(revision, onError);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  // A run replaces the pending proposals (and the splits and merges made to them), and accept
  // all moves many articles at once: both are confirmed first.
  const [confirm, setConfirm] = useState<'propose' | 'acceptAll' | null>(null);
  const busy = g.busy !== null;
  const list = g.list;
  const proposals = list?.proposals ?? [];

  const propose = async () => {
    const r = await g.propose();
    if (r)
      onInfo(
        r.proposals === 0
          ? 'No unsorted articles look like versions of one another.'
          : `Proposed ${plural(r.proposals, 'story', 'stories')} for ${plural(r.articles, 'article')}.`,
      );
  };
  const accept = async (id: number, title: string, size: number) => {
    const r = await g.act('Accepting…', 'grouping.accept', { id });
    if (r)
      setAccepted({
        storyId: r.storyId,
        title,
        versions: size,
        kept: r.keptStories.map((s) => s.title),
      });
  };
  const acceptAll = async () => {
    const r = await g.act('Accepting every proposal…', 'grouping.acceptAll', {});
    if (r) onInfo(`Made ${plural(r.stories, 'story', 'stories')} of the proposals.`);
  };

  return (
    <article className="grouping-page" aria-busy={busy}>
      <header className="page-header">
        <p className="eyebrow">Library</p>
        <h1 className="story-title">Group unsorted articles</h1>
        <p className="muted grouping-intro">
          Articles alone in their story that look like versions of one original are proposed as
          stories, with the presumed original and why. Nothing moves until you accept a proposal.
          “From original” is the share of an article’s wording found in the original; “Keeps of
          original” is the share of the original’s wording the article keeps.
        </p>
        <div className="toolbar">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => (list && list.total > 0 ? setConfirm('propose') : void propose())}
          >
            {list && list.total > 0 ? 'Find proposals again' : 'Find proposals'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || list?.acceptAllBlocked !== null}
            title={list?.acceptAllBlocked ?? 'Every article is a copy of its original'}
            onClick={() => setConfirm('acceptAll')}
          >
            Accept all
          </button>
          {list?.acceptAllBlocked && list.total > 0 ? (
            <span className="muted small">{list.acceptAllBlocked}</span>
          ) : null}
        </div>
      </header>
      {confirm ? (
        <ConfirmDialog
          title={confirm === 'propose' ? 'Find proposals again?' : 'Accept every proposal?'}
          message={
            confirm === 'propose'
              ? 'The grouping’s pending proposals are replaced by a new run, with any splits and merges you made to them. passim’s proposals stay.'
              : `Each of the ${plural(list?.total ?? 0, 'proposal')} becomes a story: its articles move into the original’s story. Every article is a copy of its original.`
          }
          confirmLabel={confirm === 'propose' ? 'Find proposals again' : 'Accept all'}
          onConfirm={async () => {
            const what = confirm;
            setConfirm(null);
            await (what === 'propose' ? propose() : acceptAll());
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
      {g.busy === FINDING ? <GroupingProgress run={g.run} onCancel={g.cancelRun} /> : null}
      <GroupingNotices
        busy={g.busy === FINDING ? null : g.busy}
        finding={g.busy === FINDING}
        error={g.error}
        accepted={accepted}
        list={list}
        onOpenStory={onOpenStory}
      />
      <div className="proposal-list">
        {proposals.map((p) => (
          <ProposalCard
            key={p.id}
            proposal={p}
            others={mergeChoices(proposals, p.id)}
            busy={busy}
            onAccept={() => void accept(p.id, p.title, p.members.length)}
            onSplit={(versionIds, to) =>
              void g.act('Splitting…', 'grouping.split', { id: p.id, versionIds, to })
            }
            onMerge={(otherId) => void g.act('Merging…', 'grouping.merge', { id: p.id, otherId })}
            onDismiss={() => void g.act('Dismissing…', 'grouping.dismiss', { id: p.id })}
          />
        ))}
      </div>
      {list && list.total > proposals.length ? (
        <button type="button" className="button" onClick={g.showMore}>
          Show more proposals
        </button>
      ) : null}
    </article>
  );
}
