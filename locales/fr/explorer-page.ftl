## The explorer's page: its header, its sections and their hints.

# The browser tab's title.
page-title = { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
page-meta-description = Faites glisser le long d’une frise chronologique des étapes d’allègement des sanctions, des réformes, des mesures de confiance et des chocs, et voyez ce qui pourrait s’ensuivre : la confiance des deux côtés, la reprise économique et le risque de rupture, sur de nombreux futurs simulés.
# A link that keyboard users meet first, which jumps past the header.
page-skip-link = Aller à la frise chronologique

## The header

# Under the page's name on a wide screen.
page-tagline-long = Échelonner l’allègement des sanctions : une illustration, pas une prévision
# Under the page's name on a phone, in place of page-tagline-long: keep it short.
page-tagline-short = Une illustration, pas une prévision
# Read by screen readers before the scenario's title; keep the space at the end.
page-scenario-label = Scénario :{ " " }
# Shown in place of the scenario's title until the page has started.
page-scenario-loading = Chargement…
# Opens a menu of built-in scenarios.
page-presets-button = Scénarios
# Opens a dialog that explains the model.
page-how-button = Fonctionnement
# The name of the group holding Undo and Redo, for screen readers.
page-edit-history =
    .aria-label = Historique des modifications
# On a phone only the icon shows; the word is read by screen readers.
page-undo = Annuler
page-undo-button =
    .title = Annuler (Ctrl+Z)
page-redo = Rétablir
page-redo-button =
    .title = Rétablir (Maj+Ctrl+Z)
page-share-button = Partager
# On a phone the header's less used buttons fold under this one.
page-more-button = Plus
page-open-button = Ouvrir…
    .title = Ouvrir un fichier de scénario (ou le déposer sur la page)
# Opens a menu of files to download.
page-export-button = Exporter
page-embed-button = Intégrer
# Returns to the scenario the page opened with.
page-start-over = Recommencer
# A link to the page for running a workshop with a group.
page-workshop-link = Atelier
# Shown only when the browser runs no scripts.
page-noscript = { brand-name } a besoin de JavaScript et de WebAssembly pour faire tourner son modèle dans votre navigateur. Rien n’est envoyé nulle part.
# The page's opening sentence. $runs is how many simulated futures the charts summarise.
page-intro = Dans quel ordre lever les sanctions ? Faites glisser les étapes le long de la frise chronologique ; les graphiques montrent ce qui pourrait s’ensuivre dans <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] futur simulé
       *[other] futurs simulés
    }.

## The timeline

# The timeline's heading; the unit is shown smaller.
timeline-heading = Frise chronologique <span data-l10n-name="unit">(mois)</span>
# Under the timeline's heading. Enter and Delete are keys on the keyboard.
timeline-hint = Faites glisser les étapes, ou sélectionnez-en une et utilisez les touches fléchées. Entrée permet de la modifier ; Suppr de la supprimer.
# The heading of the list of warnings about the order of the steps.
timeline-warnings-heading = Cohérence de la séquence

## Adding a step (a panel that folds open under the timeline)

palette-summary = Ajouter une étape
# Followed by a field holding a month number.
palette-month-label = Placer les nouvelles étapes au mois

## "Suggest a better order" (a panel that folds open under the timeline)

suggest-summary = Suggérer un meilleur ordre
# “Risk and recovery together” is the first choice of suggest-aim-label's list (suggest-aim-score).
suggest-hint = Le modèle essaie d’autres mois pour vos étapes, retient l’ordre qui répond le mieux à votre objectif, puis le teste sur de nouveaux futurs simulés. Il ne suggère rien si le gain ne dépasse pas deux fois le bruit statistique. « Risque et reprise ensemble » compte un point de reprise économique, en moyenne sur les mois, comme un demi-point de risque.
# A list's label: what the search tries to do best on.
suggest-aim-label = Objectif
suggest-aim-score = Risque et reprise ensemble
suggest-aim-breakdown = Risque de rupture seul
# Followed by a field holding a month number.
suggest-month-label = Risque de rupture au mois
# Followed by a field holding a month number.
suggest-not-before-label = Ne déplacer aucune étape avant le mois
# Followed by a field holding a number of months.
suggest-gap-label = Mois entre deux étapes d’allègement, au minimum
# The label of a checkbox.
suggest-flags-label = La recherche peut aussi décider si une étape attend le respect vérifié des engagements, ou si elle s’accompagne de critères publics
suggest-run-button = Rechercher
suggest-cancel-button = Annuler

