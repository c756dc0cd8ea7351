import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconCash, IconFileTypePdf, IconPrinter, IconReceiptOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import { useAction, type Action } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { InvoiceDocument } from './InvoiceDocument';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { PaidModal } from './PaidModal';
import { VoidModal } from './VoidModal';
import type { InvoiceDetail } from './invoiceTypes';

interface ToolbarProps {
  detail: InvoiceDetail;
  pdf: Action;
  onPaid: () => void;
  onVoid: () => void;
}

function Toolbar({ detail, pdf, onPaid, onVoid }: ToolbarProps) {
  const { t } = useTranslation();
  const open = detail.invoice.status === 'open';
  // The same document as the printout, made into a PDF by the program itself: to attach to a mail by hand.
  const download = () =>
    pdf.run('pdf', async () => {
      const r = await call('invoices.pdf', { id: detail.invoice.id });
      saveFile(r.fileName, { base64: r.base64 }, 'application/pdf');
    });
  return (
    <Group justify="space-between" className="no-print" mb="md">
      <Button component={Link} to="/facturen" variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />}>
        {t('invoices.backToList')}
      </Button>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('invoices.print')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          loading={pdf.busy === 'pdf'}
          onClick={() => void download()}
        >
          {t('invoices.downloadPdf')}
        </Button>
        {open && (
          <>
            <Button leftSection={<IconCash size={18} aria-hidden />} onClick={onPaid}>
              {t('invoices.markPaid')}
            </Button>
            <Button variant="light" color="red" leftSection={<IconReceiptOff size={18} aria-hidden />} onClick={onVoid}>
              {t('invoices.void')}
            </Button>
          </>
        )}
      </Group>
    </Group>
  );
}

/**
 * A letter that charges btw must carry the house's btw-number and must not call itself exempt: say so on screen
 * (older houses wrote the exemption into their own closing text), with the way to the profile.
 */
function VatAlerts({ detail: d }: { detail: InvoiceDetail }) {
  const { t } = useTranslation();
  if (d.invoice.vatCents === 0 || d.invoice.status === 'vervallen') return null;
  const problems = [
    !d.sender.vatNumber && t('invoices.noVatNumber'),
    /vrijgesteld|exempt/i.test(d.sender.note) && t('invoices.doc.noteSaysExempt'),
  ].filter(Boolean);
  if (!problems.length) return null;
  return (
    <Alert variant="light" color="orange" title={t('invoices.vatCheckTitle')}>
      {problems.map((p) => (
        <Text key={String(p)} size="sm">
          {p}
        </Text>
      ))}
      <Anchor component={Link} to="/gebouw/profiel" size="sm">
        {t('invoices.toProfile')}
      </Anchor>
    </Alert>
  );
}

/** One invoice (#/facturen/12): its actions on screen, and the A4 document that is also what prints. */
export function InvoiceView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const detail = useApi('invoices.get', { id });
  const [dialog, setDialog] = useState<'paid' | 'void' | null>(null);
  const pdf = useAction();

  return (
    <QueryState query={detail}>
      {(d) => (
        <>
          <div className="screen-only">
            <PageHeader title={t('invoices.invoiceTitle', { number: d.invoice.number })} />
          </div>
          <Toolbar detail={d} pdf={pdf} onPaid={() => setDialog('paid')} onVoid={() => setDialog('void')} />
          <div className="no-print">{pdf.alert}</div>
          <Stack gap="sm" className="no-print" mb="md" maw="210mm" mx="auto">
            <Group gap="sm">
              <InvoiceStatusBadge invoice={d.invoice} />
              <Text size="sm">
                {t('invoices.forRenter', { renter: d.invoice.renterName, total: f.money(d.invoice.totalCents) })}
              </Text>
            </Group>
            {d.invoice.status === 'vervallen' && <Text size="sm">{t('invoices.voidExplained')}</Text>}
            {!d.sender.iban && d.invoice.status === 'open' && (
              <Alert variant="light" color="orange" title={t('invoices.noIbanTitle')}>
                {t('invoices.noIbanHelp')}{' '}
                <Anchor component={Link} to="/gebouw/profiel">
                  {t('invoices.toProfile')}
                </Anchor>
              </Alert>
            )}
            <VatAlerts detail={d} />
          </Stack>
          <InvoiceDocument detail={d} />
          {dialog === 'paid' && (
            <PaidModal invoice={d.invoice} onClose={() => setDialog(null)} onSaved={detail.reload} />
          )}
          {dialog === 'void' && (
            <VoidModal invoice={d.invoice} onClose={() => setDialog(null)} onSaved={detail.reload} />
          )}
        </>
      )}
    </QueryState>
  );
}
