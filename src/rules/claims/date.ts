// The date a policy gives for itself: "Last updated: May 25, 2018", "Effective date 1 January
// 2024", "Updated 2023-01-04", "This Privacy Policy applies from April 4, 2026", "Mise à jour :
// 20/08/2026", "Last revised APRIL-2024", "Last update: 04 - 2021", and a closing line "Acme,
// February 2024, version 1.2".
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?[,，]?\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}[,，]?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|${MONTH}[,，]?\s+\d{4}|${MONTH}\s?[-–/]\s?\d{4}|(?:0?[1-9]|1[0-2])\s?[-–/]\s?(?:19|20)\d{2}(?!\d))`;

/** Words that say the date is the last revision (preferred over an effective date beside it). */
const UPDATED = String.raw`(?:we\s+)?last\s+(?:updated|revised|modified|amended|changed)\s+(?:this|our|the)\s+(?:privacy\s+)?(?:policy|notice|statement)(?:\s+(?:on|in))?|last\s+(?:updated|revised|modified|amended|changed)|(?:last|latest)\s+(?:update|revision|modification)(?:\s+date)?|updated|revised|revision\s+date|date\s+of\s+(?:(?:the\s+)?last\s+)?(?:update|revision|modification)|(?:this\s+)?(?:policy|notice|statement)\s+(?:was\s+)?(?:last\s+)?(?:updated|revised)(?:\s+on)?|(?:derni[eè]re\s+)?mise\s+[àa]\s+jour|zuletzt\s+(?:aktualisiert|ge[äa]ndert)|letzte\s+(?:aktualisierung|[äa]nderung)|[úu]ltima\s+actualizaci[óo]n|laatst\s+bijgewerkt|ultimo\s+aggiornamento`;
/** Words that say the date is when the policy takes effect. */
const EFFECTIVE = String.raw`effective\s+(?:starting|beginning)(?:\s+on)?|effective(?:\s+date)?|effective\s+(?:as\s+)?(?:of|from|on)|version\s+(?:date|of)|published|valid\s+(?:from|as of)|in\s+(?:effect|force)\s+(?:as\s+of|from|since)|(?:policy|notice|statement)\s+(?:applies|is\s+effective|takes\s+effect|came\s+into\s+(?:effect|force)|comes\s+into\s+(?:effect|force))(?:\s+(?:from|as\s+of|since|on))?|stand`;

export const POLICY_DATE = new RegExp(String.raw`(?<!\w)(?<label>${UPDATED}|${EFFECTIVE})\b[:\s\-–—_*]*(?:(?:on|as\s+of|from)\s*:?[\s_*]*)?(?<date>${DATE})`, 'i');

/** POLICY_DATE's label is a revision, not an effective date. */
export const UPDATED_LABEL = new RegExp(String.raw`^(?:${UPDATED})$`, 'i');

/** A whole line that is only a date ("May 25, 2018"), near the top or bottom of a policy. */
export const DATE_LINE = new RegExp(String.raw`^\s*(?<date>${DATE})\s*$`, 'i');

/** A short closing line naming a version beside its date ("Acme, February 2024, version 1.2"). */
export const VERSION_LINE = new RegExp(String.raw`^[^.;]{0,60}?(?<date>${DATE})[,;\s]+(?:version|v\.?)[:\s]*\d+(?:\.\d+)*\s*\.?\s*$|^[^.;]{0,40}?\b(?:version|v\.?)[:\s]*\d+(?:\.\d+)*[,;:\s\-–—(]+(?<date2>${DATE})\)?\s*\.?\s*$`, 'i');

/** A title that carries its date ("Privacy Policy – March 2024", "Privacy Notice (1 May 2024)"). */
export const TITLE_DATE = new RegExp(String.raw`^\s*[^.;]{0,40}?\bprivacy\s+(?:policy|notice|statement)\s*[(,:\-–—]\s*(?<date>${DATE})\s*\)?\s*$`, 'i');

export const MONTHS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Just after a date: it opens a range that has ended ("effective from June 24, 2021, until
 *  October 6, 2025"), a past version in a list of earlier ones, not this policy's date. */
export const RANGE_UNTIL = new RegExp(String.raw`^\s*,?\s*(?:until|till|through|to)\s+(?:${DATE})`, 'i');
