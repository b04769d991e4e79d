// Events of the whole pipeline on short hand-written sentences: one table per concern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadExtractor } from '../../models/load-resources.js';
import type { ExtractedEvent } from '../types.js';

const extractor = loadExtractor();
const eventsOf = (text: string): ExtractedEvent[] => extractor.extract({ text }).events;
const only = (text: string): ExtractedEvent => {
  const events = eventsOf(text);
  assert.equal(events.length, 1, `find-events.test: one event in ${JSON.stringify(text)}, got ${JSON.stringify(events.map((e) => `${e.type}:${e.trigger.text}`))}`);
  return events[0]!;
};

const TYPES: [string, string, string][] = [
  ['Russian jets carried out airstrikes on Idlib on Tuesday.', 'airstrike', 'airstrikes'],
  ['A drone strike hit a convoy near Kandahar.', 'airstrike', 'drone strike'],
  ['A car bomb exploded outside a police station in Kirkuk.', 'bombing', 'car bomb'],
  ['A suicide bomber blew himself up at a checkpoint in Kabul.', 'bombing', 'suicide bomber'],
  ['Gunmen stormed a hotel in Bamako.', 'armed_attack', 'stormed'],
  ['Militants ambushed an army patrol in northern Mali.', 'armed_attack', 'ambushed'],
  ['Twelve soldiers died in clashes with rebels near Kidal.', 'armed_attack', 'clashes'],
  ['Police raided a flat in Molenbeek.', 'arrest', 'raided'],
  ['The passenger plane crashed in the Sinai desert.', 'plane_crash', 'crashed'],
  ['Unknown assailants assassinated Ahmed Karimi in Herat.', 'killing', 'assassinated'],
  ['Police arrested Omar Haddad in Brussels.', 'arrest', 'arrested'],
  ['A court in Paris sentenced Salah Abdeslam to life.', 'trial', 'sentenced'],
  ['The State Department warned Turkey about the border.', 'warning', 'warned'],
  ['Al-Shabaab threatened Kenya with new attacks.', 'threat', 'threatened'],
  ['Sergey Lavrov met John Kerry in Geneva.', 'meeting', 'met'],
  ['The group recruited hundreds of teenagers in Mosul.', 'recruitment', 'recruited'],
  ['Moscow deployed troops to Latakia.', 'troop_deployment', 'deployed'],
  ['Dozens of soldiers deserted from the Syrian army.', 'desertion', 'deserted'],
  ['Hezbollah moved its fighters to Qusayr.', 'relocation', 'moved'],
  ['The CIA shared intelligence with Jordan about the cell.', 'intelligence_report', 'shared'],
  ['Hackers hacked the ministry website in Tallinn.', 'other', 'hacked'],
];

test('find-events.test: a trigger of each event type', () => {
  for (const [sentence, type, trigger] of TYPES) {
    const events = eventsOf(sentence);
    assert.ok(events.some((e) => e.type === type && e.trigger.text === trigger),
      `find-events.test: ${type} "${trigger}" in ${JSON.stringify(sentence)}, got ${JSON.stringify(events.map((e) => `${e.type}:${e.trigger.text}`))}`);
  }
});

const NO_EVENTS = [
  'Teachers went on strike in Lyon over pay.',
  'He had a heart attack last year.',
  'They are heading to the desert.',
  'The storm knocked out power across Florida.',
  'She moved on quickly.',
  'The minister gave an advance warning of higher prices.',
  'Local fighters rarely defect.',
  'The move is seen as a threat to stability in the region.',
  'The company will report its earnings next week.',
];

test('find-events.test: words outside their event sense are not events', () => {
  for (const sentence of NO_EVENTS) {
    assert.deepEqual(eventsOf(sentence).map((e) => `${e.type}:${e.trigger.text}`), [], `find-events.test: no event in ${JSON.stringify(sentence)}`);
  }
});

test('find-events.test: actors and targets from the clause', () => {
  const strike = only('Russian warplanes bombed Idlib.');
  assert.equal(strike.type, 'airstrike');
  const byAgent = only('The strike was carried out by the Syrian Air Force near Homs.');
  assert.deepEqual(byAgent.actors, ['syrian-air-force']);
  const arrest = only('French police arrested Mehdi Nemmouche in Marseille.');
  assert.deepEqual(arrest.targets, ['mehdi-nemmouche']);
  const killing = only('Hamas was blamed after gunmen killed Yusuf Rahman.');
  assert.deepEqual(killing.targets, ['yusuf-rahman']);
  const passive = only('Yusuf Rahman was killed by Hamas gunmen.');
  assert.deepEqual(passive.targets, ['yusuf-rahman']);
  const meeting = only('Vladimir Putin held a meeting with Hassan Rouhani in Moscow.');
  assert.deepEqual(meeting.actors, ['vladimir-putin']);
  assert.deepEqual(meeting.targets, ['hassan-rouhani']);
  assert.equal(meeting.location, 'moscow');
  assert.deepEqual(only('The killing of Boris Nemtsov shocked the country.').targets, ['boris-nemtsov']);
  const report = only('Angela Merkel received a report from the BND.');
  assert.deepEqual(report.targets, ['angela-merkel']);
});

