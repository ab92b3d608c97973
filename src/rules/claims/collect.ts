// What the provider collects: which answer of the collect question each data-item rule speaks
// for (the item rules themselves are in ../facts/collected.ts), the items modern policies name
// that those rules miss, what a denial of collecting looks like, and the words that decide how
// precise a location is (GUIDE.md, Clarification 6).
import type { CollectItem } from './items.ts';
import type { FactRule, KindRule } from '../facts/types.ts';

/** Old fact kinds (../facts/collected.ts) → the collect answers they support. */
export const KIND_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  contact: ['contact'],
  financial: ['payment'],
  'government-id': ['government-id'],
  credentials: ['credentials'],
  device: ['device'],
  'online-activity': ['activity'],
  'call-records': ['call-records', 'activity'],
  communications: ['content'],
  health: ['sensitive'],
  biometrics: ['sensitive'],
  demographics: ['demographics'],
  'social-media': ['social-media'],
  cookies: ['cookies'],
  'from-others': ['from-others'],
};

/** Rule ids of ../facts/collected.ts whose item belongs to another answer than its kind's.
 *  Location rules speak for the approximate answer unless the words matched are precise
 *  (PRECISE_LOCATION_WORDS); a "preferred" or "service" location (ADDRESS_AS_LOCATION) is an
 *  address the person gives, not where they are. */
export const RULE_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  'collect.location.precise': ['approximate-location'],
  'collect.location.general': ['approximate-location'],
  'collect.location.service': ['approximate-location'],
  'collect.cookies.cookies': ['cookies'],
  // "Usage information" is what the person does on any service, not a telephone call record.
  'collect.call-records.usage': ['activity'],
};

/** Location wording that states precision (Clarification 6): GPS, coordinates, "precise",
 *  "exact" or "specific" location, the device's location services or settings, location
 *  taken from the device. Unqualified "location" or "geolocation" is approximate. */
export const PRECISE_LOCATION_WORDS =
  /(?<!\bnon-|\bnon )\b(?:precise|exact|specific|accurate|fine|fine-grained|detailed|real-time) (?:device )?(?:geo-?)?(?:graphic(?:al)? )?(?:location|position)|\bGPS\b|\bGlobal Positioning\b|\blatitude\b|\blongitude\b|\bgeo-?coordinates\b|(?<!\bco-)\blocation services\b|\blocation[- ]?(?:based )?(?:information|data)? (?:from (?:(?:your|the) )?|of your )(?:mobile )?devices?\b|(?<!\b(?:non-?|im)precise |\b(?:approximate|coarse|general|rough) )\bdevice location\b|\bwhere your (?:mobile )?(?:device|phone) is\b/i;

/** A location that is an address the person gives ("preferred location", "service location"). */
export const ADDRESS_AS_LOCATION = /^(?:preferred|service) locations?$/i;

/** "determined at a town or city level", "we collect general location information", "location
 *  derived from your IP address": what is said is approximate, whatever the source or the
 *  setting that allows it. */
export const COARSE_LOCATION_LEVEL =
  /\b(?:town|city|country|region|state|zip code|post ?code)(?: or (?:town|city|country|region|state))?[- ]level\b|\b(?:general|approximate|coarse|imprecise|non-precise) (?:device )?(?:geo-?)?location\b|\b(?:derived|inferred|determined|estimated|generated) (?:from|based on) (?:your |the |its |an )?IP\b|\b(?:information|data|location) based on (?:your |the |its |an )?IP\b|\b(?:region|country|city|area|state) (?:where|in which) your (?:mobile )?(?:device|phone) is\b/i;
/** Precise in itself, whatever else the sentence says: GPS, coordinates, "precise". */
export const PRECISE_IN_ITSELF = /\bGPS\b|\bGlobal Positioning\b|\blatitude\b|\blongitude\b|\bgeo-?coordinates\b/i;

/** An explicit "precise"/"exact", not "imprecise" or "non-precise". */
export const SAYS_PRECISE = /(?<![\w-])(?:precise|exact)\b/i;

/** A sentence that defines personal data ("Personal information is any information that can
 *  identify you, such as your name"): the items in it are examples, not what is collected. */
