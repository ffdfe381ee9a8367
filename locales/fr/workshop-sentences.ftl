# The sentences the workshop's module writes: remarks for the facilitator, what a team
# changed, the ranking's rule and columns, the locks, and what is wrong with a typed
# code or a team added to the comparison. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-workshop --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

workshop-list-separator = { ", " }
# Values: $init, $last
workshop-list-and = { $init } et { $last }
# Values: $text
workshop-quoted = « { $text } »
workshop-lock-everything = Toutes les étapes
workshop-lock-sanctioning = Seulement les étapes des auteurs des sanctions
workshop-lock-target = Seulement les étapes de l’État visé
workshop-lock-confidence = Seulement les mesures de confiance
workshop-lock-everything-inline = toutes les étapes
workshop-lock-sanctioning-inline = seulement les étapes des auteurs des sanctions
workshop-lock-target-inline = seulement les étapes de l’État visé
workshop-lock-confidence-inline = seulement les mesures de confiance
workshop-lock-everything-description = Votre équipe peut déplacer, ajouter et supprimer n’importe quelle étape. Les chocs relèvent de l’animateur.
workshop-lock-sanctioning-description = Votre équipe joue les auteurs des sanctions : elle peut déplacer, ajouter et supprimer les étapes d’allègement, les critères publics et les clauses de rétablissement automatique. Tout le reste est fixé.
workshop-lock-target-description = Votre équipe joue l’État visé : elle peut déplacer, ajouter et supprimer les mises en conformité, les réformes politiques et l’accès humanitaire. Tout le reste est fixé.
workshop-lock-confidence-description = Votre équipe conçoit les mesures de confiance : elle peut déplacer, ajouter et supprimer la surveillance, les audits, les comités, les garanties et les autres mesures de confiance. Tout le reste est fixé.
workshop-changed-horizon = l’horizon
workshop-changed-scenario = le scénario de départ
workshop-changed-injects = les dépêches
# Values: $team, $teams
workshop-remark-unknown-team = « { $team } » ne fait pas partie des équipes de cet exercice ({ $teams }).
# Values: $months, $start
workshop-remark-changed-horizon = { $months } mois projetés au lieu de { $start }
workshop-remark-changed-assumptions = d’autres hypothèses
workshop-remark-changed-ensemble = un autre ensemble de futurs (nombre de simulations ou graine)
# Values: $changes
workshop-remark-changed-settings = Elle modifie ce que l’animateur a fixé : { $changes }. Ses chiffres ne sont pas comparables à ceux des autres équipes.
# Values: $step, $month
workshop-remark-step-gone = { $step } au mois { $month } a bougé, changé ou disparu
# Values: $step, $month
workshop-remark-step-added = { $step } apparaît désormais au mois { $month }
workshop-remark-step-separator = { " ; " }
# Values: $lock, $changes
workshop-remark-locked-steps = Elle modifie des étapes que le verrou de l’équipe (« { $lock } ») maintient fixes : { $changes }.
workshop-remark-shocks = Elle modifie les chocs, que seul l’animateur fixe.
# Values: $step, $sender
workshop-change-step-sender = { $step } ({ $sender })
# Values: $shock
workshop-change-shock = Le choc « { $shock } »
# Values: $shock, $sender
workshop-change-shock-sender = Le choc « { $shock } » ({ $sender })
# Values: $sender
workshop-change-now-given-by = relève désormais d’un autre auteur des sanctions ({ $sender })
# Values: $from, $to
workshop-change-resized = change d’ampleur (de { $from } à { $to })
workshop-change-made-conditional = attend désormais le respect vérifié des engagements
workshop-change-made-unconditional = n’attend plus le respect vérifié des engagements
workshop-change-now-published = s’accompagne désormais de critères publics
workshop-change-no-longer-published = ne s’accompagne plus de critères publics
# Values: $months
workshop-change-now-lapses = expire désormais au bout de { $months } mois, sauf renouvellement au vu du respect vérifié des engagements
workshop-change-no-longer-lapses = n’expire plus
# Values: $sender
workshop-change-now-walking-out = concerne désormais un autre auteur des sanctions ({ $sender })
# Values: $item, $from, $to
workshop-change-moved = { $item } passe du mois { $from } au mois { $to }
# Values: $item, $from, $to, $changes
workshop-change-moved-and-changed = { $item } passe du mois { $from } au mois { $to }, { $changes }
# Values: $item, $month, $changes
workshop-change-changed = { $item }, au mois { $month }, { $changes }
# Values: $item, $month
workshop-change-removed = { $item }, au mois { $month }, ne figure plus dans la séquence
# Values: $item, $month
workshop-change-added = { $item } entre dans la séquence au mois { $month }
# Values: $month
workshop-criterion-breakdown_risk = Risque de rupture au mois { $month }
# Values: $month
workshop-criterion-trust = Confiance au mois { $month }
# Values: $month
workshop-criterion-economy = Reprise économique au mois { $month }
# Values: $month
workshop-criterion-leverage = Moyens de pression conservés au mois { $month }
workshop-criterion-breakdown_risk-short = Risque de rupture
workshop-criterion-trust-short = Confiance
workshop-criterion-economy-short = Reprise économique
workshop-criterion-leverage-short = Moyens de pression conservés
workshop-criterion-breakdown_risk-inline = risque de rupture
workshop-criterion-trust-inline = confiance
workshop-criterion-economy-inline = reprise économique
workshop-criterion-leverage-inline = moyens de pression conservés
# Values: $criterion, $weight
workshop-rule-weighted = { $criterion } × { $weight }
# Values: $weights, $total
workshop-rule = Classement selon un score sur 100 : chacun des quatre chiffres est exprimé comme une part, où plus vaut mieux (1 − risque de rupture ; confiance, reprise et moyens de pression tels quels) ; ces parts sont pondérées ainsi : { $weights }, puis additionnées et divisées par le total des coefficients, { $total }. Le signe ± indique une erreur type du bruit de la simulation. Une équipe dont le score est à moins de deux erreurs types de celui de l’équipe placée juste au-dessus ne peut pas en être distinguée et partage sa place, marquée « = » : ex aequo, l’écart étant noyé dans le bruit.
# Values: $score, $error
workshop-score = { $score } ± { $error }
# Values: $size
workshop-sequence-size = ampleur { $size }
workshop-sequence-conditional = attend le respect vérifié des engagements
workshop-sequence-transparent = critères publics
workshop-sequence-shock = Choc
workshop-code-typo = ce code contient une faute de frappe, ou n’est pas un code d’équipe complet ; vérifiez-le caractère par caractère avec l’équipe
# Values: $character
workshop-code-character = « { $character } » ne figure pas dans un code d’équipe, qui ne comporte que des chiffres et des lettres majuscules
workshop-code-newer = ce code a été créé par une version plus récente de Relief Sequencer ; ouvrez plutôt le lien de l’équipe
workshop-code-other-exercise = ce code concerne un autre exercice, ou une autre version de celui-ci ; ajoutez plutôt le lien de l’équipe, qui contient son exercice
# Values: $team, $teams
workshop-code-no-such-team = ce code désigne l’équipe { $team }, mais l’exercice en compte { $teams }
workshop-unnamed-team = Équipe sans nom
workshop-what-exercise = l’exercice
workshop-what-team = la séquence de l’équipe
workshop-what-played = l’exercice joué
workshop-what-weights = les coefficients du classement
# Values: $what
workshop-error-not-written-as-json = impossible d’écrire en JSON { $what }
# Values: $what
workshop-error-not-json = { $what } : un objet JSON, ou son texte, est attendu
workshop-starting-scenario = Scénario de départ
# Values: $max, $team
workshop-error-too-many-teams = une comparaison compte au plus { $max } équipes ; retirez-en une avant d’ajouter « { $team } »
workshop-error-team-without-name = chaque équipe d’une comparaison doit avoir un nom
# Values: $team
workshop-error-team-taken = une équipe nommée « { $team } » figure déjà dans la comparaison ; retirez-la d’abord pour la remplacer
# Values: $team, $problems
workshop-error-played-unreadable = l’exercice joint par « { $team } » à sa séquence n’a pas pu être lu : { $problems }
# Values: $title, $months, $horizon
workshop-error-other-exercise-horizon = elle a joué un autre exercice, « { $title } », sur { $months } mois, alors que l’exercice de cette comparaison dure { $horizon } mois ; comparez-la sur un appareil préparé pour son propre exercice (ouvrez-y la séquence rendue), ou demandez à l’équipe de jouer cet exercice-ci à partir de son lien
# Values: $months, $horizon
workshop-error-other-horizon = elle projette { $months } mois, mais cette comparaison { $horizon } ; toutes les équipes doivent partager l’horizon de l’exercice
# Values: $team, $why
workshop-error-team-refused = « { $team } » : { $why }
workshop-remark-unknown-version = Elle a été rendue pour un autre exercice, ou pour une version de celui-ci dont les données d’entrée ont changé depuis, et sa remise ne contient pas l’exercice joué ; elle est donc comparée à l’exercice actuel. Demandez à l’équipe d’ouvrir le lien de cet exercice et de rendre de nouveau sa séquence.
# Values: $changes
workshop-remark-earlier-version = Elle a joué une version antérieure de cet exercice ; ce qui a changé depuis : { $changes }. Ses chiffres sont ceux de la version qu’elle a jouée.
workshop-remark-its-inputs = ses données d’entrée
# Values: $first, $second, $given
workshop-error-team-series = la ligne de confiance des équipes est { $first } ou { $second }, et non { $given }
# Values: $problems
workshop-error-weights = Les coefficients du classement : { $problems }
# Values: $chart
workshop-error-unknown-chart = graphique inconnu : { $chart }
# Values: $index
workshop-error-no-such-team = il n’y a pas d’équipe { $index }
