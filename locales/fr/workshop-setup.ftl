### The words the workshop page's scripts write: the page around the views, the set-up, a
### team's view, the live room, and what the views share (copying links, chart legends).

## The page around the views

# Shown in the alert box when something fails unexpectedly. $error is the reason, often in
# English from the browser.
ws-app-something-went-wrong = Une erreur s’est produite : { $error }
# A clause set inside ws-app-could-not-start, so it starts in lower case. $status is the
# server's answer, a number such as 404.
ws-app-default-not-loaded = le scénario par défaut n’a pas pu être chargé ({ $status })
# $error is the reason, which may be a clause such as ws-app-default-not-loaded.
ws-app-could-not-start = L’atelier n’a pas pu démarrer : { $error }. Rechargez la page pour réessayer.
# The address holds a link for the explorer (index.html), the site's main page.
ws-app-explorer-link = Ce lien mène à un scénario pour l’explorateur, pas à un exercice d’atelier : ouvrez-le plutôt avec index.html. La préparation de l’atelier est affichée.
ws-app-unknown-address = Cette adresse ne contient ni exercice d’atelier ni séquence d’équipe (elle a peut-être été tronquée lors de la copie). La préparation de l’atelier est affichée.
# In the header, in place of an exercise that has no title.
ws-app-untitled = Atelier
# The browser tab's title: the view shown, then the page. $view is the view's key.
ws-app-document-title =
    { $view ->
        [setup] Préparer
        [compare] Comparer
        [play] Dérouler
        [debrief] Bilan
        [received] Séquence d’une équipe
        [presenter] Notes de présentation
       *[team] Votre équipe
    } · Atelier · { brand-name }
# Said to screen readers when the projector display is switched on or off.
ws-app-projector-on = Mode projecteur : grands caractères, contraste élevé.
ws-app-projector-off = Mode projecteur désactivé.
# In the page's foot. $version is the site's version, such as 0.9.0.
ws-app-version = Version { $version }.
# $error is the reason, in words from ws-live-… or from the browser.
ws-app-live-failed = La salle en direct n’a pas pu démarrer : { $error }

## What the views share: choosing a sequence, copying links, places in a ranking, what the
## browser keeps, and the charts' legends

# The first choice in the lists of sequences to show, before the teams.
ws-common-starting-scenario = Le scénario de départ
# A button's word for a moment after its link was copied. Keep it short.
ws-common-copied = Copié
# Said to screen readers after a link was copied.
ws-common-copied-said = Copié dans le presse-papiers.
# Said to screen readers when the browser would not copy and the link was selected instead.
ws-common-selected-said = Sélectionné : appuyez sur Ctrl+C, ou ⌘C, pour copier.
# A team's place in the ranking: 1st, 2nd, 3rd, 4th… Keep it short: it stands in a table's cell.
# $category is the language's ordinal category for $place (one, two, few, many or other, as the
# Unicode CLDR defines them for the language).
ws-common-ordinal =
    { $category ->
        [one] { $place }er
       *[other] { $place }e
    }
# A clause set in brackets inside ws-common-stored-unreadable, so it starts in lower case.
ws-common-stored-shape = les données n’ont pas la forme attendue
# $error is why, such as ws-common-stored-shape.
ws-common-stored-unreadable = Ce que ce navigateur avait conservé d’un atelier précédent n’a pas pu être lu ({ $error }) ; ces données ont été mises de côté et l’atelier repart de zéro.
# $problem is why, a clause such as “this browser's storage for the page is full” (storage-full).
ws-common-storage-refused = Ce navigateur ne conservera pas votre travail ({ $problem }). Gardez plutôt les liens : ils contiennent tout.
# The name a screen reader gives a chart: $title is the chart's title and $description a
# sentence describing it, both from the model.
ws-common-chart-label = { $title } : { $description }
# Said to screen readers when the facilitator chooses which trust line the teams' lines show
# (the two series, model-series-trust and model-series-target_trust, in lower case).
ws-common-team-series-changed =
    Le graphique de la confiance trace désormais, pour chaque équipe, la { $series ->
        [target_trust] confiance de l’État visé
       *[trust] confiance envers l’État visé
    }.
