// Attributions in headlines. Headlines are written in title case and without articles, so
// the capital letters that name a source in body text mark every word there: in "Tech Giants
// Involved in Mass Abuse Says Report" the body rule "X says" takes "Mass Abuse" for the
// speaker. Headline style puts the source after the verb when the verb ends the clause
// ("…, says UN", "… says report") and before it otherwise ("UN says 100 dead"), so in a
// title block a reporting verb followed by a short tail that runs to the end of the line
// credits that tail, whatever rule matched first.

import type { RuleMatch } from './attribution-patterns.js';
import { cleanSource } from './sources.js';

/** How short the tail after a headline's reporting verb must be to be its source. */
export const HEADLINE = {
  /** Words after the verb, up to the end of the title ("says Report", "say Health Officials"). */
  maxTailWords: 4,
};

const VERB = /^(?:says?|said|claims?|warns?|reports?|finds?|tells?)$/i;
const TAIL = new RegExp(
  `^(\\s+)((?:\\S+\\s+){0,${HEADLINE.maxTailWords - 1}}\\S+?)[.!?]?\\s*$`,
  'u',
);

/**
 * Rewrites the speech matches of a title block whose cue is followed by a short tail to the
 * end of the block: that tail is the source ("Abuse Says Report" credits "Report"). Matches
 * elsewhere, or with a longer tail, are returned unchanged.
 */
export function headlineSources(text: string, end: number, ms: RuleMatch[]): RuleMatch[] {
  return ms.map((m) => {
    if (m.kind !== 'speech' || !VERB.test(m.cue)) return m;
    const cueEnd = m.cueAt + m.cue.length;
    const tail = TAIL.exec(text.slice(cueEnd, end));
    if (tail === null || m.end > cueEnd) return m;
    const raw = tail[2] ?? '';
    const source = cleanSource(raw);
    if (source.length === 0) return m;
    const srcStart = cueEnd + (tail[1]?.length ?? 0);
    return { ...m, rule: 'headline says X', start: m.cueAt, end: srcStart + raw.length, source };
  });
}
