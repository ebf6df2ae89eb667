-- Version 1 of the catalogue: the VNG signalenkaart and CoMensha's practical signs (Houten policy plan, annex 4.1),
-- the soft signs of criminal exploitation of young people (Utrecht dossier analysis) and the online signs named in
-- the Utrecht council letter. It is reference data for every environment, not demo data.
-- Weights (1 soft, 2 clear, 3 strong) are a first estimate for the explainable score; administrators refine them
-- in a later version.
insert into catalogue_version (version, status, created_at) values (1, 'DRAFT', now());

insert into catalogue_entry (version, kind, code, position, text_nl, text_en, weight) values
(1, 'GROUP', 'VNG_1', 1, 'Meervoudige afhankelijkheid', 'Multiple dependency', 0),
(1, 'GROUP', 'VNG_2', 2, 'Sterke inperking van basisvrijheden', 'Severe restriction of basic freedoms', 0),
(1, 'GROUP', 'VNG_3', 3, 'Werken onder zeer slechte omstandigheden', 'Working under very poor conditions', 0),
(1, 'GROUP', 'VNG_4', 4, 'Aantasting van de lichamelijke integriteit', 'Violation of physical integrity', 0),
(1, 'GROUP', 'VNG_5', 5, 'De uitbuiting is niet incidenteel', 'The exploitation is not incidental', 0),
(1, 'GROUP', 'FRONT_DESK', 6, 'Signalen voor de balie en het klantcontact', 'Signs for the front desk and customer contact', 0),
(1, 'GROUP', 'ENFORCEMENT', 7, 'Signalen voor toezicht en handhaving', 'Signs for supervision and enforcement', 0),
(1, 'GROUP', 'SOCIAL_TEAM', 8, 'Signalen voor het sociaal team en de wijkcoach', 'Signs for the social team and neighbourhood coach', 0),
(1, 'GROUP', 'YOUTH', 9, 'Zachte signalen van criminele uitbuiting van jongeren', 'Soft signs of criminal exploitation of young people', 0),
(1, 'GROUP', 'ONLINE', 10, 'Online signalen', 'Online signs', 0);

