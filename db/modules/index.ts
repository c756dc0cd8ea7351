import { accounts } from './accounts';
import { attendance } from './attendance';
import { beheer } from './beheer';
import { bookings } from './bookings';
import { budget } from './budget';
import { building } from './building';
import { mail } from './mail';
import { privacy } from './privacy';
import { roster } from './roster';
import { system } from './system';
import { transfer } from './transfer';

/** Every module of the house, in the order of the menu and of docs/API.md. */
export const MODULES = [
  accounts,
  system,
  building,
  bookings,
  roster,
  budget,
  attendance,
  beheer,
  privacy,
  transfer,
  mail,
] as const;
