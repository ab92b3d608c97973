// Data-minimisation promises: no activity logs, content only the person can read, no account
// needed. Read by src/engine/questions/minimise.ts; each must be the provider's promise, not
// a condition or a denial of it.
import type { FactRule } from '../facts/types.ts';

export const NO_LOGS: FactRule = {
  id: 'minimise.no-logs',
  // What is not logged must be activity: logs, browsing or search history, traffic,
  // connections, IP addresses, queries; not "your texts, call history or photos".
  pattern: /\bno[- ]logs?\b|\bzero[- ]logs?\b|\b(?:do|does|will)\s+not\s+(?:[\w-]+\s+){0,2}?(?:log|keep|store|record|retain|save|collect)\w*\b[^.;:]{0,40}?\b(?:logs?|browsing|traffic|connection (?:logs?|data|history|times|timestamps|metadata)|your connections?|ip addresses|(?:search|browsing|web|internet|connection) (?:history|queries)|dns (?:queries|requests)|timestamps|what you do|your (?:online |browsing |internet )?activit(?:y|ies))\b|\bnever\s+(?:log|store|record|keep)\w*\b[^.;:]{0,40}?\b(?:logs?|browsing|traffic|connection (?:logs?|data|history|times|timestamps)|your connections?|ip addresses|(?:search|browsing|web|internet|connection) history|your (?:online |browsing |internet )?activit(?:y|ies))\b|\bno (?:activity|traffic|connection|browsing|usage) (?:logs?|data)\b|\bwithout (?:any )?logging\b(?! in)|\bwithout\b[^.;:]{0,40}?\b(?:retention|retaining|storage|storing|keeping) (?:of )?(?:your )?(?:search|browsing) (?:history|queries)\b/i,
  gloss: 'Promises to keep no logs of your activity',
  examples: {
    match: ['We do not log your browsing activity or IP address.', 'Mullvad has a strict no-logs policy.', 'We never store logs of your connections.', 'Our search engine works without advertising profiles or retention of your search history.'],
    noMatch: [
      'We keep server logs for 30 days.', 'If you do not log in, we cannot sync your settings.', 'We never store your texts, call history or photos on our servers.',
      'We do not collect any sensitive personal information in connection with our rewards program.', 'If you edit a page without logging in, the edit is attributed to a temporary account.',
    ],
  },
};

export const END_TO_END: FactRule = {
  id: 'minimise.e2e',
  // Also content encrypted with keys only the person holds ("encrypted using keys under your
  // control"), and "zero-knowledge encryption" (not "zero-knowledge proofs").
  pattern: /\bend[- ]to[- ]end[- ]encrypt\w*|\bzero[- ](?:access|knowledge) (?:encrypt\w*|architecture)|\bencrypt\w*\b[^.;:]{0,60}?\bkeys?\b[^.;:]{0,30}?\b(?:under your (?:sole |own )?control|(?:that |which )?only you (?:have|hold|know|control)|you (?:alone )?(?:control|hold))\b|\b(?:we|signal|proton|wire)\s+(?:can ?not|are unable to|are not able to|do not have the ability to|have no (?:way|ability) to)\s+(?:[\w-]+\s+){0,2}?(?:decrypt|read|access|see|view)\b[^.;:]{0,40}?\b(?:messages|emails?|content|files|calls|data|conversations)\b/i,
  gloss: 'Your content is encrypted so that it cannot read it',
  examples: {
    match: [
      'Your messages are end-to-end encrypted.', 'We cannot decrypt or read the content of your messages.', 'Your mailbox uses zero-access encryption.',
      'Your vault is encrypted using keys under your control.', 'We protect your files with zero-knowledge encryption.',
    ],
    noMatch: ['We encrypt data in transit.', 'We encrypt your data at rest with keys we manage.', 'Our wallet supports zero-knowledge proofs.'],
  },
};

