import { safeUrl } from './url.js';
import type { Citation, TimelineEvent } from './types.js';

/**
 * Reads events an author wrote as plain HTML inside the element, so readers without JavaScript still get the
 * list: an `<ol>` (or `<ul>`) of `<li>`, each with a `<time datetime>` (a second `<time>` is the end). The title
 * is the text of a heading, `<strong>` or `<b>`, else the item's text; the rest is the summary. `data-category`
 * and `id` on the `<li>`; links become citations and `<q>`/`<blockquote>` their quote.
 */
export function eventsFromList(list: Element): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  // The copies that are taken apart below live in a document without a browsing context: a copy made in the
  // page's own document would load its images again and run their `onerror`/`onload` handlers a second time.
  const inert = list.ownerDocument.implementation.createHTMLDocument('');
  for (const li of list.querySelectorAll(':scope > li')) {
    const times = [...li.querySelectorAll('time')];
    const date = times[0]?.getAttribute('datetime') ?? times[0]?.textContent?.trim() ?? '';
    const end = times[1]?.getAttribute('datetime') ?? undefined;
    const heading = li.querySelector('h1, h2, h3, h4, h5, h6, strong, b');
    const clone = inert.importNode(li, true);
    clone.querySelectorAll('time, h1, h2, h3, h4, h5, h6, strong, b, q, blockquote, cite, a, script, style').forEach((n) => n.remove());
    const rest = (clone.textContent ?? '').replace(/\s+/g, ' ').replace(/^[\s:–—-]+/, '').trim();
    const title = heading?.textContent?.replace(/\s+/g, ' ').trim() || rest;
    const event: Record<string, unknown> = { date, title };
    if (end) event.end = end;
    if (li.id) event.id = li.id;
    const category = (li as HTMLElement).dataset?.category;
    if (category) event.category = category;
    if (heading && rest) event.summary = rest;
    const quote = li.querySelector('q, blockquote')?.textContent?.replace(/\s+/g, ' ').trim();
    const citations: Citation[] = [];
    for (const a of li.querySelectorAll('a[href]')) {
      // The raw href goes on: the parser keeps http(s) links and reports any other it removes.
      const href = a.getAttribute('href') ?? '';
      citations.push({ url: href, title: (a.textContent ?? '').trim() || safeUrl(href) || undefined, ...(quote ? { quote } : {}) });
    }
    if (!citations.length && quote) citations.push({ quote, title: li.querySelector('cite')?.textContent?.trim() || undefined });
    if (citations.length) event.citations = citations;
    events.push(event as unknown as TimelineEvent);
  }
  return events;
}
