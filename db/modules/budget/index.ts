import { defineModule } from '../../contract/module';
import { budgetMethods } from './methods';
import { remindAccountability } from './mail';

/** Lokaal Budget and Right to Cooperate: budgets and rounds, applications, committee, meetings, payments. */
export const budget = defineModule({
  name: 'budget',
  title: 'Lokaal Budget en Right to Cooperate: rondes, aanvragen, commissie, vergaderingen, betalingen',
  methods: budgetMethods,
  routines: [
    { name: 'herinneren aan de verantwoording', run: ({ db, clock }) => void remindAccountability(db, clock) },
  ],
});
