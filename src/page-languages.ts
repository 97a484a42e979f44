/**
 * The languages an element's page asks for, nearest first: the closest `lang` around it (or the document's), then
 * the browser's. On a server (Lit SSR) the element is not in a document: only the runtime's language counts.
 */
export function pageLanguages(el: Element): string[] {
  const page = typeof el.closest === 'function' ? (el.closest('[lang]') as HTMLElement | null)?.lang || el.ownerDocument?.documentElement?.lang : '';
  const languages = [page, typeof navigator !== 'undefined' ? navigator.language : ''];
  return languages.filter((l): l is string => !!l);
}
