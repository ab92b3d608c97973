// What surrounds a mention of a recipient and reads it as something other than a disclosure by
// the provider: a source of data ("we collect information from partners"), a party that acts
// with the provider ("we or our affiliates"), an intro to a list, a quoted title, a definition,
// a thing rather than a party, sharing the person directs, a party protected or bound, a
// security incident, data public elsewhere. Re-exported by ./index.ts.

/** "The recipient is where data comes from, not where it goes": the preposition before a
 *  mention, "information from partners". A list of names may stand between them. */
export const FROM_PREPOSITION = /\bfrom\b|\b(?:provided|supplied|offered|served|placed|sent|collected|gathered|obtained|received) by\b/gi;
/** Words between "from" and a mention that show the mention is not its object. */
export const FROM_BROKEN = /\b(?:with|to|and (?:we|then)|share\w*|disclos\w*|transfer\w*|sell|sold|give|send|pass|allow\w*)\b/i;

/** Who brings data in, and who gives it out: the direction of a sentence. A sentence with an
 *  inbound cue and no outbound cue is about sources. "provide us", "share with us" are inbound. */
export const DIRECTION_CUE = /\b(?:(?<in>(?:provid(?:e|es|ed|ing)|send|sends|sent|giv(?:e|es|en)|shar(?:e|es|ed|ing) with|disclos(?:e|es|ed) to|pass(?:es|ed)? (?:on )?to|transfer(?:s|red)? to|sell(?:s)? to|make (?:\w+ )?available to) us|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|buy|buys|bought|crawl(?:s|ed|ing)?|scrap(?:e|es|ed|ing)|get|gets|got|combin(?:e|es|ed|ing))|(?<out>shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|disclosures? to|provid(?:e|es|ing)|transfer(?:s|red|ring)?|giv(?:e|es|en|ing)|gave|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|releas(?:e|es|ed|ing)|send(?:s|ing)?|sent|pass(?:es|ed|ing)?|report(?:s|ed|ing)?|publish(?:es|ed|ing)?|exchang(?:e|es|ed|ing)|forward(?:s|ed|ing)?|transmit(?:s|ted|ting)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|make (?:\w+ )?available|made available|access(?:es|ed)?|have access|has access))\b/gi;

/** After a mention: the party sends data to the provider ("partners who provide us with
 *  information"), not services ("specialists that provide us with support"). */
export const GIVES_US = /^[^.;:]{0,60}?\b(?:(?:provid(?:e|es|ed)|send|sends|sent|giv(?:e|es|en)) us(?: with)? (?:[\w-]+ ){0,3}?(?:information|data|details|lists?|leads|insights|reports?|identifiers)|(?:shar(?:e|es|ed) with|disclos(?:e|es|ed) to|pass(?:es|ed)? (?:on )?to|transfer(?:s|red)? to|sell(?:s)? to|make (?:\w+ )?available to) us)\b/i;

/** After a mention: the party collects on its own (tracking, read by the tracking answer), not a
 *  recipient of what the provider gives: "third parties may collect information". */
export const COLLECTS_ITSELF = /^[,)]?\s*(?:(?:may|might|can|could|will|also|to|who|that|which|do|does|often|sometimes)\s+){0,3}(?:collect|place|set|track|use (?:cookies|pixels|similar))\w*/i;

/** After a mention: its own site or app, not the party ("our advertising partners' websites"). */
export const ITS_OWN = /^'s?\s+(?:(?:own|respective)\s+)?(?:web ?sites?|sites|apps?|services|platforms?|pages|products|privacy (?:polic|notice|statement|practice)\w*|terms)\b/i;