export const DEFINES_PERSONAL_DATA =
  /\b(?:personal (?:data|information)|personally identifiable information|PII)["'”]?\s*(?:\([^)]{0,40}\)\s*)?(?:means|refers to|is (?:defined as|considered|any)|are (?:defined as|considered)|shall mean)\b|\bany information (?:that|which) (?:can |could |may |might )?(?:be used to )?(?:directly or indirectly )?(?:identif|relat)|\bnot necessarily collect/i;

/** Sensitive data named as a class, not as an item ("sensitive personal information", "special
 *  categories of data"): modern policies name the class in legal templates (a CCPA heading over
 *  an empty table, "may be considered sensitive data under applicable law") that say nothing of
 *  what is held. Such a mention counts only when it is not the law's naming (deemed, defined),
 *  and a denial of the special categories outweighs it. */
/** After an item: data that another body holds under a sector law, named to leave it out of a
 *  law's scope ("protected health information collected by a covered entity … governed by
 *  HIPAA", "medical information governed by the CMIA"), not data the provider collects. */
export const HELD_UNDER_SECTOR_LAW = /^[^.;]{0,40}?\b(?:collected|held|maintained|processed|created|received|governed|covered|regulated)\b[^.;]{0,40}?\b(?:covered entit(?:y|ies)|business associates?|HIPAA|Health Insurance Portability|CMIA|Confidentiality of Medical Information Act)\b/i;

/** A table cell that answers a category row: "No" (not collected) or "Yes". */
export const ROW_NO = /^(?:no|none|not collected)\.?$/i;
export const ROW_YES = /^(?:yes|collected)\.?$/i;
/** How long a line of its own may be to be a category's title in a table laid out as lines
 *  ("E." / "Biometric information" / "No"). */
export const ROW_TITLE_MAX = 60;

/** Before sensitive data named as a class: it only may fall in the law's category ("some of the
 *  data we collect might belong to the category of Sensitive Personal Information"). */
export const MAY_BELONG_TO_CLASS = /\b(?:may|might|could|can)(?: also)? (?:belong to|fall (?:into|within|under)|be part of|be (?:classed|classified|categori[sz]ed) (?:as|under))\s+(?:the |a )?(?:categor(?:y|ies) of |class of )?[^.;]{0,20}?\b(?:sensitive|special)\b/i;

export const GENERIC_SENSITIVE = /\bsensitive\b|\bspecial categor/i;

/** Items modern policies name that the older rules do not. */
export const EXTRA_ITEM_RULES: readonly KindRule<CollectItem>[] = [
  {
    id: 'collect.precise-location.gps',
    kind: 'precise-location',
    name: 'precise location',
    pattern: new RegExp(`${PRECISE_LOCATION_WORDS.source}|\\b(?:location|position) of your (?:mobile )?(?:device|phone)\\b[^.;]{0,60}\\b(?:permission|consent|allow|enable|settings)\\b`, 'i'),
    gloss: 'Collects your precise location',
    examples: {
      match: ['We collect precise location from your device when you allow it.', 'With your permission, we use GPS signals and nearby Wi-Fi access points to find your position.', 'If you give us permission, we collect the latitude and longitude of your phone.'],
      noMatch: ['We infer your general location from your IP address.', 'We collect geolocation data, such as the country you connect from.', "We don't track your precise location."],
    },
  },
  {
    id: 'collect.precise-location.device-settings',
    kind: 'precise-location',
    name: 'precise location',
    // Location that the device's settings or permissions release is the device's own location.
    pattern: /\b(?:geo-?)?(?:graphic(?:al)? )?location\b[^.;]{0,140}\b(?:device|location) (?:settings|permissions?)\b|\b(?:device|location) (?:settings|permissions?)\b[^.;]{0,60}\b(?:geo-?)?(?:graphic(?:al)? )?location\b/i,
    gloss: 'Collects the location your device reports, when its settings allow',
    examples: {
      match: ['Depending on your device settings, we may collect geographical location information relating to your device.'],
      noMatch: ['We collect your general location.', 'You can change your location in your account settings.'],
    },
  },
  {
    id: 'collect.approximate-location.ip',
    kind: 'approximate-location',
    name: 'approximate location',
    pattern: /\b(?:approximate|general|coarse|rough|imprecise|non-precise|city[- ]level|country[- ]level|regional) (?:geo-?)?location\b|\blocation (?:derived|inferred|based|determined) (?:from|on) (?:your )?IP\b|\bIP-based (?:geo-?)?location\b|\bcountry(?: and|,| or) (?:city|region|state)\b|\b(?:city|country|region) (?:level|you are in)\b|\bgeneral geographic\b|\blocation[- ]related (?:information|data)\b/i,
    gloss: 'Collects your approximate location',
    examples: {
      match: ['We infer your approximate location from your IP address.', 'We collect your IP address and, from it, your country and city.'],
      noMatch: ['We collect your precise GPS location.', 'Third-party advertisers may infer your approximate location from your IP address.'],
    },
  },
  {
    id: 'collect.approximate-location.listed',
    kind: 'approximate-location',
    name: 'approximate location',
    // A bare "location" as an item of a list of collected data ("your name, location, and
    // email"), not "a location", "regardless of location" or "storage location".
    pattern: /(?:^|[,;(]|\b(?:and|or|your|current|user|session)) ?(?:geo-?)?location(?=\s*(?:[,;)]|$|(?:and|or)\b|\((?:if|when)\b))/i,
    gloss: 'Collects your location (precision not stated)',
    examples: {
      match: ['We collect your name, location, and profile photo.', 'Our servers record the time, your IP address and location, and the browser you use.'],
      noMatch: ['We treat all customers alike, regardless of location.', 'Choose a storage location for your backups.'],
    },
  },
  {
    id: 'collect.content.user-content',
    kind: 'content',
    name: 'what you post, upload or send',
    pattern: /\b(?:content|messages?|posts?|comments?|photos?|pictures?|videos?|files?|documents?|recordings?|uploads?|chats?|conversations?|prompts?|inputs?|notes?|reviews?|creations?|artworks?|stories) (?:that )?you (?:create|post|upload|share|send|submit|provide|store|write|publish|make|input|enter|receive)\b|\buser[- ]generated content\b|\buser content\b|\bcontents? of (?:your |the )?(?:messages?|communications?|emails?|conversations?|chats?)\b|\b(?:messages|communications) (?:you|that you) (?:send|exchange)\b|\bvoice (?:recordings|commands|inputs)\b/i,
    gloss: 'Collects what you post, upload or send',
    examples: {
      match: [
        'We collect the content you create, upload or share, such as posts and photos.', 'When you write to support, we keep the content of your messages.',
        'Information you give us might include what is in a creation you share with us.',
      ],
      noMatch: ['We collect your IP address.', 'We share our creations with the public.'],
    },
  },
  {
    id: 'collect.contacts.address-book',
    kind: 'contacts',
    name: 'your contacts',
    // Not "your contacts with our customer service" (dealings, not people).
    pattern: /\baddress ?books?\b|(?<!\b(?:commercial|marketing|mailing|e-?mail|prospect)\s)\bcontacts? lists?\b|\bphone ?books?\b|\byour (?:device'?s? |phone'?s? )?contacts\b(?! (?:with|our|us|the)\b)|\bcontacts (?:on|from|stored on|in) your (?:device|phone)\b|\bcontact (?:information|details) of (?:your )?(?:friends|contacts)\b|\bphone contacts\b|\bimport (?:your )?contacts\b|\bimported contacts\b|\bcontact (?:information|details|lists?) (?:that )?(?:you|a user|users|members) (?:\w+ ){0,2}?import\w*|\be-?mail contacts\b/i,
    gloss: 'Collects your address book',
    examples: {
      match: [
        'If you allow it, we collect your address book to find friends.', 'With your permission, we collect the contacts stored on your device.',
        'We process any contact information that a user chooses to import.', 'We also collect information through imported contacts.',
      ],
      noMatch: ['You can reach us at privacy@example.com.', 'We keep records of your contacts with our customer service.', 'We use commercial contact lists that we acquire from other organizations.'],
    },
  },
  {
    id: 'collect.sensitive.special',
    kind: 'sensitive',
    name: 'sensitive data',
    pattern: /\bspecial categor(?:y|ies)\b|(?<=(?:\bsuch as|\bincluding|\be\.g\.|[,;:(])\s{0,2}(?:your )?)race\b(?=\s*(?:[,;)]|(?:and|or)\b))|\bracial or ethnic\b|\bethnic origin\b|\breligio(?:n|us)(?: or philosophical)? (?:beliefs?|views)\b|\bsexual (?:orientation|life)\b|\bsex life\b|\bpolitical (?:opinions|views|affiliation|leanings)\b|\btrade[- ]union\b|\bgenetic (?:data|information)\b|\bhealth (?:and fitness )?(?:data|information|conditions?)\b|\bbiometric\w*\b|\bfac(?:e|ial) (?:geometry|recognition|templates?|scans?)\b/i,
    gloss: 'Collects sensitive data',
    examples: {
      match: [
        'We may process health information with your consent.', 'You may tell us your sexual orientation, which we collect if you choose to share it.',
        'Survey answers we collect may include your age, gender, race and ethnicity.',
      ],
      noMatch: ['We collect your name and email address.', 'We fixed a race condition in the upload code, which stores your files.'],
    },
  },
  {
    id: 'collect.sensitive.named',
    kind: 'sensitive',
    name: 'sensitive data',
    // "Sensitive data" by name counts only where the provider says it collects or processes
    // some; "we minimise sensitive information", "we do not use sensitive data except ..." or
    // "we only use and disclose sensitive personal information for the purposes specified in the
    // CCPA" (using, said of whatever it may hold) does not; nor does "the purposes for which we
    // collected the personal information or sensitive personal information" (a relative clause).
    pattern: /(?<!\bfor which (?:we |it |they )?(?:have |had |originally |initially )?)\b(?:collect|process|receive|obtain|gather)(?:s|d|es|ed|ing)?\b[^.;]{0,40}?\bsensitive (?:personal )?(?:data|information)\b(?<!\bminimi[sz]\w*\b[^.;]{0,140})|\bsensitive (?:personal )?(?:data|information)\b[^.;]{0,40}?\b(?:we|is|are|may be) (?:collect|process|receiv|obtain)\w*(?<!\bminimi[sz]\w*\b[^.;]{0,160})/i,
    gloss: 'Says it processes sensitive data',
    examples: {
      match: ['In limited cases we may process sensitive personal data, such as for participants in our shows.'],
      noMatch: [
        'We are committed to minimising personal information, especially sensitive information.',
        'We only use and disclose sensitive personal information for the purposes the law allows.',
        'We keep it only to fulfil the purposes for which we collected the personal or sensitive personal information.',
      ],
    },
  },
  {
    id: 'collect.content.messages-sent',
    kind: 'content',
    name: 'messages/uploads',
    // What people send or upload, in the words modern policies use: "messages that users send
    // to one another", "files uploaded by users", "chat history", "support requests".
    pattern: /\b(?:messages|emails|chats) (?:that )?(?:you|users|members|people) (?:may )?(?:send|exchange|receive)\b|\b(?:send|exchange)(?:,? (?:or |and )?(?:receive|engage|share|read|reply|exchange|send)){1,3}(?: with)? (?:messages|emails|chats)\b|\b(?:files?|folders?|content|photos?|videos?|documents?|images?) (?:and (?:files?|folders?) )?(?:uploaded|posted|shared|submitted|created|stored) by (?:you|users|members)\b|\byou (?:post|upload|share|submit|send|write|create|publish) (?:\w+ ){0,2}(?:comments?|posts?|content|messages?|photos?|videos?|files?|reviews?)\b|\b(?:post|upload)\w* (?:it|them|content|files|photos|videos) (?:to|on) (?:our|the)\b|\bupload (?:your )?(?:files|content|photos|videos|documents)\b|\bchat (?:history|logs?|transcripts?|conversations?)\b|\bSMS messages\b|\bsocial media posts\b/i,
    gloss: 'Collects the messages, files and posts you send',
    examples: {
      match: ['This information includes the messages that users send to one another.', 'Files and folders uploaded by users are retained according to their plan.'],
      noMatch: ['We send you messages about your account.', 'We may send you marketing emails if you agree.'],
    },
  },
  {
    id: 'collect.content.posts-and-prompts',
    kind: 'content',
    name: 'posts/comments/prompts',
    // Content in the words of platforms and AI services: "your comments", "direct message
    // contents", "discussion group posts", "content submitted through our Services",
    // "customer content", "prompts", "chat history".
    pattern: /\byour (?:public |private |direct )?(?:comments|posts|reviews|messages|uploads|photos|videos|files|prompts|conversations)\b|\b(?:direct|private) messages?\b|\bmessage contents?\b|\bmessages to other (?:users|members)\b|\b(?:discussion|forum|group) (?:group )?posts\b|\bcomments? history\b|\b(?:content|files|messages|recordings) (?:submitted|uploaded|posted|shared|created) (?:through|via|on|to|using|in) (?:our|the)\b|\b(?:customer|user|member) content\b|\bprompts\b|\b(?:chat|conversation) history\b/i,
    gloss: 'Collects your posts, messages and prompts',
    examples: {
      match: ['We collect your direct message contents and metadata.', 'We process any messages, files or recordings submitted through our Services.', 'When you use the assistant, we collect your prompts and the outputs generated.'],
      noMatch: ['We may send you messages about your account.', 'We collect your IP address.'],
    },
  },
  {
    id: 'collect.content.listed',
    kind: 'content',
    name: 'posts/comments',
    // What people post, as items of a list of collected data ("your interactions, including
    // posts, comments and votes"); not "comments about our service" outside a list.
    pattern: /(?:\b(?:include|includes|including|such as)|[,;:])\s+(?:your )?(?:posts|comments|reviews|uploads|photos|videos|voice recordings|chats|direct messages)(?=\s*[,;)]|\s+(?:and|or)\b)/i,
    gloss: 'Collects your posts and comments',
    examples: {
      match: ['We collect information about your activity on the forum, including posts, comments, votes, and group memberships.'],
      noMatch: ['We collect your IP address, browser type and the pages you view.'],
    },
  },
  {
    id: 'collect.content.support',
    kind: 'content',
    name: 'support requests',
    // What the person writes to the provider itself: incidental content, which an end-to-end
    // promise about the service's content outweighs (GUIDE: content the provider cannot read).
    // Also the messages the person sends the provider: "send us messages", "content of live
    // chats and emails to us".
    pattern: /\b(?:support|help|customer service) (?:requests?|tickets?|enquir(?:y|ies)|inquir(?:y|ies))\b|\bbug reports?\b|\bcorrespondence\b|\bcontents? of your (?:message|email|enquiry|inquiry) to us\b|\bsend(?:ing)? us (?:an? |your )?(?:messages?|e-?mails?|letters?|enquir(?:y|ies)|inquir(?:y|ies)|questions)\b|\b(?:messages|e-?mails) (?:that )?you send (?:to )?us\b|\blive ?chats?\b|\bcommunications? with us\b|\bcontents? of (?:your )?communications\b|\b(?:data|information|messages?|details) (?:that )?you (?:transmit|send|submit|provide|enter)\w* (?:to us )?(?:via|through|in|within|using) (?:the|our|a) contact forms?\b|\b(?:respond(?:ing)? to|complet(?:e|ing)|answers? to|responses? to|fill(?:ing)? (?:in|out)) (?:our |a |any )?(?:surveys?|questionnaires?)\b|\bsurvey (?:responses|answers|information|data)\b/i,
    gloss: 'Collects what you write to support',
    examples: {
      match: [
        'When you submit support requests, we collect the details you choose to share.', 'You can use the link on our website to send us messages; we keep them to answer you.',
        'We collect the content of live chats and emails to us.', 'We process your purchase history and your communication with us.',
        'We use the data you transmit to us within the contact form to answer you.', 'You provide us with information when you respond to our surveys.', 'This may include complaints, survey information and shopping preferences.',
      ],
      noMatch: ['We collect your IP address.'],
    },
  },
  {
    id: 'collect.government-id.documents',
    kind: 'government-id',
    name: 'ID documents',
    pattern: /\bgovernment(?:[- ]issued)? (?:photo )?(?:id|identification|identity documents?)s?\b|\bidentity (?:documents?|cards?)\b|\bphoto (?:id|identification)(?: documents?| cards?)?\b|\bidentification (?:documents?|cards?)\b|\bproof of (?:identity|identification)\b|\bID cards?\b|\bnational (?:id|identity|insurance) (?:numbers?|cards?)\b|\b(?:IRS )?W-[89](?:BEN)? forms?\b/i,
    gloss: 'Collects an ID document',
    examples: {
      match: [
        'We may ask you to verify your identity by providing a government-issued photo ID.', 'To verify your age, we may collect a photo of your identity document.',
        'To verify you, we may ask for a headshot and a photo identification document.',
      ],
      noMatch: ['We collect your user ID.', 'We collect the photo you choose for your profile.'],
    },
  },
  {
    id: 'collect.sensitive.face-and-origin',
    kind: 'sensitive',
    name: 'sensitive data',
    pattern: /\bsensitive categories of (?:personal )?(?:data|information)\b|\bethnicity\b|\brace(?:\/| or | and )ethnicity\b|\bphotos? of your face\b|\bselfies?\b|\bfacial (?:age )?(?:estimation|analysis|images?)\b|\bheart rate\b|\bsleep (?:patterns|data)\b|\bfitness (?:data|information)\b|\bblood (?:pressure|oxygen|glucose|sugar)\b|\bmenstrua\w*/i,
    gloss: 'Collects sensitive data: ethnicity, images of your face, health and fitness readings',
    examples: {
      match: ['To check your age, we may collect a selfie or a photo of your face.', 'For participants in our shows we may process sensitive categories of personal data, such as ethnicity.'],
      noMatch: ['We collect your name and email address.'],
    },
  },
  {
    id: 'collect.payment.details',
    kind: 'payment',
    name: 'payment details',
    // Transactions are payments unless they are sign-ins ("transaction history from when you
    // identified yourself", read as activity by collect.activity.sign-ins).
    pattern: /\bfinancial (?:and commercial )?(?:details|information|data)\b|\bpayment (?:methods?|card(?: details| information)?|orders?|(?:personal )?data)\b|\btransaction (?:amounts?|history|details|(?:personal )?data|information)\b(?![^.;]{0,60}\b(?:identif\w*|signed|signing|log(?:ged|ging) ?in|authenticat\w*|(?:was|were) used)\b)|\bpurchase (?:history|records)\b|\b(?:truncated|partial) (?:credit )?card\b|\b(?:information|details|data|records?) (?:about|regarding|concerning|on|of|relating to) (?:the |your )?(?:transactions|purchases|(?:purchases|sales),? (?:or|and) )/i,
    gloss: 'Collects payment or financial details',
    examples: {
      match: [
        'To buy a plan, you must provide a payment method, and we record the transaction amount.', 'We might ask for your date of birth or financial details.', 'We collect information about your transactions with us.',
        'We collect information regarding purchases, sales, or transfers of items on the marketplace.',
      ],
      noMatch: [
        'Payments are processed by our payment provider under its own terms.', 'We keep a transaction history from when you identified yourself with your eID.',
        'We store a transaction history so you can see where and when your account was used.',
      ],
    },
  },
  {
    id: 'collect.activity.sign-ins',
    kind: 'activity',
    name: 'sign-in history',
    pattern: /\b(?:transaction|sign-?in|log-?in|authentication) (?:history|logs?)\b(?=[^.;]{0,60}\b(?:identif\w*|signed|signing|log(?:ged|ging) ?in|authenticat\w*|(?:was|were) used)\b)/i,
    gloss: 'Keeps a history of when you signed in or identified yourself',
    examples: {
      match: [
        'We record a transaction history from when you identified yourself or signed with your eID.',
        'We store a transaction history so you can see where and when your account was used.',
      ],
      noMatch: ['We keep your transaction history for seven years.'],
    },
  },
  {
    id: 'collect.device.technical',
    kind: 'device',
    name: 'technical device data',
    pattern: /\bpush tokens?\b|\btype of (?:device|browser)\b|\blog ?files?\b|\bcrash (?:reports?|reporting|logs?|information|data)\b|\bdevice (?:settings|model|language)\b|\bhardware model\b|\buser[- ]agent\b/i,
    gloss: 'Collects technical data about your device',
    examples: {
      match: ['We store push tokens and keys needed to deliver messages to your device.', 'When you use the service we may collect technical data, so-called log files, with each access.'],
      noMatch: ['We do not sell devices.'],
    },
  },
  {
    id: 'collect.activity.behaviour',
    kind: 'activity',
    name: 'what you do on the service',
    pattern: /\bonline behaviou?r\b|\b(?:users?'?|your|internet|network|VPN|browsing) traffic\b|\b(?:website|site|app|service) usage\b|\baccess logs?\b|\bbrowsing (?:data|information)\b|\busage of (?:our|the) (?:site|website|services?|apps?)\b|\btimestamps of (?:your )?requests\b|\b(?:log|usage) data\b|\b(?:your|user'?s'?) activit(?:y|ies) (?:in|on|within) (?:the|our) (?:service|app|apps|site|website|platform)s?\b/i,
    gloss: 'Collects what you do on the service',
    examples: {
      match: [
        'Behavioural data: information about your online behaviour on our website and app, which we collect.', 'We process data from our access logs to analyse website usage.',
        'The service may collect timestamps and log data relating to your use of it.', 'We collect your activity in the service, such as when you make purchases.',
      ],
      noMatch: ['We collect your name.', 'We keep a log of the data subject requests we receive.'],
    },
  },
  {
    id: 'collect.contacts.listed',
    kind: 'contacts',
    name: 'your contacts',
    // "contacts" as an item of a list of what an app may collect ("This may include contacts,
    // profile photos, ..."); not "contacts with customer service".
    pattern: /(?:\b(?:include|including|such as)|[,;:])\s+(?:your )?contacts(?=\s*[,;)]|\s+(?:and|or)\b)/i,
    gloss: 'Collects your contacts',
    examples: {
      match: ['With your permission, the app may collect data which may include contacts, photos and calendar entries.'],
      noMatch: ['We keep a record of your contacts with customer service.'],
    },
  },
  {
    id: 'collect.from-others.sign-in',
    kind: 'from-others',
    name: 'the account you sign in with',
    // Signing in with another company's account: that company passes data about you.
    pattern: /\b(?:sign(?:ing)?[- ]?(?:in|up)|log(?:ging)?[- ]?in|authenticat(?:e|ion|ing)|register(?:ing)?) (?:with|via|through|using) (?:your |an? )?(?:Google|Apple|Facebook|Microsoft|LinkedIn|GitHub|Twitter|social (?:media|network(?:ing)?)|third[- ]party)(?: (?:or|and|\/) (?:Google|Apple|Facebook|Microsoft|LinkedIn|GitHub|Twitter))?(?: accounts?| services?| platforms?| log-?ins?)?\b/i,
    gloss: 'Gets data about you from the account you sign in with',
    examples: {
      match: ['When you use authentication via Google and Apple, we receive your e-mail address to create your account.'],
      noMatch: ['You can sign in with your email address and password.'],
    },
  },
  {
    id: 'collect.from-others.sources',
    kind: 'from-others',
    name: 'other sources',
    // Data about the person received from a named kind of source: partners, other users,
    // businesses, public sources, authorities, advertisers, data brokers; or such a source
    // "provides us with" it.
    pattern: /(?:\b(?:receive|obtain|get|collect|gather|acquire|purchase|buy)\w*\b(?!\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|messages?|newsletters?|offers?|communications?|updates?|notifications?|promotions?|marketing|advertising|ads)\b)[^.;]{0,120}?|^\W{0,3})\bfrom\s+(?:you (?:and|or) )?(?:(?:our|your|other|trusted|selected|certain|various|some|these|those|such|the|third[- ]party|business|marketing|advertising|commercial|outside|external|airline|publicly|public|accessible|available|payment|service)\s+){0,3}(?:partners?|businesses|compan(?:y|ies)|sources|advertisers|data brokers|brokers|social (?:media|networks?)|authorities|customers|employers|platforms|affiliates|organi[sz]ations|third[- ]part(?:y|ies)|databases|records|providers?)\b|\bfrom (?:an)?other (?:individuals|users|members|people|persons)\b|\b(?:third[- ]parties|(?:business |marketing |advertising )?partners|advertisers|other (?:users|members|companies|businesses|sources)|data brokers|others)\b[^.;]{0,60}?\b(?:provides?|shares?|gives?|sends?|discloses?)\s+(?:to\s+)?us\b|\bprovided (?:to us )?by (?:third[- ]parties|(?:our )?partners|other (?:users|individuals|people)|others)\b|\babout you when others\b|\b(?:providers|vendors|carriers|affiliates)\b[^.;]{0,40}?\b(?:provide|share|give|send|disclose)s?\s+(?:to\s+)?us\b[^.;]{0,60}?\bwith\s+(?:(?:some|certain|additional|other)\s+)?(?:information|data|details)\b/i,
    gloss: 'Gets information about you from other sources',
    examples: {
      match: [
        'We may receive personal data about you from other individuals and from our partners.', 'In some circumstances, we also collect information about you from publicly accessible sources.',
        'Third parties that provide us with information about you.', 'We also collect other kinds of information from you or other sources.',
        'Some mobile carriers may also provide us with information about the location of your device.',
      ],
      noMatch: ['Our service providers provide us with hosting and support services.', 'We share your data with our partners.', 'When you access our site from other websites, we record the referring page.', 'You can opt in to receive advertising emails from our partners.'],
    },
  },
];

