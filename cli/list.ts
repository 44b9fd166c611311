import { startBackend } from '../backend/app';
import { dispatch } from '../backend/dispatch';
import { AppError } from '../contract/errors';
import type { CliIO } from './io';
import { parseCommand } from './args';

/** `retold list [--json]`: the stories in the library with their version counts. */
export async function runList(args: string[], file: string, io: CliIO): Promise<number> {
  const { values } = parseCommand({ args, options: { json: { type: 'boolean' } } });
  const ctx = startBackend({ file, shell: 'cli' });
  try {
    const r = await dispatch(ctx, 'stories.list', {});
    if (!r.ok) throw new AppError(r.error.code, r.error.message);
    const { stories } = r.value as {
      stories: { id: number; title: string; versionCount: number; updatedAt: string }[];
    };
    if (values.json) {
      io.stdout(`${JSON.stringify({ library: file, stories }, null, 2)}\n`);
      return 0;
    }
    if (stories.length === 0) io.stdout(`The library is empty (${file}).\n`);
    for (const s of stories) {
      const n = `${s.versionCount} version${s.versionCount === 1 ? '' : 's'}`;
      io.stdout(
        `${String(s.id).padStart(4)}  ${s.title}  (${n}, updated ${s.updatedAt.slice(0, 10)})\n`,
      );
    }
    return 0;
  } finally {
    ctx.library.close();
  }
}
