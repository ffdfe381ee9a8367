### The panels beside the timeline and the dialogs that explain the charts: the words their scripts make.

## The "Add a step" palette beside the timeline.

# The field's name at the start of a sentence that refuses a bad value:
# "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0."
palette-month-field = Le mois des nouvelles étapes

## The editor of the selected step or shock ("Selected step").

# The month field's name at the start of a sentence that refuses a bad value:
# "Month must be a whole number from 0 to 47; 60 is not. Kept 6."
editor-month-field = Le mois
# The expiry field's name at the start of a sentence that refuses a bad value:
# "Expires after (months) must be a whole number from 1 to …, or empty for never; …"
editor-expires-field = La durée avant expiration (en mois)
# What leaving the expiry empty means, placed in "…, or empty for never; …" and "Kept it empty (never)".
editor-expires-empty = jamais
# Beside the selected item's name, when it is a shock.
editor-actor-shock = (choc)
# Beside the selected step's name: who takes it. $actor is the actor's name from the model
# ("sanctioning side", "target").
editor-actor = ({ $actor })
# Under the sender menu, for a step of relief.
editor-sender-help-relief = L’auteur des sanctions qui accorde cet allègement.
# Under the sender menu, for the shock in which a sender walks out of the deal.
editor-sender-help-withdrawal = L’auteur des sanctions qui se retire.
editor-delete-step = Supprimer cette étape
editor-delete-shock = Supprimer ce choc

## The assumptions: the model's settings, the simulation, and the scenario's senders.

# Beside the horizon slider. $months is the number of months the scenario runs.
assumptions-horizon-value = { $months } mois
# The field's name at the start of a sentence that refuses a bad value:
# "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000."
assumptions-runs-field = Le nombre de futurs simulés
# The random seed's field name, at the start of a sentence that refuses a bad value:
# "Seed must be a whole number from 0 to …; -4 is not. Kept 7."
assumptions-seed-field = La graine
# The name a screen reader gives each sender's text field. $number counts from 1.
assumptions-sender-field = Auteur des sanctions { $number }
# The button beside each sender. Its aria-label names the sender the reader typed ($name).
assumptions-sender-remove = Retirer
    .aria-label = Retirer { $name }
assumptions-senders-too-many = Un scénario compte au plus { $max } auteurs des sanctions ; retirez-en un avant d’en ajouter un autre.
# "EU" is an example of a short name for a sanctioning party.
assumptions-sender-name-empty = Un auteur des sanctions doit avoir un nom, par exemple « UE ».
# $max is the longest a name may be; $count is the length of the name typed.
assumptions-sender-name-too-long = Le nom d’un auteur des sanctions compte au plus { $max } caractères, et celui-ci en a { $count }.
# $name is the name the reader typed.
assumptions-sender-name-taken = « { $name } » est déjà un auteur des sanctions ; donnez à chacun son propre nom.
# Follows a refused new name for a sender: the old name ($name) stays.
assumptions-sender-kept = Nom conservé : « { $name } ».
# A sender cannot be removed while steps name it. $users lists them (see the next messages).
assumptions-sender-still-used = « { $name } » est encore l’auteur des sanctions pour : { $users }.
# One step or shock in that list: its name from the model, and its month.
assumptions-sender-user = { $step } (mois { $month })
# The end of a long list, in place of the rest: "Sectoral easing (month 6), Travel easing (month 9), Asset unfreezing (month 12) and 3 more".
assumptions-sender-users-more = { $count } autres
# The list's last two parts: $first is the earlier items joined by the separator below.
assumptions-sender-users = { $first } et { $last }
# Between the items of a list, before the last two.
assumptions-list-separator = { ", " }
# Said when removing the first of several senders: steps naming no sender belong to it.
assumptions-sender-implied = Une étape qui ne nomme aucun auteur des sanctions relève du premier d’entre eux.
# "Selected step" is the name of the panel where a step's sender is chosen.
assumptions-sender-choose-another = Choisissez-leur un autre auteur des sanctions sous « Étape sélectionnée », puis retirez celui-ci.

