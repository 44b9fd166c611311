// Handlers of settings (contract/settings-methods.ts), spread into backend/handlers.ts.
import type { BackendContext } from './context';
import { USER_AGENT_SETTING, defaultUserAgent, userAgentOf } from './fetch/user-agent';
import type { Handlers } from './handlers';

function current(ctx: BackendContext) {
  return {
    userAgent: userAgentOf(ctx.library, ctx.appVersion),
    defaultUserAgent: defaultUserAgent(ctx.appVersion),
  };
}

/** The handlers of settings. */
export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => current(ctx),
  'settings.update': (ctx, { userAgent }) => {
    if (userAgent === null) ctx.library.deleteSetting(USER_AGENT_SETTING);
    // The default is not stored, so a newer Retold's default (its new version) applies.
    else if (userAgent !== undefined) {
      if (userAgent === defaultUserAgent(ctx.appVersion))
        ctx.library.deleteSetting(USER_AGENT_SETTING);
      else ctx.library.setSetting(USER_AGENT_SETTING, userAgent);
    }
    return current(ctx);
  },
};
