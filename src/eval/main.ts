#!/usr/bin/env node
// `npm run eval -- <component> …`: quality of each extraction component on annotated data.

interface EvalCommand {
  summary: string;
  usage: string;
  load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, EvalCommand> = {
  ner: {
    summary: 'named entities: per-type and micro P/R/F1, exact and overlapping spans',
    usage: 'ner --conll FILE | ner --re3d DIR',
    load: () => import('./ner.js'),
  },
  seeds: {
    summary: 'title, publication date and boilerplate against seeds-gold',
    usage: 'seeds --gold DIR [--seeds DIR]',
    load: () => import('./seeds.js'),
  },
  relations: {
    summary: 'relations end to end and from gold mentions: per-type and micro P/R/F1',
    usage: 'relations --re3d DIR',
    load: () => import('./relations.js'),
  },
  dates: {
    summary: 'DATE, CARDINAL and PERCENT mentions and their values against seeds-gold',
    usage: 'dates --gold DIR [--seeds DIR]',
    load: () => import('./dates.js'),
  },
  resolve: {
    summary: 'entities across documents: B-cubed and pairwise F1 of mention clusters against seeds-gold canonicals',
    usage: 'resolve --gold DIR [--seeds DIR] [--errors]',
    load: () => import('./resolve.js'),
  },
  'near-duplicates': {
    summary: 'ingest linking synthetic syndicated copies of real articles to the original',
    usage: 'near-duplicates --articles DIR [--limit N]',
    load: () => import('./near-duplicates.js'),
  },
  geo: {
    summary: 'places: accuracy within 161 km, mean and median error on gold toponyms',
    usage: 'geo --lgl FILE | --geovirus FILE [--ner]',
    load: () => import('./geo.js'),
  },
  events: {
    summary: 'events: type+trigger P/R/F1 and argument accuracy against seeds-gold',
    usage: 'events --gold DIR [--seeds DIR] [-v]',
    load: () => import('./events.js'),
  },
  quotes: {
    summary: 'quotes: source/cue/content P/R/F1 on PolNeAR; seeds-gold quotes and speakers',
    usage: 'quotes --polnear DIR | --gold DIR [--seeds DIR]',
    load: () => import('./quotes.js'),
  },
};

function help(): string {
  const lines = ['Usage: npm run eval -- <component> [options]', '', 'Components:'];
  for (const [name, command] of Object.entries(COMMANDS)) {
    lines.push(`  ${command.usage.padEnd(36)} ${command.summary}`);
    void name;
  }
  lines.push('', 'Data lives outside the project (e.g. ../shared/data); pass its path.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`eval: unknown component "${name}" (one of: ${Object.keys(COMMANDS).join(', ')})`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