export const NO_ACCOUNT: FactRule = {
  id: 'minimise.no-account',
  // The service can be used without an account ("you don't need an account to browse", "it is
  // not necessary to create an account", "you can use our services without creating an
  // account", "users can visit our site anonymously"), or an account or visit asks for no
  // personal details ("we do not ask visitors to provide their name or contact information", an
  // account of a username and password, the email address optional).
  // Not "individuals without an account" (who they are, not what the service allows).
  pattern: /\b(?:do|does)(?:\s+not|n't)\s+(?:need|require|have\s+to)\s+(?:(?:to\s+)?(?:create|have|open|register(?: for)?|sign up for|make|log ?in(?:to)?|sign in(?:to)?)\s+)?(?:an?|any|your)\s+(?:\w+\s+)?account\b|\b(?:not|no|never)\s+(?:necessary|required|needed|mandatory)\s+(?:for you\s+)?to\s+(?:create|have|open|register|sign up|log ?in|sign in)\b|\b(?:no|not an?)\s+(?:user\s+)?(?:account|registration|sign-?up|log-?in|e-?mail address)\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:use|used|using|browse|browsing|access|accessing|visit|visiting|read|search|searching|view|viewing|watch|listen|play|download|explore|try|interact|interacting)\b[^.;]{0,50}?\bwithout\s+(?:(?:creating|registering|having|signing up for|opening|logging in(?:to)?|signing in(?:to)?)\s+)?(?:(?:an?|any|a user)\s+(?:[A-Z][\w-]*\s+)?)?(?:account|registration|registering|signing up|logging in|log-?in|signing in|(?:providing|revealing|giving us|disclosing|the processing of) (?:any )?(?:personal|your))\b|\b(?:do|does)(?:\s+not|n't)\s+require\s+(?:you\s+)?to\s+(?:register|sign up|create an account|(?:\w+\s+){0,3}?provide (?:any )?personal (?:information|data))\b[^.;]{0,90}?\bto (?:use|visit|access|browse)\b|\bwithout (?:creating |registering |having )?(?:an? |any )?account\b[^.;]{0,30}?\byou can\b|\banonymous(?:ly)? (?:and pseudonymous )?(?:use|participation|browsing|visits?)\b|\b(?:visit|use|browse) (?:our|the|this) (?:site|website|service|app)s? anonymously\b|\bwithout (?:giving|telling) us (?:your|who)\b|\baccount\b(?:(?!\b(?:name|phone|address|birth)\b)[^.;]){0,80}?\busernames?\b[^.;]{0,40}?\be-?mail(?: address)?,? \(optional\)|\baccount\b[^.;]{0,80}?\be-?mail(?: address)? (?:is|are) (?:entirely |completely )?optional\b|\b(?:do|does)(?:\s+not|n't)\s+ask\s+(?:any\s+)?(?:visitors|users|you)?\s*(?:to provide|for)\s+(?:any\s+)?(?:[\w,-]+\s+){0,6}?(?:personal (?:information|data|details)|contact (?:information|details))/i,
  gloss: 'You can use it without an account or without giving personal data',
  examples: {
    match: [
      'You can use our search engine without creating an account.', 'You can use the website without the processing of your personal data.',
      'Parts of the site can be used without revealing any personal data.', 'We do not require you to register or otherwise actively provide personal information in order to use the website.',
      'Other customers include people who interact with Acme without an Acme account.',
      'When you create an account on our forum, we may collect your username, email address (optional), and password.', 'No email address is required to sign up.', 'We support anonymous and pseudonymous participation.',
      "If you just want to read, you don't need an account.", 'It is not necessary to create an account to use the app.', 'Our site does not ask visitors to provide their name, address or other contact information.',
    ],
    noMatch: ['You need an account to post.', 'Without an account you cannot save files.', 'You do not need an account to submit a privacy request.', 'Because we hold little data about individuals without an account, we cannot verify their requests.', 'To create an account, we do not ask your name.',
      'This includes information in cases where you are not logged in and where you do not have an account.', 'The Example Launcher app lets you sign in with your work account or use it without any account.',
      'We do not require you to provide personal information, but some features will not work without it.',
      'When you create an account, we collect your name, username, email address and phone number (optional).',
      'When you create an account, we collect your full name, username, email address (optional) and password.'],
  },
};

/** The plain promises, for the deciding sentence: the service is usable without an account. */
export const NO_ACCOUNT_PLAIN = /\b(?:need|necessary|required|needed|without)\b/i;

/** No account needed to make a privacy request or opt out: about the request, not the service. */
export const ACCOUNT_FOR_REQUESTS = /\bto (?:submit|make|file|exercise|send|verify) (?:a |an |your |any |these |those )?(?:\w+ )?(?:requests?|rights?|complaints?)\b|\bto opt[- ]?out\b/i;

/** The policy says it collects personal data from people without an account ("we will collect
 *  personal information from you even if you are a non-account holder"): use without an account
 *  is then no minimisation promise, wherever the policy says it is possible. */
export const COLLECTED_WITHOUT_ACCOUNT =
  /\b(?:collect|receive|process)\w*\s+(?:your\s+)?personal (?:information|data)\b[^.;]{0,60}?\b(?:non-account holders?|even (?:if|though|when) you (?:do not|don't) have an? (?:[\w-]+ )?account|without an? (?:[\w-]+ )?account)\b/i;

/** A product's feature described by name ("Example Launcher lets you ... use it without any
 *  account"): one product of a multi-product policy, not the service as a whole. */
export const PRODUCT_FEATURE = /^(?:[A-Z][\w-]*\s){1,4}(?:app\s|application\s)?(?:lets|allows|enables)\s+you\b/;

/** End-to-end encryption the provider only may apply, in some of its services ("for certain
 *  services, we may apply encryption – and in certain services, end-to-end encryption"): a scope
 *  and a hedge, not a promise about the person's content. Read on the sentence. */
const SOME_SERVICES = String.raw`\b(?:in|for|on)\s+(?:certain|some)\s+(?:of\s+(?:our|the)\s+)?(?:[\w-]+\s+)?(?:services|features|products|games|apps|cases)\b`;
const MAY_APPLY = String.raw`\b(?:may|might|can|could)\s+(?:also\s+)?(?:apply|use|offer|provide|employ|implement)\b`;
export const E2E_MAYBE_IN_SOME = new RegExp(String.raw`${SOME_SERVICES}[^.;]{0,80}?${MAY_APPLY}|${MAY_APPLY}[^.;]{0,80}?${SOME_SERVICES}`, 'i');

/** A third party's tool on the page (a share button, a plugin, a widget, "servers of Acme AG"):
 *  what that company says it does not store is not the provider's promise. */
export const THIRD_PARTY_TOOL = /\b(?:share|like|follow|social(?: media)?) buttons?\b|\bplug-?ins?\b|\bwidgets?\b|\bservers of\b/i;
/** The provider speaking: a no-logs promise with "we"/"our" before it is its own. */
export const FIRST_PERSON = /\b(?:we|our|us)\b/i;
