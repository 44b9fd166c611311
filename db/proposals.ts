// Pending story proposals (tables made by migrations/0009-story-proposals.ts, which explains
// staleness). Library exposes these as `library.proposals`. Every read cleans out members
// whose article was moved, or whose story gained another version, since it was proposed, and
// drops proposals left without their original or with fewer than two articles; accepting is
// in db/proposal-accept.ts.
import type { Database as Db } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../contract/errors';
import type { originalReasonSchema, proposalSchema } from '../contract/grouping-methods';

/** A pending proposal as the review screen shows it. */
export type ProposalRow = z.infer<typeof proposalSchema>;
/** Why a version is presumed to be the original. */
export type ProposalReason = z.infer<typeof originalReasonSchema>;

/** A proposal to store: the shape of backend/collections/types.ts StoryProposal. */
export interface NewProposal {
  title: string;
  originalId: number;
  reasons: readonly ProposalReason[];
  members: ReadonlyArray<{
    versionId: number;
    containedInOriginal: number | null;
    containsOriginal: number | null;
    derivation: 'wholly' | 'partially' | 'none' | null;
  }>;
  source: 'near-duplicates' | 'passim';
}

type MemberRow = Omit<ProposalRow['members'][number], 'isOriginal'> & { proposalId: number };
type HeadRow = Omit<ProposalRow, 'reasons' | 'members'>;

/** A member is stale when its article moved or its story is no longer a one-version story. */
const STALE_MEMBERS = `
  SELECT m.proposal_id AS p, m.version_id AS v FROM story_proposal_members m
  JOIN versions v ON v.id = m.version_id
  WHERE v.story_id <> m.story_id
     OR (SELECT count(*) FROM versions w WHERE w.story_id = v.story_id) > 1`;

/** Proposals without their original, or with fewer than two articles left. */
const BROKEN_PROPOSALS = `
  SELECT p.id FROM story_proposals p
  WHERE p.original_version_id IS NULL
     OR NOT EXISTS (SELECT 1 FROM story_proposal_members m
                    WHERE m.proposal_id = p.id AND m.version_id = p.original_version_id)
     OR (SELECT count(*) FROM story_proposal_members m WHERE m.proposal_id = p.id) < 2`;

const MEMBER_COLUMNS = `m.proposal_id AS proposalId, m.version_id AS versionId,
  v.story_id AS storyId, v.title, v.outlet, v.published, v.word_count AS wordCount,
  m.contained_in_original AS containedInOriginal, m.contains_original AS containsOriginal,
  m.derivation`;

/** The store of pending proposals. */
export class ProposalStore {
  constructor(private readonly db: Db) {}

