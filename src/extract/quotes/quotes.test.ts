// Quotes and claims on hand-written sentences, through the whole extractor (names and ids
// come from the NER stage, as in real use).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadExtractor } from '../../models/load-resources.js';
import type { Quote } from '../types.js';

const extractor = loadExtractor();
const quotesOf = (text: string): Quote[] => extractor.extract({ text }).quotes;

interface Expected {
  speaker?: string | null;
  speakerText?: string | null;
  speakerNamed?: boolean;
  cue?: string | null;
  content: string;
  direct?: boolean;
  certainty?: Quote['certainty'];
}

const CASES: [name: string, text: string, expected: Expected[]][] = [
  ['split quote', '“We will not retreat from Raqqa,” the former official said, “because the city is the heart of the caliphate.”', [
    { speaker: null, speakerText: 'the former official', speakerNamed: false, cue: 'said', direct: true,
      content: 'We will not retreat from Raqqa,” the former official said, “because the city is the heart of the caliphate.' },
  ]],
  ['pronoun speaker', 'Defence Minister Sergei Shoigu spoke on Monday.\n\n“The strikes hit the command centre in the east of the city,” he said.', [
    { speaker: 'sergei-shoigu', speakerText: 'Sergei Shoigu', speakerNamed: true, cue: 'said', direct: true,
      content: 'The strikes hit the command centre in the east of the city' },
  ]],
  ['multi-paragraph quote', '“The first part of the answer is long and has no end\n\n“and it goes on in a second paragraph,” said Daniel Hoffman, a former CIA officer.', [
    { speaker: 'daniel-hoffman', speakerNamed: true, direct: true, content: 'The first part of the answer is long and has no end' },
    { speaker: 'daniel-hoffman', speakerNamed: true, direct: true, cue: 'said', content: 'and it goes on in a second paragraph' },
  ]],
  ['quote continued in the next sentence', 'Vladimir Putin said: “Russia will answer.” “The terrorists will be punished wherever they hide.”', [
    { speaker: 'vladimir-putin', cue: 'said', direct: true, content: 'Russia will answer.' },
    { speaker: 'vladimir-putin', direct: true, content: 'The terrorists will be punished wherever they hide.' },
  ]],
  ['according to, anonymous, hedged', 'According to one senior intelligence official, the group may have moved its leaders to Mosul.', [
    { speaker: null, speakerText: 'one senior intelligence official', speakerNamed: false, cue: 'According to', direct: false,
      certainty: 'hedged', content: 'the group may have moved its leaders to Mosul' },
  ]],
  ['officials said', 'The convoy was destroyed near Palmyra, six U.S. intelligence and military officials said.', [
    { speaker: null, speakerText: 'six U.S. intelligence and military officials', speakerNamed: false, cue: 'said', direct: false,
      certainty: 'asserted', content: 'The convoy was destroyed near Palmyra' },
  ]],
  ['told an outlet', 'Dmitry Peskov told The Daily Beast that the report was false.', [
    { speaker: 'dmitry-peskov', speakerNamed: true, cue: 'told The Daily Beast', direct: false, content: 'the report was false' },
  ]],
  ['told with a time after the addressee', 'Dmitry Peskov told reporters on Tuesday that the report was false.', [
    { speaker: 'dmitry-peskov', cue: 'told reporters', content: 'the report was false' },
  ]],
  ['it after an organisation spoke', 'The Kremlin said the strikes hit 40 targets. It added that the campaign would go on.', [
    { speakerText: 'Kremlin', speakerNamed: true, cue: 'added', content: 'the campaign would go on' },
  ]],
  ['name in the appositive', 'Former Moscow station chief for the CIA, Daniel Hoffman, said the agencies could have prevented the attack.', [
    { speaker: 'daniel-hoffman', speakerNamed: true, cue: 'said', certainty: 'hedged', content: 'the agencies could have prevented the attack' },
  ]],
  ['descriptor with an appositive', 'One U.S. intelligence official, speaking on condition of anonymity, said the campaign was a folly.', [
    { speaker: null, speakerText: 'One U.S. intelligence official', speakerNamed: false, cue: 'said', content: 'the campaign was a folly' },
  ]],
  ['reported speech split by its attribution', 'Western security procedures, the former official said, were better at catching such bombs.', [
    { speakerText: 'the former official', cue: 'said', direct: false,
      content: 'Western security procedures, the former official said, were better at catching such bombs' },
  ]],
  ['participle after an opening phrase', 'In 2007, President George W. Bush sent more troops to Iraq, arguing that it was better to fight there.', [
    { speaker: 'george-w-bush', cue: 'arguing', content: 'it was better to fight there' },
  ]],
  ['denial', 'The Kremlin denied that Russian jets had struck the hospital.', [
    { speakerNamed: true, cue: 'denied', certainty: 'denied', content: 'Russian jets had struck the hospital' },
  ]],
  ['negated cue', 'John Kirby did not say that the base had been evacuated.', [
    { speaker: 'john-kirby', certainty: 'denied', content: 'the base had been evacuated' },
  ]],
  ['claimed with a hedge', 'Analysts claimed that the attack was possibly planned in Raqqa.', [
    { speaker: null, speakerText: 'Analysts', speakerNamed: false, cue: 'claimed', certainty: 'hedged', content: 'the attack was possibly planned in Raqqa' },
  ]],
  ['reportedly', 'Officials said the bomber reportedly trained in Syria.', [
    { speakerText: 'Officials', cue: 'said', certainty: 'reported', content: 'the bomber reportedly trained in Syria' },
  ]],
  ['inverted cue with appositive', 'The raid was planned for weeks, said Ahmed Hassan, a spokesman for the council.', [
    { speaker: 'ahmed-hassan', speakerNamed: true, cue: 'said', direct: false, content: 'The raid was planned for weeks' },
  ]],
  ['interview answers', 'Ahmed Hassan, a spokesman for the council, tells Syria Direct’s Noura Ali about the city.\n\nQ: What is happening in the city?\n\nThe fighters are hiding among civilians in the old markets.\n\nQ: Are they leaving?\n\nA: Many foreign fighters are heading to the desert.', [
    { speaker: 'ahmed-hassan', cue: 'tells Syria Direct’s Noura Ali', direct: true, content: 'The fighters are hiding among civilians in the old markets.' },
    { speaker: 'ahmed-hassan', cue: 'tells Syria Direct’s Noura Ali', direct: true, content: 'Many foreign fighters are heading to the desert.' },
  ]],
  ['transcript speaker labels', 'WALLACE: Will you attend the meeting in Geneva?\n\nKERRY: We will be there with our partners.', [
    { speakerText: 'WALLACE', cue: ':', direct: true, content: 'Will you attend the meeting in Geneva?' },
    { speakerText: 'KERRY', cue: ':', direct: true, content: 'We will be there with our partners.' },
  ]],
  ['impersonal hedge', 'Officials said it is thought the commander died in the strike.', [
    { speakerText: 'Officials', certainty: 'hedged', content: 'it is thought the commander died in the strike' },
  ]],
  ['pronoun after an anonymous speaker', 'John Kerry met the envoy. “The talks went well,” one senior official said. “We will meet again in Vienna,” he said.', [
    { speaker: null, speakerText: 'one senior official', content: 'We will meet again in Vienna' },
  ]],
  ['two attributions in one sentence', 'When Steve Kroft said Putin was challenging the West, the president replied, “That is not leadership, that is weakness.”', [
    { speaker: 'steve-kroft', cue: 'said', direct: false, content: 'Putin was challenging the West' },
    { speakerText: 'the president', cue: 'replied', direct: true, content: 'That is not leadership, that is weakness.' },
  ]],
  ['participle after an attribution', 'The strikes will continue, the minister said, adding that the army had hit 50 targets.', [
    { speakerText: 'the minister', cue: 'said', content: 'The strikes will continue' },
    { speakerText: 'the minister', cue: 'adding', content: 'the army had hit 50 targets' },
  ]],
  ['coordinated cue', 'Sergey Lavrov met the envoy in Geneva and said the talks would resume in May.', [
    { speaker: 'sergey-lavrov', cue: 'said', content: 'the talks would resume in May' },
  ]],
  ['according to a common noun', 'The commander fled to Mosul, according to local residents.', [
    { speakerText: 'local residents', speakerNamed: false, cue: 'according to', content: 'The commander fled to Mosul' },
  ]],
  ['mixed quote', 'Sergey Lavrov said the strikes were “precise and legitimate” and would go on.', [
    { speaker: 'sergey-lavrov', cue: 'said', direct: true, content: 'the strikes were “precise and legitimate” and would go on' },
  ]],
];

