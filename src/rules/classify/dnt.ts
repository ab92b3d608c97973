// Rules for "Do Not Track". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Only the browser signal counts: "we do not track your location" is a first-party practice,
// so a bare "do not track" must come with signal words, a browser, or a verb like "honor".
import type { Rule } from '../types.ts';

const LABEL = 'Do Not Track';

const SIGNAL_WORDS = '(signal|signals|setting|settings|request|requests|header|headers|preference|preferences|option|options|feature|features|mechanism|mechanisms|instruction|instructions|technology|technologies|standard|standards|protocol|protocols|flag|flags|functionality|browser|browsers|disclosure|disclosures|initiative|framework|frameworks|or similar|and similar)';

export const doNotTrackRules: readonly Rule[] = [
  {
    id: 'dnt.signal',
    label: LABEL,
    patterns: [`do not track ${SIGNAL_WORDS}`, 'dnt'],
    gloss: 'Talks about the browser Do Not Track signal',
    examples: {
      match: ['Our site does not honour browser Do Not Track signals.', 'Some browsers offer a DNT setting.'],
      noMatch: ['We do not track your location.', 'We track shipments for you.'],
    },
  },
  {
    id: 'dnt.respond-to-signal',
    label: LABEL,
    patterns: [
      '({respond}|{honor}|{honour}|{recognize}|{support}|{acknowledge}|{obey}|{accommodate}|{process}|{interpret}|{treat}) (to|with)? (a|the|any|such|browser|web browser|your)? do not track',
      '(a|the|any|browser|browsers|web browser|of|regarding|about|called|to|with) do not track $',
      '(including|regarding|concerning|learn about|more about|information about) do not track',
    ],
    gloss: 'Says whether the site honours the browser Do Not Track signal',
    examples: {
      match: [
        'Our sites do not currently honor Do Not Track.',
        'Some browsers include a feature called Do Not Track.',
        'See our ad choices page for more, including Do Not Track.',
      ],
      noMatch: ['We do not track individual users across other sites.'],
    },
  },
  {
    id: 'dnt.browser-tracking-preference',
    label: LABEL,
    patterns: [
      '(browser|browsers) * do not track',
      '(browser|browsers) (based )?(tracking )?(signals|signal) * (not to be tracked|opt out of tracking|tracking preferences)',
      'tracking (preference|preferences) (expression|signals|signal)',
    ],
    gloss: 'Mentions a browser setting that asks sites not to track you',
    examples: {
      match: [
        'Your browser may let you send a do-not-track request to websites.', 'We do not respond to browser signals that ask not to be tracked.',
        'There is no common standard for tracking preference signals yet.',
      ],
      noMatch: ['Your browser lets you block cookies.'],
    },
  },
  {
    id: 'dnt.heading',
    label: LABEL,
    patterns: ['^ (how we respond to |our response to |responding to |online tracking and )?do not track (dnt )?(signals |disclosure |notice |policy )?$'],
    gloss: 'A heading that announces the Do Not Track section',
    examples: {
      match: ['Do Not Track', 'Do Not Track Disclosure'],
      noMatch: ['We do not track you'],
    },
  },
];
