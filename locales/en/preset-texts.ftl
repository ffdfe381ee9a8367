# The presets' titles and texts. Written from crates/model/presets/*.json by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# The historical texts are careful summaries of their sources: translate them as
# faithfully, keeping dates, figures and names of institutions as the language's press
# writes them.

## The scenario a first visit opens

default-scenario = Phased relief under independent monitoring
    .description = An illustrative sequence, not any real country's. Sanctions relief begins small and humanitarian; independent monitors arrive in month 1 and the target's first compliance step follows in month 2. Sectoral easing in month 6 and financial channels in month 18 wait until compliance has been verified, the first with its criteria published; a spoiler attack strikes in month 20. Move any step to see how its timing changes trust on both sides, the economy's recovery and the risk that the process breaks down.

## All at once

preset-all-at-once = All at once
    .description = Every sanction lifted at month 0 in exchange for a promise, with nothing to verify it. It shows what front-loading costs: leverage is spent at once, and relief without verification reads as tactical theater at home.
    .assumptions-why = The product's default assumptions: an even chance that the target means it, and moderate mistrust on both sides.

## Phased and verified

preset-phased-and-verified = Phased and verified
    .description = Small, verified steps in turn (GRIT): monitoring first, then each stage of relief released only after months of verified compliance, with a transparent compliance step before each.
    .assumptions-why = The product's default assumptions, so the sequence alone makes the difference against “All at once”.

## Humanitarian first

preset-humanitarian-first = Humanitarian first
    .description = Relief starts with medicine, food and aid access, with a voice for civil society, before any economic easing: visible everyday benefits build legitimacy and make it harder for spoilers to derail what follows.
    .assumptions-why = The product's default assumptions.

## Verification first

preset-verification-first = Verification first
    .description = A year of building the means to verify (monitoring, audits, information exchange, a joint committee) and of the target's verified steps, before any relief. Trust is earned slowly and leverage is kept, at the price of a year without economic recovery.
    .assumptions-why = The product's default assumptions.

## Snapback with published criteria

preset-snapback-with-criteria = Snapback with published criteria
    .description = Relief under a snapback clause, with published criteria for compliance and audits and a joint committee to weed out false alarms before anyone reacts: deterrence without hair-trigger reversals.
    .assumptions-why = The product's default assumptions.

## Iran, 2013–2019: from the interim deal to the U.S. withdrawal

