// Settings a person can change, kept in the library (so the CLI, browser mode and the desktop
// app share them), spread into contract/methods.ts. For now: the User-Agent of URL import.
import { z } from 'zod';

/**
 * A User-Agent header value: printable ASCII only (an HTTP header cannot carry line breaks or
 * other characters, and a control character would split the request).
 */
const userAgentSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^[\x20-\x7e]+$/, 'Use letters, digits and punctuation only (plain ASCII, one line).');

/** The settings as the UI shows them. */
export const settingsSchema = z.object({
  /** The User-Agent URL import sends. */
  userAgent: z.string(),
  /** The User-Agent of this version of Retold, sent while no other is set. */
  defaultUserAgent: z.string(),
});

/** Methods of settings. */
export const settingsMethods = {
  /** The current settings. */
  'settings.get': { input: z.object({}).strict(), output: settingsSchema },
  /** Changes settings; `userAgent: null` goes back to the default. */
  'settings.update': {
    input: z.object({ userAgent: userAgentSchema.nullable().optional() }).strict(),
    output: settingsSchema,
  },
} as const;
