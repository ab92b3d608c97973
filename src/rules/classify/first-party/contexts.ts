// First Party Collection/Use in particular places: limits on collection, anonymous data,
// surveys, apps, analytics, purpose lists and tables, social sign-in, optional fields.
// Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { MODAL } from '../../words.ts';

const LABEL = 'First Party Collection/Use';

export const contextRules: readonly Rule[] = [
  {
    id: 'first-party.we-do-not-collect',
    label: LABEL,
    patterns: [
      // "We do not knowingly collect ... from children" is left to audiences.ts.
      `we (do not|will not|never|does not) ${MODAL}? (actively|otherwise|automatically|currently|routinely)? (collect|gather|obtain|request|solicit|record|read|listen to|monitor) (any|your|personal|personally|information|data|the|or|cookies)`,
      'we (do not|will not|never) use (cookies|web beacons|your|this|the|such|personal|any) * (to|for) (collect|gather|identify|track|store|marketing|advertising|any other)',
      '(no|not) (personal|personally identifiable) (information|data) (is|are|will be) (collected|gathered|stored|obtained|recorded)',
      'we (only|solely) (collect|use)',
      'we (do not|will not|never) (associate|link|combine|match|connect)',
      // The site or its cookies as the subject: "the portal doesn't record any details of visitors".
      '(doesn t|does not|don t|won t|will not|never) (actively|otherwise|automatically|currently|routinely)? (collect|gather|record|capture|store) (any|personal|personally|information|data|your)',
    ],
    gloss: 'Says what the provider does not collect or use (limits on its own collection)',
    examples: {
      match: [
        'We do not use cookies to gather any personal information.', 'Unless sent directly to us in an email, we do not read the content of your online communications.',
        'The city portal doesn\'t record any details of visitors who only browse the maps.', 'No personal information is collected when you browse the catalogue.',
        'We only collect what we need to ship your order.', 'We do not link your survey answers to your name.',
      ],
      noMatch: ['We do not sell customer information to anyone.'],
    },
  },
  {
    id: 'first-party.anonymous-aggregate-use',
    label: LABEL,
    patterns: [
      '(aggregate|aggregated|anonymous|anonymized|anonymised|de identified|non personally identifiable|non personal|statistical) (information|data) (to|for) (improve|analyze|understand|evaluate|measure|help|research|internal|statistical|our)',
      'we (may)? (also)? (aggregate|anonymize|anonymise|de identify|deidentify|pseudonymize) (and|or)? (anonymize|de identify)? (information|data|your|the|personal|it)',
      'we (may)? (use|collect|create|compile|generate|analyze) (and (share|disclose))? (aggregate|aggregated|anonymous|anonymized|de identified|non personal|non personally identifiable|statistical)',
    ],
    gloss: 'Says the provider collects or uses anonymous or aggregate data',
    examples: {
      match: [
        'We use aggregate Personal Information to help us to evaluate and modify existing services and features.', 'We use aggregate data to improve our menus.',
        'We may aggregate your answers with those of other readers.',
      ],
      noMatch: ['We share aggregate statistics with advertisers.'],
    },
  },
  {
    id: 'first-party.surveys-contests',
    label: LABEL,
    patterns: [
      '(participate|enter|take part) in (a|our|any)? (survey|surveys|contest|contests|sweepstakes|promotion|promotions|questionnaire)',
      '(survey|surveys|contest|contests|sweepstakes) (entries|entry|responses|information)',
      // Asking you to answer questions: "we may invite members to fill out a short poll".
      '(complete|fill out|respond to|take|answer|participate in) (a|our|an|any|the|online|optional|voluntary)? (online|short|brief)? (survey|surveys|questionnaire|questionnaires|poll|polls|opinion polls)',
      '(conduct|conducts|run|runs|send|offer|offers) (online|occasional|periodic)? (surveys|questionnaires|polls|opinion polls)',
    ],
    gloss: 'Says information is collected through surveys, contests or promotions',
    examples: {
      match: [
        'Members who take part in our surveys tell us which classes they would like next year.',
        'Now and then we invite members to fill out a short poll about the next season.', 'Survey responses are read by our research team.',
        'We occasionally run online surveys about new features.',
      ],
      noMatch: ['Official contest rules are posted on the contest page.'],
    },
  },
  {
    id: 'first-party.mobile-app-data',
    label: LABEL,
    patterns: [
      '(when you|if you) (download|install|use|access) (our|the|a) (mobile)? (app|apps|application|applications)',
      '(apps|applications|devices|our app|our apps) (may)? (collect|collects|access|record|records) (the|your|certain|information|data|personal|location|device)',
      '(mobile|wireless) (device|phone) (information|data|identifier|identifiers|type|number)',
      '(access|accesses|use|uses) (your)? (contacts|address book|camera|photos|microphone|calendar)',
    ],
    gloss: 'Says what the provider collects through its mobile apps or your device',
    examples: {
      match: [
        'When you download our mobile app, we may collect your mobile device identifier.', 'Our apps may collect location data when they are open.',
        'The app uses your camera to scan receipts.',
      ],
      noMatch: ['Our app is available in the store.'],
    },
  },
  {
    id: 'first-party.analytics-internal',
    label: LABEL,
    patterns: [
      '(conduct|perform|conducts|performs) (statistical|demographic)? (analytics|research|analysis|analyses)',
      'to (gather|collect|compile) (statistical|aggregate|usage|anonymous|demographic) (information|data)',
      '(track|tracks|tracking|measure|measures) (general|site|website|user|your)? (usage|use|activity|response rates|traffic|visits|how)',
    ],
    gloss: 'Says the provider analyses or tracks how the service is used',
    examples: {
      match: [
        'Conduct analytics to better understand Customer and user needs.', 'We use cookies to compile statistical information about visits.',
        'We measure site traffic to see which pages are popular.',
      ],
      noMatch: ['Track your package on the carrier website.'],
    },
  },
  {
    id: 'first-party.purpose-list-item',
    label: LABEL,
    prior: 2,
    patterns: [
      // Objects that name a message or a kind of ad: "to deliver marketing communications...",
      // "to send you reminders", "otherwise to maintain and administer the site".
      '^ (otherwise)? (to)? (deliver|send|provide|display|serve|show|offer|tailor) (you)? (marketing|communications|reminders|notices|updates|newsletters|offers|special offers|personalized|personalised|relevant|targeted|interest based|tailored|customized)',
      '^ (otherwise)? to (maintain|administer|operate|manage|run) (and (administer|maintain|operate|improve))? (the|our) (site|sites|website|websites|service|services|business)',
      '^ (to)? (bill|charge|establish|monitor|send|provide|create|deliver|improve|personalize|customize|process|respond to|communicate with|administer|operate|verify|contact|notify|fulfill|offer|develop|measure|display|enhance|maintain|tailor|complete|recommend|authenticate|market|help|protect|detect|prevent|conduct|assess|analyze|perform|support|investigate|enforce) (and (maintain|improve|personalize|protect|provide|inform|assistance))? (you|your|our|the|and|a|an|any|customer|customers|user|users|new|products|services|content|orders|advertising|ads|promotions|account|access|credit|security|fraud|risk|support|analytics|audits|internal|technical)',
      '^ (to)? (establish|create|monitor|maintain|administer) (and|or|monitor|maintain|manage)? (and|or|maintain|manage)? (and|or|maintain|manage)? (a|an|the|your|our|customer|customers|account|accounts|billing)',
      '^ (deliver|provide|market|help|measure|authenticate|protect|establish|create|improve|personalize|send|process|verify|maintain) (and (maintain|protect|personalize|improve))? .? .? .? .? .? .? $',
      '^ (displaying|fulfilling|detecting|preventing|authenticating|marketing|billing) (our|the|your|service|various|fraud|security|and)',
      '^ (to)? (allow|enable|understand|recognize|attribute|implement|facilitate|remember|evaluate|diagnose|customise|personalise|serve|track|compile|determine) (you|your|users|our|the|how|whether|content|advertising|ads|interest|social|same|usage|trends|problems|a|an|and)',
      '^ (to|for)? (manage|ensure|carry out|run|administer) (our|the|your|that|surveys|contests|sweepstakes|promotions|obligations|content|site|sites|services)',
      '^ (saving|storing|remembering|tracking|analyzing|understanding|recognizing|conducting|allowing|enabling|sending|notifying|informing|managing|ensuring|preventing) (your|you|our|the|users|how|content|marketing|promotional|fraud|and)',
      '^ (sending|providing|creating|delivering|improving|personalizing|customizing|processing|responding to|communicating with|administering|operating|verifying|contacting|notifying|managing|fulfilling|offering|developing|measuring|displaying|enhancing|maintaining|tailoring) (you|your|our|the|and|a|an|customer|user|new|products|services|content|orders|advertising|ads|promotions|marketing|promotional)',
      // More purpose verbs that open an item: "customize the pages you see", "prevent fraudulent orders".
      '^ (to)? (control|develop|recognize|prevent|personalize|personalise|customize|customise|detect|investigate) (and (develop|deliver|improve|prevent|detect))? (the|potentially|fraud|fraudulent|illegal|prohibited|your|our|you|content|advertising|ads|same|services|products|new)',
    ],
    gloss: 'A list item naming one purpose the data is used for ("to process your orders")',
    examples: {
      match: [
        'To bill you for these products and services.', 'establish, monitor, and maintain a Customer account and billing records;',
        'to send you reminders about classes you booked;', 'Customize the recipes shown on your home page;', 'To operate our website;', 'Process payments.',
        'Detecting fraud and abuse;', 'To remember your preferences;', 'To manage contests and promotions;', 'Saving your cart between visits;',
        'Sending you order confirmations;',
      ],
      noMatch: ['To opt out, click the link in any email.'],
    },
  },
  {
    id: 'first-party.may-use-information',
    label: LABEL,
    patterns: [
      // Use stated without "we": the provider's name or a passive verb carries it.
      '(may|will|can|might) (also)? (use|process|make use of) (and|or)? (disclose|share)? (your|such|this|the|user posted|user) (health|personal|medical|account|contact|personally identifiable)? (information|data|content)',
      '^ (use|uses|using) (and|or)? (share|disclose)? (your|such|this) (information|data)',
      '(is|are|will be|be) (saved and|collected and|stored and)? (only|solely)? used (only|solely|exclusively)? (to|for) (send|provide|process|respond|fulfill|improve|the purpose|that purpose|purposes|internal)',
      '(technologies|technology|tools) (that|which) (automatically)? (collect|record|gather) (certain)? (information|data|non personal)',
    ],
    gloss: 'Says what the provider may use your information for',
    examples: {
      match: [
        'The clinic may use your health information to schedule your appointments.', 'Addresses you enter are used only to send the one message you asked for.',
        'Using this information, we tailor the pages you see.', 'We use tools that automatically collect data about your visit.',
      ],
      noMatch: ['You may use the site without registering.'],
    },
  },
  {
    id: 'first-party.store-and-track',
    label: LABEL,
    patterns: [
      '(receive|receives) and (store|stores|retain|retains|record|records) (any|the|all|certain)? (information|data)',
      '(place|places|set|sets|store|stores|save|saves) (internet)? (cookies|a cookie|a unique|cookie files|an authorization key|small files) (on|in) (your|visitors|users|a users|the users|the visitors|its visitors|our visitors)',
      '(cookies|cookie) (save|saves|store|stores|contain|remember|remembers) (data|information|your)',
      '(we|will|may) (track|aggregate|monitor|log|record) (and (aggregate|store|record))? (your|users|visitors|their) (public)? (activities|activity|visits|usage|use|clicks|browsing)',
      '(use|uses) (demographic|search query|usage|location|preference|aggregate|aggregated|anonymous|anonymized|non personal|traffic) (and (preference|interest|usage) )?(data|information) (to|for)',
    ],
    gloss: 'Says the provider stores data it receives, places cookies that save data, or tracks your activity',
    examples: {
      match: [
        'When you fill in a form, we receive and store the data you submit.', 'The site may place cookies on visitors computers to keep them signed in.',
        'Cookies remember your login so you need not sign in again.', 'We may track your visits to our partner sites.', 'We use location data to suggest nearby shops.',
      ],
      noMatch: ['Cookies are small text files.'],
    },
  },
  {
    id: 'first-party.social-login',
    label: LABEL,
    patterns: [
      // Signing in with or linking a social network account: the provider receives profile data.
      '(log in|login|sign in|signin|sign on|register|connect|link) (to|with|through|using|via)? (your)? (account)? (to|with|through|using|via)? (facebook|twitter|google|instagram|openid|a social network|a social networking|a social media|third party social|third party sign)',
      '(facebook connect|facebook login|sign on services|single sign on)',
      '(from|of) your (facebook|twitter|google|social network|social media|social networking) (profile|account)',
    ],
    gloss: 'Says signing in with a social network account gives the provider data from that account',
    examples: {
      match: [
        'If you sign in with Facebook, we receive your public profile and friend list.', 'We may import details from your social media profile when you connect it.',
        'You can sign in with Facebook Login instead of a password.',
      ],
      noMatch: ['Follow us on our social media pages.'],
    },
  },
  {
    id: 'first-party.purposes-table',
    label: LABEL,
    patterns: [
      '(business purpose|business purposes|lawful basis|legal basis|legal bases) (categories|for processing|for the processing|of processing)?',
      'categories of personal (data|information)',
      'legitimate (interest|interests) (in|to|of)',
      '^ .? (day to day)? (business|marketing) purposes $',
    ],
    gloss: 'Part of a table of purposes, the data used for each and the legal basis',
    examples: {
      match: [
        'Business Purpose Categories of Personal Data Lawful Basis for Processing',
        'Detect security issues Identifiers Legitimate interest in protecting Customer Account and Personal Data against fraud and security threats',
        'Marketing purposes',
      ],
      noMatch: ['Our business hours are nine to five.'],
    },
  },
  {
    id: 'first-party.we-and-partners',
    label: LABEL,
    // These sentences also trip third-party-agent (prior -4) by construction, so the prior here
    // is set to outweigh it.
    prior: 5,
    patterns: [
      // The provider acts together with its helpers ("we and our vendors may use cookies to..."):
      // still the provider's own collection or use, though a third party is named as well.
      '(and|or) (our|its) (authorized|trusted|third party|advertising|marketing)? (management|advertising|marketing)? (service providers|vendors|partners|affiliates|business partners|agents|contractors|subsidiaries|third party vendors|third party service providers) (also)? (may|might|will|also|can|generally|sometimes)? (also)? (use|collect|gather|receive|combine|record|obtain|place|set|access|automatically)',
      // "We, or third parties acting for us, use cookies"; "the site or third parties may collect".
      '(we|us) (and|or) (certain|selected)? third parties (acting on our behalf)? (may|might|will|also|can)? (also)? (use|collect|gather|place|set)',
      '(or|and) third parties (may|might|will|also|can) (also)? (use|collect|gather)',
    ],
    gloss: 'Says the provider, together with companies working for it, collects or uses your data',
    examples: {
      match: [
        'We and our contractors may record the address your request came from.', 'We or selected third parties may place pixels in our newsletters.',
        'We and third parties may collect data about your visits.',
      ],
      noMatch: ['Our vendors may not use your data for their own marketing.'],
    },
  },
  {
    id: 'first-party.optional-data',
    label: LABEL,
    prior: 2,
    patterns: [
      '(is|are|be) (entirely|completely|purely|always|strictly)? (voluntary|optional)',
      '(is|are) (entirely|completely|always)? (your|up to your) (choice|decision|option)',
      '(mandatory|required) (fields|information|data)',
    ],
    gloss: 'Says which details are optional or required when you give them',
    examples: {
      match: [
        'Providing your phone number is optional.', 'The fields marked with an asterisk are required fields.', 'Giving us your birthday is entirely your choice.',
      ],
      noMatch: ['Optional add-on services cost extra.'],
    },
  },
];
