// Choices as modern policies word them, beside ../facts/choices.ts: ad settings and industry
// opt-outs, cookie banners and preference tools, and the state-law "Do Not Sell or Share"
// opt-out. Read by src/engine/questions/choices.ts.
import type { ChoiceItem } from './items.ts';
import type { KindRule } from '../facts/types.ts';

/** Old choice kinds → the choices answers. */
export const KIND_TO_ITEM: Readonly<Record<string, ChoiceItem>> = {
  'marketing-opt-out': 'marketing-opt-out',
  unsubscribe: 'marketing-opt-out',
  'sharing-opt-out': 'sale-opt-out',
  cookies: 'cookie-controls',
  cpni: 'cpni',
  'do-not-call': 'do-not-call',
  'ad-choices': 'ads-opt-out',
  'directory-listing': 'directory-listing',
  location: 'location-controls',
};

export const EXTRA_CHOICE_RULES: readonly KindRule<ChoiceItem>[] = [
  {
    id: 'choice.ads-settings',
    kind: 'ads-opt-out',
    name: 'Turn off personalised ads',
    // A bare "Ad preferences" (a link's name) says nothing of what it lets you do: the module
    // wants a verb of choosing in the sentence (CHOICE_VERB).
    pattern: /\b(?:opt(?:[- ])?out|turn off|switch off|disable|limit|control|manage|adjust|choose whether)\b[^.;]{0,80}?\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|behavio(?:u)?ral|relevant|cross-context) (?:ads|advert\w*)\b|\bad(?:s|vertising)? (?:settings|preferences|personali[sz]ation settings)\b|\byouronlinechoices\b|\bnetworkadvertising\.org\b|\boptout\.aboutads\b|\bLimit Ad Tracking\b|\breset (?:your )?(?:advertising|ad) (?:id|identifier)\b|\bopt(?:[- ])?out\b[^.;]{0,100}?\b(?:ad targeting|ad-related purposes)\b|\bchoices? (?:about|regarding|over)\b[^.;]{0,80}?\b(?:more relevant|targeted|personali[sz]ed|interest-based) ads\b|\b(?:opt(?:[- ])?out of|refuse|reject|decline|disable|turn off)\b[^.;]{0,20}?\b(?:advertising(?: cookies)?|(?:DART|ad|ads|targeting|marketing) cookies)\b|\bobject\b[^.;]{0,80}?\b(?:direct |personali[sz]ed |targeted )?advertising\b|\b(?:do not|don't|don’t) want to (?:see|receive|get)\b[^.;]{0,30}?\b(?:targeted|personali[sz]ed|interest-based|tailored) (?:ads|advertising)\b/i,
    gloss: 'You can turn off personalised ads',
    examples: {
      match: [
        'You can turn off personalised ads in your ad settings.', 'Visit youronlinechoices.eu to opt out.', 'You can opt out of advertising through the Cookie Settings.',
        'You can opt out from our use of cookies that track you on other sites for ad targeting.', 'Visitors may decline the use of DART cookies on the ad network\'s page.',
      ],
      noMatch: ['We show ads.', 'Ad preferences'],
    },
  },
  {
    id: 'choice.ad-cookies-refused',
    kind: 'ads-opt-out',
    name: 'Turn off personalised ads',
    // Refusing the cookies behind the ads, said with what it does to them ("if you do not allow
    // these cookies, you will see less targeted advertising"), or the ads' settings named by a
    // pronoun ("we show relevant ads – you can control this in your settings"); Do Not Track
    // that stops the ads' tailoring; a cookie opt-out on the "Do Not Sell or Share" page.
    pattern: /\b(?:do not|don't|not to) (?:allow|accept|consent to)\b[^.;]{0,60}?\bcookies\b[^.;]{0,80}?\b(?:less|fewer|no longer|not) (?:\w+ )?(?:targeted|relevant|personali[sz]ed|tailored)\b|\bcookies (?:for|used for) (?:advertising|ad|marketing|targeting) purposes\b[^.;]{0,120}?\b(?:change your (?:choice|mind|preferences)|withdraw\w*|opt(?:[- ])?out|refuse|reject)\b|\b(?:ads|advertising)\b[^.;]{0,60}?\byou can (?:control|manage|change|turn off|opt out of|disable) (?:this|that|it|them)\b|\b(?:Do[- ]Not[- ]Track|DNT)\b[^.;]{0,120}?\b(?:stop|cease|no longer)\w*\b[^.;]{0,120}?\b(?:tailor|target|personali[sz]e|customi[sz]e)\w* (?:ads|advertisements|advertising)\b|\bopt(?:[- ])?out of (?:the use of )?(?:cookies|trackers)\b[^.;]{0,100}?\bDo Not (?:Sell|Share)\b/i,
    gloss: 'You can refuse the cookies or settings behind personalised ads',
    examples: {
      match: [
        'If you do not allow these cookies, you will experience less targeted advertising.',
        'If you consented to the use of cookies for advertising purposes but later change your choice, the collection stops.',
        'Yes, we process your data to show relevant ads, and you can control this in your settings.',
        'When you turn on Do Not Track in your browser, we stop collecting the information that lets us tailor advertisements to you.',
        'You can opt out of the use of cookies and other trackers on our website by visiting our "Do Not Sell or Share My Personal Information" page.',
      ],
      noMatch: ['If you do not allow these cookies, some pages may not work.', 'We show relevant ads to our users.'],
    },
  },
  {
    id: 'choice.ad-industry-tool',
    kind: 'ads-opt-out',
    name: 'Turn off personalised ads',
    // Named as written (case matters: "learn more about ads" is not the industry's page).
    pattern: /\bAbout ?Ads\b|\bYourAdChoices\b|\bWebChoices\b/,
    gloss: "You can opt out through the ad industry's tool",
    examples: { match: ['To learn how to opt out of this kind of tracking technology, visit About Ads.'], noMatch: ['Learn more about ads on our site.'] },
  },
  {
    id: 'choice.cookie-tool',
    kind: 'cookie-controls',
    name: 'Control cookies',
    pattern: /\bcookie (?:settings|preferences|banner|consent (?:tool|manager|banner)|management tool|manager|choices)\b|\b(?:manage|change|update|withdraw)\w* (?:your )?(?:cookie|consent) (?:preferences|settings|choices)\b|\b(?:accept|reject|refuse|decline)\w* (?:all |non-essential |optional )?cookies\b|\b(?:choose|select|decide|preferences (?:regarding|about|on)) which (?:types of |kinds of )?cookies\b|\bcookies\b[^.;]{0,60}?\b(?:are|is) optional\b|\b(?:you|users?|visitors?)\b[^.;]{0,30}?\bcontrol\w*\b[^.;]{0,30}?\bcookies\b|\bdisable (?:certain |some |all )?tracking\b|\bhow (?:to|you can|you may) (?:control|manage|disable|block|delete|opt out of|refuse|reject)\b[^.;]{0,40}?\bcookies\b|\b(?:browser-based |browser )?cookie controls\b|\bcookie consent preferences\b|\byour opt[- ]?out (?:controls|choices|options)\b[^.;]{0,80}?\bcookie|\bgaoptout\b|\bGoogle Analytics Opt-?out\b/i,
    gloss: 'You can control cookies',
    examples: {
      match: [
        'You can change your cookie preferences at any time.', 'Click Reject all cookies in the banner.', 'We will ask you to choose which cookies we can use.', 'Users can control the use of cookies in their browser.',
        'Our Cookie Notice includes information on how to control or opt out of these cookies.', 'To opt out of Google Analytics, visit tools.google.com/dlpage/gaoptout.',
        'For more about these technologies and your opt-out controls, please visit our Cookie Policy.',
      ],
      noMatch: ['We use cookies.', 'This helps us control how cookies are set.'],
    },
  },
  {
    id: 'choice.sale-opt-out',
    kind: 'sale-opt-out',
    name: 'Opt out of the sale or sharing of your data',
    pattern: /\bopt(?:[- ])?out of (?:the )?(?:sale|selling|sharing)\b|\bopt(?:[- ])?out of\b[^.;]{0,40}?\b(?:sale|sold|selling|share|sharing)\b|\bright to opt[- ]out\b(?! of (?:(?:any|all|certain|some|the|our|its|forms?|types?|kinds?|of)\s+){0,3}(?:targeted|interest|personali[sz]ed|tailored|behaviou?ral|profiling|automated|direct marketing|marketing))|\b(?:limit|restrict) (?:the )?(?:sale|sharing)\b|\b(?:opt(?:[- ])?out|ask us not to|tell us not to|direct us not to)\b[^.;]{0,100}?\b(?:shar|disclos)\w*\b[^.;]{0,60}?\bthird parties\b[^.;]{0,60}?\b(?:marketing|advertising)\b|\b(?:shar|disclos)\w*\b[^.;]{0,30}?\bthird parties\b[^.;]{0,80}?\b(?:marketing|advertising)\b[^.;]{0,80}?\b(?:opt(?:[- ])?out|you (?:can|may) control)\b|\b(?:sale|sharing)\b["']?[^.;]{0,160}?\byou (?:can|may) opt[- ]?out\b|\bopt(?:[- ])?out\b[^.;]{0,120}?\b(?:disclosed|transferred) to (?:a |any )?third part(?:y|ies)\b/i,
    gloss: 'You can opt out of the sale or sharing of your data',
    examples: {
      match: [
        'You may opt out of the sharing of your data for targeted advertising.', 'We may disclose personal information to third parties for marketing purposes, which you can control through opt-out settings.',
        'If you believe our cookies qualify as a "sale" or "sharing" under state law, you can opt out of them by submitting a request.',
        'We will offer you the opportunity to opt out of your personal data being disclosed to a third party other than our agents.',
      ],
      noMatch: ['We do not sell your data.'],
    },
  },
  {
    id: 'choice.do-not-sell-link',
    kind: 'sale-opt-out',
    name: 'Opt out of the sale or sharing of your data',
    // The link's name as written: "we do not sell" is a denial, "Do Not Sell" a link.
    pattern: /\bDo Not (?:Sell|Share)\b|\bDO NOT SELL\b|\bYour Privacy Choices\b/,
    gloss: 'You can use the "Do Not Sell or Share" link',
    examples: { match: ['Click Do Not Sell or Share My Personal Information.'], noMatch: ['We do not sell your data.'] },
  },
  {
    id: 'choice.gpc-opt-out',
    kind: 'sale-opt-out',
    name: 'Opt out of the sale or sharing of your data',
    // Global Privacy Control is the state laws' signal to opt out of selling and "sharing":
    // honouring it offers that opt-out (a denial is read by the module: "we do not respond to GPC").
    pattern: /\b(?:honou?r|respect|recogni[sz]e|process|respond\w* to|accept|support|act on)\w*\b[^.;]{0,60}?\b(?:Global Privacy Controls?|GPC|opt-?out preference signals?)\b|\b(?:Global Privacy Controls?|GPC|opt-?out preference signals?)\b[^.;]{0,80}?\bas an? (?:valid )?(?:request to opt[- ]?out|opt[- ]?out(?: request)?)\b/i,
    gloss: 'Honours Global Privacy Control as an opt-out of the sale or sharing of your data',
    examples: {
      match: ['We recognize Global Privacy Control signals from your browser as a valid opt-out request.', 'You can opt out of sharing for ads, and we will honor global privacy controls.'],
      noMatch: ['We do not respond to Global Privacy Control signals.', 'Some browsers offer a Global Privacy Control setting.'],
    },
  },
  {
    id: 'choice.marketing-more',
    kind: 'marketing-opt-out',
    name: 'Stop marketing messages',
    pattern: /\bdo not (?:want|wish) to receive\b[^.;]{0,40}?\b(?:communications|e-?mails?|messages|newsletters?|offers)\b|\bobject\b[^.;]{0,80}?\b(?:direct marketing|marketing purposes|commercial prospecting)\b|\bmarketing (?:communications|messages|e-?mails?)\b[^.;]{0,80}?\bdepending on your settings\b|\bdepending on your settings\b[^.;]{0,80}?\bmarketing\b|\b(?:set|choose|select|decide|control|manage)\b[^.;]{0,20}?\bwhich (?:marketing|promotional) (?:communications|messages|e-?mails|notifications)\b|\bopt(?:s|ed|ing)?[- ]?out (?:of|from) receiving\b[^.;]{0,40}?\b(?:e-?mails?|communications|messages|newsletters?|marketing|promotions?|offers|texts?|SMS)\b|\b(?:stop|cease|prohibit|forbid|prevent)\w*\b[^.;]{0,50}?\b(?:us(?:ing)?|processing|sending)\b[^.;]{0,50}?\bfor (?:the purposes? of )?(?:direct )?marketing\b|\b(?:do not|don't|don’t) (?:want|wish)\b[^.;]{0,60}?\bfor (?:the purposes? of )?(?:direct )?marketing\b|\b(?:text|texting|reply|replying) ["“]?STOP\b/i,
    gloss: 'You can stop marketing messages',
    examples: {
      match: [
        'If you do not want to receive communications from us, tell us at help@example.com.',
        'You may object to the use of your data for direct marketing at any time.',
        'You can opt out of receiving email from the service at any time.',
        'You may ask us to stop using your personal data for marketing purposes at any time.',
        'You may also prohibit us from using your information for direct marketing purposes.',
        'If you do not want us to use your personal data for direct marketing, you can tell us in writing at any time.',
        'To stop text messages, reply STOP to any message.',
      ],
      noMatch: ['We send you service messages.', 'We use your data for direct marketing.', 'We stop processing your data when you close your account.'],
    },
  },
];

/** A match that only names a settings page or tool. */
export const SETTINGS_NAME = /(?:settings|preferences|choices|banner|manager|tool)$/i;

/** A verb of choosing: a settings page named without one ("Ad preferences") offers nothing. */
export const CHOICE_VERB = /\bset\b|\b(?:accept|allow|click|tap|opt|turn|switch|disable|limit|control|manage|adjust|choose|change|update|stop|prevent|withdraw|object|refuse|reject|decline|reset|visit|go to|use|select)\w*/i;

/** "Advertising" in the marketing rule is about ads, unless messages are meant: "opt out of
 *  interest-based advertising" is an ads choice, "opt out of advertising emails" marketing. */
export const MARKETING_WORDS = /\b(?:marketing|promotional|newsletters?|commercial e-?mail)\b|\badvertis\w*\b[^.;]{0,40}?\b(?:e-?mails?|messages|communications|mail(?:ings)?|texts?|calls?)\b/i;

/** In a policy that denies selling, an opt-out that offers nothing: a sale the provider only
 *  supposes ("opt out of the sale of their data, should we sell it"), or a heading named like
 *  the link run into the denial under it ("Do Not Sell My Data We never sell your data"). */
export const SALE_SUPPOSED = /\b(?:should|if|in the event(?: that)?|in case) we (?:ever |were to |later |begin to |start to )?(?:sell|sold|begin selling|start selling)\b/i;
export const LINK_NAME_THEN_DENIAL = /\bDo Not Sell\b[^.;]{0,60}?\s(?:We|we) (?:do not|don't|never|will not|won't)\s(?:\w+\s)?sell\b/;

/** A way to use an opt-out, beside naming the right to one: a link, page, setting, request or
 *  signal. */
export const OPT_OUT_MEANS = /\b(?:click|tap|visit|link|button|page|settings?|form|portal|submit|send|e-?mail|contact|call|toll-free|signal|GPC|Global Privacy Control|toggle|account)\w*|@|https?:/i;

/** Consent as a choice (GUIDE clarification 11): a purpose the policy bases on your consent,
 *  with a way to withdraw it stated anywhere in the policy, is the matching choice. Each pattern
 *  names consent and the purpose together; CONSENT_WITHDRAWN is the withdrawal. */
export const CONSENT_CHOICES: readonly { item: ChoiceItem; id: string; pattern: RegExp }[] = [
  {
    item: 'ads-opt-out',
    id: 'choice.consent-ads',
    pattern: /\bconsent\w*\b[^.;]{0,120}?\b(?:targeted|personali[sz]ed|interest-based|tailored|behaviou?ral) (?:ads|advertising|advertisements)\b|\b(?:targeted|personali[sz]ed|interest-based|tailored) (?:ads|advertising|advertisements)\b[^.;]{0,80}?\bconsent|\bconsent\w*\b[^.;]{0,80}?\b(?:advertising|ad) (?:cookies|partners|platforms|networks)\b|\b(?:advertising|ad) (?:cookies|partners|platforms|networks)\b[^.;]{0,80}?\bconsent/i,
  },
  {
    item: 'cookie-controls',
    id: 'choice.consent-cookies',
    pattern: /\bconsent\w*\b[^.;]{0,80}?\b(?:optional|non-essential|non-necessary|analytics|advertising|marketing|targeting|performance) cookies\b|\b(?:optional|non-essential|non-necessary) cookies\b[^.;]{0,80}?\bconsent|\bconsent to (?:place|set|store|use|the (?:use|placement|setting) of|our use of)\b[^.;]{0,20}?\bcookies\b/i,
  },
  {
    item: 'sale-opt-out',
    id: 'choice.consent-sharing',
    pattern: /\b(?:shar|disclos)\w*\b[^.;]{0,60}?\bthird parties\b[^.;]{0,60}?\b(?:marketing|advertising)\b[^.;]{0,80}?\bconsent|\bconsent\w*\b[^.;]{0,60}?\b(?:shar|disclos)\w*\b[^.;]{0,60}?\bthird parties\b[^.;]{0,60}?\b(?:marketing|advertising)\b/i,
  },
];

/** An opt-out of cookies named by a pointer ("to opt out of such cookies, see our Cookie
 *  Policy"): the ads choice when the sentences before it speak of ad networks' cookies. */
export const POINTED_COOKIE_OPT_OUT = /\b(?:opt(?:[- ])?out (?:of|from)|disable|refuse|reject|block|decline|turn off) (?:such|these|those|the above|any such) (?:cookies|tracking technologies|technologies|trackers)\b/i;

/** Ad networks' or advertisers' cookies and tracking, in the sentences before a pointed opt-out. */
export const AD_TRACKING_BEFORE = /\b(?:ad(?:vertising)? networks?|network advertisers|ad network providers|advertisers|advertising partners|(?:targeted|interest-based|personali[sz]ed|behaviou?ral) (?:ads|advertising|advertisements))\b/i;

/** An opt-out of tracking ("opt out ... from certain uses of tracking technologies", "disable
 *  certain tracking"): the ads choice in a policy that shows targeted ads (the ads claim), unless
 *  e-mail, analytics or location tracking is meant, or a browser's Do Not Track signal. */
export const TRACKING_OPT_OUT = /\b(?:opt(?:[- ])?out|turn off|switch off|disable)\b[^.;]{0,100}?\btracking\b(?! (?:technologies )?(?:policy|notice|statement))/i;
export const NOT_AD_TRACKING = /\be-?mails?\b|\banalytics\b|\blocation\b|\bDo[- ]Not[- ]Track\b|\bDNT\b/i;

/** Consent you can withdraw: "you may withdraw your consent at any time". */
export const CONSENT_WITHDRAWN = /\b(?:withdraw|revoke)\w*\b[^.;]{0,30}?\bconsent\b/i;

/** A sharing opt-out is the sale/"sharing" choice when the sentence speaks of selling, marketing
 *  or ads, or quotes "sharing" as the law's term (clarification 3), not any "restrict sharing". */
export const SALE_CONTEXT = /\bsal(?:e|es)\b|\bglobal privacy control|\bGPC\b|\bopt-?out preference signal|\bdisclosed to a third party\b|\bsell\w*|\bsold\b|\bmarket\w*|\badverti\w*|\bpromot\w*|\btargeted\b|\bads\b|\bpersonali[sz]ed\b|\bcross-context\b|\btheir own (?:purposes|use)\b|["“]shar(?:e|ing)["”]/i;

/** Withdrawing consent in a section about marketing messages ("Processing for sending electronic
 *  messages … To revoke the consent, please contact us"): the consent is to those messages, so
 *  withdrawing it stops them (the guide's clarification 11). */
export const WITHDRAW_CONSENT = /\b(?:revok|withdraw|withdrew|retract)\w*\b[^.;]{0,40}?\bconsent\b|\bconsent\b[^.;]{0,30}?\b(?:revok|withdraw)\w*/i;

/** A heading over marketing messages: "Newsletter", "Marketing emails", "Sending electronic messages". */
export const MARKETING_HEADING = /\b(?:marketing|newsletters?|promotional|electronic messages|(?:e-?mail|sms|text) (?:messages|communications)|mailings?)\b/i;
