// The committed, generated model (npm run train): the trained weights and thresholds, typed.
import type { TrainedModel } from './model.ts';
import model from '../../rules/model.generated.json' with { type: 'json' };

export const TRAINED_MODEL = model as unknown as TrainedModel;
