// Third Party Sharing/Collection: particular disclosures (the law, protecting rights, a sale of
// the business, aggregates, social networks, marketing partners, payment, emergencies, CPNI,
// public posting) and the items of a disclosure list. Registered in ./index.ts.
import type { Rule } from '../../types.ts';

const LABEL = 'Third Party Sharing/Collection';

export const disclosureRules: readonly Rule[] = [
  {
    id: 'third-party.legal-process',
    label: LABEL,
    patterns: [
      // "warrant" only as the court's document: "we do not warrant that the site is safe" is a disclaimer.
      '(a|valid|search|any|lawful|court|arrest) (warrant|warrants)',
      '(subpoena|subpoenas|court order|court orders|search warrant|legal process|judicial proceeding|judicial proceedings|legal proceedings|discovery requests|legal requests|lawful requests|government requests|civil investigative demand|national security letter|wiretap)',
    ],
    gloss: 'Says data may be handed over in answer to subpoenas, warrants or court orders',
    examples: {
      match: [
        'We can also disclose your CPNI for legal or regulatory reasons, including in response to subpoenas, court orders and the like.',
        'We will hand over records only when shown a valid warrant.',
      ],
      noMatch: ['We follow accessibility guidelines on all our web pages.'],
    },
  },
  {
    id: 'third-party.law-enforcement',
    label: LABEL,
    patterns: [
      '(law enforcement|government|governmental|regulatory|public) (agencies|agency|officials|authorities|authority|personnel|bodies|requests|request)',
      '(law enforcement|police|regulators|auditors|public authorities|government authorities)',
    ],
    gloss: 'Says data may go to the police, regulators or other authorities',
    examples: {
      match: ['We may receive legal requests for customer information from government and law enforcement personnel.', 'To share with outside auditors and regulators.'],
      noMatch: ['Our government relations team publishes an annual report.'],
    },
  },
  {
    id: 'third-party.required-by-law',
    label: LABEL,
    patterns: [
      '(disclose|disclosure|release|provide|share|reveal) * (required|compelled|requested|permitted|authorized) (to do so)? by (law|a court|court|applicable law|statute|regulation|government|legal)',
      '(comply|complying|compliance) with (a|any|the|applicable|all applicable)? (law|laws|legal|court|subpoena|valid|lawful|judicial|governmental|regulatory|legal obligations)',
      '(good faith belief|believe in good faith|good faith) (that)? (such)? (disclosure|action|it) (is)? (necessary|reasonably necessary|required)',
      '(law|laws|court|regulation|regulations) (requires|require|required|compels|permits) (such|the|this|that|a)? (disclosure|us to disclose|us to share|us to release|us to provide)',
    ],
    gloss: 'Says data may be disclosed when the law requires it or in good faith to obey it',
    examples: {
      match: [
        'We reserve the right to disclose Personally Identifiable Information if we have a good faith belief it is necessary to: (1) comply with the law;',
        'Only where a statute or court requires such disclosure will we hand over chat logs.', 'We may release your records where we are required to do so by law.',
      ],
      noMatch: ['We retain records as long as required by law.'],
    },
  },
  {
    id: 'third-party.protect-rights',
    label: LABEL,
    patterns: [
      '(protect|defend|enforce) (and defend|or defend|and enforce)? (the|our|its)? .? (legal)? (rights|property) (or|and|of)',
      '(protect|defend|enforce) (our|its) (legal)? rights',
    ],
    gloss: 'Says data may be disclosed to protect rights, property or safety',
    examples: {
      match: ['To protect Fusion rights or property, or the safety of our Customers or employees.', 'when needed to enforce our rights, members, or the club rules'],
      noMatch: ['We respect your rights under this policy.'],
    },
  },
  {
    id: 'third-party.business-transfer',
    label: LABEL,
    patterns: [
      '(merger|mergers|acquisition|acquisitions|acquired|merged|reorganization|restructuring|divestiture|bankruptcy|insolvency|receivership|change of control|change in control|consolidation|joint venture|business transition|corporate transaction|business transfer|business transfers)',
      '(sale|sell|sells|transfer|transfers) of (all|substantially all|part|some|any|a portion|our|the|its) (or)? (of)? (our|its|the)? (business|assets|company|stock|shares|equity|business operations)',
      // A buyer of the business, not a customer who buys from it ("our visitors and purchasers").
      '(successor|successors|acquirer|acquiring|new owner|new owners) (entity|company|in interest|organization)?',
      '(buyer|buyers|purchaser|purchasers) (of|in) (the|our|a|all|its|any|such|that)? (business|company|assets|stock|shares|entity|site|division)',
      '(prospective|potential|eventual) (buyer|buyers|purchaser|purchasers)',
      // The company's own name between "sale of" and "assets": "a sale of all Acme Widgets assets".
      '(sale|sell|sells|sold|transfer) (of)? (some|all|substantially all|part|any) (or all)? (of)? * (assets|business assets)',
      '(business|company|corporate) assets (that are|which are|to be|may be)? (transferred|sold|acquired|assigned)',
    ],
    gloss: 'Says data may pass to a buyer if the company is sold or merged',
    examples: {
      match: [
        'We may disclose Personally Identifiable Information as part of any merger, acquisition or sale of company assets.',
        'We may also transfer Personally Identifiable Information as a part of a sale or transfer of our business operations.',
        'Should there be a sale of all Riverside Gazette assets, subscriber records would go with them.', 'Customer records would pass to the successor company.',
        'Your account may be transferred to the buyer of our business.', 'We may show our customer list to a prospective buyer.',
        'Customer lists are among the business assets transferred in a sale of the company.',
      ],
      noMatch: ['We sell conferencing services to businesses.', 'Short polls help us learn what our visitors and purchasers want.'],
    },
  },
  {
    id: 'third-party.aggregate-shared',
    label: LABEL,
    patterns: [
      '(aggregate|aggregated|anonymous|anonymized|anonymised|de identified|deidentified|non personally identifiable|non identifiable|non personal|statistical|demographic) (information|data|statistics|form|basis|usage) * (with|to) (third parties|third party|our partners|partners|advertisers|sponsors|others|other companies|affiliates|vendors|the public|business partners|interested)',
      '(share|shares|sharing|disclose|provide|sell|publish|license|release) (aggregate|aggregated|anonymous|anonymized|de identified|non personally identifiable|non personal|statistical|demographic|summary)',
      'in (an)? (aggregate|aggregated|anonymous|de identified) (form|basis|manner)',
    ],
    gloss: 'Says aggregate or de-identified data is shared with others',
    examples: {
      match: [
        'We may share Anonymized Data with vendors that help us customize the advertising and marketing messages you receive.',
        'We share visitor counts with sponsors in aggregate form.',
      ],
      noMatch: ['Aggregate and de-identified information does not identify individual customers.'],
    },
  },
  {
    id: 'third-party.social-networks',
    label: LABEL,
    patterns: [
      // Logging in through a social network is the provider's own collection (first-party/).
      '(social media|social network|social networking|social networks) (features|feature|plugins|plug ins|widgets|buttons)',
      '(facebook|twitter|linkedin|pinterest|google) (like|share|tweet|plus one|1) (button|buttons|plugin|plugins|widget|widgets)',
      '(like|share|tweet|follow) (button|buttons|features|widgets)',
    ],
    gloss: 'Says social networks or their buttons get data about you',
    examples: {
      match: [
        'Some pages carry a Facebook Like button that lets you recommend an article to friends.', 'Our pages include social media buttons from other companies.',
      ],
      noMatch: ['Follow the instructions below to unsubscribe.'],
    },
  },
  {
    id: 'third-party.marketing-partners',
    label: LABEL,
    prior: 1.5,
    patterns: [
      '(marketing|business|promotional|co branded|cobranded|joint marketing|strategic|carefully selected|select|selected|trusted|reputable) (partners|partner|companies|organizations|third parties|marketers)',
      '(co branded|co sponsored|co sponsor|cosponsored|sponsored) (promotions|promotion|offers|contests|services|sites|pages|events)',
      '(contest|sweepstakes|promotion) (sponsors|sponsor|partners|co sponsors)',
      '(mailing|marketing|customer|subscriber) (list|lists) (to|with) (other|third|carefully|select|outside|reputable)',
    ],
    gloss: 'Says data goes to marketing or business partners, or their offers reach you through the provider',
    examples: {
      match: [
        'We may share your information with carefully selected companies whose offers may interest you.',
        'If you enter one of our co-sponsored contests, both sponsors get your entry.', 'Your entry is passed to the contest sponsors.',
        'We may rent our mailing list to carefully chosen charities.',
      ],
      noMatch: ['We offer business phone service.'],
    },
  },
  {
    id: 'third-party.payment-credit',
    label: LABEL,
    patterns: [
      '(credit reporting|credit bureaus|credit bureau|consumer reporting|collection agencies|collection agency|debt collectors|collections agency|fraud prevention agencies)',
      '(payment|credit card) gateway',
    ],
    gloss: 'Says data goes to credit bureaus, collection agencies or payment processors',
    examples: {
      match: [
        'Collect any past due amounts, including reporting any such amounts to one or more credit reporting agencies.',
        'Card details go straight to our payment gateway.',
      ],
      noMatch: ['We accept payment by credit card.'],
    },
  },
  // Apart from payment-credit: the seeds pull that rule down on credit bureaus the provider
  // collects from, while a named payment service is always an outside party handling your data.
  {
    id: 'third-party.payment-processors',
    label: LABEL,
    patterns: [
      '(payment|credit card) (processors|processor|processing companies|processing company|networks|issuers|companies)',
      '(paypal|stripe|braintree|recurly|authorize net|amazon payments|google wallet|apple pay|google checkout)',
      '(unaffiliated|third party|outside|external) (payment|billing) (service|services|provider|providers|company|companies)',
    ],
    gloss: 'Says a payment processor or payment service such as PayPal handles your payment details',
    examples: {
      match: [
        'Card payments go through Stripe, which sees your card number and billing address.', 'Your card number is sent to our payment processor.',
        'Orders are billed through a third-party payment service.',
      ],
      noMatch: ['We accept payment by credit card.'],
    },
  },
  {
    id: 'third-party.emergency-services',
    label: LABEL,
    patterns: [
      '(public safety answering point|psap|psaps|emergency (dispatch|responders|service providers|services personnel|personnel|medical))',
      '(911|e911|emergency) (call|calls|services|service) * (disclose|provide|share|pass|transmit|release|location)',
      'danger of death or serious physical injury',
      '(emergency|emergencies) (that|involving|situation|situations)',
      '(threat|danger|risk) to (the)? (health|safety|life|lives|physical safety)',
    ],
    gloss: 'Says location and identity may be given to emergency services (911)',
    examples: {
      match: [
        'In cases involving danger of death or serious physical injury to any person or other emergencies.', 'Your location may be sent to emergency responders.',
        'When you make an emergency call, we provide your location to the dispatcher.', 'We may share your details in an emergency that puts someone at risk.',
        'We may disclose data to prevent a threat to the safety of any person.',
      ],
      noMatch: ['Our support line is open in emergencies.'],
    },
  },
  {
    id: 'third-party.cpni-sharing',
    label: LABEL,
    patterns: [
      '(share|shares|sharing|disclose|disclosure|sell|trade) (of)? (your)? cpni (with|to|outside|including)',
      'cpni (with|to) (our|any|third|affiliates|agents|joint|independent)',
      '(authorized|independent|sales|joint venture) (agents|agent|partners|contractors|dealers|resellers)',
      '(directory listings|directory listing|directory assistance|directory publishers|directories)',
    ],
    gloss: 'Says CPNI or directory listings are shared with agents, partners or publishers',
    examples: {
      match: [
        'We do not share your CPNI with any third parties except as required for legal or regulatory reasons.',
        'Our authorized agents may see your account to sell you new plans.', 'Your number may appear in directory listings unless you ask us not to list it.',
      ],
      noMatch: ['CPNI includes the types of services you currently purchase.'],
    },
  },
  {
    id: 'third-party.third-parties-mention',
    label: LABEL,
    prior: 1.5,
    patterns: [
      '(to|with) (third parties|third party|unaffiliated|non affiliated|nonaffiliated|outside parties|other companies) (for|who|that|in|such|including|as|without|except|unless|so)',
      '(third parties|third party companies|unaffiliated companies|non affiliated third parties|nonaffiliated third parties) (to|for|may|who|that|with|in order|so that)',
    ],
    gloss: 'Mentions passing data to outside companies',
    examples: {
      match: [
        'Fusion may collect Personal Data for third parties with whom Fusion has contracted.', 'We give your address to third parties that deliver our parcels.',
      ],
      noMatch: ['Please read our terms of use.'],
    },
  },
  {
    id: 'third-party.unaffiliated-parties',
    label: LABEL,
    patterns: ['(outside|unaffiliated|non affiliated|nonaffiliated) (third parties|third party|companies|parties|marketers|organizations|entities)'],
    gloss: 'Mentions unaffiliated outside companies receiving data',
    examples: {
      match: ['Account details go to unaffiliated companies only when you ask us to port your number.'],
      noMatch: ['We share it with our affiliates.'],
    },
  },
  {
    id: 'third-party.public-posting',
    label: LABEL,
    patterns: [
      '(become|becomes|be|is|are|will be|may be) (publicly)? (available|visible|public|accessible|viewable|displayed) (to)? (other users|the public|anyone|others|all users|other members|publicly)',
      '(becomes|become|will become|may become) (public|public information)',
      '(publicly|public) (posted|post|posts|displayed|display|viewable|searchable)',
      'display (it|them|this|such information|your information|your profile)? publicly',
      '(displayed|visible|shown|available) to other (users|members|visitors|people|players)',
      '(other users|other members|other visitors|other players) (may|can|will|might) (view|see|read|access)',
      '(comments|posts|reviews|submissions) (posted|you post|you make) * (are|is) (public|not private)',
      '(seen|viewed|read|collected|used|accessed) (and (used|collected|read))? by (anyone|others|other users|the public|other people|other visitors)',
      // "are always public, which means anyone can see them"; "released to the general public".
      '(available|visible|accessible|disclosed|released|displayed) to (everyone|the general public|the world|any user|anybody)',
      '(is|are) (always)? (public|public information) (which|and|so|meaning|because|to)',
      '(to|with) the general public',
      // Other members named with a few words between: "other members of the club site can view your profile".
      '(other users|other members|other visitors|other players|other people) .? .? .? .? .? (may|can|will|might|could) (be able to)? (view|see|read|access)',
      '(may|will|can|could|would) be made (public|publicly available|available to the public|visible to)',
    ],
    gloss: 'Says what you post becomes visible to other users or the public',
    examples: {
      match: [
        'Anything you post in a forum becomes public and may be read by anyone.', 'Club rankings are public, which lets any member compare scores.',
        'Once you join, other members of the regional chapters can view your listing.', 'Your race times may be made public on the results board.',
        'Your profile name will be visible to other users.', 'Reviews are publicly displayed next to the product.', 'If you choose, we display your profile publicly.',
        'Your high scores are shown to other players.', 'Other members can see the groups you join.', 'Comments you post on the forum are public.',
        'Anything you write on the board is visible to everyone.', 'Your review is shared with the general public.',
      ],
      noMatch: ['Our forums are moderated.'],
    },
  },
  {
    id: 'third-party.use-and-disclose',
    label: LABEL,
    patterns: [
      // "use and share", "use or disclose": the second verb is the sharing.
      '(may|might) (use|uses) (your|such|the|this)? (health|personal)? (information|data)? (and|or) (disclose|share) (it|your|such|the|this)',
      '^ (share|disclose|sell) (your|such|this|the) (personal)? (information|data)',
      '(share|sharing|disclose|disclosing|provide|providing) (it|them) (to|with) (others|other|third|family|friends|our|outside|companies|advertisers|partners|affiliates)',
    ],
    gloss: 'Says your information may be shared or disclosed as well as used',
    examples: {
      match: [
        'For treatment purposes, a clinic may use health information or disclose it to other doctors.', 'We may share it with partners who run the contest.',
        'Share your information with our partners only if you agree.',
      ],
      noMatch: ['We use your information to improve the site.'],
    },
  },
  {
    id: 'third-party.disclosure-list-items',
    label: LABEL,
    patterns: [
      // Items of a list of the cases where data is disclosed, cut off from the "we may disclose" that leads it.
      '^ (to)? (satisfy|comply with) (any)? (applicable)? (laws|law|legal|regulations|regulation)',
      '(make|makes|made) (your|such|this|certain|the)? (personal|personally identifiable)? (information|data) (and other information)? available to',
      '(third party|third parties|other parties|outside parties) (behavioral|behavioural)? (tracking|tracking networks)',
      '(tracking|advertising|ad) networks',
    ],
    gloss: 'A case in which data may be disclosed: to comply with law, to defend the company, to outside trackers',
    examples: {
      match: [
        'to satisfy laws or regulations that bind us,', 'Our pages are closed to third party tracking by ad companies.',
        'We may make your information available to our partners.', 'Advertising networks may receive data about your visits.',
      ],
      noMatch: ['We comply with all applicable accessibility standards in our design.'],
    },
  },
  // The conditions of a disclosure list, cut off from its lead-in. Kept apart from
  // disclosure-list-items, whose "to comply with the law" items the seeds also file elsewhere.
  {
    id: 'third-party.disclosure-conditions',
    label: LABEL,
    patterns: [
      '(defend|defending) (ourselves|itself|themselves|our company) (in|against)',
      '^ (if|when|where) we (believe|determine|have reason to believe) (in good faith)? (that)? (your|the|such)? (actions|conduct|use)? (violate|violates|the law requires|disclosure is)',
      '(deem|deems|believe|determine|determines) (it|that it)? (is)? (necessary|appropriate|reasonably necessary) (or appropriate)? (in order)? to (provide|disclose|share|release|report)',
    ],
    gloss: 'A condition under which data may be disclosed: when the provider believes the law or its rights call for it',
    examples: {
      match: [
        'to defend ourselves against claims brought by a member,', 'where we deem it appropriate to provide such records',
        'If we believe your conduct violates our terms, we may share records with the police.',
      ],
      noMatch: ['We deem it important to keep the site free of spam.'],
    },
  },
  {
    id: 'third-party.social-network-services',
    label: LABEL,
    prior: 2,
    patterns: [
      // Connecting a social network account: data flows both ways, and readers look for it under sharing.
      '(third party)? social (networking|network|media) (service|services|site|sites|platform|platforms|networks|account|accounts|integration|integrations)',
      '(connect|link|links|linking|connecting) (your)? (account|accounts|activity|information|profile) (with|to) (your)? (facebook|twitter|instagram|google|linkedin|social)',
    ],
    gloss: 'Says a social network you connect to the service exchanges data about you with it',
    examples: {
      match: [
        'If you link your account to a social networking service, that service may receive details of your activity.',
        'You can link your account with Facebook to share your results.',
      ],
      noMatch: ['Our newsroom covers social trends.'],
    },
  },
  {
    id: 'third-party.engaged-to-work-for-us',
    label: LABEL,
    patterns: [
      '(hire|hired|hires|engage|engaged|engages|retain|retained|retains|employ|employs|contract with|work with|partner with|use|uses|rely on) (a|an|certain|other|select|various|reputable|outside|independent)? (third parties|third party (companies|company|vendors|vendor|services|service|providers|provider|firms|firm)|outside (companies|company|firms|firm|vendors|vendor|parties)|other companies) (to|who|that|which)',
      '(third party|outside) (merchants|merchant|financial institution|financial institutions|fulfillment|shipping|mailing|email) (companies|company|houses|house|service|services|providers|provider)?',
    ],
    gloss: 'Says outside companies are hired to do work that involves your data',
    examples: {
      match: [
        'We use third party companies to send our newsletters and measure how many readers open them.', 'The shop uses an outside firm that packs and ships each order.',
        'Outside fulfillment companies pack and ship your orders.',
      ],
      noMatch: ['We use cookies to remember your settings.'],
    },
  },
  {
    id: 'third-party.publish-your-content',
    label: LABEL,
    prior: 2,
    patterns: [
      '(publish|publicly display|publicly post|display publicly|post) (your|their|the|such|submitted) (name|names|screen name|screen names|user name|username|content|comments|submission|submissions|review|reviews|testimonial|testimonials|photo|photos|letter|letters)',
      '(comments|reviews|submissions|posts|profile|user content) (you|that you) (post|submit|share) (are|is|will be|may be) (public|publicly|visible|published)',
    ],
    gloss: 'Says what you submit, with your name, may be published for others to see',
    examples: {
      match: [
        'If you write to our editors we may publish your name and town beside your letter.', 'Reviews you post are public.',
      ],
      noMatch: ['We publish a new issue every week.'],
    },
  },
];