insert into catalogue_entry (version, kind, code, group_code, position, text_nl, text_en, weight) values
(1, 'INDICATOR', 'VNG_1_EMPLOYER_ARRANGES_LIVING', 'VNG_1', 101, 'De werkgever regelt huisvesting, kleding en vervoer', 'The employer arranges housing, clothing and transport', 2),
(1, 'INDICATOR', 'VNG_1_TRAVEL_ARRANGED_BY_OTHERS', 'VNG_1', 102, 'Heeft de reis, visa en dergelijke niet zelf geregeld', 'Did not arrange their own journey, visa and the like', 1),
(1, 'INDICATOR', 'VNG_1_FALSE_PAPERS', 'VNG_1', 103, 'Heeft een vals of vervalst paspoort', 'Has a false or forged passport', 2),
(1, 'INDICATOR', 'VNG_1_ILLEGAL_STAY', 'VNG_1', 104, 'Verblijft of werkt illegaal in Nederland', 'Stays or works in the Netherlands illegally', 1),
(1, 'INDICATOR', 'VNG_1_FEARS_DEPORTATION', 'VNG_1', 105, 'Is bang voor uitzetting, mishandeling en dergelijke', 'Is afraid of deportation, abuse and the like', 2),
(1, 'INDICATOR', 'VNG_1_NO_OWN_HOUSING', 'VNG_1', 106, 'Heeft geen eigen woonruimte in Nederland', 'Has no housing of their own in the Netherlands', 1),
(1, 'INDICATOR', 'VNG_1_SLEEPS_AT_WORK', 'VNG_1', 107, 'Overnacht op de werkplek', 'Sleeps at the workplace', 2),
(1, 'INDICATOR', 'VNG_1_UNKNOWN_WORK_ADDRESS', 'VNG_1', 108, 'Is onbekend met het werkadres', 'Does not know the work address', 2),
(1, 'INDICATOR', 'VNG_1_ISOLATED_BY_EMPLOYER', 'VNG_1', 109, 'Is door de werkgever in sociaal isolement gebracht', 'Has been socially isolated by the employer', 2),
(1, 'INDICATOR', 'VNG_1_MINOR', 'VNG_1', 110, 'Is minderjarig', 'Is a minor', 1),
(1, 'INDICATOR', 'VNG_1_DEBTS_TO_THIRD_PARTIES', 'VNG_1', 111, 'Heeft schulden bij derden', 'Has debts to third parties', 1),
(1, 'INDICATOR', 'VNG_1_DEBTS_TO_OPERATOR', 'VNG_1', 112, 'Heeft schulden bij de exploitant (overnamebedrag betaald)', 'Has debts to the operator (a transfer fee was paid)', 3),
(1, 'INDICATOR', 'VNG_2_NO_OUTSIDE_CONTACT', 'VNG_2', 201, 'Kan of mag geen contact hebben met de buitenwereld', 'Cannot or may not have contact with the outside world', 3),
(1, 'INDICATOR', 'VNG_2_NO_MEDICAL_CARE', 'VNG_2', 202, 'Krijgt geen medische hulp', 'Receives no medical care', 2),
(1, 'INDICATOR', 'VNG_2_NO_FREEDOM_OF_MOVEMENT', 'VNG_2', 203, 'Heeft geen zelfstandige bewegingsvrijheid', 'Has no freedom of movement of their own', 3),
(1, 'INDICATOR', 'VNG_2_NO_OWN_ID_PAPERS', 'VNG_2', 204, 'Heeft geen beschikking over de eigen identiteitspapieren', 'Has no access to their own identity papers', 3),
(1, 'INDICATOR', 'VNG_2_NO_OWN_EARNINGS', 'VNG_2', 205, 'Heeft geen beschikking over de eigen verdiensten', 'Has no access to their own earnings', 3),
(1, 'INDICATOR', 'VNG_2_HANDS_OVER_EARNINGS', 'VNG_2', 206, 'Moet een onredelijk hoog bedrag afdragen', 'Must hand over an unreasonably high amount', 3),
(1, 'INDICATOR', 'VNG_3_VERY_LOW_PAY', 'VNG_3', 301, 'Krijgt een ongebruikelijk laag loon (vergeleken met de markt)', 'Receives unusually low pay (compared with the market)', 1),
(1, 'INDICATOR', 'VNG_3_DANGEROUS_WORK', 'VNG_3', 302, 'Werkt onder gevaarlijke omstandigheden', 'Works in dangerous conditions', 1),
(1, 'INDICATOR', 'VNG_3_VERY_LONG_DAYS', 'VNG_3', 303, 'Maakt hele lange werkdagen of werkweken', 'Works very long days or weeks', 1),
(1, 'INDICATOR', 'VNG_3_DISPROPORTIONATE_HOURS', 'VNG_3', 304, 'Werkt onder alle omstandigheden buitenproportioneel lang', 'Works disproportionately long hours whatever the circumstances', 2),
(1, 'INDICATOR', 'VNG_3_BLACKMAIL_OR_FAMILY_THREATENED', 'VNG_3', 305, 'Wordt gechanteerd of de familie wordt bedreigd', 'Is blackmailed or their family is threatened', 3),
(1, 'INDICATOR', 'VNG_3_TIES_TO_TRAFFICKING', 'VNG_3', 306, 'Heeft een relatie met personen of locaties die met mensenhandel in verband worden gebracht', 'Has ties to persons or places associated with human trafficking', 2),
(1, 'INDICATOR', 'VNG_3_DAILY_MINIMUM', 'VNG_3', 307, 'Is verplicht een minimumbedrag per dag te verdienen', 'Must earn a minimum amount per day', 3),
(1, 'INDICATOR', 'VNG_3_SLAVISH_ATTITUDE', 'VNG_3', 308, 'Heeft een slaafse houding tegenover exploitant, souteneur of werkgever', 'Is slavish towards the operator, pimp or employer', 2),
(1, 'INDICATOR', 'VNG_3_GUARDED_PREMISES', 'VNG_3', 309, 'Werkt of verblijft in gebouwen met camera''s, schuilplaatsen, nepinrichting of bewakers', 'Works or stays in buildings with cameras, hiding places, fake furnishing or guards', 2),
(1, 'INDICATOR', 'VNG_4_THREATS_OR_VIOLENCE', 'VNG_4', 401, 'Wordt bedreigd of geconfronteerd met geweld', 'Is threatened or confronted with violence', 3),
(1, 'INDICATOR', 'VNG_4_SIGNS_OF_ABUSE', 'VNG_4', 402, 'Draagt sporen van lichamelijke mishandeling; er wordt geweld gebruikt', 'Shows signs of physical abuse; violence is used', 3),
(1, 'INDICATOR', 'VNG_4_ORGAN_TRADE_SCARS', 'VNG_4', 403, 'Heeft littekens die kunnen wijzen op orgaanhandel', 'Has scars that may point to organ trade', 3),
(1, 'INDICATOR', 'VNG_4_MARKS_OF_DEPENDENCY', 'VNG_4', 404, 'Heeft kenmerken die wijzen op afhankelijkheid van exploitant of souteneur (zoals tatoeages of voodoomateriaal)', 'Has marks of dependency on an operator or pimp (such as tattoos or voodoo material)', 3),
(1, 'INDICATOR', 'VNG_5_CHANGING_WORKPLACES', 'VNG_5', 501, 'Werkt afwisselend op verschillende plaatsen', 'Works at changing places', 1),
(1, 'INDICATOR', 'VNG_5_TIPS_FROM_THIRD_PARTIES', 'VNG_5', 502, 'Er zijn tips van betrouwbare derden', 'There are tips from reliable third parties', 2),
(1, 'INDICATOR', 'FRONT_DESK_ESCORT_HOLDS_PASSPORT', 'FRONT_DESK', 601, 'Een begeleider beheert het paspoort en voert het woord', 'An escort holds the passport and does the talking', 2),
(1, 'INDICATOR', 'FRONT_DESK_LITTLE_CONTACT', 'FRONT_DESK', 602, 'Maakt weinig contact en lijkt afwezig', 'Makes little contact and seems absent', 1),
(1, 'INDICATOR', 'FRONT_DESK_LOOKS_TO_ESCORT', 'FRONT_DESK', 603, 'Kijkt naar de begeleider voor een antwoord', 'Looks to the escort for answers', 2),
(1, 'INDICATOR', 'FRONT_DESK_DIFFERENT_LANGUAGE', 'FRONT_DESK', 604, 'Spreekt mogelijk niet dezelfde taal als de begeleider', 'May not speak the same language as the escort', 1),
(1, 'INDICATOR', 'FRONT_DESK_FEAR', 'FRONT_DESK', 605, 'Toont tekenen van angst, terughoudendheid of afhankelijkheid', 'Shows signs of fear, reticence or dependency', 1),
(1, 'INDICATOR', 'ENFORCEMENT_OVERCROWDING', 'ENFORCEMENT', 701, 'Veel mensen in een kleine ruimte', 'Many people in a small space', 1),
(1, 'INDICATOR', 'ENFORCEMENT_RULES_AND_FINES', 'ENFORCEMENT', 702, 'Er hangt een briefje met regels en boetes', 'A note with rules and fines is present', 3),
(1, 'INDICATOR', 'ENFORCEMENT_POOR_HOUSING', 'ENFORCEMENT', 703, 'Slechte woonomstandigheden', 'Poor housing conditions', 1),
(1, 'INDICATOR', 'ENFORCEMENT_EMPLOYER_HOLDS_PASSPORTS', 'ENFORCEMENT', 704, 'De werkgever beheert paspoorten en regelt het vervoer', 'The employer holds passports and arranges transport', 3),
(1, 'INDICATOR', 'ENFORCEMENT_NUISANCE', 'ENFORCEMENT', 705, 'Overlast rondom de woning', 'Nuisance around the dwelling', 1),
(1, 'INDICATOR', 'ENFORCEMENT_STRONG_CONTROL', 'ENFORCEMENT', 706, 'Minimale bewegingsvrijheid of sterke controle door de werkgever', 'Minimal freedom of movement or strong control by the employer', 2),
(1, 'INDICATOR', 'SOCIAL_TEAM_WORKS_WITHOUT_PAY', 'SOCIAL_TEAM', 801, 'Werkt, maar krijgt geen of weinig geld', 'Works but receives little or no money', 2),
(1, 'INDICATOR', 'SOCIAL_TEAM_ANXIOUS_OR_WITHDRAWN', 'SOCIAL_TEAM', 802, 'Is neerslachtig, bang of teruggetrokken', 'Is depressed, anxious or withdrawn', 1),
(1, 'INDICATOR', 'SOCIAL_TEAM_DEBTS_TO_OPERATOR', 'SOCIAL_TEAM', 803, 'Moet schulden terugbetalen aan een exploitant of anderen', 'Must pay back debts to an operator or others', 2),
(1, 'INDICATOR', 'SOCIAL_TEAM_UNEQUAL_RELATIONSHIP', 'SOCIAL_TEAM', 804, 'Ongelijke relatie tussen partners, ouders of medebewoners', 'Unequal relationship between partners, parents or housemates', 1),
(1, 'INDICATOR', 'SOCIAL_TEAM_POWER_IMBALANCE', 'SOCIAL_TEAM', 805, 'Tekenen van uitbuiting, machtsverschillen of afhankelijkheid', 'Signs of exploitation, power imbalance or dependency', 1),
(1, 'INDICATOR', 'YOUTH_SCHOOL_ABSENCE', 'YOUTH', 901, 'Verzuimt van school', 'Is absent from school', 1),
(1, 'INDICATOR', 'YOUTH_BEHAVIOURAL_CHANGE', 'YOUTH', 902, 'Verandert van gedrag, bijvoorbeeld opstandig gedrag', 'Changes in behaviour, such as rebelliousness', 1),
(1, 'INDICATOR', 'YOUTH_OUT_AT_NIGHT', 'YOUTH', 903, 'Zwerft nachtenlang rond', 'Roams about for nights on end', 1),
(1, 'INDICATOR', 'YOUTH_AVOIDS_AUTHORITY', 'YOUTH', 904, 'Onttrekt zich aan het gezag', 'Withdraws from authority', 1),
(1, 'INDICATOR', 'YOUTH_SUBSTANCES', 'YOUTH', 905, 'Gebruikt middelen of heeft ze in bezit', 'Uses or possesses substances', 1),
(1, 'INDICATOR', 'YOUTH_RUNS_AWAY', 'YOUTH', 906, 'Loopt van huis weg', 'Runs away from home', 2),
(1, 'INDICATOR', 'YOUTH_SUSPICIOUS_MONEY', 'YOUTH', 907, 'Verdachte geldstromen, zoals betaalverzoeken van onbekenden', 'Suspicious money flows, such as payment requests from strangers', 2),
(1, 'INDICATOR', 'ONLINE_RECRUITMENT', 'ONLINE', 1001, 'Wordt online benaderd of geronseld voor criminele activiteiten', 'Is approached or recruited online for criminal activities', 2),
(1, 'INDICATOR', 'ONLINE_SEXTORTION', 'ONLINE', 1002, 'Wordt afgeperst met seksueel beeldmateriaal (sextortion)', 'Is blackmailed with sexual images (sextortion)', 3),
(1, 'INDICATOR', 'ONLINE_MONEY_MULE', 'ONLINE', 1003, 'Stelt de eigen bankrekening beschikbaar aan anderen (geldezel)', 'Lets others use their bank account (money mule)', 2);

