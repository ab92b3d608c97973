// Ways to reach the provider or act on a choice: addresses, numbers, links and named places.
// Used by the contact, choices, rights, children and regions extractors. Postal addresses span
// several lines ("Phone.com / 184 South Livingston Avenue / Suite 9-222 / Livingston, NJ 07039"),
// so the extractor assembles them from the lines above a city-state-ZIP line (ZIP_LINE).
import type { ChannelKind } from './kinds.ts';
import type { FactRule } from './types.ts';

export interface ChannelRule extends FactRule {
  kind: ChannelKind;
  /** The value shown for a match; the matched text itself when absent. */
  value?: string;
}

export const CHANNEL_RULES: readonly ChannelRule[] = [
  {
    id: 'channel.email',
    kind: 'email',
    // Also an address written out against spam ("errata (at) example.org") and one a web page
    // The local part starts only where a run of address characters starts: with '\b' a
    // run like 'a.a.a.a…' was re-scanned from every dot, quadratic on hostile pages.
    // hid behind its email-protection script, which copies of the page show as "[email protected]".
    anchors: ['@', '(at)', '[at]', 'email protected', 'email&#160;protected'],
    pattern: /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}\b|(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+ ?[([]at[)\]] ?[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}\b|\[email(?: |&#160;)protected\]/i,
    gloss: 'An email address',
    examples: {
      match: ['Send email to Privacy Administrator at legal@phone.com.', 'Requests should be sent by email to errata (at) example.org', 'Email us at [email protected].'],
      noMatch: ['Contact @phone on social media.', 'Look at (at) the table.'],
    },
  },
  {
    id: 'channel.phone',
    kind: 'phone',
    anchors: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    // North American numbers as policies print them: 1-888-301-1721, (800) 555-0100, 800.555.0100.
    // And toll-free numbers spelt in letters: 1-800-XFINITY, (888) 858-BLOX.
    pattern: /(?<![\w-])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])|(?<![\w-])(?:\+?1[-. ]?)?(?:\(8\d\d\) ?|8\d\d[-. ])(?:\d{3} ?[-. ] ?[A-Z]{4}|[A-Z]{4,8})(?![\w-])/,
    gloss: 'A phone number',
    examples: { match: ['Phone: 1-888-301-1721', 'call us at (800) 555-0100', 'or by phone at 1-800-XFINITY'], noMatch: ['archived on 2019-05-27', 'Suite 9-222', 'since 2019-NOW'] },
  },
  {
    id: 'channel.url',
    kind: 'url',
    anchors: ['http', 'www.', '/', 'privacy.', 'support.', 'help.', 'account.', 'accounts.', 'legal.', 'optout.', 'preferences.', 'choices.', 'dsar.', 'rights.', 'request.', 'requests.'],
    // Written without a scheme, a domain is an address only with a path ("apple.com/legal/privacy")
    // or a service's subdomain ("privacy.example.com"): "Phone.com" alone is the company's name.
    // The link behind a hidden email address ("/cdn-cgi/l/email-protection") is the email's.
    pattern: /(?<![\w./-])(?!(?:https?:\/\/)?[^\s<>"')\]]*\/cdn-cgi\/l\/email-protection)(?:https?:\/\/[^\s<>"')\]]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"')\]]*)?|(?<![@\w./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/[\w-][^\s<>"')\]]*|(?<![@\w./-])(?:privacy|support|help|account|accounts|myaccount|legal|optout|preferences|choices|dsar|rights|requests?)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b(?!@))/i,
    gloss: 'A web address',
    examples: {
      match: ['unsubscribing at https://www.fusionconnect.com/subscription-center/.', 'web site: www.conferencingtree.com', 'make a request at example.com/legal/privacy/contact.', 'visit privacy.example.com to use your rights'],
      noMatch: ['phone.com', 'and/or', 'email us at privacy.team@example.com', 'https://www.example.com/cdn-cgi/l/email-protection', 'www.example.com/cdn-cgi/l/email-protection'],
    },
  },
  {
    id: 'channel.web-form',
    kind: 'web-form',
    pattern: /\bcontact (?:us )?(?:web ?page|page|form)\b|\b(?:web|online|request|contact|privacy|support|inquiry|enquiry|rights request|data (?:subject|access) request) ?form\b|\bwebform\b|\bclick here\b|\b(?:privacy|support|help|request|rights) (?:request |rights )?portal\b|\bhelp (?:cent(?:er|re)s?|page|site)\b|\bsupport (?:cent(?:er|re)|page|site|team)\b|\bprivacy (?:rights )?(?:cent(?:er|re)|hub)\b|\b(?:inquir(?:y|ies)|enquir(?:y|ies)|requests) page\b|\b(?:Your Privacy Choices|Do Not Sell or Share My (?:Personal )?Information|Do Not Sell My (?:Personal )?Info(?:rmation)?)\b/i,
    gloss: 'A web form or link to use',
    examples: {
      match: ['please contact us by using our Contact Us web page', 'Authenticate and exercise your data privacy rights, click here.', 'please contact us through our contact page', 'visit our Privacy Rights Center and select the form'],
      noMatch: ['contact us by email'],
    },
  },
  {
    id: 'channel.account',
    kind: 'account',
    // "from your account" is where data comes from, not a place to act.
    pattern: /\bcustomer portal\b|\b(?:account|privacy|app|ad|ads|advertising|profile|notification|email|communication|cookie|data) (?:settings|preferences|controls)\b|\b(?:preference|subscription) cent(?:er|re)\b|\bonline account\b|\b(?:privacy|privacy rights|rights) dashboard\b|\b(?:your|the|account|google|microsoft) dashboard\b|\bin(?:-| )app (?:settings|tools?|controls?)\b|\bDownload Your (?:Information|Data)\b|\bself-service (?:tools?|portal)\b|\b(?:account|profile) management (?:portal|page|tools?)\b|\blog(?:ging)? ?(?:in|on)(?:to| to) (?:your |the )?account\b|\b(?:through|via|in|using) (?:your |the )?(?:account|settings|app settings)\b/i,
    gloss: 'A setting in your account',
    examples: {
      match: ['You can withdraw your consent at any time in your customer portal.', 'Requests can be made by logging into your account and going to your Privacy Rights Dashboard.'],
      noMatch: ['your account number', 'Some information from your account may remain visible.'],
    },
  },
  {
    id: 'channel.browser',
    kind: 'browser',
    value: 'browser settings',
    pattern: /\bbrowser(?:'s)? (?:settings|preferences|options)\b|\b(?:adjust|set(?:ting)?|configure|change) your (?:web )?browser\b|\bHelp"? (?:section|option|menu)\b[^.]{0,20}\bbrowser\b|\bcookies enabled\b|\bturning cookies off\b/i,
    gloss: 'Your browser settings',
    examples: { match: ['You may adjust your browser to reject cookies.', 'select the "Help" option on your browser'], noMatch: ['recognize the user’s web browser'] },
  },
  {
    id: 'channel.email-link',
    kind: 'email-link',
    value: 'the opt-out link in the emails',
    pattern: /\bunsubscribe link\b|\b(?:opt-?out|unsubscribe) (?:mechanism|link|instructions) (?:directly )?in\b|\bdesignated method in the email\b|\bin the email notice\b/i,
    gloss: 'A link in the emails themselves',
    examples: { match: ['by installing an Opt-out mechanism directly in any such email messages'], noMatch: ['send email to legal@phone.com'] },
  },
  {
    id: 'channel.officer',
    kind: 'officer',
    // Capitalised titles only: "our privacy team" in prose is not a named contact.
    pattern: /\b(?:Chief )?Privacy (?:Compliance )?(?:Officer|Office|Administrator|Team|Department|Director|Manager)\b|\bData Protection Officer\b/,
    gloss: 'A named privacy officer or office',
    examples: { match: ['contact our Privacy Compliance Officer at privacy@countymicro.com', "by contacting Fusion's Privacy Officer"], noMatch: ['our privacy officer will help'] },
  },
];

/** The last line of a US postal address: "Livingston, NJ 07039". */
export const ZIP_LINE: FactRule = {
  id: 'channel.postal.zip-line',
  anchors: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  pattern: /\b[A-Z][A-Za-z.' -]*,?\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b/,
  gloss: 'The city, state and ZIP code of an address',
  examples: { match: ['Livingston, NJ 07039', 'Houlton, ME 04730'], noMatch: ['Suite 9-222', 'call 1-888-301-1721'] },
};

/** A whole address inside a sentence: "write to us at 1 Main St, Springfield, IL 62701." */
export const INLINE_POSTAL: FactRule = {
  id: 'channel.postal.inline',
  anchors: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  pattern: /\b(?:\d{1,6}\s+(?:[A-Z0-9][\w.'-]*\s+){1,5}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Parkway|Pkwy|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Plaza|Highway|Hwy)\.?|P\.?\s?O\.? Box \d+)(?:,?\s+(?:(?:Suite|Ste|Floor|Unit|#)\.?\s*[\w-]+|\d{1,3}(?:st|nd|rd|th) Floor))?,?\s+[A-Z][A-Za-z.' -]*,\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b/,
  gloss: 'A postal address written in one line',
  examples: { match: ['write to us at 135 Main St, Houlton, ME 04730.', 'Privacy Officer, 14 Main Street, 20th Floor, Springfield, IL 62701, phone: 217-555-0182'], noMatch: ['Suite 300'] },
};

/** The sentence points at what follows ("contact us at:", "using any of the following methods:"). */
export const POINTS_AHEAD: FactRule = {
  id: 'channel.points-ahead',
  pattern: /[:]\s*$|\b(?:following|below) (?:address|ways|methods|means|contact)\b|\bcontact us in (?:two|several|\w+) ways\b|\bor(?: by mail to)?:?\s*$/i,
  gloss: 'The ways to reach them follow in the next lines',
  examples: { match: ['Alternatively, you may contact Phone.com at:', 'send a request to the following address with a preference'], noMatch: ['Contact us at legal@phone.com.'] },
};

/** A sentence inviting contact: web addresses in it are ways to reach the provider. */
export const CONTACT_CUE: FactRule = {
  id: 'channel.contact-cue',
  // "please visit <url>" alone is not a way to reach them: "to read about the ad industry's
  // programme, visit www.example.org" points at another organisation.
  pattern: /\bcontact(?!\s+you\b)|\bwrite to\b|\be-?mail us\b|\bcall(?:ing)? us\b|\bquestions\b|\bcomplaints?\b|\bto report\b/i,
  gloss: 'The sentence tells you how to reach them',
  examples: {
    match: ['To report a security issue, please contact visit https://www.fusionconnect.com/privacy/'],
    noMatch: ['information that allows us to contact you, at www.example.com', 'To read about the analytics tool we use, visit https://analytics.example.org/privacy.'],
  },
};
