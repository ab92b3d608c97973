// Rules for "First Party Collection/Use". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// What the provider itself collects, how (you give it, automatically, cookies), and what it uses it for.
// Giving data to others belongs to third-party.ts; choices about collection to choice.ts.
import type { Rule } from './types.ts';

const LABEL = 'First Party Collection/Use';

// Shared vocabulary, kept small so each pattern still reads as a phrase.
const MODAL = '(may|might|will|also|automatically|can|do|does|generally|only|routinely|typically|sometimes|currently|passively|additionally)';
const COLLECT = '(collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained|receive|receives|received|record|records|recorded|log|logs|logged|acquire|acquires|capture|captures)';
// Without "receive": "we may receive legal requests" is about disclosure, not collection.
const GATHER = '(collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained|record|records|recorded|log|logs|logged|acquire|acquires|capture|captures)';
const INFO = '(information|data|info|details)';

export const firstPartyRules: readonly Rule[] = [
  {
    id: 'first-party.we-collect',
    label: LABEL,
    patterns: [
      `^ .? we ${MODAL}? ${MODAL}? ${GATHER}`,
      '(collects|gathers|obtains|may collect|may gather|will collect|also collects) (your|the|certain|some|personal|personally|information|data|anonymous|non|aggregate|usage|demographic|technical)',
      'we (may)? (also)? compile (information|data|statistics|aggregate|anonymous)',
      '(reserve the right|reserves the right) to (collect|use|access|gather)',
      `(site|sites|service|services|website|app|application|company|platform) ${MODAL}? ${MODAL}? (collect|collects|gathers|gather|records|logs|receives) (information|data|personal|certain|the following|your|some|usage|non)`,
      `we ${MODAL}? ${MODAL}? ${GATHER} (and|or) (store|stores|retain|use|process|maintain|combine|record|log)`,
    ],
    gloss: 'Says what information the provider itself collects',
    examples: {
      match: [
        'We collect Personal Data when you communicate with us on our Site and when you use the Fusion Services.',
        'Like most Internet service providers, we automatically collect and store both dynamic and static Internet Protocol (IP) addresses.',
      ],
      noMatch: ['We may share the information we collect with our vendors.'],
    },
  },
  {
    id: 'first-party.we-collect-data-object',
    label: LABEL,
    patterns: [
      `we ${MODAL}? ${MODAL}? ${COLLECT} (and|or)? (store|use)? (personal|personally|certain|the following|information|data|some|non|anonymous|aggregate|demographic|usage|additional|other|limited|nonpublic|identifying|technical|location|contact|billing|payment|credit|device|ip|your (personal|name|email|e mail|ip|contact|location|device|address|phone|telephone|browser|information|data|credit|billing|payment|usage))`,
    ],
    gloss: 'Says the provider collects a kind of personal information',
    examples: {
      match: [
        'In providing our services, we may collect personally identifiable information, such as your name and mailing address.',
        'In providing VoIP services, we collect usage information, including calls made and received and their duration.',
      ],
      noMatch: ['We obtain your consent before we do so.'],
    },
  },
  {
    id: 'first-party.collected-passive',
    label: LABEL,
    patterns: [
      `${INFO} (is|are|was|were|may be|will be|can be|might be|being) (automatically|also|only|passively|routinely)? (collected|gathered|obtained|recorded|logged|captured|received|stored) (by us|from you|when|through|via|automatically|about|during|on|in|for|as|if|whenever|including|such as|using|at|online)`,
      '(collected|gathered|obtained) by us',
      '(that|which) (is|are|was|were|have been|has been) (collected|gathered|obtained)',
      '(information|data) (automatically|passively) (collected|gathered|recorded|logged)',
    ],
    gloss: 'Says what information is collected about you, in the passive voice',
    examples: {
      match: [
        'When you use the Site or its applications, Personal Data is collected including your IP address.',
        'The information gathered by us is used only to improve the site.',
      ],
      noMatch: ['Information is shared with our vendors.'],
    },
  },
  {
    id: 'first-party.information-you-provide',
    label: LABEL,
    patterns: [
      '(information|data|details) (that)? you (provide|give|submit|supply|enter|send|share|disclose|furnish|voluntarily provide|choose to provide|may provide) (to us|us|when|on|through|in|during|by|directly)',
      '(information|data) (you|that you) (provide|give) (us|to us)? (directly|voluntarily)',
      '(we|that we) (may|will|might|also|sometimes)? (ask|request|require) (you)? (for|to provide|to submit|to enter|to give|that you provide)',
      'you (may|will|might) be (asked|required|requested|prompted) to (provide|submit|enter|give|supply|furnish|disclose)',
      '(provide|submit|give|supply) (us|to us) (with)? (your|certain|some|personal|information|contact|the following)',
      'ask (you)? for (your|certain|some|personal|the)? (name|email|e mail|contact|personal|information|address|phone|friend|zip|date|age)',
      // Data you hand over of your own accord, whatever follows: "details you choose to enter, such as your team".
      '(information|data|details) (that)? you (voluntarily|choose to|elect to|decide to|opt to) (provide|submit|give|share|enter|supply|disclose)',
    ],
    gloss: 'Says what information you give the provider yourself',
    examples: {
      match: [
        'We collect information you provide to us directly, such as information submitted via our website.',
        'When you port a number, you may be asked to supply your current carrier account PIN.',
        'For some orders we will ask you for a service address and a billing contact.',
        'Profiles hold the details you choose to enter, such as your team and home town.',
      ],
      noMatch: ['You can update any information you have given us in your account.'],
    },
  },
  {
    id: 'first-party.when-you-register',
    label: LABEL,
    patterns: [
      'when you (register|sign up|create an account|open an account|subscribe|enroll|place an order|make a purchase|purchase|apply|fill out|complete|enter a|participate|contact us|order) * (we|you) (may|will)? (ask|collect|provide|request|be asked|need to provide|obtain|receive|give)',
      '(registration|sign up|order|application|enrollment|subscription) (process|form|forms) * (ask|asks|require|requires|request|requests|collect|collects|may include|include)',
      '(to|in order to) (register|sign up|subscribe|enroll|create an account|participate|place an order) * you (must|will need to|need to|may be asked to|will be asked to|are required to) (provide|give|submit|enter)',
    ],
    gloss: 'Says what you are asked for when you register, order or sign up',
    examples: {
      match: [
        'When you sign up for a newsletter, we ask for your name and email address.',
        'To place an order you must provide your billing address and credit card number.',
      ],
      noMatch: ['When you sign up for a newsletter, you can unsubscribe at any time.'],
    },
  },
  {
    id: 'first-party.collected-automatically',
    label: LABEL,
    patterns: [
      'automatically (collect|collects|collected|gather|gathers|gathered|receive|receives|received|record|records|recorded|log|logs|logged|track|tracks|capture)',
      'we (may|also)? (collect|receive|gather|record|log|obtain) (certain|some|the following|this|other|additional)? (information|data|details) automatically',
      '(collect|collects|collected|gather|gathers|gathered|receive|receives|received|record|records|recorded|log|logs|logged) automatically',
      'information (collected|gathered) (automatically|through (cookies|technology|technologies))',
      '(when|whenever|each time|every time) you (visit|use|access|browse|interact with|navigate) * (we|our servers|our systems|our web server|our site|the site|this site) (may|will|automatically)? (collect|collects|record|records|log|logs|receive|receives|gather|gathers|automatically|store|stores|obtain|can)',
    ],
    gloss: 'Says what data is collected automatically when you visit or use the service',
    examples: {
      match: [
        'In the course of providing services to you, we collect certain information automatically whenever you interact with us.',
        'When you visit our website, our servers automatically record your browser type.',
      ],
      noMatch: ['Automatic renewal of your subscription is described in the terms.'],
    },
  },
  {
    id: 'first-party.technical-data-types',
    label: LABEL,
    patterns: [
      '(ip|internet protocol) (address|addresses)',
      'browser (type|types|version|software|language|information)',
      '(type of|your) (browser|web browser) (you use|and operating system)',
      'operating (system|systems) (type|version|versions|you use|and browser|and platform)',
      '(browser|browsers|device|devices|platform) (type|types|version)? (and|or) (the)? operating (system|systems)',
      '(referring|referral|referrer|exit) (url|urls|page|pages|site|sites|website|websites|web sites|address|addresses)',
      '(pages|web pages|content|areas|features|links|ads|advertisements|searches|videos|articles) (you|that you|users) (view|viewed|visit|visited|access|accessed|request|requested|click|clicked|watch|watched|perform|performed)',
      'search (queries|query|history|terms)',
      '(date|dates) and (time|times) (of|you|that you)',
      '(time|times) (and date|spent) (of|on)? (your)? (visit|visits|the site|each page|pages)',
      '(device|unique device|mobile device|hardware) (id|ids|identifier|identifiers|type|model|information)',
      '(clickstream|click stream|navigational|browsing) (data|information|history|activity|patterns)',
      'mac (address|addresses)',
    ],
    gloss: 'Names technical data about your device and visits (IP address, browser, pages viewed)',
    examples: {
      match: [
        'This information includes your IP address and browser information when visiting our website.',
        'This anonymous information consists of the technology being used by site visitors including web browser and operating system.',
        'Information about your connection, including web addresses of the sites you come from and the pages you visited.',
      ],
      noMatch: ['Please use a modern web browser to view this page.'],
    },
  },
  {
    id: 'first-party.personal-data-types',
    label: LABEL,
    patterns: [
      '(your|user|first and last|full) name (and|or)? (your)? (email|e mail|mailing|postal|home|street|physical|address|phone|telephone)',
      '(name|names) (email|e mail|address|postal|mailing|phone|telephone) (address|addresses|number|numbers)?',
      '(email|e mail|mailing|postal|billing|shipping|street|physical|home) (address|addresses) (and|or)? (your)? (phone|telephone|mobile|cellular|zip|postal|credit|date|name|password)',
      '(telephone|phone|mobile|cellular) (number|numbers) (and|or)? (your)? (email|e mail|address|credit|date)',
      '(credit|debit) card (number|numbers|information|info|details|data|or)',
      '(bank|financial|checking) (account|routing) (number|numbers|information)',
      '(date of birth|birth date|birthdate|gender|age|zip code|postal code) (and|or)? (gender|age|zip|postal|income|interests|occupation|marital|education)',
      '(social security|driver license|drivers license|tax identification) (number|numbers)',
      '(user name|username|login) (and|or)? (password|credentials)',
      '(demographic|geolocation|geographic|location|biometric|financial|payment|billing|purchase|transaction) (information|data) (such as|including|about|like|that|which|is|may)',
    ],
    gloss: 'Lists kinds of personal details collected (name, email, phone, card number)',
    examples: {
      match: [
        'Such information includes your name, address, telephone numbers, email addresses and billing information.',
        'Your credit card or financial account number and information.',
      ],
      noMatch: ['Our mailing address is shown below.'],
    },
  },
  {
    id: 'first-party.data-list-item',
    label: LABEL,
    patterns: [
      '^ your .? .? .? .? (name|names|address|addresses|telephone number|email address|e mail address|phone number|title|number) (and|or)? .? .? $',
      '^ (your)? (account|billing|contact|payment|device|location|usage|browsing|demographic|profile|registration) (information|data|activity) .? $',
    ],
    gloss: 'A list item naming one kind of personal data',
    examples: {
      match: ['Your home, work, or cellular telephone number;', 'account information;'],
      noMatch: ['Your privacy is important to us.'],
    },
  },
  {
    id: 'first-party.such-as-list',
    label: LABEL,
    patterns: [
      '(information|data) (such as|including|like) (your)? (name|names|email|e mail|mailing|postal|address|phone|telephone|ip|browser|age|gender|zip|location|credit|contact|payment|date)',
      '(personal|personally identifiable|identifying|contact|account|registration|profile) (information|data) (may include|includes|include|consists of|such as|including|like)',
      'the (types|kinds|categories|type) of (personal)? (information|data) (we|that we) (collect|gather|obtain|may collect|receive)',
    ],
    gloss: 'Lists the kinds of data collected',
    examples: {
      match: [
        'We may collect information such as your name, email address and phone number.',
        'Personal Data may include your home or work address.',
      ],
      noMatch: ['We share information such as aggregate statistics with partners.'],
    },
  },
  {
    id: 'first-party.cookies-we-use',
    label: LABEL,
    patterns: [
      '(we|our site|our sites|the site|this site|our website|our websites|the website|this website|our services|our servers|we also) (may|also|might|will)? (use|uses|place|places|set|sets|send|sends|store|stores|deploy|employ|utilize|utilizes|serve) (a|the)? (small)? (cookies|cookie|web beacons|pixel|pixels|pixel tags|clear gifs|tracking technologies|similar technologies|local storage|flash cookies|tags|image tags)',
      '(cookies|cookie|web beacons|beacons|pixel tags|clear gifs|flash cookies|local shared objects|tracking technologies) (to|that|which) (help|allow|enable|let|collect|track|recognize|remember|store|identify|measure|understand|improve|provide|personalize|count|see|tell)',
      'use of (cookies|web beacons|tracking technologies)',
      '(cookies|cookie) (used|placed|set|served) (on|by|in|through) (our|the|this)',
      '(we|site|sites|website|websites|service|services|company|app|apps) (do|does|may|also|might|will)? (use|uses|utilize|utilizes|employ|employs|place|places|set|sets|store|stores) (a|the)? (cookies|cookie|web beacons|flash cookies|local shared objects|pixel tags|clear gifs|text file|html5 local storage|local storage)',
      '^ .? (cookies|web beacons|pixel tags|clear gifs)$',
      'we (may|also|might|will|can) (also)? (use|place|set) (cookies|web beacons|pixel tags|clear gifs|pixels)',
      // The provider by name: "Acme also uses cookies and pixel tags to...", "the site does use cookies".
      '(uses|also uses|does use|also may use) (cookies|pixels|web beacons|flash cookies|local shared objects|tracking technologies|clear gifs|pixel tags|transparent gifs|web storage|local storage|a cookie|session cookies|persistent cookies)',
    ],
    gloss: 'Says the provider uses cookies or similar trackers, and for what',
    examples: {
      match: [
        'We use cookies to record data about visits and/or transactions made to our store.',
        'Cookies used on the Site are related to managing your identity and personalization; and can help Fusion remember information about your visit.',
        'Use of Cookies',
        'Northwind Books also uses pixel tags in its order confirmation emails.',
      ],
      noMatch: ['Your browser settings let you block cookies.'],
    },
  },
  {
    id: 'first-party.cookie-definition',
    label: LABEL,
    patterns: [
      '(cookies|cookie|a cookie) (are|is) (a)? (small|tiny|simple)? (text|data|piece|pieces|alphanumeric|files|file|bits|identifiers)',
      '(web beacons|beacons|pixel tags|clear gifs|image tags|web bugs|single pixel gifs|tracking pixels) (are|is|also called|also known)',
      '(session|persistent|permanent|temporary|preference|analytics|performance|functional|functionality|essential|strictly necessary|necessary|security|statistic|statistics|marketing|advertising|targeting) cookies',
      '(cookies|cookie) (can|may) (either)? (be)? (permanent|persistent|temporary|session|remember|identify|store|help|make|recognize|collect)',
      '(cookies|image tags|web beacons|pixel tags) (and|or) (image tags|web beacons|cookies|pixel tags) (collect|do not|are|may|can|work|allow)',
      '(these|such|the|our|some) (cookies|image tags|web beacons) (enable|allow|let|help|are|make|remember|store|collect|used|phone|we)',
      '(examples|types|kinds) of (the)? cookies',
      '(tags|cookies|beacons|technologies) (help|helps|allow|allows|enable|enables) us (to)?',
      '(cookies|cookie|web beacons|flash cookies) (store|stores|can be used|are used|is used|make|makes|do not|does not|collect|collects|contain|record|records|track|tracks|tell|let|lets|may be used|allow us|enable us|help us)',
    ],
    gloss: 'Explains what cookies or web beacons are and what kinds are used',
    examples: {
      match: [
        'Cookies are small text files that can be used by us to make your experience more efficient.',
        'Image tags are also called web beacons, web bugs, clear GIFs or single-pixel GIFs.',
        'Preference Cookies',
      ],
      noMatch: ['Please accept our cookie banner.'],
    },
  },
  {
    id: 'first-party.log-files',
    label: LABEL,
    patterns: [
      '(log|server log|web server log|access log) (files|file|data|information|entries|records)',
      '(server|web server|our servers) (logs|log|automatically record|automatically recognizes|records)',
      '(usage|traffic|visitor|site) (statistics|data|information|patterns) (such as|including|about|to|that|which|is|are)?',
      'web analytics (software|tools|services)',
    ],
    gloss: 'Says the provider keeps server logs or usage statistics of your visits',
    examples: {
      match: [
        'We may disclose service usage records and web site data logs when legal process is served.',
        'Our web server logs the pages you request.',
      ],
      noMatch: ['Please log in to your account.'],
    },
  },
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
        'This Personal Data is used to personalize the content of the emails themselves.',
        'Order data will generally be processed internally for billing.',
        'We will use the email addresses you enter to deliver the e-cards you picked.',
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
      match: ['How We Use Personal Data', 'What Personal Data Do We Collect?', 'Information we collect automatically'],
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
        'Where we link other records to your account, the whole set is treated as personal data.',
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
        'Generally, we can use your CPNI to offer additional services to you, and for billing and collections purposes.',
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
      match: ['We may use location information to show content relevant to your area.'],
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
      match: ['We may monitor and record calls with our customer service personnel for quality and training purposes.'],
      noMatch: ['You can monitor your data usage in the app.'],
    },
  },
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
        'We do not use cookies to gather any personal information.',
        'Unless sent directly to us in an email, we do not read the content of your online communications.',
        'The city portal doesn\'t record any details of visitors who only browse the maps.',
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
      match: ['We use aggregate Personal Information to help us to evaluate and modify existing services and features.'],
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
      match: ['Members who take part in our surveys tell us which classes they would like next year.', 'Now and then we invite members to fill out a short poll about the next season.'],
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
      match: ['When you download our mobile app, we may collect your mobile device identifier.'],
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
      match: ['Conduct analytics to better understand Customer and user needs.'],
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
      match: ['To bill you for these products and services.', 'establish, monitor, and maintain a Customer account and billing records;', 'to send you reminders about classes you booked;', 'Customize the recipes shown on your home page;'],
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
      match: ['The clinic may use your health information to schedule your appointments.', 'Addresses you enter are used only to send the one message you asked for.'],
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
      match: ['When you fill in a form, we receive and store the data you submit.', 'The site may place cookies on visitors computers to keep them signed in.'],
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
      match: ['If you sign in with Facebook, we receive your public profile and friend list.', 'We may import details from your social media profile when you connect it.'],
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
      match: ['Business Purpose Categories of Personal Data Lawful Basis for Processing', 'Detect security issues Identifiers Legitimate interest in protecting Customer Account and Personal Data against fraud and security threats'],
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
      match: ['We and our contractors may record the address your request came from.', 'We or selected third parties may place pixels in our newsletters.'],
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
      match: ['Providing your phone number is optional.', 'The fields marked with an asterisk are required fields.'],
      noMatch: ['Optional add-on services cost extra.'],
    },
  },
  // Look-alikes: they name collection or use, but only to frame the policy or to point elsewhere.
  {
    id: 'first-party.policy-framing',
    label: LABEL,
    prior: -3,
    patterns: [
      '(policy|statement|notice) (describes|explains|discloses|sets out|outlines|tells you|covers|applies|governs|informs|details) (about)? (how|what|our|the)',
      '(explain|describe|disclose|understand|inform you) (how|what) (we|information we)',
      '(how|why) we (collect|gather) (and|or)? (use|store) (and|or)? (share|disclose|protect|store)',
      // "...so you know what we collect and how we use it", "here's how and why we use your data".
      '(explains|describes|outlines|know|learn|tells you|tell you) (exactly)? (how|what|why) (and why)? (we|information we|data we)',
      '(explain|explains|describe|describes|disclose|understand|inform you|know|learn) (exactly)? (how|what|why) (and (how|why))? (personal|types of)? (information|data|personal information)? (we|information we)',
      '(what|which) (personal)? (information|data) we (collect|gather) * how we',
      'here (is)? how we',
      // "if we change the way we use your information" announces a policy change.
      '(way|ways|manner) (in which)? we (use|collect|process)',
      // Scope: what this policy does not cover, other companies' own policies.
      '(this|our) (privacy)? (policy|statement|notice) (does not|do not|only) (apply|applies|cover|covers)',
      '(privacy practices|privacy policies|privacy policy|privacy statements) of (other|third|these|those|such|any)',
      // Pointers: "questions on how we use your data? write to us", "any change
      // in how we use it will be announced", "that data is not governed by this policy".
      '(questions|concerns|complaints) (or (concerns|questions|complaints))? (about|regarding) (how|our|this|the way)',
      '(material|significant)? (changes|change) (to|in) (how|the way|the ways|what|the manner)',
      '(not|no longer) (be)? (governed|covered) by (this|our|the) (privacy)? (policy|statement|notice)',
      // Others' use "is subject to their own privacy policies", "governed by the policy of that company".
      '(subject to|governed by|covered by) (their|its|the|each|those|that|these) (own|respective)? (company s|companies|third party s|provider s)? (privacy)? (policies|policy|notices|notice|statements|statement|practices)',
      '(neither|never) (have|has) (access to|control over|control of)',
    ],
    gloss: 'Frames the whole policy (what it covers) rather than stating a collection practice',
    examples: {
      match: ['This policy discloses our practices regarding the collection and use of customer information.', 'Write to our privacy desk with any concerns about how we handle your account.', 'Ticket sellers handle orders as set out in, and subject to, their respective notices.', 'Read on to learn exactly why we keep records of your visits.'],
      noMatch: ['We collect your name and address when you order service.'],
    },
  },
  {
    id: 'first-party.third-party-agent',
    label: LABEL,
    // Stronger than the other look-alikes: with another company as the actor, the sentence still
    // trips two or three first-party cues ("advertisers use cookies to show relevant ads").
    prior: -4,
    patterns: [
      '(third party|third parties|advertisers|ad networks|advertising networks|ad servers|advertising companies|these companies|these third parties|our partners|business partners|partners|service providers|vendors|analytics providers|other companies|they|affiliates|websites|web sites|sites that|content providers|that company|such companies|those companies|these features|such features|plug ins|plugins|widgets) (may|might|will|also|can|typically|generally|usually|often)? (also|automatically|independently)? (use|place|set|collect|serve|access|read|recognize|receive|send|have access|track|deliver|combine|record)',
      '(third party|third parties) (cookies|web beacons|ad servers|advertising|advertisers|ad networks|analytics|tools|service providers|companies|vendors)',
      '(google analytics|doubleclick|google adsense)',
      // Other named recipients as the subject: "such vendors may use it", "a co-sponsor who may use it".
      '(these|such|those) (companies|vendors|partners|advertisers|sponsors|co sponsors|providers|networks|parties|organizations|businesses|entities|recipients|publishers|third party vendors|third party advertisers) (may|might|will|also|can)? (also)? (use|collect|gather|receive|access|combine|connect|record|place|set|download|send)',
      '(sponsor|sponsors|co sponsor|co sponsors|advertiser|advertisers|partner|partners|vendor|vendors|company|companies|provider|providers) who (may|might|will|can)? (also)? (use|collect|receive|gather)',
      '(no|not have) (access to|control over|control of) (or control over)? (these|such|the|their|those)? (cookies|technologies|information)',
      // Outside parties getting at the data: "printers are given access to the mailing labels".
      '(partners|advertisers|vendors|providers|third parties|companies|institutions|contractors|agents|affiliates|sponsors|they|networks|printers|processors) (do not|does not|will not|may|will|also|may also|might|would|to)? (not)? (have|has|be given|are given|get|gain|be granted|are granted|given) (limited)? access to',
    ],
    gloss: 'Says what other companies collect or place: their collection, not the provider’s',
    examples: {
      match: ['Such outside partners may set cookies of their own when our pages load.', 'The prize is supplied by a sponsor who may use your entry to mail you its catalogue.', 'Printers are given access to the mailing labels and nothing else.'],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'first-party.question-heading',
    label: LABEL,
    prior: -3,
    patterns: [
      // A heading or cross-reference that only asks the question ("How do we use your
      // information?", "See 'Why do we collect it' below"): the practice is in the text after it.
      '^ .? .? (how|why|what) (do|does|will|can|may)? (we|the company|the site|the sites|the service|. ) (use|uses|collect|collects|process|gather) * $',
    ],
    gloss: 'A heading that asks how or why data is used; the answer, not the question, states the practice',
    examples: {
      match: ['Why does Northwind collect visitor details?'],
      noMatch: ['We collect your name when you buy a ticket.'],
    },
  },
  {
    id: 'first-party.transfer-abroad',
    label: LABEL,
    prior: -3,
    patterns: [
      '(transferred|transfer|sent|stored|processed) (to|in) (and (processed|stored|maintained) in)? (the united states|the us|the u s|other countries|another country|any other country|countries outside)',
      '(outside|outside of) the (united states|u s|us|european)',
    ],
    gloss: 'Says data is moved to other countries, which is about international audiences',
    examples: {
      match: ['Any Personal Information you transfer to us will be transferred to and processed in the U.S and subject to U.S. law.'],
      noMatch: ['We collect your name when you register.'],
    },
  },
  {
    id: 'first-party.choice-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      '(you|users) (may|can|might|are able to)? (also)? (opt out|unsubscribe|disable|turn off|block|decline|refuse|reject|delete|withdraw)',
      '(set|adjust|change|modify) (your)? (browser|device) (settings|to)',
      // Choice wording around a use: "visit our settings page to opt out of this use", "we may offer
      // additional controls on our use of location", "manage your newsletter preferences".
      '(opt out of|to opt out|opting out|opt in and opt out|opt in or opt out|your choices|choices regarding|choices about|choices for|additional controls|controls on|control whether|(manage|adjust|change|update|set) your (newsletter|marketing|communication|communications|email|e mail|cookie|privacy|notification)? (preferences|settings))',
    ],
    gloss: 'Tells you how to refuse or switch off collection: a choice you have, not the collection itself',
    examples: {
      match: ['You can disable location services in your device settings.', 'Visit the alerts page to manage your notification preferences.'],
      noMatch: ['We collect your location when you call 911.'],
    },
  },
  {
    id: 'first-party.security-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      '(encrypt|encrypts|encrypted|encryption|secure socket layer|secure sockets layer|ssl|firewall|firewalls|unauthorized access|safeguard|safeguards|security measures)',
      '(secure|encrypted|protected) (server|servers|environment|location|facility|facilities|database|databases)',
      // Limits and duties around security: "no transmission is completely secure", "we cannot
      // guarantee the security of what you send", "you are responsible for keeping your password".
      '(cannot|can not|can t|do not|does not) (fully)? (guarantee|ensure|warrant) (the)? (security|that)',
      '(completely|100|one hundred percent|perfectly|totally|fully) (secure|safe)',
      '(you are|you re|users are) (solely)? responsible for',
      'security seriously',
      '(kept|keep|keeping|remain) (strictly)? confidential',
      'access to your (computer|device|password)',
    ],
    gloss: 'Says how data is protected, which is security rather than collection',
    examples: {
      match: ['We encrypt credit card and other financial information for even greater protection.', 'You are responsible for choosing a strong password for your profile.'],
      noMatch: ['We collect your credit card number when you order.'],
    },
  },
  {
    id: 'first-party.card-handling-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      // How a card number is masked, sent to the processor or kept off the servers: a security
      // practice that names a kind of data ("only the last digits are shown on the receipt").
      '(last four|last 4|last five) digits',
      '(transmit|transmits|transmitted|forward|forwarded|forwards|send|sends) (the|your)? (entire|full|complete)? (credit|debit) card',
      '(credit|debit) card (information|number|numbers|data|details) (is|are)? (already)? on file',
      '(credit|debit) card (information|number|numbers|data|details) (is|are|will be) (encrypted|protected|secured|transmitted|handled|safe)',
      '(handle|handles|handled|handling) (your)? (credit|debit) card',
      'not (keep|store|maintain|retain|save) (your|any)? (credit|debit) card',
      '(phishing|phishers|spoofed|spoofing)',
    ],
    gloss: 'Says how card numbers are masked, transmitted or kept safe, which is security rather than collection',
    examples: {
      match: ['Printed receipts carry nothing but the last four digits.', 'Once the payment clears we do not retain your debit card details.'],
      noMatch: ['We ask for your credit card number when you buy a ticket.'],
    },
  },
  {
    id: 'first-party.sharing-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      '(merger|acquisition|sale of assets|bankruptcy|reorganization)',
      '(subpoena|subpoenas|court order|court orders|warrant|warrants|law enforcement|danger of death)',
      '(share|shares|disclose|discloses|sell|sells|rent|rents|transfer|provide|provides|release|exchange) * (with|to) (our|the|its|these|certain|select|trusted)? (third parties|third party|affiliates|service providers|vendors|advertisers|partners|our partners|business partners|other companies|law enforcement|unaffiliated|outside)',
      // "We may disclose the information you provide...", "we do not sell, rent or share it":
      // collection is named only as the object of sharing.
      '(disclose|share|sell|rent|forward|transfer|release) (any|the|all|such|this|your|certain)? (personal|personally identifiable)? (information|data) (that)? (you|we)',
      '(sell|rent|lease|trade) (or|and)? (otherwise)? (share|disclose|sell|rent)',
      // The provider as the one handing data over, whatever follows: "we will disclose visit
      // counts to partners", "the shop may share your order history (in full) with the maker".
      '(we|may|will|might|can|could) (also)? (share|disclose|transmit|sell|rent) (your|the|this|such|certain|some|any|user|customer|non|aggregate|aggregated|anonymous|anonymized|de|personal|personally|usage|information|data|with)',
      // Passive sharing ("your email address will be shared with the publisher", "may be made
      // public in your profile") and paired verbs ("we may exchange or rent your name").
      '(may|will|would|can|might) (also)? be (shared|disclosed|sold|rented|transferred|made public|made available|released|passed) (with|to|by|on|for|in)?',
      '(share|shares|sell|sells|rent|rents|disclose|discloses|exchange) (or|and) (sell|rent|share|disclose|lease|trade|exchange)',
      // Outsourcing: "we may use an outside service to send you our email", "we hired vendors to...".
      '(use|uses|engage|engages|hire|hired|retain|employ|employs|work with|works with|partner with|contract with|rely on) (a|an|the|certain|other|reputable|outside|trusted|one or more|selected)? (third party|third parties|vendor|vendors|service providers|companies|outside companies|other companies|contractors) (service|services|vendor|vendors|companies|company|advertising companies|service providers)? (to|that|who)',
    ],
    gloss: 'Says data goes to other companies, authorities or a buyer of the business: sharing, not the provider’s own use',
    examples: {
      match: ['We may share your name and address with our service providers.', 'If you tick the box, your postal address will be passed to the magazine you picked.', 'The shop may rely on outside companies to pack and ship parcels.', 'The club may disclose anonymous attendance figures, broken down by age band, to the league.'],
      noMatch: ['We collect your name and address when you order.'],
    },
  },
  {
    id: 'first-party.access-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      '(update|correct|review|edit|access|delete|modify|change|amend) (or (update|correct|delete|change))? (any|your|the|all)? (of)? (your)? (personal|contact|account|profile)? (information|data) (that)? you',
      // Rights of the person: "you have the right to inspect...", "before granting you access to it".
      '(you have|you will have|you may have|you also have) (a|the) right to',
      '(granting|grant|give|giving|provide|providing) (you)? access to (your|the|any)',
    ],
    gloss: 'Says you can review or correct what you gave, which is access rather than collection',
    examples: {
      match: ['You can correct any contact information you gave us from your account page.', 'Patients have questions, and you have the right to see your own chart.'],
      noMatch: ['We collect the contact information you give us when you order.'],
    },
  },
  {
    id: 'first-party.children-lookalike',
    label: LABEL,
    prior: -1.5,
    patterns: ['(under|over|below) the age of'],
    gloss: 'Sets an age limit, which is about children and other audiences rather than collection',
    examples: {
      match: ['Our services are not directed to anyone under the age of thirteen.'],
      noMatch: ['We collect your age when you register.'],
    },
  },
  {
    id: 'first-party.request-details-lookalike',
    label: LABEL,
    prior: -2,
    patterns: [
      '(please|must|should|be sure to) (include|provide|send|state|specify|put) (us)? (with)? (your|the|a|following|clearly)',
      '(body|subject line|subject field) of (your|the) (request|email|e mail|letter)',
      '(if you are|you are|if you re) under (the age of)? (13|thirteen|18|eighteen)',
      'children should',
      '(in|with) (your|the|any such|such a|each) (request|requests|email|e mail|letter|inquiry)',
    ],
    gloss: 'Lists what to put in a request you send, not what is collected from you',
    examples: {
      match: ['For all requests, please include your name, street address, city, state, and zip code.'],
      noMatch: ['We collect your name and street address when you order service.'],
    },
  },
];
