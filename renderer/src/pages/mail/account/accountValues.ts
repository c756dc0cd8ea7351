import type { Input, Output } from '../../../api/client';

export type Account = Output<'mailserver.get'>;
/** The form's values: numbers may be '' while typed; the password is '' to keep the stored one. */
export type Values = Omit<Input<'mailserver.update'>, 'port' | 'perMinute'> & {
  port: number | string;
  perMinute: number | string;
  password: string;
};

/** An emptied number field is left out, so the schema says it is required. */
export const numberOrUndefined = (v: number | string) => (v === '' ? undefined : Number(v));

export function valuesOf(a: Account): Values {
  return {
    host: a.host,
    port: a.port,
    security: a.security,
    username: a.username,
    password: '',
    forgetPassword: false,
    fromName: a.fromName,
    fromAddress: a.fromAddress,
    replyTo: a.replyTo,
    perMinute: a.perMinute,
    enabled: a.enabled,
  };
}
