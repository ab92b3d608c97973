// Ways to reach the provider that the older channel rules (../facts/channels.ts) miss, and the
// wordings that look like a way to reach it but are not. Read by src/engine/questions/contact.ts
// and contact-sentences.ts (the reading: which sentence offers which route, whose route it is,
// what the popup shows).
// - phone numbers outside North America, written after a cue word, or spelt with letters;
// - postal addresses in any country (the reader widens an address's end to the whole address);
// - email addresses hidden from text copies of the page ("[email protected]", "name (at) host");
// - a contact page, help centre or privacy portal named as the way to ask;
// - data-protection officers and privacy teams;
// - what is not theirs: a regulator's or a dispute body's address and number, a map link, a
//   "when you contact us, we keep …" sentence about what they collect.
import type { FactRule } from '../facts/types.ts';

/** Countries an address may end with (a postal address's last line). */
export const COUNTRIES = String.raw`(?:Ireland|Germany|Deutschland|France|Switzerland|Schweiz|Suisse|the Netherlands|Netherlands|Nederland|United Kingdom|UK|U\.K\.|England|Scotland|Wales|Northern Ireland|Sweden|Sverige|Finland|Suomi|Norway|Norge|Denmark|Danmark|Luxembourg|Belgium|Belgique|België|Spain|España|Italy|Italia|Austria|Österreich|Czech Republic|Czechia|Poland|Polska|Portugal|Estonia|Latvia|Lithuania|Greece|Cyprus|Malta|Slovenia|Slovakia|Croatia|Hungary|Romania|Bulgaria|Iceland|Liechtenstein|Monaco|Andorra|Singapore|Japan|China|Hong Kong|(?:South |Republic of )?Korea|India|Canada|Australia|New Zealand|Brazil|Brasil|Mexico|México|Argentina|Chile|Colombia|Israel|USA|U\.S\.A\.|U\.S\.|US|United States(?: of America)?|Nigeria|South Africa|Kenya|Egypt|Cayman Islands|Bermuda|Gibraltar|Isle of Man|Jersey|Guernsey|UAE|United Arab Emirates|Saudi Arabia|Qatar|Turkey|Türkiye|Taiwan|Philippines|Indonesia|Malaysia|Thailand|Vietnam|Viet Nam)`;

/** A country as written in an address, in its own case or in capitals ("FINLAND"). */
export const COUNTRY = `(?:${COUNTRIES}|${COUNTRIES.toUpperCase()})`;

/** The last line of an address: a country after a comma or a postcode, or a postcode a
 *  country's format makes unmistakable. The reader widens each end back to the whole address. */
export const ADDRESS_END = new RegExp(
  [
    String.raw`(?:,\s*|(?<=\d[A-Z\d]{0,3})\s+)${COUNTRY}(?![\w-])`, // ", Ireland", "10036 United States"
    String.raw`(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\w-])`, // UK: W1A 1AA, EC4M 9BT
    String.raw`(?<![\w-])[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}(?![\w-])`, // Ireland: D02 E2X4
    String.raw`\bDublin\s\d{1,2}\b`,
    String.raw`(?<![\w-])[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?(?![\w-])`, // US: NY 10036
    String.raw`\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s+\d{5}(?:-\d{4})?(?![\w-])`, // US: California 94043
    String.raw`(?<![\w-])(?:[A-Z]{1,2}-)?\d{4,5},?\s+[\p{Lu}][\p{L}'-]+(?:\s(?:[\p{Lu}][\p{L}'-]*|am|an|bei|sur|en|de)){0,2}(?:\s[A-Z]\b)?`, // EU: 01530 VANTAA, 1717 København V, L-4370 Belvaux
  ].join('|'),
  'u',
);

/** A part of an address that a place name alone is not: a house number, PO box, street word. */
export const STREET_PART = /\d|\b(?:Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Lane|Square|Quay|House|Building|Floor|Suite|Box|Place|Way|Row|Terrace|Crescent|Green|Parkway|Drive|Court|Plaza|Tower|Centre|Center|Wharf|Dock|Rue|Via|Calle|Avenida|Allee|Platz|Ring|Weg|Hof|Markt|Straße|Strasse|Str|Gasse|laan|straat|gracht|plein|weg|gade|vej|gatan|vägen|katu|tie|veien|gata|avenue|rue|via|calle|ul)\b|(?:straße|strasse|gasse|gade|vej|gatan|vägen|katu|tie|veien|laan|straat|gracht|weg|platz)\b/i;

/** Words that end a run of address parts going backwards: the address starts after them. */
export const ADDRESS_LEAD_IN = /\b(?:is|are|was|at|to|by|in|from|on|via|located|registered|write|send|post|contact|reach|whose|with|address|please|you|we|us|and|or|of|for|under)\b/i;

