#!/usr/bin/env node
// Part of `npm run build`: compiles the gazetteer (npm data packages + data/places.json)
// into dist/models/places-index.tsv, which loads several times faster than building the
// name index at start-up. Nothing is downloaded; without the file the loader builds in memory.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { COMPILED_INDEX, compilePlaces } from '../models/load-places.js';

const started = performance.now();
const compiled = compilePlaces();
writeFileSync(COMPILED_INDEX, compiled);
console.log(`places: ${COMPILED_INDEX} (${(compiled.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
