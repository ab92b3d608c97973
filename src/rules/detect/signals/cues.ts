// The words without which a page cannot be named a privacy policy: every policy-speaking name
// and URL rule (names.ts, urls.ts) matches only text that contains one of them (the tests run
// every example of those rules through this check). A page with a title or headings but none of
// these words anywhere in its title, h1–h3 or URL is settled as not a policy by one RegExp test,
// without running the rules: that is the fast path for ordinary pages in the content script.
// Lower-case text (compile.ts `lower`); substrings, no word boundaries.
export const PRIVACY_CUE = /privac|datenschutz|confidentialit|donn[ée]es|vie.priv[ée]e|personal.?(?:data|information)|data.?(?:protection|privacy|policy)|gdpr|informativa/;
