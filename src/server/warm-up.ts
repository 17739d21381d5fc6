/**
 * What an analysis worker analyses before its first real request: an article as text and the same
 * article as an HTML page. The first analysis in a fresh thread loads every stage's models and
 * lexicons (about 2 s here) and the first HTML page loads the page readers (about 0.8 s); a person's
 * first paste must not pay that. A whole article touches every stage's lazily loaded data; a sentence
 * does not. Written for this purpose (no gold or published text).
 */
import type { SourceItem } from '../corpus/sources/source-item.js';

const TITLE = 'Shelling damages water station near Zaporizhzhia, officials say';

const PARAGRAPHS = [
  'ZAPORIZHZHIA, March 4 (Example Wire) – Artillery fire damaged a water pumping station near Zaporizhzhia on Monday, cutting supplies to about 12,000 residents, regional officials said.',
  '"We will restore the water within two days," regional governor Ivan Fedorov told reporters on Tuesday. "Crews are already on site."',
  'Three workers were injured in the attack, according to the State Emergency Service, which said one of them was in a serious condition.',
  'Russia\'s defence ministry denied that its forces had targeted civilian infrastructure and claimed that Ukrainian troops had used the station as a base.',
  'The United Nations humanitarian office said it was "deeply concerned" by reports of attacks on water facilities, calling them a blatant violation of international law.',
  'Local residents said the shelling had allegedly continued for several hours. Protesters gathered outside the city hall in Kyiv on Wednesday to demand more air defence.',
];

/** The warm-up article as plain text with its metadata. */
export const WARM_UP_ARTICLE = { title: TITLE, outlet: 'Example Wire', publishedAt: '2024-03-05', text: [TITLE, '', ...PARAGRAPHS].join('\n') };

/** The same article as a page with navigation and boilerplate around it, for the HTML readers. */
const WARM_UP_PAGE = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>', TITLE, ' | Example Wire</title>',
  '<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body>',
  '<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>', TITLE, '</h1>',
  ...PARAGRAPHS.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`),
  '</article></main><footer>Subscribe to our newsletter. We use cookies.</footer></body></html>',
].join('');

/**
 * The items every analysis worker analyses when it starts: the text, then the page, several times.
 * The first run loads the data; the repeats let the JIT compile the hot paths, which took a typical
 * article's first analysis from ~240 to ~150 ms of CPU here (steady state ~80-110 ms on a loaded machine).
 */
export function warmUpItems(rounds = 4): SourceItem[] {
  const text: SourceItem = { sourceKey: 'warm-up:text', input: { kind: 'record', json: JSON.stringify(WARM_UP_ARTICLE), name: 'warm-up' } };
  const page: SourceItem = { sourceKey: 'warm-up:html', input: { kind: 'bytes', bytes: new TextEncoder().encode(WARM_UP_PAGE), name: 'warm-up.html', contentType: 'text/html; charset=utf-8' } };
  const items: SourceItem[] = [];
  for (let i = 0; i < rounds; i++) items.push(text, ...(i < 2 ? [page] : []));
  return items;
}
