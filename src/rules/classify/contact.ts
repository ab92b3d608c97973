// Rules for "Privacy contact information". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// How to reach the provider about privacy: addresses, emails, phone numbers, a privacy officer.
// "Contact us to opt out" without an address is mainly a choice, so it counts against.
import type { Rule } from '../types.ts';
import { STATE_NAMES_IN_ADDRESSES } from '../words.ts';

const LABEL = 'Privacy contact information';

const STREET = '(street|st|avenue|ave|road|rd|boulevard|blvd|parkway|pkwy|drive|dr|lane|ln|way|place|pl|plaza|highway|hwy|court|ct|circle|square|center|centre|pike|turnpike|broadway|terrace)';
const US_STATE_CODES = '(al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)';

export const contactRules: readonly Rule[] = [
  {
    id: 'contact.email-address',
    label: LABEL,
    patterns: ['#Email', '(email|e mail) (us )?(at|to) (. )?(at|dot)', '/^[a-z0-9]+$/ at /^[a-z0-9]+$/ dot (com|org|net)'],
    gloss: 'Gives an email address to write to',
    examples: {
      match: [
        'Send email to Privacy Administrator at legal@phone.com.', 'Write to privacy(at)example(dot)com.', 'Email us at privacy at example dot com.',
      ],
      noMatch: ['We may send you email newsletters.'],
    },
  },
  {
    id: 'contact.phone-number',
    label: LABEL,
    patterns: ['#Phone', '(toll free|telephone|phone|call us|call|fax|tel) (number )?(at )?(1 )?/^\\d{3}$/ /^\\d{3}$/ /^\\d{4}$/', '1 800 /^[a-z]+$/'],
    gloss: 'Gives a phone number to call',
    examples: {
      match: [
        'Contact us via our toll free dedicated California Data Privacy line: 1-888-301-1721', 'Tel 555/123/4567 (weekdays only).',
        'Call 1-800-FLOWERS for help with your order.',
      ],
      noMatch: ['We collect your phone number when you sign up.'],
    },
  },
  {
    id: 'contact.postal-address',
    label: LABEL,
    patterns: [
      `#Value (. )?(. )?(north |south |east |west )?${STREET}`,
      '(suite|ste|floor|fl|room|mail stop|mailstop|building|bldg) #Value',
      '#Value (st|nd|rd|th) floor',
      '(p o|po) box',
      `${US_STATE_CODES} /^\\d{5}$/`,
      `${STATE_NAMES_IN_ADDRESSES} /^\\d{5}$/`,
      '/^\\d{5}$/ /^\\d{4}$/',
    ],
    gloss: 'A postal address line',
    examples: {
      match: [
        '184 South Livingston Avenue', 'Suite 300', 'Livingston, NJ 07039', 'Our office is on the 5-th floor of the tower.', 'Write to us at PO Box 123, Springfield.',
        'Our office is at 1 Elm Road, Springfield, Ohio 45501.', 'Write to 100 Main Street, Springfield, OH 45501-1234.',
      ],
      noMatch: ['We keep data for 24 months.'],
    },
  },
  {
    id: 'contact.attention-line',
    label: LABEL,
    patterns: ['^ (attn|attention|c o)', '(attn|attention) (.)? (privacy|legal|general counsel|compliance|data protection|customer)', '^ c o '],
    gloss: 'An "Attn:" or "c/o" line of a mailing address',
    examples: {
      match: ['Attn: Privacy Administrator', 'c/o Privacy Administrator'],
      noMatch: ['Please pay attention to the settings.'],
    },
  },
  {
    id: 'contact.privacy-office',
    label: LABEL,
    prior: 1,
    patterns: [
      'privacy (officer|office|administrator|team|department|coordinator|manager|director|compliance officer|group|program office|policy coordinator|desk|counsel|representative)',
      '(data protection officer|dpo|legal department|general counsel|compliance officer|compliance department|customer service department|customer care|guest services|member services|customer support)',
    ],
    gloss: 'Names the person or team that handles privacy questions',
    examples: {
      match: [
        'If you have any questions or complaints, please contact the Fusion Privacy Office:', 'Please write to our Data Protection Officer.',
      ],
      noMatch: ['Our privacy policy explains what we collect.'],
    },
  },
  {
    id: 'contact.contact-us',
    label: LABEL,
    prior: 1,
    patterns: [
      '(contact|email|e mail|call|write to|reach|notify|message) (us|our|the company)',
      '(how to|ways to|way to) (contact|reach) us',
      '(contact|write to|reach|email|e mail) .? .? .? (at|as follows|below) $',
      '(contact|reach|write) (us )?(at|by|via|using) (the )?(following|below|address|email|phone|telephone|mail)',
    ],
    gloss: 'Tells you how to get in touch with the company',
    examples: {
      match: [
        'You may contact us in two ways.', 'Alternatively, you may contact Phone.com at:', 'Here are the ways to reach us.', 'You can reach us at the address below.',
      ],
      noMatch: ['We may contact you about your order.'],
    },
  },
  {
    id: 'contact.heading',
    label: LABEL,
    patterns: [
      '^ (contact|contacting) us',
      '^ (privacy )?(contact|contacting) (information|info|details) $',
      '^ (how (to|can you|do i|do you) )?(contact|reach) (us|me|you)',
      '^ (the )?(.? )?(privacy|compliance|data protection|legal) (officer|office|administrator|team|coordinator|department|manager) $',
    ],
    gloss: 'A heading or address line that names where to get in touch',
    examples: {
      match: [
        'Contact Information', 'Privacy Compliance Officer', 'Contact Us', 'How to Reach Us',
      ],
      noMatch: ['Contact lenses are sold separately.'],
    },
  },
  {
    id: 'contact.company-name-line',
    label: LABEL,
    prior: 1,
    patterns: ['^ .? .? .? (inc|llc|corp|corporation|ltd|limited|incorporated|l l c|co) $', '^ . (com|net|org) $'],
    gloss: 'A company-name line, usually the first line of a postal address',
    examples: {
      match: ['County Micro Inc.', 'Phone.com'],
      noMatch: ['We are a small company.'],
    },
  },
  {
    id: 'contact.questions-about-policy',
    label: LABEL,
    patterns: [
      '(questions|question|concerns|comments|complaints|inquiries|enquiries|queries|feedback|suggestions) (or (concerns|comments|complaints|questions|suggestions) )?(about|regarding|concerning|relating to|related to|on|in relation to|with respect to) (this|our|the) (online )?(privacy|policy|notice|statement|practices|information practices|data practices)',
      '^ (privacy )?(questions|comments|concerns|inquiries) (and|or) (contact|comments|concerns|complaints)',
      '^ (questions|comments|inquiries|complaints|questions or comments|questions and comments|questions and contact information)',
      '(privacy|policy) (complaints|questions|inquiries|concerns) $',
    ],
    gloss: 'Invites questions or complaints about the policy',
    examples: {
      match: [
        'To all other users of this Site, if you have other questions about this Privacy Policy, please contact our Privacy Administrator.', 'Privacy Policy Complaints',
        'Questions and Complaints', 'Questions or Comments',
      ],
      noMatch: ['We answer questions posted in our forums.'],
    },
  },
  {
    id: 'contact.any-questions',
    label: LABEL,
    prior: 0,
    patterns: [
      'if you have (any )?(other |further |additional )?(questions|concerns|comments|complaints|inquiries|a question|a complaint) * (contact|email|e mail|call|write|reach|send|let us know)',
    ],
    gloss: 'Invites questions in general; on its own, without an address, it is weak evidence',
    examples: {
      match: ['If you have a question, just write to our privacy team.'],
      noMatch: ['We answer questions posted in our forums.'],
    },
  },
  {
    id: 'contact.write-to-us',
    label: LABEL,
    prior: 1,
    patterns: [
      '(write|writing) (to )?(us|our|the)',
      '(send|mail) (a letter|your request|us a letter|a written request|written notice|your written request) (to|at)',
      '(by|via|through) (mail|post|postal service|letter) (at|to|addressed)',
      '(by|via|through) (postal mail|regular mail|u s mail|us mail|certified mail|first class mail)',
      '(mailing|postal) address (is|below|above)',
      '^ (by )?(mail|email|e mail|phone|telephone|fax|post|address|online|by mail)( at)? $',
      '(e mail|email|phone|telephone|fax|mail|address|tel) (at )?#Email',
    ],
    gloss: 'Says where to write or send a request',
    examples: {
      match: [
        'Write to us at our corporate address.', 'All requests sent via postal mail must be labeled clearly.', 'Send a written request to our privacy office.',
        'You can reach us by mail at the address below.', 'Our mailing address is 10 Elm Road, Leeds.', 'By mail:', 'Email: privacy@example.com',
      ],
      noMatch: ['We may mail you a catalog.'],
    },
  },
  {
    id: 'contact.contact-form',
    label: LABEL,
    prior: 1,
    patterns: ['(contact|contact us|feedback|support|inquiry|enquiry|privacy contact) (form|page|link|web page|section)'],
    gloss: 'Points to a contact form or page',
    examples: {
      match: ['Please contact us by using our Contact Us web page.'],
      noMatch: ['Please fill in the order form.'],
    },
  },
  {
    id: 'contact.resolve-concerns',
    label: LABEL,
    prior: 1,
    patterns: [
      '(address|resolve|investigate|respond to) (your|any|the|every) (concern|concerns|complaint|complaints|problem|problems|inquiry|inquiries|questions)',
      '(fair|prompt) resolution of (any|your)',
    ],
    gloss: 'Promises to look into your privacy concern or complaint',
    examples: {
      match: [
        'We will address your concern and attempt to resolve any problem.', 'We are committed to the fair resolution of any complaint.',
      ],
      noMatch: ['We address your mail to your home.'],
    },
  },
  {
    id: 'contact.contact-for-a-request',
    label: LABEL,
    kind: 'lookalike',
    prior: -6,
    patterns: [
      '(described|listed|set forth|provided|found|shown|set out) (in the |at the )?(below|above|end|contact|how to contact|section)',
      '(section|sections) (below|above)',
      '(child|children|childs|minor|minors|kids|parent|parents|guardian|guardians) ',
      '(california|shine the light|1798 83|nevada|canadian|european|eea) ',
      '(delete|deletion|remove|removal|deactivate|disable|cancel|correct|correction|review|update|modify|change|amend|access) (any |the |that |this |such |all |of )?(your|their|his|her|my|it|them|personal|information|data|account|profile|request|comments|content|material|registration|subscription|preferences|settings)',
      '(copyright|trademark|infringement|deceased) ',
      // Where to send a request: "to make such a request, write to...", "requests must be sent to".
      '(make|submit|send|exercise|making|submitting) (such |this |a |your |the |these |any )?(a )?(request|requests|rights|right)',
      '(requests|request|inquiries|inquiry) (must|should|may|can|will) be (sent|submitted|made|mailed|directed|addressed|emailed)',
      '(changes|updates|corrections|deletions|changes or updates|updates or changes) (to|of|in) (your|the|any|such) (information|personal|data|account|preferences|profile|email)',
    ],
    gloss: 'A contact detail given only to make a specific request (children, state rights, changing your data): the request is the point',
    examples: {
      match: [
        'If you believe a child under 13 has given us data, email us at help@example.com.', 'To update your profile, write to us at help@example.com.',
        'Residents who wish to make such a request can mail it to our Records Desk, 12 Elm Road, Dover, DE 19901.',
        'Written requests should be sent to the address shown at the foot of this page.', 'Use the details provided in the contact section.',
        'See the sections below for how to reach us.', 'California residents can email us for a list of the companies.', 'Send copyright complaints to our agent.',
        'Email us to request changes to your information.',
      ],
      noMatch: ['If you have questions about this policy, email us at help@example.com.'],
    },
  },
  {
    id: 'contact.contacting-us-is-collection',
    label: LABEL,
    kind: 'lookalike',
    prior: -6,
    // "If you write to us, we keep your message": contacting the company is the source of
    // the data being collected or kept, not an invitation to get in touch.
    patterns: [
      '(if|when|whenever) you (contact|email|e mail|call|write to|correspond with) us * we (may |will |might )?(also )?(collect|keep|ask|record|retain|receive|use|save|store|maintain)',
      '(when|if) you (fill out|complete|submit|use) (a|the|our) contact (us )?(form|page)',
      '(through|via|using|filling out|fill out|completing) (a|the|our) contact us (form|link|page)',
    ],
    gloss: 'What happens to the messages you send: contacting the company is where the data comes from, not how to reach it',
    examples: {
      match: [
        'When you call us, we may record the conversation for training.', 'If you use the contact form, we store your name and message.',
        'When you write to us through our contact us form, we keep your message.',
      ],
      noMatch: ['If you have questions, use our contact form.'],
    },
  },
  {
    id: 'contact.contact-to-opt-out',
    label: LABEL,
    kind: 'lookalike',
    prior: -6,
    patterns: [
      '(contact|email|e mail|call|write to|notify) us * (opt out|unsubscribe|stop receiving|remove you from|no longer wish)',
      '(opt out|unsubscribe|stop receiving|no longer wish to receive) * (contact|email|e mail|call|write to|notify) us',
      '(opt out|unsubscribe|remove yourself|stop receiving|no longer wish to receive|do not wish to receive|opting out)',
      '(stop|not) (sending|to send|send|sharing|to share|share|receive|to receive|receiving) (you |your |us )?(any )?(promotional|marketing|communications|solicitations|information|personal|materials|e mails|emails|newsletters)',
      '(prefer|wish|want) (not|that we not|that we do not|us not|us to stop) ',
    ],
    gloss: 'Opt-out wording: contacting the company here is mainly a choice, unless an address is given',
    examples: {
      match: [
        'If you want to opt out of marketing, contact us.', 'You may unsubscribe at any time.', 'Email us if you no longer wish to get our catalogue.',
        'Ask us to stop sending you marketing emails.', 'If you prefer not to get our newsletter, write to us.',
      ],
      noMatch: ['If you have questions, contact us.'],
    },
  },
];
