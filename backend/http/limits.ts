/** Tuning numbers of the browser-mode host, in one place. */
export const HTTP_LIMITS = {
  /** Request bodies above this are refused with 413 (a 20 MB file is about 27 MB as base64 in JSON). */
  maxBodyBytes: 40 * 1024 * 1024,
  /**
   * After answering before a request body has arrived (a 413, a refused upload), keep reading and
   * discarding what the client still sends for this long before closing. Closing a socket that
   * still has unread data makes the kernel send a reset, and the client then loses the answer it
   * has not read yet ("lingering close", RFC 9112 §9.6).
   */
  lingerMs: 2_000,
  /** ...and for at most this many bytes, so a client cannot keep the socket open by streaming. */
  lingerMaxBytes: 64 * 1024 * 1024,
  /** A one-time launch link opens the app for this long after it was made. */
  launchCodeTtlMs: 60_000,
  /** A used or expired launch link is remembered this long, so its page can say what happened. */
  launchCodeMemoryMs: 30 * 60_000,
  /** Bytes of randomness in a launch code (base64url, so 43 characters). */
  launchCodeBytes: 32,
  /** Bytes of randomness in the per-launch API token. */
  tokenBytes: 24,
  /** Server-Sent Events keep-alive comment, so idle proxies and browsers keep the stream. */
  eventsKeepAliveMs: 25_000,
} as const;
