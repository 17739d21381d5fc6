/**
 * Speakers: who a source refers to. A person named anywhere in the source speaks ("Kremlin spokesman
 * Dmitry Peskov", "the deputy commander ..., Eduard Basurin"); otherwise the mention at the head of the
 * source's noun phrase ("the Kremlin", "Kiev" for its government, "the ministry" as a nominal). A
 * name that only modifies the head is not the speaker: "Ukrainian officials", "the UN human rights
 * office", "Georgian opposition" are nominal speakers named by their whole phrase. Pronouns the entity
 * layer left unresolved take the last speaker they can stand for: "he"/"she" a person, "they" a group.
 */
import { loadLexicon } from '../../data/lexicon.js';
import type { Entity, Mention } from '../../model/layers/entities.js';
import type { Speaker } from '../../model/layers/quotes.js';
import type { Token } from '../../model/layers/structure.js';
import { firstEndingAfter } from '../../model/text-index.js';
import type { TokenRange } from './find-source.js';
import { INTERVIEW_LABELS } from './find-labelled-quotes.js';
import { collapseSpaces, replaceLeadingArticle, trimTrailingMarks } from './speaker-text.js';

const SINGULAR_PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'i']);
const PLURAL = new Set(['they', 'we', 'them', 'their', 'us']);

export interface SpeakerIndex {
  mentions: readonly Mention[];
  entities: Map<string, Entity>;
}

/** What the fallback remembers of a speaker: its kind, for pronouns to pick from. */
interface Seen {
  speaker: Speaker;
  person: boolean;
  /** A plural noun ("officials"): "they" only. */
  plural: boolean;
  /** An organisation: "it" or "they". */
  group: boolean;
  /** Where its source starts in the text. */
  start: number;
}

/**
 * The last speaker a pronoun can stand for ("she": a person; "they": a group or plural), when it has no
 * entity and was named after every name-mention of the entity the entity layer chose.
 */
function nearerSpeaker(tokens: readonly Token[], [from]: TokenRange, pronoun: Mention, seen: readonly Seen[], index: SpeakerIndex): Seen | undefined {
  const word = tokens[from]!.text.toLowerCase();
  const wanted = (s: Seen): boolean => (PLURAL.has(word) ? s.plural || s.group : SINGULAR_PERSON.has(word) ? s.person : false);
  const candidate = seen.findLast(wanted);
  if (!candidate || candidate.speaker.entity !== undefined || candidate.speaker.resolvedBy !== 'nominal') return undefined;
  const at = tokens[from]!.start;
  let named = -1;
  for (let i = firstEndingAfter(index.mentions, at) - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.entity === pronoun.entity && m.kind !== 'pronoun' && m.end <= at) {
      named = m.start;
      break;
    }
  }
  return named >= 0 && candidate.start > named ? candidate : undefined;
}

