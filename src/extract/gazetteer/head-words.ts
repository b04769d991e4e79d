// Word lists written for this project: heads and affixes that mark a name's type.
// Used as tagger features (not rules) and by refine.ts to choose OntoNotes types.

/** Last words of organisation names. */
export const ORG_HEADS = [
  'Ministry', 'Council', 'Forces', 'Force', 'University', 'College', 'Institute', 'Party', 'Army', 'Navy',
  'Police', 'Bank', 'Group', 'Association', 'Federation', 'Union', 'Club', 'Committee', 'Commission',
  'Agency', 'Authority', 'Department', 'Office', 'Bureau', 'Service', 'Services', 'Organisation',
  'Organization', 'Corporation', 'Company', 'Trust', 'Fund', 'Foundation', 'Society', 'League', 'Board',
  'Court', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Cabinet', 'Government', 'Administration',
  'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Division', 'Corps', 'Command', 'Front', 'Movement',
  'Alliance', 'Coalition', 'Guard', 'Guards', 'Airlines', 'Airways', 'Railways', 'Motors', 'Industries',
  'Holdings', 'Partners', 'Securities', 'Bancorp', 'Exchange', 'Times', 'Post', 'News', 'Press', 'Journal',
  'Network', 'Television', 'Radio', 'Museum', 'School', 'Academy', 'Hospital', 'Church', 'Mission',
  'Tribunal', 'Directorate', 'Secretariat', 'Centre', 'Center', 'Unit', 'Team', 'United', 'City', 'Rovers',
  'Wanderers', 'Athletic', 'Albion', 'Villa', 'County',
];

/** Legal-form suffixes that end company names. */
export const ORG_SUFFIXES = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'AG', 'SA', 'S.A.', 'NV', 'N.V.',
  'GmbH', 'LLC', 'LLP', 'BV', 'SpA', 'AB', 'ASA', 'Bhd', 'Pty', 'KK', 'Cos',
];

/** Last words of natural features (OntoNotes LOC). */
export const NATURAL_LOC_HEADS = [
  'River', 'Sea', 'Ocean', 'Lake', 'Mountains', 'Mountain', 'Mount', 'Mt', 'Hills', 'Valley', 'Desert',
  'Gulf', 'Bay', 'Strait', 'Straits', 'Peninsula', 'Island', 'Islands', 'Coast', 'Basin', 'Plateau',
  'Plain', 'Plains', 'Canal', 'Channel', 'Delta', 'Forest', 'Heights', 'Strip', 'Bank',
];

/** Last words of administrative areas (OntoNotes GPE). */
export const REGION_HEADS = [
  'Region', 'Province', 'State', 'District', 'County', 'Governorate', 'Territory', 'Territories', 'Republic',
  'Kingdom', 'Emirate', 'Oblast',
];

/** Continents and world regions: LOC, not GPE, in OntoNotes. */
export const WORLD_REGIONS = [
  'Europe', 'Asia', 'Africa', 'America', 'Americas', 'North America', 'South America', 'Latin America',
  'Central America', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Levant', 'Sahel',
  'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'Scandinavia', 'Arctic', 'Antarctica',
  'Antarctic', 'Mediterranean', 'Pacific', 'Atlantic', 'Western Europe', 'Eastern Europe', 'Central Europe',
  'Oceania', 'Caribbean', 'Horn of Africa', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa',
  'Sub-Saharan Africa', 'Persian Gulf', 'Gulf', 'West', 'East', 'Asia-Pacific', 'Eurasia', 'Siberia',
];

/** Last words of buildings and other facilities (OntoNotes FAC). */
export const FAC_HEADS = [
  'Airport', 'Hall', 'Hospital', 'Stadium', 'Bridge', 'Street', 'Road', 'Avenue', 'Square', 'Palace',
  'Base', 'Airbase', 'Prison', 'Embassy', 'Tower', 'Towers', 'Dam', 'Port', 'Harbour', 'Harbor', 'Station',
  'Mosque', 'Cathedral', 'Temple', 'Park', 'Arena', 'Highway', 'Camp', 'Building', 'Centre', 'Center',
  'Crossing', 'Checkpoint', 'Pentagon', 'Kremlin',
];