## The charts

# The charts' heading; charts-heading-futures follows it, smaller.
charts-heading = Ce qui pourrait s’ensuivre
# Follows charts-heading. $runs is how many simulated futures the charts summarise.
charts-heading-futures = dans <span data-l10n-name="runs">{ $runs }</span> { $runs ->
        [one] futur simulé
       *[other] futurs simulés
    }
# The legend of the lines drawn on every chart, for screen readers.
charts-shared-legend =
    .aria-label = Lignes communes à tous les graphiques
# Keeps the charts' current lines as a dashed line to compare later changes with.
charts-pin-baseline = Épingler comme référence
charts-matters-button = Qu’est-ce qui compte le plus ?
charts-doubt-legend =
    .aria-label = Ce que l’incertitude du modèle ajoute aux graphiques
charts-loading = Chargement du modèle…
# Shown when "Model doubt" is ticked. "The ranges" links to the model's documentation (in English).
charts-model-doubt-help = L’incertitude du modèle refait tourner chaque futur en tirant les chiffres internes du modèle dans leurs fourchettes plausibles. Bords en pointillés : là où tombent alors 8 futurs sur 10, hasard et incertitude confondus ; zone ombrée sur le risque : jusqu’où le risque pourrait bouger si les chiffres du modèle sont inexacts. <a data-l10n-name="ranges">Les fourchettes (en anglais)</a>.
charts-baseline-note = Bandes : la moitié centrale et 8 sur 10 des futurs simulés ; un chiffre cité dans le texte est assorti de sa moitié centrale. La ligne grise en tirets est la référence : le scénario tel que la page l’a ouvert. Épinglez le scénario actuel pour lui comparer les changements suivants.
# A panel that folds open to show the charts' numbers as a table.
charts-table-summary = Tableau
charts-table-region =
    .aria-label = Tableau de la projection

## The selected step's editor

page-editor-heading = Étape sélectionnée
page-editor-empty = Sélectionnez une étape sur la frise pour changer son mois, son ampleur ou ses modalités.
page-editor-month-label = Mois
page-editor-size-label = Ampleur
page-editor-size-help = Pour un allègement : la part de l’ensemble des sanctions qu’il lève. Pour les autres étapes : jusqu’où elles vont.
# Which of the sanctioning parties (the "senders", e.g. US, EU) a step belongs to.
page-editor-sender-label = Auteur des sanctions
page-editor-sender-help = De quel auteur des sanctions il s’agit.
page-editor-expires-label = Expire après (mois)
# Shown in the empty field: a step that never expires.
page-editor-expires-field =
    .placeholder = jamais
page-editor-expires-help = Vide : jamais. Sinon, l’allègement prend fin ce nombre de mois après avoir été accordé, sauf si le respect vérifié des engagements le renouvelle.
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-conditional = Conditionnelle <span data-l10n-name="gloss">— attend que le respect des engagements ait été vérifié</span>
# A checkbox's label: the word, then what it means in smaller, muted type.
page-editor-transparent = Transparente <span data-l10n-name="gloss">— annoncée avec des critères publics</span>
page-editor-delete = Supprimer cette étape

## Assumptions and the simulation's settings

page-assumptions-heading = Hypothèses
page-assumptions-hint = Ce que les futurs simulés tiennent pour acquis. Chaque hypothèse est un nombre de 0 à 1.
# The sanctioning parties.
page-senders-legend = Auteurs des sanctions
page-senders-help = Qui impose les sanctions. Laissez vide s’il n’y a qu’un seul camp à l’origine des sanctions. Nommez-les pour accorder à chacun son propre allègement, par exemple États-Unis, UE, ONU.
# The field where a reader types a new sender's name; the placeholder is an example of one.
page-new-sender =
    .placeholder = ex. : UE
    .aria-label = Nouvel auteur des sanctions
