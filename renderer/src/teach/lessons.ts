// Teach mode's explanations: one lesson per kind of change Retold can show, written as a
// journalism teacher would hand them out (what it is, why it matters to a reader, what to look
// for, a question to ask). Pure data; lesson-map.ts says which engine class or status each
// lesson explains, and tests/unit/renderer/teach/lessons.test.ts fails when the engine gains a
// class or status that no lesson explains.

/** Every lesson, in the order teach mode lists them (most consequential for a reader first). */
export const LESSON_IDS = [
  'source-dropped',
  'credit-stripped',
  'quote-altered',
  'quote-trimmed',
  'paraphrase',
  'quote-reattributed',
  'quote-dropped',
  'quote-added',
  'hedge',
  'number',
  'name',
  'attribution',
  'source-added',
  'credit-added',
  'dateline',
  'paragraph-dropped',
  'paragraph-partial',
  'paragraph-added',
  'paragraph-moved',
  'same-facts',
  'wording',
  'attribution-minor',
  'spelling',
  'typography',
] as const;

/** A lesson's id. */
export type LessonId = (typeof LESSON_IDS)[number];

/** One explanation, in plain language. */
export interface Lesson {
  /** The short name used in the list, the tour and the worksheet ("Quote altered"). */
  name: string;
  /** What the change is, in one or two sentences. */
  what: string;
  /** Why it matters to a reader. */
  why: string;
  /** What to look for in the text. */
  lookFor: string;
  /** A question to ask of the version. */
  ask: string;
  /** The worksheet's instruction to find one such change in two excerpts. */
  task: string;
}