test('find-events.test: pronouns, shared subjects and quantities lead to the actor', () => {
  assert.deepEqual(only('The Pentagon said on Tuesday that it had deployed 50 special forces to Syria.').actors, ['pentagon']);
  assert.deepEqual(only('Hundreds of Hezbollah fighters have deserted.').actors, ['hezbollah']);
  assert.deepEqual(only('Russia and Turkey held talks in Sochi.').actors.sort(), ['russia', 'turkey']);
  const [first, second] = eventsOf('Hamas is intensifying its rocket attacks on Sderot, and is trying to advance there.');
  assert.deepEqual([first?.actors, second?.actors], [['hamas'], ['hamas']]);
});

test('find-events.test: a nationality actor is the state when the article names it', () => {
  const events = eventsOf('Russia denies it. The Russians bombed Aleppo again.');
  assert.deepEqual(events.map((e) => e.actors), [['russia']]);
});

test('find-events.test: location is the place named with in/near/at, or the destination of a move', () => {
  assert.equal(only('A bomb attack killed three soldiers near Mosul in Iraq.').location, 'mosul');
  assert.equal(only('The rebels relocated their headquarters to Idlib.').location, 'idlib');
  assert.equal(only('The Raqqa raid was a success.').location, 'raqqa');
  assert.equal(only('The bombing of Aleppo drew condemnation.').location, 'aleppo');
});

test('find-events.test: dates resolved against the publication date, with their precision', () => {
  const article = (sentence: string) => `Title line\n\n13 October 2015\n\n${sentence}`;
  assert.equal(only(article('An airstrike hit a market in Aleppo last Friday.')).date, '2015-10-09');
  assert.equal(only(article('Police arrested Omar Haddad on March 7.')).date, '2015-03-07');
  assert.equal(only(article('The group attacked the town of Palmyra in 2011.')).date, '2011');
  assert.equal(only('The group attacked the town of Palmyra on Friday.').date, 'XXXX-WXX-5');
});

test('find-events.test: the death toll next to killed/died/dead', () => {
  const toll: [string, number][] = [
    ['A car bomb exploded in Baghdad, killing 89 people.', 89],
    ['At least 139 people were killed in the attack on the concert hall.', 139],
    ['The plane crashed in Egypt and 224 people died.', 224],
    ['A suicide bombing in Kabul left 12 dead.', 12],
  ];
  for (const [sentence, killed] of toll) {
    const attacks = eventsOf(sentence).filter((e) => e.killed !== null);
    assert.deepEqual(attacks.map((e) => e.killed), [killed], `find-events.test: toll in ${JSON.stringify(sentence)}`);
  }
  assert.equal(only('An airstrike hit a school in Aleppo.').killed, null);
});

test('find-events.test: certainty of the wording', () => {
  const cases: [string, string][] = [
    ['Russian jets bombed Aleppo on Monday.', 'asserted'],
    ['Russian jets bombed Aleppo, the ministry said.', 'reported'],
    ['According to activists, Russian jets bombed Aleppo.', 'reported'],
    ['Russian jets reportedly bombed Aleppo.', 'reported'],
    ['Russian jets may have bombed Aleppo.', 'hedged'],
    ['Russian jets did not bomb a hospital in Aleppo.', 'denied'],
    ['Police foiled a bomb plot against a synagogue in Paris.', 'hypothetical'],
    ['The group plans to attack Baghdad.', 'hypothetical'],
    ['Al-Qaeda has urged its followers to carry out attacks on embassies.', 'hypothetical'],
    ['Iran denied that its forces had attacked the tanker.', 'denied'],
    ['Officials believe that the militants bombed the bridge.', 'hedged'],
  ];
  for (const [sentence, certainty] of cases) {
    const events = eventsOf(sentence).filter((e) => e.type !== 'threat');
    assert.equal(events[0]?.certainty, certainty, `find-events.test: ${certainty} in ${JSON.stringify(sentence)} (${JSON.stringify(events)})`);
  }
});

test('find-events.test: answers of an interview are told by the interviewee', () => {
  const text = 'Title line\n\nQ: What did you see?\n\nIS has moved its fighters to Mosul.\n';
  assert.equal(only(text).certainty, 'reported');
});

test('find-events.test: mentions of one occurrence are one event, triggered by its most informative mention', () => {
  const text = 'A Russian air strike hit Raqqa. The strike was delivered by the Russian Aerospace Forces near Raqqa on Friday. The air strike destroyed a bridge.';
  const event = only(text);
  assert.equal(event.type, 'airstrike');
  assert.equal(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
  assert.equal(event.trigger.text, 'strike');
  assert.deepEqual(event.actors, ['russian-aerospace-forces']);
  assert.equal(event.location, 'raqqa');
  assert.ok(event.evidence && event.evidence.text.startsWith('The strike was delivered'));
  // One sentence, one meeting; two attacks in different places stay two.
  assert.equal(eventsOf('Lavrov will meet Kerry in Geneva for talks on Syria.').length, 1);
  assert.equal(eventsOf('A bomb exploded in Kabul. Another bomb exploded in Kandahar.').length, 2);
});
