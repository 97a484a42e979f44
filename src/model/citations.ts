import type { Media, ResolvedCitation, Source } from './types.js';

/** One source as a reader sees it: named once (headline, publisher, date, link where given), then its quotes. */
export interface SourceGroup {
  title?: string;
  url?: string;
  publisher?: string | null;
  /** The source's publication date as written (`YYYY-MM-DD`), when the dataset's `sources` give one. */
  published?: string;
  quotes: string[];
}

/**
 * An event's citations grouped by source, in order of first citation, so a headline cited three times is shown
 * once with its three quotes. Citations are the same source when they name the same source id, headline, link
 * and publisher (a citation may override the source's own fields: then it is a source of its own).
 */
export function groupCitations(citations: readonly ResolvedCitation[], sources: readonly Source[] = []): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const c of citations) {
    const key = JSON.stringify([c.sourceId ?? null, c.title ?? null, c.url ?? null, c.publisher ?? null]);
    let group = groups.get(key);
    if (!group) {
      group = { title: c.title, url: c.url, publisher: c.publisher, quotes: [] };
      const published = c.sourceId ? sources.find((s) => s.id === c.sourceId)?.published : undefined;
      if (published) group.published = published;
      groups.set(key, group);
    }
    if (c.quote) group.quotes.push(c.quote);
  }
  return [...groups.values()];
}

/**
 * What goes between two parts of a citation line (headline, publisher, date): a comma, or only a space after a part
 * that already ends a sentence ("… Ukraine. Paper, 1 March 2022", not "Ukraine., 1 March 2022").
 */
export function citationSeparator(before: string): string {
  return /[.!?…]["'”’»)\]]*\s*$/u.test(before) ? ' ' : ', ';
}

/** Image files a browser shows in an `<img>`, by the ending of the link's path (TimelineJS3 detects them so too). */
const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|bmp)$/i;

/**
 * How media is shown: an image (an http(s) link to an image file) as a picture, anything else (video, social
 * posts, maps, documents) as a link with its caption. Nothing is embedded or run either way.
 */
export function mediaKind(media: Media): 'image' | 'link' | 'none' {
  if (!media.url) return 'none';
  let path = '';
  try {
    const url = new URL(media.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'none';
    path = url.pathname;
  } catch {
    return 'none';
  }
  return IMAGE.test(path) ? 'image' : 'link';
}

/** The image to show for media: its thumbnail when that is an image link, else the media itself. */
export function mediaImage(media: Media): string | undefined {
  if (mediaKind(media) !== 'image') return undefined;
  const thumb = media.thumbnail && mediaKind({ url: media.thumbnail }) === 'image' ? media.thumbnail : undefined;
  return thumb ?? media.url;
}
