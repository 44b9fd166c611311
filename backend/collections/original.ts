// The presumed original of a group of copies, and why. The engine's own base choice decides
// first (engine/relations/derivation/base.ts: the earliest publication when every date is known and one
// is earliest), so the story opens on the original the review showed, as the review's split and
// merge (regroup.ts) choose it too. When the dates cannot decide, an agency credit does:
// Media Cloud's maintainers call tags such as "(AP)" the strongest signal of wire copy, and a
// copy that carries the agency's credit is closer to the wire than a rewrite that dropped it;
// among the credited articles (or all, when none or all carry one) the one that contains most
// of the others' wording is the original, as the engine would choose.
import { chooseBase, readableDate, type BaseChoice } from '../../engine/relations/derivation/base';
import { agencyCredits } from '../../engine/relations/derivation/relate';
import type { OriginalReason } from './types';
import type { Profiled } from './verify';

/** The chosen original (an index into the group) and the reasons in words. */
export interface OriginalChoice {
  index: number;
  reasons: OriginalReason[];
}

/** "AP", "AP and Reuters", "AP, AFP and Reuters". */
function list(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;
}

/** The reason the engine's base choice gives, in a proposal's words. */
function baseReason(choice: BaseChoice): OriginalReason | null {
  const basis = choice.basis;
  if (!basis) return null;
  if (basis.by === 'date') {
    return { kind: 'earliest-date', text: `published first, on ${readableDate(basis.published)}` };
  }
  const pct = Math.round(basis.share * 100);
  const weak = basis.weak ? ' (a weak sign: these articles share little wording)' : '';
  return {
    kind: 'containment',
    text: `contains the most of the others' wording: ${pct}% on average${weak}`,
  };
}

/** The base choice among `members` (indexes into `group`). */
function chooseAmong(group: readonly Profiled[], members: readonly number[]): [number, BaseChoice] {
  const choice = chooseBase(
    undefined,
    members.map((i) => group[i]?.version.published ?? null),
    () => members.map((i) => (group[i] as Profiled).profile.fp),
  );
  return [members[choice.base] ?? 0, choice];
}

/** The agency credit reason of the original, saying how many of the others keep it. */
function creditReason(credits: readonly string[][], index: number): OriginalReason | null {
  const own = credits[index] ?? [];
  if (own.length === 0) return null;
  const others = credits.length - 1;
  const keep = credits.filter((c, i) => i !== index && c.some((a) => own.includes(a))).length;
  return {
    kind: 'agency-credit',
    text: `credits ${list(own)} for its copy; ${keep} of the ${others} other${others === 1 ? '' : 's'} keep${keep === 1 ? 's' : ''} that credit`,
  };
}

/** The presumed original of `group` (two articles or more) and the reasons. */
export function chooseOriginal(group: readonly Profiled[]): OriginalChoice {
  const all = group.map((_, i) => i);
  const credits = group.map((g) => agencyCredits(g.profile));
  const [byEngine, choice] = chooseAmong(group, all);
  if (choice.basis?.by === 'date') {
    const reasons = [baseReason(choice), creditReason(credits, byEngine)];
    return { index: byEngine, reasons: reasons.filter((r) => r !== null) };
  }
  const credited = all.filter((i) => (credits[i] ?? []).length > 0);
  if (credited.length === 0 || credited.length === all.length || credited.includes(byEngine)) {
    const reasons = [creditReason(credits, byEngine), baseReason(choice)];
    return { index: byEngine, reasons: reasons.filter((r) => r !== null) };
  }
  const [index, among] = chooseAmong(group, credited);
  // with one credited article there is no containment among them to speak of
  const reasons = [creditReason(credits, index), credited.length > 1 ? baseReason(among) : null];
  return { index, reasons: reasons.filter((r) => r !== null) };
}
