### The workshop page's facilitator views: a team's hand-back received, Compare and its
### ranking, Play and its presenter window, and the debrief with the model's own suggestion.
### Step, shock and chart names, the checker's remarks, the numbers' readings and the
### ranking's rule come from the model and arrive already in the reader's language.

## A team's hand-back, opened from its link on any device

# The page's title when the hand-back does not name its exercise.
ws-received-untitled = Exercice d’atelier
# The view's heading. $team is the team's name, as the team typed it.
ws-received-heading = { $team } a rendu sa séquence
# $reason says what is wrong with the link, in a sentence with no full stop.
ws-received-link-failed = { $reason }. Redemandez son lien à l’équipe.
# The first sentence under the heading. $title is the exercise's title, as its author typed it.
ws-received-for = Pour l’exercice « { $title } ».
# After ws-received-for, when this device has no teams yet: adding the team sets its exercise up.
ws-received-adopt = Cet appareil n’a encore aucune équipe : ajouter la séquence y prépare l’exercice, à partir de la copie que contient son lien.
# After ws-received-for, when this device compares the teams of another exercise.
ws-received-other = Cet appareil compare un autre exercice ; la séquence est comparée dans l’exercice joué par l’équipe, dont son lien contient une copie.
# After ws-received-for, when the link does not say which exercise the team played.
ws-received-unknown = Son lien ne contient pas l’exercice joué, et cet appareil en a préparé un autre (ou aucun) : la séquence est donc comparée sans les dépêches de l’exercice.
# The view's main button, when adding the team also sets its exercise up on this device.
ws-received-add-adopt = Préparer cet exercice ici et ajouter la séquence
ws-received-add = Ajouter à la comparaison sur cet appareil
# $reason is the model's explanation.
ws-received-project-failed = Cette séquence n’a pas pu être projetée : { $reason }
# Said to screen readers once the team is added. $title is the exercise's title.
ws-received-now-facilitates = Cet appareil anime désormais « { $title } ».
ws-received-added = { $team } figure désormais dans la comparaison.
ws-received-replaced = { $team } : la séquence précédente a été remplacée.
# $reason is the model's explanation.
ws-received-add-failed = Impossible d’ajouter { $team } : { $reason }

## A team's sequence as a list, on the hand-back, in the debrief and in the model's suggestion:
## "Month 6 Sectoral easing (sanctioning side), conditional — news: “Elections…”"

ws-received-month = Mois { $month }
# After the step's name (from the model). $who is who takes it (from the model, or the name
# of a sanctioning party as the reader typed it), $detail how it is taken (from the model).
ws-received-item-detail = { " " }({ $who }), { $detail }
# After a shock that is a piece of news. $headline is the news as the exercise's author typed it.
ws-received-item-news = { " " }— dépêche : « { $headline } »
# Tags before a step or shock a team changed from the exercise's start; they print in black
# and white, so the word carries the meaning. Keep them very short.
ws-received-tag-moved = Déplacé
ws-received-tag-added = Ajouté
ws-received-tag-changed = Modifié

## Compare: the teams' hand-backs, their charts over each other, and the ranking

# The name a screen reader gives each chart. $title and $description come from the model.
ws-compare-chart = { $title }, pour toutes les équipes comparées. { $description } Le tableau du classement, plus bas, donne les chiffres.
# Whose lines the legend names first, when no sequence is in focus.
ws-compare-starting-scenario = Scénario de départ
# $reason is the browser's or the model's explanation.
ws-compare-draw-failed = Les graphiques n’ont pas pu être tracés : { $reason }
# Beside a team in the list of teams compared.
ws-compare-cannot-compare = comparaison impossible
# Beside a team in the list of teams compared: how many remarks the sequencing check made.
ws-compare-remarks =
    { $count ->
        [one] { $count } remarque
       *[other] { $count } remarques
    }
# Read by screen readers for a team's short code. $code is spelled out a character at a time
# ("6 F T W - G 0 G 9").
ws-compare-team-code = { $team }, code : { $code }
# The button beside each team; the screen readers' name says which team it removes.
ws-compare-remove = Retirer
    .aria-label = Retirer { $team } de la comparaison
