// Closed word classes the attribution rules read (lower case).

const set = (words: string) => new Set(words.split(' '));

/** Words between a subject and its cue verb that belong to neither ("has also said"). */
export const AUXILIARIES_AND_ADVERBS = set(
  'has have had has. is was were are be been will would could can may might must should did does do also ' +
    'later previously then recently publicly privately repeatedly once again often further reportedly ' +
    'already still just never always first initially separately explicitly flatly quickly immediately ' +
    'allegedly apparently openly told',
);

/** Words that end a noun phrase going leftwards (not included). */
export const PHRASE_STOPS = set(
  'that and but or nor because which when while if as after before since so than then where whereas ' +
    'though although unless until whether why how what in on at to from with by during into onto over ' +
    'under about against between through without within upon via amid despite per is was are were be ' +
    'been has have had said says say told tells saying',
);

/** Determiners and quantifiers that open a noun phrase (included, and the phrase stops there). */
export const PHRASE_OPENERS = set(
  'the a an this these those one two three four five six seven eight nine ten several some many most ' +
    'both all his her their its our my your another other each every no few dozens hundreds',
);

export const PERSONAL_PRONOUNS = set('he she they it we i you who');

/** Negation before a cue turns the attribution into a denial ("did not say"). */
export const NEGATIONS = set("not n't n’t never no");

/** Cues that mean the speaker denies the content. */
export const DENIAL_CUES = set('denied denies deny denying rejected rejects dismissed dismisses refuted refutes disputed disputes');

/** Hedges in the content: the claim is presented with uncertainty. */
export const HEDGES = set(
  'possibly possible may might could perhaps maybe probably likely unlikely apparently apparent supposedly ' +
    'allegedly alleged seemingly purportedly unconfirmed unclear rumored rumoured speculated',
);

/** Cues that present the content as a belief or an inference rather than a statement. */
export const HEDGING_CUES = set(
  'suggest suggests suggested suggesting believe believes believed think thinks thought suspect suspects suspected ' +
    'speculated speculates appears appeared seems seemed estimate estimates estimated guess guessed assume assumed',
);

/** Words that pass a claim on from elsewhere. */
export const REPORTING = set('reportedly reports reported');

/** Cue verbs taking an addressee before the content ("told The Daily Beast that …"). */
export const ADDRESSEE_CUES = set('told tells tell telling informed informs assured assures warned warns reminded reminds');

// Shapes and small classes the attribution rules (attribute.ts) test words against.

// Plural nouns that the -s rule would take for verbs ("suggestions", "statements").
export const NOUN_LIKE = /(?:ions|ments|ness|ships|ers|ists|ities|ics)$/;
// Cue words are verbs: regular forms, or the irregular ones news attribution uses.
export const VERB_LIKE = /(?:ed|[^s]s|ing)$|^(?:said|say|told|tell|wrote|write|thought|think|knew|know|felt|feel|saw|see|found|heard|believe|argue|claim|warn|admit|deny|insist|suggest|note|add|explain|ask|according|put|read|want|hope|fear|expect|predict|estimate|declare|agree|acknowledge|allege|concede|contend|assert|state|announce|accuse|charge|maintain|reply|respond|tweet|post|urge)$/;
// Capitalised paragraph labels that name no speaker.
export const NOT_SPEAKERS = new Set(['correction', 'clarification', 'byline', 'update', 'note', 'editor', 'watch', 'related', 'breaking', 'photo', 'video', 'read more', 'source', 'sources', 'full text', 'dateline', 'credit', 'ap', 'reuters', 'afp']);
// Adverbs between a subject and its cue ("even suggesting", "strongly denied").
export const ADVERB = /^\p{Ll}{3,}ly$/u;
export const COORDINATING = new Set(['and', 'but']);
export const TIME_WORDS = /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|earlier|later|recently)$/;
export const NOT_CONTENT_OPENERS = new Set(['by', 'with', 'from', 'during', 'into', 'under', 'since']);
export const SUBJECT_CONTINUERS = new Set(['of', 'for', "'s", '’s', 'and']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'s", '’s', "'re", '’re', 'not', "n't", 'n’t']);
export const NOUNS_IN_LY = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'anomaly', 'monopoly', 'bully', 'italy']);
