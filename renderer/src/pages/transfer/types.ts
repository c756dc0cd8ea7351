import type { Input, Output } from '../../api/client';

export type Kinds = Output<'transfer.kinds'>;
export type Field = Kinds[number]['fields'][number];
export type Analysis = Output<'transfer.analyze'>;
export type Report = Output<'transfer.preview'>;
export type Issue = Report['issues'][number];
/** What every step after choosing a file sends: the file again, since the core keeps nothing between calls. */
export type FileInputValue = Pick<Input<'transfer.analyze'>, 'kind' | 'fileName' | 'contentBase64' | 'sheet'>;
