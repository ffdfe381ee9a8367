## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = Bandes : la moitié centrale et 8 sur 10 des futurs simulés ; un chiffre cité dans le texte est assorti de sa moitié centrale. La ligne grise en tirets est la référence que vous avez épinglée ; épinglez de nouveau pour comparer les changements suivants au scénario actuel.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = Bandes : la moitié centrale et 8 sur 10 des futurs simulés ; un chiffre cité dans le texte est assorti de sa moitié centrale. La ligne grise en tirets est la référence : le scénario tel que vous l’avez ouvert. Épinglez le scénario actuel pour lui comparer les changements suivants.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what } : { $error }
explorer-could-not-run = Le modèle n’a pas pu calculer ce scénario
explorer-could-not-explain = L’explication n’a pas pu être établie
explorer-could-not-set-up-embed = La fenêtre d’intégration n’a pas pu être préparée
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = Une erreur s’est produite : { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = Le modèle s’est arrêté de manière inattendue : { $error }
explorer-could-not-start = Relief Sequencer n’a pas pu démarrer : { $error }. Rechargez la page pour réessayer.
# $status: the HTTP status code.
explorer-default-not-loaded = le scénario par défaut n’a pas pu être chargé ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = Faites glisser une étape sur le côté pour la déplacer ; touchez-la pour la sélectionner et la modifier plus bas.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = critères publics
# The scenario's title when it has none.
explorer-untitled-scenario = Scénario sans titre
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = ces valeurs
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = Scénario « { $title } » ouvert. La rubrique « À propos de ce scénario » figure sous la frise chronologique.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = Version { $version }.
