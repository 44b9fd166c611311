// The review screen's words for a proposal (components/grouping): the original's reasons, each
// article's relation to the original, and the source of a proposal. Pure, so it is unit-tested.
import type { MethodOutput } from '../../../../contract/methods';

/** A pending proposal as `grouping.list` returns it. */
export type Proposal = MethodOutput<'grouping.list'>['proposals'][number];
/** One article of a proposal. */
export type ProposalMember = Proposal['members'][number];

/** What each reason kind is called, before its own words. */
const REASON_HEADS: Record<Proposal['reasons'][number]['kind'], string> = {
  'earliest-date': 'Earliest date',
  containment: 'Containment',
  'agency-credit': 'Agency credit',
  passim: 'passim cluster',
};

/** "Earliest date: published first, on 6 May 2024 at 06:10". */
export function reasonWords(r: Proposal['reasons'][number]): string {
  return `${REASON_HEADS[r.kind]}: ${r.text}`;
}

/** The derivation label as a reader says it (the column is headed "Derivation"). */
export function derivationWords(d: ProposalMember['derivation']): string {
  switch (d) {
    case 'wholly':
      return 'copy';
    case 'partially':
      return 'partial copy';
    case 'none':
      return 'not a copy';
    default:
      return 'not measured';
  }
}

/** "92%", or "—" when unknown. */
export function percent(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}

/** Where a proposal came from. */
export function sourceWords(source: Proposal['source']): string {
  return source === 'passim' ? 'from passim' : 'near-duplicates';
}

/** A short name for an article: its outlet, else its title, else its number. */
export function memberName(m: Pick<ProposalMember, 'outlet' | 'title' | 'versionId'>): string {
  return m.outlet?.trim() || m.title?.trim() || `Article ${m.versionId}`;
}

/** The other proposals a proposal can merge with, as options ("Bakery wins prize (2)"). */
export function mergeChoices(
  all: readonly Proposal[],
  self: number,
): { id: number; label: string }[] {
  return all
    .filter((p) => p.id !== self)
    .map((p) => ({ id: p.id, label: `${p.title} (${p.members.length})` }));
}

/** What the last read cleaned out, in words; null when nothing was. */
export function cleanedWords(c: { proposals: number; members: number }): string | null {
  if (c.members === 0 && c.proposals === 0) return null;
  const parts: string[] = [];
  if (c.members > 0)
    parts.push(
      `${c.members} ${c.members === 1 ? 'article was' : 'articles were'} moved, deleted or joined by another version since the proposals were made, and left out`,
    );
  if (c.proposals > 0)
    parts.push(
      `${c.proposals} ${c.proposals === 1 ? 'proposal no longer stood and was' : 'proposals no longer stood and were'} removed`,
    );
  return `${parts.join('; ')}.`;
}
