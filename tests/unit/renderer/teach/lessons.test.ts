// Teach mode's explanations cover every class and status the engine can produce. The lists
// are read from the project's schema (contract/comparison.schema.json, which the engine's
// output is checked against) and from the renderer's own runtime lists, never copied here, so a
// new class or status without an explanation fails this test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  AttributionChange,
  AttributionEntry,
  AttributionKind,
  ChangeClass,
  QuoteStatus,
} from '../../../../engine';
import { CLASSES } from '../../../../renderer/src/compare/marks';
import { CELL_INFO, isUnchangedSource } from '../../../../renderer/src/compare/model';
import {
  attributionLesson,
  CHANGE_LESSON,
  PARAGRAPH_LESSON,
  QUOTE_LESSON,
} from '../../../../renderer/src/teach/lesson-map';
import { LESSON_IDS, LESSONS, type LessonId } from '../../../../renderer/src/teach/lessons';

type Json = { [k: string]: unknown };
const schema = JSON.parse(
  readFileSync(join(__dirname, '../../../../contract/comparison.schema.json'), 'utf8'),
) as Json;

/** The enum at a dotted path of the schema ("pairs.quotes.status"), items and properties skipped. */
function schemaEnum(path: string): string[] {
  let node: Json = schema;
  for (const key of path.split('.')) {
    const props = node.properties as Json | undefined;
    let next = props?.[key] as Json | undefined;
    if (next?.items) next = next.items as Json;
    expect(next, `schema has ${path}`).toBeDefined();
    node = next as Json;
  }
  expect(Array.isArray(node.enum), `${path} is an enum`).toBe(true);
  return node.enum as string[];
}

const known = (id: LessonId | null | undefined): void => {
  expect(id).toBeTruthy();
  expect(LESSON_IDS).toContain(id);
};

describe('teach mode lessons', () => {
  it('explain every class of word change in the schema and in the filters', () => {
    const classes = new Set([...schemaEnum('pairs.links.changes.class'), ...CLASSES]);
    expect(classes.size).toBeGreaterThanOrEqual(8);
    for (const cls of classes) known(CHANGE_LESSON[cls as ChangeClass]);
  });

  it('explain every quote status that is a change, and only those are unexplained', () => {
    for (const status of schemaEnum('pairs.quotes.status')) {
      expect(Object.hasOwn(QUOTE_LESSON, status), `quote status ${status} is mapped`).toBe(true);
      const lesson = QUOTE_LESSON[status as QuoteStatus];
      if (isUnchangedSource(status)) expect(lesson).toBeNull();
      else known(lesson);
    }
  });

  it('explain every attribution status of every kind, with or without a minor change', () => {
    const kinds = [...schemaEnum('pairs.attributions.kind'), undefined];
    const changes = [...schemaEnum('pairs.attributions.change'), undefined];
    for (const status of schemaEnum('pairs.attributions.status')) {
      for (const kind of kinds) {
        for (const change of changes) {
          const a = {
            status: status as AttributionEntry['status'],
            kind: kind as AttributionKind | undefined,
            change: change as AttributionChange | undefined,
          };
          const lesson = attributionLesson(a);
          if (isUnchangedSource(status)) expect(lesson).toBeNull();
          else known(lesson);
        }
      }
    }
  });

  it('explain every paragraph status of the matrix and the schema, and added paragraphs', () => {
    const statuses = new Set([...Object.keys(CELL_INFO), ...schemaEnum('pairs.links.relation')]);
    for (const s of [...statuses, 'added']) {
      expect(Object.hasOwn(PARAGRAPH_LESSON, s), `paragraph status ${s} is mapped`).toBe(true);
      const lesson = PARAGRAPH_LESSON[s as keyof typeof PARAGRAPH_LESSON];
      if (s === 'verbatim') expect(lesson).toBeNull();
      else known(lesson);
    }
  });

  it('name the classes the issue asks for: a dropped source and a stripped credit', () => {
    const dropped = (kind: AttributionKind) => attributionLesson({ status: 'dropped', kind });
    expect(dropped('speech')).toBe('source-dropped');
    expect(dropped('according_to')).toBe('source-dropped');
    expect(dropped('credit')).toBe('credit-stripped');
    expect(dropped('byline')).toBe('credit-stripped');
    expect(attributionLesson({ status: 'changed', kind: 'speech', change: 'tense' })).toBe(
      'attribution-minor',
    );
    expect(QUOTE_LESSON.paraphrased).toBe('paraphrase');
  });

  it('have no lesson that nothing can reach', () => {
    const reached = new Set<LessonId | null>([
      ...Object.values(CHANGE_LESSON),
      ...Object.values(QUOTE_LESSON),
      ...Object.values(PARAGRAPH_LESSON),
    ]);
    for (const status of ['added', 'dropped', 'changed'] as const) {
      for (const kind of schemaEnum('pairs.attributions.kind')) {
        reached.add(attributionLesson({ status, kind: kind as AttributionKind }));
        reached.add(attributionLesson({ status, kind: kind as AttributionKind, change: 'tense' }));
      }
    }
    for (const id of LESSON_IDS) expect(reached.has(id), `${id} is used`).toBe(true);
  });

  it('are written out: every part is a sentence, and the question to ask is a question', () => {
    for (const id of LESSON_IDS) {
      const l = LESSONS[id];
      expect(l.name.length, `${id} name`).toBeGreaterThan(3);
      for (const part of [l.what, l.why, l.lookFor, l.ask, l.task]) {
        expect(part, `${id}: ${part}`).toMatch(/^\S.{20,330}[.?)]$/su);
        expect(part).not.toMatch(/undefined|TODO|\b(?:class|status|enum)\b/);
      }
      expect(l.ask.endsWith('?'), `${id} ask`).toBe(true);
    }
  });
});
