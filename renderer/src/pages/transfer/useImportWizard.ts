import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../db/modules/transfer/schemas';
import { call, type Output } from '../../api/client';
import { readAsBase64 } from '../../components/saveFile';
import { useApi, toApiCallError } from '../../hooks/useApi';
import { MAX_FILE_BYTES } from './fileData';
import type { Analysis, FileInputValue, Report } from './types';

export type Step = 0 | 1 | 2 | 3;
type Done = Output<'transfer.import'>;

/** Runs a call of one step; a refusal stays on screen next to its field, or above the step. */
function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fieldErrors: Record<string, string[]> } | null>(null);

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

  return { busy, error, setError, attempt };
}

type Attempt = ReturnType<typeof useAttempt>;

/** The chosen file as the core read it (sheet, suggested column mapping), and the check of that mapping. */
function useImportFile(kind: ImportKind | null, { attempt, setError }: Attempt) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<FileInputValue | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [report, setReport] = useState<Report | null>(null);

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

  const forget = () => {
    setFile(null);
    setSource(null);
    setAnalysis(null);
    setReport(null);
  };

  return { file, chooseFile, source, analysis, analyze, mapping, setMapping, report, setReport, forget };
}

/** Everything the wizard remembers between its steps, and the calls that take it to the next one. */
export function useImportWizard() {
  const kinds = useApi('transfer.kinds', {});
  const [step, setStep] = useState<Step>(0);
  const [chosenKind, setKind] = useState<ImportKind | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const run = useAttempt();
  const { attempt, setError } = run;

  // One kind to choose from (the coördinator: volunteers) is no choice: it is chosen already.
  const kind = chosenKind ?? (kinds.data?.length === 1 ? kinds.data[0]!.kind : null);
  const { forget, setReport, ...imported } = useImportFile(kind, run);
  const { source, mapping } = imported;

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
    forget();
    setSkipDuplicates(false);
    setDone(null);
    setError(null);
  };
  const chooseKind = (k: ImportKind) => {
    setKind(k);
    forget();
  };
  // Skipping duplicates changes what would be imported, so the check runs again at once.
  const changeSkipDuplicates = (skip: boolean) => {
    setSkipDuplicates(skip);
    void preview(skip);
  };

  return {
    ...imported,
    kinds,
    kind,
    chooseKind,
    step,
    setStep,
    preview,
    skipDuplicates,
    changeSkipDuplicates,
    commit,
    done,
    restart,
    busy: run.busy,
    error: run.error,
    fieldErrors: run.error?.fieldErrors ?? {},
  };
}

export type ImportWizardState = ReturnType<typeof useImportWizard>;
