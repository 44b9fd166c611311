import { z } from 'zod';
import { pickedFileSchema } from './schemas';

/**
 * Push events from the backend to the UI (`noun:pastTense`). Electron sends them over IPC,
 * browser mode over Server-Sent Events.
 */
export const events = {
  /**
   * Something in the library changed (import, rename, delete…). `stories` names the stories
   * whose row or page changed and `removed` the ones deleted, so a view reloads only what is
   * its own; with neither (or `full`), anything may have changed and every view reloads.
   * A bulk import sends one event per written batch.
   */
  'library:changed': z.object({
    reason: z.string(),
    stories: z.array(z.number().int().positive()).optional(),
    removed: z.array(z.number().int().positive()).optional(),
    full: z.boolean().optional(),
  }),
  /** The Electron menu asked the UI to do something. */
  'menu:invoked': z.object({
    action: z.enum(['import-files', 'paste', 'find', 'toggle-theme', 'check-library']),
  }),
  /** Files chosen in the native open dialog (from the menu), to import. */
  'files:opened': z.object({
    files: z.array(pickedFileSchema),
  }),
  /** Something the person should see (e.g. a file from the native dialog could not be read). */
  'notice:shown': z.object({ kind: z.enum(['info', 'error']), message: z.string() }),
} as const;

/** A push event name. */
export type EventName = keyof typeof events;
/** The payload of a push event. */
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
/** All event names, for the preload allowlist. */
export const eventNames = Object.keys(events) as EventName[];

/** True when `name` is a push event of the contract. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
