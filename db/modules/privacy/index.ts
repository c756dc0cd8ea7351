import { defineModule } from '../../contract/module';
import { privacyMethods } from './methods';
import { runRetention } from './retention';

/** Privacy (AVG): the register, one person's data, anonymising, retention. */
export const privacy = defineModule({
  name: 'privacy',
  title: 'Privacy (AVG): register, gegevens van een persoon, bewaartermijnen',
  methods: privacyMethods,
  routines: [{ name: 'bewaartermijnen', run: ({ db, clock }) => void runRetention(db, clock) }],
});
