/**
 * Reads the geoparsing corpora of ../shared/data/geoparsing: LGL (`<article docid>`, `<toponyms>` with
 * `<gaztag>` coordinates) and GeoVirus (`<article>` without docid, numbered from 1; `<locations>` with
 * `<name>`, `<lat>`, `<lon>`). Offsets are UTF-16 indices into the article's `<text>`; an offset that is
 * one or two characters off is realigned to the toponym's text.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  /** Missing for toponyms the corpus could not place (streets in LGL). */
  lat?: number;
  lon?: number;
  /** GeoNames feature class and code, where the corpus gives them (LGL). */
  featureType?: string;
}

export interface GeoArticle {
  docid: string;
  text: string;
  toponyms: GoldToponym[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, isArray: (name) => name === 'article' || name === 'toponym' || name === 'location' });

/** Reads every article of an LGL-style or GeoVirus-style XML file. */
export function readGeoCorpus(path: string): GeoArticle[] {
  const root = parser.parse(readFileSync(path, 'utf8')) as { articles?: { article?: Array<Record<string, unknown>> } };
  const articles: GeoArticle[] = [];
  for (const [i, raw] of (root.articles?.article ?? []).entries()) {
    const text = String(raw['text'] ?? '');
    const docid = typeof raw['@docid'] === 'string' ? raw['@docid'] : String(i + 1);
    const toponyms: GoldToponym[] = [];
    const lgl = (raw['toponyms'] as { toponym?: Array<Record<string, unknown>> } | undefined)?.toponym ?? [];
    for (const t of lgl) {
      const gaz = t['gaztag'] as Record<string, unknown> | undefined;
      const gold: GoldToponym = aligned(text, Number(t['start']), Number(t['end']), String(t['phrase'] ?? '').trim());
      if (gaz && gaz['lat'] !== undefined && gaz['lon'] !== undefined) {
        gold.lat = Number(gaz['lat']);
        gold.lon = Number(gaz['lon']);
        if (gaz['fclass'] !== undefined) gold.featureType = `${String(gaz['fclass'])}.${String(gaz['fcode'] ?? '')}`;
      }
      toponyms.push(gold);
    }
    const gv = (raw['locations'] as { location?: Array<Record<string, unknown>> } | undefined)?.location ?? [];
    for (const l of gv) {
      const gold = aligned(text, Number(l['start']), Number(l['end']), String(l['name'] ?? '').trim());
      if (l['lat'] !== undefined && l['lon'] !== undefined) {
        gold.lat = Number(l['lat']);
        gold.lon = Number(l['lon']);
      }
      toponyms.push(gold);
    }
    toponyms.sort((a, b) => a.start - b.start || a.end - b.end);
    articles.push({ docid, text, toponyms });
  }
  return articles;
}

/** The gold span, moved by up to two characters when the corpus offset misses the phrase. */
function aligned(text: string, start: number, end: number, phrase: string): GoldToponym {
  if (phrase && text.slice(start, end) !== phrase) {
    for (const shift of [-1, 1, -2, 2]) {
      if (text.slice(start + shift, start + shift + phrase.length) === phrase) return { start: start + shift, end: start + shift + phrase.length, phrase };
    }
  }
  return { start, end, phrase: phrase || text.slice(start, end) };
}
