// Puts text on the clipboard. The asynchronous Clipboard API needs a secure context and, in the
// desktop shell, a permission Retold does not grant (electron/permissions.ts: none at all), so
// when it is missing or refused the text is copied the old way: selected in an off-screen text
// area and copied with execCommand, which a click allows without any permission.
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-10000px';
  document.body.append(area);
  const focused = document.activeElement as HTMLElement | null;
  area.select();
  // execCommand is deprecated but is the one copy that needs no permission.
  const done = document.execCommand('copy');
  area.remove();
  focused?.focus();
  if (!done) throw new Error('The clipboard is not available here: select the text and copy it.');
}
