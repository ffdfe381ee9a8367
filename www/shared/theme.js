// The charts' theme, which follows the reader's settings: dark, more contrast, or light; the
// workshop's projector display asks for high contrast. (The projector theme is black on white,
// so a dark page keeps the dark charts.)

const DARK = "(prefers-color-scheme: dark)";
const MORE_CONTRAST = "(prefers-contrast: more)";

/** The chart theme to draw in now: "dark", "high-contrast" or "light". */
export function currentTheme() {
  if (document.documentElement.classList.contains("projector")) return "high-contrast";
  if (matchMedia(DARK).matches) return "dark";
  if (matchMedia(MORE_CONTRAST).matches) return "high-contrast";
  return "light";
}

/** Calls `onChange` whenever the reader's settings change the theme. */
export function onThemeChange(onChange) {
  for (const query of [DARK, MORE_CONTRAST]) matchMedia(query).addEventListener("change", onChange);
}

