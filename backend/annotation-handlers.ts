// Handlers of notes on findings and corrections (contract/annotation-methods.ts), spread into
// handlers.ts. Each write tells the UIs to refresh (`library:changed`), as every other write.
import type { MethodName, MethodOutput, ParsedInput } from '../contract/methods';
import type { BackendContext } from './context';

type AnnotationMethod =
  | 'notes.list'
  | 'notes.create'
  | 'notes.update'
  | 'notes.delete'
  | 'corrections.list'
  | 'corrections.create'
  | 'corrections.delete';

type Handler<M extends MethodName> = (
  ctx: BackendContext,
  input: ParsedInput<M>,
) => MethodOutput<M>;

const ok = { ok: true as const };

function changed<T>(ctx: BackendContext, reason: string, value: T): T {
  ctx.events.emit('library:changed', { reason });
  return value;
}

/** The handlers of notes and corrections. */
export const annotationHandlers: { [M in AnnotationMethod]: Handler<M> } = {
  'notes.list': (ctx, { storyId }) => {
    ctx.library.getStory(storyId);
    return { notes: ctx.library.notes.list(storyId) };
  },
  'notes.create': (ctx, input) => changed(ctx, 'note', ctx.library.notes.create(input)),
  'notes.update': (ctx, { id, body }) => changed(ctx, 'note', ctx.library.notes.update(id, body)),
  'notes.delete': (ctx, { id }) => {
    ctx.library.notes.delete(id);
    return changed(ctx, 'note', ok);
  },
  'corrections.list': (ctx, { storyId }) => {
    ctx.library.getStory(storyId);
    return { corrections: ctx.library.corrections.list(storyId) };
  },
  'corrections.create': (ctx, input) =>
    changed(ctx, 'correction', ctx.library.corrections.create(input)),
  'corrections.delete': (ctx, { id }) => {
    ctx.library.corrections.delete(id);
    return changed(ctx, 'correction', ok);
  },
};
