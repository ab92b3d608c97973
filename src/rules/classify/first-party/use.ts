// First Party Collection/Use: what the provider uses your data for, and data it combines or gets
// from elsewhere (other sources, CPNI, location, monitoring). Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { MODAL } from '../../words.ts';

const LABEL = 'First Party Collection/Use';

export const useRules: readonly Rule[] = [
  {
    id: 'first-party.we-use-information-to',
    label: LABEL,
    patterns: [
      `we ${MODAL}? ${MODAL}? (use|process|analyze|analyse|utilize|employ) (the|this|your|such|that|any|all|these|certain|some|personal|aggregate|aggregated|collected|non|contact|location|usage|it|them)? (personal|personally identifiable|non personal|collected|contact|location|aggregate|aggregated|identifiable|anonymous|demographic|account|usage|of the|of your|cpni)? (information|data|details|cpni|it|them|info) (to|for|in|as|that|we|about|collected|you|submitted|provided|obtained|received|gathered)`,
      '(information|data) (is|are|may be|will be|can be) (used|processed|use) (to|for|by us|in order|primarily|only|solely|internally|as)',
      `we ${MODAL}? (use|process) (this|your|the|such|that|these|customer|account) .? .? (information|data|cpni) (to|for|only|solely|primarily|internally|and|as|in)`,
      '(we|. ) (use|uses|may use) (this|your|the|such|all|that) (personal|personally identifiable|customer)? (information|data|cpni) (as outlined below|as follows|in the following ways|for the following purposes)? $',
      '(uses|may use) (your|the|such|this|customer) (personal|personally identifiable|customer)? (information|data|cpni) (to|for|as|in)',
      '(may|will|can) (also)? use (your|the|this|such|any|personally|personal) .? .? .? (information|data|records|email address|address|cpni) (to|for|in order|as|only|when|if|we|that we|provided|collected|submitted|obtained|gathered|received|about|from)',
      // "we may use the email address you give us to deliver the gift card".
      '(may|will|can) (also)? use (your|the|this|such|any|personally|personal) .? .? .? (information|data|records|email address|email addresses|e mail address|e mail addresses|addresses|address|cpni) (that)? (you|we) (provide|provided|give|submit|enter|supply|collect)',
      '(may|will|can) be used (to|for|in)',
      '(use|uses) (the|your|this|such|all) (personal)? (information|data) (we|that we) (collect|receive|obtain|gather|have)',
      'we use (it|this|them) (to|for) (provide|improve|operate|personalize|customize|send|contact|respond|process|communicate|deliver|help|understand|analyze|tailor|verify|administer|maintain|offer|fulfill|complete)',
      // A purpose list item that starts with the verb: "Use your information to send you offers".
      '^ (use|uses) (your|the|this|such)? (personal)? (information|data) (to|for|in|with)',
      '(use|uses|make use of) (the)? (information|data|content) (it|we|that we|that it) (has|have)? (collected|collects|collect|gathered|receive|receives)',
      '(is|are|will be|may be) used (solely|only|primarily|exclusively) (to|for|as|in)',
      // Passive use with an adverb in the way: "your data will always be used only to...".
      '(information|data) (is|are|will|may|can|would|shall) (always|only|also|generally|primarily)? (be)? (used|processed) (only|solely|primarily|exclusively|internally|always)? (to|for|by us|in order|as|when)',
      '(may|will|can|might) (also)? (otherwise)? use (your|the|this|such|any) (personal)? (information|data) with (your)? (consent|permission)',
    ],
    gloss: 'Says what the provider uses your information for',
    examples: {
      match: [
        'We use your Personal Information to provide you with the features, services, or goods you request.',
        'We use Personally Identifiable Information we collect internally in order to provide our services to you.',
        'This Personal Data is used to personalize the content of the emails themselves.', 'Order data will generally be processed internally for billing.',
        'We will use the email addresses you enter to deliver the e-cards you picked.', 'We use your personal information in the following ways.',
        'The company may use customer data to plan new services.', 'We may also use your contact information to send you receipts.',
        'Your answers may be used to improve the survey.', 'We use the information we collect to run the service.', 'We use it to deliver your order.',
        'Use personal information to answer support requests.', 'We use the data we have collected to plan deliveries.',
        'Your phone number is used only to confirm your identity.', 'We may otherwise use your information with your consent.',
      ],
      noMatch: ['We use a third-party vendor to provide conferencing services.'],
    },
  },
  {
    id: 'first-party.use-heading',
    label: LABEL,
    patterns: [
      '^ .? (how|why) (we|does . ) (use|uses|collect|collects|process|processes) (your|the|personal|this)? (personal|customer)? (information|data|info)? $',
      '^ .? what (we|does . ) do with (your|the|this)? (personal)? (information|data|info) $',
      '^ .? (information|data) we (use|collect) (or|and) (share|disclose|use) $',
      '^ .? (anonymous|aggregate|aggregated|de identified|anonymized|non personal) (and de identified)? (information|data) (gathering|collection)? $',
      '^ .? (cookies|cookie|web beacons|image tags|tracking technologies) (and|or)? (image tags|web beacons|similar technologies|other technologies|tracking technologies|pixels|pixel tags)? $',
      '^ .? (use|uses) of (your)? (personal|customer|the)? (information|data|info) $',
      '^ .? (information|data|personal information|personal data|what information|what personal information|what personal data|what information do|the information) (we|that we|do we|does . ) (may)? (collect|gather|receive|obtain|collect about you|collect and receive|collect from you) .? $',
      '^ (information|data) (you provide|you give us|collected automatically|we collect automatically|from other sources|you give to us|from third parties|automatically collected)',
    ],
    gloss: 'A heading that announces what is collected or how it is used',
    examples: {
      match: [
        'How We Use Personal Data', 'What Personal Data Do We Collect?', 'Information we collect automatically', 'What We Do With Your Information',
        'Information We Collect and Share', 'Aggregate Data Collection', 'Cookies and Similar Technologies', 'Use of Customer Information',
      ],
      noMatch: ['How we share your information'],
    },
  },
  {
    id: 'first-party.purpose-provide-improve',
    label: LABEL,
    patterns: [
      '(to|help us|helps us|in order to) (provide|deliver|operate|improve|enhance|personalize|personalise|customize|customise|tailor) (and (improve|personalize|enhance|operate|provide))? (you with|you)? (our|the|your|personalized|personalised|a better|better|more relevant|a more) (navigation|user|browsing|online|shopping|customer|personalized)? (services|service|site|sites|website|websites|products|experience|content|offerings|features)',
      '(to|help us|helps us) (improve|enhance) (the|your|our)? (navigation|user|browsing|online|customer|overall|shopping) experience',
      '(to|help us|helps us) (better)? (understand|analyze|analyse|measure|evaluate|track) (how|the use|usage|trends|traffic|the effectiveness|user|your|our users|visitor|site usage)',
      '(to|help us|helps us) (process|fulfill|fulfil|complete|ship) (your|an|the)? (order|orders|transaction|transactions|payment|payments|purchase|purchases|registration)',
      '(to|help us) (respond to|answer) (your)? (inquiries|questions|comments|emails|e mails|communications|customer service)',
      '(to|help us) (remember|recognize) (you|your|users|returning)',
      '(identify|analyze|determine|monitor) (usage|traffic)? (trends|the effectiveness|patterns)',
      '(for|to conduct) (internal|research|statistical|analytical|analytics|administrative|billing|security|fraud prevention|operational|auditing) (purposes|analysis|research)',
    ],
    gloss: 'States a purpose the provider uses your data for (run, improve or personalise the service)',
    examples: {
      match: [
        'We collect this information to learn more about who is interested in our products and to improve navigation experience on our pages.',
        'We use this data to provide you personalized service and for analyzing patterns and usage of our store.',
        'Surveys help us better understand how readers use the site.', 'We need your address to ship your order.', 'We use your email address to answer your questions.',
        'Cookies help us recognize returning visitors.', 'We monitor traffic patterns to plan server capacity.', 'We may use your answers for statistical purposes.',
      ],
      noMatch: ['These vendors help us provide conferencing services.'],
    },
  },
  {
    id: 'first-party.purpose-contact-marketing',
    label: LABEL,
    patterns: [
      '(we|us to) (may|will|might|can)? (also)? (use it to|use this information to|use your information to|use your personal information to)? (send|email|e mail|contact) (you|our customers|users) (about|with|regarding|information|via|by|newsletters|promotional|marketing|offers|updates|special|emails|e mails|periodic)',
      '(we|to) (may|might)? (communicate|correspond) with you',
      '(information|data|it) (to|in order to) (send|provide|offer) you (with)? (marketing|promotional|advertising|targeted|relevant|personalized|special|newsletters|information about)',
      '(to|and) (offer|send) (you)? (promotions|promotional|marketing|special offers|newsletters)',
      '(send|sends) you (email|e mail|emails|newsletters|promotional|marketing|direct mail|information about|offers|special|periodic)',
      '(information|data) (to|help us|helps us) (show|serve|display|deliver|target|tailor) (you)? (more)? (relevant|personalized|targeted|interest based|tailored)? (ads|advertising|advertisements|content|marketing|offers)',
      'deliver more relevant marketing',
    ],
    gloss: 'Says your data is used to contact you or to market and advertise to you',
    examples: {
      match: [
        'With your consent we may send you offers for new calling plans.',
        'We may communicate with you online concerning such threats, outages, repairs, other network changes, or company offerings.',
        'We use this information to send you promotional emails.', 'We use your email address to send you newsletters.',
        'We use browsing data to show you more relevant ads.', 'Purchase history helps us deliver more relevant marketing.',
      ],
      noMatch: ['You can ask us to stop sending you promotional emails.'],
    },
  },
  {
    id: 'first-party.combine-information',
    label: LABEL,
    patterns: [
      'we (may|might|will|also|may also|sometimes)? (combine|merge|link|associate|supplement|append) (it|this|that|such|the|your|personal|personally|information|data|any|them|non personally|certain|other|additional)',
      '(and|to) (combine|merge) (it|this|them|that|such) with',
      '(may|will) (also)? (combine|merge|link|associate|co mingle|comingle) (your|the|this|such|information|data|personal|anonymous|it)',
      '(combined|merged|linked|associated) with (other|personal|personally|information|data|the information|your)',
      // Matching records up: "we may match the entries from each shop into one customer file".
      'we (may|might|will|also|sometimes)? (also)? (match|cross reference|correlate) (information|data|the|your|this|it|such)',
      '(combine|merge|consolidate) (that|this|the|such|all|your|these)? (information|data|records) (into|with)',
    ],
    gloss: 'Says the provider combines your data with other data it holds or obtains',
    examples: {
      match: [
        'We may combine Personally Identifiable Information with demographic and other information for purposes consistent with this notice.',
        'We may also combine Personal Information we collect online with information available from other sources.',
        'We may match the entries from each of our shops and merge these records into one customer file.',
        'Where we link other records to your account, the whole set is treated as personal data.', 'We may receive data from partners and combine it with what we hold.',
        'Survey answers may be combined with other information about you.',
      ],
      noMatch: ['Our vendors are combined into one billing system.'],
    },
  },
  {
    id: 'first-party.from-other-sources',
    label: LABEL,
    patterns: [
      '(information|data) (about you)? (from|through) (other|third party|outside|public|publicly available|commercially available) (sources|parties|companies)',
      'we (may)? (also)? (obtain|receive|get|acquire|purchase|buy) (personal|information|data|additional|certain|credit) * (from) (third parties|third party|other sources|outside|credit|public|commercially|business partners|partners|social)',
      '(credit|consumer) (reporting|report|reports|history|check|checks|bureau|bureaus) (agencies|agency|information|data)?',
    ],
    gloss: 'Says the provider gets information about you from other sources (credit bureaus, partners)',
    examples: {
      match: [
        'From time to time, we may obtain information about you from third party sources.',
        'This information may include credit history and reporting information.',
      ],
      noMatch: ['We may share information with other companies.'],
    },
  },
  {
    id: 'first-party.cpni-use',
    label: LABEL,
    patterns: [
      '(customer proprietary network information|cpni) (is|includes|include|means|consists|refers)',
      '(use|uses|using|access) (your)? cpni (to|for|internally|in)',
      'cpni $',
      '(call|calling) (detail|details|records|record|history|information|data)',
      'usage (records|details|detail records)',
      '(calls|numbers) (made|dialed|you call|called) (and|or) (received|their duration)',
      '(collect|maintain|obtain) (and maintain)? (certain)? (customer proprietary|cpni)',
    ],
    gloss: 'Says what CPNI (your calling and service records) is and how the carrier uses it',
    examples: {
      match: [
        'CPNI includes the types of services you currently purchase, related usage and billing information for those services.',
        'Generally, we can use your CPNI to offer additional services to you, and for billing and collections purposes.', 'How We Use CPNI',
        'CPNI includes call detail records, such as the numbers you dial.', 'We keep usage records for billing.', 'Your bill lists calls made and received on your line.',
        'As your phone carrier we collect and maintain customer proprietary network information.',
      ],
      noMatch: ['You may restrict our use of your CPNI by calling us.'],
    },
  },
  {
    id: 'first-party.location-data',
    label: LABEL,
    patterns: [
      '(precise|physical|geographic|geographical|general|approximate|real time|device|gps)? (location|geolocation) (information|data|of your device|services)',
      '(gps|wi fi|wifi|cell tower|cell site) (location|signals|data|information|triangulation)',
    ],
    gloss: 'Says the provider collects or uses your location',
    examples: {
      match: [
        'We may use location information to show content relevant to your area.', 'The app may read GPS signals to find stores near you.',
      ],
      noMatch: ['Our office location is in Atlanta.'],
    },
  },
  {
    id: 'first-party.monitor-record',
    label: LABEL,
    patterns: [
      'we (may)? (monitor|monitors|record|track|analyze|review|listen to) (and record)? (calls|your calls|your use|the use|usage|communications|activity|your activity|user activity|how|traffic|emails|customer service|our network|the network)',
      '(keep|keeps|maintain|maintains) (a)? (track|record|records|log|logs) of',
      '(for|to assure|to ensure) (quality|training) (assurance|and training|purposes)',
    ],
    gloss: 'Says the provider monitors or records your calls or activity',
    examples: {
      match: [
        'We may monitor and record calls with our customer service personnel for quality and training purposes.', 'We keep a record of calls to our support line.',
      ],
      noMatch: ['You can monitor your data usage in the app.'],
    },
  },
];
