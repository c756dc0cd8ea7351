import { defineModule } from '../../contract/module';
import { transferMethods } from './methods';

/** Import and export: lists from CSV or XLSX, the whole database as CSV. */
export const transfer = defineModule({
  name: 'transfer',
  title: 'Import en export: lijsten inlezen, alles exporteren',
  methods: transferMethods,
});
