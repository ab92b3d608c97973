// The data items modern policies name that the older item rules (../../facts/collected.ts)
// miss: precise and approximate location, content, contacts, sensitive data, ID documents,
// payment, activity, device data, data from other sources. Re-exported by ./index.ts.
import type { CollectItem } from '../items.ts';
import type { KindRule } from '../../facts/types.ts';
import { PRECISE_LOCATION_WORDS } from './answers.ts';

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
