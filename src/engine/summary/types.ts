// What each question's file provides: the points it draws from the facts.
import type { Facts } from '../facts/types.ts';
import type { ClassifiedSentence, SummaryPoint } from '../types.ts';

export type PointsFor = (facts: Facts, sentences: readonly ClassifiedSentence[]) => SummaryPoint[];
