// Rules for "Data Security". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// How data is protected: safeguards, encryption, limited access, breach notice, and the usual
// "no method is 100% secure". "Social security number" and "for security purposes" are data
// types and uses (first party), so they count against this label.
import type { Rule } from '../types.ts';
import { CONTENTS_SECTIONS } from '../words.ts';

const LABEL = 'Data Security';

const SAFEGUARD_KINDS = '(physical|technical|administrative|electronic|procedural|organizational|organisational|managerial|operational|technological)';

export const securityRules: readonly Rule[] = [
  {
    id: 'security.safeguards',
    label: LABEL,
    patterns: [
      `${SAFEGUARD_KINDS} * (safeguards|security|measures|controls|procedures|protections|precautions)`,
      '{safeguard}',
      '(security|safety) (measures|safeguards|procedures|precautions|practices|controls|technologies|technology|protocols|systems|standards|features|software|policies|program|programs|tools|steps)',
    ],
    gloss: 'Describes the safeguards used to protect your data',
    examples: {
      match: [
        'We maintain appropriate technical, organizational, and physical safeguards designed to protect the Personal Data we process.',
        'Our security measures include limiting physical access to our servers.',
      ],
      noMatch: ['We collect your name and physical address.'],
    },
  },
  {
    id: 'security.reasonable-steps-to-protect',
    label: LABEL,
    patterns: [
      '(reasonable|appropriate|adequate|industry standard|commercially reasonable|necessary|all reasonable|strict|robust|various|multiple) (measures|steps|precautions|efforts|procedures|safeguards) (designed |intended )?to (help )?({protect}|{secure}|{safeguard}|{prevent})',
      '(measures|steps|precautions|precaution|efforts|procedures|safeguards|technologies|technology|software) (designed |intended |used )?to (help )?({protect}|{secure}|{safeguard})',
      '(take|takes|taking|use|uses|follow|follows) (all )?(reasonable|appropriate|necessary|commercially reasonable|industry standard) (precautions|measures|safeguards|security)',
      '(keep|keeps|keeping|hold|store|stored) (your |the |all |such |this )?(personal |customer |account )?(information|data|details) (safe|secure|securely|confidential)',
      '{protect} * (against|from) (the )?(loss|misuse|theft|alteration|destruction|unauthorized|unauthorised|accidental|unlawful|improper)',
      '(maintain|ensure|protect|preserve|safeguard) the (security|confidentiality) (and (confidentiality|integrity|security) )?of (your|the|all|personal|customer|such|this|that|any|our)? (personal |personally identifiable |customer |account )?(information|data|pii|records|cpni)',
    ],
    gloss: 'Says the company takes steps to protect your data against loss or misuse',
    examples: {
      match: [
        'Conifer Communications will continue to take reasonable measures to protect customer information we collect from unauthorized use, disclosure, or access.',
        'We maintain the security of your Personally Identifiable Information through multiple forms.', 'Our staff are trained to keep customer data safe.',
      ],
      noMatch: ['We take reasonable steps to keep your information accurate.'],
    },
  },
  {
    id: 'security.unauthorized-access',
    label: LABEL,
    patterns: [
      '(unauthorized|unauthorised|unlawful|illegal|improper) (access|use|disclosure|alteration|acquisition|persons|parties|users|individuals|attempt|attempts|intrusion|entry)',
      '(loss|misuse|theft|alteration|destruction) (of|and) * (information|data)',
      '(hackers|hacking|hacked|intruders|intrusion|malware|virus|viruses|cyber attacks|cyberattacks|compromised)',
    ],
    gloss: 'Talks about preventing unauthorised access, loss or misuse',
    examples: {
      match: [
        'The Site is not responsible for unauthorized access by illegal means.', 'We take care to prevent the loss of any account information.',
        'Our firewall blocks hackers from reaching the database.',
      ],
      noMatch: ['Access to our services requires a password.'],
    },
  },
  {
    id: 'security.encryption',
    label: LABEL,
    patterns: [
      '{encrypt}',
      '(encryption|ssl|tls|https|firewall|firewalls|pci|pci dss|cryptographic|hashing|hashed|tokenization|tokenized)',
      'secure (socket|sockets) (layer|layers)',
    ],
    gloss: 'Says data is encrypted or sent over a secure connection',
    examples: {
      match: ['We protect your information during transmission by using Secure Socket Layer (SSL) technology.', 'We encrypt credit card and other financial information.'],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'security.secure-systems',
    label: LABEL,
    patterns: [
      'secure (server|servers|connection|connections|environment|environments|network|networks|area|areas|site|page|pages|portal|transmission|storage|facility|facilities|data center|data centers|location|locations|systems|system|database|databases|web portal|manner|platform)',
      '(secured|restricted|controlled) (environments|environment|networks|network|servers|areas|facilities|access|connection|connections|site|pages)',
      '(safe and secure|secure and safe|securely)',
    ],
    gloss: 'Says data is kept on secure systems or handled securely',
    examples: {
      match: [
        'All data we store is kept on our secure servers located behind firewalls.', 'Conferencing Tree provides a highly secure web portal.',
        'Payment records are kept on restricted servers.', 'Card numbers are stored securely by our payment processor.',
      ],
      noMatch: ['Please sign in to your account.'],
    },
  },
  {
    id: 'security.no-guarantee',
    label: LABEL,
    patterns: [
      'no (method|system|transmission|data transmission|security|website|web site|internet|one|company|program|network|storage|measures|security measures|data) * (100|completely|perfectly|absolutely|entirely|fully|guaranteed|guarantee|secure|impenetrable|error free)',
      '(can not|not|unable to|no) (guarantee|ensure|warrant|promise|assure|warranty) * (security|secure|safety|safe|protection)',
      '(100|one hundred) (percent )?secure',
    ],
    gloss: 'Warns that no security measure is perfect',
    examples: {
      match: [
        'No system is 100% secure and Fusion cannot guarantee that its safeguards will prevent every unauthorized attempt.',
        'We cannot guarantee the absolute security of your data.',
      ],
      noMatch: ['We cannot guarantee that our vendors will always be available.'],
    },
  },
  {
    id: 'security.limited-access',
    label: LABEL,
    patterns: [
      '(access|accessible) (to )?* (limited|restricted|only) (to|by) (those|employees|authorized|authorised|personnel|staff|individuals|people|persons|a limited)',
      '({limit}|{restrict}|{control}) (the )?(employee |employees |internal |physical |staff )?(and (contractor|contractors|vendor|vendors|agent|agents) )?access',
      'need to know',
      '(have|has|given|granted) access (to )?only',
      'only (accessible|available) (to|by) (authorized|authorised|those|our|employees|staff|personnel|a limited|a small)',
      '(business|legitimate) (need|reason) (for|to) (such )?(access|know)',
      '(authorized|authorised) (personnel|employees|staff|individuals|persons|users) only',
      // "Access is restricted to <organisation> employees"; keeping down how many people can get at it.
      '(access|accessible) (to )?* (is|are|be) (limited|restricted) to .? .? (employees|personnel|staff|agents|contractors|officials|team members)',
      '{limit} the number of (people|persons|employees|individuals|staff|personnel) (who|that|with) (have|has|can)? access',
      '{restrict} (their|its|his or her|the vendors|the agents) access (to )?(only|to only)',
    ],
    gloss: 'Says only people who need it can get at your data',
    examples: {
      match: [
        'Internal access is limited to those individuals on a need to know basis.', 'We strictly control employee and contractor access to personal information.',
        'Support agents have access only to the details they need to help you.', 'Your file is only accessible to authorized staff.',
        'Staff see your records only when they have a business need for such access.', 'The server room is open to authorized personnel only.',
        'Access to customer records is limited to trained employees.', 'We limit the number of staff who have access to payment data.',
        'Our contract restricts their access to only what the job requires.',
      ],
      noMatch: ['You can access your account at any time.'],
    },
  },
  {
    id: 'security.breach',
    label: LABEL,
    patterns: [
      '(data|security|information) (breach|breaches|incident|incidents|compromise)',
      'breach of (security|our security|data|our systems|the security)',
      'security of (your|the|personal|customer|this|such|any|all|their) (personal |customer )?(information|data|account|accounts|pii|records)',
      'security (has been|is) (breached|compromised)',
    ],
    gloss: 'Talks about the security of your data or about data breaches',
    examples: {
      match: [
        'Conifer Communications will continue to notify consumers of data breaches as appropriate.', 'If security has been breached, customers should contact us.',
        'If there is a breach of security, we will tell you by email.', 'We care about the security of your account information.',
      ],
      noMatch: ['We may share data to comply with the law.'],
    },
  },
  {
    id: 'security.identity-verification',
    label: LABEL,
    prior: 1,
    patterns: [
      '(verify|confirm|authenticate) (your|the requester|the requestor|their|his or her) identity',
      '(precautions|steps|measures) to (identify|verify|authenticate) (you|your|users|the)',
    ],
    gloss: 'Says the company checks who you are before giving out account data',
    examples: {
      match: [
        'We take reasonable precautions to identify you or persons you have authorized when we are contacted about your account.',
        'Before we act on a request we must verify your identity.',
      ],
      noMatch: ['We use your information to identify trends.'],
    },
  },
  {
    id: 'security.protect-your-information',
    label: LABEL,
    prior: 1,
    patterns: ['({protect}|{safeguard}|{secure}) (your|the|our users|our customers|customer|users|all)? (personal |personally identifiable |private |financial |customer )?(information|data|pii)'],
    gloss: 'Says the company protects your information (general)',
    examples: {
      match: ['We work hard to protect your personal information.'],
      noMatch: ['We protect our network from spam.'],
    },
  },
  {
    id: 'security.password-care',
    label: LABEL,
    patterns: [
      '(password|passwords|pin|pins|passcode|passcodes|login credentials|account credentials|user name and password|username and password) * (confidential|secret|secure|safe|private|protect|security|misuse|unauthorized)',
      '(confidentiality|security|secrecy) of (your |the |any )?(password|passwords|pin|pins|passcode|passcodes|account|login|user name|username|credentials|personal identification)',
      '(responsible|responsibility) for (maintaining )?the (security|confidentiality|secrecy) of',
      'never (ask|request|email|e mail|send) * (password|passwords|credit card|account number|pin)',
      '(phishing|spoofed|fraudulent) (email|emails|e mails|messages|websites|sites)',
    ],
    gloss: 'Tells you to keep your password safe or warns about phishing',
    examples: {
      match: [
        'You are responsible for the security of the PIN codes that are issued to you.', 'We will never ask for your password by email.',
        'Keep your password secret and do not share it with anyone.', 'Be wary of phishing emails that ask for your account details.',
      ],
      noMatch: ['Enter your password to sign in.'],
    },
  },
  {
    id: 'security.staff-obligations',
    label: LABEL,
    prior: 1,
    patterns: [
      '(employees|staff|personnel|contractors) * (trained|training|confidentiality agreements|bound by|disciplinary|code of conduct|code of ethics)',
      'confidentiality (agreements|agreement|obligations|contracts)',
      'code of ethics',
    ],
    gloss: 'Says staff are trained or bound to keep your data confidential',
    examples: {
      match: ['Our employees are bound by confidentiality agreements.', 'We have a strict code of ethics and disciplinary procedure in place.'],
      noMatch: ['Our employees may contact you about your order.'],
    },
  },
  {
    id: 'security.transmit-at-own-risk',
    label: LABEL,
    patterns: [
      '(transmit|transmission|transmitting|send|sending|submit|submitting|provide|providing) * at (your|their) own risk',
      '(unsecured|unencrypted|open access|public) (internet|networks|network|connection|connections|wifi|wireless)',
      '(transmission|transmissions) (of (data|information) )?over the internet',
    ],
    gloss: 'Warns that sending data over the internet carries risk',
    examples: {
      match: [
        'You transmit certain Personal Information over this Site at your own risk.', 'Sending data over public wifi carries a risk.',
        'No transmission of data over the Internet is fully secure.',
      ],
      noMatch: ['You use links to other sites at your own risk.'],
    },
  },
  {
    id: 'security.heading',
    label: LABEL,
    patterns: [
      '^ (data |information |site |online |website |account |network |payment )?security( measures| policies| policy| practices| of (your )?(information|data|personal information))? $',
      '^ how (do )?(we )?(keep|protect|secure|safeguard) ',
      '^ (protecting|securing|safeguarding) (your )?(personal )?(information|data)',
      'security (tips|tip|is essential|is important|is a priority|is a top priority)',
    ],
    gloss: 'A heading that announces the security section',
    examples: {
      match: [
        'Security of Information', 'How Do We Keep Your Personal Data Safe?', 'Protecting Your Personal Information', 'Security is a top priority for our team.',
      ],
      noMatch: ['How do we use your information?'],
    },
  },
  {
    id: 'security.not-data-protection',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      'social security (number|numbers|no|card)',
      '(for|including) (fraud prevention and )?security (purposes|reasons)',
      '(national|homeland|public) (security|safety)',
      '{protect} (the|our|its)? (rights|property|safety|legal rights)',
      '(misuse|unauthorized use|unlawful use|illegal use|fraudulent use) of (our|any|the|this) .? (site|sites|website|websites|web site|services|service)',
      '(merger|acquisition|bankruptcy|insolvency|asset sale|reorganization)',
    ],
    gloss: 'Uses "security" for an ID number, a purpose of use or public safety, not for protecting your data',
    examples: {
      match: [
        'We may ask for your social security number.', 'Disclosure may happen when needed to protect our rights or the safety of others.',
        'We may review logins for security purposes.', 'We may share records with agencies to protect national security.',
        'We may block accounts to stop misuse of our services.', 'In a merger, customer records may pass to the buyer.',
      ],
      noMatch: ['We use firewalls to protect your data.'],
    },
  },
  {
    id: 'security.legal-process-or-notices',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '(required|compelled|requested) (to do so )?by (law|a court|law enforcement)',
      '(subpoena|subpoenas|court order|court orders|legal process|good faith belief)',
      '(security|technical) (notices|alerts|updates|notifications|bulletins)',
      '(cookies|cookie) * (viruses|virus|run programs|execute)',
      ...CONTENTS_SECTIONS,
    ],
    gloss: 'Disclosure required by law, technical notices sent to you, cookies that carry no viruses, a list of sections: not how data is protected',
    examples: {
      match: [
        'A subpoena or other legal demand can lead us to hand over information.', 'We send you technical notices and security alerts.',
        'A cookie is plain text; it cannot carry a virus or execute code on your device.', 'We disclose records when required by law to do so.',
        'This notice covers the following topics.', 'Read more about each section in the links below.',
      ],
      noMatch: ['We use firewalls to protect your data from unauthorized access.'],
    },
  },
  // Look-alikes: the privacy and security practices of linked sites, which the provider disowns,
  // or a pointer to where its security practices are described; neither states a safeguard.
  {
    id: 'security.other-sites-practices-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(not|no longer) (be )?(responsible|liable|subject to|covered by|governed by) (for )?(the|their|its|our|any)? (privacy (and|or) )?(privacy|security) (and (security|privacy) )?(practices|policies|policy)',
      '(privacy (and|or) )?security (practices|policies|policy) (of|on|at) (these|those|other|such|third party|any|the) (sites|websites|web sites|companies|parties|linked)',
      '(information|more|details) (on|about|regarding) (our )?(privacy )?(and )?security (practices|policies) (may|can|is|are) (be )?(found|available)',
      '(reasonable|commercially reasonable|appropriate) (measures|efforts|steps|means) to (notify|inform|contact|reach) you',
    ],
    gloss: 'Mentions the security practices of other sites, or where to read about security, without stating a safeguard',
    examples: {
      match: [
        'Linked sites follow their own rules, and we are not liable for their security practices.', 'We are not responsible for the security practices of other sites.',
        'More information about our security practices can be found on our help page.', 'We will make reasonable efforts to notify you of any change.',
      ],
      noMatch: ['We use encryption to protect your data in transit.'],
    },
  },
  // Look-alikes: an overview of what the policy covers names the steps it takes to keep your data
  // safe among its topics without stating any measure.
  {
    id: 'security.overview-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '(policy|notice|statement) (also )?(tells you|explains|describes|answers|covers|outlines|sets out|will tell you|will explain)',
      '(measures|practices|safeguards|policies) (are|is) (described|explained|outlined|discussed|set forth) (below|above|in)',
    ],
    gloss: 'An overview of the policy that lists security among its topics, not a safeguard',
    examples: {
      match: [
        'This notice explains what we collect, whom we share it with and the steps we take to protect it.', 'These safeguards are described below.',
      ],
      noMatch: ['We protect your account with two-factor sign-in.'],
    },
  },
  {
    id: 'security.partners-must-protect',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(obligated|required|contractually|require|requires|prohibited|bound) * (maintain|protect|keep) (the )?(confidentiality|security)',
      '(require|requires|required|ensure|obligate|obligated) (that )?(these|such|our|the|third party|all)? (entities|vendors|providers|service providers|companies|partners|contractors|third parties|parties) * (security|protect|confidentiality)',
    ],
    gloss: 'Duties put on partners that receive data: mainly about sharing, weak evidence of security',
    examples: {
      match: [
        'Contracts require our vendors to protect that information and keep it confidential.',
        'Our vendors are contractually bound to maintain the confidentiality of your data.',
      ],
      noMatch: ['We maintain the security of your information.'],
    },
  },
];
