import { describe, expect, it } from 'vitest';
import { checkWording, renderWording } from '../../../db/modules/mail/templates/render';
import { inLang } from '../../../db/platform/messages';

describe('mail wording', () => {
  it('refuses a placeholder the template does not offer, and accepts the ones it does', () => {
    expect(checkWording('Beste {{ naam }}, tot {{ datum }}.', ['naam', 'datum'])).toBeNull();
    const refusal = checkWording('Beste {{ naam }} van {{ bedrijf }}', ['naam']);
    expect(inLang(refusal!, 'nl')).toContain('{{ bedrijf }}');
    expect(inLang(refusal!, 'en')).toContain('Unknown field');
  });

  it('refuses text that is not valid Liquid', () => {
    expect(checkWording('Beste {{ naam', ['naam'])).not.toBeNull();
  });

  it('fills in values and escapes them and the wording in the HTML', () => {
    const out = renderWording(
      { subject: 'Boeking {{ zaal }}', body: 'Beste {{ naam }},\n\nTot <b>{{ datum }}</b>.' },
      { zaal: 'Grote zaal', naam: '<script>x</script>', datum: '9 december' },
      'nl',
    );
    expect(out.subject).toBe('Boeking Grote zaal');
    expect(out.text).toBe('Beste <script>x</script>,\n\nTot <b>9 december</b>.\n');
    expect(out.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(out.html).toContain('Tot &lt;b&gt;9 december&lt;/b&gt;.');
    expect(out.html).not.toContain('<script>');
  });

  it('refuses to render a value that is missing', () => {
    expect(() => renderWording({ subject: 'x', body: '{{ naam }}' }, {}, 'nl')).toThrow();
  });
});