-- Forms of exploitation (domain §2), including those the law names from 1 July 2026. Smuggling and a migration
-- component are flags on a signal, not forms; "unknown" is a signal without a form.
insert into catalogue_entry (version, kind, code, position, text_nl, text_en, weight) values
(1, 'FORM', 'SEXUAL', 1, 'Seksuele uitbuiting', 'Sexual exploitation', 0),
(1, 'FORM', 'LABOUR', 2, 'Arbeidsuitbuiting', 'Labour exploitation', 0),
(1, 'FORM', 'CRIMINAL', 3, 'Criminele uitbuiting', 'Criminal exploitation', 0),
(1, 'FORM', 'ORGAN_REMOVAL', 4, 'Gedwongen orgaanverwijdering', 'Forced organ removal', 0),
(1, 'FORM', 'FORCED_MARRIAGE', 5, 'Gedwongen huwelijk', 'Forced marriage', 0),
(1, 'FORM', 'ILLEGAL_ADOPTION', 6, 'Illegale adoptie', 'Illegal adoption', 0),
(1, 'FORM', 'SURROGACY', 7, 'Gedwongen draagmoederschap', 'Forced surrogacy', 0),
(1, 'FORM', 'FORCED_SERVICES', 8, 'Gebruik van gedwongen niet-seksuele diensten', 'Use of forced non-sexual services', 0);

update catalogue_version set status = 'PUBLISHED', published_at = created_at where version = 1;
