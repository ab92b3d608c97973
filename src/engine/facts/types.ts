// The concrete facts a person wants from a policy. Each fact cites its evidence as indexes
// into Analysis.sentences. (Filled in by the facts extractors; see src/engine/facts/*.)
export interface Facts {
  [family: string]: unknown;
}