## "Why?": the dialog that ranks what moved a series at a month, and the buttons that open it.

# The name of the breakdown risk in the dialog's menu of series (the other names come from the model).
why-series-backsliding-risk = Risque de rupture
why-dialog-title = Pourquoi ?
# The dialog's two fields read as a phrase: "Explain [Trust in the target] at month [30]".
why-series-label = Expliquer
why-month-label = au mois
why-result =
    .aria-label = L’explication
# The legend of the bars, beside their two colours: what a step or shock did to the value.
why-legend-down = l’a fait baisser
why-legend-up = l’a fait monter
# The button under each chart. Its full name, heard by screen readers, is made of this message,
# then the month it would explain (one of the next two), then why-button-explain:
# "Why? month 30: explain trust in the target". Keep it short: it sits in a chart's caption.
why-button = Pourquoi ?
why-button-at-end = fin
why-button-at-month = mois { $month }
# Heard only by screen readers, after the words on the button. $series is a series' name from
# the model, in lower case ("trust in the target"), or "these values".
why-button-explain = { "\u00A0" }: expliquer { $series }
# $horizon is the last month of the scenario; $month is the month kept.
why-month-error = Le mois doit être un nombre entier de 0 à { $horizon } ; mois { $month } conservé.
# The explanation's first sentence, when the month is the scenario's end. $series is the
# series' name from the model ("Trust in the target"); $value and $bare are figures already
# written out ("42%", "0.61"): with every step and shock, and with none.
why-lead-at-end = { $series } à la fin (mois { $month }) est de { $value } en moyenne sur l’ensemble des futurs simulés ; sans aucune étape ni aucun choc, on obtiendrait { $bare }.
# The same, at any other month.
why-lead-at-month = { $series } au mois { $month } est de { $value } en moyenne sur l’ensemble des futurs simulés ; sans aucune étape ni aucun choc, on obtiendrait { $bare }.
# Introduces the ranked list below it.
why-lead-ranking = Ce qui l’a fait bouger, de l’effet le plus fort au plus faible :
# In place of the list, at month 0 or when the scenario has no steps and no shocks.
why-none-yet = Rien pour l’instant : aucune étape ni aucun choc ne l’avait sensiblement fait bouger à cette date.
why-none = Aucune étape ni aucun choc ne l’a sensiblement fait bouger à cette date.
# A change in percentage points; $change is a signed figure already written out ("+3.1", "−0.25").
why-points = { $change } points
# The note under the list. $runs is how many simulated futures were run.
why-note-method = Chaque barre montre l’effet d’une seule étape ou d’un seul choc : les mêmes { $runs } futurs ont été recalculés sans cet élément.
# $change is a signed figure ("+0.12", "−3.1 points"); $bare and $value as in the first sentence.
why-note-together = Toutes les étapes et tous les chocs réunis l’ont fait varier de { $change }, de { $bare } sans aucun d’eux à { $value }.
why-note-adds-up = Les étapes agissent les unes sur les autres, si bien que la somme des barres n’est pas forcément égale au total : ici, elle l’est.
# $sum is what the bars add up to and $rest the remainder, both signed figures ("+0.12", "−3.1 points").
why-note-interaction = Les étapes agissent les unes sur les autres, si bien que la somme des barres n’est pas forcément égale au total : ici, elle atteint { $sum }, et le reste, { $rest }, vient de l’action des étapes les unes sur les autres.
# When the scenario is large, fewer futures are run: $runs of its $total.
why-note-estimate = Pour répondre vite, le calcul a utilisé { $runs } des { $total } futurs du scénario : les chiffres sont donc une estimation proche.

## "How the model works": the dialog with a paragraph on each mechanism behind the charts,
## each linking to its section of the model document (model.html, in English).