  /**
   * Stores a proposal. Members that are not unsorted (alone in their story) or that another
   * pending proposal already holds are left out; returns the new id and how many were left
   * out, or id null when fewer than two articles (or not the original) remain.
   */
  add(p: NewProposal, now = new Date().toISOString()): { id: number | null; skipped: number } {
    const free = this.db.prepare(
      `SELECT v.story_id AS storyId FROM versions v
       WHERE v.id = ? AND NOT EXISTS (SELECT 1 FROM story_proposal_members m WHERE m.version_id = v.id)
         AND (SELECT count(*) FROM versions w WHERE w.story_id = v.story_id) = 1`,
    );
    const usable = p.members.flatMap((m) => {
      const row = free.get(m.versionId) as { storyId: number } | undefined;
      return row ? [{ ...m, storyId: row.storyId }] : [];
    });
    const skipped = p.members.length - usable.length;
    if (usable.length < 2 || !usable.some((m) => m.versionId === p.originalId))
      return { id: null, skipped };
    const info = this.db
      .prepare(
        `INSERT INTO story_proposals (title, source, original_version_id, created_at)
         VALUES (?, ?, ?, ?)`,
      )
      .run(p.title, p.source, p.originalId, now);
    const id = Number(info.lastInsertRowid);
    const reason = this.db.prepare(
      'INSERT INTO story_proposal_reasons (proposal_id, position, kind, text) VALUES (?, ?, ?, ?)',
    );
    p.reasons.forEach((r, i) => reason.run(id, i, r.kind, r.text));
    const member = this.db.prepare(
      `INSERT INTO story_proposal_members (proposal_id, version_id, story_id, position,
         contained_in_original, contains_original, derivation) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    usable.forEach((m, i) =>
      member.run(
        id,
        m.versionId,
        m.storyId,
        i,
        m.containedInOriginal,
        m.containsOriginal,
        m.derivation,
      ),
    );
    return { id, skipped };
  }

  /** Deletes every pending proposal from `source` (a new run replaces the last one's). */
  removeSource(source: NewProposal['source']): number {
    return this.db.prepare('DELETE FROM story_proposals WHERE source = ?').run(source).changes;
  }

  /** Deletes one proposal (its articles stay where they are). */
  remove(id: number): void {
    this.db.prepare('DELETE FROM story_proposals WHERE id = ?').run(id);
  }

  /** Cleans out stale members and broken proposals; says how many went. */
  clean(): { proposals: number; members: number } {
    const stale = this.db.prepare(STALE_MEMBERS).all() as { p: number; v: number }[];
    const drop = this.db.prepare(
      'DELETE FROM story_proposal_members WHERE proposal_id = ? AND version_id = ?',
    );
    for (const s of stale) drop.run(s.p, s.v);
    const broken = this.db.prepare(BROKEN_PROPOSALS).all() as { id: number }[];
    for (const b of broken) this.remove(b.id);
    return { proposals: broken.length, members: stale.length };
  }

  /** Number of pending proposals. */
  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM story_proposals').get() as { n: number }).n;
  }

  /** Articles of pending proposals not wholly derived from their original (by the engine). */
  notWhollyDerived(): number {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM story_proposal_members m
         JOIN story_proposals p ON p.id = m.proposal_id
         WHERE m.version_id <> p.original_version_id AND coalesce(m.derivation, '') <> 'wholly'`,
      )
      .get() as { n: number };
    return row.n;
  }

  /** Pending proposals, largest first, then oldest first. */
  list(offset = 0, limit = 100): ProposalRow[] {
    const heads = this.db
      .prepare(
        `SELECT ${HEAD_COLUMNS} FROM story_proposals p
         ORDER BY (SELECT count(*) FROM story_proposal_members m WHERE m.proposal_id = p.id) DESC,
                  p.id
         LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as HeadRow[];
    return heads.map((h) => this.complete(h));
  }

  /** One pending proposal; throws not_found. */
  get(id: number): ProposalRow {
    const head = this.db
      .prepare(`SELECT ${HEAD_COLUMNS} FROM story_proposals p WHERE p.id = ?`)
      .get(id) as HeadRow | undefined;
    if (!head)
      throw new AppError(
        'not_found',
        'This proposal is no longer pending: it was accepted or dismissed, or its articles were moved or deleted since. Refresh the list.',
      );
    return this.complete(head);
  }

  /** Every pending proposal's id, oldest first. */
  ids(): number[] {
    const rows = this.db.prepare('SELECT id FROM story_proposals ORDER BY id').all() as {
      id: number;
    }[];
    return rows.map((r) => r.id);
  }

  private complete(head: HeadRow): ProposalRow {
    const reasons = this.db
      .prepare(
        'SELECT kind, text FROM story_proposal_reasons WHERE proposal_id = ? ORDER BY position',
      )
      .all(head.id) as ProposalReason[];
    const rows = this.db
      .prepare(
        `SELECT ${MEMBER_COLUMNS} FROM story_proposal_members m
         JOIN versions v ON v.id = m.version_id WHERE m.proposal_id = ?
         ORDER BY m.version_id = ? DESC, v.published IS NULL, v.published, m.position`,
      )
      .all(head.id, head.originalId) as MemberRow[];
    const members = rows.map(({ proposalId: _p, ...m }) => ({
      ...m,
      isOriginal: m.versionId === head.originalId,
    }));
    return { ...head, reasons, members };
  }
}

const HEAD_COLUMNS = `p.id, p.title, p.source, p.original_version_id AS originalId,
  p.created_at AS createdAt`;