/** A denial of collecting: "we do not collect", "we never store", "X is not logged", "no
 *  personal information is collected", "none of our apps will access". The module reads which
 *  items it covers (what follows an active verb, what precedes a passive one). "We don't require
 *  your real name" matches too: OPTIONAL_NOT_DENIED makes it neither a denial nor collection. */
export const COLLECT_DENIAL: FactRule = {
  id: 'collect.denies',
  pattern:
    /\b(?:(?:do|does|did|will|shall|would|can|could)\s+not|don't|doesn't|didn't|won't|wouldn't|can't|cannot|never)\s+(?:(?:ever|actively|routinely|intentionally|purposely|deliberately|otherwise|currently|directly|automatically|specifically|permanently|also|even|further|seek to|want to|ask for or|access or|use or)\s+){0,3}(?:collect|gather|track|store|log|record|obtain|receive|keep|retain|save|ask|request|solicit|require|need|handle)(?:s|es|ed|d|ing)?\b|\b(?:do|does|did|will|can)(?:\s+not|n't)\s+ha(?:ve|s) (?:any )?access\b|\b(?:we|us)\s+(?:never|do not|don't|cannot|can't|will not|won't)\s+(?:see|view)\b|\b(?:do|does|did|will)\s+not\s+(?:have|need)\s+to\s+(?:provide|give|enter|share|submit)\b|\b(?:is|are|be)\s+(?:not|never)\s+(?:\w+\s+)?(?:collected|gathered|stored|logged|recorded|tracked|retained|kept|saved|requested|required|uploaded|transmitted|accessed)\b|\bno (?:personal(?:ly identifiable)?|identifying|identifiable) (?:information|data)\b[^.;]{0,40}?\b(?:is|are|will be)\s+(?:ever\s+)?(?:collected|gathered|stored|obtained|recorded)\b|\bnone of (?:[\w-]+\s+){1,6}?(?:will|do|does|shall)\s+(?:ever\s+)?(?:collect|gather|track|store|log|record|access)\w*/i,
  gloss: 'Says it does not collect this',
  examples: {
    match: ["We don't track your precise location.", 'We never collect your name or email address.', 'Payments go through our processor, and we never see or store your credit card number.', 'Your IP address is not logged.', 'When you visit our website, no personally identifiable information is collected about you.'],
    noMatch: ["We don't require you to give us your real name.", 'We collect your IP address.', 'We do not share the email address we collect with advertisers.'],
  },
};

