/**
 * Sub-types read from an event's weapons once all its mentions are in: a generic strike takes the
 * sub-type its weapon implies, a blast with a planted device is a remote explosive.
 */
import type { NewsEvent } from '../../model/layers/events.js';
import { BLAST_WORDS } from './find-triggers.js';

/** Weapons that tell what kind of strike a generic "strike" or "hit" was. */
const STRIKE_BY_WEAPON: Record<string, { subtype: string; kind?: string }> = {
  missile: { subtype: 'Shelling/artillery/missile attack' },
  rocket: { subtype: 'Shelling/artillery/missile attack' },
  artillery: { subtype: 'Shelling/artillery/missile attack' },
  mortar: { subtype: 'Shelling/artillery/missile attack' },
  drone: { subtype: 'Air/drone strike', kind: 'drone' },
  aircraft: { subtype: 'Air/drone strike' },
  'aerial bomb': { subtype: 'Air/drone strike' },
  // "A car bomb exploded": a blast takes the sub-type of the device that made it.
  bomb: { subtype: 'Remote explosive/landmine/IED' },
  'vehicle bomb': { subtype: 'Remote explosive/landmine/IED' },
  dynamite: { subtype: 'Remote explosive/landmine/IED' },
  mine: { subtype: 'Remote explosive/landmine/IED' },
  grenade: { subtype: 'Grenade' },
};

/** The sub-type the first telling weapon implies ("drones struck": an air/drone strike), if any. */
export function weaponSubtype(weapons: NewsEvent['weapons']): string | undefined {
  for (const w of weapons) {
    const by = STRIKE_BY_WEAPON[w.category];
    if (by) return by.subtype;
  }
  return undefined;
}

/** "Russian missiles had hit apartment blocks": a generic strike takes the sub-type its weapon implies. */
export function subtypeFromWeapons(e: NewsEvent): void {
  if (e.type !== 'Explosions/Remote violence') return;
  for (const w of e.weapons) {
    const by = STRIKE_BY_WEAPON[w.category];
    if (!by) continue;
    e.subtype = by.subtype;
    if (by.kind && !e.kind) e.kind = by.kind;
    return;
  }
}

/** Devices whose blast makes an event a remote explosive ("attacked ... a homemade bomb exploded"). */
const DEVICES = new Set(['bomb', 'vehicle bomb', 'dynamite', 'mine']);

/** A generic event with a blast and a planted device is a remote explosive, whatever generic word came first. */
export function blastFromDevice(e: NewsEvent): void {
  if (!e.weapons.some((w) => DEVICES.has(w.category)) || !e.mentions.some((m) => BLAST_WORDS.has(m.text.toLowerCase()))) return;
  e.type = 'Explosions/Remote violence';
  e.subtype = 'Remote explosive/landmine/IED';
}
