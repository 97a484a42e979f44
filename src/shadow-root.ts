import { adoptStyles, type CSSResultOrNative } from 'lit';

/**
 * Readies the shadow root on each connect.
 * - Before the first render, a root the server rendered (declarative shadow DOM from Lit SSR) is emptied, unless
 *   Lit's hydration support is loaded: the first render replaces it in the same task (nothing flashes), where Lit
 *   would otherwise render a second copy after it.
 * - Returns whether the server's markup was there: the first render then replaces it (or hydrates it) at once, whole.
 * - A shadow root moved to another document and back loses its adopted style sheets (they belong to the document
 *   that made them): adopt them again, or fall back to a <style> element where adopting is refused.
 */
export function prepareShadowRoot(root: ShadowRoot | null, styles: CSSResultOrNative[], doc: Document, firstRender: boolean, renderOptions: { renderBefore?: ChildNode | null }): boolean {
  const hydrate = typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';
  const serverMarkup = !!root && firstRender && !!root.firstChild;
  if (root && serverMarkup && !hydrate) {
    root.replaceChildren();
    renderOptions.renderBefore = null; // Lit took it from the server's markup
  }
  adopt(root, styles, doc);
  return serverMarkup;
}

function adopt(root: ShadowRoot | null, styles: CSSResultOrNative[], doc: Document): void {
  if (!root || root.adoptedStyleSheets?.length || root.querySelector('style[data-styles]')) return;
  try {
    adoptStyles(root, styles);
  } catch {
    /* a sheet from another document: use a <style> below */
  }
  if (root.adoptedStyleSheets?.length) return;
  const style = doc.createElement('style');
  style.dataset.styles = '';
  style.textContent = styles.map((sheet) => ('cssText' in sheet ? sheet.cssText : '')).join('\n');
  root.prepend(style);
}