how-dialog-title = Comment fonctionne le modèle
how-lead = Un modèle simple de la confiance, de la vérification et de la rupture, tiré des recherches sur les sanctions et la coopération. Chaque élément en un paragraphe :
# A link to the whole model document, which is in English; the next message follows it in the same sentence.
how-doc-link = Lire le document complet sur le modèle
# Follows the link above: "Read the whole model document (equations, parameters and sources)."
how-doc-link-contents = (équations, paramètres et sources ; en anglais).
# A link at the end of each paragraph to its section of the model document. Its aria-label
# names the paragraph: $title is the paragraph's title.
how-more = En savoir plus dans le document sur le modèle
    .aria-label = { $title } : en savoir plus dans le document sur le modèle
# A small button in each chart's caption that opens this dialog at the chart's mechanism. Keep it
# short. Its aria-label names the chart: $chart is the chart's title from the model.
how-chart-button = Fonctionnement
    .aria-label = Fonctionnement : { $chart }

## The mechanisms, in the order the dialog shows them: a title, then one paragraph.

# Each paragraph below explains one mechanism of the model in plain words, under its title.
# The model document it links to is in English. "8 in 10" and "the middle half" name the
# bands drawn around each chart's line.
how-futures-title = De nombreux futurs possibles, pas une prévision
how-futures = Chaque graphique montre ce qui se passe dans de nombreux futurs simulés (1 000, sauf si vous changez ce nombre). Dans chacun d’eux, l’État visé est en secret soit un réformateur qui compte respecter ses engagements, soit un saboteur qui n’en a pas l’intention, et personne dans le modèle ne peut savoir lequel. Mois après mois, le hasard décide si l’État visé rompt une promesse, si les observateurs s’en aperçoivent et si le processus survit. La ligne correspond au futur médian ; les bandes contiennent la moitié centrale des futurs et 8 sur 10 d’entre eux. C’est une illustration de la manière dont les séquences tendent à se dérouler sous les hypothèses que vous fixez, non une prévision pour un cas réel.

how-trust-title = La confiance est une conviction, mise à jour au vu des faits
how-trust = La confiance envers l’État visé est la conviction des auteurs des sanctions qu’il s’agit d’un réformateur. Chaque mois, ils pèsent ce qu’ils ont observé, une alerte des observateurs ou un mois sans incident, selon la probabilité de l’observer chez un réformateur et chez un saboteur (règle de Bayes). Un mois sans incident sous une bonne vérification accroît un peu la confiance ; une alerte la fait baisser. Sans vérification, les alertes ne sont que des rumeurs, aussi probables après un bon comportement qu’après un mauvais : on n’apprend rien, et la confiance reste à son niveau de départ.

how-verification-title = Vérifier, c’est détecter des signaux
how-verification = Les observateurs ne repèrent une violation réelle qu’une partie du temps (le taux de détection), et donnent parfois l’alerte alors qu’il ne s’est rien passé (une fausse alerte). La surveillance indépendante élargit ce que voient les vérificateurs ; les audits, les comités conjoints, les critères publics et l’échange d’informations écartent les fausses alertes. Une meilleure vérification a deux effets : les mois sans incident deviennent de véritables indices, et les violations d’un saboteur ont de bonnes chances d’être repérées.

how-signals-title = Les étapes coûteuses sont des signaux
how-signals = Un État visé qui n’est pas sincère fera semblant d’accomplir une étape promise quand faire semblant coûte peu et que l’étape débloque un allègement, et y renoncera quand un simulacre risque d’être démasqué. Un État visé sincère, lui, l’accomplit. Une étape ne fait donc bouger la confiance que dans la mesure où une tricherie aurait pu être démasquée : une étape coûteuse placée sous vérification, ou annoncée ouvertement là où la presse peut la contrôler, permet de distinguer les deux types d’État visé ; un geste que personne ne peut contrôler n’apporte presque rien.

how-strategy-title = Un État visé qui n’est pas sincère joue pour obtenir l’allègement
how-strategy = Un État visé qui n’a pas l’intention de respecter ses engagements se tient tout de même tranquille tant que l’allègement est promis et que les moyens de pression sont conservés, puis triche davantage une fois la dernière tranche accordée (la fin de partie). Une vérification à laquelle il croit, et un rétablissement des sanctions auquel il s’attend, le retiennent. Une tricherie que personne ne voit peut tout de même être révélée plus tard, par des audits, des observateurs ou des organisations de veille.