/** Another company, "not us", collects it: "our payment provider – not Acme – collects your
 *  financial information". The object after the verb is denied. */
export const NOT_US_COLLECTS =
  /[-–—,(]\s*(?:and\s+)?not\s+(?:by\s+)?(?:us|we|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s*[-–—,)]\s*(?:(?:directly|actually)\s+)?(?:collects?|gathers?|processes|process|stores?|receives?|handles?|holds?)\b/;

/** A payment made through another company ("pay by card through a third-party payment
 *  processor"): beside a denial that the provider collects payment data, it says nothing more. */
export const PAYMENT_THROUGH_OTHERS =
  /\b(?:through|via|by|using|with|to) (?:a |an |our |the |its )?(?:third[- ]party |external |independent |trusted )?(?:payment[- ](?:processing[- ])?|processing )?(?:process(?:ors?|ing (?:service )?providers?)|(?:service |payment )?providers?|Stripe|PayPal|Braintree|Adyen|Apple|Google Pay)\b/i;

/** "We don't require", "you don't have to": the data is optional, not refused. */
export const OPTIONAL_NOT_DENIED = /\b(?:require|requires|required|need|needs|have to|must|mandatory|obliged)\b/i;

/** Where an active denial's object ends: a new clause, an exception ("other than", "except"),
 *  a restriction ("only"), or a bullet. */
export const DENIAL_OBJECT_END =
  /[;!?]|\.(?=\s+[A-Z]|\s*$)|\s\*\s|\b(?:but|however|although|though|except|excepting|unless|other than|apart from|aside from|besides|beyond|instead|rather|only|whereas|while|because|since|so that|in order to|unless)\b|,\s*(?:and\s+|but\s+)?(?:we|you|they|it|this|these|which|who|our)\b/i;

/** Where a passive denial's subject starts, read backwards: the last of these before it. */
export const DENIAL_SUBJECT_START = /[;:!?]|\.(?=\s+[A-Z])|\s\*\s|\b(?:but|however|although|except|unless|while|whereas)\b|,\s*(?:and\s+)?(?:we|you|they)\b/gi;

/** An active denial whose object is personal data as a whole ("we do not collect any personal
 *  data"), and what may follow it for it to speak for the whole service. */
export const BLANKET_OBJECT =
  /^\s*(?:or (?:\w+ )?)?(?:any )?(?:personal(?:ly identifiable)?|identifying|identifiable) (?:information|data)(?:\s+(?:about|from) (?:you|our (?:users|visitors)|users|visitors|anyone))?\s*(?:$|[.,;](?!\s*(?:unless|except))|(?:except|other than|apart from)(?: for)? (?:the |your )?(?:IP|Internet Protocol|device|technical|log|cookie|usage|aggregate|anonymous))/i;
export const BLANKET_PASSIVE_TAIL =
  /^\s*(?:(?:about|from) (?:you|users|visitors)\s*)?(?:$|[.,;](?!\s*(?:unless|except))|(?:except|other than|apart from)(?: for)? (?:the |your )?(?:IP|Internet Protocol|device|technical|log|cookie|usage|aggregate|anonymous))/i;

/** Sections whose statements speak for one tool or group, not the whole service. */
export const NARROW_SECTION = /\b(?:cookies?|surveys?|analytics|logs?|tracking|automatic(?:ally)?|beacons?|pixels?|children|kids|minors?|teens?|plug-?ins?|advertis\w*)\b/i;

/** Data taken from job applicants ("government ID in the context of a job application", a
 *  "Job Applicants" section): not data about the people who use the service. */
export const JOB_APPLICANTS = /\b(?:job|employment) applica(?:tions?|nts?)\b|\b(?:applicants?|candidates?) for (?:a |an )?(?:jobs?|positions?|roles?|employment)\b|\bwhen you apply for (?:a |an )?(?:job|position|role|employment)\b|\b(?:recruitment|recruiting|hiring) (?:process|purposes)\b/i;
/** A heading over a section for job applicants only. */
export const JOB_HEADING = /^(?:[\w.]+\s+)?(?:job |employment )?(?:applicants?|candidates?|careers?|recruitment|recruiting)\b[^.;]{0,40}$/i;

/** A passive denial of keeping what the same words say is collected ("email addresses
 *  collected for the send-to-a-friend feature are not retained") denies keeping, not collecting. */
export const COLLECTED_NOT_KEPT = /\b(?:collected|received|obtained|provided|submitted|given|gathered|entered)\b/i;

/** What a blanket denial of collecting personal data answers: the kinds that identify a person
 *  or are sensitive. Device, activity and approximate location often stay (server logs). */
export const BLANKET_ITEMS: readonly CollectItem[] = ['contact', 'payment', 'government-id', 'precise-location', 'contacts', 'sensitive'];

/** A blanket denial scoped to some users, moments or tools does not answer for the service;
 *  nor does one in a table row (cells joined by ".;"), which speaks for that row's purpose. */
export const SCOPED_DENIAL = /\.;\s|\b(?:cookies?|pixels?|tags?|tools?|beacons?|plug-?ins?|SDKs?)\s+(?:do|does|will|may)\s+not\b|\b(?:as a guest|without (?:creating |having |an? )?(?:an? )?account|(?:not|aren't|isn't) (?:logged|signed) in|signed[- ]out|do not (?:log|sign) in|through (?:cookies|this|these)|via (?:cookies|this|these))\b/i;

/** Collection in looser words than the older context rules (../facts/collected.ts): "we ...
 *  collect" with more words between, "Apple may receive", "you give us", "may be required",
 *  "are retained", "our servers log". A sentence so worded speaks of collection, weakly. */
export const COLLECTS_LOOSELY =
  /\bwe\b[^.;]{0,60}?\b(?:collect|receive|obtain|gather|process|store|record|access|import|upload|sync|use|request|require|ask (?:you )?(?:for|to))\w*\b|\byou\b[^.;]{0,40}?\b(?:provide|give|share|submit|send|upload|import|sync|enter)\w*\b[^.;]{0,100}?\b(?:to us|with us|us with|to (?:your|our) [\w ]{0,20}account)\b|\bgive us\b|\b(?:information|data|details) (?:that )?you (?:provide|give|share|submit)\b|\b(?:is|are|be) (?:required|requested|retained|kept|processed|held|saved|uploaded)\b|\b(?:collected|gathered|obtained|recorded|logged)\b|\bour (?:servers|systems)\b[^.;]{0,30}?\b(?:log|record|collect|store|receive)\w*\b/i;
/** A line introducing a list of the data a service uses ("Data used for basic users:",
 *  "Personal data processing for verified users:"), or one saying a named register or system
 *  collects it ("The customer register collects the following information:"). */
export const DATA_LIST_INTRO = /^(?:personal )?(?:data|information) (?:used|processed|collected|stored|held|processing)\b[^.;]{0,100}:$|\b(?:collects|gathers|obtains) (?:the )?following\b/i;
/** The provider, by name, as the subject of collecting: "Stack Overflow may collect". */
export const NAMED_PROVIDER_COLLECTS = /\b[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2}\s(?:(?:may|will|can|also|automatically|only)\s){0,2}(?:collect|receive|obtain|gather|process|record|store)(?:s|es)?\b/;
/** Headings of modern policies' collection sections beyond COLLECT_HEADING ("Information Acme
 *  Collects Automatically"). */
export const COLLECT_HEADING_MORE = /\b(?:data|information) (?:we|that we) (?:process|hold|use)\b|\bwhat (?:personal )?(?:data|information) (?:do )?we (?:process|hold)\b|\bsources? of (?:personal )?(?:data|information)\b|\b(?:categories|types|kinds) of (?:personal )?(?:data|information)\b|\breceive (?:personal )?(?:data|information)\b|\b(?:address book|payment|technical) data\b|\blogs? files?\b|\b(?:data|information) (?:[\w.&'-]+ ){1,2}(?:collects|gathers|receives|obtains)\b/i;

/** Other companies collecting, before the item: "third parties such as Google collect ...";
 *  the verb in full ("Partner Program users" is not a partner using anything), with no "we"
 *  between ("with the consent given through a third-party API, we process ..."). */
export const OTHERS_COLLECT = /\b(?:third[- ]part(?:y|ies)|partners?|advertisers?|ad networks?|analytics providers?|providers?|vendors?|processors?|(?:processing|payment|other|outside|third[- ]party) compan(?:y|ies)|agents?|Google|Facebook|Meta|platforms?|they)\b(?:(?!\bwe\b)[^.;]){0,40}?\b(?:collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gather(?:s|ed|ing)?|us(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|set(?:s|ting)?|access(?:es|ed|ing)?|track(?:s|ed|ing)?|record(?:s|ed|ing)?|process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|stor(?:e|es|ed|ing))\b/i;
/** "we and our partners collect": the provider collects too. */
export const WE_AND_OTHERS = /\b(?:we|us)\s*(?:and|or|,|\/)\s*(?:our|its|other|third|selected)\b/i;

/** What other data "could reveal" ("sensitive data you choose to provide could reveal
 *  government identifiers, precise geolocation, ...") is not collected as such. Sensitive data is
 *  the exception: data revealing one's health or beliefs is sensitive data (GDPR art. 9). */
export const REVEALED_ONLY = /\b(?:could|may|might|can) (?:also )?(?:reveal|imply|indicate|suggest)\b[^.;]{0,200}$/i;

/** What the provider removes or filters out is not what it collects ("we remove sensitive data
 *  such as social security numbers from search logs"). */
export const REMOVED_ITEMS = /\b(?:remove|filter|redact|scrub)\w*\b[^.;]{0,120}$/i;

/** Before an item: giving it is forbidden ("it is a violation of this policy to provide us with
 *  any sensitive personal information, such as health data"), as "please do not send us" is. */
export const PROHIBITED_BEFORE = /\b(?:violation|violate|prohibited|forbidden|not (?:permitted|allowed))\b[^.;]{0,40}?\bto (?:provide|send|submit|share|disclose|post|upload|give)\b[^.;]{0,240}$/i;

/** A sentence about the device's permission system, not what the provider collects: "mobile
 *  platforms have permission systems for device data, such as phone book and location
 *  services", "devices let users change device permissions (e.g., location services,
 *  contacts)". */
export const PERMISSION_SYSTEM = /\bpermission (?:systems?|controls)\b|\b(?:change|manage|control|adjust|review) (?:the |your |their |its )?(?:device|app|application|mobile) permissions\b/i;

/** A right's words that still leave the data collected when used: "you can choose to import
 *  your contacts", "you may opt in to share your location". */
export const CHOICE_TO_GIVE = /\b(?:choose|choice|able|opt[- ]in|consent|agree)\b[^.;]{0,30}$/i;

/** A condition on what the person does ("if you post comments, we store them") still says
 *  what is collected; one on what the provider does ("if we collect") does not. */
export const PERSON_CONDITION = /\b(?:if|whether|in case|to the extent|when|where)\s+you\b[^.;]*$/i;

/** A negation governing the sentence before the item, with no turn ("but", "except", ", we")
 *  between: "we don't show you ads based on sensitive categories, such as health" says nothing
 *  is collected. Not one in a relative clause ("data that does not identify you, such as ...")
 *  nor "whether or not", "not only", "not limited to". */
export const NEGATED_BEFORE = /(?<!\b(?:that|which|who|or|if|whether|unless)\s+(?:[\w']+\s+)?)\b(?:not|never|no|don't|doesn't|won't|cannot|can't|neither|nor|excluding|exclude|excludes)\b(?!\s+(?:only|limited|just|merely|longer|later|more|less|matter)\b)(?![^;:]*(?:\b(?:but|however|although|except|other than|apart from|while|whereas|instead|only|unless)\b|,\s*(?:and\s+|so\s+)?(?:we|you|they|it|this)\b))[^;:]*$/i;

/** A short title naming a category of data ("Location Information.", "Other Information You
 *  Provide to Us."): the line after it describes data in that category. */
export const DATA_CATEGORY_TITLE = /^(?:[A-Z][\w'’&/-]*,?\s+){0,5}(?:Information|Data|Details|Identifiers)\b(?:\s+[A-Za-z][\w'’]*){0,5}\.?$/;
/** The same title leading the sentence ("Referral Information: your contacts' ...", "Data used
 *  for basic users: your email address"). */
export const DATA_CATEGORY_LEAD = /^(?:[A-Z][\w'’&/-]*\s+){0,4}(?:Information|Data|Details|Identifiers)(?: (?:used|processed|collected|stored)\b[^:.;]{0,60})?\s*[:–—]\s/;

/** A list introduced as what the provider does not do ("we do NOT do any of the following:"),
 *  and an item of it that is a collecting verb ("Log users' traffic"): a denial of its items. */
export const DENIED_LIST_INTRO = /\b(?:do|does|will)\s*(?:not|n't)\s+(?:do\s+)?(?:any of\s+)?the following\b[^:]*:$|\bwe (?:never|do not|don't|will not|won't)\s*:$/i;
export const COLLECTING_ITEM = /^\s*(?:[-*•]\s*)?(?:log|collect|store|track|record|keep|retain|save|monitor|access|gather)\b/i;

/** People other than the provider as the subject of a denial, just before it. */
export const PEOPLE_SUBJECT = /\b(?:members|users|visitors|others|people|recipients|you)\b(?:\s+[\w']+){0,4}\s*$/i;

/** An item that belongs to other people ("the email addresses of the friends you write to"):
 *  not the person's own data. */
export const OTHER_PEOPLES = /^\s*(?:of|from|belonging to)\s+(?:your |the |other )?(?:friends|contacts|recipients|other (?:users|people|individuals|members)|others|people you)\b/i;

/** A hedged denial ("we typically do not collect sensitive data; where we do, ...") is no denial. */
export const HEDGED_DENIAL = /\b(?:typically|generally|usually|normally|ordinarily|in most cases)\b[^.;]{0,20}\b(?:do|does|will)\s*(?:not|n't)\b|\b(?:where|when|if) we do(?: so| this)?\b/i;

/** The person as the one receiving ("you may receive offers from partners"). */
export const PERSON_RECEIVES = /\byou\s+(?:\w+\s+){0,2}(?:receive|get|obtain)\w*\b[^.;]{0,80}$/i;
/** What comes from a source is offers or messages to the person, not data about them. */
export const COMMUNICATIONS_FROM = /\b(?:offers|newsletters?|e-?mails|ads|advertisements|advertising|promotions?|promotional content|communications|messages|marketing)\b[^.;]{0,30}$/i;

/** A denial that holds only while the person refuses ("If you do not enable location services,
 *  we don't collect your precise location"): it says the data is collected once they agree, so
 *  it is no denial. */
export const WHILE_YOU_REFUSE = /^\W*(?:if|when|where|as long as|so long as)\s+you\s+(?:do not|don't|choose not to|decide not to|decline to|refuse to|have not|haven't)\s+(?:\w+\s+){0,2}?(?:enable|enabled|allow|allowed|turn on|turned on|activate|activated|consent|consented|agree|grant|granted|give|given|share|provide|provided|opt in|opted in|permit|switch on)\b/i;