# A chart's legend, for a chart that draws three lines, each with its bands.
ws-common-legend-bands = Bandes : la moitié centrale et 8 sur 10 des futurs
# At the head of a chart's legend: whose lines and bands follow. $name is a team's name, or
# ws-common-starting-scenario.
ws-common-legend-whose = { $name } :
# At the head of the teams' part of a legend.
ws-common-legend-teams = Équipes :
# The same on the trust chart: $series is the trust the teams' lines show (model-series-trust
# or model-series-target_trust).
ws-common-legend-teams-series = Équipes ({ $series }) :

## The facilitator's workspace: the example exercise a first visit starts from, and the teams

# A team's name as the set-up gives it: $letter is A, B, C… (with a number after the 26th:
# A1, B1…). The facilitator may change it.
ws-workspace-team-name = Équipe { $letter }
# The example exercise's title; the facilitator may change it.
ws-workspace-example-title = Échelonner l’allègement des sanctions : un exercice d’atelier
# The example exercise's piece of news: its headline, shown full-screen to the room, and a
# text for the facilitator's notes.
ws-workspace-example-headline = Attentat à un poste-frontière, revendiqué par des partisans de la ligne dure
ws-workspace-example-text = Une faction opposée à l’accord revendique l’attaque. Les deux gouvernements la condamnent, et des responsables de l’opposition, du côté des auteurs des sanctions, demandent la suspension de l’allègement.
# A clause set after a file's name and a colon, so it starts in lower case. $max is 8;
# $team is the name of the team that did not fit.
ws-workspace-full = une comparaison compte au plus { $max } équipes ; retirez-en une avant d’ajouter « { $team } »
# A team that cannot be compared: its name, then the model's reason.
ws-workspace-team-problem = { $team } : { $error }

## The example briefing for the teams, which follows the exercise's length

# The exercise's length when it is whole years: a word for the smaller numbers, figures beyond.
ws-brief-horizon-years =
    { $years ->
        [1] un an
        [2] deux ans
        [3] trois ans
        [4] quatre ans
        [5] cinq ans
        [6] six ans
        [7] sept ans
        [8] huit ans
        [9] neuf ans
        [10] dix ans
        [11] onze ans
        [12] douze ans
       *[other] { $years } ans
    }
# The exercise's length otherwise.
ws-brief-horizon-months =
    { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    }
# The briefing a new exercise starts with; the facilitator may change it. $horizon is the
# exercise's length (ws-brief-horizon-years or ws-brief-horizon-months).
ws-brief-example = Chaque équipe propose un ordre pour les étapes d’allègement, de réforme et de confiance sur { $horizon }. Cherchez à maintenir un faible risque de rupture pendant que la confiance et l’économie se rétablissent, et gardez des moyens de pression en réserve. Rendez votre séquence dès que votre équipe s’est mise d’accord.

## Set up: the starting scenario

# The choices of the list of starting scenarios: the explorer's own, then the built-in
# scenarios in two groups.
ws-setup-preset-default = Le scénario d’ouverture de l’explorateur
ws-setup-preset-illustrative = Illustratifs
ws-setup-preset-historical = Tirés de l’histoire
# A choice in the same list, for a scenario pasted as a link. $title is its title, as typed.
ws-setup-preset-link = Lien collé : { $title }
ws-setup-preset-link-untitled = Lien collé : sans titre
# Under the list: the scenario every team starts from. $title is its title (or
# ws-setup-untitled-scenario); $runs is the number of simulated futures.
ws-setup-scenario-summary =
    { $title } : { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    } et { $shocks ->
        [one] { $shocks } choc
       *[other] { $shocks } chocs
    } sur { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    }, { $runs } futurs simulés.
