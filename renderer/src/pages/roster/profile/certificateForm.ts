import { todayIso } from '../../../format';
import type { Certificate } from '../shared/types';

export interface CertificateValues {
  kind: Certificate['kind'];
  name: string;
  issuedOn: string;
  expiresOn: string;
  seenOn: string;
  seenBy: string;
  notes: string;
}

/** A new certificate starts as a VOG seen today by whoever is entering it: the usual case. */
export function certificateValuesOf(certificate: Certificate | undefined, userName: string): CertificateValues {
  return certificate
    ? {
        kind: certificate.kind,
        name: certificate.name,
        issuedOn: certificate.issuedOn ?? '',
        expiresOn: certificate.expiresOn ?? '',
        seenOn: certificate.seenOn ?? '',
        seenBy: certificate.seenBy,
        notes: certificate.notes,
      }
    : { kind: 'vog', name: '', issuedOn: '', expiresOn: '', seenOn: todayIso(), seenBy: userName, notes: '' };
}

/** Only the fields of the chosen kind are sent: switching from VOG to BHV must not keep a "seen by". */
export function toCertificateInput(volunteerId: number) {
  return (v: CertificateValues) => ({
    volunteerId,
    kind: v.kind,
    name: v.kind === 'training' ? v.name : '',
    issuedOn: v.issuedOn || null,
    expiresOn: v.kind === 'vog' ? null : v.expiresOn || null,
    seenOn: v.kind === 'vog' ? v.seenOn || null : null,
    seenBy: v.kind === 'vog' ? v.seenBy : '',
    notes: v.notes,
  });
}
