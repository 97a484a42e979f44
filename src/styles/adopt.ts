import { adoptStyles, type CSSResultOrNative } from 'lit';

/**
 * A shadow root moved to another document and back loses its adopted style sheets (they belong to the document
 * that made them): adopt them again, or fall back to a <style> element where adopting is refused.
 */
export function ensureStyles(root: ShadowRoot | null, styles: CSSResultOrNative[], doc: Document): void {
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
