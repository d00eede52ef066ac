/**
 * Copying text to the clipboard through the asynchronous Clipboard API, which exists only in
 * secure contexts and may be refused (no permission, page not focused). A refusal is not an
 * error: the caller shows the text in a field for the user to copy instead.
 */

/** Copies `text`; resolves to whether the browser took it. */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
