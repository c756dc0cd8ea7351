import { expect, it } from 'vitest';
import { monthOf, quarterOf, quarterRange, yearOf } from '../../renderer/src/periods';
it('gives the months, quarters and years that reports and invoices ask for, across year ends and leap days', () => {
  expect(monthOf('2026-01-15', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  expect(monthOf('2024-02-10', 0)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  expect(monthOf('2026-12-07', 1)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  expect(quarterOf('2026-11-02')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  expect(quarterRange(2027, 1)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
  expect(yearOf('2026-05-05')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
});
