// Introductory/Generic: the title and date line, what the policy explains and covers, general
// commitments, agreeing by using, definitions, who runs the site, contents lists, closing lines.
// Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { CONTENTS_ANNOUNCED, MONTH, POLICY_OR_PLEDGE } from '../../words.ts';

const LABEL = 'Introductory/Generic';

export const framingRules: readonly Rule[] = [
  {
    id: 'intro.title',
    label: LABEL,
    patterns: [
      `^ (.? .? .? )?(online |website |web site |global |consumer |customer )?privacy (policy|notice|statement|pledge|principles|center|commitment)( statement)? $`,
      `^ (.? .? )?(online |website |web site )?privacy (policy|notice|statement) (effective|last|updated|revised|modified|dated|as of|highlights|summary|overview|introduction|for)`,
      '^ (your privacy|privacy|our commitment to (your )?privacy|privacy matters|introduction|overview|general|scope) $',
      '^ (general )?privacy (guidelines|principles|practices|information) $',
      `^ (.? .? .? .? .? )?(online |website |web site )?privacy (policy|notice|statement) (${MONTH} )?(#Value )?#Value $`,
      '^ privacy (policy|notice|statement) .? .? .? $',
      '^ (.? .? .? .? )?privacy (policy|notice|statement) (.? .? )?$',
      '^ (notice of privacy practices|privacy and security policy|privacy and cookie policy|privacy and cookies policy)',
      // The title twice around the site's name, a "highlights" summary title, or a long company
      // name before "online privacy notice".
      `^ privacy ${POLICY_OR_PLEDGE} * privacy ${POLICY_OR_PLEDGE} $`,
      '^ (.? .? .? .? )?(online |website )?privacy (policy |notice |statement )?highlights',
      `^ . . . .? .? .? (u s |us |online |website |web site |global |consumer )privacy ${POLICY_OR_PLEDGE} $`,
    ],
    gloss: 'The title of the privacy policy',
    examples: {
      match: [
        'Privacy Policy', "Fusion's Privacy Policy Statement", 'IP Phones for Business | Privacy Policy | Phone.com',
        'Privacy Notice - Harbor Town Hardware - Privacy Notice', 'Northwind Mutual Insurance Group Online Privacy Statement', 'Privacy Highlights',
        'Privacy Policy Last Updated March 2024', 'Your Privacy', 'Privacy Principles', 'Privacy Notice March 1, 2024', 'Privacy and Cookie Policy',
      ],
      noMatch: ['Please read this Privacy Policy carefully before you share any personal data with us.'],
    },
  },
  {
    id: 'intro.title-and-company',
    label: LABEL,
    patterns: [
      `^ (.? .? )?(online |website |web site )?privacy ${POLICY_OR_PLEDGE} (agreement )?(.? )?(.? )?(.? )?(inc|llc|corporation|company|ltd|corp)`,
    ],
    gloss: 'The title of the policy followed by the company that issues it',
    examples: {
      match: ['Privacy Policy Example Inc. and its affiliates operate this site.'],
      noMatch: ['We may share your privacy preferences with partners.'],
    },
  },
  {
    id: 'intro.date-line',
    label: LABEL,
    patterns: [
      `(last |most recently |recently )?(updated|revised|modified|amended|reviewed|posted) (on |as of |in |date |effective )?${MONTH}`,
      `(effective|effective date|effective as of|effective on|dated|date of last revision|revision date|version date) (date )?(as of |on |from )?${MONTH}`,
      `^ (last )?(updated|revised|modified|effective) (on |as of )?(${MONTH}|#Value)`,
      '^ (last updated|last revised|last modified|effective date|date last updated) $',
      `(last )?(updated|revised|modified|amended) (on |as of |in )?#Value (${MONTH})? #Value`,
      '(policy|notice|statement) (was )?last (updated|revised|modified|amended)',
    ],
    gloss: 'The date the policy was last updated or took effect',
    examples: {
      match: [
        'Updated June 8, 2018', 'Last Updated: October 2020', 'This Privacy Policy was last updated on April 5, 2019 and is effective immediately.',
        'Effective as of June 1, 2023.', 'Last Updated', 'Last updated on 12 June 2022.',
      ],
      noMatch: ['Now and then we update this policy.'],
    },
  },
  {
    id: 'intro.policy-explains',
    label: LABEL,
    patterns: [
      `${POLICY_OR_PLEDGE} (privacy policy |policy |notice )?(also |further |below |generally )?({describe}|{explain}|{outline}|{disclose}|{summarize}|{summarise}|{cover}|{tell}|{inform}|{detail}|{address}|{set}|{provide}|{answer}|{help}|sets out|lays out|is designed|is intended|is meant|will help|will explain|will tell|will inform|focuses on|includes information)`,
      `(purpose of|this document|this page) (this )?(privacy )?(policy|notice|statement|document|page)? (is|are|{describe}|{explain})`,
      '(following|below) (policy|statement|notice|sections|summary|questions|information) (describes|explains|discloses|summarizes|answers|will|sets)',
      '(below|here) you will find',
      '(we|to) (would like to |want to |wish to )?(explain|describe|tell you|inform you|let you know) (how|what) (we|your|information)',
      `(provide|give|giving|providing) (you )?(with )?this (online )?(privacy )?${POLICY_OR_PLEDGE}`,
      `(this|the following) (online )?(privacy )?${POLICY_OR_PLEDGE} is (provided|given|offered)`,
      '(the following|this section|this part) (provides|describes|explains|sets out|outlines|summarizes)',
      '(this|the following|each|the next) (section|part|portion) (below |above |of (this|the) (policy|notice) )?(addresses|provides|describes|explains|sets out|outlines|summarizes|covers|contains|discusses|details)',
      `^ about (this|our|the) (privacy )?${POLICY_OR_PLEDGE}`,
      '(explains|describes|tells you|outlines) (how|what) (we|the|your|information|personal|data)',
      `(this|our) (privacy )?${POLICY_OR_PLEDGE} (is|was) (designed|written|intended|meant|created|developed) (to|for|with)`,
      'throughout this (privacy )?(policy|notice|statement)',
      'we (want|would like) you to (understand|know) (how|what|that|about)',
      `(we have|we ve) (created|prepared|developed|adopted|written|put together|provided|summarized|designed) (this|the following|a|our) (privacy )?(policy|statement|notice|summary)`,
    ],
    gloss: 'Says what the policy describes or explains',
    examples: {
      match: [
        'This policy discloses our practices regarding the collection and use of customer information.',
        'This Privacy Policy explains Fusion’s practices regarding the collection and use of Personal Data.',
        'The next section covers the apps we publish for phones and tablets.', 'The purpose of this notice is to tell you what we do with your data.',
        'The following summary explains how we handle what you tell us.', 'Below you will find answers to common questions.',
        'We would like to explain how we handle your details.', 'We give you this notice so that you know your rights.',
        'This privacy notice is provided by the club on behalf of its members.', 'This section describes the choices you have.', 'About This Policy',
        'This page tells you how we look after your data.', 'This notice is written to help you understand our practices.',
        'Throughout this policy, "we" means the club.', 'We want you to understand what happens to your details.',
        'We have prepared this privacy notice to be open about our practices.',
      ],
      noMatch: ['Sites operated by other companies are not covered by this policy.'],
    },
  },
  {
    id: 'intro.scope',
    label: LABEL,
    patterns: [
      `${POLICY_OR_PLEDGE} (only |also |solely )?(applies|apply|is applicable|pertains|relates) (only |solely )?(to|when)`,
      `${POLICY_OR_PLEDGE} (governs|covers) (the|your|all|any|information|personal|our|how)`,
      `(this|our|the) (privacy )?${POLICY_OR_PLEDGE} (covers|governs|applies to|is applicable to) (that|all|the|this|such)`,
      `(sites|websites|services|applications|apps|pages) (that|which|where) (link|links|post|posts|display|displays|reference|references|refer) (to )?(this|the) (privacy )?${POLICY_OR_PLEDGE}`,
      `(where|on which) (this|the) (privacy )?${POLICY_OR_PLEDGE} (is )?(posted|appears|displayed)`,
      `(sites|websites|site|website|services|properties|those|which|that are) (are |is )?(covered|governed) by this (privacy )?${POLICY_OR_PLEDGE}`,
      '(who|which entities|which sites) (will follow|must follow|is covered by|are covered by)',
      `(additional|separate|specific|supplemental) (privacy )?(notices|policies|statements) (for|related to|that|which|apply|applicable)`,
    ],
    gloss: 'Says what the policy applies to',
    examples: {
      match: [
        'This Privacy Policy applies to Fusion account holders and users of the Fusion Services.', 'This Privacy Policy covers that information.',
        'This notice covers how the shop handles your data.', 'It applies to all apps that link to this privacy policy.',
        'It covers every site where this notice is posted.', 'The websites covered by this policy are listed below.', 'Who is covered by this notice?',
        'Some services have separate privacy notices that apply instead.',
      ],
      noMatch: ['Different terms apply to our mobile apps.'],
    },
  },
  {
    id: 'intro.respect-privacy',
    label: LABEL,
    patterns: [
      '({respect}|{value}|care about|{recognize}|{understand}|appreciate) (the )?(your |our (users|customers|visitors|guests) |user |customer |individual )?(privacy|trust)',
      '(committed|commitment|dedicated|dedication) to (protecting|respecting|preserving|safeguarding|your|our|the|maintaining|keeping)',
      'privacy (is|are) (very |extremely |really )?(important|a priority|a top priority|paramount|of (the )?utmost importance)',
      '(take|takes|taking) (your |customer |the |our users |user )?privacy (very )?seriously',
      '(take|takes) (this|it|that|these|them) (very |extremely )?seriously',
      '(adhere|abide) (to|by) (the|this|our) (privacy )?(policy|policies|practices)',
      '(you care|care how|importance of (protecting )?(your )?privacy|privacy matters|trust (is|you place))',
    ],
    gloss: 'A general commitment to your privacy, without a specific practice',
    examples: {
      match: [
        'Your privacy is very important to us.', 'We take customer privacy very seriously.', 'We respect your privacy.',
        'We are committed to protecting the details you share with us.', 'Your data is in our care and we take that seriously.',
        'All our staff abide by this privacy policy.', 'We know you care how your information is used.',
      ],
      noMatch: ['We share data with our service providers.'],
    },
  },
  {
    id: 'intro.agree-by-using',
    label: LABEL,
    patterns: [
      `(by|through) (using|visiting|accessing|browsing|participating|submitting|registering|providing|continuing|your use|use of|your participation|your visit|accepting) * (you )?(agree|agreeing|consent|consenting|accept|accepting|acknowledge|signify|signifying|indicate|are bound|are accepting) (to )?(be bound by )?(the terms of )?(the practices (described|set out) in )?(this|our|the|these) (privacy )?(${POLICY_OR_PLEDGE}|terms)`,
      'you (are )?(accepting|accept|agree to|consent to) (the )?(practices|terms|collection|use|policies) (and (practices|policies|procedures|conditions) )?(described|of|in|set out|outlined|contained|set forth)',
      `(continued|continuing) (use|participation|access) * (indicates|constitutes|signifies|means|will signify|shall constitute) (your )?(acceptance|agreement|consent|assent)`,
      `(acceptance|accept|agreement) of (this|our|the) (privacy )?${POLICY_OR_PLEDGE}`,
      'you (are )?(accepting|accept|agree to|consent to|agreeing to|consenting to) (the )?(terms and conditions|terms) (of|in|set out in|contained in) (this|our|the|these)',
    ],
    gloss: 'Says that using the service means you accept the policy',
    examples: {
      match: [
        'Each visit to our site counts as acceptance of this privacy notice.', 'Submitting information to us signals that you agree to the terms set out in this policy.',
        'Opening an account means you accept the policies and procedures set out in this notice.', 'By using this app, you agree to this policy.',
        'Your continued use of the site signifies your acceptance of these terms.',
      ],
      noMatch: ['You agree to receive marketing emails from us.'],
    },
  },
  {
    id: 'intro.if-you-disagree',
    label: LABEL,
    // Annotators often file this under Policy Change or User Choice, so it counts for less
    // than acceptance by use.
    prior: 1.5,
    patterns: [
      `(if|should) you (do not|disagree|not) (agree|accept|consent) (with|to)? (this|the|these|our|any) (privacy )?(policy|notice|terms|practices)`,
    ],
    gloss: 'Says not to use the service if you do not accept the policy',
    examples: {
      match: ['Please stay off the site if you do not accept our practices.'],
      noMatch: ['Click unsubscribe when our emails stop being useful to you.'],
    },
  },
  {
    id: 'intro.definitions',
    label: LABEL,
    prior: 1,
    patterns: [
      '(information|data|pii|term|terms|phrase) (means|refers to|is defined as|shall mean|shall refer to|as used)',
      `for (the )?purposes of (this|the) (privacy )?${POLICY_OR_PLEDGE}`,
      '(when|as|wherever) (used )?(in|this) (this )?(privacy )?(policy|notice) (uses|use)? (the )?(term|terms|words|word)',
      'the (term|terms) . (and . )?(means|refers|includes|shall)',
      '(when|where) we (say|use the (term|terms|words|word)|refer to)',
      '(we mean|we consider any information)',
      '^ what (is|are) (a |an )?(cookie|cookies|web beacon|web beacons|flash cookie|flash cookies|pixel tag|pixel tags|clear gifs)',
      '(is|are|be) (not )?(considered|deemed|treated as) (to be )?(personally|personal|pii|non personally|aggregate|anonymous)',
      '(pii|personal information|personal data|personally identifiable information) (specifically )?(does not|do not) include',
      '(information|pii) (is|are) (any )?information (that|which) (identifies|can be used|could be used|is directly|may be used|can identify|does not identify|personally identifies)',
    ],
    gloss: 'Defines a term the policy uses, such as "personal information"',
    examples: {
      match: [
        'Personally Identifiable Information (PII) is any information that is directly associated with, or could be used to identify, a specific person.',
        'When we say “device”, we mean any phone, tablet or computer you use.', 'In this notice, personal information means anything that identifies you.',
        'For the purposes of this policy, a member is anyone with an account.', 'When used in this policy, the term partner means a firm we work with.',
        'The term member means anyone who has joined the club.', 'What Are Cookies?', 'Your postcode alone is not considered personal information.',
        'Personal data does not include information that has been made anonymous.',
      ],
      // "Aggregate data is data we compile from..." defines a data type while describing its
      // use: annotators file it under collection and use, so it is left out here.
      noMatch: ['We collect information that you give us.', 'Aggregate and de-identified information does not identify individual customers.'],
    },
  },
  {
    id: 'intro.who-we-are',
    label: LABEL,
    patterns: [
      '(owned|operated|maintained|published|run) (and|or) (operated|owned|maintained|managed) by',
      '(is|are) (owned|operated|maintained|published|run|brought to you) (by|on behalf of)',
      '(official|official web|the official) (website|site|web site)',
      '(collectively|hereinafter|referred to as) (. )?(. )?(. )?(. )?(we|us|our)',
      'we (or|and)? (us|our) (or|and) (us|our)',
      // The party alias listed in another order ("Acme", "us" or "we").
      '(us|we) or (we|us)',
      'company we (or|and) us',
      '(and its|together with its|and their) (subsidiaries|affiliates|affiliated companies) collectively',
      '^ (welcome|thank you for visiting|thanks for visiting)',
      '(owner|owners|publisher) and (operator|operators) of',
      '(nonprofit|non profit|not for profit) (organization|corporation)',
      '(site|website|web site|sites|websites) (is|are) (a )?(service|services) of',
      '(is|are) the (owner|operator|publisher) (and operator )?of (the|this|our)',
    ],
    gloss: 'Says who runs the site or who "we" are',
    examples: {
      match: [
        'This Site is owned and operated by Phone.com, Inc (“Phone.com”, “the Company”, “we” or “us”).',
        'Fusion Connect, Inc., and its subsidiaries (collectively, "Fusion", "we", "our", or "us").',
        'Acme Outfitters and its affiliates ("Acme", "us" or "we") run this store.', 'This website is run by a small team in Leeds.',
        'This is the official website of the Riverside Rowing Club.', 'Welcome to our online shop.', 'Acme Ltd is the owner and operator of this website.',
        'We are a nonprofit organization that runs reading clubs.', 'This site is a service of the city library.', 'Acme Ltd is the owner of this app.',
      ],
      noMatch: ['We use your data to operate the site.'],
    },
  },
  {
    id: 'intro.please-read',
    label: LABEL,
    patterns: [
      `(please|we encourage you to|we urge you to|you should|we ask that you|we recommend that you) (carefully )?(read|review) (this|our) (entire |full |complete |following )?(privacy )?(${POLICY_OR_PLEDGE}|summary|document) (carefully|thoroughly|in full|before)`,
      `(please|we encourage you to|we urge you to|you should|we ask that you|we recommend that you) (carefully )?(read|review) (this|our) (entire |full |complete |following )?(privacy )?(${POLICY_OR_PLEDGE}|summary|document) $`,
      `(read|review) (this|our) * (${POLICY_OR_PLEDGE}|summary) (carefully|thoroughly|in its entirety)`,
      `(read|review) the following (privacy )?${POLICY_OR_PLEDGE}`,
      `(for )?more (complete |detailed )?(information|details) (about|on|regarding) (our|the|this) privacy (practices|policy|policies)`,
      '(read|review) (this|our|the) (entire |full )?(privacy )?(policy|notice|statement|summary) carefully',
      'take (the|a few) (time|minutes) to (read|review|get to know)',
    ],
    gloss: 'Asks you to read the policy',
    examples: {
      match: [
        'Please read this Privacy Policy carefully.', 'Please read this privacy notice', 'Read the following privacy notice before you sign up.',
        'For more information about our privacy practices, write to us.', 'Please take a few minutes to read this notice.',
      ],
      noMatch: ['Please read the instructions in the email.'],
    },
  },
  {
    id: 'intro.other-documents',
    label: LABEL,
    prior: 1,
    patterns: [
      'incorporated (by reference )?(into|in)',
      'included by reference',
      'in the event of (a|any) conflict between',
      '(terms of use|terms of service|terms and conditions|user agreement|visitor agreement|conditions of use|customer agreement|service agreement|customer agreements) (which|that)? (also )?(govern|governs|apply|applies|is binding|are binding|incorporates|shall govern)',
      '(part of|subject to) (our|the|this|these) (terms of use|terms of service|terms and conditions|user agreement|visitor agreement|conditions of use)',
      '(integral|essential) part of (the|our|this|any|each|your) (agreement|agreements|contract)',
      '(sole|entire|complete) (statement|agreement) (of|regarding|concerning)',
      'dispute * (is|are|shall be) (subject to|governed by) (this|the) (privacy )?(policy|notice|statement)',
      '(terms|capitalized terms) (that are )?not (otherwise )?defined (in|herein)',
    ],
    gloss: 'Relates the policy to the terms of use or other agreements',
    examples: {
      match: [
        'This Privacy Policy is incorporated by reference into Fusion’s Customer Service Agreements.',
        'In the event of a conflict between the terms of this Privacy Policy and any Fusion Customer Agreement, the Customer Agreement governs.',
        'This notice forms an integral part of your contract with Acme.', 'Our cookie notice is included by reference.',
        'Your use of the app is subject to our terms of service.', 'This notice is the entire agreement regarding your data.',
        'Any dispute about privacy is governed by this policy.', 'Capitalized terms not defined herein have the meaning given in our terms.',
      ],
      noMatch: ['We may share data with our business partners.'],
    },
  },
  {
    id: 'intro.contents-list',
    label: LABEL,
    // A list of sections names every topic; it must outweigh the topic rules' vetoes.
    prior: 9,
    patterns: [
      'what (information|personal information|data) (do )?we (collect|gather) * how (do )?we (use|share)',
      '(table of contents|click on (one of )?the links below|jump to|the following (topics|sections|questions))',
      ...CONTENTS_ANNOUNCED,
      '^ what (s |is )?on this page',
      '(covers|addresses|includes|explains) the following (areas|topics|sections|subjects)',
      'how we use (your |the )?(information|data) * (how we share|sharing|disclosure of|with whom we share|who we share) * (your choices|choices|security|cookies|children|contact|changes|access)',
      '(information we collect|how we use) * (how we share|your choices|children s privacy|contact us) (information|your|children|security|changes|contact|cookies)',
    ],
    gloss: 'A table of contents or list of the topics the policy covers',
    examples: {
      match: [
        'Information We Collect How We Use It Sharing Your Choices Security Contact Us', 'What information do we collect, and how do we use it?', 'Table of Contents',
        'This notice answers the following questions.', 'Read the sections below to learn more.', "What's on this page", 'This notice covers the following topics.',
        'It covers how we use data, who we share it with, and your choices.',
      ],
      noMatch: ['We collect information when you use our services.'],
    },
  },
  {
    id: 'intro.closing-and-boilerplate',
    label: LABEL,
    patterns: [
      '(thank you|thanks) for (choosing|visiting|using|reading|your interest)',
      'hope (this|that this|the) (notice|policy|statement|information) (has been|is|was) helpful',
      'we appreciate your (business|trust|patronage|interest)',
      '(member fdic|equal housing lender)',
      '(our|its) mission (is|to)',
      '(happy|glad|pleased) to (answer|hear) (your|any)',
      'the mission of . (. )?(. )?(. )?(. )?(is|has always been) to',
      '^ (copyright )?(#Value )?(#Value )?(. )?all rights? reserved $',
    ],
    gloss: 'Greetings, thanks and mission statements around the policy',
    examples: {
      match: [
        'Thank you for choosing our service.', 'Our mission is to keep you connected.',
        'The mission of the Riverbend Trust is to keep local history within reach of everyone.', 'All rights reserved.', 'We hope this notice has been helpful.',
        'We appreciate your trust.', 'Member FDIC.', 'We are happy to answer any question you have.',
      ],
      noMatch: ['We use your data to process orders.'],
    },
  },
  {
    id: 'intro.privacy-framework',
    label: LABEL,
    prior: 1,
    patterns: [
      '(privacy framework|privacy regime|fair information practices|fair information principles|fair information practice)',
      '(consistent|in accordance|in compliance) with (the )?(ftc|ftc s|federal trade commission|federal trade commission s) (privacy )?(framework|guidance|principles)',
      '(principles|policies and practices) (are|that are) consistent with',
    ],
    gloss: 'Refers to privacy principles or frameworks in general terms',
    examples: {
      match: ['These principles are consistent with the FTC’s privacy framework.'],
      noMatch: ['We encrypt all stored data.'],
    },
  },
];
