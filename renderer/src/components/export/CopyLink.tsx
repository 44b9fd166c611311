import { shellKind } from '../../api/client';
import { copyText } from '../../lib/clipboard';
import { formatRoute, type Route } from '../../lib/route';

/** What the person is told about a copied link: the key travels with the browser, not the link. */
export const LINK_HELP =
  'It works in another tab of this browser while this Retold runs; the key is per launch, so after a restart open the address Retold prints.';

/** The full address of a route in this window. */
export function routeUrl(r: Route): string {
  return `${window.location.origin}${window.location.pathname}${formatRoute(r)}`;
}

interface CopyLinkProps {
  route: Route;
  onInfo: (message: string) => void;
  onError: (message: string) => void;
}

/** "Copy link" (browser mode): the address of what is shown, without the key. */
export function CopyLink({ route, onInfo, onError }: CopyLinkProps) {
  // The desktop app's addresses (app://retold/…) mean nothing outside its window.
  if (shellKind !== 'browser') return null;
  const copy = (): void => {
    copyText(routeUrl(route)).then(
      () => onInfo(`Link copied. ${LINK_HELP}`),
      (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
    );
  };
  return (
    <button type="button" className="button" onClick={copy} title={LINK_HELP}>
      Copy link
    </button>
  );
}
