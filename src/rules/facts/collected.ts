// What data a policy says the provider collects: the kinds people ask about, each a list of
// item rules. An item counts only in a sentence about collection (labelled First Party
// Collection/Use, or naming a collecting verb with "we" — see COLLECT_CONTEXT) that does not
// deny it ("we do not read the content of your communications" — COLLECT_NEGATION).
import type { DataKindId } from './kinds.ts';
import type { FactRule, KindRule } from './types.ts';

type ItemRule = KindRule<DataKindId>;

export const DATA_ITEM_RULES: readonly ItemRule[] = [
  // contact
  {
    id: 'collect.contact.name',
    kind: 'contact',
    name: 'name',
    // Not "company name", "domain name", "user name", "mother's maiden name", "the name of".
    // Nor "carrier name", "operator name", "file name", "device name", "display name".
    pattern: /(?<!\b(?:company|domain|business|brand|file|host|trade|maiden|user|account|screen|product|carrier|operator|network|device|computer|model|folder|directory|display|profile|app|application)\s)\bnames?\b(?!\s+(?:of|and title)\b)/i,
    gloss: 'Collects your name',
    examples: {
      match: ['We may collect your name, physical address and email address.', 'Your Name;'],
      noMatch: ['Your company name and title;', "mother's maiden name", 'in the name of the account holder', 'mobile network information including operator name'],
    },
  },
  {
    id: 'collect.contact.email',
    kind: 'contact',
    name: 'email address',
    // A bare "email" is mostly the channel ("send email to"); count it only inside a data list.
    pattern: /\be-?mail address(?:es)?\b|(?<=\b(?:phone(?: number)?|address),\s)e-?mail\b/i,
    gloss: 'Collects your email address',
    examples: {
      match: ['Such information includes your email addresses.', 'Name, address, phone number, email, IP address'],
      noMatch: ['Send email to Privacy Administrator at legal@phone.com.', 'via newsletters, email or direct mail'],
    },
  },
  {
    id: 'collect.contact.postal-address',
    kind: 'contact',
    name: 'postal address',
    // Not e-mail/IP/MAC/web addresses, and not the verb ("to address your concern").
    // Nor a blockchain or wallet address.
    pattern: /(?<!\b(?:e-?mail|IP|protocol|MAC|web|to|will|we|can|help|wallet)\s)(?<!\)\s)(?<!\b(?:blockchain|wallet|crypto\w*)\b[\w ]{0,12})\baddress(?:es)?\b(?!\s+(?:of|book|information|your)\b)/i,
    gloss: 'Collects your postal address',
    examples: {
      match: ['your name, physical address, mailing address', 'Your home or work address;', 'Name, address, email address, PFI'],
      noMatch: ['IP address information;', 'Internet Protocol (IP) addresses', 'web addresses of the sites you come from', 'We will address your concern.', 'public blockchain data and addresses'],
    },
  },
  {
    id: 'collect.contact.phone',
    kind: 'contact',
    name: 'phone number',
    pattern: /\b(?:tele)?phone numbers?\b|\b(?:tele)?phone\b(?=\s*(?:,|;|\)|$))|\bmobile numbers?\b/i,
    gloss: 'Collects your phone number',
    examples: {
      match: ['Your home, work, or cellular telephone number;', 'Name, address, phone, email address'],
      noMatch: ['existing phone equipment type', 'Phone.com uses these cookies'],
    },
  },
  // financial
  {
    id: 'collect.financial.card',
    kind: 'financial',
    name: 'credit card',
    pattern: /\b(?:credit|debit)(?: or debit)? card\b/i,
    gloss: 'Collects your card number',
    examples: { match: ['credit card number', 'credit or debit card number'], noMatch: ['a gift certificate'] },
  },
  {
    id: 'collect.financial.bank',
    kind: 'financial',
    name: 'bank account',
    pattern: /\bbank account\b|\bfinancial account\b/i,
    gloss: 'Collects your bank account details',
    examples: { match: ['bank account number', 'financial account/bank account number'], noMatch: ['your account number with us'] },
  },
  {
    id: 'collect.financial.billing',
    kind: 'financial',
    name: 'billing/payment history',
    pattern: /\bbilling (?:information|details|records|history)\b|\bpayment (?:information|details|history)\b|\binvoice balances\b/i,
    gloss: 'Collects billing or payment information',
    examples: { match: ['billing information (such as credit card numbers)', 'payment history'], noMatch: ['to bill you for these products'] },
  },
  {
    id: 'collect.financial.credit',
    kind: 'financial',
    name: 'credit history',
    pattern: /\bcredit (?:history|information|reports?|reporting information|scores?)\b|\bcredit ?worthiness\b/i,
    gloss: 'Collects your credit history',
    examples: { match: ['This information may include credit history and reporting information.', 'regarding your credit worthiness'], noMatch: ['measure credit and payment risk'] },
  },
  // government ids
  {
    id: 'collect.government-id.ssn',
    kind: 'government-id',
    name: 'Social Security number',
    pattern: /\bsocial security numbers?\b|\bSSNs?\b/i,
    gloss: 'Collects your Social Security number',
    examples: { match: ['your social security number', 'Name, address, phone, company, SSN/EIN'], noMatch: ['social media'] },
  },
  {
    id: 'collect.government-id.driver-licence',
    kind: 'government-id',
    name: "driver's licence",
    pattern: /\bdriver'?s'? licen[cs]e\b/i,
    gloss: "Collects your driver's licence number",
    examples: { match: ["driver's license number"], noMatch: ['software licence'] },
  },
  {
    id: 'collect.government-id.tax-id',
    kind: 'government-id',
    name: 'tax ID',
    // EIN/TIN only in capitals: lower-case "tin" is a word.
    pattern: /\btax(?:payer)? (?:identification|id)(?: numbers?)?\b|\b(?:EIN|TIN)\b/,
    gloss: 'Collects a tax identification number',
    examples: { match: ['SSN/EIN', 'taxpayer identification number'], noMatch: ['a tin of paint'] },
  },
  {
    id: 'collect.government-id.other',
    kind: 'government-id',
    name: 'passport or state ID',
    pattern: /\bpassport(?: numbers?)?\b|\bstate identification card\b|\bgovernment[- ]issued (?:id|identification)\b/i,
    gloss: 'Collects a passport or other government ID',
    examples: { match: ['passport number', 'state identification card number'], noMatch: ['state and zip code'] },
  },
  // credentials
  {
    id: 'collect.credentials.password',
    kind: 'credentials',
    name: 'passwords/PINs',
    pattern: /\bpasswords?\b|\bpass ?codes?\b|\bPINs?\b|\baccess codes?\b|\bsecurity codes?\b/,
    gloss: 'Collects passwords, PINs or access codes',
    examples: { match: ['user ID and password', 'access code or password'], noMatch: ['pins and needles'] },
  },
  {
    id: 'collect.credentials.login',
    kind: 'credentials',
    name: 'user IDs',
    pattern: /\buser ?(?:ids?|names?)\b|\blog-?in credentials\b/i,
    gloss: 'Collects user IDs or log-in details',
    examples: { match: ['randomly assigned user IDs', 'login credentials'], noMatch: ['users of the Site'] },
  },
  // location
  {
    id: 'collect.location.precise',
    kind: 'location',
    name: 'precise location',
    pattern: /\bgeo-?location\b|\bGPS\b|\bprecise (?:geo)?location\b|\bdevice location\b|\bpositioning information\b|\bE?911 location\b/i,
    gloss: 'Collects exactly where you or your device are',
    examples: { match: ['any location or positioning information we may have', 'GPS coordinates'], noMatch: ['All data is stored in the United States.', 'your general location'] },
  },
  {
    id: 'collect.location.general',
    kind: 'location',
    name: 'general location',
    // Website policies name it many ways: "your device's location", "location-based
    // information", "your geographic location", "the country where you are located".
    pattern: /\b(?:general|approximate) location\b|\blocation (?:information|data)\b|\blocation[- ]based (?:information|data)\b|\b(?:your|device'?s?|(?:the|your) device) location\b|\blocation of (?:your|the) (?:mobile )?(?:device|computer|phone)\b|\bgeographic(?:al)? (?:location|area|region)\b|\b(?:country|city|region|state) (?:where|in which) you (?:are|reside|live)\b|\bwhere you are located\b(?! in the world)/i,
    gloss: 'Collects roughly where you are',
    examples: {
      match: ['general location, general demographics', "the type of your browser and, in some cases, your device's location", 'your geographic location, such as your city', 'the country where you are located'],
      // "Processing depends on ... where you are located in the world": the law that applies.
      noMatch: ['a convenient location', 'our office location in Atlanta', 'Which legal basis applies depends on where you are located in the world.'],
    },
  },
  {
    id: 'collect.location.service',
    kind: 'location',
    name: 'service location',
    pattern: /\b(?:physical|preferred|service) locations?\b/i,
    gloss: 'Collects where you use or want the service',
    examples: { match: ['your preferred location and other preferences', 'service locations and existing phone equipment type'], noMatch: ['a convenient location'] },
  },
  // device and IP
  {
    id: 'collect.device.ip',
    kind: 'device',
    name: 'IP address',
    // "Voice over Internet Protocol" is the service, not data about you.
    pattern: /\bIP address(?:es)?\b|\bInternet Protocol(?: \(IP\))? address(?:es)?\b|\bInternet protocols and server information\b/i,
    gloss: 'Collects your IP address',
    examples: {
      match: ['dynamic and static Internet Protocol (IP) addresses', 'IP address information;'],
      noMatch: ['In providing VoIP (Voice over Internet Protocol) services'],
    },
  },
  {
    id: 'collect.device.mac',
    kind: 'device',
    name: 'MAC address',
    pattern: /\bMAC address(?:es)?\b/i,
    gloss: 'Collects the hardware (MAC) address of your equipment',
    examples: { match: ['MAC addresses of equipment'], noMatch: ['Mac computers'] },
  },
  {
    id: 'collect.device.identifiers',
    kind: 'device',
    name: 'device identifiers',
    pattern: /\bdevice (?:identifiers?|ids?|information|type)\b|\bunique (?:device )?identifiers?\b|\bdevices connected to\b|\bIMEI\b|\badvertising (?:ids?|identifiers?)\b/i,
    gloss: 'Collects identifiers or details of your devices',
    examples: { match: ['service and device information', 'information about the devices connected to our services'], noMatch: ['a device to capture dialing information'] },
  },
  {
    id: 'collect.device.browser',
    kind: 'device',
    name: 'browser/operating system',
    pattern: /\bbrowser (?:type|information|version)\b|\bweb browser and operating system\b|\boperating system\b|\bdevice'?s browser\b/i,
    gloss: 'Collects your browser type or operating system',
    examples: { match: ['your IP address and browser information', "your device's browser, operating system"], noMatch: ['adjust your browser to reject cookies'] },
  },
  // online activity
  {
    id: 'collect.online-activity.browsing',
    kind: 'online-activity',
    name: 'browsing/search activity',
    pattern: /\bbrowsing (?:and searching )?(?:activit(?:y|ies)|history|behaviou?r)\b|\bsearch(?:ing)? (?:activity|history|queries|terms)\b/i,
    gloss: 'Collects what you browse or search for',
    examples: { match: ['browsing and searching activity as you interact with the Site'], noMatch: ['browse our site without cookies'] },
  },
  {
    id: 'collect.online-activity.pages',
    kind: 'online-activity',
    name: 'pages/sites visited',
    pattern: /\b(?:pages|websites|web sites|sites) (?:you )?visited\b|\bdate and time of (?:site )?visits\b|\breferring (?:web ?sites?|urls?|pages?)\b|\bweb addresses of the sites you come from\b|\bsite usage patterns\b|\bclick ?stream\b|\bclick[- ]through\b/i,
    gloss: 'Collects the pages and sites you visit',
    examples: { match: ['pages visited; duration of visits; and referring web sites', 'click through and click stream data'], noMatch: ['when you visit our Site'] },
  },
  {
    id: 'collect.online-activity.pages-viewed',
    kind: 'online-activity',
    name: 'pages/sites visited',
    // Website wording for the same thing: "the pages you view", "links you click", "web pages
    // requested", "referring/exit pages", "page views", "the site you came from".
    pattern: /\b(?:web ?pages|pages|urls?|areas|sections|links|hyperlinks|ads|advertisements|features|content) (?:that )?(?:you )?(?:have )?(?:visit(?:ed)?|view(?:ed)?|access(?:ed)?|request(?:ed)?|click(?:ed)?(?: on)?|select(?:ed)?) (?:on|within|at|while|when|in|from|and|or|[,;.])|\b(?:pages|urls?|web ?pages) (?:you )?(?:visit|view|access|request|click)\b|\bexit pages\b|\bpage ?views?\b|\breferr(?:ing|er|al) (?:and exit )?(?:web ?sites?|web ?pages?|pages?|urls?|sites?|domains?|addresses)\b|\b(?:site|page|url|website|web site|address) (?:from which you (?:came|come|linked)|you (?:came|come) from)\b|\bnumber of (?:clicks|visits|page views)\b|\bclicked on\b/i,
    gloss: 'Collects the pages you view and the links you click',
    examples: {
      match: ['which articles you read and the links you click in our newsletter', 'the referring page and the time you arrived', 'the web site you came from before ours'],
      noMatch: ['when you visit our Site', 'Please click here to read our terms.'],
    },
  },
  {
    id: 'collect.online-activity.usage-of-site',
    kind: 'online-activity',
    name: 'how you use the site or app',
    pattern: /\b(?:information|data|statistics|details) (?:about|on|regarding|concerning) (?:how you (?:use|interact|navigate|browse)|your (?:use of|usage of|visits? to|interactions? with|activit(?:y|ies) on|browsing|navigation))\b|\bbrowsing (?:habits|patterns|activities)\b|\bnavigation(?:al)? (?:data|information|paths?|patterns)\b|\b(?:time|amount of time) (?:you )?spen[dt] (?:on|viewing|at|in)\b|\b(?:date and time|dates and times|time and date|times and dates|access times) (?:of|you|that you|when you)\b|\baccess times\b|\b(?:web ?site|site|web) traffic\b|\binteractions? with (?:our |the )?(?:ads|advertisements|emails|content|services|web ?sites?|apps?)\b|\bgameplay\b|\btelemetry\b|\b(?:statistics|details|information|data) (?:about|on|regarding|of|related to) (?:your|each|the) visits?\b|\btraffic data\b|\bpages of the (?:site|website|service)s? (?:viewed|visited)\b|\bhow (?:often|long) you use\b|\bhow you use (?:them|it)\b/i,
    gloss: 'Collects how you use the site or app: when, how long, what you do there',
    examples: {
      match: ['information about how you use our services', 'the amount of time you spend on each page', 'the date and time of each visit', 'your interactions with our emails', 'our servers keep statistics about your visit', 'we count how often you use the reader each week'],
      noMatch: ['how to use our services', 'at any time'],
    },
  },
  {
    id: 'collect.online-activity.internet-usage',
    kind: 'online-activity',
    name: 'Internet usage',
    pattern: /\bInternet usage information\b|\bvolume of data transmitted\b|\bconnection dates and times\b/i,
    gloss: 'Collects how you use your Internet service',
    examples: { match: ['Your Internet usage information including websites visited', 'connection dates and times'], noMatch: ['Internet service providers'] },
  },
  // call records and CPNI
  {
    id: 'collect.call-records.cpni',
    kind: 'call-records',
    name: 'CPNI',
    pattern: /\bCPNI\b|\bcustomer proprietary network information\b/i,
    gloss: 'Collects customer proprietary network information (what services you use and how)',
    examples: { match: ['we collect and maintain certain customer proprietary network information ("CPNI")'], noMatch: ['network information'] },
  },
  {
    id: 'collect.call-records.calls',
    kind: 'call-records',
    name: 'call records',
    pattern: /\bcall(?:ing)? (?:detail )?records?\b|\bcall(?:ing)? details?\b|\b(?:conference )?call history\b|\bcalls made and received\b|\bnumbers? (?:you )?(?:called|dialed|dialled)\b|\bcall accounting information\b|\bdialing information\b|\bcall record information\b/i,
    gloss: 'Collects records of your calls (numbers, times, duration)',
    examples: { match: ['calls made and received and their duration', 'call accounting information', 'your conference call history'], noMatch: ['please call us'] },
  },
  {
    id: 'collect.call-records.usage',
    kind: 'call-records',
    name: 'service usage',
    pattern: /\busage (?:information|data|records|details|statistics)\b|\busage and billing information\b|\bamount of use\b/i,
    gloss: 'Collects how much and how you use the service',
    examples: { match: ['we collect usage information', 'related usage and billing information'], noMatch: ['acceptable use policy'] },
  },
  // communications content
  {
    id: 'collect.communications.calls',
    kind: 'communications',
    name: 'call recordings',
    pattern: /\bvoice data\b|\bcall recordings?\b|\brecord (?:your )?calls\b|\brecorded calls\b/i,
    gloss: 'Records or keeps what you say on calls',
    examples: { match: ['and voice data', 'We may monitor and record calls with employees'], noMatch: ['we do not publish these directories', 'call detail records'] },
  },
  {
    id: 'collect.communications.content',
    kind: 'communications',
    name: 'voicemail/messages',
    pattern: /\bcontent of (?:your )?(?:online )?communications\b|\bvoicemails?\b|\btext messag(?:es|ing)\b|\bfaxes\b/i,
    gloss: 'Keeps the content of your messages',
    examples: { match: ['including the content of voicemail, call recording, SMS/MMS text messaging, and faxes'], noMatch: ['We may communicate with you online.'] },
  },
  // health
  {
    id: 'collect.health.phi',
    kind: 'health',
    name: 'health information',
    pattern: /\bprotected health information\b|\bPHI\b|\bhealth(?:[- ]related)? (?:information|data|records)\b|\bmedical (?:information|records|data|history)\b/i,
    gloss: 'Holds health or medical information',
    examples: { match: ['Protected Health Information (PHI) may be present'], noMatch: ['health plans'] },
  },
  // biometrics
  {
    id: 'collect.biometrics.any',
    kind: 'biometrics',
    name: 'biometric data',
    // Not a browser's or device's "fingerprint" (identifying a device by its settings).
    pattern: /\bbiometric\w*|(?<!\b(?:browser|device|digital|canvas)\b[^.]{0,120})\bfinger ?prints?\b(?! technology)|\bvoice ?prints?\b|\bfac(?:e|ial) (?:recognition|geometry|scans?)\b/i,
    gloss: 'Collects biometric data',
    examples: { match: ['voiceprints and fingerprints'], noMatch: ['voice services', 'your browser type or fingerprint', 'We use digital fingerprint technology to recognise your device.'] },
  },
  // demographics
  {
    id: 'collect.demographics.any',
    kind: 'demographics',
    name: 'demographics',
    pattern: /\bdemographics?\b|\bgender\b/i,
    gloss: 'Collects demographic information',
    examples: { match: ['general demographics', 'demographic data from other sources'], noMatch: ['democratic'] },
  },
  {
    id: 'collect.demographics.birth',
    kind: 'demographics',
    name: 'age or date of birth',
    pattern: /\bdate of birth\b|\bbirth ?date\b|\bage or date of birth\b/i,
    gloss: 'Collects your age or date of birth',
    examples: { match: ['age or date of birth'], noMatch: ['the age of majority'] },
  },
  // social media
  {
    id: 'collect.social-media.platforms',
    kind: 'social-media',
    name: 'social-media profiles',
    // Also a named network's sign-in or profile ("using the Facebook Connect feature", "from
    // your Facebook profile") and account names ("social media website user account names").
    pattern: /\bsocial (?:media|network(?:ing)?) (?:platforms?|sites?|accounts?|profiles?|data|information|log-?ins?|services?|(?:website |site )?(?:user )?(?:account names?|user ?names|handles))\b|\b(?:Facebook|Twitter|LinkedIn|Instagram|Google\+) (?:Connect|profiles?|accounts?|log-?in|sign-?in|friends? lists?)\b/i,
    gloss: 'Collects data from your social-media accounts',
    examples: {
      match: ['We obtain Personal Data from social media platforms, including Facebook and LinkedIn', 'you may create an account using the Facebook Connect feature', 'your name, email address and social media website user account names'],
      noMatch: ['social security number', 'Follow us on Facebook.'],
    },
  },
  // cookies and trackers
  {
    id: 'collect.cookies.cookies',
    kind: 'cookies',
    name: 'cookies',
    pattern: /\bcookies?\b/i,
    gloss: 'Uses cookies',
    examples: { match: ['We use cookies to record data about visits'], noMatch: ['cooking'] },
  },
  {
    id: 'collect.cookies.beacons',
    kind: 'cookies',
    name: 'web beacons/pixels',
    pattern: /\bweb beacons?\b|\bpixel(?: tag)?s?\b|\bimage tags?\b|\bclear GIFs?\b|\bweb bugs?\b/i,
    gloss: 'Uses web beacons, pixels or image tags',
    examples: { match: ['cookies or image tags on our Site', 'web beacons, web bugs, clear GIFs'], noMatch: ['image files you upload'] },
  },
  {
    id: 'collect.cookies.analytics',
    kind: 'cookies',
    name: 'analytics tools',
    pattern: /\b(?:web )?analytics (?:software|tools?|services?)\b|\bGoogle Analytics\b|\bonline tracking mechanisms\b|\btracking technolog(?:y|ies)\b/i,
    gloss: 'Uses analytics or tracking tools',
    examples: { match: ['We use web analytics software to gather anonymous web site visitor information'], noMatch: ['analyze the use of our services'] },
  },
  // received from others: the pattern itself carries the direction ("from …")
  {
    id: 'collect.from-others.credit-agencies',
    kind: 'from-others',
    name: 'credit reporting agencies',
    pattern: /\bfrom\b[^.;]{0,60}?\b(?:(?:consumer|credit) reporting agenc(?:y|ies)|credit bureaus?)\b/i,
    gloss: 'Gets information about you from credit bureaus',
    examples: {
      match: ['information we receive from third parties, such as consumer reporting agencies', 'credit information received from outside credit reporting agencies'],
      noMatch: ['reporting any such past due amounts to one or more credit reporting agencies'],
    },
  },
  {
    id: 'collect.from-others.third-parties',
    kind: 'from-others',
    name: 'other companies',
    pattern: /\bfrom (?:a |other |outside |unaffiliated )?third[- ]part(?:y|ies)\b|\bthird[- ]party sources\b|\bfrom (?:other|outside) (?:sources|companies)\b|\bavailable from other sources\b/i,
    gloss: 'Gets information about you from other companies',
    examples: { match: ['we may obtain information about you from third party sources', 'Fusion obtains Personal Data from outside companies'], noMatch: ['we share it with third parties'] },
  },
  {
    id: 'collect.from-others.partners',
    kind: 'from-others',
    name: 'affiliates/marketing partners',
    pattern: /\b(?:received|obtained|obtain|receive) from (?:our )?(?:corporate )?(?:affiliates|advertisers|marketing (?:companies|partners))\b/i,
    gloss: 'Gets information about you from affiliates or marketing partners',
    examples: { match: ['information received from our corporate affiliates, Advertisers, or marketing companies'], noMatch: ['we share with our affiliates'] },
  },
  {
    id: 'collect.from-others.social-media',
    kind: 'from-others',
    name: 'social-media platforms',
    pattern: /\bfrom social (?:media|network(?:ing)?)\b/i,
    gloss: 'Gets information about you from social-media platforms',
    examples: { match: ['We obtain Personal Data from social media platforms'], noMatch: ['share on social media'] },
  },
];

