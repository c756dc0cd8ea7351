import { Liquid, type Template } from 'liquidjs';
import { msg } from '../../../platform/messages';
import type { Wording } from './template';

/**
 * Liquid (liquidjs) renders the wording: it is made for templates that people other than the programmers write,
 * runs no code, and can list the variables a template uses, so an unknown placeholder is refused when the
 * beheerder saves it rather than when a message goes out.
 */
const engine = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true });

/**
 * Parsed wordings by their text: a booking's confirmation is written inside the booking's transaction, and parsing
 * was a third of writing it. Bounded, as the beheerder's own wordings change over the years.
 */
const parsed = new Map<string, Template[]>();
const PARSED_KEPT = 200;

function renderText(text: string, values: Readonly<Record<string, unknown>>): string {
  let template = parsed.get(text);
  if (!template) {
    template = engine.parse(text);
    if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, template);
  }
  return engine.renderSync(template, values) as string;
}

/** What a wording must keep to: only the given placeholders, valid Liquid. Returns a message, or null when fine. */
export function checkWording(text: string, allowed: readonly string[]): string | null {
  let used: string[];
  try {
    used = engine.globalVariablesSync(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split(',')[0] : '';
    return msg(`De tekst klopt niet: ${detail}.`, `The text is not valid: ${detail}.`);
  }
  const unknown = [...new Set(used)].filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return null;
  const list = unknown.map((name) => `{{ ${name} }}`).join(', ');
  return unknown.length === 1
    ? msg(
        `Onbekend veld in de tekst: ${list}. Gebruik alleen de velden in de lijst.`,
        `Unknown field in the text: ${list}. Use only the fields in the list.`,
      )
    : msg(
        `Onbekende velden in de tekst: ${list}. Gebruik alleen de velden in de lijst.`,
        `Unknown fields in the text: ${list}. Use only the fields in the list.`,
      );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The plain text is the message; the HTML is that same text, escaped as a whole (so neither a value nor the
 * beheerder's wording can add markup), in paragraphs, in a plain readable layout for phones.
 */
export function textToHtml(text: string, language: 'nl' | 'en'): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p style="margin:0 0 1em">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">\n${paragraphs}\n</body></html>`;
}

/** The subject, text and HTML of a wording with its values filled in. */
export function renderWording(
  wording: Wording,
  values: Readonly<Record<string, unknown>>,
  language: 'nl' | 'en',
): { subject: string; text: string; html: string } {
  const subject = renderText(wording.subject, values).replace(/\s+/g, ' ').trim();
  const text =
    renderText(wording.body, values)
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n';
  return { subject, text, html: textToHtml(text, language) };
}
