// Data items that identify you or your money: contact details, payment and credit details,
// government ID numbers, passwords and log-ins.
// Part of DATA_ITEM_RULES (../collected.ts), which keeps their order; syntax: ../types.ts.
import type { DataKindId } from '../kinds.ts';
import type { KindRule } from '../types.ts';

export const IDENTITY_ITEM_RULES: readonly KindRule<DataKindId>[] = [
  // contact
  {
    id: 'collect.contact.name',
    kind: 'contact',
    name: 'name',
    // Not "company name", "domain name", "user name", "mother's maiden name", "the name of".
    // Nor "carrier name", "operator name", "file name", "device name", "display name".
    pattern: /(?<!\b(?:company|domain|business|brand|file|host|trade|maiden|user|account|screen|product|carrier|operator|network|device|computer|model|folder|directory|display|profile|app|application)\s)\bnames?\b(?!\s+(?:of|and title)\b)/i,
    gloss: 'Collects your name',
    examples: {
      match: ['We may collect your name, physical address and email address.', 'Your Name;'],
      noMatch: ['Your company name and title;', "mother's maiden name", 'in the name of the account holder', 'mobile network information including operator name'],
    },
  },
  {
    id: 'collect.contact.email',
    kind: 'contact',
    name: 'email address',
    // A bare "email" is mostly the channel ("send email to"); count it only inside a data list.
    pattern: /\be-?mail address(?:es)?\b|(?<=\b(?:phone(?: number)?|address),\s)e-?mail\b/i,
    gloss: 'Collects your email address',
    examples: {
      match: ['Such information includes your email addresses.', 'Name, address, phone number, email, IP address'],
      noMatch: ['Send email to Privacy Administrator at legal@phone.com.', 'via newsletters, email or direct mail'],
    },
  },
  {
    id: 'collect.contact.postal-address',
    kind: 'contact',
    name: 'postal address',
    // Not e-mail/IP/MAC/web addresses, and not the verb ("to address your concern").
    // Nor a blockchain or wallet address.
    pattern: /(?<!\b(?:e-?mail|IP|protocol|MAC|web|to|will|we|can|help|wallet)\s)(?<!\)\s)(?<!\b(?:blockchain|wallet|crypto\w*)\b[\w ]{0,12})\baddress(?:es)?\b(?!\s+(?:of|book|information|your)\b)/i,
    gloss: 'Collects your postal address',
    examples: {
      match: ['your name, physical address, mailing address', 'Your home or work address;', 'Name, address, email address, PFI'],
      noMatch: ['IP address information;', 'Internet Protocol (IP) addresses', 'web addresses of the sites you come from', 'We will address your concern.', 'public blockchain data and addresses'],
    },
  },
  {
    id: 'collect.contact.phone',
    kind: 'contact',
    name: 'phone number',
    pattern: /\b(?:tele)?phone numbers?\b|\b(?:tele)?phone\b(?=\s*(?:,|;|\)|$))|\bmobile numbers?\b/i,
    gloss: 'Collects your phone number',
    examples: {
      match: ['Your home, work, or cellular telephone number;', 'Name, address, phone, email address'],
      noMatch: ['existing phone equipment type', 'Phone.com uses these cookies'],
    },
  },
  // financial
  {
    id: 'collect.financial.card',
    kind: 'financial',
    name: 'credit card',
    pattern: /\b(?:credit|debit)(?: or debit)? card\b/i,
    gloss: 'Collects your card number',
    examples: { match: ['credit card number', 'credit or debit card number'], noMatch: ['a gift certificate'] },
  },
  {
    id: 'collect.financial.bank',
    kind: 'financial',
    name: 'bank account',
    pattern: /\bbank account\b|\bfinancial account\b/i,
    gloss: 'Collects your bank account details',
    examples: { match: ['bank account number', 'financial account/bank account number'], noMatch: ['your account number with us'] },
  },
  {
    id: 'collect.financial.billing',
    kind: 'financial',
    name: 'billing/payment history',
    pattern: /\bbilling (?:information|details|records|history)\b|\bpayment (?:information|details|history)\b|\binvoice balances\b/i,
    gloss: 'Collects billing or payment information',
    examples: { match: ['billing information (such as credit card numbers)', 'payment history'], noMatch: ['to bill you for these products'] },
  },
  {
    id: 'collect.financial.credit',
    kind: 'financial',
    name: 'credit history',
    pattern: /\bcredit (?:history|information|reports?|reporting information|scores?)\b|\bcredit ?worthiness\b/i,
    gloss: 'Collects your credit history',
    examples: { match: ['This information may include credit history and reporting information.', 'regarding your credit worthiness'], noMatch: ['measure credit and payment risk'] },
  },
  // government ids
  {
    id: 'collect.government-id.ssn',
    kind: 'government-id',
    name: 'Social Security number',
    pattern: /\bsocial security numbers?\b|\bSSNs?\b/i,
    gloss: 'Collects your Social Security number',
    examples: { match: ['your social security number', 'Name, address, phone, company, SSN/EIN'], noMatch: ['social media'] },
  },
  {
    id: 'collect.government-id.driver-licence',
    kind: 'government-id',
    name: "driver's licence",
    pattern: /\bdriver'?s'? licen[cs]e\b/i,
    gloss: "Collects your driver's licence number",
    examples: { match: ["driver's license number"], noMatch: ['software licence'] },
  },
  {
    id: 'collect.government-id.tax-id',
    kind: 'government-id',
    name: 'tax ID',
    // EIN/TIN only in capitals: lower-case "tin" is a word.
    pattern: /\btax(?:payer)? (?:identification|id)(?: numbers?)?\b|\b(?:EIN|TIN)\b/,
    gloss: 'Collects a tax identification number',
    examples: { match: ['SSN/EIN', 'taxpayer identification number'], noMatch: ['a tin of paint'] },
  },
  {
    id: 'collect.government-id.other',
    kind: 'government-id',
    name: 'passport or state ID',
    pattern: /\bpassport(?: numbers?)?\b|\bstate identification card\b|\bgovernment[- ]issued (?:id|identification)\b/i,
    gloss: 'Collects a passport or other government ID',
    examples: { match: ['passport number', 'state identification card number'], noMatch: ['state and zip code'] },
  },
  // credentials
  {
    id: 'collect.credentials.password',
    kind: 'credentials',
    name: 'passwords/PINs',
    pattern: /\bpasswords?\b|\bpass ?codes?\b|\bPINs?\b|\baccess codes?\b|\bsecurity codes?\b/,
    gloss: 'Collects passwords, PINs or access codes',
    examples: { match: ['user ID and password', 'access code or password'], noMatch: ['pins and needles'] },
  },
  {
    id: 'collect.credentials.login',
    kind: 'credentials',
    name: 'user IDs',
    pattern: /\buser ?(?:ids?|names?)\b|\blog-?in credentials\b/i,
    gloss: 'Collects user IDs or log-in details',
    examples: { match: ['randomly assigned user IDs', 'login credentials'], noMatch: ['users of the Site'] },
  },
];
