/** Reads a property without letting a hostile getter or proxy throw out of the parser. */
export function read(object: unknown, key: string | number): unknown {
  try {
    return object !== null && typeof object === 'object' ? (object as Record<string | number, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}
