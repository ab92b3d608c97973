// What a denial of collecting looks like, and how far it reaches: where its object ends or its
// subject starts, blanket denials of all personal data and what scopes them, denials that are
// optional, hedged, conditional on refusing, or said of someone else. Re-exported by ./index.ts.
import type { CollectItem } from '../items.ts';
import type { FactRule } from '../../facts/types.ts';

/** A denial of collecting: "we do not collect", "we never store", "X is not logged", "no
 *  personal information is collected", "none of our apps will access". The module reads which
 *  items it covers (what follows an active verb, what precedes a passive one). "We don't require
 *  your real name" matches too: OPTIONAL_NOT_DENIED makes it neither a denial nor collection. */
export const COLLECT_DENIAL: FactRule = {
  id: 'collect.denies',
  pattern:
    /\b(?:(?:do|does|did|will|shall|would|can|could)\s+not|don't|doesn't|didn't|won't|wouldn't|can't|cannot|never)\s+(?:(?:ever|actively|routinely|intentionally|purposely|deliberately|otherwise|currently|directly|automatically|specifically|permanently|also|even|further|seek to|want to|ask for or|access or|use or)\s+){0,3}(?:collect|gather|track|store|log|record|obtain|receive|keep|retain|save|ask|request|solicit|require|need|handle)(?:s|es|ed|d|ing)?\b|\b(?:do|does|did|will|can)(?:\s+not|n't)\s+ha(?:ve|s) (?:any )?access\b|\b(?:we|us)\s+(?:never|do not|don't|cannot|can't|will not|won't)\s+(?:see|view)\b|\b(?:do|does|did|will)\s+not\s+(?:have|need)\s+to\s+(?:provide|give|enter|share|submit)\b|\b(?:is|are|be)\s+(?:not|never)\s+(?:\w+\s+)?(?:collected|gathered|stored|logged|recorded|tracked|retained|kept|saved|requested|required|uploaded|transmitted|accessed)\b|\bno (?:personal(?:ly identifiable)?|identifying|identifiable) (?:information|data)\b[^.;]{0,40}?\b(?:is|are|will be)\s+(?:ever\s+)?(?:collected|gathered|stored|obtained|recorded)\b|\bnone of (?:[\w-]+\s+){1,6}?(?:will|do|does|shall)\s+(?:ever\s+)?(?:collect|gather|track|store|log|record|access)\w*/i,
  gloss: 'Says it does not collect this',
  examples: {
    match: ["We don't track your precise location.", 'We never collect your name or email address.', 'Payments go through our processor, and we never see or store your credit card number.', 'Your IP address is not logged.', 'When you visit our website, no personally identifiable information is collected about you.'],
    noMatch: ["We don't require you to give us your real name.", 'We collect your IP address.', 'We do not share the email address we collect with advertisers.'],
  },
};

/** Another company, "not us", collects it: "our payment provider – not Acme – collects your
 *  financial information". The object after the verb is denied. */
