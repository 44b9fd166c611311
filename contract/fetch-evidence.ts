// The evidence of a version imported from the web (URL import, issue 12 item 2), as the API
// shows it with the version (`versions.get`) and exports print it. The fetched bytes themselves
// stay in the library (compressed); only their hash and size cross the API.
import { z } from 'zod';

/** How a version was fetched: addresses, time, status, type and the hash of the bytes read. */
export const fetchEvidenceSchema = z.object({
  /** The address as the person gave it. */
  requestedUrl: z.string(),
  /** The address read after following redirects. */
  finalUrl: z.string(),
  /** ISO time the final response started. */
  fetchedAt: z.string(),
  /** The HTTP status of the final response (2xx). */
  httpStatus: z.number().int(),
  /** The media type the server declared ('text/html'), or null. */
  contentType: z.string().nullable(),
  /** Redirects followed to reach the page. */
  redirects: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the bytes as received (after undoing gzip/br transfer compression). */
  rawSha256: z.string(),
  /** Size of those bytes. */
  rawSize: z.number().int().nonnegative(),
});

/** How a version was fetched, as a type. */
export type FetchEvidenceData = z.infer<typeof fetchEvidenceSchema>;
