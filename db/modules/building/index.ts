import { defineModule } from '../../contract/module';
import { buildingMethods } from './building';
import { roomMethods } from './rooms';

/** Building and rooms: profile, opening hours, the beheerder's hours, closures and holidays, rooms. */
export const building = defineModule({
  name: 'building',
  title: 'Gebouw en ruimtes: profiel, openingstijden, sluitingen, feestdagen, ruimtes',
  methods: { ...buildingMethods, ...roomMethods },
});
