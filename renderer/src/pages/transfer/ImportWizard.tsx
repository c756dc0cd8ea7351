import { useState } from 'react';
import { Alert, Button, Card, Group, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../db/modules/transfer/schemas';
import { call, type Output } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { useApi, toApiCallError } from '../../hooks/useApi';
import { KindStep } from './KindStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { MAX_FILE_BYTES } from './fileData';
import { readAsBase64 } from '../../components/saveFile';
import { LIST_PATH } from './kinds';
import { useNoun } from './useNoun';
import type { Analysis, FileInputValue, Report } from './types';

type Step = 0 | 1 | 2 | 3;
type Done = Output<'transfer.import'>;

/**
 * The import in four steps: kind → file → columns → check and import. The core keeps nothing
 * between calls, so the file travels with each call; only the last one writes, all or nothing.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const kinds = useApi('transfer.kinds', {});
  const noun = useNoun();
  const [step, setStep] = useState<Step>(0);
  const [chosenKind, setKind] = useState<ImportKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<FileInputValue | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);

  // One kind to choose from (the coördinator: volunteers) is no choice: it is chosen already.
  const kind = chosenKind ?? (kinds.data?.length === 1 ? kinds.data[0]!.kind : null);

  /** Runs a call of one step; a refusal stays on screen next to its field, or above the step. */
  async function attempt<R>(action: () => Promise<R>): Promise<R | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      const apiError = toApiCallError(e);
      setError({ message: apiError.message, fieldErrors: apiError.fieldErrors });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const analyze = (input: FileInputValue) =>
    attempt(async () => {
      const a = await call('transfer.analyze', input);
      setSource({ ...input, sheet: a.sheet });
      setAnalysis(a);
      setMapping(a.suggestedMapping);
      return a;
    });

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setAnalysis(null);
    setReport(null);
    setError(null);
    if (!chosen || !kind) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setError({ message: t('transfer.file.tooBig'), fieldErrors: { contentBase64: [t('transfer.file.tooBig')] } });
      return;
    }
    await analyze({ kind, fileName: chosen.name, contentBase64: await readAsBase64(chosen), sheet: null });
  };

  const preview = (skip = skipDuplicates) =>
    attempt(async () => {
      const r = await call('transfer.preview', { ...source!, mapping, skipDuplicates: skip });
      setReport(r);
      setStep(3);
      return r;
    });

  const commit = () =>
    attempt(async () => {
      const r = await call('transfer.import', { ...source!, mapping, skipDuplicates });
      setDone(r);
      return r;
    });

  const restart = () => {
    setStep(kind ? 1 : 0);
    setFile(null);
    setSource(null);
    setAnalysis(null);
    setReport(null);
    setSkipDuplicates(false);
    setDone(null);
    setError(null);
  };

  const chooseKind = (k: ImportKind) => {
    setKind(k);
    setFile(null);
    setSource(null);
    setAnalysis(null);
    setReport(null);
  };

  const fieldErrors = error?.fieldErrors ?? {};
  const placed = Object.keys(fieldErrors).some(
    (k) => ['contentBase64', 'fileName', 'sheet', 'mapping'].includes(k) || k.startsWith('mapping.'),
  );
  const canImport = report !== null && report.issues.length === 0 && report.created > 0;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-title">
      <Group gap="sm" mb="xs">
        <IconFileImport aria-hidden />
        <Title order={2} size="h3" id="import-title">
          {t('transfer.importTitle')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('transfer.importIntro')}
      </Text>
      <QueryState query={kinds}>
        {(list) =>
          done ? (
            <Alert
              color="green"
              variant="light"
              icon={<IconCircleCheck aria-hidden />}
              title={t('transfer.done.title', { count: done.created, noun: noun(done.kind, done.created) })}
              role="status"
            >
              <Text size="sm">
                {done.skipped > 0 ? t('transfer.done.skipped', { count: done.skipped }) : t('transfer.done.audit')}
              </Text>
              <Group mt="md" gap="sm">
                <Button
                  component={Link}
                  to={LIST_PATH[done.kind]}
                  variant="light"
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                >
                  {t('transfer.done.open', { kind: t(`transfer.kinds.${done.kind}`).toLowerCase() })}
                </Button>
                <Button variant="default" onClick={restart}>
                  {t('transfer.done.again')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <>
              <Stepper
                active={step}
                onStepClick={(s) => s < step && setStep(s as Step)}
                allowNextStepsSelect={false}
                size="sm"
                mb="lg"
              >
                <Stepper.Step
                  label={t('transfer.steps.kind')}
                  description={kind ? t(`transfer.kinds.${kind}`) : undefined}
                >
                  <KindStep kinds={list} value={kind} onChange={chooseKind} />
                </Stepper.Step>
                <Stepper.Step label={t('transfer.steps.file')} description={file?.name}>
                  <FileStep
                    file={file}
                    onFile={(f) => void chooseFile(f)}
                    analysis={analysis}
                    onSheet={(sheet) => void analyze({ ...source!, sheet })}
                    errors={fieldErrors}
                  />
                </Stepper.Step>
                <Stepper.Step label={t('transfer.steps.mapping')}>
                  {analysis && (
                    <MappingStep analysis={analysis} mapping={mapping} onChange={setMapping} errors={fieldErrors} />
                  )}
                </Stepper.Step>
                <Stepper.Step label={t('transfer.steps.preview')}>
                  {report && (
                    <PreviewStep
                      report={report}
                      skipDuplicates={skipDuplicates}
                      onSkipDuplicates={(skip) => {
                        setSkipDuplicates(skip);
                        void preview(skip);
                      }}
                    />
                  )}
                </Stepper.Step>
              </Stepper>
              {!placed && (
                <FormAlert message={error?.message} title={step === 3 ? t('transfer.notImported') : undefined} />
              )}
              <Group justify="space-between" mt="md">
                <Button
                  variant="default"
                  leftSection={<IconArrowLeft size={16} aria-hidden />}
                  disabled={step === 0 || busy}
                  onClick={() => setStep((step - 1) as Step)}
                >
                  {t('transfer.back')}
                </Button>
                <Group gap="sm">
                  {step === 3 && (
                    <Button variant="default" onClick={restart} disabled={busy}>
                      {t('transfer.otherFile')}
                    </Button>
                  )}
                  {step === 0 && (
                    <Button
                      disabled={!kind}
                      onClick={() => setStep(1)}
                      rightSection={<IconArrowRight size={16} aria-hidden />}
                    >
                      {t('transfer.next')}
                    </Button>
                  )}
                  {step === 1 && (
                    <Button
                      disabled={!analysis}
                      loading={busy}
                      onClick={() => setStep(2)}
                      rightSection={<IconArrowRight size={16} aria-hidden />}
                    >
                      {t('transfer.next')}
                    </Button>
                  )}
                  {step === 2 && (
                    <Button
                      loading={busy}
                      onClick={() => void preview()}
                      rightSection={<IconArrowRight size={16} aria-hidden />}
                    >
                      {t('transfer.check')}
                    </Button>
                  )}
                  {step === 3 && (
                    <Button
                      loading={busy}
                      disabled={!canImport}
                      onClick={() => void commit()}
                      leftSection={<IconFileImport size={18} aria-hidden />}
                    >
                      {canImport ? t('transfer.import', { count: report.created }) : t('transfer.importBlocked')}
                    </Button>
                  )}
                </Group>
              </Group>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
