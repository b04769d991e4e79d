import type { Command } from 'commander';
import { toContract } from '../../extract/contract.js';
import type { Extractor } from '../../extract/extractor.js';
import { InputError } from '../../input/input-error.js';
import { readDocumentFrom, DEFAULT_MAX_BYTES } from '../../input/read-file.js';
import { loadCapitals } from '../../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../../models/load-resources.js';
import { printResolved, type Extracted } from './extract-resolve.js';
import { formatSummary } from '../format-summary.js';
import { parseSize } from '../parse-size.js';
import { progressFor } from '../progress.js';

interface ExtractOptions {
  jsonl?: boolean;
  pretty?: boolean;
  summary?: boolean;
  resolve?: boolean;
  maxBytes: number;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract title, date, boilerplate, entities (with places and date values), events, quotes and relations from news articles (text or HTML) and print the JSON of CONTRACT.md.')
    .argument('<files...>', 'article files (UTF-8 text or HTML, told apart by content); "-" reads standard input')
    .option('--jsonl', 'one JSON object per line for many files; a failed file gives {"file","error"} and the rest go on')
    .option('--pretty', 'indent the JSON for reading')
    .option('--summary', 'print a short human-readable summary per file instead of JSON')
    .option('--resolve', 'with --jsonl: resolve entities across the files; per-file ids become corpus ids and one more line {"entities": […]} follows')
    .option('--max-bytes <size>', 'refuse larger inputs (e.g. 10MB, 500kB)', parseSize, DEFAULT_MAX_BYTES)
    .addHelpText('after', '\nExamples:\n  dossier extract article.html\n  dossier extract --jsonl examples/seeds/*.txt\n  curl -s URL | dossier extract -')
    .action(async (files: string[], options: ExtractOptions) => {
      if (files.length > 1 && !options.jsonl && !options.summary) {
        throw new Error('several files need --jsonl (one JSON object per line) or --summary');
      }
      if (options.resolve && !options.jsonl) throw new Error('--resolve needs --jsonl (one line per file, then the entities line)');
      const extractor = loadExtractor();
      let failures = 0;
      const progress = progressFor(files.length, 'extracting');
      // With --resolve, lines wait until every file is read: their ids depend on the whole corpus.
      const extracted: Extracted[] = [];
      for (const file of files) {
        const ok = await extractOne(extractor, file, options, options.resolve ? extracted : undefined);
        if (!ok) failures++;
        progress.tick(file);
      }
      progress.stop();
      if (options.resolve) {
        const print = (json: unknown) => process.stdout.write(JSON.stringify(json, null, options.pretty ? 2 : undefined) + '\n');
        printResolved(extracted, { aliases: loadAliases(), capitals: loadCapitals() }, print);
      }
      if (failures > 0) process.exitCode = 1;
    });
}

async function extractOne(extractor: Extractor, file: string, options: ExtractOptions, collect?: Extracted[]): Promise<boolean> {
  try {
    const document = await readDocumentFrom(file, { maxBytes: options.maxBytes });
    const extraction = extractor.extract({ text: document.text, meta: document.meta });
    if (collect) {
      collect.push({ file, extraction, text: document.text, isHtml: document.isHtml });
    } else if (options.summary) {
      process.stdout.write(formatSummary(file, extraction) + '\n');
    } else {
      const json = toContract(file, extraction, document.isHtml ? document.text : undefined);
      process.stdout.write(JSON.stringify(json, null, options.pretty ? 2 : undefined) + '\n');
    }
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`dossier extract: ${error.message}\n`);
    if (collect) collect.push({ file, error: error.reason });
    else if (options.jsonl) process.stdout.write(JSON.stringify({ file, error: error.reason }) + '\n');
    return false;
  }
}