/** Resolves each source (token ranges, in text order) to a speaker; `undefined` sources give `undefined`. */
export function resolveSpeakers(text: string, tokens: readonly Token[], sources: ReadonlyArray<TokenRange | undefined>, index: SpeakerIndex | undefined): Array<Speaker | undefined> {
  const out: Array<Speaker | undefined> = [];
  const seen: Seen[] = [];
  let firstTurn: number | undefined;
  let interviewee: Speaker | null | undefined;
  for (const written of sources) {
    if (!written) {
      out.push(undefined);
      continue;
    }
    // "Q: ..." / "A: ...": the layout says who speaks, the interviewer or the interviewee, not a name.
    if (written[1] - written[0] === 1 && INTERVIEW_LABELS.has(tokens[written[0]]!.text) && tokens[written[1]]?.text === ':') {
      const asks = /^Q/.test(tokens[written[0]]!.text);
      firstTurn ??= tokens[written[0]]!.start;
      // The answers are the person the introduction names ("We spoke to Olena Petrenko, a teacher").
      interviewee ??= index ? introducedPerson(text, index, firstTurn) ?? null : null;
      out.push(!asks && interviewee ? { ...interviewee } : { name: asks ? 'interviewer' : 'interviewee', resolvedBy: 'none' });
      continue;
    }
    // "Residents who believe ...": a relative pronoun speaks for the noun phrase it follows.
    const antecedent = RELATIVE_PRONOUNS.has(tokens[written[0]]!.text.toLowerCase()) && written[1] - written[0] === 1 ? antecedentOf(tokens, written[0]) : undefined;
    const source = antecedent ?? written;
    const head = headOf(tokens, source);
    const mention = index ? speakingMention(tokens, source, head, index) : undefined;
    let speaker: Speaker;
    let person = false;
    let group = false;
    // "..., a local resident told us. She said ...": the entity layer links the pronoun to the last
    // person it knows by name, but a nearer speaker it has no entity for (a nominal) is the one meant.
    const nearer = mention?.kind === 'pronoun' ? nearerSpeaker(tokens, source, mention, seen, index!) : undefined;
    if (nearer) {
      speaker = { ...nearer.speaker, resolvedBy: 'pronoun' };
      person = nearer.person;
      group = nearer.group;
    } else if (mention) {
      const entity = index!.entities.get(mention.entity);
      speaker = { name: entity?.name ?? mention.text, resolvedBy: mention.kind === 'pronoun' ? 'pronoun' : mention.kind === 'nominal' ? 'nominal' : 'name' };
      if (entity) speaker.entity = entity.id;
      person = mention.type === 'person';
      group = mention.type === 'organisation';
    } else {
      speaker = fallback(text, tokens, source, head, seen, index);
      person = (speaker.resolvedBy === 'name' && /^NNP/.test(tokens[head]!.pos ?? '') && source[1] - source[0] > 1) || personNouns().has(tokens[head]!.text.toLowerCase());
      group = !person && /^NN$/.test(tokens[head]!.pos ?? '');
    }
    if (antecedent && speaker.resolvedBy !== 'none') speaker.resolvedBy = 'pronoun';
    out.push(speaker);
    if (speaker.resolvedBy !== 'pronoun' && speaker.resolvedBy !== 'none') {
      seen.push({ speaker, person, plural: /^(NNS|NNPS)$/.test(tokens[head]!.pos ?? ''), group, start: tokens[source[0]]!.start });
    }
  }
  return out;
}

/** Tags of a head word (NN*, CD*, JJ*, PRP); module constants, as a regular expression literal in a function makes a new object per run. */
const HEAD_TAGS = /^(NN|PRP$|CD|JJ)/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The head of the source's first noun phrase: its last word before a comma, a bracket, a relative
 * pronoun or a preposition ("spokesman" in "A spokesman for the delegation"); a preposition between
 * two capitalised words belongs to a name ("People's Republic of Donetsk").
 */
function headOf(tokens: readonly Token[], [from, to]: TokenRange): number {
  let head = from;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    const tag = token.pos ?? '';
    if (token.text === ',' || token.text === '(' || tag === 'WDT' || tag === 'WP') break;
    if (tag === 'IN' && t > from && !(/^NNP/.test(tokens[t - 1]!.pos ?? '') && /^NNP/.test(tokens[t + 1]?.pos ?? ''))) break;
    // A source's last word tagged as a verb is a mis-tagged noun ("World Bank watchers" before "expect").
    if (HEAD_TAGS.test(tag) || CAPITALISED.test(token.text) || (t === to - 1 && (tag === 'VBZ' || tag === 'VBP'))) head = t;
  }
  return head;
}

