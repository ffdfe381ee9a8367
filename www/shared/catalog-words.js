// The model's names and explanations in the reader's language. The wasm module's catalog
// gives them in English (the words of the command line and the exports); in any other language
// the page shows the catalogue's, looked up by the model's keys (`model-step-<key>` and its
// `.explanation`), from locales/<code>/model.ftl, which is written from the same catalog in
// English. The presets' texts are the same: English from the module, another language from
// locales/<code>/preset-texts.ftl.

import { has, lang, t, tAttr } from "./i18n.js";
import { DEFAULT_LANGUAGE } from "./language.js";

/**
 * Replaces the catalog's words by the reader's language's, in place, and returns it. In
 * English the catalog's own words are the page's, and its catalogue leaves them out (see
 * catalogueUrls).
 */
export function translateCatalog(catalog) {
  if (lang() === DEFAULT_LANGUAGE) return catalog;
  for (const step of catalog.steps) {
    step.label = t(`model-step-${step.key}`);
    step.explanation = tAttr(`model-step-${step.key}`, "explanation");
    step.actor_label = t(`model-actor-${step.actor}`);
  }
  for (const shock of catalog.shocks) {
    shock.label = t(`model-shock-${shock.key}`);
    shock.explanation = tAttr(`model-shock-${shock.key}`, "explanation");
  }
  for (const assumption of catalog.assumptions) {
    assumption.label = t(`model-assumption-${assumption.key}`);
    assumption.explanation = tAttr(`model-assumption-${assumption.key}`, "explanation");
  }
  for (const lane of catalog.lanes) lane.label = t(`model-lane-${lane.key}`);
  for (const series of catalog.series) {
    series.label = t(`model-series-${series.key}`);
    series.explanation = tAttr(`model-series-${series.key}`, "explanation");
  }
  for (const chart of catalog.charts) {
    chart.title = t(`model-chart-${chart.key}`);
    chart.description = tAttr(`model-chart-${chart.key}`, "description");
  }
  for (const type of catalog.target_types ?? []) {
    type.label = t(`model-target-${type.key}`);
    type.short_label = tAttr(`model-target-${type.key}`, "short");
  }
  for (const outcome of catalog.outcomes ?? []) {
    outcome.label = t(`model-outcome-${outcome.key}`);
    outcome.explanation = tAttr(`model-outcome-${outcome.key}`, "explanation");
  }
  catalog.breakdown.risk_label = t("model-breakdown-risk");
  catalog.breakdown.hazard_label = t("model-breakdown-hazard");
  catalog.model_uncertainty.edges_label = t("model-doubt-edges");
  catalog.model_uncertainty.range_label = t("model-doubt-range");
  return catalog;
}

/**
 * A preset from the wasm module (`preset(name)`) in the reader's language: its title,
 * description, why its assumptions are set so, what happened and its milestones, from
 * locales/<code>/preset-texts.ftl. Its sources keep their own titles.
 */
export function translatePreset(preset) {
  const id = `preset-${preset.name}`;
  if (!has(id)) return preset;
  preset.scenario.title = t(id);
  preset.scenario.description = tAttr(id, "description");
  preset.assumptions_why = tAttr(id, "assumptions-why");
  if (preset.outcome) preset.outcome = tAttr(id, "outcome");
  preset.milestones?.forEach((milestone, i) => {
    milestone.event = t(`${id}-milestone-${i}`);
  });
  return preset;
}

/** The list of presets (`preset_list()`) with their titles in the reader's language. */
export function translatePresetList(list) {
  for (const item of list) if (has(`preset-${item.name}`)) item.title = t(`preset-${item.name}`);
  return list;
}

/**
 * The scenario a first visit opens (`scenarios/default.json`) with its title and description
 * in the reader's language. Only the untouched default is translated: a scenario a reader or
 * an author wrote keeps their words.
 */
export function translateDefaultScenario(scenario) {
  if (!has("default-scenario")) return scenario;
  scenario.title = t("default-scenario");
  scenario.description = tAttr("default-scenario", "description");
  return scenario;
}
