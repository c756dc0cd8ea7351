import { defineModule } from '../../contract/module';
import { authMethods } from './auth';
import { setupMethods, userMethods } from './users';

/** Accounts: first start, signing in and out, the lock screen, user accounts and passwords. */
export const accounts = defineModule({
  name: 'accounts',
  title: 'Accounts: eerste start, inloggen, vergrendelen, gebruikers en wachtwoorden',
  methods: { ...setupMethods, ...authMethods, ...userMethods },
});
