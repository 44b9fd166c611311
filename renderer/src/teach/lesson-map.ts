// Which lesson explains which finding: the engine's word-change classes, quote statuses,
// attribution statuses and kinds, and the paragraph statuses of the matrix. `null` means "not a
// change" (a kept attribution, an identical quote, a verbatim paragraph). The records are typed
// over the engine's unions, so the compiler asks for a lesson when a class is added; the unit
// test checks the same against the enums of contract/comparison.schema.json.
import type { AttributionEntry, AttributionKind, ChangeClass, QuoteStatus } from '../../../engine';
import type { CellStatus } from '../compare/model';
import type { LessonId } from './lessons';

/** The lesson of each word-change class. */
export const CHANGE_LESSON: Record<ChangeClass, LessonId> = {
  typography: 'typography',
  spelling: 'spelling',
  wording: 'wording',
  number: 'number',
  name: 'name',
  attribution: 'attribution',
  // words inside quotation marks changed: the quote is altered (a trimmed quote is told apart
  // by its quote status, see QUOTE_LESSON)
  quote: 'quote-altered',
  hedge: 'hedge',
};

/** The lesson of each quote status; null for a quotation that survived word for word. */
export const QUOTE_LESSON: Record<QuoteStatus, LessonId | null> = {
  identical: null,
  typography: 'typography',
  spelling: 'spelling',
  trimmed: 'quote-trimmed',
  altered: 'quote-altered',
  paraphrased: 'paraphrase',
  reattributed: 'quote-reattributed',
  dropped: 'quote-dropped',
  added: 'quote-added',
};

/** What an attribution of each kind is, for teaching: a source, a credit or a dateline. */
export const ATTRIBUTION_ROLE: Record<AttributionKind, 'source' | 'credit' | 'dateline'> = {
  speech: 'source',
  according_to: 'source',
  report: 'source',
  other: 'source',
  credit: 'credit',
  byline: 'credit',
  copyright: 'credit',
  dateline: 'dateline',
};

const ROLE_LESSON: Record<
  'source' | 'credit' | 'dateline',
  Record<'added' | 'dropped' | 'changed', LessonId>
> = {
  source: { added: 'source-added', dropped: 'source-dropped', changed: 'attribution' },
  credit: { added: 'credit-added', dropped: 'credit-stripped', changed: 'attribution' },
  dateline: { added: 'dateline', dropped: 'dateline', changed: 'dateline' },
};

/** The lesson of an attribution entry; null for a kept one. */
export function attributionLesson(
  a: Pick<AttributionEntry, 'status' | 'kind' | 'change'>,
): LessonId | null {
  if (a.status === 'kept') return null;
  // a minor rewording (tense, honorific, order, position, typography) of the same credit
  if (a.status === 'changed' && a.change) return 'attribution-minor';
  return ROLE_LESSON[ATTRIBUTION_ROLE[a.kind ?? 'other']][a.status];
}

/** The lesson of each paragraph status of the matrix (model.ts CELL_INFO), plus added ones. */
export const PARAGRAPH_LESSON: Record<CellStatus | 'added', LessonId | null> = {
  verbatim: null,
  reworded: 'wording',
  partial: 'paragraph-partial',
  moved: 'paragraph-moved',
  dropped: 'paragraph-dropped',
  corresponding: 'same-facts',
  added: 'paragraph-added',
};
