// The engine defines its own DetectionResult and PolicyLink (it may not import src/shared);
// they must stay structurally identical to the protocol's.
import { describe, expectTypeOf, it } from 'vitest';
import type { PolicyLink as EnginePolicyLink } from '../../../src/engine/detect/links.ts';
import type { DetectionResult as EngineDetectionResult } from '../../../src/engine/detect/types.ts';
import type { DetectionResult, PolicyLink } from '../../../src/shared/protocol.ts';

describe('engine and protocol types', () => {
  it('DetectionResult is the same shape', () => {
    expectTypeOf<EngineDetectionResult>().toEqualTypeOf<DetectionResult>();
  });
  it('PolicyLink is the same shape', () => {
    expectTypeOf<EnginePolicyLink>().toEqualTypeOf<PolicyLink>();
  });
});
