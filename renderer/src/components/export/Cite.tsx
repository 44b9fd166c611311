// "Copy citation" on findings: a Cite menu on each row of the pair view (its paragraphs and
// word changes, and a link to the paragraph) and on each attribution and quote of the panel.
// Each entry copies the plain citation; its "as Markdown" twin copies the Markdown one (the
// clipboard's text/plain holds whichever was chosen: Markdown has no clipboard type of its own
// that editors read). PairView provides what the menus need through CiteContext, so the
// memoised rows and the panel need no new props.
import { createContext, useContext, useState } from 'react';
import type { AttributionEntry, Pair, QuoteEntry } from '../../../../engine';
import { shellKind } from '../../api/client';
import { copyText } from '../../lib/clipboard';
import { markdownCitation, plainCitation } from '../../lib/citation';
import type { Route } from '../../lib/route';
import { ActionMenu, type MenuAction } from './ActionMenu';
import { entryCitation, rowTargets, type CiteData, type CiteTarget } from './cite-findings';
import { routeUrl } from './CopyLink';

/** What the Cite menus of one pair need. */
export interface CiteScope {
  data: CiteData;
  pair: Pair;
  storyId: number;
}

export const CiteContext = createContext<CiteScope | null>(null);

/** Limits of the row menus. */
const CITE_LIMITS = {
  /** Word changes listed in a row's menu (a heavily rewritten paragraph has dozens). */
  maxChanges: 4,
  /** How long "Copied" shows beside the button. */
  saidMs: 2500,
};

function CiteMenu({
  targets,
  link,
  label,
}: {
  targets: CiteTarget[];
  link?: Route;
  label: string;
}) {
  const [said, setSaid] = useState('');
  const copy = (text: string, what: string) => (): void => {
    copyText(text).then(
      () => setSaid(`${what} copied`),
      (err: unknown) => setSaid(err instanceof Error ? err.message : String(err)),
    );
    setTimeout(() => setSaid(''), CITE_LIMITS.saidMs);
  };
  const actions: MenuAction[] = targets.flatMap((t) => [
    { label: t.label, run: copy(plainCitation(t.citation), 'Citation') },
    {
      label: `${t.label} as Markdown`,
      run: copy(markdownCitation(t.citation), 'Markdown citation'),
    },
  ]);
  // The desktop app's addresses (app://retold/…) open nothing outside its own window.
  if (link && shellKind === 'browser')
    actions.push({ label: 'Copy link to this paragraph', run: copy(routeUrl(link), 'Link') });
  if (actions.length === 0) return null;
  return (
    <span className="cite">
      <ActionMenu className="small-button cite-button" label={label} actions={actions}>
        Cite
      </ActionMenu>
      <span className="cite-said" role="status">
        {said}
      </span>
    </span>
  );
}

/** The Cite menu of a pair-view row. */
export function CiteRow({
  row,
}: {
  row: { base: number[]; version: number[]; link: number | null };
}) {
  const scope = useContext(CiteContext);
  if (!scope) return null;
  const { data, pair, storyId } = scope;
  const number = data.comparison.versions[pair.version]?.number ?? pair.version + 1;
  const side = row.version.length > 0 ? 'version' : 'base';
  const first = (side === 'version' ? row.version : row.base)[0];
  const link: Route | undefined =
    first === undefined
      ? undefined
      : { kind: 'pair', storyId, version: number, para: { side, n: first + 1 } };
  const where = first === undefined ? '' : ` ${side === 'base' ? 'base ' : ''}¶${first + 1}`;
  return (
    <CiteMenu
      targets={rowTargets(data, pair, row, CITE_LIMITS.maxChanges)}
      link={link}
      label={`Cite or link${where}`}
    />
  );
}

/** The Cite menu of an attribution or a quote. */
export function CiteEntry({
  entry,
  kind,
}: {
  entry: AttributionEntry | QuoteEntry;
  kind: 'attribution' | 'quote';
}) {
  const scope = useContext(CiteContext);
  const citation = scope ? entryCitation(scope.data, scope.pair, entry, kind) : null;
  if (!citation) return null;
  return (
    <CiteMenu
      targets={[{ label: `Copy citation of this ${kind}`, citation }]}
      label={`Cite this ${kind}`}
    />
  );
}