# "reneging at home" is the name of an assumption the reader sets (its label comes from the model).
how-party-title = Les auteurs des sanctions ont leur propre politique intérieure
how-party = Les auteurs des sanctions reprennent l’allègement de leur propre chef quand leur confiance tombe bas, et un nouveau gouvernement ou un nouveau Parlement peut se retirer de l’accord (l’hypothèse « Revirement intérieur »), d’autant plus probablement que l’accord leur a coûté des soutiens. Quand il y a plusieurs auteurs des sanctions, celui qui se retire ne reprend que son propre allègement, et ses sanctions secondaires freinent l’effet de l’allègement accordé par les autres. Un allègement assorti d’une échéance prend fin, sauf si le respect vérifié des engagements le renouvelle.

how-outcomes-title = Quatre issues possibles pour un futur
how-outcomes = Chaque mois, chaque futur simulé se trouve dans l’un de quatre états : l’accord tient ; un État visé qui n’est pas sincère conserve l’allègement tandis que sa tricherie passe inaperçue ; sa tricherie a été détectée, et les sanctions rétablies ou l’allègement retenu (la vérification a joué son rôle) ; ou l’accord s’est effondré sans que la tricherie soit prouvée. Le graphique de la confiance répartit ces mêmes futurs selon que l’État visé est sincère ou non.

how-noise-title = Bruit et indulgence
how-noise = Quand une alerte est donnée, les auteurs des sanctions réagissent avec une probabilité qui dépend de leur sévérité (l’hypothèse « Indulgence ») et de la probabilité qu’ils attribuent à la réalité de l’alerte. Réagir à une fausse alerte punit un État visé qui n’a rien fait, ce qui entame sa confiance dans le processus. Un peu d’indulgence évite que des erreurs de bonne foi et de fausses alertes ne défassent un accord, comme dans les travaux d’Axelrod sur la coopération en présence de bruit ; trop d’indulgence permet à un saboteur de commettre des violations en toute impunité.

how-conditional-title = Étapes conditionnelles et périodes d’examen
how-conditional = Une étape conditionnelle attend, à son mois ou plus tard, que les auteurs des sanctions aient constaté une période d’examen faite de mois consécutifs sans incident et vérifiés : quatre, ou deux lorsque des critères publics précisent ce qui compte. Toute alerte remet le compteur à zéro. Chaque déblocage ouvre une nouvelle période d’examen pour l’étape suivante. Sans aucune étape de vérification, l’allègement conditionnel n’arrive jamais ; un allègement retenu alors qu’il a été mérité érode lentement la confiance de l’État visé.

how-target-trust-title = La confiance de l’État visé
how-target-trust = L’État visé, lui aussi, doit croire que l’allègement, une fois promis, viendra et durera. Sa confiance grandit quand l’allègement arrive à temps, davantage encore lorsqu’il est annoncé ouvertement ou appuyé par un garant ; elle baisse quand un allègement mérité est retenu, quand l’État visé est puni pour une violation qu’il n’a pas commise, quand les dirigeants changent du côté des auteurs des sanctions et quand le processus est rompu. Un État visé qui s’attend de toute façon à ce que l’allègement lui soit repris a moins de raisons de respecter ses engagements.

how-leverage-title = Moyens de pression
how-leverage = Les moyens de pression, c’est la pression qui n’a pas encore été allégée, plus la part de l’allègement déjà accordé qu’un rétablissement automatique crédible pourrait reprendre. Chaque étape d’allègement en consomme une partie : un allègement concentré au départ les dépense donc tôt. Une clause de rétablissement automatique ne préserve des moyens de pression que dans la mesure où la vérification pourrait détecter la violation qui la déclencherait. Les moyens de pression comptent parce qu’ils dissuadent un saboteur dont l’économie dépend des canaux sanctionnés.

