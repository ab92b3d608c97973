// Data items about where you are and what you do: location, device and IP details, online
// activity, call records and usage (CPNI).
// Part of DATA_ITEM_RULES (../collected.ts), which keeps their order; syntax: ../types.ts.
import type { DataKindId } from '../kinds.ts';
import type { KindRule } from '../types.ts';

export const USAGE_ITEM_RULES: readonly KindRule<DataKindId>[] = [
  // location
  {
    id: 'collect.location.precise',
    kind: 'location',
    name: 'precise location',
    pattern: /\bgeo-?location\b|\bGPS\b|\bprecise (?:geo)?location\b|\bdevice location\b|\bpositioning information\b|\bE?911 location\b/i,
    gloss: 'Collects exactly where you or your device are',
    examples: { match: ['any location or positioning information we may have', 'GPS coordinates'], noMatch: ['All data is stored in the United States.', 'your general location'] },
  },
  {
    id: 'collect.location.general',
    kind: 'location',
    name: 'general location',
    // Website policies name it many ways: "your device's location", "location-based
    // information", "your geographic location", "the country where you are located".
    pattern: /\b(?:general|approximate) location\b|\blocation (?:information|data)\b|\blocation[- ]based (?:information|data)\b|\b(?:your|device'?s?|(?:the|your) device) location\b|\blocation of (?:your|the) (?:mobile )?(?:device|computer|phone)\b|\bgeographic(?:al)? (?:location|area|region)\b|\b(?:country|city|region|state) (?:where|in which) you (?:are|reside|live)\b|\bwhere you are located\b(?! in the world)/i,
    gloss: 'Collects roughly where you are',
    examples: {
      match: ['general location, general demographics', "the type of your browser and, in some cases, your device's location", 'your geographic location, such as your city', 'the country where you are located'],
      // "Processing depends on ... where you are located in the world": the law that applies.
      noMatch: ['a convenient location', 'our office location in Atlanta', 'Which legal basis applies depends on where you are located in the world.'],
    },
  },
  {
    id: 'collect.location.service',
    kind: 'location',
    name: 'service location',
    pattern: /\b(?:physical|preferred|service) locations?\b/i,
    gloss: 'Collects where you use or want the service',
    examples: { match: ['your preferred location and other preferences', 'service locations and existing phone equipment type'], noMatch: ['a convenient location'] },
  },
  // device and IP
  {
    id: 'collect.device.ip',
    kind: 'device',
    name: 'IP address',
    // "Voice over Internet Protocol" is the service, not data about you.
    pattern: /\bIP address(?:es)?\b|\bInternet Protocol(?: \(IP\))? address(?:es)?\b|\bInternet protocols and server information\b/i,
    gloss: 'Collects your IP address',
    examples: {
      match: ['dynamic and static Internet Protocol (IP) addresses', 'IP address information;'],
      noMatch: ['In providing VoIP (Voice over Internet Protocol) services'],
    },
  },
  {
    id: 'collect.device.mac',
    kind: 'device',
    name: 'MAC address',
    pattern: /\bMAC address(?:es)?\b/i,
    gloss: 'Collects the hardware (MAC) address of your equipment',
    examples: { match: ['MAC addresses of equipment'], noMatch: ['Mac computers'] },
  },
  {
    id: 'collect.device.identifiers',
    kind: 'device',
    name: 'device identifiers',
    pattern: /\bdevice (?:identifiers?|ids?|information|type)\b|\bunique (?:device )?identifiers?\b|\bdevices connected to\b|\bIMEI\b|\badvertising (?:ids?|identifiers?)\b/i,
    gloss: 'Collects identifiers or details of your devices',
    examples: { match: ['service and device information', 'information about the devices connected to our services'], noMatch: ['a device to capture dialing information'] },
  },
  {
    id: 'collect.device.browser',
    kind: 'device',
    name: 'browser/operating system',
    pattern: /\bbrowser (?:type|information|version)\b|\bweb browser and operating system\b|\boperating system\b|\bdevice'?s browser\b/i,
    gloss: 'Collects your browser type or operating system',
    examples: { match: ['your IP address and browser information', "your device's browser, operating system"], noMatch: ['adjust your browser to reject cookies'] },
  },
  // online activity
  {
    id: 'collect.online-activity.browsing',
    kind: 'online-activity',
    name: 'browsing/search activity',
    pattern: /\bbrowsing (?:and searching )?(?:activit(?:y|ies)|history|behaviou?r)\b|\bsearch(?:ing)? (?:activity|history|queries|terms)\b/i,
    gloss: 'Collects what you browse or search for',
    examples: { match: ['browsing and searching activity as you interact with the Site'], noMatch: ['browse our site without cookies'] },
  },
  {
    id: 'collect.online-activity.pages',
    kind: 'online-activity',
    name: 'pages/sites visited',
    pattern: /\b(?:pages|websites|web sites|sites) (?:you )?visited\b|\bdate and time of (?:site )?visits\b|\breferring (?:web ?sites?|urls?|pages?)\b|\bweb addresses of the sites you come from\b|\bsite usage patterns\b|\bclick ?stream\b|\bclick[- ]through\b/i,
    gloss: 'Collects the pages and sites you visit',
    examples: { match: ['pages visited; duration of visits; and referring web sites', 'click through and click stream data'], noMatch: ['when you visit our Site'] },
  },
  {
    id: 'collect.online-activity.pages-viewed',
    kind: 'online-activity',
    name: 'pages/sites visited',
    // Website wording for the same thing: "the pages you view", "links you click", "web pages
    // requested", "referring/exit pages", "page views", "the site you came from".
    pattern: /\b(?:web ?pages|pages|urls?|areas|sections|links|hyperlinks|ads|advertisements|features|content) (?:that )?(?:you )?(?:have )?(?:visit(?:ed)?|view(?:ed)?|access(?:ed)?|request(?:ed)?|click(?:ed)?(?: on)?|select(?:ed)?) (?:on|within|at|while|when|in|from|and|or|[,;.])|\b(?:pages|urls?|web ?pages) (?:you )?(?:visit|view|access|request|click)\b|\bexit pages\b|\bpage ?views?\b|\breferr(?:ing|er|al) (?:and exit )?(?:web ?sites?|web ?pages?|pages?|urls?|sites?|domains?|addresses)\b|\b(?:site|page|url|website|web site|address) (?:from which you (?:came|come|linked)|you (?:came|come) from)\b|\bnumber of (?:clicks|visits|page views)\b|\bclicked on\b/i,
    gloss: 'Collects the pages you view and the links you click',
    examples: {
      match: ['which articles you read and the links you click in our newsletter', 'the referring page and the time you arrived', 'the web site you came from before ours'],
      noMatch: ['when you visit our Site', 'Please click here to read our terms.'],
    },
  },
  {
    id: 'collect.online-activity.usage-of-site',
    kind: 'online-activity',
    name: 'how you use the site or app',
    pattern: /\b(?:information|data|statistics|details) (?:about|on|regarding|concerning) (?:how you (?:use|interact|navigate|browse)|your (?:use of|usage of|visits? to|interactions? with|activit(?:y|ies) on|browsing|navigation))\b|\bbrowsing (?:habits|patterns|activities)\b|\bnavigation(?:al)? (?:data|information|paths?|patterns)\b|\b(?:time|amount of time) (?:you )?spen[dt] (?:on|viewing|at|in)\b|\b(?:date and time|dates and times|time and date|times and dates|access times) (?:of|you|that you|when you)\b|\baccess times\b|\b(?:web ?site|site|web) traffic\b|\binteractions? with (?:our |the )?(?:ads|advertisements|emails|content|services|web ?sites?|apps?)\b|\bgameplay\b|\btelemetry\b|\b(?:statistics|details|information|data) (?:about|on|regarding|of|related to) (?:your|each|the) visits?\b|\btraffic data\b|\bpages of the (?:site|website|service)s? (?:viewed|visited)\b|\bhow (?:often|long) you use\b|\bhow you use (?:them|it)\b/i,
    gloss: 'Collects how you use the site or app: when, how long, what you do there',
    examples: {
      match: ['information about how you use our services', 'the amount of time you spend on each page', 'the date and time of each visit', 'your interactions with our emails', 'our servers keep statistics about your visit', 'we count how often you use the reader each week'],
      noMatch: ['how to use our services', 'at any time'],
    },
  },
  {
    id: 'collect.online-activity.internet-usage',
    kind: 'online-activity',
    name: 'Internet usage',
    pattern: /\bInternet usage information\b|\bvolume of data transmitted\b|\bconnection dates and times\b/i,
    gloss: 'Collects how you use your Internet service',
    examples: { match: ['Your Internet usage information including websites visited', 'connection dates and times'], noMatch: ['Internet service providers'] },
  },
  // call records and CPNI
  {
    id: 'collect.call-records.cpni',
    kind: 'call-records',
    name: 'CPNI',
    pattern: /\bCPNI\b|\bcustomer proprietary network information\b/i,
    gloss: 'Collects customer proprietary network information (what services you use and how)',
    examples: { match: ['we collect and maintain certain customer proprietary network information ("CPNI")'], noMatch: ['network information'] },
  },
  {
    id: 'collect.call-records.calls',
    kind: 'call-records',
    name: 'call records',
    pattern: /\bcall(?:ing)? (?:detail )?records?\b|\bcall(?:ing)? details?\b|\b(?:conference )?call history\b|\bcalls made and received\b|\bnumbers? (?:you )?(?:called|dialed|dialled)\b|\bcall accounting information\b|\bdialing information\b|\bcall record information\b/i,
    gloss: 'Collects records of your calls (numbers, times, duration)',
    examples: { match: ['calls made and received and their duration', 'call accounting information', 'your conference call history'], noMatch: ['please call us'] },
  },
  {
    id: 'collect.call-records.usage',
    kind: 'call-records',
    name: 'service usage',
    pattern: /\busage (?:information|data|records|details|statistics)\b|\busage and billing information\b|\bamount of use\b/i,
    gloss: 'Collects how much and how you use the service',
    examples: { match: ['we collect usage information', 'related usage and billing information'], noMatch: ['acceptable use policy'] },
  },
];