page-add-sender = Ajouter un auteur
page-simulation-heading = Simulation
page-horizon-label = Mois à projeter
page-horizon-help = Les étapes placées au-delà de la fin sont ramenées à son dernier mois.
page-runs-label = Futurs simulés
page-runs-help = Plus il y a de futurs, plus les bandes sont lisses, mais plus les mises à jour sont lentes.
# The number that starts the random draws of the simulated futures.
page-seed-label = Graine
page-new-seed = Nouvelle graine
page-seed-help = Un même scénario avec la même graine donne toujours les mêmes futurs.
# A checkbox's label.
page-model-doubt-label = Incertitude du modèle
page-model-doubt-hint = Refait tourner chaque futur en tirant les chiffres internes du modèle dans leurs fourchettes plausibles, pour montrer à quel point la réponse en dépend (deux fois plus de calculs).

## The footer

# The page's version (explorer-version) follows it.
page-footer = { brand-name } fait tourner son modèle entièrement dans votre navigateur ; rien de ce que vous faites ici n’est envoyé nulle part. Les chiffres viennent d’un modèle simple de la confiance, de la vérification et de la rupture, et non de données sur un pays réel.

## Dialogs and the editor as a sheet on a phone

# The button that closes a dialog.
dialog-close = Fermer
# On a phone the selected step's editor opens over the bottom of the screen; this button closes it.
sheet-done = Terminé
# The name screen readers give the editor while it covers the bottom of the screen.
sheet-label = Étape sélectionnée, en panneau par-dessus la page

## The first visit's invitation to drag a step (in place of timeline-hint)

# It should be about as long as timeline-hint.
invite-hint = Première visite ? Faites glisser l’étape entourée, ou sélectionnez-la et utilisez les touches fléchées, puis observez les graphiques.
# On a touch screen.
invite-hint-touch = Première visite ? Faites glisser du doigt l’étape entourée sur le côté, et regardez les graphiques changer.

## Limits: large scenarios, full lists and numbers out of range

# Under the charts' heading while a large scenario's futures are still being counted. $runs is how many there are in all.
limits-refining = Affinage : calcul de l’ensemble des { $runs } futurs simulés…
# $max is how many steps a scenario may have, $count how many this one has.
limits-steps-full = Un scénario compte au plus { $max } étapes, et celui-ci en a { $count }. Supprimez-en une avant d’en ajouter une autre.
# $max is how many shocks a scenario may have, $count how many this one has.
limits-shocks-full = Un scénario compte au plus { $max } chocs, et celui-ci en a { $count }. Supprimez-en un avant d’en ajouter un autre.
# Under a number field whose entry was refused. $field is the field's name ("Simulated futures"); $min and $max the numbers allowed; $entry what the reader typed. $problem says what was wrong: "bad" (not a number), "empty" (nothing typed) or "out" (a number outside the range, or not whole).
limits-number-refused = { $problem ->
        [bad] { $field } doit être un nombre entier de { $min } à { $max } ; ce n’est pas un nombre.
        [empty] { $field } doit être un nombre entier de { $min } à { $max } ; le champ est resté vide.
       *[out] { $field } doit être un nombre entier de { $min } à { $max } ; { $entry } ne convient pas.
    }
# As limits-number-refused, for a field that may be left empty. $empty says what an empty field means ("never").
limits-number-refused-optional = { $problem ->
        [bad] { $field } doit être un nombre entier de { $min } à { $max }, ou rester vide ({ $empty }) ; ce n’est pas un nombre.
       *[out] { $field } doit être un nombre entier de { $min } à { $max }, ou rester vide ({ $empty }) ; { $entry } ne convient pas.
    }
# Follows limits-number-refused: the field shows its last good number, $kept, again.
limits-number-kept = Valeur conservée : { $kept }.
# Follows limits-number-refused-optional: the field is empty again. $empty says what that means ("never").
limits-number-kept-empty = Le champ reste vide ({ $empty }).

## When the model fails

# In the page's error box. The words between <strong> and </strong> are shown in bold; keep the tags. $detail is the browser's technical name for the failure (in English).
failure-model-stopped = <strong>Le modèle s’est arrêté de manière inattendue</strong> ({ $detail }). Votre scénario est conservé : rechargez la page pour reprendre à partir du dernier scénario calculé. La console du navigateur contient un rapport destiné au suivi des problèmes du projet.
failure-reload = Recharger

## A new version, installed while the page was open

offline-update-ready = Une nouvelle version de { brand-name } est prête.
offline-update-reload = Recharger pour l’utiliser