/** The explanations. */
export const LESSONS: Record<LessonId, Lesson> = {
  'source-dropped': {
    name: 'Dropped source',
    what: 'A person or organisation quoted or cited in the original is no longer named in this version.',
    why: 'Who gets to speak shapes the story. Cutting the one person who disagreed can turn a contested decision into a settled one without changing a single remaining word.',
    lookFor:
      'Names followed by “said”, “told”, “according to” in the original that you cannot find in the reprint.',
    ask: 'Whose view is missing now, and does the story still show every side of the dispute?',
    task: 'Find a source the original quotes or cites that this version leaves out. Who is it, and what point of view disappears with them?',
  },
  'credit-stripped': {
    name: 'Credit stripped',
    what: 'A credit in the original (a news agency, a photographer, a copyright line, a byline) is gone.',
    why: 'Credits tell readers who gathered the facts. Without them a reprint can pass off another newsroom’s reporting as its own, and readers cannot judge where the facts came from.',
    lookFor: 'Agency names in brackets near the dateline, “Photo:” lines, “©” notices, bylines.',
    ask: 'Who really reported this, and how would a reader of the reprint know?',
    task: 'Find the credit the original gives that this version leaves out. Whose work does it name?',
  },
  'quote-altered': {
    name: 'Quote altered',
    what: 'Words inside the quotation marks are different, although the quotation is still presented as the speaker’s own words.',
    why: 'Quotation marks promise the reader that these are the exact words spoken. Changing them, even slightly, puts words in someone’s mouth.',
    lookFor:
      'The same quotation in both versions with one or two words swapped (“hardest” for “toughest”, “taken” for “cast”).',
    ask: 'Did the speaker say this? Does the change make them sound stronger, weaker or different?',
    task: 'Find the words inside the quotation marks that are different in the two versions. Write both wordings.',
  },
  'quote-trimmed': {
    name: 'Quote trimmed',
    what: 'Part of a quotation was cut; the words that remain are unchanged.',
    why: 'Shortening a quote is normal editing, but what is cut can change its meaning: a condition, a warning or a “but” may go.',
    lookFor: 'An ellipsis (…) or a quotation that ends sooner than in the original.',
    ask: 'What did the cut part say, and does the shorter quote mean the same thing?',
    task: 'Find the quotation that is shorter in this version. Which words were cut?',
  },
  paraphrase: {
    name: 'Paraphrase',
    what: 'Words that were a direct quotation in the original appear in this version without quotation marks.',
    why: 'A paraphrase is the writer’s summary, not the speaker’s words. Readers can no longer check exactly what was said.',
    lookFor: 'A sentence close to a quotation of the original, but outside quotation marks.',
    ask: 'Is the summary fair to what the speaker actually said?',
    task: 'Find the quotation that this version turns into the writer’s own sentence. How does the wording differ?',
  },
  'quote-reattributed': {
    name: 'Quote given to someone else',
    what: 'The same quotation is credited to a different speaker.',
    why: 'A quotation is only as reliable as the person who said it. Giving it to someone else changes who is responsible for the claim.',
    lookFor: 'The same words in quotation marks with a different name beside them.',
    ask: 'Who said it in the original, and who says it now?',
    task: 'Find the quotation that has a different speaker in this version. Who said it in each?',
  },
  'quote-dropped': {
    name: 'Quote dropped',
    what: 'A quotation in the original is missing from this version.',
    why: 'Direct quotes let people speak for themselves. When a quote goes, so does the speaker’s own voice, and the reader hears only the writer.',
    lookFor: 'Quotation marks in the original with no counterpart in the reprint.',
    ask: 'Whose voice did the reprint remove, and was it a voice that disagreed?',
    task: 'Find a quotation in the original that this version leaves out. Who said it?',
  },
  'quote-added': {
    name: 'Quote added',
    what: 'This version has a quotation the original does not.',
    why: 'New quotes may come from new reporting, or from another source. Either way the reader should be able to tell who said it and when.',
    lookFor: 'Quotation marks in the reprint with no counterpart in the original.',
    ask: 'Where did this quotation come from, and who is it credited to?',
    task: 'Find a quotation that only this version has. Who is it credited to?',
  },
  hedge: {
    name: 'Hedge',
    what: 'A word that makes a claim less certain (“reportedly”, “allegedly”, “may”) was added or removed.',
    why: 'Hedges tell the reader how sure the writer is. Adding one casts doubt on a fact; removing one turns a claim into a fact.',
    lookFor: 'Words like reportedly, allegedly, apparently, may, could, is said to.',
    ask: 'Did anything new make the writer less (or more) sure, or did the wording change on its own?',
    task: 'Find the word that makes a claim more or less certain in this version. What claim does it change?',
  },
  number: {
    name: 'Number changed',
    what: 'A figure, amount, date or percentage is different.',
    why: 'Numbers are facts readers rely on and repeat. A rounded or changed figure may be a correction, or a mistake that spreads with every reprint.',
    lookFor: 'Money, percentages, counts, dates and times in the same sentence of both versions.',
    ask: 'Which figure is right, and does the reprint say why it differs?',
    task: 'Find a number that is different in the two versions. Write both figures.',
  },
  name: {
    name: 'Name changed',
    what: 'A person’s, place’s or organisation’s name is spelled, shortened or replaced differently.',
    why: 'A wrong or shortened name can point readers at the wrong person, or hide who someone is (a middle initial, a title, an affiliation).',
    lookFor: 'Capitalised names in the same sentence of both versions.',
    ask: 'Is it still clear who this is?',
    task: 'Find a name that is written differently in this version. Write both forms.',
  },
  attribution: {
    name: 'Attribution changed',
    what: 'The words that say who said something (“said”, “according to”, “told”) changed in a way that matters: another source, another verb or another outlet.',
    why: '“Said” is neutral; “admitted”, “claimed” or “according to” are not. How a claim is attributed tells readers how much to trust it.',
    lookFor: 'The phrase around a name and its speech verb in both versions.',
    ask: 'Does the new attribution make the source seem more or less credible?',
    task: 'Find the phrase that says who said something and is worded differently. Write both phrases.',
  },
  'source-added': {
    name: 'Source added',
    what: 'This version names a source the original does not.',
    why: 'An added source may be new reporting, or an old claim given a new name. Readers deserve to know which.',
    lookFor: '“Said”, “according to” or “warned” next to a name or a group that is new.',
    ask: 'Who is this new source, and what do they add to the story?',
    task: 'Find a source that only this version names. What does it say?',
  },
  'credit-added': {
    name: 'Credit added',
    what: 'This version credits someone the original does not: a news agency, a photographer, a copyright line.',
    why: 'A new credit shows the path the story took: an agency may have rewritten it before this outlet ran it.',
    lookFor: 'Agency names in brackets after the dateline, “Photo:” lines, “©” notices.',
    ask: 'Through whose hands did this version pass before it reached you?',
    task: 'Find the credit that only this version has. Whose work does it name?',
  },
  dateline: {
    name: 'Dateline changed',
    what: 'The place line at the start of the story (“PORT ELLIS, Maine —”) is different or missing.',
    why: 'A dateline tells readers where the reporting was done. Changing it can suggest a reporter was somewhere they were not.',
    lookFor: 'The capitalised place name before the first dash of the first paragraph.',
    ask: 'Where was this story reported from, according to each version?',
    task: 'Read the first words of each version’s first paragraph. How do the datelines differ, and what does the difference suggest?',
  },
  'paragraph-dropped': {
    name: 'Paragraph dropped',
    what: 'A whole paragraph of the original is missing from this version.',
    why: 'Newspapers often cut from the bottom to fit the space, assuming the end matters least. But the end may hold the other side, the context or the caveat.',
    lookFor:
      'Paragraphs in the original with nothing beside them in the reprint, often at the end.',
    ask: 'What does a reader of the shorter version not learn?',
    task: 'Find a paragraph of the original that this version leaves out. What information is lost?',
  },
  'paragraph-partial': {
    name: 'Paragraph cut short',
    what: 'Part of a paragraph is kept and part is gone.',
    why: 'A clause cut from a sentence can be the one that qualified it (“but only if…”).',
    lookFor: 'A paragraph that is shorter in the reprint although its first words match.',
    ask: 'Does the shorter paragraph still mean the same thing?',
    task: 'Find the paragraph that is shorter in this version. What was cut?',
  },
  'paragraph-added': {
    name: 'Paragraph added',
    what: 'This version has a paragraph the original does not.',
    why: 'Added paragraphs can bring new facts, background, or an outlet’s own angle on the story.',
    lookFor: 'Paragraphs in the reprint with nothing beside them in the original.',
    ask: 'Where does the new information come from?',
    task: 'Find a paragraph only this version has. What does it add?',
  },
  'paragraph-moved': {
    name: 'Paragraph moved',
    what: 'A paragraph appears in a different place in the story.',
    why: 'Readers give most weight to the top of a story. Moving a paragraph up or down changes what seems most important.',
    lookFor: 'The same paragraph at a different position in the two versions.',
    ask: 'What does the reprint put first, and why might it have done so?',
    task: 'Find the paragraph that stands in a different place in this version. Where did it move?',
  },
  'same-facts': {
    name: 'Same facts, own wording',
    what: 'A paragraph of this version reports what a paragraph of the original reports, in words of its own: the same names, figures or speakers, but no copied sentences.',
    why: 'Two outlets that report an event separately confirm each other’s facts. Where their wording differs, compare how each frames the same facts.',
    lookFor:
      'Violet rows marked “same facts” with the shared names and figures underlined on both sides.',
    ask: 'Do the two reports give the same facts the same weight and the same tone?',
    task: 'Find a paragraph both reports give in their own words. Which facts do they share, and how is each worded?',
  },
  wording: {
    name: 'Wording changed',
    what: 'Words were replaced, added or removed, without changing a number, a name or a quotation.',
    why: 'Many rewordings are harmless editing, but word choice carries tone: “divided” and “split”, “allow” and “let” are close; “slammed” and “criticised” are not.',
    lookFor: 'Struck words in the original and marked words in the reprint.',
    ask: 'Does the new wording change the tone, or only the style?',
    task: 'Find a phrase that is worded differently in this version. Write both wordings and say whether the tone changed.',
  },
  'attribution-minor': {
    name: 'Attribution reworded',
    what: 'The same source and verb, written slightly differently: “said” became “says”, “Mr.” was added, or “said Marsh” became “Marsh said”.',
    why: 'These are house-style edits, not changes of meaning. Knowing them lets you skip past them to the changes that matter.',
    lookFor: 'Dimmed attributions in the panel.',
    ask: 'Is the same person still credited with the same words?',
    task: 'Find an attribution that is only restyled in this version. What changed?',
  },
  spelling: {
    name: 'Spelling',
    what: 'The same word in US and UK spelling (“behavior” and “behaviour”, “harbor” and “harbour”).',
    why: 'Outlets follow their own country’s spelling. It shows where a reprint was edited, but it does not change the meaning.',
    lookFor: 'Dimmed words: -or and -our, -ize and -ise, -er and -re.',
    ask: 'What does the spelling tell you about where this version was published?',
    task: 'Find a word spelled the British or American way in this version. Write both spellings.',
  },
  typography: {
    name: 'Typography only',
    what: 'Only quotation marks, apostrophes, dashes, spaces or capital letters differ.',
    why: '“Only the typography changed” is itself a finding: the words were copied exactly. Curly quotes that became straight ones often show text pasted from another system.',
    lookFor: 'Dimmed marks: curly “ ” against straight " ", long — against short - dashes.',
    ask: 'If only the typography changed, was the text copied rather than rewritten?',
    task: 'Find a difference in punctuation or quotation marks only. Which characters changed?',
  },
};
