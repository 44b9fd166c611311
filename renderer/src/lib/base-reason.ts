// Why the base is the base, in the overview's words. The engine gives a sentence
// (`baseReason`, also printed by the CLI and the HTML report) and the same as data
// (`baseBasis`); the app words the data itself so dates follow the reader's locale. A
// comparison cached by an older engine has only the sentence: a date choice is then worded
// from the base's own published date, anything else is shown as given.
import type { Comparison } from '../../../engine';
import { formatPublished } from './format';

/** The base line's reason, and whether the choice rests on weak evidence. */
export interface BaseReason {
  text: string;
  /** True when the engine called the choice weak: the versions share little wording. */
  weak: boolean;
}

/** The reason the overview shows beside the base's name. */
export function baseReason(
  c: Pick<Comparison, 'baseReason' | 'baseBasis'>,
  chosenByUser: boolean,
  basePublished?: string | null,
): BaseReason {
  if (chosenByUser) return { text: 'chosen by you', weak: false };
  const olderDate =
    !c.baseBasis && basePublished && c.baseReason?.startsWith('earliest published date')
      ? { by: 'date' as const, published: basePublished }
      : undefined;
  const basis = c.baseBasis ?? olderDate;
  if (basis?.by === 'date') {
    return { text: `published first, on ${formatPublished(basis.published)}`, weak: false };
  }
  if (basis?.by === 'containment') {
    const pct = `${Math.round(basis.share * 100)}%`;
    return basis.weak
      ? {
          text:
            `a weak choice: it holds the most of the other versions' wording, but only ${pct} ` +
            'on average, so these versions share little text. Check it, or make another ' +
            'version the base',
          weak: true,
        }
      : {
          text: `it holds the most of the other versions' wording: ${pct} on average`,
          weak: false,
        };
  }
  return { text: c.baseReason ?? 'chosen automatically', weak: false };
}