/** A person mentioned in the source, else the mention that covers the head (with its possessive). */
function speakingMention(tokens: readonly Token[], [from, to]: TokenRange, head: number, index: SpeakerIndex): Mention | undefined {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const headToken = tokens[head]!;
  let person: Mention | undefined;
  let atHead: Mention | undefined;
  for (let i = firstEndingAfter(index.mentions, start); i < index.mentions.length && index.mentions[i]!.start < end; i++) {
    const m = index.mentions[i]!;
    if (m.start < start) continue;
    const coversHead = m.start <= headToken.start && headToken.end <= m.end;
    // A person at the head or in apposition ("..., Eduard Basurin"), not one inside a modifier
    // ("a spokesman for Zelensky", "his lawyers").
    if (m.type === 'person' && (coversHead || (m.kind === 'name' && precededByComma(tokens, from, m.start)))) person = m;
    if (coversHead) atHead = m;
  }
  if (person) return person;
  if (atHead && (atHead.type !== 'place' || atHead.metonymy === 'government')) return atHead;
  return undefined;
}

let persons: Set<string> | undefined;
/** Last words of titles and roles (lexicon `titles`): "the captain" is a person, "the board" is not. */
export function personNouns(): Set<string> {
  persons ??= new Set(loadLexicon('titles').entries.flatMap((e) => e.terms.map((t) => t.toLowerCase().split(/\s+/).at(-1)!)));
  return persons;
}

function precededByComma(tokens: readonly Token[], from: number, offset: number): boolean {
  const t = firstEndingAfter(tokens, offset);
  return t > from && tokens[t - 1]!.text === ',';
}

