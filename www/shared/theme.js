// The charts' theme, which follows the reader's settings: dark, more contrast, or light; the
// workshop's projector display asks for high contrast. (The projector theme is black on white,
// so a dark page keeps the dark charts.) An embed can be given a theme of its own (`&theme=`,
// explorer/io/embed-options.js): the article chose it, so it wins over the reader's settings,
// for the charts here and for the page's colours in css/io.css.

const DARK = "(prefers-color-scheme: dark)";
const MORE_CONTRAST = "(prefers-contrast: more)";

/** The themes the charts can be drawn in, and that a page can be forced to. */
export const THEMES = ["light", "dark", "high-contrast"];

/** The theme the page was forced to (a `theme-NAME` class on <html>), or null. */
export function forcedTheme() {
  const classes = document.documentElement.classList;
  return THEMES.find((theme) => classes.contains(`theme-${theme}`)) ?? null;
}

/** Forces the page's colours and the charts' theme to `theme`, one of THEMES. */
export function forceTheme(theme) {
  if (!THEMES.includes(theme)) throw new Error(`unknown theme ${JSON.stringify(theme)}`);
  const classes = document.documentElement.classList;
  for (const other of THEMES) classes.remove(`theme-${other}`);
  classes.add(`theme-${theme}`);
}

/** The chart theme to draw in now: "dark", "high-contrast" or "light". */
export function currentTheme() {
  if (document.documentElement.classList.contains("projector")) return "high-contrast";
  const forced = forcedTheme();
  if (forced) return forced;
  if (matchMedia(DARK).matches) return "dark";
  if (matchMedia(MORE_CONTRAST).matches) return "high-contrast";
  return "light";
}

/** Calls `onChange` whenever the reader's settings change the theme. */
export function onThemeChange(onChange) {
  for (const query of [DARK, MORE_CONTRAST]) matchMedia(query).addEventListener("change", onChange);
}
