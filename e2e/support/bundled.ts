import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/model/dataset';

/** The bundled dataset as the tests expect to see it on screen. */
export const bundled = JSON.parse(readFileSync('public/data/dprk-diplomacy.json', 'utf8')) as Dataset;

export const chronological = [...bundled.events].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start));
