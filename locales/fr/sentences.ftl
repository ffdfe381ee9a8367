# The sentences the model's module writes: the checker's warnings, the summary, the
# readout and what a change did. Written from the templates in Rust by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# Translations keep every `{ $name }` and use no selectors or functions: the module
# puts the values in place itself, already written in the reader's digits.

# Values: $step, $month
check-relief-unverified = { $step } (mois { $month }) : aucune étape de vérification n’est prévue, si bien que rien ne permet de savoir si l’État visé respecte ses engagements.
# Values: $step, $month, $first
check-relief-before-verification = { $step } (mois { $month }) intervient avant toute étape de vérification (la première est au mois { $first }).
# Values: $step, $month
check-conditional-never-released = { $step } (mois { $month }) : cette étape est conditionnelle, mais rien ne vérifie le respect des engagements ; elle ne sera jamais accordée.
# Values: $share
check-relief-over-full = Les étapes d’allègement totalisent { $share } de l’ensemble des sanctions ; ce qui dépasse 100 % reste sans effet.
# Values: $step, $month, $lifting
check-relief-after-lifting = { $step } (mois { $month }) intervient après la levée totale du mois { $lifting } : il ne reste plus rien à alléger.
# Values: $share
check-relief-front-loaded = { $share } des sanctions sont allégées dès les trois premiers mois : il reste peu de moyens de pression pour les étapes suivantes.
# Values: $month
check-snapback-blind = La clause de rétablissement automatique du mois { $month } ne dispose d’aucun moyen de détecter les violations : elle ne dissuade guère, et de simples rumeurs peuvent la déclencher.
# Values: $month
check-snapback-false-alarms = La clause de rétablissement automatique du mois { $month } n’est assortie d’aucun audit ni d’aucun comité conjoint pour écarter les fausses alertes : une fausse alerte pourrait annuler l’allègement.
check-sponsors-paternalism = S’appuyer fortement sur des parrains extérieurs peut passer pour du paternalisme dans la société de l’État visé et coûter en légitimité.
# Values: $step, $month
check-reform-waits-forever = { $step } (mois { $month }) attend un allègement, mais aucun n’est prévu : cette étape n’aura jamais lieu.
check-no-everyday-benefit = Aucune étape n’apporte de bénéfices au quotidien ni ne donne la parole à la population de l’État visé (exemption ou accès humanitaire, plaintes et recours, forum de la société civile) : le soutien au processus risque de rester faible.
# Values: $step, $month
why-step-at-month = { $step } au mois { $month }
# Values: $shock, $month
why-shock-at-month = { $shock } au mois { $month }
# Values: $what, $target, $amount
why-raised = { $what } : { $target } en hausse de { $amount }.
# Values: $what, $target, $amount
why-lowered = { $what } : { $target } en baisse de { $amount }.
# Values: $what, $target, $amount, $reason
why-raised-because = { $what } : { $target } en hausse de { $amount }. { $reason }
# Values: $what, $target, $amount, $reason
why-lowered-because = { $what } : { $target } en baisse de { $amount }. { $reason }
# Values: $amount
why-amount = { $amount }
# Values: $amount
why-amount-points = { $amount } points de pourcentage
# Values: $amount
why-amount-recovery = { $amount } points de reprise
why-noun-trust = la confiance envers l’État visé
why-noun-target_trust = la confiance de l’État visé
why-noun-economy = la reprise économique
why-noun-leverage = les moyens de pression
why-noun-legitimacy = la légitimité
why-noun-backsliding_risk = le risque de rupture
# Values: $explanation
why-reason-shock = { $explanation }
why-reason-conditional = Cette étape attendait le respect vérifié des engagements : elle a donc fait figure de récompense plutôt que de pari.
why-reason-unverified = Cette étape est intervenue avant toute vérification : elle a donc été perçue comme un allègement sans contrepartie.
why-reason-spends-pressure = L’allègement consomme la pression qu’exercent les sanctions.
why-reason-everyday-benefits = Les bénéfices au quotidien renforcent le soutien au processus, pour un faible coût en moyens de pression.
why-reason-delivered = Un allègement accordé comme promis renforce la confiance de l’État visé et relance son économie.
why-reason-transparent = Une étape transparente et coûteuse est un signal fort de bonne foi.
why-reason-opaque = Une étape opaque n’est perçue que dans la mesure où la vérification l’atteint.
why-reason-verification = La vérification permet aux auteurs des sanctions de distinguer le respect des engagements d’une violation.
why-reason-snapback = Le rétablissement automatique dissuade les violations, mais annule l’allègement lorsqu’il se déclenche.
why-reason-published-criteria = Des critères publics raccourcissent les examens et rassurent les investisseurs.
why-reason-guarantee = Une garantie rend la rupture plus coûteuse pour les deux parties.
why-reason-voice = Donner la parole à la population renforce le soutien au processus.
why-reason-neighbours = Des voisins coordonnés laissent moins de prise aux saboteurs.
# Values: $month
measure-breakdown-by = le risque de rupture au mois { $month }
# Values: $month
measure-trust-at-end = la confiance envers l’État visé au mois { $month }
# Values: $month
measure-recovery-at-end = la reprise économique au mois { $month }
# Values: $month
measure-recovery-over-time = la reprise économique moyenne des mois 0 à { $month }
# Values: $name
factor-assumption = { $name }
# Values: $step, $month
factor-when = Quand : { $step } (mois { $month })
# Values: $step, $month
factor-how-much = Ampleur : { $step } (mois { $month })
# Values: $breakdown, $weight, $recovery
objective-weighted = { $breakdown } moins { $weight } fois { $recovery }
# Values: $step, $changes
move = { $step } : { $changes }
# Values: $list, $next
move-and-then = { $list } ; { $next }
# Values: $from, $to
move-month = mois { $from } → { $to }
move-waits = attend le respect vérifié des engagements
move-no-longer-waits = n’attend plus le respect vérifié des engagements
move-announced = s’accompagne de critères publics
move-no-longer-announced = ne s’accompagne plus de critères publics
# Values: $median, $low, $high
say-middle-half = { $median } (moitié centrale de { $low } à { $high })
# Values: $median, $low, $high
say-middle-half-at-least-half = { $median } (moitié centrale de { $low } à { $high } ; au moins la moitié des futurs sont à { $median })
# Values: $median, $low, $high
say-middle-half-quarter = { $median } (moitié centrale de { $low } à { $high } ; un quart des futurs ou plus sont à { $median })
# Values: $median, $low, $high
say-median-and-range = { $median } ({ $low } à { $high })
# Values: $median, $low, $high
say-median-and-range-many = { $median } ({ $low } à { $high }, dont beaucoup à { $median })
# Values: $sincere, $insincere
say-trust-by-type = si l’État visé est sincère, la confiance envers lui est de { $sincere } ; s’il ne l’est pas, de { $insincere }
# Values: $value
say-trust-sincere-only = la confiance envers l’État visé, sincère dans tous les futurs simulés, est de { $value }
# Values: $value
say-trust-insincere-only = la confiance envers l’État visé, qui n’est sincère dans aucun des futurs simulés, est de { $value }
# Values: $value
say-trust-one = la confiance envers l’État visé est de { $value }
# Values: $sustained, $exploited, $caught, $collapsed
say-outcomes = À cette date, l’accord tient dans { $sustained } des futurs ; la tricherie passe inaperçue dans { $exploited } et elle est détectée dans { $caught } ; l’accord s’est effondré dans { $collapsed }.
say-no-change = sans changement
# Values: $change
say-change-points = { $change } points
# Values: $change
say-change-one-point = { $change } point
# Values: $before, $after, $change
say-before-after = { $before } → { $after } ({ $change })
# Values: $month, $sincere, $insincere
say-change-trust-by-type = confiance au mois { $month }, si l’État visé est sincère : { $sincere } ; s’il ne l’est pas : { $insincere }
# Values: $sincere, $insincere
say-change-trust-by-type-short = sincère : { $sincere } ; non sincère : { $insincere }
# Values: $month, $change
say-change-trust = confiance envers l’État visé au mois { $month } : { $change }
# Values: $month, $change
say-change-by-month = au mois { $month } : { $change }
# Values: $month, $change
say-change-recovery = reprise au mois { $month } : { $change }
# Values: $month, $change
say-change-breakdown = risque de rupture au mois { $month } : { $change }
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk
say-summary = Au mois { $month }, { $trust }. La confiance de l’État visé est de { $target_trust }, et { $recovered } de la perte économique est récupérée (moitié centrale de { $low } à { $high }) ; le risque de rupture est de { $risk }.
# Values: $month, $trust, $target_trust, $recovered, $low, $high, $risk, $baseline
say-summary-with-baseline = Au mois { $month }, { $trust }. La confiance de l’État visé est de { $target_trust }, et { $recovered } de la perte économique est récupérée (moitié centrale de { $low } à { $high }) ; le risque de rupture est de { $risk } ({ $baseline } dans le scénario de référence).
# Values: $range
say-summary-doubt = Si les chiffres internes du modèle s’écartent de la réalité dans des limites plausibles, le risque pourrait aller { $range }.
say-summary-no-doubt = Si les chiffres internes du modèle s’écartent de la réalité dans des limites plausibles, le risque varie moins que ce que le seul hasard permet de déceler avec ce nombre de futurs.
# Values: $low, $high
say-risk-range = de { $low } à { $high }
# Values: $range
say-risk-range-note = { $range } avec l’incertitude du modèle
say-no-risk-range-note = pas de fourchette nette avec l’incertitude du modèle
say-no-clear-range = pas de fourchette nette
# Values: $risk, $note
say-risk-with-note = { $risk } ({ $note })
# Values: $month, $risk, $hazard
say-chart-risk = Mois { $month } : risque de rupture { $risk } ; ruptures ce mois-ci dans { $hazard } des futurs encore intacts.
# Values: $month, $risk, $note, $hazard
say-chart-risk-doubt = Mois { $month } : risque de rupture { $risk } ({ $note }) ; ruptures ce mois-ci dans { $hazard } des futurs encore intacts.
# Values: $month, $values
say-chart-month = Mois { $month } : { $values }.
# Values: $month
say-chart-no-outcomes = Mois { $month } : cette projection ne donne pas la répartition des issues.
# Values: $name, $value
say-named-value = { $name } { $value }
say-list-separator = { " ; " }
say-table-month = Mois
say-inline-trust = confiance envers l’État visé
say-inline-target_trust = confiance de l’État visé
say-inline-economy = reprise économique
say-inline-leverage = moyens de pression conservés
say-inline-legitimacy = légitimité
say-inline-trust_if_sincere = confiance si l’État visé est sincère
say-inline-trust_if_insincere = confiance s’il ne l’est pas
say-inline-sustained = accord maintenu
say-inline-exploited = tricherie inaperçue
say-inline-caught = tricherie détectée
say-inline-collapsed = accord effondré
# Values: $objective, $before, $after, $improvement, $error
suggest-clear = Un meilleur ordre : sur de nouveaux futurs, il fait baisser { $objective } de { $before } à { $after } (baisse de { $improvement } ± { $error }, à une erreur type près).
# Values: $tried, $improvement, $error
suggest-none = Pas d’amélioration nette : sur { $tried }, aucun ne fait mieux que le vôtre, sur de nouveaux futurs, de plus de deux fois le bruit statistique ({ $improvement } ± { $error }) ; rien n’est donc suggéré.
suggest-one-order = 1 ordre essayé
# Values: $count
suggest-orders = { $count } ordres essayés
suggest-outcome-breakdown = risque de rupture à la fin
suggest-outcome-trust = confiance envers l’État visé à la fin
suggest-outcome-recovery = reprise économique à la fin
# Values: $label, $before, $after, $change
suggest-outcome-change = { $label } : { $before } → { $after } ({ $change })