for (const [name, text, expected] of CASES) {
  test(`quotes.test: ${name}`, () => {
    const quotes = quotesOf(text);
    for (const want of expected) {
      const found = quotes.find((q) => q.content.text === want.content);
      assert.ok(found, `quotes.test: ${name}: a quote with content "${want.content}" (got ${JSON.stringify(quotes.map((q) => q.content.text))})`);
      for (const key of Object.keys(want) as (keyof Expected)[]) {
        if (key === 'content') continue;
        assert.deepEqual(found[key], want[key], `quotes.test: ${name}: ${key}`);
      }
      assert.equal(found.content.text, text.slice(found.content.start, found.content.end), `quotes.test: ${name}: content offsets`);
      if (found.speakerSpan) assert.equal(found.speakerSpan.text, text.slice(found.speakerSpan.start, found.speakerSpan.end), `quotes.test: ${name}: speaker offsets`);
    }
  });
}

const NOT_QUOTES: [name: string, text: string][] = [
  ['scare quotes', 'There were suggestions that the “leak” of this information had compromised a source.'],
  ['no cue', 'Russian jets struck the outskirts of Raqqa on Friday.'],
  ['short scare quote with a noun', 'The minister was “infuriated” because the plan was shared.'],
];

for (const [name, text] of NOT_QUOTES) {
  test(`quotes.test: not a quote: ${name}`, () => {
    assert.deepEqual(quotesOf(text).map((q) => q.content.text), [], `quotes.test: ${name}`);
  });
}

