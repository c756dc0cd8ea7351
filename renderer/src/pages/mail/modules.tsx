import type { ModuleDef } from '../../shell/modules';
import { MAIL_TEMPLATES_MODULE } from './templates/route';

/** Mail: the screens of the mail module. */
export const MAIL_MODULES: ModuleDef[] = [MAIL_TEMPLATES_MODULE];