# After ws-setup-scenario-summary.
ws-setup-scenario-shared = Toutes les équipes partent de ce scénario.
ws-setup-untitled-scenario = Scénario sans titre
# Said to screen readers once a starting scenario is chosen. $title is its title.
ws-setup-start-from = Point de départ des équipes : { $title }.
ws-setup-start-from-untitled = Point de départ des équipes : le scénario choisi.
ws-setup-start-from-link = Point de départ des équipes : le scénario collé, { $title }.
ws-setup-start-from-link-untitled = Point de départ des équipes : le scénario collé, sans titre.
# $error is the model's reason, a clause in lower case.
ws-setup-preset-failed = Ce scénario n’a pas pu être ouvert : { $error }
ws-setup-link-failed = Le lien de scénario collé est inutilisable : { $error }

## Set up: the teams and the news injects

# Labels over a team's two fields. $number counts the teams from 1.
ws-setup-team-label = Équipe { $number }
ws-setup-team-lock-label = Peut modifier
# A button on each team's and each inject's row. Keep it short.
ws-setup-remove = Retirer
# What screen readers say for that button. $name is the team's name, as typed.
ws-setup-remove-team = Retirer l’équipe { $number }
ws-setup-remove-named-team = Retirer l’équipe { $number } ({ $name })
ws-setup-remove-inject = Retirer la dépêche { $number }
# The heading of an inject's row, and its fields' labels.
ws-setup-inject-label = Dépêche { $number }
ws-setup-inject-month-label = Mois
ws-setup-inject-kind-label = Choc subi par le modèle
ws-setup-inject-size-label = Ampleur du choc
ws-setup-inject-headline-label = Titre
ws-setup-inject-text-label = Texte pour vos notes

## Set up: the problems listed before the exercise can be shared, and the briefing's check

# A problem in the set-up: where it is ($field, a link to the field: ws-setup-where-…), then the
# model's words for it, in lower case.
ws-setup-problem = { $field } : { $problem }
# Where a problem is: a part of the set-up, …
ws-setup-where-title = Titre
ws-setup-where-briefing = Consignes
ws-setup-where-teams = Équipes
ws-setup-where-injects = Dépêches
ws-setup-where-teams-see-injects = Les équipes voient les dépêches
# … the starting scenario, with the place in it ($path, such as /steps/2/month: keep it as it is), …
ws-setup-where-scenario = Scénario de départ ({ $path })
# … a team or an inject ($number counts them from 1), or one of its fields ($field: ws-setup-field-…).
ws-setup-where-team = Équipe { $number }
ws-setup-where-team-field = Équipe { $number }, { $field }
ws-setup-where-inject = Dépêche { $number }
ws-setup-where-inject-field = Dépêche { $number }, { $field }
# The fields, in lower case after a comma.
ws-setup-field-name = nom
ws-setup-field-lock = ce qu’elle peut modifier
ws-setup-field-month = mois
ws-setup-field-kind = choc
ws-setup-field-size = ampleur du choc
ws-setup-field-headline = titre
ws-setup-field-text = texte
# Under the briefing when it names another length than the exercise's. $phrase is the words
# the briefing uses (in English), $months the exercise's length and $horizon the same in words.
ws-setup-briefing-mismatch =
    Les consignes parlent de « { $phrase } », mais l’exercice dure { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } ({ $horizon }).
# After ws-setup-briefing-mismatch.
ws-setup-briefing-mismatch-fix = Modifiez les consignes, ou le scénario de départ.

## Set up: sharing, and the teams that played an earlier version

# $reason is why there is none, in lower case.
ws-setup-no-qr = Pas de QR code : { $reason }.
ws-setup-link-length = Le lien compte { $characters } caractères et contient tout l’exercice.
# Between the teams' names in ws-setup-versions-… ("Team A, Team B").
ws-setup-names-separator = {", "}
# The teams whose hand-backs carry the earlier version they played. $teams names them and
# $count counts them (a language may need it to agree the verb).
ws-setup-versions-carried =
    { $count ->
        [one] { $teams } a joué une version antérieure de cet exercice.
       *[other] { $teams } ont joué une version antérieure de cet exercice.
    }
# After ws-setup-versions-carried.
ws-setup-versions-carried-how =
    { $count ->
        [one] La comparaison continue de la mesurer à la version qu’elle a jouée, et le signale ; pour la comparer sur cette version-ci, partagez le nouveau lien et demandez-lui de rendre de nouveau sa séquence.
       *[other] La comparaison continue de les mesurer à la version qu’elles ont jouée, et le signale ; pour les comparer sur cette version-ci, partagez le nouveau lien et demandez-leur de rendre de nouveau leur séquence.
    }
