// Whether a sentence that names an item speaks of the provider collecting it: collection in
// looser words, list and table layouts, collection headings; and what makes it say nothing of
// the kind (a definition of personal data, another company or a sector law holding the data, job
// applicants, a negation, a removal, the device's permission system). Re-exported by ./index.ts.

/** A sentence that defines personal data ("Personal information is any information that can
 *  identify you, such as your name"): the items in it are examples, not what is collected. */
export const DEFINES_PERSONAL_DATA =
  /\b(?:personal (?:data|information)|personally identifiable information|PII)["'”]?\s*(?:\([^)]{0,40}\)\s*)?(?:means|refers to|is (?:defined as|considered|any)|are (?:defined as|considered)|shall mean)\b|\bany information (?:that|which) (?:can |could |may |might )?(?:be used to )?(?:directly or indirectly )?(?:identif|relat)|\bnot necessarily collect/i;

/** After an item: data that another body holds under a sector law, named to leave it out of a
 *  law's scope ("protected health information collected by a covered entity … governed by
 *  HIPAA", "medical information governed by the CMIA"), not data the provider collects. */
export const HELD_UNDER_SECTOR_LAW = /^[^.;]{0,40}?\b(?:collected|held|maintained|processed|created|received|governed|covered|regulated)\b[^.;]{0,40}?\b(?:covered entit(?:y|ies)|business associates?|HIPAA|Health Insurance Portability|CMIA|Confidentiality of Medical Information Act)\b/i;

/** A table cell that answers a category row: "No" (not collected) or "Yes". */
export const ROW_NO = /^(?:no|none|not collected)\.?$/i;
export const ROW_YES = /^(?:yes|collected)\.?$/i;
/** How long a line of its own may be to be a category's title in a table laid out as lines
 *  ("E." / "Biometric information" / "No"). */
export const ROW_TITLE_MAX = 60;

// Sensitive data named as a class, not as an item ("sensitive personal information", "special
// categories of data"): modern policies name the class in legal templates (a CCPA heading over
// an empty table, "may be considered sensitive data under applicable law") that say nothing of
// what is held. Such a mention counts only when it is not the law's naming (deemed, defined),
// and a denial of the special categories outweighs it.
/** Before sensitive data named as a class: it only may fall in the law's category ("some of the
 *  data we collect might belong to the category of Sensitive Personal Information"). */
export const MAY_BELONG_TO_CLASS = /\b(?:may|might|could|can)(?: also)? (?:belong to|fall (?:into|within|under)|be part of|be (?:classed|classified|categori[sz]ed) (?:as|under))\s+(?:the |a )?(?:categor(?:y|ies) of |class of )?[^.;]{0,20}?\b(?:sensitive|special)\b/i;

export const GENERIC_SENSITIVE = /\bsensitive\b|\bspecial categor/i;

/** Data taken from job applicants ("government ID in the context of a job application", a
 *  "Job Applicants" section): not data about the people who use the service. */
export const JOB_APPLICANTS = /\b(?:job|employment) applica(?:tions?|nts?)\b|\b(?:applicants?|candidates?) for (?:a |an )?(?:jobs?|positions?|roles?|employment)\b|\bwhen you apply for (?:a |an )?(?:job|position|role|employment)\b|\b(?:recruitment|recruiting|hiring) (?:process|purposes)\b/i;
/** A heading over a section for job applicants only. */
export const JOB_HEADING = /^(?:[\w.]+\s+)?(?:job |employment )?(?:applicants?|candidates?|careers?|recruitment|recruiting)\b[^.;]{0,40}$/i;

/** Collection in looser words than the older context rules (../facts/collected.ts): "we ...
 *  collect" with more words between, "Apple may receive", "you give us", "may be required",
 *  "are retained", "our servers log". A sentence so worded speaks of collection, weakly. */
export const COLLECTS_LOOSELY =
  /\bwe\b[^.;]{0,60}?\b(?:collect|receive|obtain|gather|process|store|record|access|import|upload|sync|use|request|require|ask (?:you )?(?:for|to))\w*\b|\byou\b[^.;]{0,40}?\b(?:provide|give|share|submit|send|upload|import|sync|enter)\w*\b[^.;]{0,100}?\b(?:to us|with us|us with|to (?:your|our) [\w ]{0,20}account)\b|\bgive us\b|\b(?:information|data|details) (?:that )?you (?:provide|give|share|submit)\b|\b(?:is|are|be) (?:required|requested|retained|kept|processed|held|saved|uploaded)\b|\b(?:collected|gathered|obtained|recorded|logged)\b|\bour (?:servers|systems)\b[^.;]{0,30}?\b(?:log|record|collect|store|receive)\w*\b/i;
/** A line introducing a list of the data a service uses ("Data used for basic users:",
 *  "Personal data processing for verified users:"), or one saying a named register or system
 *  collects it ("The customer register collects the following information:"). */
export const DATA_LIST_INTRO = /^(?:personal )?(?:data|information) (?:used|processed|collected|stored|held|processing)\b[^.;]{0,100}:$|\b(?:collects|gathers|obtains) (?:the )?following\b/i;
/** The provider, by name, as the subject of collecting: "Stack Overflow may collect". */
export const NAMED_PROVIDER_COLLECTS = /\b[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2}\s(?:(?:may|will|can|also|automatically|only)\s){0,2}(?:collect|receive|obtain|gather|process|record|store)(?:s|es)?\b/;
/** Headings of modern policies' collection sections beyond COLLECT_HEADING ("Information Acme
 *  Collects Automatically"). */
export const COLLECT_HEADING_MORE = /\b(?:data|information) (?:we|that we) (?:process|hold|use)\b|\bwhat (?:personal )?(?:data|information) (?:do )?we (?:process|hold)\b|\bsources? of (?:personal )?(?:data|information)\b|\b(?:categories|types|kinds) of (?:personal )?(?:data|information)\b|\breceive (?:personal )?(?:data|information)\b|\b(?:address book|payment|technical) data\b|\blogs? files?\b|\b(?:data|information) (?:[\w.&'-]+ ){1,2}(?:collects|gathers|receives|obtains)\b/i;

/** Other companies collecting, before the item: "third parties such as Google collect ...";
 *  the verb in full ("Partner Program users" is not a partner using anything), with no "we"
 *  between ("with the consent given through a third-party API, we process ..."). */
export const OTHERS_COLLECT = /\b(?:third[- ]part(?:y|ies)|partners?|advertisers?|ad networks?|analytics providers?|providers?|vendors?|processors?|(?:processing|payment|other|outside|third[- ]party) compan(?:y|ies)|agents?|Google|Facebook|Meta|platforms?|they)\b(?:(?!\bwe\b)[^.;]){0,40}?\b(?:collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gather(?:s|ed|ing)?|us(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|set(?:s|ting)?|access(?:es|ed|ing)?|track(?:s|ed|ing)?|record(?:s|ed|ing)?|process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|stor(?:e|es|ed|ing))\b/i;
/** "we and our partners collect": the provider collects too. */
export const WE_AND_OTHERS = /\b(?:we|us)\s*(?:and|or|,|\/)\s*(?:our|its|other|third|selected)\b/i;

/** What other data "could reveal" ("sensitive data you choose to provide could reveal
 *  government identifiers, precise geolocation, ...") is not collected as such. Sensitive data is
 *  the exception: data revealing one's health or beliefs is sensitive data (GDPR art. 9). */
export const REVEALED_ONLY = /\b(?:could|may|might|can) (?:also )?(?:reveal|imply|indicate|suggest)\b[^.;]{0,200}$/i;

/** What the provider removes or filters out is not what it collects ("we remove sensitive data
 *  such as social security numbers from search logs"). */
export const REMOVED_ITEMS = /\b(?:remove|filter|redact|scrub)\w*\b[^.;]{0,120}$/i;

/** Before an item: giving it is forbidden ("it is a violation of this policy to provide us with
 *  any sensitive personal information, such as health data"), as "please do not send us" is. */
export const PROHIBITED_BEFORE = /\b(?:violation|violate|prohibited|forbidden|not (?:permitted|allowed))\b[^.;]{0,40}?\bto (?:provide|send|submit|share|disclose|post|upload|give)\b[^.;]{0,240}$/i;

/** A sentence about the device's permission system, not what the provider collects: "mobile
 *  platforms have permission systems for device data, such as phone book and location
 *  services", "devices let users change device permissions (e.g., location services,
 *  contacts)". */
export const PERMISSION_SYSTEM = /\bpermission (?:systems?|controls)\b|\b(?:change|manage|control|adjust|review) (?:the |your |their |its )?(?:device|app|application|mobile) permissions\b/i;

/** A right's words that still leave the data collected when used: "you can choose to import
 *  your contacts", "you may opt in to share your location". */
export const CHOICE_TO_GIVE = /\b(?:choose|choice|able|opt[- ]in|consent|agree)\b[^.;]{0,30}$/i;

/** A condition on what the person does ("if you post comments, we store them") still says
 *  what is collected; one on what the provider does ("if we collect") does not. */
export const PERSON_CONDITION = /\b(?:if|whether|in case|to the extent|when|where)\s+you\b[^.;]*$/i;

/** A negation governing the sentence before the item, with no turn ("but", "except", ", we")
 *  between: "we don't show you ads based on sensitive categories, such as health" says nothing
 *  is collected. Not one in a relative clause ("data that does not identify you, such as ...")
 *  nor "whether or not", "not only", "not limited to". */
export const NEGATED_BEFORE = /(?<!\b(?:that|which|who|or|if|whether|unless)\s+(?:[\w']+\s+)?)\b(?:not|never|no|don't|doesn't|won't|cannot|can't|neither|nor|excluding|exclude|excludes)\b(?!\s+(?:only|limited|just|merely|longer|later|more|less|matter)\b)(?![^;:]*(?:\b(?:but|however|although|except|other than|apart from|while|whereas|instead|only|unless)\b|,\s*(?:and\s+|so\s+)?(?:we|you|they|it|this)\b))[^;:]*$/i;

/** A short title naming a category of data ("Location Information.", "Other Information You
 *  Provide to Us."): the line after it describes data in that category. */
export const DATA_CATEGORY_TITLE = /^(?:[A-Z][\w'’&/-]*,?\s+){0,5}(?:Information|Data|Details|Identifiers)\b(?:\s+[A-Za-z][\w'’]*){0,5}\.?$/;
/** The same title leading the sentence ("Referral Information: your contacts' ...", "Data used
 *  for basic users: your email address"). */
export const DATA_CATEGORY_LEAD = /^(?:[A-Z][\w'’&/-]*\s+){0,4}(?:Information|Data|Details|Identifiers)(?: (?:used|processed|collected|stored)\b[^:.;]{0,60})?\s*[:–—]\s/;

/** An item that belongs to other people ("the email addresses of the friends you write to"):
 *  not the person's own data. */
export const OTHER_PEOPLES = /^\s*(?:of|from|belonging to)\s+(?:your |the |other )?(?:friends|contacts|recipients|other (?:users|people|individuals|members)|others|people you)\b/i;

/** The person as the one receiving ("you may receive offers from partners"). */
export const PERSON_RECEIVES = /\byou\s+(?:\w+\s+){0,2}(?:receive|get|obtain)\w*\b[^.;]{0,80}$/i;
/** What comes from a source is offers or messages to the person, not data about them. */
export const COMMUNICATIONS_FROM = /\b(?:offers|newsletters?|e-?mails|ads|advertisements|advertising|promotions?|promotional content|communications|messages|marketing)\b[^.;]{0,30}$/i;