how-economy-title = L’économie : canaux rapides et canal lent
how-economy = Chaque type d’allègement ouvre un canal économique. Les canaux rapides, comme la réouverture d’un secteur d’exportation ou le dégel d’avoirs, portent leurs fruits en quelques mois. Le canal lent, celui des banques et des paiements, porte ses fruits sur plusieurs années, à une vitesse fixée par la confiance des investisseurs : les critères publics, la confiance de l’État visé, les garanties et la marge de manœuvre politique des auteurs des sanctions l’accélèrent ; un rétablissement automatique sans critères publics et toute rupture la ralentissent. L’allègement humanitaire et les déplacements apportent des bénéfices visibles au quotidien.

how-legitimacy-title = Légitimité
how-legitimacy = Le soutien de l’opinion au processus, dans la société de l’État visé, évolue chaque mois vers un niveau fixé par ce que la population peut voir : l’allègement et l’accès humanitaires, les réformes, les voies de plainte et de recours, la parole donnée à la société civile et la reprise économique le font monter ; des partisans de la ligne dure puissants, les difficultés, un allègement annoncé qui n’est pas venu, les tensions et la rupture le font baisser, de même que des parrains extérieurs si présents que leur rôle passe pour du paternalisme.

# “Tactical theater” quotes the phrase critics of unverified relief use; keep it in quotation marks.
how-capital-title = Capital politique et « mise en scène tactique »
how-capital = Les auteurs des sanctions ont besoin d’une marge de manœuvre intérieure pour continuer. Le respect vérifié des engagements la renforce. Un allègement accordé sans rien pour le vérifier passe, aux yeux de l’opinion intérieure, pour une « mise en scène tactique », et son coût croît plus vite que son montant : un peu est toléré, beaucoup ne l’est pas. À mesure que s’accumulent les mois sans incident vérifiés, cet allègement non vérifié cesse de peser contre eux. Un faible capital politique accroît le risque de rupture et rend les investisseurs plus prudents.

how-hazard-title = Le risque de rupture
how-hazard = Chaque mois, un processus intact peut être rompu : une partie quitte la table, revient sur ses engagements, ou l’accord s’effondre. La probabilité mensuelle augmente avec la méfiance des deux côtés, avec les saboteurs (des partisans de la ligne dure face à une opinion qui ne soutient pas le processus, amplifiés par les pays voisins et par l’incertitude sur l’État visé), avec la perte de capital politique et avec les chocs récents ; elle diminue avec les garanties. Un rétablissement automatique qui se déclenche, une tricherie prouvée alors que l’allègement est en vigueur, ou l’expiration du dernier allègement en vigueur mettent aussi fin au processus. Les négociations peuvent reprendre plus tard, avec la confiance qui subsiste. Le graphique du risque montre la part des futurs rompus au moins une fois jusque-là, et ses barres la probabilité d’une première rupture au cours de chaque mois.

how-shocks-title = Chocs
how-shocks = Les chocs frappent au mois prévu : une attaque de saboteurs accroît les tensions et coûte du soutien et du capital politique ; un changement de dirigeants du côté des auteurs des sanctions entame la confiance de l’État visé et le capital politique ; une crise régionale accroît les tensions, davantage encore lorsque les pays voisins réagissent fortement ; un choc économique fait reculer pour un temps la reprise et le soutien. Les tensions retombent en un mois ou deux, mais une rupture qu’elles ont provoquée, elle, demeure.

# “Model doubt” is the label of a tick box in the "Simulation" section of the page; use the
# same words as that box and that section.
how-doubt-title = Le modèle est-il sûr de lui ?
how-doubt = Les bandes montrent le hasard : comment une même séquence se déroule dans de nombreux futurs. Les chiffres internes du modèle, comme la fréquence à laquelle les observateurs manquent une violation ou la vitesse à laquelle la confiance évolue, relèvent du jugement, dans des fourchettes que donne le document sur le modèle. Cochez « Incertitude du modèle » sous « Simulation » : chaque futur est alors recalculé avec ces chiffres tirés dans leurs fourchettes. Des lignes en pointillés marquent où tombent alors 8 futurs sur 10, et une zone ombrée sur le risque de rupture montre jusqu’où ce risque pourrait bouger si les chiffres sont inexacts. Le hasard fait généralement davantage varier un futur donné que l’incertitude du modèle ; c’est sur le risque de rupture que l’incertitude se voit.