# The teams whose hand-backs do not carry the version they played.
ws-setup-versions-bare =
    { $count ->
        [one] { $teams } a rendu sa séquence pour une version antérieure sans en joindre une copie : elle est donc comparée à cette version-ci, avec une remarque.
       *[other] { $teams } ont rendu leur séquence pour une version antérieure sans en joindre une copie : elles sont donc comparées à cette version-ci, avec une remarque.
    }
# Said to screen readers. $teams names the teams removed.
ws-setup-versions-removed = Retrait de la comparaison : { $teams }.

## A team's view: opening the exercise

# $error is the model's reason, such as “this link cannot be read: …”, in lower case.
ws-team-link-unreadable = { $error }. Redemandez le lien de l’exercice à l’animateur ; un lien tronqué lors de la copie ne peut pas s’ouvrir.
# In place of an exercise that has no title.
ws-team-untitled = Exercice d’atelier
# Said to screen readers once the team is chosen. $team is its name.
ws-team-you-are = Votre équipe : { $team }.
# $error is why, in lower case.
ws-team-stored-unreadable = La séquence de votre équipe conservée sur cet appareil n’a pas pu être lue ({ $error }) ; elle a été mise de côté, et votre équipe repart du scénario de l’exercice.
# The injects the team does not see on its timeline. $count counts them.
ws-team-news-sealed =
    { $count ->
        [one] L’animateur garde une dépêche pour plus tard : elle ne figure pas sur votre frise, mais la comparaison en tiendra compte.
       *[other] L’animateur garde { $count } dépêches pour plus tard : elles ne figurent pas sur votre frise, mais la comparaison en tiendra compte.
    }
# In the timeline's key, beside the hatching and padlock of a step the team may not change.
ws-team-key-locked = verrouillée pour votre équipe
ws-team-model-failed = Le modèle n’a pas pu calculer cette séquence : { $error }
# A confirmation; OK starts again.
ws-team-start-over-confirm = Repartir du scénario de l’exercice ? Les modifications de votre équipe seront perdues.
ws-team-started-over = Votre séquence est revenue au scénario de départ de l’exercice.
# A confirmation; OK replaces the exercise on this device.
ws-team-facilitate-confirm = Animer cet exercice sur cet appareil ? Il remplace l’exercice préparé ici auparavant ; les séquences des équipes déjà ajoutées sont conservées.

## A team's view: the selected step

ws-team-editor-empty = Sélectionnez une étape sur la frise pour changer son mois, son ampleur ou ses modalités.
# After the step's name.
ws-team-editor-shock = (choc)
# After the step's name: who takes it ($actor, from the model: “sanctioning side”, “target”).
ws-team-editor-actor = ({ $actor })
ws-team-editor-shock-locked = Les chocs relèvent de l’animateur : votre équipe ne peut pas les modifier.
# A step the team's lock keeps fixed. $lock is the team's lock.
ws-team-editor-locked =
    Verrouillée : { $lock ->
        [everything] votre équipe peut modifier toutes les étapes.
        [sanctioning] votre équipe ne peut modifier que les étapes des auteurs des sanctions.
        [target] votre équipe ne peut modifier que les étapes de l’État visé.
       *[confidence] votre équipe ne peut modifier que les mesures de confiance.
    }
# A locked step's facts. $conditional and $transparent are “yes” or “no”.
ws-team-editor-facts =
    Mois { $month }, ampleur { NUMBER($size, minimumFractionDigits: 2, maximumFractionDigits: 2) }{ $conditional ->
        [yes] , attend le respect vérifié des engagements
       *[no] {""}
    }{ $transparent ->
        [yes] , critères publics
       *[no] {""}
    }.
ws-team-editor-month = Mois
ws-team-editor-size = Ampleur
# Two checkboxes, each followed by a note in lighter type.
ws-team-editor-conditional = Conditionnelle
ws-team-editor-conditional-note = — attend que le respect des engagements ait été vérifié
ws-team-editor-transparent = Transparente
ws-team-editor-transparent-note = — annoncée avec des critères publics
ws-team-editor-delete = Supprimer cette étape

