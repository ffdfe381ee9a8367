## The workshop page's markup: its header, its views' headings, labels and hints, its dialogs
## and its footer. Words the scripts write are in workshop-setup.ftl and the views' own files.

# The browser tab's title before a view is shown; the scripts then name the view in front.
ws-page-title = Atelier · { brand-name }
# The page's description for search engines and link previews; the reader does not see it on the page.
ws-page-meta-description =
    .content = Animez avec une salle d’équipes un exercice sur l’ordre des étapes : préparez l’exercice en un seul lien, comparez les séquences des équipes, déroulez la frise chronologique sur un projecteur avec des dépêches, et imprimez un bilan.
# A link that keyboard users meet first, which jumps past the header.
ws-page-skip-link = Aller à l’atelier

## The header

# The page's name; the part of the site (“Workshop”) is shown lighter after it.
ws-page-heading = { brand-name } <span data-l10n-name="section">Atelier</span>
ws-page-tagline = Une illustration, pas une prévision
# Read by screen readers before the exercise's title; keep the space at the end.
ws-page-exercise-label = Exercice :{ " " }
# Shown in place of the exercise's title until the page has started.
ws-page-exercise-loading = Chargement…
# A link back to the explorer, the site's main page.
ws-page-explorer-link = Explorateur
# Shown only when the browser runs no scripts.
ws-page-noscript = L’atelier a besoin de JavaScript et de WebAssembly pour faire tourner son modèle dans votre navigateur. Rien n’est envoyé nulle part.
ws-page-loading = Chargement du modèle…

## The facilitator's steps through the exercise (a numbered row of tabs): keep them short

# The name of the row of tabs, for screen readers.
ws-page-nav =
    .aria-label = Animation de l’atelier
ws-page-nav-setup = Préparer
ws-page-nav-compare = Comparer
ws-page-nav-play = Dérouler
ws-page-nav-debrief = Bilan
# A switch: large type and high contrast, for a projector.
ws-page-projector-toggle = Mode projecteur

## Set up: the facilitator prepares the exercise

ws-page-setup-heading = Préparer un exercice
ws-page-setup-intro = Choisissez le point de départ des équipes, nommez les équipes et ce que chacune peut modifier, et rédigez les dépêches que vous annoncerez à la salle par surprise. L’exercice tout entier tient dans un lien : chaque équipe l’ouvre sur son propre appareil. Rien n’est envoyé nulle part ; votre préparation est conservée dans ce navigateur.
ws-page-setup-about-heading = L’exercice
# The exercise's title, which the teams see.
ws-page-setup-title-label = Titre
ws-page-setup-briefing-label = Consignes aux équipes
ws-page-setup-briefing-help = Ce que les équipes lisent avant de commencer : leurs rôles et ce qu’elles doivent viser.
ws-page-setup-start-heading = Point de départ des équipes
# A list of the built-in scenarios.
ws-page-setup-preset-label = Scénario de départ
ws-page-setup-link-label = Ou collez un lien de scénario venu de l’explorateur
# The end of a link to a scenario, as an example in an empty field: keep it as it is.
ws-page-setup-link-input =
    .placeholder = …index.html#s1.…
ws-page-setup-link-use = Utiliser ce scénario
ws-page-setup-teams-heading = Équipes
# A lock limits what a team may change (for instance only one side's steps).
ws-page-setup-teams-help = De deux à huit équipes. Un verrou limite une équipe aux étapes d’un seul camp ; les chocs, les hypothèses et l’horizon restent de votre ressort.
ws-page-setup-add-team = Ajouter une équipe
# An inject: a piece of news the facilitator springs on the room at a given month.
ws-page-setup-injects-heading = Dépêches
ws-page-setup-injects-help = Chaque dépêche est un choc que le modèle subit au mois prévu, avec un titre que la salle voit en plein écran quand la frise l’atteint, et un court texte pour vos notes.
# A checkbox.
ws-page-setup-see-injects = Les équipes voient les dépêches sur leur frise pendant qu’elles préparent leur séquence
ws-page-setup-add-inject = Ajouter une dépêche
ws-page-setup-share-heading = Partager l’exercice
# Above a list of problems in the set-up.
ws-page-setup-problems = Corrigez ces points avant de partager :
# Shown under a note naming the teams that played an earlier version of the exercise.
ws-page-setup-versions-remove = Retirer leurs séquences de la comparaison
ws-page-setup-link-heading = Lien de l’exercice
# A button beside a link; it says “Copied” for a moment after a click.
ws-page-copy-link = Copier le lien
ws-page-setup-qr =
    .alt = QR code du lien de l’exercice
ws-page-setup-qr-caption = Les équipes le scannent pour ouvrir l’exercice sur leur propre appareil.
ws-page-setup-qr-large = Montrer le QR code à la salle
ws-page-setup-open-team = Ouvrir la vue des équipes
ws-page-setup-next = Suite : comparer les équipes

