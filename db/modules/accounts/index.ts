import { defineModule } from '../../contract/module';
import { userMethods } from './users';

/** Accounts: first start, signing in and out, the lock screen, user accounts and passwords. */
export const accounts = defineModule({
  name: 'accounts',
  title: 'Accounts: eerste start, inloggen, vergrendelen, gebruikers en wachtwoorden',
  methods: { ...userMethods },
});
