// Selling: the stance moving between says-no, silent and says-yes, and exceptions to a denial.
import type { SaleStance } from '../../facts/types.ts';
import type { SummaryChange } from '../types.ts';
import type { ChangeRule } from './types.ts';

const key = (stance: SaleStance, qualified: boolean): string => (stance === 'no' && qualified ? 'no-except' : stance);

/** before → after: the one change that describes the move best. */
const MOVES: Readonly<Record<string, SummaryChange>> = {
  'no→yes': { id: 'sale.now-sells', text: 'Now says it may sell your data.', flag: 'bad' },
  'no-except→yes': { id: 'sale.now-sells', text: 'Now says it may sell your data.', flag: 'bad' },
  'silent→yes': { id: 'sale.now-sells', text: 'Now says it may sell your data.', flag: 'bad' },
  'no→silent': { id: 'sale.no-longer-denies', text: 'No longer says it does not sell your data.', flag: 'bad' },
  'no-except→silent': { id: 'sale.no-longer-denies', text: 'No longer says it does not sell your data.', flag: 'bad' },
  'no→no-except': { id: 'sale.exceptions-added', text: 'Now makes exceptions to its promise not to sell your data.', flag: 'caution' },
  'no-except→no': { id: 'sale.exceptions-removed', text: 'Now says without exceptions that it does not sell your data.', flag: 'good' },
  'silent→no': { id: 'sale.now-denies', text: 'Now says it does not sell your data.', flag: 'good' },
  'silent→no-except': { id: 'sale.now-denies', text: 'Now says it does not sell your data, with exceptions.', flag: 'good' },
  'yes→no': { id: 'sale.now-denies', text: 'No longer says it may sell your data; now says it does not.', flag: 'good' },
  'yes→no-except': { id: 'sale.now-denies', text: 'No longer says it may sell your data; now says it does not, with exceptions.', flag: 'good' },
  'yes→silent': { id: 'sale.no-longer-sells', text: 'No longer says it may sell your data.', flag: 'good' },
};

export const saleChanges: ChangeRule = ({ before, after }) => {
  const from = key(before.facts.sale.stance, before.facts.sale.qualified);
  const to = key(after.facts.sale.stance, after.facts.sale.qualified);
  const move = MOVES[`${from}→${to}`];
  return move ? [move] : [];
};
