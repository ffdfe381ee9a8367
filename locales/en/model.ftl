# The model's names and explanations, as the page shows them. Written from the model by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit the model's
# words in Rust, never here. Translations live in the other languages' model.ftl.

## Steps a side can take, on the timeline

model-step-humanitarian_exemption = Humanitarian exemption
    .explanation = Relief for medicine, food and humanitarian trade: visible everyday benefits at little cost in leverage.
model-step-sectoral_easing = Sectoral easing
    .explanation = A sector reopened, such as oil exports: a fast economic channel that pays off within months.
model-step-financial_channels = Financial channels
    .explanation = Banking and payment channels restored: a slow channel that pays off over years as investors gain confidence.
model-step-travel_easing = Travel easing
    .explanation = Travel restrictions eased: small, visible, and easy to reverse.
model-step-asset_unfreezing = Asset unfreezing
    .explanation = Frozen assets released: quick money for the target, hard to take back.
model-step-full_lifting = Full lifting
    .explanation = All remaining sanctions lifted (its size is the share of what remains).
model-step-compliance_step = Compliance step
    .explanation = A costly, verifiable step toward the demands, such as dismantling or handing over.
model-step-political_reform = Political reform
    .explanation = Prisoners released, elections held, rights restored.
model-step-humanitarian_access = Humanitarian access
    .explanation = Aid agencies let in: a visible benefit for ordinary people.
model-step-independent_monitoring = Independent monitoring
    .explanation = Continuous monitoring by a third party: a real violation is much more likely to be seen.
model-step-independent_audit = Independent audit
    .explanation = Periodic audits: fewer false alarms and fewer missed violations.
model-step-joint_committee = Joint committee
    .explanation = A joint investigative committee examines alarms before anyone reacts.
model-step-information_exchange = Information exchange
    .explanation = Reciprocal access to information: each side sees more of what the other does.
model-step-published_criteria = Published criteria
    .explanation = Explicit, published criteria for compliance, who verifies, and how disputes are settled.
model-step-snapback_clause = Snapback clause
    .explanation = Relief reverses automatically on a confirmed violation: deterrence that keeps leverage.
model-step-sponsor_guarantee = Sponsor guarantee
    .explanation = A neutral guarantee by a multilateral body or a trusted ally.
model-step-grievance_redress = Grievance redress
    .explanation = Channels for complaints and redress, run with the target and civil society.
model-step-civil_society_forum = Civil society forum
    .explanation = Watchdogs take part and communities are heard.
model-step-technical_cooperation = Technical cooperation
    .explanation = Joint technical projects that build working ties.
model-step-regional_coordination = Regional coordination
    .explanation = Neighbours synchronize messages, share data and agree on standards.

## Who takes a step

model-actor-sanctioning_side = Sanctioning side
model-actor-target = Target
model-actor-third_party = Third parties
model-actor-both = Both sides
model-actor-civil_society = Civil society
model-actor-neighbours = Neighbours

## Shocks: events nobody chose

model-shock-spoiler_attack = Spoiler attack
    .explanation = Spoilers strike to derail the process: support drops and breakdown becomes likelier.
model-shock-leadership_change = Leadership change
    .explanation = New leaders on the sanctioning side: the target doubts that promises will be kept.
model-shock-regional_crisis = Regional crisis
    .explanation = A crisis next door: neighbours and spoilers exploit the uncertainty.
model-shock-economic_shock = Economic shock
    .explanation = A blow to the target's economy from outside the process: hardship erodes support.
model-shock-sender_withdrawal = Sender walks out
    .explanation = One sanctioning party walks out and reimposes its sanctions; its size is how far its secondary sanctions reach the others' relief.

## The model's assumptions, which the reader can change

model-assumption-good_faith = Good faith
    .explanation = How likely the target really means to comply. Each run draws the answer in secret.
model-assumption-initial_trust = Trust in the target at the start
    .explanation = How much the sanctioning side believes the target's good faith at the start.