## "Suggest a better order": the search for better months for the steps, and its answer.

# The three fields' names, each at the start of a sentence that refuses a bad value
# (suggest-field-invalid, suggest-field-empty).
suggest-field-month = Le mois où le risque est mesuré
suggest-field-not-before = Le mois avant lequel aucune étape ne bouge
suggest-field-gap = L’écart en mois entre deux étapes d’allègement
# $field is one of the names above; $horizon the scenario's last month; $value what was typed.
suggest-field-invalid = { $field } doit être un nombre entier de 0 à { $horizon } ; { $value } ne convient pas.
suggest-field-empty = { $field } doit être un nombre entier de 0 à { $horizon } ; le champ est resté vide.
# $reason says what went wrong, in words from the model.
suggest-failed = Aucune suggestion n’a pu être faite : { $reason }
suggest-failed-unexpectedly = Aucune suggestion n’a pu être faite : la recherche s’est arrêtée de manière inattendue.
# Said to screen readers when the reader cancels the search.
suggest-cancelled = Recherche annulée.
# The search's progress, before any order has been tried, then with $count orders tried so far.
suggest-searching = Recherche en cours…
suggest-searching-tried =
    { $count ->
        [one] Recherche en cours : { $count } ordre essayé…
       *[other] Recherche en cours : { $count } ordres essayés…
    }
# Over the list of moves the suggestion makes; the timeline shows each as a dashed outline.
suggest-changes-heading = Ce qui change (en tirets sur la frise) :
# Over the list of what the suggestion does to three outcomes, on simulated futures not used in the search.
suggest-outcomes-heading = Sur ces mêmes nouveaux futurs :
# Buttons: apply the suggested order to the scenario, or dismiss it.
suggest-use = Adopter cet ordre
suggest-keep = Garder le mien
# Said to screen readers after "Keep mine".
suggest-kept = Votre ordre est conservé.
# Said to screen readers when a suggestion is shown: $result is the model's sentence on the
# suggestion, and $moves the moves it makes, joined by the separator below.
suggest-announce = { $result } { $moves }.
suggest-move-separator = { " ; " }
# Said to screen readers after "Use this order".
suggest-used = Ordre suggéré adopté. « Annuler » permet de revenir en arrière.
# Said to screen readers when a change to the scenario stops a search under way.
suggest-stopped = La recherche s’est arrêtée : le scénario a changé.

## "What matters most?": the dialog that ranks the factors an outcome depends on, as a tornado chart.

