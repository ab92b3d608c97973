// Which engine wrote a stored analysis: the fingerprint of this build's engine, rules and model
// (scripts/lib/engine-fingerprint.ts, defined at build time by vite.config.ts). A stored analysis
// with another fingerprint is read again from its text; see src/shared/library.ts.
declare const __POLICYLENS_ENGINE__: string | undefined;

/** 'unbuilt' when run from source without Vite (tsx scripts): nothing stored there outlives the run. */
export const ENGINE_FINGERPRINT: string = typeof __POLICYLENS_ENGINE__ === 'string' ? __POLICYLENS_ENGINE__ : 'unbuilt';
