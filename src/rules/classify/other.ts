// Rules for "Practice not covered". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// What falls outside the nine practice categories: links to other sites and their own policies,
// disclaimers of responsibility for others, what this policy does not cover, liability and
// charges, job applicants and investors, health-record rules, user-content moderation.
import type { Rule } from '../types.ts';
import { CONTENTS_NAVIGATION, OUTSIDE_THIS_POLICY } from '../words.ts';

const LABEL = 'Practice not covered';

const SITES = '(sites|site|websites|website|web sites|web site|pages|services|resources|companies|parties|platforms|apps|applications|products)';
const OTHER_SITES = `(other|third party|third parties|external|outside|non|unaffiliated|linked|these|those|such|their|independent) ${SITES}`;

export const notCoveredRules: readonly Rule[] = [
  {
    id: 'other.links-to-other-sites',
    label: LABEL,
    patterns: [
      `(links|link|hyperlinks|hyperlink) (to|from) (.? )?${OTHER_SITES}`,
      `(contain|contains|include|includes|provide|provides|offer|offers|have|has|may contain|may include) (links|hyperlinks|a link)`,
      '(linked|link to) (sites|websites|web sites|site|website|web site|pages)',
      '(click|clicking) (on )?(a |an |the )?(banner|advertisement|ad|link to) (.? )?(third party|another|other|external)',
      '^ (links|linked sites|third party links|links to other (sites|websites|web sites)|external links|third party (sites|websites|web sites))',
      '(web site|website|site|sites|websites|content) (and )?(links|hyperlinks) $',
      '^ (your )?(links|hyperlinks) to',
    ],
    gloss: 'Says the site links to other sites',
    examples: {
      match: [
        'Please note that this Site may contain links to other websites for your convenience and information.', 'We are not responsible for the content of linked sites.',
        'Clicking on a banner for another company takes you off our site.', 'Links to Other Websites', 'Third-Party Websites and Links',
        'Links to partner shops appear on some pages.',
      ],
      noMatch: ['We share data with other companies.'],
    },
  },
  {
    id: 'other.not-responsible-for-others',
    label: LABEL,
    patterns: [
      '(not|no) (be )?(held )?(responsible|liable|responsibility|liability) (for|of) (the )?(privacy |information |data )?(practices|policies|content|actions|operations|accuracy|collection|use)',
      `(not|no) (be )?(responsible|liable|responsibility|liability) * (${OTHER_SITES}|their (privacy )?(practices|policies)|such (sites|websites))`,
    ],
    gloss: 'Says the company is not responsible for what other sites or companies do',
    examples: {
      match: ['Phone.com is not responsible for the content, business practices, nor operations of such websites.', 'Linked sites run their own privacy practices, and we take no responsibility for those sites.'],
      noMatch: ['We are responsible for the security of your data.'],
    },
  },
  {
    id: 'other.no-control',
    label: LABEL,
    prior: 1,
    patterns: [
      '(do|does) not (own|control|operate|monitor) (those|these|the|such|any|third|other|linked|external)',
      '(beyond|outside) (our|its) control',
      '(no|have no|has no) control (over|of)',
    ],
    gloss: 'Says the company has no control over other sites or companies',
    examples: {
      match: [
        'Fusion does not control those sites or their privacy practices.', 'What other sites do with your data is beyond our control.',
        'We have no control over the sites our ads lead to.',
      ],
      noMatch: ['We control access to our servers.'],
    },
  },
  {
    id: 'other.their-own-policies',
    label: LABEL,
    prior: 3,
    patterns: [
      '(review|read|consult|check|familiarize yourself with|refer to) (the|their|its) (respective )?(privacy )?(policies|policy|statements|practices|notices) (of|on|posted|at) (any|every|each|that|those|these|such|the|other|third|linked|external)',
      '(review|read|consult|check) (the )?(privacy )?(policies|policy|statements) of (any|every|each|that|those|these|such|other|third|linked|external)',
      '(sites|websites|web sites|site|website|pages|apps|applications|services) (have|has|maintain|maintains|operate under|are subject to|is subject to) (their|its) own (separate )?(privacy )?(policies|policy|practices|terms|statements)',
      '(not|may not|might not) have the same (privacy )?(policies|policy|practices)',
      '(different|other) (rules|terms|policies|practices) (may|might|will|could) apply',
      '(different|differ|may differ|vary) (from )?(those of )?(ours|our own|from ours|us)',
      '(may|might|could) (differ|be different) (from|than)',
      '(governed|covered) by (the|their|its|that) (third party |company s |site s )?(own )?(privacy )?(policy|policies|terms|practices)',
      '(privacy policies|privacy practices|privacy policy) (of|on|for) (these|those|such|other|third party|linked|external|the linked|each) ',
    ],
    gloss: 'Says other sites have their own privacy policies, which you should read',
    examples: {
      match: [
        'We encourage you to review the privacy policy of any non-Fusion website before submitting your personal data to that site.',
        'Those websites have their own privacy policies.', 'Partner sites may not have the same privacy practices as ours.',
        'Different rules may apply on sites we link to.', 'Their practices may differ from ours.', 'The terms of a linked shop could be different from what we promise.',
        'Please read the privacy policies of these sites before you share data with them.', 'Your use of the map is governed by their own privacy policy.',
      ],
      noMatch: ['Please review this privacy policy periodically.'],
    },
  },
  {
    id: 'other.outside-this-policy',
    label: LABEL,
    prior: 3,
    patterns: [
      '(does|do|will|shall|can) not (apply|cover|extend|govern) (to )?(any |the |such )?(third|external|other|linked|outside|unaffiliated|non|websites|sites|web sites|companies|information collected by|use of information|practices of)',
      '(cannot|can not) and (does|do) not (apply|cover)',
      OUTSIDE_THIS_POLICY,
    ],
    gloss: 'Says what this policy does not cover',
    examples: {
      match: ['This Privacy Policy cannot and does not apply to external websites.', 'The personal data you choose to give to unrelated third parties is not covered by this Privacy Policy.'],
      noMatch: ['This Privacy Policy applies to all users of our services.'],
    },
  },
  {
    id: 'other.no-endorsement',
    label: LABEL,
    patterns: [
      '(endorse|endorsement|endorses|endorsing|sponsorship|recommendation|representations) (of|or|about|any)',
      '(do|does) not (endorse|make any representations|constitute|imply)',
      '(can not|will not) (endorse|approve)',
      '(solely|only|directly) between (you|the user|users) and',
      '(links|hyperlinks|sites|websites) * at (your|their) own risk',
      'as is basis',
    ],
    gloss: 'Disclaims endorsement of linked sites or content',
    examples: {
      match: [
        'We do not endorse or make any representations about third-party websites.', 'We offer links to you on an as is basis.',
        'We cannot endorse the products sold on linked sites.', 'Any purchase is solely between you and the seller.', 'You visit linked websites at your own risk.',
      ],
      noMatch: ['You transmit information at your own risk.'],
    },
  },
  {
    id: 'other.liability-and-charges',
    label: LABEL,
    patterns: [
      '(limit|limits|limitation|limitations) (of |on )?(our )?liability',
      '(not|no) (be )?(held )?(responsible|liable) for any (loss|damage|damages|problems|liability|charges|errors)',
      '(loss|damage|damages) (of any sort|of any kind|resulting from|arising from|arising out of)',
      '(message and data rates|standard (messaging|message|text|data) rates|carrier charges|wireless charges|processing fee|data charges)',
      '(tariff|tariffs) (or|and)? (contractual )?terms',
      'errors (sometimes|may|can) occur',
    ],
    gloss: 'Liability limits, fees and carrier charges, which are not privacy practices',
    examples: {
      match: [
        'Our VoIP services are subject to tariff or contractual terms that limit our liability in the event of listing errors.', 'Standard messaging rates will apply.',
        'We are not responsible for any loss caused by a linked site.', 'We accept no blame for damage arising from your use of other sites.',
        'Errors sometimes occur in the prices we show.',
      ],
      noMatch: ['We do not charge for access requests.'],
    },
  },
  {
    id: 'other.jobs-and-investors',
    label: LABEL,
    prior: 3,
    patterns: [
      '(job|employment) (applicant|applicants|application|applications|candidates|seekers|postings|opportunities)',
      '(resume|resumes|curriculum vitae|cv)',
      'investor relations',
      '(our|its) (employees|workforce) (personal )?(information|data|records)',
    ],
    gloss: 'About job applicants, employees or investors rather than customers',
    examples: {
      match: [
        'Personal information collected from resumes is used solely to evaluate candidates.', 'Job applicants should read our separate recruitment notice.',
        'For shareholder questions, see our investor relations page.', 'This notice does not cover our employees personal data.',
      ],
      noMatch: ['Our employees are trained to protect your data.'],
    },
  },
  {
    id: 'other.user-content-rules',
    label: LABEL,
    patterns: [
      '(right|obligation|right but not the obligation) to (monitor|remove|review|edit|delete|screen) * (content|postings|posts|communications|submissions|material)',
      '(user content|user generated content|content you post|postings|submissions) * (violates|violate|inappropriate|offensive|objectionable)',
      '(copyright|trademark|intellectual property) (infringement|notice|owner|holder|rights)',
      '(becomes|become|are|is|remain|remains) (our|the) (sole |exclusive )?property',
      '(not|no) (obligated|obligation|responsibility|duty) to (monitor|review|publish|remove|edit|screen)',
      'public domain',
      '(copyright|copyrighted|copyrights) (owner|holder|information|notice|infringement|protected|law|laws|material|materials|restrictions)',
    ],
    gloss: 'Rules for content users post, moderation, ownership or copyright',
    examples: {
      match: [
        'We have the right to screen user posts, though we are under no duty to do so.', 'We may remove user content that we find offensive.',
        'Send copyright infringement claims to our agent.', 'Ideas you send us become our property.', 'We have no obligation to monitor the forum.',
        'Some photos on this site are in the public domain.', 'The articles on this site are copyright protected.',
      ],
      noMatch: ['We collect the content of messages you send us.'],
    },
  },
  {
    id: 'other.special-laws-and-notices',
    label: LABEL,
    prior: 3,
    patterns: [
      '(hipaa|protected health information|accounting of disclosures|notice of privacy practices|ferpa|gramm leach bliley|fair credit reporting act)',
      '(confidential communications|request a restriction|request restrictions)',
    ],
    gloss: 'Special legal regimes such as health-record or education-record rules, outside the main privacy practices',
    examples: {
      match: [
        'Health records are subject to HIPAA.', 'You may ask us for confidential communications by another means.',
      ],
      noMatch: ['You have the right to opt out.'],
    },
  },
  {
    // Split from the special-laws rule: the seeds file HIPAA notes under collection and
    // security, which pulled these unrelated notices down with it.
    id: 'other.legal-notices-and-offline',
    label: LABEL,
    patterns: [
      '(does not|do not) (create|confer) (any )?(rights|legal rights|contractual rights)',
      '(third party beneficiary|third party beneficiaries|rights enforceable by third parties)',
      '(deceased|death of)',
      '(complaints|complaint) * (privacy policy|this policy) (violations|violation|compliance)',
      'official rules',
      '(cameras|video surveillance|cctv)',
    ],
    gloss: 'Legal notices, accounts of deceased users, contest rules and in-store cameras: outside the main privacy practices',
    examples: {
      match: [
        'No third party beneficiary rights arise from this policy.', 'Each contest has official rules.',
        'This notice does not create any legal rights for third parties.', 'Relatives of a deceased member can ask us to close the account.',
        'Send complaints about possible privacy policy violations to our office.', 'Our shops use CCTV for the safety of staff and customers.',
      ],
      noMatch: ['You have the right to opt out.'],
    },
  },
  {
    id: 'other.do-not-send-sensitive',
    label: LABEL,
    patterns: [
      '(ask|request|asks|requests) that you (not|do not) (send|submit|disclose|provide|post)',
      '(please )?(do not|don t|never) (send|submit|post|include|disclose) (us )?(any )?(sensitive|confidential|proprietary|social security|financial)',
    ],
    gloss: 'Asks you not to send sensitive information',
    examples: {
      match: [
        'We ask that you not send us any sensitive personal information.', 'Please do not send us confidential papers by email.',
      ],
      noMatch: ['We do not sell sensitive personal information.'],
    },
  },
  {
    id: 'other.security-or-contents-context',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '(guarantee|guaranteed|guarantees|ensure|warrant|promise) (the |absolute |complete |perfect )?(security|safety|confidentiality|integrity)',
      '(impenetrable|unauthorized|unauthorised|breach|breaches)',
      '(no|any) (data )?(transmission|method of transmission) ',
      ...CONTENTS_NAVIGATION,
    ],
    gloss: 'Security disclaimers and tables of contents: no guarantee of security is Data Security, a list of sections is framing',
    examples: {
      match: [
        'Online transfers carry risk: we cannot promise complete security for what you send, nor take the blame if it goes missing.',
        'This policy answers the following questions: what we collect and links to other sites.', 'We guard against unauthorized use of our systems.',
        'No data transmission over the internet is fully safe.', 'Use the links below to find each section.', 'Jump to a section.',
      ],
      noMatch: ['What other websites do with your data is not our responsibility.'],
    },
  },
  {
    id: 'other.social-features-are-sharing',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    // Like and share buttons, widgets and plug-ins from social networks collect data on the
    // page; their "governed by the provider's own policy" line is third-party collection, not
    // a link disclaimer.
    patterns: [
      '(social media|social network|social networking|sns|third party social) (features|feature|widgets|widget|plug ins|plugins|plug in|plugin|buttons|button|tools|functionality|integrations)',
      '(like|share this|share|tweet) (button|buttons)',
      '(interactions|interaction|use of) (with )?(these|the|such|those) (features|feature|widgets|widget|buttons|plug ins|plugins|tools)',
      '(features|feature|widgets|widget|buttons|plug ins|plugins) (are|is) (either )?hosted by',
    ],
    gloss: 'Social network buttons and widgets on the site: they are third parties collecting data, not something outside the policy',
    examples: {
      match: [
        'Pages with a Share button let the network behind it read which article you are on.',
        'Our social media widgets are run by the networks that provide them, under their own privacy policies.',
        'Your interactions with these widgets fall under the policy of the company that supplies them.', 'These widgets are hosted by the social networks.',
      ],
      noMatch: ['Sites we link to keep their own privacy rules.'],
    },
  },
  {
    id: 'other.links-are-third-party-sharing',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: ['(we|company) (may )?(share|disclose|sell|provide|transfer) * (with|to) (third parties|third party|our partners|advertisers)'],
    gloss: 'The company handing data to others is Third Party Sharing, not a practice outside the categories',
    examples: {
      match: ['To get work done, we may disclose data to third parties that provide services for us.'],
      noMatch: ['Linked sites have their own privacy policies.'],
    },
  },
];
