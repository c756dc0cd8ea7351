import { defineModule } from '../../contract/module';
import { accountMethods, outboxMethods } from './methods';
import { mailSenderWorker } from './sender';
import { templateMethods } from './templateMethods';
import { rosterMailMethods } from './rosterMail';
import { groupMethods } from './group';
import { choicesMethods } from './choices';

/** Mail: the house's mail account, the outbox and its sender, the templates and what is sent when. */
export const mail = defineModule({
  name: 'mail',
  title: 'E-mail: het e-mailaccount van het huis, de postvak-uit en wat er wordt verstuurd',
  methods: {
    ...accountMethods,
    ...outboxMethods,
    ...templateMethods,
    ...rosterMailMethods,
    ...groupMethods,
    ...choicesMethods,
  },
  workers: [mailSenderWorker],
});
