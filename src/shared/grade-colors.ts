// One colour per grade, green to red, for the toolbar badge and the popup alike, so the letter
// a person sees on the badge looks like the one in the popup. Each keeps white text at ≥ 4.5:1
// contrast (A and E are GitHub's success and danger colours).
import type { Grade } from '../engine/types.ts';

export const GRADE_COLORS: Readonly<Record<Grade, string>> = {
  A: '#1a7f37',
  B: '#4d7c0f',
  C: '#9a6700',
  D: '#bc4c00',
  E: '#cf222e',
};