export const INTL_PHONE: FactRule = {
  id: 'contact.phone-intl',
  anchors: ['+'],
  pattern: /(?<![\w+])(?:\+|\(\+)\d{1,3}\)?[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}(?![\w-])/,
  gloss: 'A phone number with a country code',
  examples: {
    match: ['Call us on +353 1 234 5678 if you have questions about your data.', 'Telefon: +49 (0)30 1234567', 'Telephone: (+45) 12 34 5678 (DK)'],
    noMatch: ['Version 2.1 of this policy applies from 2024.', 'You can complain to the Information Commissioner on +44 303 123 1113.'],
  },
};

/** A local number written after a word that says it is one: "call 1800 200 234", "switchboard is (01) 2037000". */
export const CUED_PHONE: FactRule = {
  id: 'contact.phone-cued',
  anchors: ['call', 'phone', 'tel', 'switchboard', 'freephone', 'toll', 'hotline'],
  pattern: /\b(?:call(?:ing)?(?: us| them)?(?: (?:on|at))?|(?:tele)?phone(?: number)?(?: is)?(?: (?:on|at))?|tel\.?|switchboard(?: number)?(?: is)?|free ?phone(?: number)?|toll[- ]free(?: number)?(?: is)?|hotline(?: is)?)\s?:?\s?(\(?\d[\d ().-]{5,16}\d)(?![\w-])/i,
  gloss: 'A phone number given after "call" or "phone"',
  examples: {
    match: ['Call 1800 200 234 to manage your privacy preferences.', 'Our main switchboard is (01) 2037000.', 'Tel: 01 23 45 67 89'],
    noMatch: ['Call records are kept for 24 months.', 'We retain phone numbers for 12 months.'],
  },
};

/** A number spelt with letters: 1-800-XFINITY, (888) 858 - BLOX. */
export const VANITY_PHONE: FactRule = {
  id: 'contact.phone-vanity',
  anchors: ['8'],
  pattern: /(?<![\w-])(?:1[-. ])?(?:\(8\d\d\)|8\d\d)[-. ]\s?(?:\d{3}\s?[-. ]\s?)?[A-Z]{4,8}(?![\w-])/,
  gloss: 'A phone number spelt with letters',
  examples: { match: ['To see your information, call us at 1-800-EXAMPLE.', 'Phone: (888) 555 - SHOP'], noMatch: ['We use 800 AWS servers.'] },
};

export const INTL_POSTAL: FactRule = {
  id: 'contact.postal-intl',
  pattern: ADDRESS_END,
  gloss: 'A postal address, in any country',
  examples: {
    match: [
      'Example Ireland Limited, located at Example House, Barrow Street, Dublin 4, Ireland, is the controller.',
      'Write to us at Industriestr. 25, 91710 Gunzenhausen, Germany.',
      'You can write to our Data Protection Officer at 10 Example Road, London EC2A 4BX.',
      'Example SAS, located at 42 avenue de la Porte 75017, Paris, acts as data controller.',
    ],
    noMatch: [
      'We operate in Germany and Ireland.',
      'Our servers are located in Frankfurt, Germany.',
      'You can complain to the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, Ireland.',
    ],
  },
};

export const DPO: FactRule = {
  id: 'contact.dpo',
  pattern: /\bData Protection Officer\b|(?<![@.\w])DPO(?![@.\w])|\b(?:Chief )?Privacy Officer\b|\bprivacy (?:team|office|department|officer)\b|\bdata protection (?:team|office|department|lead)\b|\bdata protection officer\b/i,
  gloss: 'A data protection officer or privacy team',
  examples: { match: ['You can contact our Data Protection Officer at dpo@examplecorp.com.', 'Contact our privacy team with any questions.'], noMatch: ['We protect your data.', 'If you have questions, contact us at dpo@examplecorp.com.'] },
};

/** An email address hidden from copies of the page: Cloudflare's "[email protected]" (the page
 *  shows the address), or "name (at) example.org". */
export const HIDDEN_EMAIL: FactRule = {
  id: 'contact.email-hidden',
  anchors: ['protected', 'email-protection', 'at)', 'at]', 'at )', 'at ]'],
  pattern: /\[email(?:&#160;|\s)protected\]|\/cdn-cgi\/l\/email-protection|(?<![\w.+-])[\w.+-]+\s?[[(]\s?at\s?[\])]\s?[\w-]+(?:\s?(?:\.|[[(]\s?dot\s?[\])])\s?[\w-]+)+/i,
  gloss: 'An email address hidden from text copies of the page',
  examples: {
    match: ['If you have questions about your data, you can email us at [email protected].', 'Requests to delete your data should be sent by email to privacy (at) example.org'],
    noMatch: ['We protect your email address.', 'Look at (the) settings page.'],
  },
};

/** "by email" as the whole text of a list item: the link carries the address. */
export const EMAIL_LINK: FactRule = {
  id: 'contact.email-link',
  pattern: /^(?:[-*•]\s*)?(?:by |via |send us an |or )?e-?mail(?: us)?[.:;]?$/i,
  gloss: 'A "by email" link to write to them',
  examples: { match: ['by email'], noMatch: ['We may contact you by email.'] },
};

/** A contact route named as a page: "contact us through our Help Center", "our Support Portal". */
export const CONTACT_PAGE: FactRule = {
  id: 'contact.page',
  anchors: [' form', '-form', 'webform', 'portal', 'center', 'centre', 'page', 'hub', 'online', 'submit'],
  pattern: /\b(?:(?:Help|Support|Contact(?: Us)?|Customer (?:Service|Support|Care)|Request|Inquiry|Enquiry|Data Subject Request|Rights Request)[ -](?:web ?)?(?:Cent(?:er|re)|Page|Form|Portal|Hub)|Privacy(?: Rights?)? (?:Cent(?:er|re)|Portal|Form|Hub)|Webform|Web Form|Online Form)\b|\bcontact (?:us|[A-Z][\w&-]*) online\b|\bsubmit (?:a|your) (?:request|ticket|question) (?:through|via|using|on|at) (?:our|the) [\w -]{0,30}?(?:form|portal|cent(?:er|re)|page|site)\b/i,
  gloss: 'A contact page, help centre or privacy portal to ask through',
  examples: {
    match: ['If you have any questions about your data, please contact us on our Support Portal.', 'You can contact us online or by mail.', 'To exercise your rights, please visit our Privacy Rights Center.'],
    noMatch: [
      'You may contact us by using the contact details provided in the How To Contact Us section below.',
      'If you have questions about this policy, please contact us at support@examplecorp.com.',
      'When you contact us through the contact form, we store your message.',
      'To get a copy of your data, use the download tool on your Account Privacy page.',
    ],
  },
};

/** A named customer-service team to contact, with no address given: on the page the name is the
 *  link to its contact page ("by contacting Customer Care"). */
export const CUSTOMER_TEAM: FactRule = {
  id: 'contact.customer-team',
  anchors: ['customer', 'support', 'help desk', 'helpdesk', 'member services'],
  pattern: /\b[Cc]ontact(?:ing)? (?:our |the )?(?:Customer (?:Care|Services?|Support)|Member Services|Help ?Desk|Support)(?: [Tt]eam)?\b(?! (?:[Tt]eam )?(?:on|at|by|via)\b)/,
  gloss: 'A customer-service team named as the way to ask',
  examples: {
    match: ['You can exercise these rights through your account or by contacting Customer Care.'],
    noMatch: ['Please contact our Customer Care team on 1907 with questions about your data.', 'Our customer care team may read your messages.'],
  },
};

/** A link to ask or make requests through, named by the words that carry it: "contact us by
 *  using the 'Submit a request' link here", "exercise your rights here", "please use this
 *  form", "by going to our FAQ page". Read only in sentences inviting contact or requests. */
export const FORM_LINK: FactRule = {
  id: 'contact.form-link',
  anchors: ['here', 'this form', 'this link', 'following form', 'following link', 'this contact form', 'faq'],
  pattern: /\b(?:use|using|complete|fill (?:in|out)|through|via) (?:this|the following) (?:[\w-]+ ){0,2}(?:form|link)\b|\b(?:contact us|exercise|exercising|submit|request|requests|form|portal|link)\b[^.;]{0,40}?\b(?:at |via |through |using )?here\b|\b(?:going|go) to (?:our|the) FAQs? page\b/i,
  gloss: 'A link or form to ask through, named by the words on it',
  examples: {
    match: [
      'If you wish to exercise your rights, please contact us by using the "Submit a request" link here.',
      'You can exercise your data privacy rights here.',
      'To submit a data privacy request to us, please use this form.',
      'You can also exercise your data rights by going to our FAQ page and selecting the form for your region.',
    ],
    noMatch: [
      'You can find your local data protection authority here.',
      'Our cookie notice can be read here.',
      'If you have questions about your data, please contact our privacy team at privacy@examplecorp.com.',
    ],
  },
};

/** "you can contact us" with no address written, in the section on how to reach them: on the
 *  page, the words are a link. */
export const CONTACT_LINK: FactRule = {
  id: 'contact.link',
  anchors: ['contact', 'reach'],
  pattern: /(?:\b(?:you can|you may|please|feel free to|can always|you should)\s(?:(?:also|first|always|directly)\s)?|^|\band\s)(?:contact|reach)\s(?:us|[A-Z][\w&-]*(?:\s(?:and our|or our)\s[\w ]{0,40}?)?)(?=\s(?:online|here|about|if|with|for|regarding|directly|and)\b|[.,;]|$)/i,
  gloss: 'A "contact us" link offered for privacy questions',
  examples: {
    match: ['How to contact us\n\nIf you have any questions about this privacy policy, you can contact us.', 'Questions\n\nFind out more and contact us about your rights.'],
    noMatch: ['If you have questions about this policy, you can contact us at privacy@examplecorp.com.', 'Children\n\nIf you believe your child has given us personal data, please contact us.'],
  },
};

/** A regulator, ombudsman or dispute body: its address, number or site is not a way to reach the
 *  provider. */
export const AUTHORITY: FactRule = {
  id: 'contact.authority',
  pattern: /\b(?:supervisory|data protection|privacy|competent|regulatory|public) authorit|\bauthorit(?:y|ies) (?:in|of|for) (?:your|the)\b|\b(?:Information|Privacy|Data Protection) Commission(?:er)?\b|\bData Protection (?:Authority|Agency|Inspectorate|Board|Ombudsman)\b|\bData Inspectorate\b|\bDatatilsynet\b|\bDatainspektionen\b|\bIntegritetsskyddsmyndigheten\b|\bTietosuojavaltuutet|\bCNIL\b|\bCommission [Nn]ationale de l'[Ii]nformatique\b|\bICO\b|\bOAIC\b|\bANPD\b|\bAEPD\b|\bGarante\b|\bAutoriteit Persoonsgegevens\b|\bDatenschutzbeh|\bBfDI\b|\bFederal Trade Commission\b|\bFTC\b|\bAttorney General\b|\bombuds(?:man|person)\b|\bregulator\b|\blodge a complaint\b|\b(?:dispute resolution|arbitration) (?:provider|service|body|program|mechanism)|\brecourse mechanism\b|\bJAMS\b|\bICDR\b|\bBBB National\b|\bTRUSTe\b|\bCommissioner's Office\b|\bDPF Principles\b|\bunresolved (?:privacy )?complaints?\b|\bWycliffe House\b|\bautorit[éeàa]|\bautoridad(?:e)?\b|\bAufsichtsbeh|\bDatenschutzbeh|\bComisario\b|\bComissário\b|\bgegevensbeschermingsautoriteit\b|\btoezichthoudende\b|\bhatóság|\borgan(?:em|u)? (?:ochrony|nadzorcz)/i,
  gloss: 'A regulator or dispute body, whose address is not theirs',
  examples: { match: ['You can lodge a complaint with the Data Protection Commission.'], noMatch: ['You can contact our Data Protection Officer.'] },
};

/** The provider itself, or its own people, named as who the route is for. */
export const FIRST_PARTY = /\b(?:us|we)\b|\bour (?:DPO|data protection|privacy|customer|support|legal|team|representative|help|contact|office|registered|main|head)\b|\bAttn\b|\bAttention\b|\bC\/o\b/i;

/** "When you contact us (by email, chat …), we store what you send", "when you contact our
 *  Customer Support Team, we will receive your name …", "we collect what users provide when they
 *  send us correspondence", "we may collect what you provide in communications with our support
 *  team": what they collect, not a way offered to reach them. */
export const CONTACT_AS_DATA = /\b(?:when|if|whenever|where) (?:you|they|users?|members?) (?:contact|communicate with|correspond with|reach out to|write to|call|e-?mail) (?:us|our (?:[\w-]+ ){0,2}(?:team|support|service|care|desk))\b[^.;]{0,160}\b(?:we|information|data)\b[^.;]{0,30}\b(?:store|collect|process|receive|keep|record|retain|use|obtain|log)|\bwe (?:collect|receive|obtain|process)\b[^.;]{0,200}?\bwhen you (?:fill (?:in|out)|complete|submit|use)\b[^.;]{0,40}\bform\b|\bwe (?:may |will |also )?(?:collect|receive|obtain|record|keep|store)\b[^.;]{0,200}?\b(?:when|whenever|if) (?:you|they|users?|members?) (?:contact|communicate with|correspond with|reach out|write to|call|e-?mail|send us)\b|\bwe (?:may |will |also )?(?:collect|receive|obtain|record|keep|store)\b[^.;]{0,120}?\b(?:in|from|during|through) (?:your |the |any )?(?:communications?|correspondence|conversations?) with (?:us|our)\b/i;

/** Links that are not a place to ask: a map, the page's own email-protection script, a legal
 *  document (terms of service, an EULA, a privacy or cookie policy: its own or a partner's). */
export const NOT_A_PAGE = /\b(?:goo\.gl\/maps|maps\.app\.goo\.gl|google\.[a-z.]+\/maps|bing\.com\/maps|openstreetmap\.org)|\/cdn-cgi\/l\/email-protection|^mailto:|\/(?:[\w-]+[-_])?(?:tos|terms(?:[-_](?:of[-_])?(?:use|service|conditions))?|eula|privacy[-_]?polic(?:y|ies)|cookies?[-_]?polic(?:y|ies))(?:$|[/.?#])|\/legal\/(?:privacy|cookies?)(?:$|[/?#])/i;

/** Sites of regulators, dispute bodies and industry opt-out programmes: not a place to ask them. */
export const AUTHORITY_SITE = /\b(?:jamsadr\.com|adr\.org|bbbprograms\.org|bbbnp\.org|ico\.org\.uk|dataprotection\.ie|cnil\.fr|datatilsynet\.(?:no|dk)|edpb\.europa\.eu|ec\.europa\.eu|oaic\.gov\.au|priv\.gc\.ca|ftc\.gov|dataprivacyframework\.gov|privacyshield\.gov|aepd\.es|garanteprivacy\.it|autoriteitpersoonsgegevens\.nl|imy\.se|tietosuoja\.fi|edoeb\.admin\.ch|youronlinechoices\.|aboutads\.info|networkadvertising\.org|[a-z-]+\.gov(?:\.[a-z]{2})?(?:\/|$))/i;

/** A team named with its own address ("contact our support team at help@…", "on 0800 …"): the
 *  address is the route, the team's name no link to a form. */
export const TEAM_WITH_ADDRESS = /\bteam (?:at|on|via|by (?:e-?mail|phone|calling)(?: at)?)\s+(?:[\w.+-]+@|\+?\(?\d)/i;

/** A place to report security flaws or phishing ("report a vulnerability … via our Security
 *  Response Center"): not a way to ask about or make requests on your data. */
export const SECURITY_REPORT = /\b(?:security (?:issues?|flaws?|vulnerabilit\w+|advisor\w*|response)|(?:technical )?vulnerabilit(?:y|ies)|phishing|bug bounty)\b/i;

/** Opt-out links (choices), not ways to ask: the web-form rule also finds these. */
export const OPT_OUT_LINK = /\b(?:Your Privacy Choices|Do Not Sell|Do Not Share|unsubscribe|opt[- ]?out)\b/i;

/** Sentences that invite privacy questions or requests: where "contact us" means ask them. */
export const PRIVACY_ASK = /\bquestions?\b|\bconcerns?\b|\bqueries\b|\brequests?\b|\bcomplain|\bexercise\b|\byour rights\b|\bprivacy\b|\bpersonal (?:data|information)\b|\bdata protection\b/i;

/** Words saying a route is meant for privacy questions: shown before a general one. */
export const PRIVACY_VALUE = /privacy|\bdpo\b|data ?protection|gdpr|datenschutz/i;

/** A sentence for people in one place only ("If you're in Brazil, …"): its routes come after
 *  the ones for everyone. */
export const REGIONAL = /\bif you(?: are|'re| live| reside)? (?:in|located in|a resident of|based in)\b|\bfor (?:users|residents|individuals|people|customers) (?:in|of|located in|based in)\b|\bresidents of\b|\b(?:Brazilian|Korean|Japanese|Chinese|Indian|Canadian|Australian|Swiss|Turkish|EU|EEA|UK|European) (?:Data Protection Officer|DPO|representative)\b|\brepresentative (?:in|for) the (?:EU|EEA|UK|European Union|United Kingdom)\b|\bArticles? 27\b/i;

/** The contact rules whose examples are read through the contact claim (`claim('contact', …)`
 *  in ./index.ts). */
export const CONTACT_RULES: readonly FactRule[] = [INTL_PHONE, CUED_PHONE, VANITY_PHONE, INTL_POSTAL, DPO, HIDDEN_EMAIL, CONTACT_PAGE, CUSTOMER_TEAM, FORM_LINK, CONTACT_LINK];
/** Word finders whose examples test the pattern alone (`pattern('contact', …)`): a "by email"
 *  line needs the lines around it, an authority is what a route is not. */
export const CONTACT_PATTERNS: readonly FactRule[] = [EMAIL_LINK, AUTHORITY];
