import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileStep } from './FileStep';
import { KindStep } from './KindStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import type { Kinds } from './types';
import type { ImportWizardState, Step } from './useImportWizard';

/** The four steps; a step already done can be clicked to go back to it, never one ahead. */
export function ImportSteps({ wizard: w, kinds }: { wizard: ImportWizardState; kinds: Kinds }) {
  const { t } = useTranslation();
  return (
    <Stepper
      active={w.step}
      onStepClick={(s) => s < w.step && w.setStep(s as Step)}
      allowNextStepsSelect={false}
      size="sm"
      mb="lg"
    >
      <Stepper.Step label={t('transfer.steps.kind')} description={w.kind ? t(`transfer.kinds.${w.kind}`) : undefined}>
        <KindStep kinds={kinds} value={w.kind} onChange={w.chooseKind} />
      </Stepper.Step>
      <Stepper.Step label={t('transfer.steps.file')} description={w.file?.name}>
        <FileStep
          file={w.file}
          onFile={(f) => void w.chooseFile(f)}
          analysis={w.analysis}
          onSheet={(sheet) => void w.analyze({ ...w.source!, sheet })}
          errors={w.fieldErrors}
        />
      </Stepper.Step>
      <Stepper.Step label={t('transfer.steps.mapping')}>
        {w.analysis && (
          <MappingStep analysis={w.analysis} mapping={w.mapping} onChange={w.setMapping} errors={w.fieldErrors} />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('transfer.steps.preview')}>
        {w.report && (
          <PreviewStep report={w.report} skipDuplicates={w.skipDuplicates} onSkipDuplicates={w.changeSkipDuplicates} />
        )}
      </Stepper.Step>
    </Stepper>
  );
}
