/**
 * A tag dictionary, as in Honnibal's averaged-perceptron tagger: words frequent in the training data
 * that (almost) always took one tag there get that tag without scoring. Two taggers keep one:
 * - the POS tagger (`src/data/models/pos-tag-dictionary.json`, made by `scripts/train-pos.ts
 *   --tag-dictionary`): function words and punctuation, about half of the tokens of news, which the
 *   perceptron almost never tags otherwise; the tag chosen still feeds the next tokens' tag-history
 *   features, as a scored one would. A run-time shortcut: training text is tagged fully scored (see
 *   `PosTagOptions` in tag-pos.ts);
 * - the NER tagger: the words outside names ("said", "was"), whose emission scores it does not
 *   compute (see `outsideWordsFile` in ner-model.ts).
 *
 * Read in ordinary (cased) text only, by the word as written: in a lower-cased or ALL-CAPS sentence
 * a word such as "may" or "us" no longer shows which word it is.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../data/paths.js';
import { CASED, type SentenceWords } from './describe-words.js';

/** The file: how it was made, and per tag the words that take it. */
export interface TagDictionaryFile {
  source: string;
  /** A word is kept when seen at least this many times... */
  minCount: number;
  /** ...with one tag at least this share of them. */
  minShare: number;
  tags: Record<string, string[]>;
}

/**
 * The tag dictionary of training sentences (words as written, one gold tag per word): words seen at
 * least `minCount` times with one tag at least `minShare` of them, among those `accept` takes.
 */
export function buildTagDictionary(
  sentences: readonly { words: readonly string[]; tags: readonly string[] }[],
  minCount: number,
  minShare: number,
  source: string,
  accept: (word: string, tag: string) => boolean = () => true,
): TagDictionaryFile {
  const counts = new Map<string, Map<string, number>>();
  for (const { words, tags } of sentences) {
    words.forEach((w, i) => {
      let byTag = counts.get(w);
      if (!byTag) counts.set(w, (byTag = new Map()));
      byTag.set(tags[i]!, (byTag.get(tags[i]!) ?? 0) + 1);
    });
  }
  const byTag: Record<string, string[]> = {};
  for (const [word, tagCounts] of counts) {
    let total = 0;
    let best = '';
    let most = 0;
    for (const [tag, n] of tagCounts) {
      total += n;
      if (n > most || (n === most && tag < best)) { most = n; best = tag; }
    }
    if (total >= minCount && most >= minShare * total && accept(word, best)) (byTag[best] ??= []).push(word);
  }
  const tags: Record<string, string[]> = {};
  for (const tag of Object.keys(byTag).sort()) tags[tag] = byTag[tag]!.sort();
  return { source, minCount, minShare, tags };
}

/**
 * The dictionary at run time: the tag of a word type by its slot in the tagger's word cache, looked
 * up by string once per slot (the slots change meaning when the cache is emptied).
 */
export class TagDictionary {
  private readonly byWord = new Map<string, number>();
  /** Per slot: the class id + 1, 0 for none, -1 not looked up since the cache was last emptied. */
  private readonly slots: Int16Array;
  private clears = -1;

  constructor(file: TagDictionaryFile, classes: readonly string[], slots: number) {
    for (const [tag, words] of Object.entries(file.tags)) {
      const id = classes.indexOf(tag);
      if (id < 0) throw new Error(`expected the tag dictionary's tags among the model's classes, found ${JSON.stringify(tag)}`);
      for (const w of words) this.byWord.set(w, id);
    }
    this.slots = new Int16Array(slots).fill(-1);
  }

  /** Words the dictionary holds. */
  get size(): number {
    return this.byWord.size;
  }

  /** The tag of word `i` of `s`, whose word type sits in slot `slot` of a cache emptied `clears` times, or -1. */
  tagOf(slot: number, clears: number, s: SentenceWords, i: number): number {
    if (clears !== this.clears) {
      this.slots.fill(-1);
      this.clears = clears;
    }
    let known = this.slots[slot]!;
    if (known < 0) {
      // A slot holds one word type in one case mode, so its answer holds for every sentence that reads it.
      known = s.mode === CASED ? (this.byWord.get(s.raw[i]!) ?? -1) + 1 : 0;
      this.slots[slot] = known;
    }
    return known - 1;
  }
}

/** The committed dictionary file. */
export function readTagDictionaryFile(): TagDictionaryFile {
  return JSON.parse(readFileSync(dataFile('models', 'pos-tag-dictionary.json'), 'utf8')) as TagDictionaryFile;
}
