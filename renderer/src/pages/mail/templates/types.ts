import type { Output } from '../../../api/client';

export type TemplateView = Output<'templates.list'>['templates'][number];
export type Language = 'nl' | 'en';
export type WordingValues = Record<Language, { subject: string; body: string }>;