/** Before a mention: it acts with the provider, "we (or our affiliates)", "we and our partners". */
export const ACTS_WITH_US = /\b(?:it|they|them)\s+(?:and|or)\s+(?:its|their)\s+$|\b(?:we|us|[A-Z][\w.-]+)\s*,?\s*\(?(?:or|and|and\/or)\s+(?:our|its)\s+(?:[\w-]+\s+){0,2}$|\(?(?:or|and) those of (?:our|its)\s+$/;

/** After "we and our subsidiaries": they give data to each other ("Example and its subsidiaries
 *  may share your data with each other"): the group is a recipient, not only acting with us. */
export const WITH_EACH_OTHER = /^[^.;:]{0,80}?\b(?:share|shares|disclose|discloses|exchange|exchanges|transfer|transfers)\b[^.;:]{0,60}?\b(?:with|among|between) (?:each other|one another|themselves)\b/i;

/** Before a mention: a name of a kind of thing, not a party ("categories of third parties",
 *  "the function of the third party", "the privacy practices of third parties"). */
export const ABOUT_THE_PARTY = /\b(?:categor(?:y|ies)|types?|kinds?|names?|identit(?:y|ies)|lists?|functions?|practices|polic(?:y|ies)|terms|websites?|sites|content|products|links|interests?|rights|those|that|privacy|safety|property|behalf)\s+(?:of|from)\s+(?:the\s+|any\s+|such\s+|these\s+|our\s+|other\s+)?$/i;

/** After a generic mention: the sentence introduces a list ("with third parties as described
 *  below"): the list says who, the intro does not. */
export const INTRO_TO_LIST = /^[^.;]{0,40}?\b(?:as (?:(?:further|more fully|expressly|specifically) )?(?:described|set (?:out|forth)|outlined|explained|detailed|listed|follows)|(?:described|listed|outlined) below|below|in the following|the following)\b/i;

/** After a partner or third-party mention: it works for the provider, a service provider. */
export const WORKS_FOR_US = /^(?:(?!,\s*(?:and|or)\b)[^.;:]){0,50}?\b(?:on (?:our|its) behalf|(?:who|that|which) (?:\w+ ){0,2}?(?:help|helps|assist|assists|perform|performs|process|processes|host|hosts|support|supports|provide services|work for)|to (?:help|assist) us|to (?:process|perform|host|operate|deliver|provide (?:(?:some of )?(?:our|the) )?(?:services?|products?))|acting (?:on|for)|as (?:our )?(?:service providers?|processors?|vendors?))\b/i;

/** Heading of a section about giving data out ("How we share information", "Recipients"). */
export const SHARE_HEADING = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ures?)|recipients?|who (?:we|gets|has access)|third[- ]part(?:y|ies) (?:with whom|we work)|transfers? (?:of|to) (?:your )?(?:personal )?(?:data|information) to)\b/i;
/** …unless the heading is about sources or things other than disclosure. */
export const NOT_SHARE_HEADING = /\b(?:collect\w*|sources?|cookies?|links?|receive|obtain|social (?:media )?sharing|international|across borders|abroad)\b/i;

/** A mention inside a quoted section title: "described in the 'Sharing Information With Third
 *  Parties' section". A cross-reference, not a disclosure. */
