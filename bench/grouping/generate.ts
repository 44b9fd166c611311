// Generated articles for the grouping corpus, seeded so every run sees the same corpus. The
// world has one vocabulary; each topic draws a third of its content words from its own few
// hundred, so same-topic articles share far more wording than unrelated ones; each event has
// its names, place, figures and a quoted statement that every report of it carries word for
// word (the hard case: independent reports that share the quote). A wire report of an event
// is reprinted as copies: verbatim with the credit kept or stripped, trimmed, re-edited,
// lightly spun, or kept in part inside a local story.
import { prng } from '../support/prng';
import type { CorpusArticle } from './corpus';

const FUNCTION_WORDS = (
  'the of and to a in that is was for on with as by at from it his be has have are were an ' +
  'which this not but had they who been their will would after its also more than or about ' +
  'over into when there could what some other her new up out no only can'
).split(' ');
const SYLLABLES = (
  'ba be bi bo bu ca ce co da de di do fa fe fi ga go ha he hi ka ke ko la le li lo lu ma ' +
  'me mi mo na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi wa we ' +
  'bar ten mor lin ves tor gan pel dun ster'
).split(' ');
const AGENCIES = ['AP', 'Reuters', 'AFP'];

/** Sizes of the generated part of the corpus. */
export interface GenerateOptions {
  seed: number;
  topics: number;
  eventsPerTopic: number;
  /** Most copies of one wire report (each report gets 0..maxCopies, uniformly). */
  maxCopies: number;
  /** Chance that an event also has an independent report (with 0–2 copies of its own). */
  independentShare: number;
  /** Articles on a cluster's topic but on another event, and articles on other topics. */
  sameTopic: number;
  unrelated: number;
}

type Rnd = () => number;

/** The random helpers of one corpus. */
function tools(rnd: Rnd) {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const word = (): string => {
    let w = '';
    for (let i = int(2, 4); i > 0; i -= 1) w += pick(SYLLABLES);
    return w;
  };
  const cap = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  return { int, pick, word, cap };
}

type Tools = ReturnType<typeof tools>;

interface Topic {
  words: string[];
  names: string[];
  /** Cluster topics hold wire stories; the others only unrelated articles. */
  clustered: boolean;
}

interface Event {
  topic: Topic;
  names: string[];
  place: string;
  figures: string[];
  quote: string;
  date: number;
}

/** One sentence of a report on `e`, mixing function, topic, world and event words. */
function sentence(t: Tools, rnd: Rnd, world: string[], e: Event): string {
  const words: string[] = [];
  for (let i = t.int(9, 22); i > 0; i -= 1) {
    const r = rnd();
    if (r < 0.42) words.push(t.pick(FUNCTION_WORDS));
    else if (r < 0.7) words.push(t.pick(e.topic.words));
    else if (r < 0.93) words.push(world[Math.floor(rnd() * rnd() * world.length)] ?? 'ba');
    else if (r < 0.98) words.push(t.pick(e.names));
    else words.push(t.pick(e.figures));
  }
  return `${t.cap(words.join(' '))}.`;
}

/** A report on event `e`: title and paragraphs; the first carries a dateline. */
function report(t: Tools, rnd: Rnd, world: string[], e: Event, agency: string | null) {
  const paragraphs: string[] = [];
  for (let i = t.int(9, 15); i > 0; i -= 1) {
    const n = t.int(1, 3);
    paragraphs.push(Array.from({ length: n }, () => sentence(t, rnd, world, e)).join(' '));
  }
  const at = t.int(2, paragraphs.length - 2);
  paragraphs[at] = `“${e.quote},” ${t.pick(e.names)} said. ${paragraphs[at] ?? ''}`;
  const credit = agency ? ` (${agency})` : '';
  paragraphs[0] = `${e.place.toUpperCase()}${credit} — ${paragraphs[0] ?? ''}`;
  const title = `${t.cap(t.pick(e.topic.words))} ${t.pick(e.names)} ${t.pick(e.topic.words)} ${t.pick(world)} ${t.pick(e.topic.words)}`;
  return { title, paragraphs };
}

type Report = ReturnType<typeof report>;

