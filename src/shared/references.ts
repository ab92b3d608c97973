// The built-in reference policies: dated snapshots of well-known services' policies, analysed by
// PolicyLens and shipped as that analysis with only the sentences it cites (the file is written
// by `npm run build:references`; its format is here). Checked when read: a reference that does
// not fit is a build error, not a silent gap in the library.
import { readClaims } from '../engine/questions/index.ts';
import type { Analysis, Claims } from '../engine/types.ts';
import type { Snapshot } from './protocol.ts';
import { isAnalysis } from './storage.ts';

export const REFERENCES_SCHEMA_VERSION = 1;

export interface ReferenceRecord {
  id: string;
  name: string;
  /** Where the service publishes the policy ('' when the archive does not say). */
  url: string;
  /** The archive's id for the document, e.g. 'ota-contrib:Signal/Privacy Policy'. */
  otaId: string;
  /** The archive repository and commit it was read from. */
  archive: string;
  /** YYYY-MM-DD of the archived version. */
  snapshotDate: string;
  analysis: Analysis;
}

export interface ReferencesFile {
  $comment: string;
  schemaVersion: typeof REFERENCES_SCHEMA_VERSION;
  source: { name: string; url: string; licence: string; attribution: string };
  /** The engine versions that wrote the analyses. */
  engine: { analysisSchema: number; gradingScheme: number };
  references: ReferenceRecord[];
}

/** A built-in reference as the library holds it. */
export interface BuiltInReference {
  id: string;
  name: string;
  url: string;
  /** The date the policy states for itself, when it states one (YYYY-MM-DD). */
  date?: string;
  snapshot: Snapshot;
  analysis: Analysis;
}

/** Answers an engine newer than the file added are filled in as "not stated", so a reference made
 *  before a question gained an item still compares (until `npm run build:references` reads it). */
export function completeClaims(claims: Claims): Claims {
  const empty = readClaims([]) as unknown as Record<string, Record<string, unknown>>;
  const given = claims as unknown as Record<string, Record<string, unknown> | undefined>;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [question, answers] of Object.entries(empty)) out[question] = { ...answers, ...given[question] };
  return out as unknown as Claims;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function referencesFrom(file: unknown): BuiltInReference[] {
  const f = file as Partial<ReferencesFile> | null;
  if (f?.schemaVersion !== REFERENCES_SCHEMA_VERSION || !Array.isArray(f.references) || !f.source) {
    throw new Error(`built-in references: not a references file of schema ${REFERENCES_SCHEMA_VERSION}`);
  }
  const { source } = f;
  return f.references.map((r) => {
    if (typeof r.id !== 'string' || typeof r.name !== 'string' || !DATE.test(r.snapshotDate) || !isAnalysis(r.analysis)) {
      throw new Error(`built-in reference ${String(r.id)}: malformed; run npm run build:references`);
    }
    const analysis = { ...r.analysis, claims: completeClaims(r.analysis.claims) };
    const snapshot: Snapshot = { date: r.snapshotDate, source: source.name, licence: source.licence, attribution: source.attribution };
    const iso = analysis.policyDate?.iso;
    return { id: r.id, name: r.name, url: r.url, snapshot, analysis, ...(iso ? { date: iso } : {}) };
  });
}
