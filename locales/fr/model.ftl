# The model's names and explanations, as the page shows them. Written from the model by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's
# words in Rust, never here. Translations live in the other languages' model.ftl.

## Steps a side can take, on the timeline

model-step-humanitarian_exemption = Exemption humanitaire
    .explanation = Allègement portant sur les médicaments, l’alimentation et le commerce humanitaire : des bénéfices visibles au quotidien, pour un faible coût en moyens de pression.
model-step-sectoral_easing = Assouplissement sectoriel
    .explanation = Réouverture d’un secteur, comme les exportations de pétrole : un canal économique rapide, qui porte ses fruits en quelques mois.
model-step-financial_channels = Canaux financiers
    .explanation = Rétablissement des canaux bancaires et de paiement : un canal lent, qui porte ses fruits sur plusieurs années, à mesure que les investisseurs reprennent confiance.
model-step-travel_easing = Déplacements facilités
    .explanation = Assouplissement des restrictions de voyage : une mesure modeste, visible et facile à annuler.
model-step-asset_unfreezing = Dégel des avoirs
    .explanation = Libération des avoirs gelés : de l’argent vite disponible pour l’État visé, et difficile à reprendre.
model-step-full_lifting = Levée totale
    .explanation = Levée de toutes les sanctions restantes (son ampleur est la part de ce qui reste).
model-step-compliance_step = Mise en conformité
    .explanation = Une mesure coûteuse et vérifiable pour répondre aux exigences, comme un démantèlement ou la remise de matériel ou de personnes.
model-step-political_reform = Réforme politique
    .explanation = Libération de prisonniers, tenue d’élections, rétablissement de droits.
model-step-humanitarian_access = Accès humanitaire
    .explanation = Les organisations humanitaires sont autorisées à entrer : un bénéfice visible pour la population.
model-step-independent_monitoring = Surveillance indépendante
    .explanation = Une surveillance continue exercée par un tiers : une violation réelle a beaucoup plus de chances d’être repérée.
model-step-independent_audit = Audit indépendant
    .explanation = Des audits périodiques : moins de fausses alertes et moins de violations qui passent inaperçues.
model-step-joint_committee = Comité conjoint
    .explanation = Un comité d’enquête conjoint examine les alertes avant que quiconque ne réagisse.
model-step-information_exchange = Échange d’informations
    .explanation = Un accès réciproque à l’information : chaque partie voit mieux ce que fait l’autre.
model-step-published_criteria = Critères publics
    .explanation = Des critères explicites et rendus publics : ce qui vaut respect des engagements, qui vérifie, et comment les différends sont réglés.
model-step-snapback_clause = Rétablissement automatique
    .explanation = L’allègement est annulé automatiquement en cas de violation confirmée : une dissuasion qui préserve les moyens de pression.
model-step-sponsor_guarantee = Garantie d’un parrain
    .explanation = Une garantie neutre apportée par une organisation multilatérale ou un allié de confiance.
model-step-grievance_redress = Plaintes et recours
    .explanation = Des voies de plainte et de recours, gérées avec l’État visé et la société civile.
model-step-civil_society_forum = Forum de la société civile
    .explanation = Des organisations de veille y prennent part et les populations sont entendues.
model-step-technical_cooperation = Coopération technique
    .explanation = Des projets techniques communs, qui tissent des liens de travail.
model-step-regional_coordination = Coordination régionale
    .explanation = Les pays voisins accordent leurs messages, partagent des données et s’entendent sur des normes.

## Who takes a step

model-actor-sanctioning_side = Auteurs des sanctions
model-actor-target = État visé
model-actor-third_party = Tiers
model-actor-both = Les deux parties
model-actor-civil_society = Société civile
model-actor-neighbours = Pays voisins

## Shocks: events nobody chose

model-shock-spoiler_attack = Attaque de saboteurs
    .explanation = Des saboteurs frappent pour faire dérailler le processus : le soutien recule et la rupture devient plus probable.
model-shock-leadership_change = Changement de dirigeants
    .explanation = De nouveaux dirigeants du côté des auteurs des sanctions : l’État visé doute que les promesses soient tenues.
model-shock-regional_crisis = Crise régionale
    .explanation = Une crise dans un pays voisin : les voisins et les saboteurs exploitent l’incertitude.
model-shock-economic_shock = Choc économique
    .explanation = Un coup porté à l’économie de l’État visé, venu de l’extérieur du processus : les difficultés érodent le soutien.
model-shock-sender_withdrawal = Retrait unilatéral
    .explanation = L’un des auteurs des sanctions se retire et rétablit ses sanctions ; son ampleur mesure jusqu’où ses sanctions secondaires atteignent l’allègement accordé par les autres.

## The model's assumptions, which the reader can change

model-assumption-good_faith = Bonne foi
    .explanation = La probabilité que l’État visé ait réellement l’intention de respecter ses engagements. Chaque simulation tire la réponse en secret.
model-assumption-initial_trust = Confiance envers l’État visé au départ
    .explanation = Dans quelle mesure les auteurs des sanctions croient, au départ, à la bonne foi de l’État visé.
