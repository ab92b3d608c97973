// The date a policy gives for itself: "Last updated: May 25, 2018", "Effective date 1 January
// 2024", "Updated 2023-01-04", "Version 1.2 – February 2024".
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|${MONTH},?\s+\d{4})`;

export const POLICY_DATE = new RegExp(String.raw`\b(?:last\s+(?:updated|revised|modified|amended|changed)|updated|revised|effective(?:\s+date)?|effective\s+(?:as\s+)?(?:of|from|on)|date\s+of\s+(?:last\s+)?(?:update|revision)|version\s+(?:date|of)|published|valid\s+(?:from|as of)|in\s+effect\s+(?:as\s+of|from)|(?:this\s+)?(?:policy|notice|statement)\s+(?:was\s+)?(?:last\s+)?(?:updated|revised)(?:\s+on)?)\b[:\s\-–—]*(?:on\s+|as\s+of\s+|from\s+)?(?<date>${DATE})`, 'i');

/** A whole line that is only a date ("May 25, 2018"), near the top or bottom of a policy. */
export const DATE_LINE = new RegExp(String.raw`^\s*(?<date>${DATE})\s*$`, 'i');

export const MONTHS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
