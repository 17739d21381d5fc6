/**
 * Which event types can describe the same happening. Outlets type one attack differently: a shelling
 * that killed civilians is "Explosions/Remote violence" in one article and "Violence against civilians"
 * in another, so both belong to one family; a battle, a protest or an agreement stay apart.
 */

const FAMILIES: Record<string, string> = {
  'Explosions/Remote violence': 'attack',
  'Violence against civilians': 'attack',
  Battles: 'battle',
  Protests: 'demonstration',
  Riots: 'demonstration',
  'Strategic developments': 'strategic',
};

/** The family of an ACLED event type; an unknown type is a family of its own. */
export function typeFamily(type: string): string {
  return FAMILIES[type] ?? type;
}

/**
 * The types to read from the index for a query's type: every type of its family for an ACLED type
 * (asking for "Violence against civilians" also finds the outlets that typed the same attack as
 * "Explosions/Remote violence"), the sub-type itself for a sub-type.
 */
export function typesToRead(type: string): string[] {
  const family = FAMILIES[type];
  return family === undefined ? [type] : Object.keys(FAMILIES).filter((t) => FAMILIES[t] === family);
}