ws-compare-removed = { $team } ne figure plus dans la comparaison.
# $problem is the model's first line about the set-up's problems.
ws-compare-setup-problems = La préparation de l’exercice présente des problèmes : les équipes sont donc comparées sans son scénario de départ ni ses dépêches. { $problem }
# A line pasted into the box that could not be read. $reason is the model's explanation.
ws-compare-line-problem = Ligne { $line } : { $reason }
# A file that could not be read. $file is its name; $reason the browser's or the model's explanation.
ws-compare-file-problem = { $file } : { $reason }
# $size is the file's size in kilobytes.
ws-compare-file-too-big = { $file } : il pèse { $size } Ko ; le fichier d’une équipe pèse quelques Ko
# Said to screen readers. $teams are the teams' names, joined by ws-compare-name-separator.
ws-compare-added = Ajout à la comparaison : { $teams }.
ws-compare-name-separator = { ", " }

## Compare: the ranking's weights

# Said to screen readers when the facilitator restores the default weights.
ws-compare-weights-reset-done = Les coefficients sont revenus à leurs valeurs par défaut.
# $criterion is one of the four numbers' names, from the model; $max is the largest weight.
ws-compare-weight-invalid = { $criterion } : donnez un coefficient de 0 à { $max }.
ws-compare-weights-all-zero = Tous les coefficients sont à 0 : donnez à au moins un des quatre chiffres un coefficient supérieur à 0.
# Said to screen readers when a weight changes, before ws-compare-ranking-first.
ws-compare-ranking-follows = Le classement suit les nouveaux coefficients.
# Said to screen readers: the teams now first ($teams, joined by ws-compare-name-separator);
# $count is how many share the first place.
ws-compare-ranking-first =
    { $count ->
        [one] En tête : { $teams }.
       *[other] En tête, ex aequo (écart noyé dans le bruit) : { $teams }.
    }
# $reason is the model's explanation of why the weights kept could not be read.
ws-compare-weights-unreadable = { $reason } Les coefficients par défaut sont utilisés à la place.

## Compare: the ranking table (also on the debrief's summary)

ws-compare-ranking-empty = Le classement apparaîtra quand des équipes auront rendu leur séquence.
# A place in the ranking: 1st, 2nd, 3rd, 4th… $ordinal is the place's category among the
# language's ordinals (one, two, few, many or other, by the Unicode plural rules for ordinals;
# English: 1st one, 2nd two, 3rd few, 4th other); use the categories your language has.
ws-compare-place =
    { $ordinal ->
        [one] { $place }er
       *[other] { $place }e
    }
# A place shared with other teams whose scores are within the noise of the simulation: "=2nd".
# $place is the place as ws-compare-place writes it.
ws-compare-place-tied = ={ $place }
# What a screen reader hears in place of "=2nd". $place is as ws-compare-place writes it.
ws-compare-place-tied-spoken = { $place }, ex aequo (écart noyé dans le bruit)
# After one of a team's four numbers: its place on that number ($place, as ws-compare-place
# writes it), in brackets.
ws-compare-number-place = { " " }({ $place })
# The table's caption. $rule is the model's sentence on how the score is made.
ws-compare-ranking-caption =
    { $count ->
        [one] { $count } équipe.
       *[other] { $count } équipes.
    } { $rule } Chacun des quatre chiffres est la médiane des futurs simulés (leur part, pour le risque de rupture) ; le rang de l’équipe sur ce chiffre figure entre parenthèses.
# The table's column headings.
ws-compare-col-place = Rang
ws-compare-col-team = Équipe
ws-compare-col-score = Score sur 100 (± une erreur type)
# A column of one of the four numbers. $criterion is its name, from the model; $weight the
# weight the facilitator gave it.
ws-compare-col-criterion =
    { $better ->
        [lower] { $criterion } (plus c’est bas, mieux c’est ; coefficient { $weight })
       *[higher] { $criterion } (plus c’est haut, mieux c’est ; coefficient { $weight })
    }
ws-compare-col-check = Cohérence de la séquence

## Play: the teams' sequences unrolled month by month in front of the room

# The name a screen reader gives each chart. $title and $description come from the model.
ws-play-chart = { $title }, jusqu’au mois en cours de lecture. { $description }
# The full-screen button. Keep them short.
ws-play-fullscreen = Plein écran
ws-play-leave-fullscreen = Quitter le plein écran
ws-play-nothing = Il n’y a encore rien à dérouler : corrigez la préparation de l’exercice ou ajoutez la séquence d’une équipe.
# $reason is the browser's or the model's explanation.
ws-play-draw-failed = Les graphiques n’ont pas pu être tracés : { $reason }
# Under the month being played.
ws-play-next-news = Prochaine dépêche : mois { $month }
ws-play-end = Fin de la frise
ws-play-no-more-news = Plus de dépêche
# The play button. Keep them short.
ws-play-play = Lecture
ws-play-pause = Pause
ws-play-again = Rejouer
# The name a screen reader gives a team's row of steps. $team is the team's name.
ws-play-team-steps =
    .aria-label = { $team } : étapes prises jusqu’ici
