import { defineModule } from '../../contract/module';
import { budgetMethods } from './methods';

/** Lokaal Budget and Right to Cooperate: budgets and rounds, applications, committee, meetings, payments. */
export const budget = defineModule({
  name: 'budget',
  title: 'Lokaal Budget en Right to Cooperate: rondes, aanvragen, commissie, vergaderingen, betalingen',
  methods: budgetMethods,
});