model-assumption-target_trust = Confiance de l’État visé au départ
    .explanation = Dans quelle mesure l’État visé croit que l’allègement promis viendra et durera.
model-assumption-hardliners = Partisans de la ligne dure
    .explanation = La force des saboteurs et des partisans de la ligne dure, des deux côtés.
model-assumption-dependence = Dépendance
    .explanation = La part de la production perdue par l’État visé qui passe par des canaux sanctionnés : ce qui donne sa force à la pression.
model-assumption-sponsors = Parrains
    .explanation = Le degré d’engagement des garants neutres (organisations multilatérales, alliés de confiance) dès le départ.
model-assumption-regional_spillover = Débordements régionaux
    .explanation = L’intensité avec laquelle les pays voisins réagissent au processus, l’amplifient ou l’exploitent.
model-assumption-generosity = Indulgence
    .explanation = La fréquence à laquelle les auteurs des sanctions pardonnent une violation signalée au lieu de réagir (0 : jamais).
model-assumption-reneging = Revirement intérieur
    .explanation = La probabilité que la politique intérieure des auteurs des sanctions se retourne contre l’accord dans les quatre ans : un nouveau gouvernement ou un nouveau Parlement s’en retire.

## The timeline's lanes

model-lane-sanctioning = Auteurs des sanctions
model-lane-target = État visé
model-lane-others = Tiers et société civile
model-lane-shocks = Chocs

## What the model projects, month by month

model-series-trust = Confiance envers l’État visé
    .explanation = La conviction des auteurs des sanctions que l’État visé agit de bonne foi.
model-series-target_trust = Confiance de l’État visé
    .explanation = La conviction de l’État visé que l’allègement sera accordé et maintenu.
model-series-economy = Reprise économique
    .explanation = La part de la production perdue à cause des sanctions qui a été récupérée.
model-series-leverage = Moyens de pression conservés
    .explanation = La pression que les auteurs des sanctions conservent encore.
model-series-legitimacy = Légitimité
    .explanation = Le soutien de l’opinion au processus, dans la société de l’État visé.

## The charts: a title, and a description screen readers announce

model-chart-trust = Confiance
    .description = La confiance des deux côtés, mois par mois, de 0 à 1 : la conviction des auteurs des sanctions que l’État visé agit de bonne foi, présentée séparément pour les futurs où l’État visé est sincère et pour ceux où il ne l’est pas, et la conviction de l’État visé que l’allègement sera accordé et maintenu ; chacune sous forme de ligne médiane, avec des bandes couvrant la moitié centrale et les 80 % centraux des simulations.
model-chart-economy = Reprise économique
    .description = La reprise économique, mois par mois, en part de la production perdue à cause des sanctions qui a été récupérée, sous forme de ligne médiane, avec des bandes couvrant la moitié centrale et les 80 % centraux des simulations.
model-chart-risk = Risque de rupture
    .description = Le risque de rupture, mois par mois : une ligne pour la part des simulations dans lesquelles le processus a été rompu à cette date, superposée à des barres pour les ruptures de chaque mois, en part des simulations encore intactes.
model-chart-leverage = Moyens de pression conservés
    .description = Les moyens de pression conservés, mois par mois, de 0 à 1 : la pression que les auteurs des sanctions conservent encore, sous forme de ligne médiane, avec des bandes couvrant la moitié centrale et les 80 % centraux des simulations.
model-chart-legitimacy = Légitimité
    .description = La légitimité, mois par mois, de 0 à 1 : le soutien de l’opinion au processus dans la société de l’État visé, sous forme de ligne médiane, avec des bandes couvrant la moitié centrale et les 80 % centraux des simulations.
model-chart-outcomes = Issues
    .description = Les issues, mois par mois, en parts de l’ensemble des simulations, empilées jusqu’à 100 % : de haut en bas, l’accord tient, la tricherie passe inaperçue, la tricherie est détectée et les sanctions sont rétablies, ou l’accord s’est effondré pour une autre raison.

## The two kinds of target the model draws: one means its commitments, one does not

model-target-trust_if_sincere = Confiance si l’État visé est sincère
    .short = S’il est sincère
model-target-trust_if_insincere = Confiance s’il ne l’est pas
    .short = S’il ne l’est pas

## How a future ends

model-outcome-sustained = Accord maintenu
    .explanation = Le processus tient et personne ne l’exploite.
model-outcome-exploited = Tricherie inaperçue
    .explanation = Un État visé qui n’est pas sincère conserve l’allègement tandis que sa tricherie passe inaperçue.
model-outcome-caught = Tricherie détectée
    .explanation = La tricherie a été vérifiée et les sanctions rétablies : la vérification a joué son rôle.
model-outcome-collapsed = Accord effondré
    .explanation = Le processus a été rompu sans que la tricherie soit prouvée : partisans de la ligne dure, alerte mal interprétée, défaillance, ou politique intérieure des auteurs des sanctions.

## The breakdown charts' two quantities, and the model's doubt

model-breakdown-risk = Risque de rupture
model-breakdown-hazard = Ruptures par mois
model-doubt-edges = 8 sur 10 avec l’incertitude du modèle
model-doubt-range = Fourchette avec l’incertitude du modèle
