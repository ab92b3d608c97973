// What the in-page highlights colour, and how: one category per kind of practice a person reads
// a policy for, each with a colour and a legend word (the word is shown too, so colour is never
// the only cue). Data with stable ids, used by the content script's marks and the popup's legend.
//
// The colours are light enough that black text on them keeps ≥ 10:1 contrast, and any two differ
// by a CIE76 ΔE of at least 20 (a unit test checks both); the old 12-colour pastel set had pairs
// at 6.3 (Do Not Track / General) that nobody could tell apart. Generic text, introductions and
// practices outside the scheme are not coloured: they are not what a person looks for.
import type { Label } from '../engine/labels.ts';
import type { MessageKey } from './i18n.ts';

export interface HighlightCategory {
  id: 'collect' | 'share' | 'choices' | 'rights' | 'retention' | 'security' | 'changes' | 'audiences' | 'contact';
  color: string;
  /** The OPP-115 labels it stands for. */
  labels: readonly Label[];
  /** The legend word beside the colour, in the popup and in the page. */
  word: MessageKey;
  /** One line: what a sentence of this colour is about. */
  about: MessageKey;
}

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = [
  { id: 'collect', color: '#a8d4ff', labels: ['First Party Collection/Use'], word: 'hlCollectWord', about: 'hlCollectAbout' },
  { id: 'share', color: '#ffc285', labels: ['Third Party Sharing/Collection'], word: 'hlShareWord', about: 'hlShareAbout' },
  { id: 'choices', color: '#9ee6a8', labels: ['User Choice/Control', 'Do Not Track'], word: 'hlChoicesWord', about: 'hlChoicesAbout' },
  { id: 'rights', color: '#d9bfff', labels: ['User Access, Edit and Deletion'], word: 'hlRightsWord', about: 'hlRightsAbout' },
  { id: 'retention', color: '#fff27a', labels: ['Data Retention'], word: 'hlRetentionWord', about: 'hlRetentionAbout' },
  { id: 'security', color: '#8ee8e8', labels: ['Data Security'], word: 'hlSecurityWord', about: 'hlSecurityAbout' },
  { id: 'changes', color: '#ffb8d2', labels: ['Policy Change'], word: 'hlChangesWord', about: 'hlChangesAbout' },
  { id: 'audiences', color: '#e0e0e0', labels: ['International and Specific Audiences'], word: 'hlAudiencesWord', about: 'hlAudiencesAbout' },
  { id: 'contact', color: '#c9b79c', labels: ['Privacy contact information'], word: 'hlContactWord', about: 'hlContactAbout' },
];

const BY_LABEL = new Map<Label, HighlightCategory>(HIGHLIGHT_CATEGORIES.flatMap((c) => c.labels.map((l) => [l, c] as const)));

/** The category a label is coloured as; undefined for labels that are not coloured. */
export function categoryOf(label: Label): HighlightCategory | undefined {
  return BY_LABEL.get(label);
}
