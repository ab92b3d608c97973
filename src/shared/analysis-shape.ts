// Is a stored value an analysis of the current schema? Shared by the session store, the library
// and the packed form they both use.
import type { Analysis, Grade } from '../engine/types.ts';

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** A shape check, not a full schema walk: only this extension writes its storage, so what can
 *  go wrong is a record from an older build, which the engine's schemaVersion catches. */
export function isAnalysis(value: unknown): value is Analysis {
  const a = fields(value);
  const rating = fields(a?.['rating']);
  return (
    a?.['schemaVersion'] === 2 &&
    (a['language'] === 'en' || a['language'] === 'unsupported') &&
    isNumber(a['textLength']) &&
    Array.isArray(a['sentences']) &&
    Array.isArray(a['summary']) &&
    fields(a['claims']) !== undefined &&
    (rating?.['grade'] === null || GRADES.includes(rating?.['grade'] as Grade)) &&
    (rating?.['score'] === null || isNumber(rating?.['score'])) &&
    Array.isArray(rating?.['reasons'])
  );
}
