// Hand-written reports of one invented airstrike, as different outlets would run them: two
// independent accounts that agree, a syndicated copy of the first, one with a higher death
// toll, and a denial. Used to test corroboration and grading end to end.

export interface Story {
  file: string;
  outlet: string;
  title: string;
  body: string;
}

const FIRST_ACCOUNT = `Fighter jets struck a crowded market in Idlib on 14 March 2026, killing 12 people, according to local rescue workers.
The airstrike hit the eastern part of the market shortly after noon, when stalls were busiest. Rescue workers said several of the wounded were children and that the local hospital had asked for blood donations.
Residents described two loud explosions followed by thick smoke. Shopkeepers said most of the buildings on the eastern side of the square had collapsed.
The town has been struck several times this year, and aid groups have called for an investigation into the attack.`;

export const AIRSTRIKE_STORIES: Story[] = [
  { file: 'courier.html', outlet: 'Northern Courier', title: 'Airstrike on Idlib market kills 12', body: FIRST_ACCOUNT },
  {
    file: 'valley-post.html', outlet: 'Valley Post', title: 'Market in Idlib hit from the air',
    // The same wire text under another masthead: a syndicated copy, not a second source.
    body: FIRST_ACCOUNT.replace('according to local rescue workers.', 'according to local rescue workers, the agency reported.'),
  },
  {
    file: 'ledger.html', outlet: 'Eastern Ledger', title: 'Twelve dead as jets bomb Idlib',
    body: `An airstrike killed 12 people at a market in Idlib on 14 March 2026, a hospital director told reporters.
He said the victims were mostly traders and shoppers, and that surgeons had worked through the night on the injured.
Satellite images published the next day showed a large crater near the entrance of the covered hall.
Local councillors said they had received no warning before the jets arrived over the town.`,
  },
  {
    file: 'tribune.html', outlet: 'Harbour Tribune', title: 'Death toll rises after Idlib strike',
    body: `An airstrike on a market in Idlib on 14 March 2026 killed 31 people, a monitoring group said on Sunday.
The group said the toll had risen overnight as more bodies were recovered from the rubble of the collapsed shops.
Volunteers with bulldozers were still searching the site on Sunday morning.
Families gathered outside the morgue of the district hospital waiting for news of relatives.`,
  },
  {
    file: 'herald.html', outlet: 'State Herald', title: 'Ministry rejects market strike reports',
    body: `The defence ministry denied carrying out an airstrike on a market in Idlib on 14 March 2026.
A spokesman said no aircraft had flown over the province that day and called the reports fabricated.
The ministry said it would publish flight records to prove that its planes had stayed on the ground.
Opposition politicians asked for an independent inquiry into what had happened in the town.`,
  },
];

/** A minimal article page whose site name is the outlet. */
export function storyPage(story: Story): string {
  const paragraphs = story.body.split('\n').map((line) => `<p>${line}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${story.title}</title>
<meta property="og:site_name" content="${story.outlet}"><meta property="og:title" content="${story.title}"></head>
<body><article><h1>${story.title}</h1>
${paragraphs}
</article></body></html>`;
}
