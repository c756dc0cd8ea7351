import { useEffect, useState } from 'react';
import { ApiCallError, call, type Output } from '../../../api/client';
import type { Language } from './types';

export type Preview = Output<'templates.preview'>;

/**
 * The message as it would go out, redrawn a moment after the typing stops. A wording the core refuses gives
 * its messages per field (subject, body), so the editor can show them next to the field while one types.
 */
export function usePreview(key: string, language: Language, subject: string, body: string) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('templates.preview', { key, language, subject, body }).then(
        (p) => {
          if (!live) return;
          setPreview(p);
          setProblems({});
        },
        (error: unknown) => {
          if (!live) return;
          setPreview(null);
          const fields = error instanceof ApiCallError ? error.fieldErrors : {};
          setProblems(Object.fromEntries(Object.entries(fields).map(([f, m]) => [f, m[0] ?? ''])));
        },
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, language, subject, body]);
  return { preview, problems };
}
