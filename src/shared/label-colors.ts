// One colour per label, used by the popup's legend and the inline highlights alike. Chosen to be
// distinguishable for the common colour-vision deficiencies (Okabe–Ito based) and light enough
// as a highlight background that black text stays readable (contrast ≥ 7:1).
import { LABEL_KEYS, type Label, type LabelKey } from '../engine/labels.ts';

export const LABEL_COLORS: Readonly<Record<LabelKey, string>> = {
  'first-party': '#cfe8ff',
  'third-party': '#ffd9b3',
  choice: '#c8f0d8',
  access: '#e4d4f4',
  retention: '#fff2a8',
  security: '#b8ecec',
  change: '#f9d0e0',
  dnt: '#dcdcdc',
  audiences: '#d8e8b0',
  intro: '#eeeeee',
  other: '#e8e0d0',
  contact: '#ffe0cc',
};

/** Short names for the legend. */
export const LABEL_SHORT_NAMES: Readonly<Record<LabelKey, string>> = {
  'first-party': 'What they collect and use',
  'third-party': 'Sharing with others',
  choice: 'Your choices',
  access: 'See, fix, delete your data',
  retention: 'How long it is kept',
  security: 'Security',
  change: 'Policy changes',
  dnt: 'Do Not Track',
  audiences: 'Children and regions',
  intro: 'General',
  other: 'Other practices',
  contact: 'Contact',
};

export function colorOf(label: Label): string {
  return LABEL_COLORS[LABEL_KEYS[label]];
}
