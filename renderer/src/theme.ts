import {
  Autocomplete,
  Badge,
  Combobox,
  Drawer,
  Modal,
  MultiSelect,
  Select,
  TagsInput,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

/** A calm Rotterdam green-teal; shade 8 (the filled shade) keeps white text above 6:1. */
const wijk: MantineColorsTuple = [
  '#e7f6f3',
  '#cfeae5',
  '#a1d5cb',
  '#6fbfaf',
  '#47ad98',
  '#2ea28a',
  '#1b9a82',
  '#12806f',
  '#0a6b5d',
  '#045c4f',
];

// Mantine's green, orange and yellow are too light for white or tinted text at shade 8/9 (WCAG AA);
// only those two shades are darkened so the rest of each palette stays familiar.
const darken = (tuple: MantineColorsTuple, s8: string, s9: string): MantineColorsTuple =>
  [...tuple.slice(0, 8), s8, s9] as unknown as MantineColorsTuple;

const fontFamily =
  'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

/** Tinted (light) and outline variants use the darkest shades for their text so small labels stay readable. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return base;
  const c = parsed.color;
  if (input.variant === 'light')
    return { ...base, color: `var(--mantine-color-${c}-9)`, hoverColor: `var(--mantine-color-${c}-9)` };
  if (input.variant === 'outline' || input.variant === 'subtle' || input.variant === 'transparent') {
    return {
      ...base,
      color: `var(--mantine-color-${c}-8)`,
      hoverColor: `var(--mantine-color-${c}-9)`,
      border: input.variant === 'outline' ? `1px solid var(--mantine-color-${c}-8)` : base.border,
    };
  }
  return base;
};

export const theme = createTheme({
  primaryColor: 'wijk',
  primaryShade: 8,
  colors: {
    wijk,
    green: darken(DEFAULT_THEME.colors.green, '#237a36', '#1b6b2d'),
    orange: darken(DEFAULT_THEME.colors.orange, '#b34100', '#a63c06'),
    yellow: darken(DEFAULT_THEME.colors.yellow, '#8a5a00', '#7a4f00'),
  },
  fontFamily,
  headings: { fontFamily, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver,
  components: {
    // Capitals shout; a calm interface keeps badge text as written.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
    // Pick lists here are short (14 gebieden, 12 facilities); showing them whole avoids a scroll
    // box the keyboard cannot reach (the options are chosen with the arrow keys from the input).
    // A list does not open when its field only gets the focus: when a dialog opens, or a check goes to the first
    // field with an error, an open list covered that error and the fields below (issue 18). A click, typing or
    // the arrow keys open it.
    Select: Select.extend({ defaultProps: { maxDropdownHeight: 520, openOnFocus: false } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { openOnFocus: false } }),
    TagsInput: TagsInput.extend({ defaultProps: { maxDropdownHeight: 520, openOnFocus: false } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { maxDropdownHeight: 520, openOnFocus: false } }),
    // Mantine keeps every closed pick list in the page; a form with a dozen of them then builds hundreds
    // of hidden options as it opens (the list is still made when it opens, with its aria-controls).
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // The page behind a dialog keeps its scroll bar (scrolling it is still blocked): hiding the bar changed
    // the page's width, and a calendar of thousands of elements then measured and drew itself again.
    Modal: Modal.extend({ defaultProps: { removeScrollProps: { removeScrollBar: false } } }),
    Drawer: Drawer.extend({ defaultProps: { removeScrollProps: { removeScrollBar: false } } }),
  },
});

/** The default "dimmed" grey is below 4.5:1 on white; use a darker one for help texts and captions. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#6b7178',
    // Error texts and the required asterisk in a red that keeps 4.5:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