analysis-dialog-title = Qu’est-ce qui compte le plus ?
analysis-intro = On fait varier chaque hypothèse, ainsi que le mois et l’ampleur de chaque étape, sur toute sa fourchette, le reste du scénario demeurant tel quel, sur les mêmes futurs simulés. Plus la barre d’un facteur est longue, plus le résultat en dépend.
# The fields read as a phrase: "Outcome [Risk of breakdown by month] month [48]".
analysis-outcome-label = Résultat
analysis-outcome-breakdown = Risque de rupture au mois
analysis-outcome-trust = Confiance envers l’État visé à la fin
analysis-outcome-recovery = Reprise économique à la fin
analysis-month-label = mois
# Buttons. "Run again" replaces "Run" once it has run.
analysis-run = Lancer
analysis-run-again = Relancer
analysis-cancel = Annuler
# The progress bar's label.
analysis-progress-label = Balayage des facteurs
analysis-download-svg = Télécharger en SVG
analysis-download-png = Télécharger en PNG
# Opens the table under the chart.
analysis-table-summary = Tableau de toutes les barres
# The name a screen reader gives the table's scrolling box.
analysis-table-region = Tableau de ce qui compte le plus
# The status line after Cancel.
analysis-cancelled = Annulé.
# $horizon is the scenario's last month.
analysis-month-error = Le mois doit être un nombre entier de 0 à { $horizon }, l’horizon du scénario.
analysis-running = Calcul en cours…
# $done of the $total factors have been swung so far.
analysis-progress = { $done } facteurs balayés sur { $total }…
# $reason says what went wrong (from the model, or analysis-worker-failed).
analysis-failed = L’analyse de ce qui compte le plus n’a pas pu aboutir : { $reason }
analysis-worker-failed = le processus de calcul a échoué
# The summary under the dialog's chart, in sentences. First the outcome as the scenario is
# written: $outcome is the model's description of it, capitalised ("The risk of breakdown by
# month 48"), and $value a figure already written out ("12.5%", "0.61").
analysis-summary-as-written = { $outcome } est de { $value } dans le scénario tel quel.
# One of the factors that matter most: $factor is its name from the model; $low and $high the
# outcome with the factor at either end of its range ("12.5%"). Used in the next messages.
analysis-summary-factor = { $factor } ({ $low } au bas de sa fourchette, { $high } en haut)
analysis-summary-none = Aucun facteur ne fait varier le résultat de plus que le bruit des futurs simulés.
# $first is one factor (analysis-summary-factor).
analysis-summary-one = Ce qui compte le plus : { $first }.
# $first is the top factor and $rest the next one or two, joined by analysis-summary-separator.
analysis-summary-many = Ce qui compte le plus : { $first } ; puis { $rest }.
analysis-summary-separator = { " et " }
# $noise of the $total factors move the outcome less than chance does.
analysis-summary-noise = { $noise } des { $total } facteurs restent noyés dans le bruit ; ils sont affichés estompés, sous les autres.
# Added when the scenario has changed since the ranking was run.
analysis-summary-changed = (Il s’agit du scénario tel qu’il était quand vous avez lancé l’analyse ; relancez-la pour le scénario actuel.)
# The status line once done; $count factors were ranked.
analysis-done = Terminé : { $count } facteurs classés.
# Said to screen readers once done.
analysis-done-announce = Ce qui compte le plus : { $count } facteurs classés.
# The chart's legend: the colours of a bar's two ends, and of factors within noise.
analysis-legend-low = au bas de sa fourchette
analysis-legend-high = en haut
analysis-legend-noise = noyé dans le bruit (estompé, hachuré)
# The chart's name for screen readers. $outcome is the model's description of the outcome
# ("the risk of breakdown by month 48").
analysis-canvas-label = Ce qui compte le plus pour { $outcome } : une barre par facteur ; le détail figure sous le graphique
# The table's caption. $outcome as above; $value the outcome as written ("12.5%").
analysis-table-caption = Ce qui compte le plus pour { $outcome } ({ $value } dans le scénario tel quel)
# The table's column headings: the factor, the two ends of its range, the outcome at each
# end, its effect with its standard error, and whether it is within noise.
analysis-column-factor = Facteur
analysis-column-low = Bas de fourchette
analysis-column-high = Haut de fourchette
analysis-column-at-low = Résultat en bas
analysis-column-at-high = Résultat en haut
analysis-column-effect = Effet ± erreur type
analysis-column-noise = Noyé dans le bruit
# A step's month at one end of its range, in the table.
analysis-month = mois { $month }
# A factor's effect ($effect, signed) and its standard error ($error), in the table: "+3.1 points ± 0.4 points".
analysis-effect = { $effect } ± { $error }
# A difference in percentage points; $size is a figure already written out ("3.1", "+3.1").
analysis-points = { $size } points
# Whether a factor is within noise, in the table's last column.
analysis-noise-yes = oui
analysis-noise-no = non
# Said to screen readers after a download; $file is the file's name.
analysis-saved = Enregistré : { $file }.
# $reason says what went wrong, from the browser.
analysis-save-failed = La figure n’a pas pu être enregistrée : { $reason }