preset-iran-2013 = Iran, 2013–2019: from the interim deal to the U.S. withdrawal
    .description = The Joint Plan of Action (November 2013, month 0) traded a freeze of Iran's nuclear programme for limited U.S. and EU relief once the IAEA verified first steps (January 2014, month 2). The comprehensive agreement followed in July 2015 (month 20), with a Joint Commission, published criteria and a snapback clause; on Implementation Day (January 2016, month 26) the IAEA verified the nuclear steps, and the EU, the United States and the UN lifted their nuclear-related sanctions. A U.S. administration opposed to the deal took office in January 2017 (month 38), and in May 2018 (month 54) the United States withdrew and reimposed its sanctions, including the secondary sanctions that reach European firms and banks.
    .assumptions-why = Deep mistrust on both sides (trust in the target at the start 0.15, the target's trust at the start 0.2) and strong hardliners in both capitals (0.6); oil made the economy highly dependent on sanctioned channels (0.7); the P5+1 and the EU coordinator engaged as sponsors (0.4); neighbours reacted strongly (0.6). The U.S. walkout of May 2018 is on the timeline as its own shock, so the chance that the sanctioning side's politics turn against the deal is left at the default (0.1) for everything else.
    .outcome = The deal held: the IAEA verified Iran's compliance in report after report. Oil output stood about 25% above its 2015 average three months after Implementation Day, while non-oil growth stayed near 1% as large European banks stayed away: the fast channel paid within months, the slow one hardly at all. In May 2018 the United States walked out and reimposed its sanctions, including those on anyone in the world dealing with Iran, and European firms left although the EU stayed in the deal. Oil exports fell from over 2 million barrels a day to under 0.4 within a year, GDP shrank 4.9% in 2018/19, and from May 2019 Iran stopped observing some of the deal's limits. The UN's sanctions came back by snapback on 27–28 September 2025, after the period shown. The projection is gloomier than history: most runs break down at least once before May 2018, and only about four in ten have the deal in force when the United States walks out. The walkout makes the breakdown risk jump and keeps it higher for a few months, and it takes away about a sixth of the relief still in force; the year of Iranian patience and the slide that followed are not in the model.
preset-iran-2013-milestone-0 = Joint Plan of Action signed
preset-iran-2013-milestone-1 = IAEA verifies first steps; limited U.S. and EU relief
preset-iran-2013-milestone-2 = JCPOA concluded
preset-iran-2013-milestone-3 = Adoption Day
preset-iran-2013-milestone-4 = Implementation Day: EU, U.S. and UN nuclear-related sanctions lifted
preset-iran-2013-milestone-5 = A U.S. administration opposed to the deal takes office
preset-iran-2013-milestone-6 = United States withdraws and reimposes its sanctions
preset-iran-2013-milestone-7 = First U.S. sanctions back in force
preset-iran-2013-milestone-8 = U.S. oil and banking sanctions back in force
preset-iran-2013-milestone-9 = U.S. oil waivers end; Iran stops observing some of the deal's limits

## Libya, 2003–2011: from Lockerbie to normalization, and back

preset-libya-2003 = Libya, 2003–2011: from Lockerbie to normalization, and back
    .description = Libya accepted responsibility for Lockerbie in August 2003 (month 0) and UN sanctions, suspended since 1999, were lifted the next month. It renounced weapons of mass destruction in December 2003 (month 4) and let U.S. and U.K. teams verify (month 5). U.S. relief followed in stages: travel (month 6), most of the trade embargo, with the Iran and Libya Sanctions Act no longer applied to Libya (April 2004, month 8), the end of the 1986 emergency sanctions with frozen assets released and flights allowed (September 2004, month 13), and removal from the terrorism list (announced May 2006, month 33). In February 2011 (month 90), as uprisings swept the region, the government met protests with force; the United States and the UN Security Council froze Libya's assets again within days.
    .assumptions-why = A regime with strong reasons to come in from the cold (good faith 0.7) but a long record of mistrust (0.2); oil exports made it dependent on sanctioned channels (0.7); the U.K. acted as a trusted broker (sponsors 0.3). The model has no shock for a government turning its forces on its own people: the February 2011 uprising and its repression are encoded as the closest kinds it has, a regional crisis (the uprisings in Tunisia and Egypt next door) and a spoiler attack of full size, followed by the United States and the UN walking out and reimposing sanctions; the UN's measures bind every state, so their reach into other relief is near complete (0.9).
    .outcome = A major U.S. firm restarted production in July 2005, 15 months after the April 2004 easing, and normalization held for seven years. In February 2011, as uprisings swept Tunisia and Egypt, protests in Benghazi were met with force; within days the United States froze Libya's assets (Executive Order 13566, 25 February) and the UN Security Council imposed an asset freeze, a travel ban and an arms embargo (Resolution 1970, 26 February). The projection agrees with history in direction: the process holds in about two runs in three until 2011, then the uprising and the asset freezes break down most of the runs that had held, and take away more than half of the relief in force.
preset-libya-2003-milestone-0 = Lockerbie responsibility accepted; $2.7bn escrow
preset-libya-2003-milestone-1 = UNSCR 1506 lifts UN sanctions
preset-libya-2003-milestone-2 = WMD programmes renounced
preset-libya-2003-milestone-3 = U.S./U.K. verification teams arrive
preset-libya-2003-milestone-4 = Travel ban eased
preset-libya-2003-milestone-5 = Most of the U.S. embargo lifted; ILSA no longer applied to Libya
preset-libya-2003-milestone-6 = 1986 emergency sanctions end; assets unfrozen; flights allowed
preset-libya-2003-milestone-7 = Terrorism-list removal announced
preset-libya-2003-milestone-8 = Uprising met with force; U.S. and UN asset freezes

## Myanmar, 2012–2021: easing for reform, then the coup

preset-myanmar-2012 = Myanmar, 2012–2021: easing for reform, then the coup
    .description = After the April 2012 by-elections (month 0), the EU suspended all its sanctions but the arms embargo that same month, and U.S. general licenses allowed financial services and new investment with reporting requirements, the military excluded (July 2012, month 3). The EU lifted its suspended sanctions in April 2013 (month 12). The November 2015 elections (month 43) were followed by the end of the U.S. sanctions programme (October 2016, month 54). The army's campaign in Rakhine State from August 2017 (month 64) drove some 700,000 Rohingya into Bangladesh. After a second election won by the civilian party (November 2020, month 103), the army seized power on 1 February 2021 (month 106); the United States reimposed sanctions that month and the EU in March 2021 (month 107).
    .assumptions-why = A reforming civilian-led government with a powerful military behind it (hardliners 0.5); a patient, forgiving West (generosity 0.5); a modest dependence on Western channels (0.4) given trade with its neighbours. The model has no shock for a coup by the target's own army: the 2021 coup is encoded as the closest kinds it has, a spoiler attack of full size (the military, the process's spoiler, takes power) followed by the United States and the EU walking out and reimposing sanctions; the 2017 Rakhine crisis, which drove hundreds of thousands of refugees into Bangladesh, is encoded as a regional crisis.
    .outcome = Foreign direct investment rose from $1.42bn (FY2012/13) to $4.11bn (FY2013/14) and $9.48bn (FY2015/16): the slow channel, with a lag of one to two years. The army's 2017 campaign against the Rohingya brought sanctions on individual officers, but the wider relief stayed. On 1 February 2021 the army seized power and detained the elected leaders; the United States and the EU imposed new sanctions on the generals and their firms, and easing for reform was over. The projection is gloomier than history before the coup: most runs break down at least once in the nine years before it, some to restart, and about four in ten have the process intact in January 2021. The coup makes the breakdown risk jump, and the U.S. and EU sanctions take away all the relief still in force.
