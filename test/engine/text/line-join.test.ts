import { describe, expect, it } from 'vitest';
import { joinRuleFor } from '../../../src/engine/text/line-join.ts';
import type { JoinContext } from '../../../src/engine/text/line-join.ts';

function ctx(prev: string, next: string, extra: Partial<JoinContext> = {}): JoinContext {
  return { prev, next, blockLines: 1, blockWords: 20, unclosed: false, ...extra };
}

function decide(c: JoinContext): string {
  const { rule, decision } = joinRuleFor(c);
  return `${decision}:${rule.id}`;
}

describe('joinRuleFor', () => {
  it('joins the broken lines of a PDF (seed 004)', () => {
    expect(decide(ctx('Fusion Connect, Inc., and its subsidiaries (collectively, "', 'Fusion", "', { unclosed: true })), 'open quotation').toBe('join:unclosed');
    expect(decide(ctx('In some cases you have a', 'choice about the collection')), 'ends in an article').toBe('join:prev-continues');
    expect(decide(ctx('"), by contacting', "Fusion's Privacy Officer. Federal law governs Fusion's use.")), 'ends in a verb taking the link').toBe('join:prev-continues');
    expect(decide(ctx('You may opt out by unsubscribing here', 'https://www.fusionconnect.com/subscription-center/.')), 'next starts lower case').toBe('join:next-continues');
    expect(decide(ctx('Anonymized Data', '") for our Business Purposes', { unclosed: true })), 'closing quote').toBe('join:unclosed');
    expect(decide(ctx('we disclose it to the Federal Trade', 'Commission. We also tell you.')), 'a name broken across lines').toBe('join:next-completes');
  });

  it('keeps a heading line a heading, even before a paragraph', () => {
    expect(decide(ctx('How We Collect Personal Data', 'When you access and use our Site, we collect Personal Data as outlined below:', { blockWords: 5 })), 'Title Case heading').toBe('break:prev-heading');
  });

  it('breaks after a finished sentence and before bullets and headings', () => {
    expect(decide(ctx('Please read this Privacy Policy carefully.', 'What Personal Data Do We Collect?')), 'full stop').toBe('break:prev-terminal');
    expect(decide(ctx('Personal Data may include:', 'Your Name;')), 'colon').toBe('break:prev-terminal');
    expect(decide(ctx('We use this information', '• To bill you')), 'bullet').toBe('break:next-bullet');
    expect(decide(ctx('It is our policy not to disclose Personally Identifiable Information to anyone', 'Sharing Restrictions')), 'next is a heading').toBe('break:next-heading');
    expect(decide(ctx('the sites you come from; and', 'information about your connection')), 'a list item ending in "; and"').toBe('break:list-tail');
  });

  it('joins a lower-case line after an abbreviation the PDF wrapped', () => {
    expect(decide(ctx('laws of the U.S.', 'and of other countries.')), 'lower case after a full stop').toBe('join:prev-terminal');
  });

  it('breaks between table cells and address lines', () => {
    expect(decide(ctx('Creating, maintaining, customizing, and securing Customer Accounts', 'Name, address, email address, PFI', { blockWords: 8 })), 'short block').toBe('break:short-block');
    expect(decide(ctx('Legitimate interest in servicing your account; underwriting credit risks in accordance with Fusion guidelines', 'Supporting day-to-day business operations')), 'next is a fragment').toBe('break:next-fragment');
    expect(decide(ctx('Advertising Cookies – These cookies are used to serve you with advertisements and analytics', 'Security Cookies – These cookies are used for general security purposes and user authentication.')), 'one paragraph per line (seed 001)').toBe('break:no-cue');
  });
});
