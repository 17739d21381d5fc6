/**
 * Made-up newsroom vocabulary for the synthetic benchmark corpus: names, roles, places, outlets and
 * sentence templates. Invented for newslens (no text from any data set); place names are real
 * towns so the gazetteer has something to resolve.
 */

export const FIRST_NAMES = ['Elena', 'Omar', 'Dmitri', 'Amara', 'Jonas', 'Leila', 'Tomasz', 'Ngozi', 'Viktor', 'Hana', 'Samuel', 'Irina', 'Kofi', 'Marta', 'Yusuf', 'Sofia', 'Andrei', 'Priya', 'Mateo', 'Olga', 'Karim', 'Agnieszka', 'Daniel', 'Farah'];
export const LAST_NAMES = ['Varga', 'Haddad', 'Petrenko', 'Okafor', 'Lindqvist', 'Mansour', 'Kowalski', 'Adeyemi', 'Sokolov', 'Novak', 'Mensah', 'Bondarenko', 'Asante', 'Ruiz', 'Demir', 'Rossi', 'Melnyk', 'Sharma', 'Castillo', 'Ivanova', 'Nasser', 'Wojcik', 'Brennan', 'Khalil'];
export const ROLES = ['the regional governor', 'a spokesperson for the defence ministry', 'the mayor', 'a senior military official', 'the foreign minister', 'a local resident', 'the head of the emergency service', 'an analyst at the Institute for Strategic Studies', 'a hospital director', 'the interior minister', 'a United Nations envoy', 'a police spokesperson'];
export const ORGANISATIONS = ['the Defence Ministry', 'the United Nations', 'the Red Cross', 'the State Emergency Service', 'the European Union', 'NATO', 'the World Health Organization', 'Amnesty International', 'the Interior Ministry', 'the National Guard', 'the Central Election Commission', 'Human Rights Watch'];
export const PLACES = ['Kharkiv', 'Donetsk', 'Odesa', 'Mariupol', 'Kherson', 'Zaporizhzhia', 'Aleppo', 'Idlib', 'Khartoum', 'Gaza', 'Mosul', 'Tripoli', 'Goma', 'Bamako', 'Mogadishu', 'Sanaa', 'Dnipro', 'Lviv', 'Homs', 'Kyiv'];
export const OUTLETS = ['North Wire', 'South Herald', 'Eastern Courier', 'Global Dispatch', 'The Daily Ledger', 'Capital Times', 'Frontline Press', 'Evening Observer'];
export const SITES = ['a busy market', 'a residential building', 'a school', 'a hospital', 'the central railway station', 'a power plant', 'a bridge', 'a grain warehouse', 'a bus stop', 'an apartment block'];
export const WEAPONS = ['artillery shells', 'a missile', 'drones', 'rockets', 'mortar fire', 'an air strike', 'cluster munitions'];
export const TOPICS = ['the ceasefire', 'reconstruction', 'the humanitarian corridor', 'the evacuation of civilians', 'electricity supplies', 'the prisoner exchange', 'new sanctions', 'the peace talks', 'grain exports', 'the investigation'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const VERBS = ['said', 'told reporters', 'said in a statement', 'insisted', 'claimed', 'warned', 'added', 'told local television'];

/** Sentence templates; {slots} are filled by the generator. */
export const NARRATION = [
  '{Weapon} struck {site} in {place} on {weekday}, according to local officials.',
  'At least {n} people were killed and {m} injured when {weapon} hit {site} in {place}.',
  'The attack on {place} was the deadliest in the region since {month}.',
  '{Org} said it was sending aid to {place} and called for an independent investigation.',
  'Residents of {place} described hearing several explosions shortly before dawn.',
  'Emergency crews worked through the night to clear rubble from {site}.',
  'Almost {n} families have left {place} in recent days, aid workers said.',
  'The claims could not be independently verified.',
  '{Org} has repeatedly denied targeting civilian infrastructure.',
  'Talks on {topic} are expected to resume next week in {place}.',
  'Officials estimated the damage at more than {m} million dollars.',
  'The city of {place} has been without electricity for {n} days.',
  'Satellite images reviewed by analysts showed extensive damage to {site}.',
  'Prices of bread and fuel in {place} have risen by {n} percent since {month}.',
  'Some {m} soldiers were reportedly deployed to the area around {place}.',
  'The report, published on {weekday}, documented {n} attacks on {site} over the past year.',
  'Local media reported that {site} in {place} had been hit twice in one week.',
  'Hundreds of people gathered in {place} to mourn the victims.',
];
export const QUOTES = [
  'We will not allow {place} to be cut off from the rest of the country',
  'The situation in {place} is catastrophic and getting worse every day',
  'There were no military targets anywhere near {site}',
  'Our teams need safe access to reach the wounded',
  'This was a deliberate attack on civilians and it must be investigated',
  'We are ready to discuss {topic}, but not under these conditions',
  'The figures given by the other side are exaggerated',
  'Every night we hear the explosions and the children cannot sleep',
  'We expect the first convoys to arrive within {n} days',
  'Nobody has taken responsibility, and nobody will',
];
export const INDIRECT = [
  '{Name} said that {topic} would be discussed at the next meeting.',
  'According to {name}, at least {n} of the injured were children.',
  '{Name} accused {org} of blocking {topic}.',
  '{Name} denied that troops had been moved towards {place}.',
];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
