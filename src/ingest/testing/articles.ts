// Hand-written test articles (invented events, invented places' officials) for ingest tests.

export const HARBOUR_STORY = `Port authority reopens northern harbour after storm damage

The port authority of Kestrel Bay reopened the northern harbour on Tuesday, four days after a winter storm tore two cranes from their moorings and sank a fishing trawler at the quay.
Harbour master Elena Varga said divers had cleared the wreck from the main channel overnight and that container ships would be allowed in from noon. "We checked every berth twice before we gave the order," she told reporters at the pier.
The storm, which brought gusts of more than 120 kilometres an hour, also cut power to about 30,000 homes along the coast. The regional grid operator said most of them were reconnected by Monday evening.
Fishermen complained that compensation promised after a similar storm two years ago had still not been paid. A spokesman for the fisheries ministry said the claims were being processed and that payments would begin next month.
Insurers estimate the damage to the harbour at between 40 and 60 million euros. The port handles roughly a fifth of the country's grain exports, and traders said delays had pushed up freight rates on routes to North Africa.
`;

export const MINING_STORY = `Lithium mine protest blocks highway for a second day

Hundreds of farmers blocked the main highway near the town of Almenara for a second day on Thursday in protest against a planned lithium mine that they say will drain the valley's wells.
Police said the road had been closed in both directions since dawn and advised lorries to take a detour through the mountains, adding roughly three hours to the journey.
The mining company, Serra Minerals, said its water plan had been approved by regional inspectors and that it would recycle most of the water it used. Its chief executive, Tomas Ribeiro, invited the farmers' leaders to visit a pilot plant next week.
Farmers' spokeswoman Lucia Mendes rejected the offer. "They have studies, we have dry wells," she said, standing beside a tractor parked across the carriageway.
The regional government has until the end of March to decide on the final licence. Opposition councillors have called for an independent hydrological survey before any decision is taken.
`;

export const ELECTION_STORY = `Coastal province votes in early election after coalition collapse

Voters in the coastal province of Maren went to the polls on Sunday in an early election called after the governing coalition collapsed over a dispute about hospital funding.
Turnout had reached 41 percent by early afternoon, the electoral commission said, slightly higher than at the same point in the last election three years ago.
The outgoing governor, Piet Hollander, cast his ballot in his home village and said he expected a close result. His main challenger, former health minister Saskia Brandt, has promised to reopen two rural clinics closed last year.
Observers from a civic monitoring group reported long queues at polling stations in the provincial capital, where several voting machines failed in the morning and had to be replaced.
Preliminary results are expected shortly after midnight. Analysts said neither of the two largest parties was likely to win a majority on its own, making another round of coalition talks almost certain.
`;

/** The harbour story as a second site runs it: its own header line, the same wire text. */
export const HARBOUR_SYNDICATED = HARBOUR_STORY.replace(
  'Port authority reopens northern harbour after storm damage',
  'WIRE STORY via Coastal Daily News | Kestrel Bay harbour open again',
);

/** The harbour story updated later at the same URL: one paragraph added. */
export const HARBOUR_UPDATED = `${HARBOUR_STORY}Update: the port authority said on Wednesday evening that a third crane had been found to be damaged and would be out of service until spring.
`;

export function htmlPage(title: string, body: string, siteName = 'Test Gazette'): string {
  const paragraphs = body.split('\n').filter((line) => line.trim() !== '').slice(1).map((line) => `<p>${line}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${siteName}"><meta property="og:title" content="${title}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
${paragraphs}
</article><footer>Copyright Test Gazette</footer></body></html>`;
}

/** A distinct article per number (for runs of many articles), built from invented words. */
export function numberedArticle(n: number): string {
  let seed = (n + 1) * 2654435761;
  const next = (): number => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed;
  };
  const syllables = ['ka', 'lo', 'mer', 'ti', 'san', 'dor', 'vel', 'ru', 'pen', 'ost', 'ia', 'bren'];
  const word = (): string => Array.from({ length: 2 + (next() % 2) }, () => syllables[next() % syllables.length]).join('');
  const sentences = Array.from({ length: 8 }, () => {
    const words = Array.from({ length: 10 }, word);
    return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
  });
  return `Report number ${n}\n\n${sentences.join(' ')}\n`;
}
