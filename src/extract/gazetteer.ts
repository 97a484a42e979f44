// A small built-in gazetteer: the places a draft can name. Cities and towns carry coordinates; countries do not
// (the data format gives coordinates only when the source names a city or town). Extend it with `places`.

export interface GazetteerEntry {
  name: string;
  /** Other spellings found in articles. */
  aliases?: string[];
  lat?: number;
  lon?: number;
  kind: 'city' | 'country';
}

export const GAZETTEER: readonly GazetteerEntry[] = [
  { name: 'Kyiv', aliases: ['Kiev'], lat: 50.4501, lon: 30.5234, kind: 'city' },
  { name: 'Kharkiv', aliases: ['Kharkov'], lat: 49.9935, lon: 36.2304, kind: 'city' },
  { name: 'Mariupol', lat: 47.0971, lon: 37.5434, kind: 'city' },
  { name: 'Kherson', lat: 46.6354, lon: 32.6169, kind: 'city' },
  { name: 'Odesa', aliases: ['Odessa'], lat: 46.4825, lon: 30.7233, kind: 'city' },
  { name: 'Lviv', lat: 49.8397, lon: 24.0297, kind: 'city' },
  { name: 'Brovary', lat: 50.5111, lon: 30.7903, kind: 'city' },
  { name: 'Siret', lat: 47.9535, lon: 26.069, kind: 'city' },
  { name: 'Záhony', aliases: ['Zahony', 'Zahonyi'], lat: 48.4072, lon: 22.1756, kind: 'city' },
  { name: 'Geneva', lat: 46.2044, lon: 6.1432, kind: 'city' },
  { name: 'Moscow', lat: 55.7558, lon: 37.6173, kind: 'city' },
  { name: 'Warsaw', lat: 52.2297, lon: 21.0122, kind: 'city' },
  { name: 'London', lat: 51.5074, lon: -0.1278, kind: 'city' },
  { name: 'Brussels', lat: 50.8503, lon: 4.3517, kind: 'city' },
  { name: 'Paris', lat: 48.8566, lon: 2.3522, kind: 'city' },
  { name: 'Berlin', lat: 52.52, lon: 13.405, kind: 'city' },
  { name: 'New York', lat: 40.7128, lon: -74.006, kind: 'city' },
  { name: 'Washington', lat: 38.9072, lon: -77.0369, kind: 'city' },
  { name: 'The Hague', lat: 52.0705, lon: 4.3007, kind: 'city' },
  { name: 'Istanbul', lat: 41.0082, lon: 28.9784, kind: 'city' },
  { name: 'Ankara', lat: 39.9334, lon: 32.8597, kind: 'city' },
  { name: 'Gaziantep', lat: 37.0662, lon: 37.3833, kind: 'city' },
  { name: 'Kahramanmaraş', aliases: ['Kahramanmaras'], lat: 37.5753, lon: 36.9228, kind: 'city' },
  { name: 'Aleppo', lat: 36.2021, lon: 37.1343, kind: 'city' },
  { name: 'Port-au-Prince', lat: 18.5944, lon: -72.3074, kind: 'city' },
  { name: 'Khartoum', lat: 15.5007, lon: 32.5599, kind: 'city' },
  { name: 'Ukraine', kind: 'country' },
  { name: 'Russia', kind: 'country' },
  { name: 'Poland', kind: 'country' },
  { name: 'Romania', kind: 'country' },
  { name: 'Hungary', kind: 'country' },
  { name: 'Moldova', kind: 'country' },
  { name: 'United Kingdom', aliases: ['UK', 'Britain'], kind: 'country' },
  { name: 'Turkey', aliases: ['Türkiye'], kind: 'country' },
  { name: 'Syria', kind: 'country' },
  { name: 'Haiti', kind: 'country' },
  { name: 'Sudan', kind: 'country' },
];

export interface PlaceMention {
  entry: GazetteerEntry;
  /** Offset in the text searched. */
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Places named in the text, cities first, then in reading order. Adjectives ("Ukrainian") do not count. */
export function findPlaces(text: string, gazetteer: readonly GazetteerEntry[] = GAZETTEER): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const entry of gazetteer) {
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      // Case-sensitive: "UK" the country, not "uk" inside a word; a possessive ("Ukraine’s") still names it.
      const re = new RegExp(`(?<![\\p{L}-])${escape(spelling)}(?![\\p{L}-])`, 'gu');
      for (const m of text.matchAll(re)) out.push({ entry, index: m.index });
    }
  }
  return out.sort((a, b) => (a.entry.kind === b.entry.kind ? a.index - b.index : a.entry.kind === 'city' ? -1 : 1));
}

/** "Freedom Square", "Maidan Square": a named square or landmark before or after the city. */
export function findLandmark(text: string): string | undefined {
  return /\b((?:[A-Z][\p{L}’']+\s)+(?:Square|Bridge|Station|Airport|Theatre|Theater|Hospital))\b/u.exec(text)?.[1];
}