model-assumption-target_trust = Target's trust at the start
    .explanation = How much the target believes promised relief will come and stay.
model-assumption-hardliners = Hardliners
    .explanation = How strong the spoilers and hardliners are, on both sides.
model-assumption-dependence = Dependence
    .explanation = How much of the target's lost output runs through sanctioned channels: the bite of the pressure.
model-assumption-sponsors = Sponsors
    .explanation = How engaged neutral guarantors (multilateral bodies, trusted allies) are from the start.
model-assumption-regional_spillover = Regional spillover
    .explanation = How strongly neighbours react to, amplify or exploit the process.
model-assumption-generosity = Generosity
    .explanation = How often the sanctioning side forgives a flagged violation instead of reacting (0: never).
model-assumption-reneging = Reneging at home
    .explanation = How likely the sanctioning side's own politics turn against the deal within four years: a new government or legislature walks out.

## The timeline's lanes

model-lane-sanctioning = Sanctioning side
model-lane-target = Target
model-lane-others = Third parties & civil society
model-lane-shocks = Shocks

## What the model projects, month by month

model-series-trust = Trust in the target
    .explanation = The sanctioning side's belief that the target acts in good faith.
model-series-target_trust = Target's trust
    .explanation = The target's belief that relief will be delivered and kept.
model-series-economy = Economic recovery
    .explanation = Share of the output lost to sanctions that has been recovered.
model-series-leverage = Leverage held
    .explanation = Pressure the sanctioning side still holds.
model-series-legitimacy = Legitimacy
    .explanation = Public support for the process in the target society.

## The charts: a title, and a description screen readers announce

model-chart-trust = Trust
    .description = Trust on both sides by month, from 0 to 1: the sanctioning side's belief that the target acts in good faith, shown apart for the futures where the target means it and where it does not, and the target's belief that relief will be delivered and kept, each as a median line with bands holding the middle half and the middle 80% of runs.
model-chart-economy = Economic recovery
    .description = Economic recovery by month, as the share of the output lost to sanctions that has been recovered, shown as a median line with bands holding the middle half and the middle 80% of runs.
model-chart-risk = Risk of breakdown
    .description = Risk of breakdown by month: a line for the share of runs in which the process has broken down by then, over bars for the breakdowns each month, as a share of the runs still intact.
model-chart-leverage = Leverage held
    .description = Leverage held by month, from 0 to 1: the pressure the sanctioning side still holds, as a median line with bands holding the middle half and the middle 80% of runs.
model-chart-legitimacy = Legitimacy
    .description = Legitimacy by month, from 0 to 1: public support for the process in the target society, as a median line with bands holding the middle half and the middle 80% of runs.
model-chart-outcomes = Outcomes
    .description = Outcomes by month, as shares of all runs stacked to 100%: from the top, the deal holds, cheating goes unseen, cheating is caught and relief reimposed, or the deal has collapsed for another reason.

## The two kinds of target the model draws: one means its commitments, one does not

model-target-trust_if_sincere = Trust if the target means it
    .short = If the target means it
model-target-trust_if_insincere = Trust if it doesn't
    .short = If it doesn't

## How a future ends

model-outcome-sustained = Deal holds
    .explanation = The process holds and nobody is exploiting it.
model-outcome-exploited = Cheating unseen
    .explanation = A target that does not mean it keeps relief while its cheating goes unseen.
model-outcome-caught = Cheating caught
    .explanation = Cheating was verified and relief reimposed: verification doing its job.
model-outcome-collapsed = Deal collapsed
    .explanation = The process broke down without cheating being proven: hardliners, a misread alarm, a lapse, or the sanctioning side's own politics.

## The breakdown charts' two quantities, and the model's doubt

model-breakdown-risk = Risk of breakdown
model-breakdown-hazard = Breakdowns each month
model-doubt-edges = 8 in 10 with model doubt
model-doubt-range = Range with model doubt