# A step's mark on a team's row: its tooltip. $step is the step's name, from the model.
ws-play-step = Mois { $month } : { $step }
# Read by screen readers before the step's name on its mark; keep the space at the end.
ws-play-step-month = Mois { $month } :{ " " }
# On the row of a team that takes no steps.
ws-play-no-steps = Aucune étape
# Said to screen readers at the end of the timeline. $summary is the model's sentence on the
# numbers then.
ws-play-ended = Fin : mois { $month }. { $summary }
# Above the headline of a piece of news, on the full screen that shows it.
ws-play-inject-kicker = Mois { $month } · Dépêche
# Under the headline: what the news does in the model. $shock is the shock's name (from the
# model, in lower case), $size its size from 0 to 1, $explanation the model's explanation.
ws-play-inject-shock = Dans le modèle : { $shock }, ampleur { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }. { $explanation }
ws-play-popup-blocked = Le navigateur a bloqué la fenêtre des notes de présentation. Autorisez les fenêtres pop-up pour ce site, ou ouvrez workshop.html#presenter dans une autre fenêtre sur cet ordinateur.
# Said to screen readers.
ws-play-presenter-open = La fenêtre des notes de présentation est ouverte ; elle suit celle-ci.
# $reason is the browser's explanation.
ws-play-fullscreen-failed = Le plein écran n’est pas disponible ici : { $reason }

## The presenter window: the facilitator's notes beside the projector

# The page's title in the presenter window, alone or with the exercise's title ($title).
ws-presenter-title = Notes de présentation
ws-presenter-title-of = Notes de présentation : { $title }
ws-presenter-no-channel = Ce navigateur ne peut pas relier deux fenêtres (pas de BroadcastChannel) ; utilisez les boutons de la vue « Dérouler » elle-même.
ws-presenter-no-answer = Aucune fenêtre de projection n’a répondu. Ouvrez la vue « Dérouler » de l’atelier dans une autre fenêtre sur cet ordinateur ; cette fenêtre-ci la suivra.
# What the projector window is doing.
ws-presenter-following =
    { $state ->
        [playing] Suit la fenêtre du projecteur : lecture en cours.
        [showing] Suit la fenêtre du projecteur : dépêche affichée.
       *[paused] Suit la fenêtre du projecteur : en pause.
    }
ws-presenter-elsewhere = La fenêtre du projecteur est ouverte, mais pas sur sa vue « Dérouler ».
ws-presenter-month = Mois { $month } sur { $horizon }
# $sequence is the name of the sequence played: a team's, or the starting scenario.
ws-presenter-playing = À l’écran : { $sequence }
# The play button. Keep them short.
ws-presenter-play = Lecture
ws-presenter-pause = Pause
# Above the news the projector shows now.
ws-presenter-on-screen = À l’écran en ce moment
ws-presenter-no-text = (Pas de texte pour cette dépêche.)
ws-presenter-news-shown = La dépêche de ce mois a été affichée.
ws-presenter-no-news = Pas de dépêche ce mois-ci.
# Above the next piece of news: its month, and how many months away it is.
ws-presenter-next-month =
    { $months ->
        [one] Mois { $month } (dans { $months } mois)
       *[other] Mois { $month } (dans { $months } mois)
    }
# Under the next piece of news: how many more follow it.
ws-presenter-then-more =
    { $count ->
        [one] Puis { $count } autre.
       *[other] Puis { $count } autres.
    }
ws-presenter-ended = La frise est terminée : place au bilan.
ws-presenter-no-more = Plus de dépêche d’ici la fin.
# In the list of every piece of news.
ws-presenter-inject-month = Mois { $month }
# After a piece of news in the list: whether the room has seen it.
ws-presenter-inject-state =
    { $state ->
        [past] { " " }(affichée)
        [showing] { " " }(à l’écran)
       *[upcoming] { " " }(à venir)
    }
ws-presenter-no-injects = Cet exercice ne comporte aucune dépêche.

## The debrief: a summary page, then a printable page per team

# $reason is the model's explanation.
ws-debrief-failed = Le bilan n’a pas pu être établi : { $reason }
# A chart's description for screen readers. $title and $description come from the model;
# $team is a team's name.
ws-debrief-chart-team = { $title } pour { $team }. { $description }
ws-debrief-chart-all = { $title } pour toutes les équipes. { $description }
# The summary's title. $title is the exercise's title.
ws-debrief-summary-title = Résumé de « { $title } »
ws-debrief-summary-untitled = Résumé de « l’exercice d’atelier »
# Under the summary's title. $date is today's date, written out.
ws-debrief-date = Bilan du { $date }.
ws-debrief-teams-compared =
    { $count ->
        [one] { $count } équipe comparée.
       *[other] { $count } équipes comparées.
    }
