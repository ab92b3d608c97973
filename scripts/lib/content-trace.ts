// What one script costs a page, read from a Chromium trace recorded with the V8 CPU profiler on
// (category disabled-by-default-v8.cpu_profiler): the CPU samples whose stack passes through
// the script (its own code, the DOM and extension APIs it calls, the regexes it runs, lazy
// compiles of its functions), plus the compile of the script itself, which happens before its
// first frame exists. That is how DevTools' Performance panel attributes time to a script or an
// extension ("Bottom-up", grouped by URL). Counted on the renderer main thread that evaluated
// the script; GC is left out (V8 files it under "(garbage collector)").
//
// CPU time, not wall time: this machine's two cores are shared, and a descheduled renderer
// stretches wall-clock durations (one EvaluateScript took 14.8 ms of wall time and 3.6 ms of
// CPU). So samples count as the profile's median sampling interval each (a sampler tick that
// finds the thread descheduled is taken late, as one sample), and compiles by their thread time.
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ScriptCost {
  /** CPU time with the script on the stack, plus compiling it (ms). */
  totalMs: number;
  /** Compiling the script (v8.compile of its URL), thread time, ms. */
  compileMs: number;
  /** Samples with the script on the stack × the median sampling interval, ms. */
  sampledMs: number;
  /** The same samples counted by the wall time to the next sample (DevTools' way), ms. */
  sampledWallMs: number;
  /** The EvaluateScript event (compile and the top-level run, not the callbacks), thread time, ms. */
  evaluateMs: number;
  /** How many CPU samples fell in the script, and the median sampling interval (µs). */
  samples: number;
  intervalUs: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export function traceEvents(json: string): TraceEvent[] {
  const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const urlOf = (e: TraceEvent): string | undefined => {
  const data = e.args?.['data'] as { url?: string } | undefined;
  return data?.url ?? (e.args?.['fileName'] as string | undefined);
};

/** The cost of the script at `scriptUrl` in this trace; null when it did not run. */
export function scriptCost(events: readonly TraceEvent[], scriptUrl: string): ScriptCost | null {
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && urlOf(e) === scriptUrl);
  const first = evaluations[0];
  if (!first) return null;
  const { pid, tid } = first;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  const compileMs = events.filter((e) => onThread(e) && e.name === 'v8.compile' && urlOf(e) === scriptUrl).reduce((s, e) => s + cpu(e), 0) / 1000;
  const evaluateMs = evaluations.filter(onThread).reduce((s, e) => s + cpu(e), 0) / 1000;

  // The main thread's profile: the 'Profile' event names its id; chunks carry nodes and samples.
  const profileIds = new Set(events.filter((e) => onThread(e) && e.name === 'Profile' && e.id !== undefined).map((e) => e.id));
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profileIds.has(e.id)) continue;
    const data = e.args?.['data'] as ProfileChunkData | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    samples.push(...(data?.cpuProfile?.samples ?? []));
    deltas.push(...(data?.timeDeltas ?? []));
  }
  const inScript = new Map<number, boolean>();
  const passesThrough = (id: number): boolean => {
    const known = inScript.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = node !== undefined && (node.callFrame.url === scriptUrl || (node.parent !== undefined && passesThrough(node.parent)));
    inScript.set(id, result);
    return result;
  };
  let wallUs = 0;
  let count = 0;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i];
    if (id === undefined || !passesThrough(id)) continue;
    wallUs += deltas[i + 1] ?? 0;
    count++;
  }
  const sorted = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  const intervalUs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const sampledMs = (count * intervalUs) / 1000;
  return { totalMs: compileMs + sampledMs, compileMs, sampledMs, sampledWallMs: wallUs / 1000, evaluateMs, samples: count, intervalUs };
}
