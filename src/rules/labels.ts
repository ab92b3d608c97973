// The OPP-115 twelve-label scheme (Wilson et al., ACL 2016; the 12-label form used by
// Mousavi Nejad et al. 2020 and PrivacyGLUE). Names are spelled exactly as the corpus and
// the `classify` command's output spell them.
export const LABELS = [
  'First Party Collection/Use',
  'Third Party Sharing/Collection',
  'User Choice/Control',
  'User Access, Edit and Deletion',
  'Data Retention',
  'Data Security',
  'Policy Change',
  'Do Not Track',
  'International and Specific Audiences',
  'Introductory/Generic',
  'Practice not covered',
  'Privacy contact information',
] as const;

export type Label = (typeof LABELS)[number];

/** Short stable keys, used in rule ids, file names, CSS classes and colours. */
export const LABEL_KEYS = {
  'First Party Collection/Use': 'first-party',
  'Third Party Sharing/Collection': 'third-party',
  'User Choice/Control': 'choice',
  'User Access, Edit and Deletion': 'access',
  'Data Retention': 'retention',
  'Data Security': 'security',
  'Policy Change': 'change',
  'Do Not Track': 'dnt',
  'International and Specific Audiences': 'audiences',
  'Introductory/Generic': 'intro',
  'Practice not covered': 'other',
  'Privacy contact information': 'contact',
} as const satisfies Record<Label, string>;

export type LabelKey = (typeof LABEL_KEYS)[Label];