function fallback(text: string, tokens: readonly Token[], [from, to]: TokenRange, head: number, seen: readonly Seen[], index: SpeakerIndex | undefined): Speaker {
  const raw = trimTrailingMarks(collapseSpaces(text.slice(tokens[from]!.start, tokens[to - 1]!.end)));
  const lower = raw.toLowerCase();
  if (to - from === 1 && (SINGULAR_PERSON.has(lower) || PLURAL.has(lower) || lower === 'it' || lower === 'its')) {
    const it = lower === 'it' || lower === 'its';
    const wanted = (s: Seen): boolean => (PLURAL.has(lower) ? s.plural || s.group : it ? s.group : s.person);
    const antecedent = seen.findLast(wanted);
    if (antecedent) return { ...antecedent.speaker, resolvedBy: 'pronoun' };
    // "The ministry has not commented. It said earlier that ...": the organisation named just before.
    const organisation = it && index ? lastOrganisationBefore(index, tokens[from]!.start) : undefined;
    return organisation ?? { name: raw, resolvedBy: 'none' };
  }
  // "That suggests ...": a demonstrative stands for something said or shown before, not for a speaker.
  if (to - from === 1 && (lower === 'this' || lower === 'that')) return { name: raw, resolvedBy: 'none' };
  // "This official said": the person just named ("Mayor Elena Brandt ... This official"), when there is one.
  if (to - from === 2 && /^th(is|at) /.test(lower) && index && personNouns().has(tokens[head]!.text.toLowerCase())) {
    const named = lastPersonBefore(index, tokens[from]!.start);
    if (named) return named;
  }
  const named = /^NNP/.test(tokens[head]!.pos ?? '');
  // "a driver who was turned back", "an aide speaking on condition of anonymity": the clause describes
  // the speaker; the name ends before it.
  const clause = clauseAfterHead(tokens, head, to);
  const described = clause < to ? collapseSpaces(text.slice(tokens[from]!.start, tokens[clause - 1]!.end)) : raw;
  const name = replaceLeadingArticle(described, (m) => (named && /^the\s/i.test(m) && /^NNP/.test(tokens[from + 1]?.pos ?? '') ? m : ''));
  if (to - from === 1 && /^\p{Lu}[\p{L}’'-]+$/u.test(raw)) {
    const fuller = seen.findLast((s) => s.speaker.name !== raw && s.speaker.name.endsWith(` ${raw}`));
    if (fuller) return { ...fuller.speaker, resolvedBy: 'name' };
  }
  return { name, resolvedBy: named ? 'name' : 'nominal' };
}

/** The first token after the head that opens a relative or participle clause, else `to`. */
function clauseAfterHead(tokens: readonly Token[], head: number, to: number): number {
  for (let t = head + 1; t < to; t++) if (/^(WDT|WP|VBG)$/.test(tokens[t]!.pos ?? '') || tokens[t]!.text === 'who' || tokens[t]!.text === 'which') return t;
  return to;
}

/** The person named last within the 300 characters before `offset`, as a nominal speaker. */
function lastPersonBefore(index: SpeakerIndex, offset: number): Speaker | undefined {
  for (let i = firstEndingAfter(index.mentions, offset) - 1; i >= 0 && index.mentions[i]!.end > offset - 300; i--) {
    const m = index.mentions[i]!;
    if (m.type !== 'person' || m.kind !== 'name' || m.end > offset) continue;
    const entity = index.entities.get(m.entity);
    const speaker: Speaker = { name: entity?.name ?? m.text, resolvedBy: 'nominal' };
    if (entity) speaker.entity = entity.id;
    return speaker;
  }
  return undefined;
}

/** How far before an interview's first turn its introduction may name the interviewee. */
const INTRODUCTION_REACH = 600;
/** Words right before the interviewee's name in an introduction: "spoke to", "an interview with", "interviewed". */
const INTRODUCES = /\b(?:to|with|interviewed|asked)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

/**
 * The person an interview's introduction names before its first turn at `turn`: one introduced as the
 * one spoken to ("spoke to X", "an interview with X"), else the last person named; a nominal speaker.
 */
function introducedPerson(text: string, index: SpeakerIndex, turn: number): Speaker | undefined {
  let last: Mention | undefined;
  for (let i = firstEndingAfter(index.mentions, turn) - 1; i >= 0 && index.mentions[i]!.start > turn - INTRODUCTION_REACH; i--) {
    const m = index.mentions[i]!;
    if (m.type !== 'person' || m.kind !== 'name' || m.end > turn) continue;
    last ??= m;
    if (INTRODUCES.test(text.slice(Math.max(0, m.start - 40), m.start))) {
      last = m;
      break;
    }
  }
  if (!last) return undefined;
  const entity = index.entities.get(last.entity);
  const speaker: Speaker = { name: entity?.name ?? last.text, resolvedBy: 'nominal' };
  if (entity) speaker.entity = entity.id;
  return speaker;
}

/** The organisation named last within the 300 characters before `offset` (the previous sentence or so). */
function lastOrganisationBefore(index: SpeakerIndex, offset: number): Speaker | undefined {
  for (let i = firstEndingAfter(index.mentions, offset) - 1; i >= 0 && index.mentions[i]!.end > offset - 300; i--) {
    const m = index.mentions[i]!;
    if (m.type !== 'organisation' || m.kind === 'pronoun') continue;
    const entity = index.entities.get(m.entity);
    const speaker: Speaker = { name: entity?.name ?? m.text, resolvedBy: 'pronoun' };
    if (entity) speaker.entity = entity.id;
    return speaker;
  }
  return undefined;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'that']);
const NOMINAL_TAGS = /^(NN|NNS|NNP|NNPS|JJ|DT|POS|PRP\$|CD)$/;

/** The noun phrase right before the relative pronoun at `relative` (past one comma), if any. */
function antecedentOf(tokens: readonly Token[], relative: number): TokenRange | undefined {
  let end = relative;
  // "Kerry, who ...", "The governor - who ...".
  if ([',', '-', '—', '–', '--'].includes(tokens[end - 1]?.text ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 8 && NOMINAL_TAGS.test(tokens[start - 1]!.pos ?? '')) start--;
  return start < end && /^(NN|NNS|NNP|NNPS)$/.test(tokens[end - 1]!.pos ?? '') ? [start, end] : undefined;
}
