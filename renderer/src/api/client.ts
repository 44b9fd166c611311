// The typed client: the renderer's only way to the backend. In the desktop shell it goes
// through the preload's `window.retold`; in browser mode over HTTP with the per-launch token.
import type { AppErrorData, Result } from '../../../contract/errors';
import type { EventName, EventPayload } from '../../../contract/events';
import type { MethodInput, MethodName, MethodOutput } from '../../../contract/methods';

/** The preload's API in the desktop shell. */
interface PreloadApi {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    retold?: PreloadApi;
  }
}

/** An error from the backend, with the code and the message for the person. */
export class ApiError extends Error {
  readonly code: AppErrorData['code'];

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
  }
}

const TOKEN_KEY = 'retold.token';

/**
 * Takes the token from the address fragment once, keeps it, and hides it, so the address holds
 * only the route (lib/route.ts) and a copied link never carries the key. It is kept for this
 * tab (sessionStorage) and for this origin (localStorage: the origin includes the server's
 * port), so a link opened in another tab of this browser works while this launch runs; a
 * later launch has a new token, and its first load replaces the stored one.
 */
function browserToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  try {
    if (m?.[1]) {
      sessionStorage.setItem(TOKEN_KEY, m[1]);
      localStorage.setItem(TOKEN_KEY, m[1]);
    }
  } catch {
    // storage unavailable: this page still has the token from its address
  }
  if (m?.[1]) history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? localStorage.getItem(TOKEN_KEY) ?? m?.[1] ?? '';
  } catch {
    return m?.[1] ?? '';
  }
}

/** Which shell the renderer runs in. */
export const shellKind: 'electron' | 'browser' = window.retold ? 'electron' : 'browser';
const token = shellKind === 'browser' ? browserToken() : '';

async function httpInvoke(method: string, input: unknown): Promise<Result<unknown>> {
  const res = await fetch('/api/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retold-token': token },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json().catch(() => null)) as Result<unknown> | null;
  if (body && typeof body === 'object' && 'ok' in body) return body;
  return {
    ok: false,
    error: { code: 'internal', message: `The Retold server answered ${res.status}.` },
  };
}

/** Calls a contract method; throws ApiError with a message a person can act on. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  let result: Result<unknown>;
  try {
    result = window.retold
      ? ((await window.retold.invoke(method, input)) as Result<unknown>)
      : await httpInvoke(method, input);
  } catch {
    throw new ApiError({
      code: 'internal',
      message: 'Retold’s backend cannot be reached. Is it still running?',
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as MethodOutput<M>;
}

let eventSource: EventSource | null = null;

/** Subscribes to a push event; returns the unsubscribe function. */
export function subscribe<E extends EventName>(
  event: E,
  callback: (payload: EventPayload<E>) => void,
): () => void {
  if (window.retold) return window.retold.on(event, (p) => callback(p as EventPayload<E>));
  eventSource ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  const source = eventSource;
  const listener = (e: MessageEvent<string>): void =>
    callback(JSON.parse(e.data) as EventPayload<E>);
  source.addEventListener(event, listener);
  return () => source.removeEventListener(event, listener);
}
