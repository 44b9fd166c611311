// A real library holding articles of the development set (bench/devset: real syndicated copies
// and independent reports of the same events), each alone in its story, as bulk import leaves
// them. Refs are "<cluster file id>/<version id>", e.g. "07-coach-k-stays/v0".
import { Library } from '../../../../db';
import { devsetArticles } from '../../../../bench/grouping/devset-truth';
import { version } from '../../db/helpers';

/** A library of the development set's clusters whose id starts with one of `prefixes`. */
export function devsetLibrary(
  file: string,
  prefixes: readonly string[],
): { lib: Library; id: (ref: string) => number; truth: Map<number, string> } {
  const lib = new Library(file);
  const ids = new Map<string, number>();
  const truth = new Map<number, string>();
  for (const a of devsetArticles((c) => prefixes.some((p) => c.startsWith(p)))) {
    const story = lib.createStory(a.title);
    const meta = { title: a.title, outlet: a.outlet, published: a.published };
    const v = lib.insertVersion(version(story.id, a.text, { meta, sourceKind: 'bulk' })).version;
    ids.set(a.ref ?? '', v.id);
    truth.set(v.id, a.truth);
  }
  const id = (ref: string): number => {
    const found = ids.get(ref);
    if (found === undefined) throw new Error(`no devset article ${ref}`);
    return found;
  };
  return { lib, id, truth };
}
