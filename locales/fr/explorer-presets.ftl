## The Presets menu in the header, and "About this scenario" beside the timeline. The presets'
## own titles and texts come from the model's catalogue.

# The headings of the Presets menu's two groups of built-in scenarios.
presets-kind-illustrative = Illustratifs
presets-kind-historical = Tirés de l’histoire

# The heading of the panel that tells the reader about the scenario shown.
presets-about-heading = À propos de ce scénario
# Shown in place of a scenario's title when it has none.
presets-untitled-scenario = Scénario sans titre
# What kind of scenario the panel is about.
presets-about-kind-illustrative = Un scénario prédéfini illustratif
presets-about-kind-historical = Un scénario prédéfini tiré de l’histoire
# Follows presets-about-kind-… once the reader has changed the preset.
presets-about-changed = modifié : les notes ci-dessous décrivent le scénario prédéfini tel qu’il a été publié

presets-outcome-heading = Ce qui s’est passé ensuite
presets-assumptions-heading = Les hypothèses retenues, et pourquoi
presets-sources-heading = Sources
# Shown for a source that has neither a title nor an address.
presets-untitled-source = Source sans titre
# A source whose address cannot be followed as a link is shown with it in brackets.
presets-source-with-address = { $title } ({ $url })

## The milestones of a preset from history: a table

presets-milestones-heading = Jalons
# The table's caption, for screen readers.
presets-milestones-caption = Jalons : le mois sur la frise chronologique, la date et ce qui s’est passé
# The table's column headings.
presets-milestones-month = Mois
presets-milestones-date = Date
presets-milestones-event = Événement
# A button showing a month number on the timeline; it reads the charts at that month.
presets-milestone-month = { $month }
    .aria-label = Mois { $month } : l’afficher sur les graphiques

## The note under "About this scenario"

# Shown in bold; presets-note-historical or presets-note-illustrative follows it.
presets-note-lead = Une illustration, pas une prévision.
# Quotes the heading presets-outcome-heading.
presets-note-historical = Le modèle rejoue cette séquence sous les hypothèses ci-dessus pour montrer comment une telle séquence tend à se dérouler ; il ne reproduit ni ne prédit ce qui s’est passé. Ce qui s’est réellement passé figure sous « { presets-outcome-heading } ».
presets-note-illustrative = Le modèle montre comment une séquence de ce type tend à se dérouler sous ses hypothèses ; il ne prédit aucun cas réel.