## A team's view: handing back

ws-team-handback-failed = Votre séquence n’a pas pu être rendue : { $error }
# Said to screen readers.
ws-team-handback-ready = Le lien, le fichier et le QR code de votre équipe sont prêts.
ws-team-no-qr = Pas de QR code pour cette séquence : { $reason }
ws-team-downloading = Le fichier est en cours de téléchargement.
ws-team-file-failed = Le fichier n’a pas pu être créé : { $error }
# Under the team's short code. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-team-code-note = Impossible d’envoyer un lien vers l’écran de l’animateur ? Saisissez-y ce code, dans la vue « Comparer ».
ws-team-no-code = Cette séquence n’a pas de code court (elle change plus de choses qu’un code ne peut en contenir, ou fixe une ampleur plus précise qu’au centième) : rendez le lien, le QR code ou le fichier.

## A team's view in a live room

# In the heading while the team's device joins the room.
ws-team-live-joining = Connexion à la salle en direct…
ws-team-live-waiting = En attente de la publication de l’exercice par l’animateur…
# $reason is why, from ws-live-refusal-…, in lower case.
ws-team-live-refused = La salle en direct a refusé cet appareil : { $reason }. Redemandez le lien de votre équipe à l’animateur.
ws-team-live-failed = Impossible de rejoindre la salle en direct : { $error }.
ws-team-live-exercise-unreadable = L’exercice de l’animateur ne peut pas être lu : { $error }
# $number counts the teams from 1.
ws-team-live-no-team = Cet exercice n’a plus d’équipe { $number } : redemandez le lien de votre équipe à l’animateur.
# A line at the top of the team's view: whether the device reaches the room.
ws-team-live-connected = En direct : les appareils de votre équipe et l’animateur voient chaque modification.
ws-team-live-connecting = En direct : connexion…
ws-team-live-no-answer = Le serveur de salle ne répond pas encore : cette page continue d’essayer.
# $waiting counts the changes not sent yet.
ws-team-live-offline =
    { $waiting ->
        [0] Hors ligne : continuez à travailler ; vos modifications seront envoyées quand la salle répondra de nouveau.
       *[other] Hors ligne : continuez à travailler ; vos modifications ({ $waiting } en attente) seront envoyées quand la salle répondra de nouveau.
    }
# A piece of news the facilitator sent: $headline is its headline, in bold.
ws-team-news-item = Dépêche pour le mois { $month } : { $headline }
# In place of a headline the facilitator left empty.
ws-team-news-untitled = dépêche
# Said to screen readers. $headlines are the news' headlines, joined by ws-team-news-separator.
ws-team-news-said = Dépêches de l’animateur : { $headlines }.
ws-team-news-separator = { " ; " }

## The set-up's live room