ws-debrief-disclaimer = Une illustration, pas une prévision : les chiffres viennent d’un modèle simple de la confiance, de la vérification et de la rupture.
ws-debrief-news-heading = Les dépêches auxquelles les équipes ont fait face
# A piece of news. $headline is as the exercise's author typed it.
ws-debrief-inject = Mois { $month } : { $headline }
ws-debrief-no-injects = Aucune dépêche.
ws-debrief-ranking-heading = Classement
# In the summary's ranking, in place of a team's remarks.
ws-debrief-remarks-elsewhere =
    { $count ->
        [one] { $count } remarque : voir la page de l’équipe.
       *[other] { $count } remarques : voir la page de l’équipe.
    }
ws-debrief-no-teams = Aucune équipe n’a encore rendu de séquence : ajoutez-les dans la vue « Comparer ».
ws-debrief-overview-heading = Toutes les équipes face au scénario de départ
# Under a team's name: what its lock let it change. $lock comes from the model, in lower case.
ws-debrief-could-change = Pouvait modifier : { $lock }.
ws-debrief-overall-place = Classement général
# $place is the team's place as the ranking shows it ("=2nd"); $count is how many teams.
ws-debrief-place-of = { $place } sur { $count }
ws-debrief-check-heading = Cohérence de la séquence
ws-debrief-sequence-heading = La séquence
ws-debrief-changes-key = Les étapes et les chocs modifiés par l’équipe sont signalés par « { ws-received-tag-moved } », « { ws-received-tag-added } » ou « { ws-received-tag-changed } ».
ws-debrief-changes-heading = Ce que cette équipe a changé par rapport au départ
ws-debrief-unchanged = Rien : cette équipe a laissé chaque étape et chaque choc là où l’exercice les avait placés.
# One of the team's changes. $change is the model's description of it.
ws-debrief-change = { $change }.

## The debrief's "What the model would have suggested"

ws-suggest-heading = Ce que le modèle aurait suggéré
# The two sequences the suggestion compares, in its table.
ws-suggest-start = Le scénario de départ
ws-suggest-suggested = La suggestion du modèle
ws-suggest-unavailable = La préparation de l’exercice présente des problèmes : il n’y a donc encore rien à rechercher. Corrigez-les dans la vue « Préparer ».
# What the search aims at, when the ranking weighs breakdown risk alone.
ws-suggest-about-risk = Le modèle essaie d’autres mois pour les étapes du scénario de départ, avec les dépêches de l’exercice, en visant le risque de rupture au mois { $month }, seul chiffre que le classement prend en compte.
# What the search aims at otherwise: breakdown risk less $ratio times the recovery. $weighed is
# "yes" when the ranking weighs both, at $economy to $risk. $left names the numbers the ranking
# weighs that the search cannot aim at: "none", "trust", "leverage" or "both".
ws-suggest-about-score =
    Le modèle essaie d’autres mois pour les étapes du scénario de départ, avec les dépêches de l’exercice, en visant le risque de rupture au mois { $month } moins { $ratio } fois la reprise économique moyenne sur les mois{ $weighed ->
        [yes] { " " }(le classement donne à la reprise le coefficient { $economy } et au risque le coefficient { $risk })
       *[no] { "" }
    }{ $left ->
        [trust] { " ; " }le classement tient aussi compte de la confiance, que la recherche ne peut pas viser
        [leverage] { " ; " }le classement tient aussi compte des moyens de pression, que la recherche ne peut pas viser
        [both] { " ; " }le classement tient aussi compte de la confiance et des moyens de pression, que la recherche ne peut pas viser
       *[none] { "" }
    }.
ws-suggest-about-check = Il teste le meilleur ordre trouvé sur de nouveaux futurs simulés et ne suggère rien si le gain ne dépasse pas deux fois le bruit statistique.
# Which steps the search may move. $teams names the teams (see ws-suggest-list-last).
ws-suggest-held-none = Toutes les étapes peuvent bouger, puisque les équipes pouvaient les déplacer toutes.
ws-suggest-held-all = Aucune étape ne peut bouger : le verrou attribué à { $teams } ne permet de modifier aucune des étapes du scénario de départ.
# $fixed of the scenario's $total steps stay put; $lock is what the teams could change, from
# the model, in lower case.
ws-suggest-held-some = { $fixed } des { $total } étapes restent là où l’exercice les a placées, puisque le verrou attribué à { $teams } permet de modifier { $lock }.
# Stands for the teams when there are none to name.
ws-suggest-the-teams = toutes les équipes
# Names joined into a list: "A, B and C".
ws-suggest-list-separator = { ", " }
ws-suggest-list-last = { $rest } et { $last }
# The buttons. Keep them short.
ws-suggest-run = Suggérer un ordre
ws-suggest-cancel = Annuler
# Beside the search's progress bar.
ws-suggest-searching = Recherche
ws-suggest-tried =
    { $count ->
        [one] { $count } ordre essayé…
       *[other] { $count } ordres essayés…
    }
