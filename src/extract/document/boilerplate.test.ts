import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate } from './boilerplate.js';

const PROSE = 'Russian airstrikes hit rebel positions in western Syria on Tuesday, officials in Damascus said.';
const LATER = 'The strike killed at least 139 people, according to the Russian Defence Ministry in Moscow.';

/** The line amid article paragraphs, so that only the line itself can make the difference. */
const inArticle = (line: string) => `Headline of the story\n\n${PROSE}\n\n${line}\n\n${LATER}\n`;

function marked(text: string): string[] {
  return findBoilerplate(text).map((b) => text.slice(b.start, b.end));
}

const boilerplate: [string, RegExp][] = [
  ['2 min read', /reading time/],
  ['5 minute read', /reading time/],
  ['Reading time: 4 minutes', /reading time/],
  ['READ MORE: Macron says group targeting Moscow ‘made attempts in France’', /link/],
  ['DON’T MISS:', /link/],
  ["Don't miss", /link/],
  ['Related: Putin meets Assad in Moscow', /link/],
  ['WATCH: Footage of the attack', /link/],
  ['Share this article!', /share/],
  ['Share on Facebook', /share/],
  ['Leave a Reply', /share/],
  ['Your email address will not be published.', /share/],
  ['Advertisement', /share/],
  ['Published under: Islamic State , Russia', /tag line/],
  ['Tags: Syria, Russia, ISIS', /tag line/],
  ['Filed under: World', /tag line/],
  ['Photo Illustration by The Daily Beast', /photo/],
  ['Photo: Reuters', /photo/],
  ['Vladimir Putin / AP', /photo/],
  ['Sergei Shoigu attends a meeting / Getty Images', /photo/],
  ['Getty Images', /photo/],
  ['Russian jets over Latakia. (Photo: Russian Defence Ministry)', /photo/],
  ['© 2015 The Daily Beast Company LLC', /copyright/],
];

for (const [line, reason] of boilerplate) {
  test(`boilerplate.test: marks ${JSON.stringify(line)}`, () => {
    const text = inArticle(line);
    const spans = findBoilerplate(text);
    assert.deepEqual(spans.map((b) => text.slice(b.start, b.end)), [line], `boilerplate.test: ${line}`);
    assert.match(spans[0]!.reason, reason, `boilerplate.test: reason for ${line}`);
  });
}

/** Article sentences that look like boilerplate at first sight. */
const article = [
  'Read more about the strikes in our report from Raqqa, which was published on Monday evening.',
  'Share prices in Moscow fell by three percent after the attack on the concert hall.',
  'Putin / Trump summit ends without a deal',
  'The AP reported that 224 people died in the crash of the Airbus over Sinai.',
  'Getty Images photographer John Moore captured the scene in Raqqa on Tuesday.',
  'Many Russians subscribe to the view that the West is behind the attack, he said.',
  'The group urged supporters to sign up for military training in Syria and Iraq.',
  'Tags were found on the bodies of the fighters, the official said.',
  'Subscribers to the Telegram channel received the claim of responsibility within the hour.',
  'Leave a reply to the Kremlin, the official said, and it will be ignored.',
  'Photos of the damage were released by the ministry on Wednesday.',
  'Related to the attack, four men have since appeared in court in Moscow.',
  'Facebook updated its privacy policy after the attack, the company said.',
  'Enemy of My Enemy',
  'Wide belief on the Russian periphery that Moscow supports the extremist group',
  'December 10, 2015',
  'MOSCOW, Dec. 10, 2015 (Reuters) — Russia said on Thursday it had struck Raqqa.',
  'Q: What type of Islamic State activity have you noticed since the start of the Russian strikes?',
  'By Kimberly Dozier',
];

for (const line of article) {
  test(`boilerplate.test: keeps ${JSON.stringify(line)}`, () => {
    assert.deepEqual(marked(inArticle(line)), [], `boilerplate.test: ${line} is article content`);
  });
}

test('boilerplate.test: a teaser is a cut-off repeat of a later paragraph', () => {
  const text = [
    '2 min read',
    'Islamic State sees opportunity in Russian airstrikes',
    'Although the majority of Russian airstrikes are hitting rebel positions […]',
    '13 October 2015',
    'Although the majority of Russian airstrikes are hitting rebel positions in western Syria, Russian bombs are driving the fighters to hide.',
  ].join('\n\n');
  assert.deepEqual(marked(text), ['2 min read', 'Although the majority of Russian airstrikes are hitting rebel positions […]']);
  const notTeaser = 'Russia left exposed to ISIS\n\nRussia left exposed to ISIS as its spies were busy elsewhere, analysts said on Friday.';
  assert.deepEqual(marked(notTeaser), [], 'boilerplate.test: a headline that opens the lead is not a teaser');
});

test('boilerplate.test: a newsletter block is marked whole, and only it', () => {
  const block = [
    'Get The Beast In Your Inbox!',
    'Daily Digest',
    'Start and finish your day with the top stories from The Daily Beast.',
    'Cheat Sheet',
    "A speedy, smart summary of all the news you need to know (and nothing you don't).",
    'By clicking “Subscribe,” you agree to have read the Terms of Use and Privacy Policy',
    'Thank You!',
    'You are now subscribed to the Daily Digest and Cheat Sheet. We will not share your email with anyone for any reason.',
  ];
  const text = `${PROSE}\n\n${block.slice(0, 5).join('\n\n')}\n\n${block.slice(5).join('\n')}\n\n${LATER}`;
  assert.deepEqual(marked(text), block);
});

test('boilerplate.test: alt text above its credit, labels after the article', () => {
  const text = `Moscow’s Connection to the Islamic State\n\nVladimir Putin\nVladimir Putin / AP\nDecember 10, 2015\n\n${PROSE}\n\n${LATER}\n\nIslamic State\nRussia\n`;
  assert.deepEqual(marked(text), ['Vladimir Putin', 'Vladimir Putin / AP', 'Islamic State', 'Russia']);
});

test('boilerplate.test: CRLF line ends and empty text', () => {
  const text = `Headline\r\n\r\n2 min read\r\n\r\n${PROSE}\r\n`;
  const spans = findBoilerplate(text);
  assert.deepEqual(spans.map((b) => text.slice(b.start, b.end)), ['2 min read'], 'boilerplate.test: span excludes \\r');
  assert.deepEqual(findBoilerplate(''), []);
});