/** A copy of a report, by one of the ways outlets republish wire copy. */
function copyOf(t: Tools, rnd: Rnd, world: string[], e: Event, src: Report): Report {
  const p = [...src.paragraphs];
  const kind = t.int(0, 4);
  if (kind === 0) {
    // verbatim, credit sometimes stripped
    if (rnd() < 0.5) p[0] = (p[0] ?? '').replace(/ \([A-Za-z]+\) —/, ' —');
  } else if (kind === 1) {
    p.length = Math.max(2, Math.round(p.length * (0.4 + rnd() * 0.4)));
  } else if (kind === 2) {
    for (let i = p.length - 1; i > 0; i -= 1) if (rnd() < 0.2) p.splice(i, 1);
    const i = t.int(1, p.length - 1);
    [p[i], p[i - 1]] = [p[i - 1] ?? '', p[i] ?? ''];
  } else if (kind === 3) {
    // light spin: one content word in seven replaced
    for (let i = 0; i < p.length; i += 1) {
      p[i] = (p[i] ?? '').replace(/\b[a-z]{4,}\b/g, (w) =>
        rnd() < 0.14 ? t.pick(e.topic.words) : w,
      );
    }
  } else {
    // a local story that keeps three wire paragraphs among its own
    const from = t.int(0, Math.max(0, p.length - 3));
    const own = report(t, rnd, world, e, null).paragraphs.slice(0, t.int(4, 7));
    return {
      title: `${src.title} locally`,
      paragraphs: [...own.slice(0, 2), ...p.slice(from, from + 3), ...own.slice(2)],
    };
  }
  return { title: rnd() < 0.5 ? src.title : `${src.title} | ${t.cap(t.word())}`, paragraphs: p };
}

/** An ISO date `days` after 2024-01-01 with an hour, or null one time in seven. */
function dateOf(t: Tools, rnd: Rnd, day: number): string | null {
  if (rnd() < 1 / 7) return null;
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + t.int(0, 23) * 3_600_000);
  return d.toISOString().slice(0, 16);
}

/** The generated articles (see the header). */
export function generateArticles(o: GenerateOptions): CorpusArticle[] {
  const rnd = prng(o.seed);
  const t = tools(rnd);
  const world = Array.from({ length: 6000 }, t.word);
  const outlets = Array.from(
    { length: 60 },
    () => `The ${t.cap(t.word())} ${t.pick(['Times', 'Post', 'Herald', 'News', 'Ledger'])}`,
  );
  const topics: Topic[] = Array.from({ length: o.topics * 2 }, (_, i) => ({
    words: Array.from({ length: 250 }, t.word),
    names: Array.from({ length: 30 }, () => t.cap(t.word())),
    clustered: i < o.topics,
  }));
  let events = 0;
  const newEvent = (topic: Topic): Event => ({
    topic,
    names: Array.from({ length: 4 }, () => t.pick(topic.names)),
    place: t.word(),
    figures: Array.from({ length: 3 }, () => `${t.int(2, 900)},${t.int(100, 999)}`),
    quote: Array.from({ length: t.int(10, 18) }, () =>
      t.pick([...topic.words, ...FUNCTION_WORDS]),
    ).join(' '),
    date: (events += 1),
  });
  const out: CorpusArticle[] = [];
  const add = (r: Report, e: Event, truth: string, kind: CorpusArticle['kind'], lag = 0) =>
    out.push({
      text: [r.title, ...r.paragraphs].join('\n\n'),
      title: r.title,
      outlet: t.pick(outlets),
      published: dateOf(t, rnd, e.date + lag),
      truth,
      kind,
    });
  const story = (
    e: Event,
    label: string,
    agency: string | null,
    copies: number,
    kind: CorpusArticle['kind'],
  ) => {
    const r = report(t, rnd, world, e, agency);
    add(r, e, label, kind);
    for (let c = 0; c < copies; c += 1)
      add(copyOf(t, rnd, world, e, r), e, label, 'copy', t.int(0, 2));
  };
  topics
    .filter((x) => x.clustered)
    .forEach((topic, ti) => {
      for (let k = 0; k < o.eventsPerTopic; k += 1) {
        const e = newEvent(topic);
        story(e, `gen:${ti}:${k}:wire`, t.pick(AGENCIES), t.int(0, o.maxCopies), 'original');
        if (rnd() < o.independentShare)
          story(e, `gen:${ti}:${k}:own`, null, t.int(0, 2), 'same-event');
      }
    });
  const clustered = topics.filter((x) => x.clustered);
  const others = topics.filter((x) => !x.clustered);
  for (let i = 0; i < o.sameTopic; i += 1)
    story(
      newEvent(t.pick(clustered)),
      `gen:topic:${i}`,
      rnd() < 0.3 ? t.pick(AGENCIES) : null,
      0,
      'same-topic',
    );
  for (let i = 0; i < o.unrelated; i += 1)
    story(newEvent(t.pick(others)), `gen:other:${i}`, null, 0, 'unrelated');
  return out;
}
