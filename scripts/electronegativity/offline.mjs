// Preloaded with `node --import` into the electronegativity scan: every outgoing connection
// and DNS lookup fails at once. electronegativity fetches translations and Electron's release
// list on each run (got, with retries and timeouts); offline it would wait, and online it would
// phone home. The error code is our own, which got does not retry, so the scan never waits.
// This works with or without `unshare -n` (scripts/electronegativity.mjs uses both where it
// can): a network namespace makes the block total, this makes it fast and visible.
import dns from 'node:dns';
import net from 'node:net';

const CODE = 'ERR_RETOLD_OFFLINE';
const reported = new Set();

function offlineError(target) {
  const err = new Error(`networking is disabled for this scan (tried ${target})`);
  err.code = CODE;
  return err;
}

/** One line per distinct target on stderr; the runner counts them for its report. */
function report(target) {
  if (reported.has(target)) return;
  reported.add(target);
  process.stderr.write(`[offline] blocked ${target}\n`);
}

function describe(args) {
  const first = args[0];
  if (Array.isArray(first)) return describe(first); // net's internal normalized form
  if (first && typeof first === 'object') {
    if (first.path) return String(first.path);
    return `${first.host ?? 'localhost'}:${first.port}`;
  }
  return typeof args[1] === 'string' ? `${args[1]}:${first}` : String(first);
}

net.Socket.prototype.connect = function connectBlocked(...args) {
  const target = describe(args);
  report(target);
  process.nextTick(() => this.destroy(offlineError(target)));
  return this;
};

function blockLookup(name) {
  return (hostname, ...rest) => {
    const callback = rest.find((a) => typeof a === 'function');
    report(`${name} ${hostname}`);
    if (callback) process.nextTick(() => callback(offlineError(hostname)));
  };
}

for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = blockLookup(name);
  dns.promises[name] = async (hostname) => {
    report(`${name} ${hostname}`);
    throw offlineError(hostname);
  };
}
