// Titles and honorifics that precede a name but are not part of a PERSON span.
const TITLE_WORDS = new Set(
  ('president vice prime minister secretary chancellor king queen prince princess sheikh emir ' +
    'general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt. sergeant sgt sgt. ' +
    'admiral adm adm. commander cmdr marshal brigadier private corporal ' +
    'mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady rev rev. father sister brother ' +
    'rep rep. sen sen. senator representative congressman congresswoman governor gov gov. mayor judge justice ' +
    'ambassador envoy spokesman spokeswoman spokesperson director chief chairman chairwoman ceo ' +
    'defence defense foreign interior deputy former acting ayatollah imam mullah pope cardinal bishop ' +
    'presidents ministers senators spc spc. pfc pfc. cpl cpl. pvt pvt. cdr cdr. brig. ' +
    // military ranks as press releases write them: "Petty Officer", "Staff Sgt.", "Lt. Col.", "Rear Adm."
    'officer petty warrant staff master airman seaman specialist ensign commodore rear ' +
    'cmdr. brig brigadier-general lieutenant-general major-general').split(' '),
);

// A service named before a rank ("Navy Capt. Jeff Davis", "Army Lt. Gen. …"): part of the title,
// but only there; "Navy" alone before a name is not a title.
const SERVICE_WORDS = new Set(['army', 'navy', 'marine', 'marines', 'air', 'force', 'coast', 'guard', 'u.s.', 'us', 'uk', 'british', 'royal']);

/** Whether a word ("Minister", "Gen.") is a title or honorific that precedes a name. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/**
 * How many characters at the start of a PERSON span are a title ("Defence Minister
 * Sergei Shoigu" → the length of "Defence Minister "); 0 when there is none or
 * nothing would be left of the name.
 */
export function titlePrefixLength(span: string): number {
  const words = span.split(/(\s+)/);
  let consumed = 0;
  let wordsLeft = words.filter((w) => w.trim()).length;
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i]!;
    const title = TITLE_WORDS.has(word.toLowerCase()) || (SERVICE_WORDS.has(word.toLowerCase()) && startsWithRank(words, i + 2));
    if (!title || wordsLeft <= 1) break;
    consumed += word.length + (words[i + 1]?.length ?? 0);
    wordsLeft--;
  }
  return consumed;
}

/** Whether words[i…] (every other entry, whitespace between) go on through service words to a title word. */
function startsWithRank(words: readonly string[], i: number): boolean {
  for (; i < words.length; i += 2) {
    const word = words[i]!.toLowerCase();
    if (TITLE_WORDS.has(word)) return true;
    if (!SERVICE_WORDS.has(word)) return false;
  }
  return false;
}

// Titles that the tagger sometimes takes into an organisation or place name: "US President".
const TRAILING_TITLES = new Set(['president', 'minister', 'secretary', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier', 'leader', 'chief', 'commander']);

/** How many characters at the end of an ORG/GPE span are a title; 0 when none, or nothing would be left. */
export function titleSuffixLength(span: string): number {
  const match = /\s+(\S+)$/.exec(span);
  return match && TRAILING_TITLES.has(match[1]!.toLowerCase()) ? match[0].length : 0;
}
