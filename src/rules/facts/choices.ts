// Choices a person can make: opt out of marketing, control cookies, restrict CPNI, keep a
// number out of directories. Each rule is specific enough to stand on its own; how to make the
// choice is read from the same sentence or the lines it points to (channels.ts).
import type { ChoiceKind } from './kinds.ts';
import type { KindRule } from './types.ts';

const MARKETING = String.raw`(?:marketing|promotional|advertis\w*|newsletters?|commercial e-?mail)`;

export const CHOICE_RULES: readonly KindRule<ChoiceKind>[] = [
  {
    id: 'choice.marketing-opt-out',
    kind: 'marketing-opt-out',
    name: 'Opt out of marketing',
    pattern: new RegExp(String.raw`\bopt(?:[- ])?out\b[^.;]{0,100}?\b${MARKETING}|\b${MARKETING}[^.;]{0,80}?\bopt(?:[- ])?out\b|\bwithdraw (?:your )?consent\b[^.;]{0,60}?\b(?:communications|marketing|e-?mails?)\b|\bdo not (?:want|wish) to receive\b[^.;]{0,40}?\b(?:${MARKETING}|e-?mails?|(?:e-?mail|postal|direct) mail|mailings|offers|messages) (?:or [\w-]+ (?:mail|messages) )?from us\b|\bdo not (?:want|wish) to receive\b[^.;]{0,40}?\b${MARKETING}`, 'i'),
    gloss: 'You can opt out of marketing',
    examples: {
      match: [
        'You may opt-out of our marketing and communications emails by unsubscribing.',
        'You can withdraw your consent to receiving these types of communications at any time in your customer portal.',
        'You will also need to tell us if you do not wish to receive marketing or promotional materials from the Site.',
        'Members who do not wish to receive mailings from us can untick the box.',
      ],
      noMatch: ['You may not opt out of the use of your Personal Data for Business Purposes.', 'We use cookies to make advertising more engaging.', 'If you do not want to receive cookies, change your browser settings.'],
    },
  },
  {
    id: 'choice.unsubscribe',
    kind: 'unsubscribe',
    name: 'Unsubscribe from emails',
    pattern: /\bunsubscrib\w*|\bopt-?out (?:mechanism|link) (?:directly )?in\b/i,
    gloss: 'You can unsubscribe from emails',
    examples: { match: ['by unsubscribing at https://example.com/', 'by installing an Opt-out mechanism directly in any such email messages'], noMatch: ['emails to which you have subscribed'] },
  },
  {
    id: 'choice.sharing-opt-out',
    kind: 'sharing-opt-out',
    name: 'Opt out of sharing for marketing',
    pattern: /\bopt(?:[- ])?out of (?:the )?(?:sharing|disclosure)\b|\blimit the sharing\b|\bopt-?out or opt-?in\b[^.;]{0,80}?\bthird parties\b/i,
    gloss: 'You can stop some sharing of your data',
    examples: { match: ['You may opt-out of the sharing of your Personal Data for Marketing Purposes.', 'Customers may limit the sharing of certain types of Personal Data'], noMatch: ['We limit access to your data.'] },
  },
  {
    id: 'choice.cookies',
    kind: 'cookies',
    name: 'Block or delete cookies and trackers',
    // "delete them" alone is a cookie's lifetime, not a choice; the verbs need cookies (or a
    // browser setting naming them) within reach.
    pattern: /\b(?:reject|refuse|block|disable|delete|decline|turn(?:ing)? (?:off|on)|opt-?out of|changing|manage|prevent|clear|remove|not accept|erase)\b[^.;]{0,40}?\b(?:cookies?|cookie preferences|flash cookies|web beacons?|local (?:device )?storage)\b|\bwithout cookies enabled\b|\bcookie (?:settings|preferences)\b|\bprevent the use of (?:some )?(?:image tags|web beacons|pixels)\b|\bcontrol (?:of|over) (?:most |your |the )?cookies\b|\bcookies?\b[^.;]{0,80}?\b(?:browser|device)(?:'s)? (?:settings|preferences|options)\b|\b(?:browser|device)(?:'s)? (?:settings|preferences|options)\b[^.;]{0,60}?\bcookies?\b/i,
    gloss: 'You can control cookies or trackers',
    examples: {
      match: [
        'You may adjust your browser to reject cookies from us.',
        'You are welcome to browse our site without cookies enabled.',
        'You may opt-out of cookies tracking at any time.',
        'Your web browser settings let you prevent cookies from being stored.',
        'You can clear the cookies we set at any time.',
        'If you reject the cookie, you may still use our site.',
      ],
      noMatch: ['We use cookies to remember your preferences.', 'they remain on your computer until you delete them'],
    },
  },
  {
    id: 'choice.cpni',
    kind: 'cpni',
    name: 'Restrict use of your call records (CPNI)',
    // A CPNI sentence that hands the person a say: approval, restriction, preference, authorisation.
    pattern: /\b(?:CPNI|customer proprietary network information)\b[^.]{0,160}?\b(?:approv\w*|restrict\w*|limit\w*|preference|authori[sz]ation|authori[sz]ed by you|opt-?out)\b|\b(?:approv\w*|restrict\w*|limit|do not wish|opt-?out)\b[^.]{0,320}?\b(?:CPNI|Customer Proprietary Network Information)\b/i,
    gloss: 'You can approve or restrict how your CPNI is used',
    examples: {
      match: ['If you do not wish for us to access your CPNI for our internal marketing purposes, you can contact us at any time to change your preference.'],
      noMatch: ['CPNI includes the types of services you currently purchase.'],
    },
  },
  {
    id: 'choice.do-not-call',
    kind: 'do-not-call',
    name: 'Join the do-not-call list',
    pattern: /\bdo[- ]not[- ]call\b|\bDNC list\b/i,
    gloss: 'You can ask not to be called for marketing',
    examples: { match: ['Ask to be placed on our Do Not Call list.'], noMatch: ['Do not share your PIN.'] },
  },
  {
    id: 'choice.ad-choices',
    kind: 'ad-choices',
    name: 'Opt out of targeted ads',
    pattern: /\bAdChoices\b|\baboutads\.info\b|\bDigital Advertising Alliance\b|\bNetwork Advertising Initiative\b|\bopt(?:[- ])?out of (?:interest-based|targeted|personali[sz]ed|behavio(?:u)?ral) (?:advertising|ads)\b/i,
    gloss: 'You can opt out of targeted advertising',
    examples: { match: ['Visit aboutads.info to opt out of interest-based ads from participating companies.'], noMatch: ['We show advertising.'] },
  },
  {
    id: 'choice.directory-listing',
    kind: 'directory-listing',
    name: 'Keep your number out of phone directories',
    pattern: /\b(?:non-?published|unlisted|non-?listed)\b[^.;]{0,80}?\b(?:listings?|numbers?|directories)\b|\b(?:listings?|numbers?)\b[^.;]{0,60}?\b(?:non-?published|unlisted)\b/i,
    gloss: 'You can keep your listing out of directories',
    examples: { match: ['Our VoIP customers can designate their telephone listings as non-published for print or electronic directories.'], noMatch: ['We do not publish these directories.'] },
  },
  {
    // Apps' location: "switch off GPS on your phone", "change your phone's settings so the
    // app no longer sees your location".
    id: 'choice.device-location',
    kind: 'location',
    name: 'Turn off location sharing in your device settings',
    pattern: /\b(?:disable|turn(?:ing)? off|switch(?:ing)? off|adjust|change|stop|withdraw|revoke|control)\b[^.;]{0,60}?\b(?:location services|location (?:information|data|sharing|settings|permissions?|feature)|GPS|geo-?location|your (?:device's |current )?location)\b|\blocation\b[^.;]{0,60}?\b(?:device|phone|browser)(?:'s)? (?:settings|permissions)\b/i,
    gloss: 'You can stop the app or site from using your location',
    examples: {
      match: ['You can switch off GPS for our app on your phone.', 'Change your phone settings to control whether the app gets location data.', 'Withdraw the app permission to stop sharing your geolocation.'],
      noMatch: ['We collect your location when you call 911.', 'Change your delivery address in your account.'],
    },
  },
];