test('quotes.test: messy text never throws and every span matches its text', () => {
  // Random jumbles of quotation marks, cues, labels and line breaks (fixed seed).
  const pieces = ['“', '”', '"', "''", ' said ', ' he ', 'Q:', 'A:', '\n', '\n\n', ', ', '. ', 'John Smith', ' told ', ' according to ',
    ' that ', 'officials', '(', ')', '―', ':', ' adding ', 'KERRY:', ' the ', 'war', '’s', ' who '];
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 400; i++) {
    let text = '';
    for (let n = Math.floor(random() * 40); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
    for (const q of quotesOf(text)) {
      for (const span of [q.content, q.cueSpan, q.speakerSpan, q.sourceSpan]) {
        if (span) assert.equal(span.text, text.slice(span.start, span.end), `quotes.test: span of ${JSON.stringify(text)}`);
      }
      assert.ok(q.content.end > q.content.start, `quotes.test: non-empty content in ${JSON.stringify(text)}`);
    }
  }
});

test('quotes.test: a cue after an event or an object is the writer’s inference, not a quote', async () => {
  const { isInanimateSource } = await import('./inanimate-source.js');
  const cases: [string, boolean][] = [
    ['Raqqa raid', true], ['The picture', true], ['the planned attack on Deir Ezzor', true],
    ['the report', false], ['one senior intelligence official', false], ['Vladimir Putin', false],
    ['the head of the raid team', false],
  ];
  for (const [source, expected] of cases) assert.equal(isInanimateSource(source), expected, source);
});
