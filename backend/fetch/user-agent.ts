// The User-Agent Retold sends: it says what is asking (a site's operator can tell a person's
// one-off fetch of an article from a crawler) and can be changed in the settings, for sites that
// refuse unknown agents. Stored as a library setting (db/settings.ts), so the CLI, browser mode
// and the desktop app send the same one.
import type { Library } from '../../db';

/** The settings key of a custom User-Agent; absent means the default. */
export const USER_AGENT_SETTING = 'fetch.userAgent';

/** The default User-Agent of this version of Retold. */
export function defaultUserAgent(appVersion: string): string {
  return `Retold/${appVersion} (news-version comparison; fetches one page per article a person imports)`;
}

/** The User-Agent to send: the person's own, or the default. */
export function userAgentOf(library: Library, appVersion: string): string {
  return library.getSetting(USER_AGENT_SETTING) ?? defaultUserAgent(appVersion);
}
