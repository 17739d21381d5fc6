/**
 * Lower-case words that begin or continue names: "de Blasio", "van Gogh", "al-Assad" (one token),
 * "bin Laden", "Osama bin Laden". Given in lower case.
 */
const PARTICLE = /^(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ter|ten|al|el|bin|ibn|ben|abu|af|zu|y)$/;

export function isNameParticle(lower: string): boolean {
  return PARTICLE.test(lower);
}