export const NOT_US_COLLECTS =
  /[-–—,(]\s*(?:and\s+)?not\s+(?:by\s+)?(?:us|we|[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s*[-–—,)]\s*(?:(?:directly|actually)\s+)?(?:collects?|gathers?|processes|process|stores?|receives?|handles?|holds?)\b/;

/** A payment made through another company ("pay by card through a third-party payment
 *  processor"): beside a denial that the provider collects payment data, it says nothing more. */
export const PAYMENT_THROUGH_OTHERS =
  /\b(?:through|via|by|using|with|to) (?:a |an |our |the |its )?(?:third[- ]party |external |independent |trusted )?(?:payment[- ](?:processing[- ])?|processing )?(?:process(?:ors?|ing (?:service )?providers?)|(?:service |payment )?providers?|Stripe|PayPal|Braintree|Adyen|Apple|Google Pay)\b/i;

/** "We don't require", "you don't have to": the data is optional, not refused. */
export const OPTIONAL_NOT_DENIED = /\b(?:require|requires|required|need|needs|have to|must|mandatory|obliged)\b/i;

/** Where an active denial's object ends: a new clause, an exception ("other than", "except"),
 *  a restriction ("only"), or a bullet. */
export const DENIAL_OBJECT_END =
  /[;!?]|\.(?=\s+[A-Z]|\s*$)|\s\*\s|\b(?:but|however|although|though|except|excepting|unless|other than|apart from|aside from|besides|beyond|instead|rather|only|whereas|while|because|since|so that|in order to|unless)\b|,\s*(?:and\s+|but\s+)?(?:we|you|they|it|this|these|which|who|our)\b/i;

/** Where a passive denial's subject starts, read backwards: the last of these before it. */
export const DENIAL_SUBJECT_START = /[;:!?]|\.(?=\s+[A-Z])|\s\*\s|\b(?:but|however|although|except|unless|while|whereas)\b|,\s*(?:and\s+)?(?:we|you|they)\b/gi;

/** An active denial whose object is personal data as a whole ("we do not collect any personal
 *  data"), and what may follow it for it to speak for the whole service. */
export const BLANKET_OBJECT =
  /^\s*(?:or (?:\w+ )?)?(?:any )?(?:personal(?:ly identifiable)?|identifying|identifiable) (?:information|data)(?:\s+(?:about|from) (?:you|our (?:users|visitors)|users|visitors|anyone))?\s*(?:$|[.,;](?!\s*(?:unless|except))|(?:except|other than|apart from)(?: for)? (?:the |your )?(?:IP|Internet Protocol|device|technical|log|cookie|usage|aggregate|anonymous))/i;
export const BLANKET_PASSIVE_TAIL =
  /^\s*(?:(?:about|from) (?:you|users|visitors)\s*)?(?:$|[.,;](?!\s*(?:unless|except))|(?:except|other than|apart from)(?: for)? (?:the |your )?(?:IP|Internet Protocol|device|technical|log|cookie|usage|aggregate|anonymous))/i;

/** Sections whose statements speak for one tool or group, not the whole service. */
export const NARROW_SECTION = /\b(?:cookies?|surveys?|analytics|logs?|tracking|automatic(?:ally)?|beacons?|pixels?|children|kids|minors?|teens?|plug-?ins?|advertis\w*)\b/i;

/** A passive denial of keeping what the same words say is collected ("email addresses
 *  collected for the send-to-a-friend feature are not retained") denies keeping, not collecting. */
export const COLLECTED_NOT_KEPT = /\b(?:collected|received|obtained|provided|submitted|given|gathered|entered)\b/i;

/** What a blanket denial of collecting personal data answers: the kinds that identify a person
 *  or are sensitive. Device, activity and approximate location often stay (server logs). */
export const BLANKET_ITEMS: readonly CollectItem[] = ['contact', 'payment', 'government-id', 'precise-location', 'contacts', 'sensitive'];

/** A blanket denial scoped to some users, moments or tools does not answer for the service;
 *  nor does one in a table row (cells joined by ".;"), which speaks for that row's purpose. */
export const SCOPED_DENIAL = /\.;\s|\b(?:cookies?|pixels?|tags?|tools?|beacons?|plug-?ins?|SDKs?)\s+(?:do|does|will|may)\s+not\b|\b(?:as a guest|without (?:creating |having |an? )?(?:an? )?account|(?:not|aren't|isn't) (?:logged|signed) in|signed[- ]out|do not (?:log|sign) in|through (?:cookies|this|these)|via (?:cookies|this|these))\b/i;

/** A list introduced as what the provider does not do ("we do NOT do any of the following:"),
 *  and an item of it that is a collecting verb ("Log users' traffic"): a denial of its items. */
export const DENIED_LIST_INTRO = /\b(?:do|does|will)\s*(?:not|n't)\s+(?:do\s+)?(?:any of\s+)?the following\b[^:]*:$|\bwe (?:never|do not|don't|will not|won't)\s*:$/i;
export const COLLECTING_ITEM = /^\s*(?:[-*•]\s*)?(?:log|collect|store|track|record|keep|retain|save|monitor|access|gather)\b/i;

/** People other than the provider as the subject of a denial, just before it. */
export const PEOPLE_SUBJECT = /\b(?:members|users|visitors|others|people|recipients|you)\b(?:\s+[\w']+){0,4}\s*$/i;

/** A hedged denial ("we typically do not collect sensitive data; where we do, ...") is no denial. */
export const HEDGED_DENIAL = /\b(?:typically|generally|usually|normally|ordinarily|in most cases)\b[^.;]{0,20}\b(?:do|does|will)\s*(?:not|n't)\b|\b(?:where|when|if) we do(?: so| this)?\b/i;

/** A denial that holds only while the person refuses ("If you do not enable location services,
 *  we don't collect your precise location"): it says the data is collected once they agree, so
 *  it is no denial. */
export const WHILE_YOU_REFUSE = /^\W*(?:if|when|where|as long as|so long as)\s+you\s+(?:do not|don't|choose not to|decide not to|decline to|refuse to|have not|haven't)\s+(?:\w+\s+){0,2}?(?:enable|enabled|allow|allowed|turn on|turned on|activate|activated|consent|consented|agree|grant|granted|give|given|share|provide|provided|opt in|opted in|permit|switch on)\b/i;
