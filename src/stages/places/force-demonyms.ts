/**
 * Nationalities of armed force: "Russian forces", "Israeli strikes", "Ukrainian drones". In a war report
 * the adjective names the attacker, not where things happen, so the resolver takes no support from it
 * for places in that country (the Russian Pokrovsk in Yakutia beside "Russian troops advanced on
 * Pokrovsk" in Donetsk Oblast). Other uses of a demonym ("Chinese officials in Wuhan") still count.
 */

const FORCE_NOUN = /^[ \t]+(?:(?:air|armed|ground|military|special|occupation|occupying|naval)[ \t]+)?(?:forces?|troops|army|armies|soldiers|military|drones?|missiles?|rockets?|shells|shelling|artillery|strikes?|airstrikes?|air[ \t]+strikes?|warplanes|jets|bombers|tanks|attacks?|offensive|invasion|invaders|occupiers|navy|warships|units?|brigades?|assault|bombardment|fire)\b/i;

/** Whether the demonym ending at `end` modifies a noun of armed force ("Russian forces"). */
export function isForceDemonym(text: string, end: number): boolean {
  return FORCE_NOUN.test(text.slice(end, end + 40));
}