preset-myanmar-2012-milestone-0 = By-elections; the EU suspends its sanctions except the arms embargo
preset-myanmar-2012-milestone-1 = U.S. General Licenses 16 and 17
preset-myanmar-2012-milestone-2 = The EU lifts its suspended sanctions, keeping the arms embargo
preset-myanmar-2012-milestone-3 = Elections
preset-myanmar-2012-milestone-4 = Executive Order 13742 ends the U.S. programme
preset-myanmar-2012-milestone-5 = Army campaign in Rakhine State; Rohingya flee to Bangladesh
preset-myanmar-2012-milestone-6 = Elections, won again by the civilian party
preset-myanmar-2012-milestone-7 = Military coup; Executive Order 14014 reimposes U.S. sanctions
preset-myanmar-2012-milestone-8 = EU sanctions on those responsible for the coup

## Sudan, 2016–2022: five tracks, a review, a delisting and a coup

preset-sudan-2016 = Sudan, 2016–2022: five tracks, a review, a delisting and a coup
    .description = From June 2016 (month 0) the United States and Sudan engaged on five tracks: a cessation of hostilities, humanitarian access, South Sudan, counter-terrorism and the Lord's Resistance Army. In January 2017 (month 7) Executive Order 13761 and a general license gave temporary relief subject to a 180-day review, extended by three months in July 2017 (month 13); the trade embargo was revoked in October 2017 (month 16). Sudan stayed on the list of state sponsors of terrorism, which kept most banks away. After the April 2019 revolution a civilian-led transitional government took office (August 2019, month 38), agreed to compensate victims of terrorism (October 2020, month 52), and the listing was rescinded in December 2020 (month 54). On 25 October 2021 (month 64) the army seized power.
    .assumptions-why = Compliance that observers judged partial (good faith 0.5); a volatile region (spillover 0.5); a review that could reverse relief, modelled as a snapback clause. The state-sponsor-of-terrorism listing kept most banks away until December 2020, so the 2017 relief is partial, and its rescission is a step of its own. The model has no shock for a coup by the target's own army: the October 2021 coup is encoded as the closest kind it has, a spoiler attack of full size; the United States paused its aid and the World Bank its disbursements but did not reimpose the lifted sanctions, so that pause is encoded as an economic shock rather than a sender walking out.
    .outcome = The trade embargo was revoked in October 2017 although Crisis Group judged compliance only partial, but the terrorism listing kept most banks away and the economy sank. After the 2019 revolution the transitional government agreed to pay $335m to victims of terrorism, the listing was rescinded in December 2020, and the World Bank and the IMF granted debt relief in June 2021. On 25 October 2021 the army seized power: the United States paused $700m of aid, the World Bank paused its disbursements, and the opening was over. War between the army and the Rapid Support Forces broke out in April 2023. In the projection most runs break down at least once before the coup, mostly in the early years while the relief was small, and a little under half have the process intact in 2021. The coup raises the breakdown hazard for the months that follow; the relief itself stays, since the lifted sanctions were not reimposed.
preset-sudan-2016-milestone-0 = Five-track engagement begins
preset-sudan-2016-milestone-1 = EO 13761: temporary relief, 180-day review
preset-sudan-2016-milestone-2 = Review extended by three months
preset-sudan-2016-milestone-3 = Trade embargo revoked; the terrorism listing stays
preset-sudan-2016-milestone-4 = President Bashir ousted after months of protests
preset-sudan-2016-milestone-5 = Civilian-led transitional government takes office
preset-sudan-2016-milestone-6 = Agreement to compensate victims of terrorism
preset-sudan-2016-milestone-7 = State-sponsor-of-terrorism listing rescinded
preset-sudan-2016-milestone-8 = Military coup; U.S. aid and World Bank disbursements paused