/** All location heads, as one gazetteer category. */
export const LOC_HEADS = [...NATURAL_LOC_HEADS, ...REGION_HEADS];

/** Words that introduce a person's name. */
export const PERSON_TITLES = [
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Lord', 'Lady', 'President',
  'Minister', 'Premier', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Governor', 'Gov.', 'Mayor', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'General', 'Gen.', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain',
  'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'Secretary', 'Ambassador', 'Judge',
  'Justice', 'Sheikh', 'Ayatollah', 'Imam', 'Rev.', 'Reverend', 'Father', 'Bishop', 'Cardinal', 'Chairman',
  'spokesman', 'spokeswoman', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'manager',
];

/** Last words of named events (OntoNotes EVENT). */
export const EVENT_HEADS = [
  'War', 'Olympics', 'Games', 'Cup', 'Summit', 'Championship', 'Championships', 'Open', 'Tour', 'Revolution',
  'Conference', 'Festival', 'Election', 'Elections', 'Grand Prix', 'Derby', 'Marathon', 'Crisis', 'Uprising',
  'Spring', 'Massacre', 'Offensive', 'Operation', 'Series', 'Classic', 'Trophy', 'Masters', 'Rally',
];

/** Last words of laws and treaties (OntoNotes LAW). */
export const LAW_HEADS = ['Act', 'Treaty', 'Accord', 'Accords', 'Agreement', 'Convention', 'Charter', 'Constitution', 'Protocol', 'Resolution', 'Code', 'Bill', 'Amendment'];

/** Religious and political group words that are NORP when tagged as MISC. */
export const GROUP_WORDS = [
  'Muslim', 'Muslims', 'Islamic', 'Islamist', 'Islamists', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites',
  "Shi'ite", 'Alawite', 'Alawites', 'Christian', 'Christians', 'Catholic', 'Catholics', 'Protestant',
  'Protestants', 'Orthodox', 'Jewish', 'Jews', 'Jew', 'Hindu', 'Hindus', 'Buddhist', 'Buddhists', 'Sikh',
  'Sikhs', 'Druze', 'Yazidi', 'Yazidis', 'Salafist', 'Salafi', 'Jihadist', 'Jihadists', 'Wahhabi', 'Kurd',
  'Kurds', 'Kurdish', 'Arab', 'Arabs', 'Pashtun', 'Tamil', 'Tamils', 'Hutu', 'Tutsi', 'Chechen', 'Chechens',
  'Baloch', 'Uighur', 'Uyghur', 'Turkmen', 'Roma', 'Republican', 'Republicans', 'Democrat', 'Democrats',
  'Democratic', 'Conservative', 'Conservatives', 'Labour', 'Liberal', 'Liberals', 'Socialist', 'Socialists',
  'Communist', 'Communists', 'Marxist', 'Nazi', 'Nazis', 'Zionist', 'Bolshevik', 'Tory', 'Tories', 'Maoist',
  'Maoists', 'Taliban', 'Western', 'Westerners', 'Latino', 'Hispanic', 'European', 'Europeans', 'African',
  'Africans', 'Asian', 'Asians', 'Caucasian', 'Slav', 'Slavic', 'Balkan', 'Nordic', 'Scandinavian',
  'Palestinian', 'Palestinians', 'Bosnian', 'Serb', 'Serbs', 'Croat', 'Croats', 'Basque', 'Catalan',
];

/** Language names that are not also demonyms in world-countries. */
export const LANGUAGES = [
  'English', 'French', 'German', 'Spanish', 'Arabic', 'Russian', 'Chinese', 'Mandarin', 'Cantonese',
  'Japanese', 'Korean', 'Hindi', 'Urdu', 'Farsi', 'Persian', 'Dari', 'Pashto', 'Turkish', 'Kurdish',
  'Hebrew', 'Portuguese', 'Italian', 'Dutch', 'Greek', 'Latin', 'Swahili', 'Bengali', 'Punjabi', 'Tamil',
  'Polish', 'Ukrainian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Czech', 'Hungarian', 'Romanian',
];
