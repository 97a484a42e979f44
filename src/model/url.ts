/**
 * Returns the URL if it is an absolute `http:` or `https:` URL, else null.
 * Everything else (`javascript:`, `data:`, relative paths, obfuscated schemes) is refused: links from data
 * must never run code or surprise the reader.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0 || text.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