export const QUOTED_TITLE_BEFORE = /["“‘][\w ,&-]{0,60}$/;
export const QUOTED_TITLE_AFTER = /^[\w ,&-]{0,40}["”’]\s*(?:(?:and|or)\s+[^.;]{0,80}?)?\b(?:sections?|headings?|chapters?)\b/i;

/** Data merged or acquired, not a company: "the IP address ... is not merged with other Google
 *  data", "information acquired from third party agencies". Read after a buyer mention. */
export const DATA_MERGED_AFTER = /^\s+(?:with|into)\s+(?:any\s+|other\s+|the\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|records|profiles?|details)\b/i;
export const DATA_ACQUIRED_AFTER = /^\s+(?:from|through|via)\b/i;

/** A product, not personal data, made available to the public: "each device before it's
 *  available to the public", "a cryptocurrency that is accessible to everyone". */
export const PRODUCT_AVAILABLE_BEFORE = /\b(?:devices?|products?|hardware|software|cryptocurrenc(?:y|ies)|currenc(?:y|ies)|goods|games?|versions?|releases?|models?)\b[^.;,]{0,30}?\b(?:(?:that|which)(?:\s+(?:is|are))?|(?:it|they)(?:['’]s|['’]re|\s+(?:is|are))?)\s+$/i;

/** Parties named as whom a disclosure protects ("to protect our organization, employees,
 *  contractors, users", "protect the rights and property of Acme, our affiliates, agents"): not
 *  recipients. The words before the mention, back to "protect", name no verb of giving. */
export const PROTECTED_PARTY = /\bprotect(?:s|ing)?\s+(?:(?:the\s+)?(?:[\w-]+,?\s+(?:and|or)\s+)?(?:rights|property|safety|security|interests)\s+of\s+)?(?:(?!(?:we|us|share|shares|disclose|discloses|provide|give|with|to|may|will|can|in|if|when|where|for|as|by|during|event|connection|case)\b)[\w’'.-]+,?\s+){0,14}$/i;

/** A sentence about giving data out that names no verb of giving: "may be subject to disclosure to
 *  the authorities". Read beside the facts' SHARE_CONTEXT. */
export const DISCLOSURE_CONTEXT = /\bsubject to (?:\w+ )?disclosure\b/i;

/** A definition: "'third party' means …", "the term 'share' refers to" ("by means of" is none). */
export const DEFINES = /(?<!\b(?:which|this|that|it|by)\s)\bmeans\b|\b(?:is defined as|are defined as|refers? to|the terms? ["'])/i;

/** Sharing the person directs: "if you choose to connect", "at your direction". It does not count
 *  (the guide), except for what the person makes public. */
export const YOU_DIRECT = /\b(?:if|when|whenever|where|once)\s+you(?:'ve|'re| have| are)?\s+(?:\w+\s+){0,2}?(?:choose|decide|ask|direct|instruct|authori[sz]e|request|connect|link|use|interact|click|opt|sign|log|enable|install|pay|participate|enter|submit|share|post|send|give|disclose|make)\w*\b|\bat your (?:direction|request|instruction)\b|\b(?:you|users?) (?:choose|decide|direct|instruct|ask|authori[sz]e|request)\w* (?:us )?to\b|\bwhen you tell us to\b/i;

/** "We reserve the right to disclose": the provider's own right, not the person's. */
export const PROVIDER_RIGHT = /\breserves? the right to\s*(?:[\w-]+\s+){0,3}$/i;

/** Before "from": a request, so what follows asks for the data ("a request from law enforcement"). */
export const REQUEST_FROM = /\b(?:requests?|demands?|orders?|subpoenas?|inquir(?:y|ies)|cooperation|process)\b[^.;]{0,30}$/i;

/** After a partner or third-party mention: it gets the data for advertising ("third-party
 *  partners that enable us to deliver targeted advertising"). */
export const AD_PURPOSE = /^[^.;]{0,110}?\b(?:(?:targeted|personali[sz]ed|interest-based|tailored|behaviou?ral)\s+(?:advertising|ads|adverts)|(?:serve|show|deliver|display|target|personali[sz]e|tailor|see|receive)\w*\s+(?:\w+\s+){0,3}?(?:ads|adverts|advertis\w+)|for (?:their own |its own )?(?:advertising|marketing) purposes)\b/i;

/** Before a mention: the person's own account with the party, not the party ("your third-party
 *  account"). */
export const NOT_A_PARTY = /\byour\s+(?:own\s+)?$/i;

/** After a mention: an account or log-in with the party, not the party ("Third Party Account
 *  Information", "third-party credentials"). */
export const ACCOUNT_WITH = /^[\s-]*(?:accounts?|account information|credentials|log-?ins?|sign-?ins?|ids?)\b/i;

/** The occasion wordings of share.authorities ("if we have to by law", "to comply with legal
 *  obligations"), which name no authority: read only after a verb of giving data out. */
export const LAW_OCCASION = /\blaw\b|\blegal\b|\bcomply\b/i;
/** Before a law phrase: the disclosure itself, named as a noun ("if we believe that such
 *  disclosure is required by law"). */
export const DISCLOSURE_NOUN = /\b(?:such|the|this|that|a|any) disclosures?\b/i;
/** Verbs that give data to someone, as opposed to "provide a service". */
export const SHARE_VERB = /^(?:shar|disclos|releas|transfer|giv|gave|provid|pass|report|send|sent|make|made|exchang|forward|transmit)/i;

/** After a bare "third party": a thing, not a party ("third-party channels", "Third Party Data",
 *  "third-party apps" the person connects). */
export const NOT_PARTY_NOUN = /^[\s-]*(?:channels?|platforms?|tools?|technolog(?:y|ies)|integrations?|plug-?ins?|widgets?|code|software|SDKs?|trackers?|pixels?|tags?|data|information|payment services?|content|products?|features?|sources?|apps?|applications?|materials?|offers?|programs?)\b/i;

/** Before "publicly available": the person posts it ("what you post or upload"). */
export const YOU_POST = /\byou (?:\w+ ){0,3}?(?:post|posts|posted|upload|uploaded|submit|submitted|share|shared|include|disclose|make)\b|^\s*your\b(?![^]*\b(?:collect|obtain|receiv|gather|scrap)\w*)/i;

/** Before what others may see: content that is public elsewhere and collected from there ("collects
 *  content from web pages that are freely available to anyone"), or what the person posts to
 *  someone else's site: not the provider making anything public. */
export const PUBLIC_ELSEWHERE = /\b(?:collect|obtain|gather|scrap|crawl|receiv)\w*\b[^.;:]{0,100}\b(?:that|which) (?:is|are|was|were) (?:\w+ )?$|\bto (?:a |any )?third[- ]party (?:\w+ )?(?:property|properties|sites?|websites?|services?|platforms?|networks?)\b/i;
/** After what others may see: on someone else's site ("what is visible to others on that
 *  third-party's property"). */
export const ON_THIRD_PARTY_SITE = /^[^.;:]{0,40}?\bon (?:that|the|a|their|those|any) third[- ]part(?:y|ies)(?:['’]s?)? (?:\w+ )?(?:property|properties|sites?|websites?|services?|platforms?|networks?)\b/i;

/** After a bare "third-party": a more specific kind of recipient, read by its own rule. */
export const MORE_SPECIFIC = /^[\s-]*(?:marketers|advertisers|advertising|ad (?:networks?|servers?|partners?|companies)|marketing|vendors?|services? providers?|(?:data )?processors?|sub-?processors?|(?:sub-?)?contractors?|suppliers?|partners?|analytics|data brokers?|payment processors?)\b/i;

/** A security incident: data reaching someone through an attack or breach is not a disclosure
 *  ("if personal information has been disclosed to unrelated third parties as a result of
 *  external activity, such as security attacks"). Mentions in such a sentence are no recipients. */
export const INCIDENT = /\b(?:has|have) been (?:compromised|disclosed to unrelated|accessed by unauthori[sz]ed)\b|\bas a result of (?:external activity|an? (?:data |security )?breach|unauthori[sz]ed)\b|\b(?:in the event of|following|in case of|if there is|if we (?:suffer|experience)) an? (?:data |security |personal data )?(?:breach|incident)\b/i;

/** The person directs it, said of the sharing itself, even after a comma ("if you attend an
 *  event and direct us to share your information, we share it with the event's sponsors"). */
export const YOU_DIRECT_SHARING = /\b(?:you|and|or)\s+(?:\w+\s+)?(?:choose|decide|ask|direct|instruct|authori[sz]e|request)\w*\s+(?:us\s+)?to\s+(?:share|disclose|send|transfer|provide|give|pass)\b/i;

/** Before a verb of giving: a party bound by the provider ("service providers are not authorised
 *  to use or disclose your data except …"): what it may not do, not what the provider does. */
export const BOUND_PARTY = /\b(?:they|third[- ]part(?:y|ies)|partners|providers|vendors|contractors|processors|suppliers|agents|recipients)\s+(?:are|is)\s+(?:not\s+)?(?:authori[sz]ed|permitted|allowed|required|obligated|obliged|bound|prohibited from|restricted from)\s+(?:to\s+)?(?:\w+\s+(?:or|and)\s+)?$/i;

/** A way out of the sharing of personal data for targeted ads ("you may opt out of having your
 *  personal information shared for targeted advertising"): data is shared for ads, unless the
 *  policy denies it. */
export const AD_SHARING_OPT_OUT = /\bopt(?:[- ])?out of\b[^.;]{0,80}?\bshar(?:e|ed|ing)\b[^.;]{0,60}?\b(?:targeted|cross[- ]context(?:ual)? behaviou?ral|interest[- ]based|personali[sz]ed) (?:advertising|ads)\b/i;

/** In the sentence: the person consents to each sharing ("you are told what will be shared with
 *  the third party and you need to consent to it"): sharing the person directs. */
export const YOU_CONSENT_EACH = /\byou (?:need|have|must|will (?:need|have) to|are (?:asked|required)) (?:to )?(?:give (?:your )?(?:explicit )?)?(?:consent|approve|agree)\b/i;

/** After "publicly available": a kind of data or where it lies, so the data is taken in, not
 *  made public ("publicly available data", "publicly available on the internet", "public posts
 *  on social media"). */
export const PUBLIC_SOURCE_AFTER = /^\s+(?:(?:personal |user |profile )?(?:data|information|details|datasets?|sources?|records|texts?))\b|^[^.;:]{0,20}?\b(?:on|from|via) (?:the )?(?:internet|web)\b|^\s+online\b|^\s+on (?!our\b|this\b)(?:[\w-]+ ){0,2}?social (?:media|networks?)\b/i;
/** Before a mention of public data: the provider takes it in ("trained on", "the service uses
 *  public posts"), with no verb of giving out between. */
export const PUBLIC_INPUT_BEFORE = /\b(?:us(?:e|es|ed|ing)\s+(?:the\s+|such\s+)?$|(?:process(?:es|ed|ing)?|train(?:s|ed|ing)?|learn(?:s|ed)?|collect\w*|obtain\w*|gather\w*|scrap\w*|crawl\w*)\b(?![^.;:]*\b(?:shar\w*|disclos\w*|publish\w*|display\w*|show\w*|post\w*|make|made)\b)[^.;:]{0,80}$)/i;
/** A list of legal bases for processing ("information you have made public" is one ground under
 *  the GDPR and PIPL), or the definition of publicly available information ("lawfully made
 *  available to the general public"): not the provider making anything public. */
export const LEGAL_BASIS = /\b(?:legal|lawful) (?:bas[ie]s|grounds?)\b|\bPublic Information Basis\b|\blawfully made (?:public|available)\b|^\W*publicly available (?:information|data)\s*[:\u2013\u2014-]/i;

/** After a mention: its rights or safety, in a possessive list ("to protect our or our
 *  affiliates', users' or third parties' rights"): a party protected, not a recipient. */
export const POSSESSOR_OF = /^['’]s?(?:,?\s+(?:(?:or|and)\s+)?(?:[\w-]+\s+)?[\w-]+['’]s?){0,4},?\s+(?:(?:legal|own)\s+)?(?:rights|safety|property|privacy|interests)\b/i;
