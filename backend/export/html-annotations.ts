// The report's notes on findings and corrections: two tables, every entry (a detached note or
// correction included, with the words it was written on). Library text is escaped as
// everywhere in the report.
import { correctionWords } from './annotations';
import type { StoryExport } from './collect';
import { esc } from './html-text';

const PLACEMENT: Record<StoryExport['notes'][number]['placement'], string> = {
  attached: 'on its finding',
  text: 'its finding is no longer reported',
  detached: 'detached: its words are gone',
};

const OUTCOME: Record<StoryExport['corrections'][number]['outcome'], string> = {
  applied: 'applied',
  inactive: 'not applied: its pair is not compared with this base',
  detached: 'detached: its words are gone',
};

const where = (v: number | null, p: number | null) =>
  v === null ? '—' : `#${v}${p === null ? '' : ` ¶${p}`}`;

/** Notes on findings as a table (or a sentence when there are none). */
export function findingNotesHtml(x: StoryExport): string {
  if (x.notes.length === 0) return '<p class="none">No notes on findings.</p>';
  const rows = x.notes
    .map(
      (n) =>
        `<tr class="note-${esc(n.placement)}"><td>${esc(n.finding)}</td><td>${esc(where(n.version, n.paragraph))}</td><td>“${esc(n.text)}”</td><td class="note-body">${esc(n.note)}</td><td>${esc(PLACEMENT[n.placement])}</td></tr>`,
    )
    .join('\n');
  return `<h3>Notes on findings</h3><table class="notes-table"><thead><tr><th>On</th><th>Where</th><th>Words</th><th>Note</th><th>Placed</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Corrections as a table: what the analyst changed and what the engine had said. */
export function correctionsHtml(x: StoryExport): string {
  if (x.corrections.length === 0)
    return '<p class="none">No corrections: every finding is the engine’s.</p>';
  const rows = x.corrections
    .map((k) => {
      const what = correctionWords(k.kind) + (k.status ? `: ${k.status}` : '');
      const words = `“${esc(k.text)}”${k.otherText ? ` ↔ “${esc(k.otherText)}”` : ''}`;
      const engine = k.engine ? `${esc(k.engine.status)}` : '—';
      const pair = `#${esc(k.version ?? '?')}${k.otherVersion ? ` / #${esc(k.otherVersion)}` : ''}`;
      const outcome = OUTCOME[k.outcome];
      return `<tr><td>${esc(what)}</td><td>${pair}</td><td>${words}</td><td>${engine}</td><td>${esc(outcome)}</td></tr>`;
    })
    .join('\n');
  return `<p class="meta">Corrected by you: these override the engine’s findings above.</p><table class="corrections-table"><thead><tr><th>Correction</th><th>Versions</th><th>Words</th><th>Engine said</th><th>Outcome</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
