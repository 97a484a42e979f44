/**
 * Reads the HTML that TimelineJS3 and vis-timeline files carry in their text fields, as text: no parser, no
 * document, no HTML sink. Tags are dropped, entities decoded, the contents of script, style, template and
 * noscript left out (code, not prose), and `<a href>` links returned beside the text. Nothing in it can run or
 * load, because nothing here ever builds a node.
 */

export interface HtmlText {
  text: string;
  links: { url: string; text: string }[];
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ',
  ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', szlig: 'ß', middot: '·', bull: '•', times: '×', shy: '',
};

/** `&amp;`, `&#39;`, `&#x2019;` and the common named entities; an unknown one stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** An attribute's value from the inside of a start tag, decoded. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

const BLOCK = /^(br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|header|footer|figure|figcaption|hr)$/i;
const CODE = /^(script|style|template|noscript|iframe|object|svg|math)$/i;

/** Plain text and http(s)-or-not links (the caller keeps only what it allows) of an HTML fragment. */
export function readHtmlText(html: unknown): HtmlText {
  if (typeof html !== 'string' || !html) return { text: '', links: [] };
  const out: string[] = [];
  const links: { url: string; text: string }[] = [];
  let link: { url: string; start: number } | null = null;
  const tag = /<!--[\s\S]*?(?:-->|$)|<\/?([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/gi;
  let last = 0;
  for (let m: RegExpExecArray | null; (m = tag.exec(html)); ) {
    out.push(decodeEntities(html.slice(last, m.index)));
    last = tag.lastIndex;
    const name = m[1];
    if (!name) continue; // a comment
    const closing = m[0][1] === '/';
    if (!closing && CODE.test(name)) {
      // Skip to the matching end tag: what is inside is code or markup to render, not prose.
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = last;
      const found = end.exec(html);
      last = tag.lastIndex = found ? end.lastIndex : html.length;
      continue;
    }
    if (BLOCK.test(name)) out.push(' ');
    if (name.toLowerCase() === 'a') {
      if (closing && link) {
        links.push({ url: link.url, text: clean(out.slice(link.start).join('')) });
        link = null;
      } else if (!closing) {
        const href = attribute(m[2] ?? '', 'href');
        if (link) links.push({ url: link.url, text: clean(out.slice(link.start).join('')) });
        link = href !== undefined ? { url: href.trim(), start: out.length } : null;
      }
    }
  }
  out.push(decodeEntities(html.slice(last)));
  if (link) links.push({ url: link.url, text: clean(out.slice(link.start).join('')) });
  return { text: clean(out.join('')), links };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Markdown links `[text](https://…)`, which the Knight Lab spreadsheet template and Jekyll templates use in
 * text cells: the text stays, the link is returned. Only the bracket form is read; bare URLs stay text.
 */
export function readMarkdownLinks(text: string): HtmlText {
  const links: { url: string; text: string }[] = [];
  const plain = text.replace(/\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/g, (_, label: string, url: string) => {
    links.push({ url, text: label.trim() });
    return label;
  });
  return { text: plain, links };
}

/** HTML and Markdown links both: what a TimelineJS3 text field may hold. */
export function readRichText(value: unknown): HtmlText {
  const html = readHtmlText(value);
  const markdown = readMarkdownLinks(html.text);
  return { text: markdown.text, links: [...html.links, ...markdown.links] };
}

/** The first sentence of a text, for an event that has none of its own as a title (at most ~100 characters). */
export function firstSentence(text: string): string {
  const t = text.trim();
  const match = /^(.{8,}?[.!?…])(?:\s|$)/su.exec(t);
  let sentence = match ? match[1] : t;
  if (sentence.length > 100) {
    const cut = sentence.slice(0, 100);
    sentence = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trim()}…`;
  }
  return sentence;
}
