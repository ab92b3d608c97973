// The clause reader (src/engine/clause/read.ts) on sentences written for these tests: how a
// claim rule's match reads in its clause.
import { describe, expect, it } from 'vitest';
import { readClause, type Reading } from '../../../src/engine/clause/read.ts';

/** The reading of the first match of `word` (or of the `nth` one) in `text`. */
function read(text: string, word: string, nth = 0): Reading {
  const re = new RegExp(`\\b${word}\\b`, 'gi');
  const m = [...text.matchAll(re)][nth];
  if (!m) throw new Error(`no "${word}" in: ${text}`);
  return readClause(text, m.index, m.index + m[0].length);
}

describe('negation scope', () => {
  it('denies the verb of its own clause', () => {
    expect(read('We do not sell your personal information.', 'sell').negated).toBe(true);
    expect(read('We sell no personal data to anyone.', 'sell').negated).toBe(true);
    expect(read('Your data is never shared with advertisers.', 'shared').negated).toBe(true);
  });
  it('stops at a new clause', () => {
    expect(read('We do not sell your data, but we share it with our partners.', 'share').negated).toBe(false);
    expect(read('We do not rent your data, and we sell it only to vetted buyers.', 'sell').negated).toBe(false);
  });
  it('reads a clause opened by ", nor" as its own denial', () => {
    const text = 'We do not sell your data to anyone, nor do we share it for advertising.';
    expect(read(text, 'sell').negated).toBe(true);
    expect(read(text, 'share').negated).toBe(true);
  });
  it('ignores look-alikes of negation', () => {
    expect(read('We collect data including but not limited to your name.', 'collect').negated).toBe(false);
    expect(read('We may not have sold each of these categories of data.', 'sold').negated).toBe(false);
  });
});

describe('conditions and questions', () => {
  it('reads what follows "if" as hypothetical', () => {
    expect(read('If we sell your data, we will tell you first.', 'sell').conditional).toBe(true);
    expect(read('Should we sell your data, we will tell you first.', 'sell').conditional).toBe(true);
    expect(read('Do we sell your data?', 'sell').conditional).toBe(true);
  });
  it('reads the main clause after the condition as asserted', () => {
    expect(read('If you sign up, we collect your email address.', 'collect').conditional).toBe(false);
  });
});

describe('definitions and the law\'s words', () => {
  it('reads a definition', () => {
    expect(read("The term 'sale' means disclosing data for money.", 'sale').definition).toBe(true);
  });
  it('reads a quoted term, alone or inside a short quoted phrase', () => {
    expect(read('We may "share" data with ad partners.', 'share').quoted).toBe(true);
    expect(read("what some states may define as 'sharing or selling' of data", 'selling').quoted).toBe(true);
    expect(read("We don't sell your data and we won't sell it.", 'sell', 1).quoted).toBe(false);
  });
  it('reads the law naming a practice', () => {
    expect(read('Sharing data with ad partners may be considered a "sale" under state law.', 'sale').deemed).toBe(true);
    expect(read('Some of this may fall under the legal definitions of "sales" under applicable laws.', 'sales').deemed).toBe(true);
    expect(read('We share data with our vendors.', 'share').deemed).toBe(false);
  });
  it('reads knowing, not doing', () => {
    expect(read('We have no actual knowledge that we sell the data of anyone.', 'sell').epistemic).toBe(true);
  });
});

describe('the object of a right', () => {
  it('reads what a right or a choice is about', () => {
    expect(read('You have the right to opt out of the sale of your data.', 'sale').objectOfRight).toBe(true);
    expect(read('You may ask us to delete your data.', 'delete').objectOfRight).toBe(true);
    expect(read('Click "Do Not Sell My Personal Information" in the footer.', 'sell').objectOfRight).toBe(true);
  });
  it('reads a title-case denial as a denial, not a link name', () => {
    const r = read('We Do Not Sell Your Personal Information.', 'sell');
    expect(r.objectOfRight).toBe(false);
    expect(r.negated).toBe(true);
  });
});

describe('minors', () => {
  it('reads a statement about children', () => {
    expect(read('We do not sell the personal information of consumers under 16.', 'sell').minors).toBe(true);
    expect(read('For children under 13, we collect only a username.', 'collect').minors).toBe(true);
    expect(read('We do not sell the data of users under age 16.', 'sell').minors).toBe(true);
  });
  it('does not narrow a clause when the group comes in a later clause or through "including"', () => {
    expect(read('We do not sell your data, nor do we sell data from users under 16.', 'sell', 0).minors).toBe(false);
    expect(read('We do not sell your data, nor do we sell data from users under 16.', 'sell', 1).minors).toBe(true);
    expect(read('We do not sell personal information, including that of children under 16.', 'sell').minors).toBe(false);
  });
});

describe('who acts', () => {
  it('reads the subject of the clause', () => {
    expect(read('We share your data with vendors.', 'share').actor).toBe('we');
    expect(read('Our partners may collect your device identifiers.', 'collect').actor).toBe('others');
    expect(read('You can delete your account at any time.', 'delete').actor).toBe('you');
  });
  it('stops at the first auxiliary: what follows is the object', () => {
    expect(read('Acme does not allow third-party trackers of any kind.', 'allow').actor).toBe('unknown');
  });
  it('reads a relative clause about others', () => {
    expect(read('We do not work with vendors that sell your data.', 'sell').actor).toBe('others');
  });
  it('reads an action as the subject: the others in it are its object', () => {
    expect(read('Sharing data with ad partners may be considered a sale.', 'sale').actor).toBe('unknown');
  });
  it('starts a new clause at ", so we"', () => {
    expect(read('Your messages are not stored on our servers, so we read them on your device only.', 'read').negated).toBe(false);
  });
});
