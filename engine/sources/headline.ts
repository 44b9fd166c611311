// Attributions in headlines. Headlines are written in title case and without articles, so
// the capital letters that name a source in body text mark every word there: in "Tech Giants
// Involved in Mass Abuse Says Report" the body rule "X says" takes "Mass Abuse" for the
// speaker. Headline style puts the source after the verb when the verb ends the clause
// ("…, says UN", "… says report") and before it otherwise ("UN says 100 dead"), so in a
// title block a reporting verb followed by a short tail that runs to the end of the line
// credits that tail, whatever rule matched first. Title case capitalises the verb as well
// ("Abuse Says Report"), so capitalised reporting verbs are cues in titles only.

import type { RuleMatch } from './attribution-patterns.js';
import { cleanSource } from './sources.js';

/** How short the tail after a headline's reporting verb must be to be its source. */
export const HEADLINE = {
  /** Words after the verb, up to the end of the title ("says Report", "say Health Officials"). */
  maxTailWords: 4,
  /**
   * Words a title needs before a capitalised verb for its tail to be the source: "Fares to
   * Rise, Says Port Authority" is a claim and its credit; "Simon Says Stop" is no credit.
   */
  minClaimWords: 3,
};

const VERB = /^(?:says?|said|claims?|warns?|reports?|finds?|tells?)$/i;
const TAIL = new RegExp(
  `^(\\s+)((?:\\S+\\s+){0,${HEADLINE.maxTailWords - 1}}\\S+?)[.!?]?\\s*$`,
  'u',
);

// Capitalised reporting verbs, which no body rule sees ("Mass Abuse Says Report", "Mayor Lind
// Says Town Will Act"). "Finds" and "Reports" are left out: in title case they are as often
// nouns ("Police Reports Show…", "Rare Finds").
const CAP_VERB =
  /(?<=\s)(?:Says|Say|Said|Tells|Told|Warns|Warned|Claims|Claimed|Insists|Admits|Denies)(?=\s)/gu;
// Words after the verb that make it an idiom, not a credit: "Says Who", "Says It All",
// "Says Goodbye".
const NO_SOURCE =
  /^(?:who|what|why|how|when|where|it|so|no|yes|goodbye|sorry|thanks|you|me|us|he|she|they|we)\b/i;
// A source before the verb: capitalised words from the clause start ("Mayor Lind"), no
// question word first ("What Mayor Says").
const BEFORE = new RegExp(
  `(?:^|[:,;—–]\\s*|\\s-\\s)((?!(?:What|Why|How|When|Where|Who)\\b)\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,${HEADLINE.maxTailWords - 1}})\\s+$`,
  'u',
);

/** A title-case match at a capitalised verb of a title (see CAP_VERB), or null. */
function capitalMatch(
  text: string,
  start: number,
  end: number,
  v: RegExpExecArray,
): RuleMatch | null {
  const cueAt = start + v.index;
  const cueEnd = cueAt + v[0].length;
  const tail = TAIL.exec(text.slice(cueEnd, end));
  const head = text.slice(start, cueAt);
  const base = { kind: 'speech' as const, cue: v[0], cueAt };
  if (NO_SOURCE.test(text.slice(cueEnd, end).trimStart())) return null;
  // "…, Says Report": a claim of some words, then the verb and a short tail.
  if (tail !== null && head.trim().split(/\s+/).length >= HEADLINE.minClaimWords) {
    const raw = tail[2] ?? '';
    const from = cueEnd + (tail[1]?.length ?? 0);
    const source = cleanSource(raw);
    if (source.length > 0)
      return { ...base, rule: 'headline says X', start: cueAt, end: from + raw.length, source };
  }
  // "Mayor Lind Says Town Will Act": the capitalised words that open the clause.
  const b = BEFORE.exec(head);
  const raw = b?.[1];
  if (raw === undefined || /^\s*$/.test(text.slice(cueEnd, end))) return null;
  const source = cleanSource(raw);
  if (source.length === 0) return null;
  const at = cueAt - raw.length - (head.length - head.trimEnd().length);
  return { ...base, rule: 'headline X says', start: at, end: cueEnd, source };
}

/** Matches at the capitalised reporting verbs of a title that no other match covers. */
function capitalMatches(text: string, start: number, end: number, ms: RuleMatch[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  const title = text.slice(start, end);
  CAP_VERB.lastIndex = 0;
  for (let v = CAP_VERB.exec(title); v !== null; v = CAP_VERB.exec(title)) {
    const m = capitalMatch(text, start, end, v);
    if (m !== null && ![...ms, ...out].some((x) => x.start < m.end && m.start < x.end)) out.push(m);
  }
  return out;
}

/**
 * Rewrites the speech matches of a title block whose cue is followed by a short tail to the
 * end of the block: that tail is the source ("Abuse Says Report" credits "Report"). Matches
 * elsewhere, or with a longer tail, are returned unchanged.
 */
export function headlineSources(
  text: string,
  end: number,
  ms: RuleMatch[],
  start?: number,
): RuleMatch[] {
  const lower = ms.map((m) => {
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
  if (start === undefined) return lower;
  return [...lower, ...capitalMatches(text, start, end, lower)].sort((a, b) => a.start - b.start);
}