ws-suggest-starting = démarrage…
# A list's label: the teams whose lock the search keeps to, when the teams' locks differ.
ws-suggest-lock-label = Ne déplacer que ce que ces équipes pouvaient modifier
# A choice in that list. $lock comes from the model; $teams names the teams, joined by
# ws-suggest-list-separator.
ws-suggest-lock-option = { $lock } ({ $teams })
# Said to screen readers.
ws-suggest-stopped = La recherche s’est arrêtée : son objet a changé (l’exercice, le verrou d’une équipe ou les coefficients du classement).
ws-suggest-started = Recherche d’un meilleur ordre pour le scénario de départ…
ws-suggest-cancelled = Recherche annulée.
# $reason is the browser's explanation.
ws-suggest-failed-start = Aucune suggestion n’a pu être faite : la recherche n’a pas pu démarrer ({ $reason }).
# $reason is the model's explanation, with no full stop.
ws-suggest-failed = Aucune suggestion n’a pu être faite : { $reason }.
ws-suggest-failed-silent = Aucune suggestion n’a pu être faite : la recherche n’a donné aucune raison.
ws-suggest-failed-unexpectedly = Aucune suggestion n’a pu être faite : la recherche s’est arrêtée de manière inattendue.
# $reason is the browser's explanation.
ws-suggest-failed-unexpectedly-why = Aucune suggestion n’a pu être faite : la recherche s’est arrêtée de manière inattendue ({ $reason }).
ws-suggest-unreadable = Aucune suggestion n’a pu être faite : la réponse de la recherche est illisible.
# $reason is one of the ws-suggest-answer- clauses below.
ws-suggest-unusable = La réponse de la recherche est inutilisable : { $reason }.
# Why an answer could not be used: clauses set after a colon, in lower case, with no full stop.
ws-suggest-answer-none = il n’y a eu aucune réponse
ws-suggest-answer-silent = elle ne dit rien
ws-suggest-answer-shape = elle n’a pas la forme attendue
ws-suggest-answer-steps = sa séquence ne comporte pas les étapes du scénario de départ
ws-suggest-answer-no-moves = elle n’indique pas ce qu’elle change
ws-suggest-answer-no-words = ses issues ne sont pas formulées en mots
# $step is the step's number in the scenario, $kind its name from the model, in lower case.
ws-suggest-answer-locked = elle a déplacé une étape que les équipes ne pouvaient pas modifier (étape { $step }, { $kind })
# Said to screen readers: the model's verdict ($result), then what it changes ($moves, joined
# by ws-suggest-move-separator), both from the model.
ws-suggest-announce = { $result } { $moves }.
ws-suggest-move-separator = { " ; " }
# Under a verdict of no clear improvement: the model's sentence speaks of "yours".
ws-suggest-note = L’ordre comparé (« le vôtre ») est le scénario de départ de l’exercice, d’où toutes les équipes sont parties.
ws-suggest-changes-heading = Ce qui change
ws-suggest-outcomes-heading = Sur les nouveaux futurs où elle a été testée (départ → suggestion)
# $reason is the model's explanation, with no full stop.
ws-suggest-beside-failed = La suggestion n’a pas pu être placée à côté des équipes : { $reason }.
ws-suggest-beside-heading = À côté des équipes
ws-suggest-beside-caption = Chaque séquence est mesurée comme le classement mesure les équipes : sur les futurs simulés propres à l’exercice, avec ses dépêches, et avec un score calculé selon les coefficients du classement (un risque de rupture plus faible vaut mieux ; pour le reste, plus vaut mieux).
ws-suggest-beside-caption-note = Les chiffres ci-dessus viennent d’autres futurs, nouveaux : ils diffèrent donc un peu.
ws-suggest-col-sequence = Séquence
ws-suggest-sequence-heading = La séquence suggérée
ws-suggest-changes-key = Les étapes que le modèle a déplacées par rapport au départ de l’exercice sont signalées par « { ws-received-tag-moved } » (ou « { ws-received-tag-changed } »).
