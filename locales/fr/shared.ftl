### The words the scripts both pages share make: the charts, the timeline, the view around them, the alert box.

## The charts: their captions, legends, the readout of every value at a month, and the table.

# The name a screen reader gives each chart. $title is the chart's title and $description a
# sentence describing it, both from the model.
chart-canvas =
    .aria-label = Graphique « { $title } ». { $description } Utilisez les touches fléchées pour le lire mois par mois.
# The caption under each chart: how to read it, in a sentence a newcomer follows.
chart-note-trust = La confiance est présentée séparément selon que l’État visé est réellement sincère ou non, ce que les auteurs des sanctions ne peuvent pas voir.
chart-note-economy = La part de la production perdue à cause des sanctions qui a été récupérée, de rien à la totalité.
chart-note-risk = La ligne : la part des futurs dans lesquels le processus a été rompu à cette date. Les barres : les ruptures de chaque mois, parmi les futurs encore intacts.
chart-note-leverage = La pression que les auteurs des sanctions conservent encore, de 0 à 1.
chart-note-legitimacy = Le soutien de l’opinion au processus dans la société de l’État visé, de 0 à 1.
chart-note-outcomes = Chaque mois, chaque futur simulé se trouve dans l’un de ces quatre états ; ensemble, ils font 100 %.
# The legends' entries. The line is the median of the simulated futures; the two bands around
# it hold the middle half of them and 8 in 10 of them. Keep them short.
chart-legend-median = Médiane
chart-legend-middle-half = Moitié centrale
chart-legend-eight-in-ten = 8 sur 10
# The dashed line of the scenario the reader pinned to compare with.
chart-legend-baseline = Référence
# The faded line of the curves as they were before the change being made.
chart-legend-before-change = Avant ce changement
# The readout's heading: the month being read, or the scenario's end when none is.
chart-readout-end = À la fin, mois { $month }
chart-readout-month = Mois { $month }
# After the heading, set off by a middle dot: what the figures in brackets are.
chart-readout-range = entre parenthèses, la moitié centrale des futurs
# After the heading at the end, set off by a middle dot.
chart-readout-point = pointez un graphique pour lire un autre mois
# After a value, set off by a middle dot: the same value in the baseline. $value is a figure
# already written out ("42%", "0.61").
chart-readout-baseline = référence { $value }
# The name a screen reader gives the readout's list of the four outcomes.
chart-readout-outcomes =
    .aria-label = Issues
# The caption of the table that stands in for the charts: a row every $stride months.
chart-table-caption =
    { $stride ->
        [one] Chaque mois : la médiane et, entre parenthèses, la fourchette qui contient 8 futurs simulés sur 10.
       *[other] Tous les { $stride } mois : la médiane et, entre parenthèses, la fourchette qui contient 8 futurs simulés sur 10.
    }

## The timeline: months along the top, a lane for each actor, each step or shock a chip.

# Over the lane names, beside the months along the top (read "Month 0 … 48").
timeline-axis-label = Mois
# A suggested order's dashed outline where steps would go: $steps names them (joined by " + "),
# $month is where they would go. Keep it short.
timeline-ghost = { $steps } → { $month }
# The name a screen reader gives a chip: the step's name from the model ($label), and who takes
# the step ($actor, from the model: "sanctioning side", "target").
timeline-chip-step = { $label } ({ $actor })
timeline-chip-shock = { $label } (choc)
# What a screen reader hears as a chip's value: its name, then the parts below, joined by
# timeline-chip-separator: "Sectoral easing, month 14, by EU, expires after 6 months, conditional, transparent".
timeline-chip-month = mois { $month }
# $sender is the name of a sanctioning party, as the reader typed it.
timeline-chip-sender = par { $sender }
timeline-chip-expires = expire au bout de { $months } mois
# The step waits for verified compliance.
timeline-chip-conditional = sous condition
# The step is announced with published criteria.
timeline-chip-transparent = avec critères publics
timeline-chip-separator = { ", " }
# A small tag on a chip for relief that lapses after $months months. Keep it very short.
timeline-chip-expiry-tag = { $months } mois

## The explorer's view, on both pages: what a change did, the sequencing check, and the timeline's key.

# At the head of the readout under the charts, before what the last change did to each chart
# (sentences from the model, joined by view-change-separator).
view-last-change = Le dernier changement :
# Said to screen readers once a change settles: $changes is what it did to each chart, in the
# model's words ("trust by month 48: 0.52 → 0.61 (+0.09); …").
view-change-said = Le changement : { $changes }.
view-change-separator = { " ; " }
# The sequencing check, when it finds nothing to warn of.
view-no-warnings = Aucun problème de séquence détecté.
# The timeline's key: the colour of each kind of step, and the hourglass of a conditional step.
view-key-relief = allègement
view-key-reform = réforme ou mise en conformité
view-key-confidence = mesure de confiance
view-key-shock = choc
view-key-conditional = attend le respect vérifié des engagements

## The page's alert box, on both pages.

# The button that closes the alert box. Keep it short.
dom-dismiss = Fermer

## Why the browser would not keep the reader's work between visits. Each is a clause set inside
## another sentence, after a colon or in brackets, so it starts in lower case and has no full
## stop: "Your changes cannot be kept in this browser: this browser's storage for the page is full."

storage-not-allowed = ce navigateur ne permet pas à la page de conserver quoi que ce soit d’une visite à l’autre
storage-full = l’espace de stockage de ce navigateur réservé à la page est plein

## The language switcher, in both pages' headers.

# Read by screen readers for the menu of languages (beside a globe icon).
language-label = Langue

## The product's name, in every page's header and title.

brand-name = Relief Sequencer
