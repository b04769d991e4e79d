// `npm run eval -- geo --lgl FILE` and `--geovirus FILE`: how well gold toponym spans are
// placed, given the whole document as context: accuracy within 161 km (100 miles), mean
// and median error. With --ner, also how many gold toponyms the extractor itself finds.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Extractor } from '../extract/extractor.js';
import { distanceKm } from '../extract/places/distance.js';
import { resolvePlaces, type PlaceKnowledge } from '../extract/places/resolve.js';
import { loadPlaces } from '../models/load-places.js';
import { loadExtractor } from '../models/load-resources.js';
import { parseGeoVirus, parseLgl, type GeoGold } from './geo-data.js';

export const ACCURACY_KM = 161;
/** An unresolved toponym counts as this far off (half the Earth's circumference), as in the literature. */
export const UNRESOLVED_KM = 20038;

export interface GeoScores {
  toponyms: number;
  resolved: number;
  within161: number;
  accuracy: number;
  meanKm: number;
  medianKm: number;
  /** Area under the curve of log error (Gritta et al. 2018); lower is better. */
  auc: number;
}

/** Errors in km (UNRESOLVED_KM where nothing was found) for every gold toponym. */
export function resolutionErrors(gold: GeoGold, places: PlaceKnowledge): number[] {
  const errors: number[] = [];
  for (const doc of gold.documents) {
    const resolved = resolvePlaces(doc.text, doc.toponyms, places);
    doc.toponyms.forEach((toponym, i) => {
      const place = resolved[i];
      errors.push(place ? distanceKm(place, toponym) : UNRESOLVED_KM);
    });
  }
  return errors;
}

export function scoreErrors(errors: number[]): GeoScores {
  const sorted = [...errors].sort((a, b) => a - b);
  const n = sorted.length;
  const within161 = sorted.filter((e) => e <= ACCURACY_KM).length;
  const median = n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const maxLog = Math.log(UNRESOLVED_KM);
  const auc = n === 0 ? 0 : sorted.reduce((sum, e) => sum + Math.log(e + 1) / maxLog, 0) / n;
  return {
    toponyms: n,
    resolved: errors.filter((e) => e < UNRESOLVED_KM).length,
    within161,
    accuracy: n === 0 ? 0 : within161 / n,
    meanKm: n === 0 ? 0 : sorted.reduce((a, b) => a + b, 0) / n,
    medianKm: median,
    auc,
  };
}

export interface NerCoverage {
  gold: number;
  exact: number;
  overlapping: number;
  /** Of the exactly found ones, placed within 161 km by the full pipeline. */
  exactWithin161: number;
}

/** How many gold toponyms the extractor finds as GPE/LOC/FAC mentions, and places well. */
export function nerCoverage(gold: GeoGold, extractor: Extractor): NerCoverage {
  const coverage: NerCoverage = { gold: 0, exact: 0, overlapping: 0, exactWithin161: 0 };
  for (const doc of gold.documents) {
    const places = extractor.extract({ text: doc.text }).entities.filter((e) => e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC');
    for (const toponym of doc.toponyms) {
      coverage.gold++;
      const exact = places.find((p) => p.start === toponym.start && p.end === toponym.end);
      if (exact) {
        coverage.exact++;
        if (exact.geo && distanceKm(exact.geo, toponym) <= ACCURACY_KM) coverage.exactWithin161++;
      }
      if (places.some((p) => p.start < toponym.end && toponym.start < p.end)) coverage.overlapping++;
    }
  }
  return coverage;
}

function report(label: string, gold: GeoGold, places: PlaceKnowledge, extractor: Extractor | null): void {
  const started = performance.now();
  const scores = scoreErrors(resolutionErrors(gold, places));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${gold.documents.length} documents, ${scores.toponyms} gold toponyms (${gold.skipped} left out: no coordinates, empty span or span mismatch)`);
  console.log(`  resolved ${scores.resolved} (${pct(scores.resolved / scores.toponyms)})`);
  console.log(`  accuracy@${ACCURACY_KM}km ${scores.accuracy.toFixed(3)} (${scores.within161}/${scores.toponyms})`);
  console.log(`  mean error ${scores.meanKm.toFixed(0)} km, median error ${scores.medianKm.toFixed(1)} km, AUC ${scores.auc.toFixed(3)} (unresolved = ${UNRESOLVED_KM} km)`);
  console.log(`  resolution time ${seconds.toFixed(2)} s`);
  if (extractor) {
    const c = nerCoverage(gold, extractor);
    console.log(`  NER finds ${c.exact}/${c.gold} gold toponyms exactly (${pct(c.exact / c.gold)}), ${c.overlapping} overlapping (${pct(c.overlapping / c.gold)})`);
    console.log(`  of the exact ones, placed within ${ACCURACY_KM} km by the pipeline: ${c.exactWithin161} (${pct(c.exactWithin161 / Math.max(1, c.exact))})`);
  }
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { lgl: { type: 'string' }, geovirus: { type: 'string' }, ner: { type: 'boolean' } } });
  if (!values.lgl && !values.geovirus) {
    console.error('usage: geo --lgl FILE | --geovirus FILE [--ner]   (e.g. ../shared/data/geo/lgl/lgl.xml)');
    return 2;
  }
  const started = performance.now();
  const places = loadPlaces();
  console.log(`gazetteer: ${places.gazetteer.size} places loaded in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  const extractor = values.ner ? loadExtractor() : null;
  if (values.lgl) report('LGL', parseLgl(readFileSync(values.lgl, 'utf8')), places, extractor);
  if (values.geovirus) report('GeoVirus', parseGeoVirus(readFileSync(values.geovirus, 'utf8')), places, extractor);
  return 0;
}