/** A sentence about the provider's own collection, besides the First Party label. */
export const COLLECT_CONTEXT: readonly FactRule[] = [
  {
    id: 'collect.context.we-collect',
    // "we [may also] collect": "we" as the subject, a few words before the verb; not "law
    // enforcement can obtain", nor "have a relationship with us and want to receive".
    pattern: /\bwe\s+(?:[\w-]+\s+){0,3}?(?:collect|gather|obtain|receive|record|log|store|retain|maintain|process|keep)(?:s|ed|ing)?\b/i,
    gloss: 'The provider says it collects or holds something',
    examples: {
      match: ['Like most Internet service providers, we automatically collect and store both dynamic and static IP addresses.'],
      noMatch: ['Law enforcement can also obtain details about your Internet use.', 'If you have an established business relationship with us and want to receive information'],
    },
  },
  {
    id: 'collect.context.passive',
    pattern: /\b(?:is|are|be) (?:collected|gathered|obtained|stored|recorded)\b|\b(?:information|data) (?:we|that we) (?:may )?(?:collect|receive|have|hold)\b|\bwe may have\b|\b(?:information|data) (?:may )?includes?\b|\bmay be present\b[\s\S]{0,60}?\bsystems\b/i,
    gloss: 'Data is collected, held, or listed as included',
    examples: {
      match: ['Personal Data may include:', 'any location or positioning information we may have', 'PHI may be present in data at rest within Phone.com systems'],
      noMatch: ['We share data with vendors.'],
    },
  },
  {
    id: 'collect.context.uses-trackers',
    // Cookies are "used", "sent" or "placed" rather than collected.
    pattern: /\b(?:we|us|site|\w+\.com|fusion)\b[^.;]{0,40}?\b(?:use|uses|send|place|set|store|employ)\b[^.;]{0,40}?\b(?:cookies|image tags|web beacons|pixels|analytics)\b/i,
    gloss: 'The provider uses cookies or other trackers',
    examples: { match: ['We may send cookies to your computer.', 'Phone.com uses these cookies'], noMatch: ['You may adjust your browser to reject cookies.'] },
  },
];

/** The sentence denies collecting ("we do not read", "does not … intend to access"). */
export const COLLECT_NEGATION: FactRule = {
  id: 'collect.negated',
  pattern: /\b(?:do|does|did|will|shall|would|can)\s*(?:not|n't)\s+(?:[\w-]+\s+){0,4}?(?:collect|gather|read|record|listen|access|obtain|solicit|store|use|keep|have access|learn)\b|\bnever (?:collect|gather|record|store|read)\b/i,
  gloss: 'The sentence says data is not collected',
  examples: {
    match: ['Unless sent directly to us in an email, we do not read the content of your online communications.', 'We do not use cookies to gather any personal information.'],
    noMatch: ['We collect usage information.'],
  },
};

/** Headings that announce a collection section: sentences under them count as collection. */
export const COLLECT_HEADING: FactRule = {
  id: 'collect.heading',
  pattern: /\b(?:collect|collection|gather|information we (?:receive|obtain)|information (?:you give|from other sources)|personal (?:data|information) (?:do )?we)\b/i,
  gloss: 'A heading about what is collected',
  examples: { match: ['What Personal Data Do We Collect?', 'Information from other sources'], noMatch: ['Security of Information'] },
};
