// First Party Collection/Use: what the provider collects and how (you give it, it is collected
// automatically, cookies, logs), and lists of the kinds of data. Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { COLLECT, GATHER, INFO, MODAL } from '../../words.ts';

const LABEL = 'First Party Collection/Use';

export const collectionRules: readonly Rule[] = [
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
        'The app collects certain details about the device you use.', 'We may compile statistics about how often each page is read.',
        'We reserve the right to collect feedback you post in our forums.', 'The website automatically collects usage data when you browse it.',
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
        'The information gathered by us is used only to improve the site.', 'Any data which is collected through the form goes to our office.',
        'Information automatically collected by our servers includes your IP address.',
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
        'For some orders we will ask you for a service address and a billing contact.', 'Profiles hold the details you choose to enter, such as your team and home town.',
        'When you enter the contest you provide us with your name and email address.', 'We ask you for your email address when you sign up for the newsletter.',
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
        'When you sign up for a newsletter, we ask for your name and email address.', 'To place an order you must provide your billing address and credit card number.',
        'Our registration form asks for your name and a password.',
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
        'When you visit our website, our servers automatically record your browser type.', 'Some details are recorded automatically when you open the app.',
        'Information gathered through cookies helps us count visitors.',
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
        'We note the type of browser you use and your screen size.', 'Logs show the operating system version of your phone.',
        'We record the referring page that brought you to our site.', 'We keep the search terms you type into the site.',
        'Our servers log the date and time of each request.', 'We measure the time spent on each page.',
        'We collect your mobile device identifier when you install the app.', 'We analyse clickstream data to see how visitors move through the site.',
        'The router reports the MAC address of each connected device.',
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
        'Your credit card or financial account number and information.', 'Please give us your home address and phone number for delivery.',
        'We ask for your date of birth and gender when you create a profile.', 'We may need your Social Security number to run a credit check.',
        'We store your login credentials in encrypted form.', 'We collect payment information such as your card number and expiry date.',
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
        'We may collect information such as your name, email address and phone number.', 'Personal Data may include your home or work address.',
        'Below are the kinds of personal information we collect from visitors.',
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
        'Use of Cookies', 'Northwind Books also uses pixel tags in its order confirmation emails.', 'Our pages use cookies that remember your language choice.',
        'Cookies', 'We may place cookies on your computer when you visit.',
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
        'Image tags are also called web beacons, web bugs, clear GIFs or single-pixel GIFs.', 'Preference Cookies',
        'Cookies can be persistent or expire when you close the browser.', 'Cookies and web beacons are small files placed by websites.',
        'These cookies allow the site to remember your cart.', 'Below are the types of cookies found on this site.',
        'These technologies help us count how many people open an email.', 'Flash cookies store small amounts of data on your computer.',
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
        'We may disclose service usage records and web site data logs when legal process is served.', 'Our web server logs the pages you request.',
        'Our server log files record each page request.', 'We use web analytics tools to count visits to each page.',
      ],
      noMatch: ['Please log in to your account.'],
    },
  },
];