## Set up: running the exercise in a live room (shown when the site has a room server)

ws-page-live-heading = En direct
ws-page-live-help = Dans une salle en direct, chaque équipe travaille sur ses propres appareils (plusieurs à la fois si elle le souhaite), et les vues « Comparer » et « Dérouler » suivent son travail au fur et à mesure. Vous pouvez envoyer des dépêches à toutes les équipes au moment de votre choix. Sans salle, partagez le lien ci-dessus : rien d’autre ne change.
# A password-like key the room server prints when it starts.
ws-page-live-key-label = Clé du serveur de salle
# The command in the <code> is typed as it is: keep it in English.
ws-page-live-key-help = Le serveur de salle l’affiche à son démarrage (<code data-l10n-name="command">cargo xtask room</code>). Elle reste sur cet appareil.
ws-page-live-open = Ouvrir une salle en direct
ws-page-live-teams-heading = Liens des équipes
ws-page-live-teams-help = Chaque équipe ouvre son propre lien, par QR code ou en le copiant. Quiconque a le lien d’une équipe modifie la séquence de cette équipe, et rien d’autre.
ws-page-live-news-heading = Dépêches pour les équipes
ws-page-live-close = Fermer la salle en direct

## A team's view: the team picks its name, then builds its sequence and hands it back

# Replaced by the exercise's title as soon as the exercise is read.
ws-page-team-heading = Exercice
ws-page-team-picker = Quelle est votre équipe ?
# Followed by ws-page-team-facilitate, a button that reads like a link.
ws-page-team-running = Vous animez cet exercice ?
ws-page-team-facilitate = L’animer sur cet appareil
# The team's name goes in the <strong>, which stays empty here.
ws-page-team-banner = Votre équipe : <strong data-l10n-name="name"></strong>
ws-page-team-switch = Changer d’équipe
# On a phone: jumps down to the hand-back panel.
ws-page-team-jump-handback = Rendre…
# The name of the list of news the facilitator sent, for screen readers.
ws-page-team-news =
    .aria-label = Dépêches de l’animateur
# The timeline's heading; the unit is shown smaller.
ws-page-team-timeline-heading = Votre séquence <span data-l10n-name="unit">(mois)</span>
# Enter and Delete are keys on the keyboard.
ws-page-team-timeline-hint = Faites glisser une étape, ou sélectionnez-la et utilisez les touches fléchées. Entrée permet de la modifier ; Suppr de la supprimer.
# Read by screen readers on a step the team's lock keeps fixed.
ws-page-team-locked-note = Verrouillée : votre équipe ne peut ni déplacer ni supprimer cette étape.
ws-page-team-warnings-heading = Cohérence de la séquence
# Opens a list of steps to add.
ws-page-team-palette = Ajouter une étape
# Followed by a field holding a month number.
ws-page-team-add-month = Placer les nouvelles étapes au mois
ws-page-team-charts-heading = Ce qui pourrait s’ensuivre
ws-page-team-bands = Bandes : la moitié centrale et 8 sur 10 des futurs simulés. La ligne grise en tirets est le point de départ de votre équipe.
ws-page-team-editor-heading = Étape sélectionnée
ws-page-team-handback-heading = Rendre la séquence
ws-page-team-handback-help = Quand votre équipe s’est mise d’accord sur sa séquence, remettez-la à l’animateur sous forme de lien, de fichier ou de QR code. Vous pouvez continuer à la modifier et la rendre de nouveau.
ws-page-team-handback = Rendre notre séquence
ws-page-team-link-label = Lien de votre équipe
ws-page-team-download = Télécharger en fichier
ws-page-team-qr =
    .alt = QR code du lien de votre équipe, à scanner par l’animateur
ws-page-team-qr-caption = L’animateur peut le scanner avec un téléphone.
# A short code that stands for the team's sequence, typed where no link can be sent.
ws-page-team-code-label = Code de votre équipe
ws-page-team-start-over = Repartir du scénario de l’exercice

## A team's hand-back, opened by the facilitator

# Replaced by “<team> handed back its sequence” as soon as it is read.
ws-page-received-heading = Séquence d’une équipe
ws-page-received-code-label = Pour l’ajouter sur l’écran du projecteur, saisissez-y ce code dans la vue « Comparer »
ws-page-received-sequence = La séquence
ws-page-received-add = Ajouter à la comparaison sur cet appareil
ws-page-received-open-compare = Ouvrir la comparaison

## Compare: the teams' sequences side by side, and their ranking

