// The one zod instance every schema uses, with Dutch messages as the default language:
// the core and the forms show the same words.
import { z } from 'zod';
import { nl } from 'zod/locales';

z.config(nl());

export { z };