## Belarus, 2015–2021: prisoners for a suspension, then the crackdown

preset-belarus-2015 = Belarus, 2015–2021: prisoners for a suspension, then the crackdown
    .description = Belarus released political prisoners in August 2015 (month 0). After the October election the EU suspended its sanctions for four months and the United States authorized dealings with nine blocked state firms, among them the oil and chemicals group Belneftekhim (October 2015, month 2); in February 2016 (month 6) the EU lifted its sanctions on 170 people and three companies, keeping the arms embargo. After the presidential election of 9 August 2020 (month 60) the government crushed the protests; the EU listed 40 officials in October 2020 (month 62), and the United States revoked its licence for the nine state firms in April 2021 (month 68).
    .assumptions-why = A government that had lifted and reimposed before (good faith 0.3), with hardliners in control (0.6), a modest dependence on Western channels (0.3) and a powerful neighbour (spillover 0.5). The model has no shock for a target's own government turning on its people: the August 2020 crackdown is encoded as the closest kind it has, a spoiler attack of full size, followed by the EU and the United States walking out and reimposing sanctions (their size is how far each one's sanctions reach the other's relief: little for the EU's listings of officials, more for the U.S. blocking of nine state firms, which also deters non-U.S. partners).
    .outcome = The relief held for almost five years, the U.S. licence renewed every six months, with few further reforms. After the presidential election of 9 August 2020, which the EU and the United States judged neither free nor fair, security forces detained tens of thousands of protesters. The EU sanctioned 40 officials in October and Lukashenko himself in November 2020, the United States revoked its licence for the nine state firms in April 2021, and after the forced landing of a Ryanair flight in May 2021 the EU imposed sanctions on whole sectors of the economy (June 2021). An earlier lift-and-reimpose cycle had run in 2008–2011. The projection is far gloomier than history: with a government that meant little of it and nobody to verify, about nine runs in ten break down before 2020, where in history the West kept the relief for few reforms in return. Many of the few runs still intact in August 2020 break down at the crackdown.
preset-belarus-2015-milestone-0 = Political prisoners released
preset-belarus-2015-milestone-1 = EU suspends sanctions for four months; U.S. licence for nine state firms
preset-belarus-2015-milestone-2 = EU lifts sanctions on 170 people and 3 companies
preset-belarus-2015-milestone-3 = Disputed presidential election; protests crushed
preset-belarus-2015-milestone-4 = EU sanctions 40 officials
preset-belarus-2015-milestone-5 = EU sanctions Lukashenko and 14 others
preset-belarus-2015-milestone-6 = U.S. revokes its licence for the nine state firms

## Venezuela, 2023–2024: oil relief for an electoral roadmap

preset-venezuela-2023 = Venezuela, 2023–2024: oil relief for an electoral roadmap
    .description = The Barbados electoral roadmap was signed on 17 October 2023 (month 0) and the next day General License 44 granted six months of oil-sector relief, to be renewed only if the government allowed candidates to run and released prisoners. After the Supreme Tribunal upheld the ban on the leading opposition candidate, the United States revoked General License 43, a smaller licence for the state gold miner (January 2024, month 3); General License 44 was not renewed and lapsed in April 2024 (month 6), with a wind-down licence to 31 May 2024.
    .assumptions-why = A government with little intention of competitive elections (good faith 0.2), strong hardliners (0.7), an oil economy dependent on sanctioned channels (0.7), and a six-month licence that would lapse unless the conditions were met: oil relief that expires after six months unless compliance is verified, with published criteria and the threat of an early snapback. Nobody was set up to verify compliance. The Supreme Tribunal's ruling upholding the ban on the leading opposition candidate is encoded as a spoiler attack, the closest kind the model has.
    .outcome = General License 44 was not renewed: it lapsed on 18 April 2024, with a wind-down licence to 31 May 2024 and specific licences case by case. The leading opposition candidate stayed barred. At the election of 28 July 2024 the electoral authority declared Maduro the winner without publishing the polling-station results, while the tally sheets the opposition collected showed its substitute candidate ahead. In the projection the oil relief lapses at month 6 in every run still holding it, because nobody was set up to verify the compliance that could renew it, and with no other relief left the deal ends there: the share of runs broken down jumps from about a third to about nine in ten in April 2024.
preset-venezuela-2023-milestone-0 = Barbados roadmap; General License 44
preset-venezuela-2023-milestone-1 = Opposition candidate's ban upheld; General License 43 revoked
preset-venezuela-2023-milestone-2 = General License 44 lapses, not renewed
preset-venezuela-2023-milestone-3 = Presidential election; the government declares victory without publishing the tallies
