// The articles of a proposal (ProposalCard): outlet, title, date, containment both ways and
// derivation against the presumed original, with a checkbox each for splitting.
import { formatPublished } from '../../lib/format';
import {
  derivationWords,
  memberName,
  percent,
  type Proposal,
  type ProposalMember,
} from './grouping-words';

interface MemberTableProps {
  proposal: Proposal;
  ticked: ReadonlySet<number>;
  busy: boolean;
  onTick: (versionId: number, on: boolean) => void;
}

function MemberRow({
  m,
  ticked,
  busy,
  onTick,
}: Omit<MemberTableProps, 'proposal' | 'ticked'> & {
  m: ProposalMember;
  ticked: boolean;
}) {
  return (
    <tr className={m.isOriginal ? 'is-original' : undefined}>
      <td>
        <input
          type="checkbox"
          checked={ticked}
          disabled={busy}
          aria-label={`Select ${memberName(m)}`}
          onChange={(e) => onTick(m.versionId, e.target.checked)}
        />
      </td>
      <td>
        {m.outlet ?? <span className="muted">Unknown outlet</span>}
        {m.isOriginal ? <span className="badge original-badge">Presumed original</span> : null}
      </td>
      <td className="proposal-article-title">
        {m.title ?? <span className="muted">Untitled</span>}
      </td>
      <td className="published">
        {m.published ? formatPublished(m.published) : <span className="muted">unknown</span>}
      </td>
      <td className="num">{m.isOriginal ? '' : percent(m.containedInOriginal)}</td>
      <td className="num">{m.isOriginal ? '' : percent(m.containsOriginal)}</td>
      <td className={`derivation derivation-${m.derivation ?? 'original'}`}>
        {m.isOriginal ? 'original' : derivationWords(m.derivation)}
      </td>
    </tr>
  );
}

/** The table of a proposal's articles. */
export function MemberTable({ proposal: p, ticked, busy, onTick }: MemberTableProps) {
  return (
    <div className="proposal-table-wrap">
      <table className="proposal-members">
        <caption className="visually-hidden">Articles proposed for “{p.title}”</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Selected</span>
            </th>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            <th scope="col">Published</th>
            <th
              scope="col"
              className="num"
              title="Share of this article's wording found in the original"
            >
              From original
            </th>
            <th
              scope="col"
              className="num"
              title="Share of the original's wording this article keeps"
            >
              Keeps of original
            </th>
            <th scope="col">Derivation</th>
          </tr>
        </thead>
        <tbody>
          {p.members.map((m) => (
            <MemberRow
              key={m.versionId}
              m={m}
              ticked={ticked.has(m.versionId)}
              busy={busy}
              onTick={onTick}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
