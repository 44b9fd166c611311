// A real library holding the grouping fixture (tests/fixtures/grouping): six invented articles,
// each alone in its story, imported in the order of articles.jsonl, so their ids are 1..6 as
// the passim fixture expects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Library } from '../../../../db';
import { version } from '../../db/helpers';

export const FIXTURE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/grouping',
);

/** The fixture's articles by name, in import order. */
export const NAMES = [
  'dam-wire',
  'dam-reprint-1',
  'dam-reprint-2',
  'dam-independent',
  'bakery-wire',
  'bakery-reprint',
] as const;
export type Name = (typeof NAMES)[number];

interface Row {
  title: string;
  outlet: string;
  published: string;
  url: string;
  text: string;
}

/** The rows of articles.jsonl. */
export function fixtureRows(): Row[] {
  return readFileSync(path.join(FIXTURE_DIR, 'articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

/** Opens a new library at `file` and imports the fixture, one story per article. */
export function fixtureLibrary(file: string): { lib: Library; ids: Record<Name, number> } {
  const lib = new Library(file);
  const ids = {} as Record<Name, number>;
  fixtureRows().forEach((row, i) => {
    const story = lib.createStory(row.title);
    const { title, outlet, published, url } = row;
    const v = lib.insertVersion(
      version(story.id, row.text, { meta: { title, outlet, published, url } }),
    );
    ids[NAMES[i] as Name] = v.version.id;
  });
  return { lib, ids };
}
