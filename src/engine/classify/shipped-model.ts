// The committed, generated model (npm run train) as a typed value.
import type { Model } from './model.ts';
import model from '../../rules/model.generated.json' with { type: 'json' };

export const SHIPPED_MODEL = model as unknown as Model;