ws-page-compare-heading = Comparer les équipes
ws-page-compare-intro = Collez les liens rendus par les équipes, choisissez leurs fichiers, ou déposez les fichiers n’importe où sur cette page. La ligne de chaque équipe a sa propre couleur et son propre motif de tirets.
ws-page-compare-add-heading = Ajouter des équipes
ws-page-compare-input-label = Liens ou codes des équipes, un par ligne
# “…workshop.html#t2.” and “6FTW-G0G9-2H3P” are examples of what is typed: keep them as they are.
ws-page-compare-input-help = Un lien d’équipe commence par …workshop.html#t2. Le code court d’une équipe (par exemple 6FTW-G0G9-2H3P) fonctionne aussi, s’il est saisi sur un appareil préparé avec le même exercice ; de même pour les liens et les fichiers de scénario de l’explorateur.
# Adds what was pasted in the field above.
ws-page-compare-add = Ajouter
ws-page-compare-files = Choisir des fichiers…
ws-page-compare-teams-heading = Équipes comparées
ws-page-compare-empty = Aucune équipe n’a encore rendu de séquence. Les graphiques montrent le scénario de départ.
# Followed by a list: the starting scenario, then each team.
ws-page-compare-focus-label = Bandes et lignes pleines pour
# Followed by a list of two kinds of trust; shown under Compare and Play.
ws-page-team-series-label = Ligne de confiance des équipes
# Read by screen readers only.
ws-page-compare-charts-heading = Les projections des équipes
ws-page-ranking-heading = Classement
ws-page-ranking-weights = Coefficients du score
ws-page-ranking-weights-help = Chaque équipe obtient un score sur 100 à partir de ses quatre chiffres, chacun compté autant de fois que son coefficient (de 0 à 5 ; 0 l’écarte). Mettez-vous d’accord avec la salle sur ces coefficients avant de commencer.
ws-page-ranking-weights-reset = Revenir aux valeurs par défaut

## Play: the timeline played month by month to the room (also the presenter window's buttons)

ws-page-play-heading = Dérouler la frise
# The name of the row of buttons, for screen readers.
ws-page-play-controls =
    .aria-label = Commandes de lecture
# Followed by a list: the starting scenario, then each team.
ws-page-play-focus-label = Séquence
ws-page-play-restart = Recommencer
ws-page-play-back = Mois précédent
ws-page-play-toggle = Lecture
ws-page-play-forward = Mois suivant
ws-page-play-speed-label = Vitesse
ws-page-play-speed-slow = Lente
ws-page-play-speed-normal = Normale
ws-page-play-speed-fast = Rapide
# Opens a second window with the presenter's notes.
ws-page-play-presenter = Notes de présentation
ws-page-play-fullscreen = Plein écran
# Space, the arrow keys and Home are keys on the keyboard.
ws-page-play-keys = Espace lance ou met en pause, les touches fléchées avancent ou reculent d’un mois, Début revient au commencement. La frise s’arrête à chaque dépêche.
# The month being played, large, as in “Month 12 of 48”: the month goes in the <span> named
# “month” and the last month in the one named “horizon” (leave both empty); “of …” is smaller.
ws-page-play-month = <span data-l10n-name="word">Mois</span> <span data-l10n-name="month"></span><span data-l10n-name="of"> sur </span><span data-l10n-name="horizon"></span>
# Read by screen readers only.
ws-page-play-teams-heading = Les étapes de chaque équipe, jusqu’au mois en cours de lecture

## Debrief: the printable summary

ws-page-debrief-heading = Bilan
ws-page-debrief-intro = Un résumé de tout l’exercice, puis une page par équipe avec ses chiffres clés, ce qu’elle a changé par rapport au départ, sa séquence avec ces changements signalés, ses graphiques et la cohérence de sa séquence. Imprimez-le en A4 ou en format US Letter, une feuille par page, ou enregistrez-le en PDF depuis la fenêtre d’impression.
ws-page-debrief-print = Imprimer le bilan

## The presenter's notes, in a second window

ws-page-presenter-heading = Notes de présentation
ws-page-presenter-waiting = En attente de la fenêtre du projecteur…
# What is on the projector now.
ws-page-presenter-now-heading = En ce moment
# Replaced by the month being played; the dash stands for no month yet.
ws-page-presenter-month = Mois –
# The name of the row of buttons, for screen readers.
ws-page-presenter-controls =
    .aria-label = Commandes de lecture de la fenêtre du projecteur
ws-page-presenter-continue = Continuer après la dépêche
# The news still to come.
ws-page-presenter-next-heading = À venir
ws-page-presenter-all-heading = Toutes les dépêches

## The news shown full-screen, the QR code shown to the room, and the page's foot

# Above a news headline shown full-screen on the projector.
ws-page-inject-kicker = Dépêche
ws-page-inject-continue = Continuer
ws-page-inject-hint = Espace, Entrée ou un clic pour continuer.
ws-page-qr-dialog-title = Scannez pour rejoindre l’exercice
ws-page-qr-dialog-close = Fermer
# Shown while files are dragged over the page.
ws-page-drop = Déposez les fichiers des équipes pour les comparer
ws-page-footer = Tout fonctionne dans votre navigateur : l’exercice, les séquences des équipes et la comparaison ne circulent que dans les liens et les fichiers que vous partagez, ou par le serveur d’une salle en direct quand vous en ouvrez une.
