// Types for code evaluated inside the page, where the bundle exposes `PolicyLensDetect`.
import type * as ContentDetect from '../../../../src/content/detect/index.ts';

export type DetectGlobal = { PolicyLensDetect: typeof ContentDetect };
