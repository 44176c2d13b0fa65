/**
 * Word lists for the synthetic benchmark datasets. Every name is invented, so no generated sentence
 * can be mistaken for a claim about a real person or state.
 */

export const FIRST_NAMES = [
  'Amara', 'Bjorn', 'Celeste', 'Dario', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kaveh', 'Lena',
  'Marek', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tove', 'Umar', 'Vera', 'Wendell', 'Yara',
] as const;

export const LAST_NAMES = [
  'Achterberg', 'Brannock', 'Castellane', 'Dunmore', 'Esterhazy', 'Falkenrath', 'Granholm', 'Haverly',
  'Ilyushin', 'Jovanic', 'Kessler', 'Lindqvist', 'Marchetti', 'Novak', 'Okonkwo', 'Pellegrin', 'Quarles',
  'Rautio', 'Sandoval', 'Tarkington', 'Ulvaeus', 'Varga', 'Whitcombe', 'Zelenko',
] as const;

export const STATES = [
  'Aldovia', 'Borovia', 'Caldera', 'Drevnia', 'Estmark', 'Florin', 'Galvania', 'Hesperia', 'Istria Nova',
  'Jarnland', 'Karesh', 'Lorvania', 'Montavia', 'Norrland Union', 'Ostreva', 'Pelagia', 'Qarish', 'Ruthenport',
] as const;

export const ORGANISATIONS = [
  'Council of Northern States', 'Maritime Cooperation Forum', 'Continental Trade Authority',
  'Commission on Arms Verification', 'Assembly of Coastal Nations', 'Regional Energy Compact',
  'Panel of Sanctions Experts', 'Humanitarian Relief Consortium', 'Tribunal for Border Disputes',
  'Federation of Press Agencies', 'Joint Monitoring Mission', 'Council of Finance Ministers',
] as const;

export const PERSON_ROLES = [
  'Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Special Envoy', 'Chief Negotiator',
  'Ambassador to the Council', 'Finance Minister', 'Secretary-General', 'Trade Representative',
] as const;

export const CITIES = [
  'Verona', 'Tallinn', 'Porto', 'Bergen', 'Valletta', 'Kraków', 'Ghent', 'Trieste', 'Aarhus', 'Split',
  'Lyon', 'Tampere', 'Bilbao', 'Graz', 'Brno', 'Gdańsk', 'Malmö', 'Rijeka', 'Turin', 'Salzburg', 'Cork',
  'Utrecht', 'Dubrovnik', 'Bruges', 'Seville', 'Lausanne', 'Kaunas', 'Odense', 'Plovdiv', 'Coimbra',
] as const;

export const VENUES = [
  'the foreign ministry', 'the presidential palace', 'a lakeside conference centre', 'the old parliament building',
  'the council headquarters', 'a naval base', 'the trade pavilion', 'a hotel near the harbour',
] as const;

/** Each topic: words for titles and tags; the tag is a URL-safe word. */
export const TOPICS = [
  { noun: 'summit', tag: 'summit', subject: 'the summit agenda' },
  { noun: 'ceasefire', tag: 'ceasefire', subject: 'the ceasefire along the northern border' },
  { noun: 'sanctions', tag: 'sanctions', subject: 'the sanctions regime' },
  { noun: 'trade agreement', tag: 'trade', subject: 'tariffs on steel and grain' },
  { noun: 'arms inspection', tag: 'arms-control', subject: 'the verification of missile sites' },
  { noun: 'energy pipeline', tag: 'energy', subject: 'gas transit fees' },
  { noun: 'fisheries dispute', tag: 'fisheries', subject: 'fishing quotas in the shared gulf' },
  { noun: 'election', tag: 'election', subject: 'the conduct of the election' },
  { noun: 'refugee corridor', tag: 'humanitarian', subject: 'safe passage for civilians' },
  { noun: 'border commission', tag: 'border', subject: 'the demarcation of the river border' },
  { noun: 'debt restructuring', tag: 'finance', subject: 'repayment of the sovereign loans' },
  { noun: 'prisoner exchange', tag: 'prisoners', subject: 'the release of detained sailors' },
] as const;

export const TITLE_TEMPLATES = [
  '{a} and {b} hold talks on the {topic} in {city}',
  '{a} proposes new {topic} framework',
  '{a} rejects terms of the {topic}',
  '{org} reports on the {topic}',
  '{a} visits {city} for {topic} negotiations',
  '{a} and {b} sign {topic} memorandum',
  'Second round of {topic} talks opens in {city}',
  '{a} suspends participation in the {topic}',
  '{org} convenes emergency session on the {topic}',
  '{a} announces review of the {topic}',
] as const;

export const REPORT_VERBS = [
  'said on', 'told reporters on', 'confirmed on', 'announced on', 'acknowledged on', 'insisted on',
] as const;

export const QUOTE_OPENINGS = [
  'We will not accept', 'Our position has not changed on', 'There is real progress on', 'We remain committed to',
  'Nobody should doubt our resolve on', 'It is too early to judge', 'We expect concrete steps on',
  'The door remains open to talks on', 'We have made our concerns clear about',
] as const;

/** Filler words for quoted speech and summaries: enough variety that passages do not repeat. */
export const WORDS = [
  'agreement', 'partners', 'verification', 'timetable', 'delegation', 'measures', 'guarantees', 'security',
  'region', 'cooperation', 'obligations', 'inspectors', 'negotiators', 'proposal', 'schedule', 'framework',
  'dialogue', 'confidence', 'transparency', 'commitments', 'neighbours', 'stability', 'reforms', 'deadline',
  'concessions', 'principles', 'implementation', 'assistance', 'transit', 'ports', 'exports', 'shipments',
  'observers', 'monitoring', 'reciprocity', 'restraint', 'goodwill', 'compliance', 'access', 'investment',
  'recovery', 'elections', 'borders', 'fisheries', 'pipelines', 'tariffs', 'loans', 'detainees', 'corridors',
] as const;

export const ADJECTIVES = [
  'full', 'lasting', 'credible', 'gradual', 'immediate', 'careful', 'balanced', 'binding', 'practical',
  'serious', 'clear', 'concrete', 'mutual', 'regional', 'independent', 'early', 'patient', 'firm',
] as const;

export const RELATIONS = ['follow-up to', 'response to', 'held after', 'prepared by', 'reversed by', 'continues'] as const;

export const PUBLISHERS = ['Northern Wire', 'Coastal Press Agency', 'The Continental Ledger', 'Harbour Daily', 'Meridian News'] as const;
