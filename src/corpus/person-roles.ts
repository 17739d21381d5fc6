/**
 * The titles and roles the stored articles give a person ("Kremlin Press Secretary", "the deputy
 * commander of the militia"), each with the number of articles that give it and where to read it: the
 * person page's answer to "who is this, according to whom". The entities layer keeps each person's roles
 * with their evidence spans (Entity.roles, the `role` of its mentions); the index does not, so this reads
 * the newest articles that mention the person (at most `maxDocuments`) and says when there were more.
 */
import type { Document } from '../model/document.js';
import type { Entity } from '../model/layers/entities.js';
import type { Store } from '../store/types.js';
import { wordsOf } from '../store/search-syntax.js';

export interface PersonRole {
  /** The role as the articles write it most often (first seen on a tie). */
  role: string;
  /** Articles that give it. */
  documents: number;
  /** The newest article that gives it, and its words there. */
  example: { documentId: string; mentionId?: string; start: number; end: number; outlet?: string; publishedAt?: string; title?: string };
}

export interface PersonRoles {
  roles: PersonRole[];
  /** Articles read (those that mention the person, newest first). */
  documentsRead: number;
  /** More articles mention the person than were read. */
  truncated: boolean;
}

export const MAX_ROLE_DOCUMENTS = 100;

/** Whitespace collapsed, a leading article dropped, lower-cased: "the Kremlin spokesman" = "Kremlin  spokesman". */
function roleKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^(the|a|an)\s+/i, '').toLowerCase();
}

/**
 * The person entities of `doc` that `name` names: whose name or an alias is the name (case-insensitive),
 * else, when none is, those whose name holds every word of it ("Peskov" for Dmitry Peskov).
 */
export function entitiesNamed(doc: Document, name: string): Entity[] {
  const people = (doc.layers.entities ?? []).filter((e) => e.type === 'person');
  const wanted = name.trim().toLowerCase();
  const exact = people.filter((e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted));
  if (exact.length > 0) return exact;
  const words = wordsOf(name);
  if (words.length === 0) return [];
  return people.filter((e) => {
    const own = new Set(wordsOf(e.name));
    return words.every((w) => own.has(w));
  });
}

/** The roles the newest articles mentioning `name` give the person, the most widely given first. */
export async function personRoles(store: Store, name: string, maxDocuments = MAX_ROLE_DOCUMENTS): Promise<PersonRoles> {
  const max = Math.max(1, Math.min(MAX_ROLE_DOCUMENTS, Math.floor(maxDocuments)));
  const hits = await store.search({ person: name, limit: max + 1, sort: 'date' });
  const read = hits.slice(0, max);
  const byKey = new Map<string, { forms: Map<string, number>; documents: number; example: PersonRole['example'] }>();
  const docs = await Promise.all(read.map((hit) => store.get(hit.id)));
  for (const stored of docs) {
    if (!stored) continue;
    const doc = stored.doc;
    const seen = new Set<string>();
    for (const entity of entitiesNamed(doc, name)) {
      for (const span of entity.roles) {
        const key = roleKey(span.text);
        if (!key) continue;
        const form = span.text.replace(/\s+/g, ' ').trim();
        let entry = byKey.get(key);
        if (!entry) {
          const mention = doc.layers.mentions?.find((m) => m.entity === entity.id && m.role?.start === span.start);
          const example: PersonRole['example'] = { documentId: doc.id, start: span.start, end: span.end };
          if (mention) example.mentionId = mention.id;
          if (doc.meta.outlet) example.outlet = doc.meta.outlet;
          if (doc.meta.publishedAt) example.publishedAt = doc.meta.publishedAt;
          if (doc.meta.title) example.title = doc.meta.title;
          entry = { forms: new Map(), documents: 0, example };
          byKey.set(key, entry);
        }
        entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
        if (!seen.has(key)) entry.documents++;
        seen.add(key);
      }
    }
  }
  const roles = [...byKey.values()].map((e) => {
    let role = '';
    let most = 0;
    for (const [form, n] of e.forms) if (n > most) role = form, most = n;
    return { role, documents: e.documents, example: e.example };
  });
  roles.sort((a, b) => b.documents - a.documents || a.role.localeCompare(b.role));
  return { roles, documentsRead: read.length, truncated: hits.length > max };
}