# Clauses set after a colon, so they start in lower case: why the room could not open.
ws-live-no-server = cette copie du site n’indique aucun serveur de salle
ws-live-key-missing = saisissez d’abord la clé du serveur de salle
# $error is the browser's reason, in English.
ws-live-no-engine = le moteur de la salle en direct n’a pas pu être chargé ({ $error }) ; cette copie du site a été construite sans lui
# $server is the server's address. The command in brackets is typed as it is.
ws-live-server-silent = le serveur de salle à l’adresse { $server } ne répond pas : est-il lancé ? (cargo xtask room)
ws-live-key-refused = le serveur de salle a refusé la clé : copiez-la de nouveau là où le serveur de salle a été lancé
# $reason is the server's word for it, in English.
ws-live-room-refused = le serveur de salle n’a pas pu ouvrir de salle ({ $reason })
# $status is the server's answer, a number such as 500.
ws-live-room-refused-status = le serveur de salle n’a pas pu ouvrir de salle (statut { $status })
ws-live-answer-unreadable = la réponse du serveur de salle est illisible : cette adresse est-elle bien celle d’un serveur de salle { brand-name } ?
ws-live-link-unreadable = ce lien de salle en direct ne peut pas être lu (il a peut-être été tronqué lors de la copie)
# Why the room server refused a device, as clauses in lower case.
ws-live-refusal-missing-token = le lien ne contient aucune clé de la salle
ws-live-refusal-invalid-token = ce lien n’a pas été créé par ce serveur de salle (il a peut-être été modifié, ou tronqué lors de la copie)
ws-live-refusal-another-room = le lien appartient à une autre salle
ws-live-refusal-another-team = le lien est celui d’une autre équipe
ws-live-refusal-too-large = la séquence dépasse ce que la salle peut conserver
ws-live-refusal-read-only = cet appareil peut seulement consulter cette partie de la salle
ws-live-refusal-unknown-document = cette partie de la salle n’existe pas
# $reason is the server's own word for it, in English.
ws-live-refusal-other = le serveur de salle a donné la raison « { $reason } »
ws-live-refusal-none = le serveur de salle n’a donné aucune raison (« none »)
# $reason is from ws-live-refusal-….
ws-live-host-refused = Le serveur de salle a refusé cet appareil : { $reason }. Ouvrez une nouvelle salle.
# $error is from the clauses above, or the browser's reason.
ws-live-unreachable = La salle en direct est injoignable : { $error }.
ws-live-not-opened = Pas de salle en direct : { $error }.
# Said to screen readers.
ws-live-opened = La salle en direct est ouverte : donnez à chaque équipe son lien.
# A confirmation; OK closes the room. “Compare” is the facilitator's view (ws-page-nav-compare).
ws-live-close-confirm = Fermer la salle en direct ? Les appareils des équipes cessent d’envoyer leurs modifications ; leurs séquences telles qu’elles sont restent dans la vue « Comparer ».
# Said to screen readers.
ws-live-closed = La salle en direct est fermée. Les séquences des équipes telles qu’elles sont restent dans la vue « Comparer ».
# Each team's row: its name (or this, for a team with none), how many of its devices are in the
# room, its link, and two buttons. $team is the team's name.
ws-live-team-unnamed = Équipe { $number }
ws-live-devices =
    { $devices ->
        [0] aucun appareil pour l’instant
        [one] { $devices } appareil
       *[other] { $devices } appareils
    }
# What screen readers say for the field holding the team's link.
ws-live-team-link = Lien de l’équipe : { $team }
ws-live-copy-link = Copier le lien
# A button that shows the team's link as a QR code. Keep it short.
ws-live-qr = QR code
# What screen readers say for that button, and the QR code's description.
ws-live-qr-of = QR code du lien de l’équipe : { $team }
# The heading over a team's QR code shown to the room.
ws-live-qr-title = Scannez pour rejoindre la salle : { $team }
ws-live-no-qr = Pas de QR code : { $reason }.
# The list of the exercise's news, each with a button to send it.
ws-live-no-news = L’exercice ne comporte aucune dépêche.
# $headline is the news' headline, in bold.
ws-live-news-item = Mois { $month } : { $headline }
# In place of a headline the facilitator left empty.
ws-live-news-untitled = Dépêche
ws-live-news-send = Envoyer aux équipes
# The same button once the news is sent.
ws-live-news-sent = Envoyée
# Said to screen readers. $headline is the news' headline.
ws-live-news-said = Envoyée à toutes les équipes : { $headline }.
ws-live-news-said-untitled = Dépêche envoyée à toutes les équipes.
# A line under the room's heading: whether the facilitator's device reaches the room.
ws-live-status-connected = En direct : les modifications des équipes arrivent dans « Comparer » et « Dérouler » au fur et à mesure.
ws-live-status-connecting = En direct : connexion au serveur de salle…
# $waiting counts this device's changes not sent yet.
ws-live-status-silent =
    { $waiting ->
        [0] Le serveur de salle ne répond pas : les équipes continuent de travailler, et leurs modifications arriveront quand il répondra de nouveau.
       *[other] Le serveur de salle ne répond pas : les équipes continuent de travailler, et leurs modifications arriveront quand il répondra de nouveau ({ $waiting } de vos modifications en attente).
    }
