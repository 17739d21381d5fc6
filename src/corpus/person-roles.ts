/**
 * The titles and roles the stored articles give a person ("Kremlin Press Secretary", "the deputy
 * commander of the militia"), each with the number of articles that give it and where to read it: the
 * person page's answer to "who is this, according to whom". The entities layer keeps each person's roles
 * with their evidence spans (Entity.roles, the `role` of its mentions); the store indexes them at ingest
 * (Store.personRoleRows), so every article that mentions the person counts, read from the index alone.
 * Articles stored before roles were indexed count once `newslens reanalyze --index-only` has filled
 * them in; until then the answer says how many of the person's articles are waiting (`notIndexed`).
 */
import type { PersonRoleHit, Store } from '../store/types.js';
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
  /** The roles of the page asked for (all of them by default: see PersonRolePage). */
  roles: PersonRole[];
  /** Distinct roles in all (more than `roles` holds when a page was asked for). */
  total: number;
  /** Articles that mention the person (every one: the index holds their roles). */
  documents: number;
  /** Of those, articles stored before person roles were indexed and not filled in yet: their roles are missing. */
  notIndexed: number;
}

/** Which roles to return, the most widely given first: at most `limit` after skipping `offset`. */
export interface PersonRolePage {
  limit?: number;
  offset?: number;
}

/**
 * The person entities of one article that `name` names, among the rows the index matched: those whose
 * name or an alias is the name (case-insensitive), else, when none is, those whose name holds every
 * word of it ("Peskov" for Dmitry Peskov).
 */
function entitiesNamed(rows: readonly PersonRoleHit[], name: string): PersonRoleHit[] {
  const wanted = name.trim().toLowerCase();
  const exact = rows.filter((r) => r.names.split(' | ').some((n) => n.toLowerCase() === wanted));
  if (exact.length > 0) return exact;
  const words = wordsOf(name);
  if (words.length === 0) return [];
  return rows.filter((r) => {
    const own = new Set(wordsOf(r.name));
    return words.every((w) => own.has(w));
  });
}

/**
 * The roles the articles mentioning `name` give the person, the most widely given first. Counting
 * reads the slim index rows of every such article; the outlet, date and title of an example are read
 * only for the roles of the page returned.
 */
export async function personRoles(store: Store, name: string, page: PersonRolePage = {}): Promise<PersonRoles> {
  // Rows come newest article first; grouped by article, keeping that order.
  const byDocument = new Map<number, PersonRoleHit[]>();
  for (const hit of await store.personRoleRows(name)) {
    let rows = byDocument.get(hit.doc);
    if (!rows) byDocument.set(hit.doc, rows = []);
    rows.push(hit);
  }
  const byKey = new Map<string, { forms: Map<string, number>; documents: number; example: PersonRoleHit }>();
  let documents = 0;
  let notIndexed = 0;
  for (const rows of byDocument.values()) {
    const chosen = entitiesNamed(rows, name);
    if (chosen.length === 0) continue;
    documents++;
    if (chosen[0]!.pending) notIndexed++;
    const seen = new Set<string>();
    for (const r of chosen) {
      if (r.roleKey === undefined || r.role === undefined || r.start === undefined || r.end === undefined) continue;
      let entry = byKey.get(r.roleKey);
      if (!entry) byKey.set(r.roleKey, entry = { forms: new Map(), documents: 0, example: r });
      entry.forms.set(r.role, (entry.forms.get(r.role) ?? 0) + 1);
      if (!seen.has(r.roleKey)) entry.documents++;
      seen.add(r.roleKey);
    }
  }
  const ranked = [...byKey.values()].map((e) => {
    let role = '';
    let most = 0;
    for (const [form, n] of e.forms) if (n > most) role = form, most = n;
    return { role, documents: e.documents, example: e.example };
  });
  ranked.sort((a, b) => b.documents - a.documents || a.role.localeCompare(b.role));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const shown = ranked.slice(offset, page.limit === undefined ? undefined : offset + Math.max(0, Math.floor(page.limit)));
  const heads = new Map((await store.documentHeads([...new Set(shown.map((r) => r.example.doc))])).map((h) => [h.seq, h]));
  const roles: PersonRole[] = [];
  for (const { role, documents: n, example: r } of shown) {
    const head = heads.get(r.doc);
    if (!head) continue; // deleted between the two reads
    const example: PersonRole['example'] = { documentId: head.documentId, start: r.start!, end: r.end! };
    if (r.mentionId) example.mentionId = r.mentionId;
    if (head.outlet) example.outlet = head.outlet;
    if (head.publishedAt) example.publishedAt = head.publishedAt;
    if (head.title) example.title = head.title;
    roles.push({ role, documents: n, example });
  }
  return { roles, total: ranked.length, documents, notIndexed };
}
