"""The words the extractor knows: offices, building metonyms, organizations, event nouns, and the
trigger phrases of each interaction type with the status words around them.

Rules are families of phrasings, not single sentences: each trigger covers the verb's forms and the
ways readouts and news put it ("spoke with", "held a phone call with", "telephone talk with").
"""

from __future__ import annotations

import re

# Offices, longest first so "Secretary of State" wins over "Secretary".
TITLES = sorted(
    {
        "President",
        "Vice President",
        "President-elect",
        "Prime Minister",
        "Deputy Prime Minister",
        "Foreign Minister",
        "Deputy Foreign Minister",
        "Minister for Foreign Affairs",
        "Minister of Foreign Affairs",
        "Minister for Europe and Foreign Affairs",
        "External Affairs Minister",
        "Minister of External Affairs",
        "Foreign Secretary",
        "Foreign Affairs Secretary",
        "Secretary of State",
        "Deputy Secretary of State",
        "Secretary of Defense",
        "Deputy Secretary of Defense",
        "Defense Secretary",
        "Defence Secretary",
        "Secretary of State for Defence",
        "Defense Minister",
        "Defence Minister",
        "Minister of National Defense",
        "Minister of Defense",
        "Minister of Defence",
        "National Security Adviser",
        "National Security Advisor",
        "Chancellor",
        "Premier",
        "King",
        "Queen",
        "Crown Prince",
        "Emir",
        "Sheikh",
        "Sultan",
        "Taoiseach",
        "Tánaiste",
        "Ambassador",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "spokesperson",
        "spokesman",
        "High Representative",
        "Secretary-General",
        "Secretary General",
        "General Secretary",
        "Supreme Leader",
        "Chairman",
        "Senator",
        "Minister",
        "Secretary",
        "Deputy Minister",
        "State Councilor",
        "Vice Premier",
        "Foreign Ministry Spokesperson",
        "Chief of Staff",
        "Commissioner",
        "Chief Executive",
        "Prince",
        "Vice Chairman",
        "Speaker",
        "Chancellor of the Exchequer",
        "Home Secretary",
        "counterpart",
        "Undersecretary",
        "Under Secretary",
        "Permanent Under Secretary",
        "Chargé d'Affaires",
        "Chargé d’Affaires",
        "Vice Chairperson",
        "Foreign Undersecretary",
        "Vice Foreign Minister",
        "Deputy Secretary",
        "Union Minister",
        "Envoy",
        "Special Envoy",
        "Foreign Affairs Minister",
        "Minister of State",
        "Coordinator",
        "diplomat",
        "leader",
    },
    key=len,
    reverse=True,
)

HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "Mr", "Ms", "Dr", "Sir", "Dame")

# Buildings and seats that stand for their state.
METONYMS = {
    "the Kremlin": "RUS",
    "Kremlin": "RUS",
    "the White House": "USA",
    "White House": "USA",
    "the Pentagon": "USA",
    "Downing Street": "GBR",
    "No10": "GBR",
    "No 10": "GBR",
    "Number 10": "GBR",
    "the Elysee": "FRA",
    "the Élysée": "FRA",
    "Zhongnanhai": "CHN",
    "the Blue House": "KOR",
    "Foggy Bottom": "USA",
    "Whitehall": "GBR",
}
# Short forms news uses that the country tables do not carry as names.
SHORT_FORMS = {
    "U.S.": "USA",
    "US": "USA",
    "U.S.A.": "USA",
    "USA": "USA",
    "America": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "PRC": "CHN",
    "DPRK": "PRK",
    "ROK": "KOR",
    "UAE": "ARE",
    "Korea": "KOR",
    "Republic of Korea": "KOR",
    "Chine": "CHN",
    "Türkiye": "TUR",
    "Turkiye": "TUR",
    "Holland": "NLD",
    "Vatican": "VAT",
    "Lao PDR": "LAO",
}
DEMONYM_EXTRA = {
    "American": "USA",  # the tables give it to American Samoa and the Northern Marianas too
    "U.S.": "USA",
    "US": "USA",
    "British": "GBR",
    "UK": "GBR",
    "Emirati": "ARE",
    "Korean": "KOR",
    "Filipino": "PHL",
    "Philippine": "PHL",
    "Dutch": "NLD",
    "Turkish": "TUR",
    "Saudi": "SAU",
    "Israeli": "ISR",
    "Palestinian": "PSE",
}

ORGANIZATIONS = {
    "United Nations": "United Nations",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "NATO": "NATO",
    "European Union": "European Union",
    "EU": "European Union",
    "ASEAN": "ASEAN",
    "African Union": "African Union",
    "IAEA": "IAEA",
    "World Health Organization": "World Health Organization",
    "WHO": "World Health Organization",
    "Hamas": "Hamas",
    "Hezbollah": "Hezbollah",
    "the Houthis": "Houthis",
}

# Words that end a summit's or forum's name.
EVENT_NOUNS = (
    r"(?:Summits?|summit|Forum|forum|Conference|Dialogues?|Session|Meetings?|"
    r"(?<![’']s\s)meetings?|Parade|"  # "Peru’s meeting" is no event's name
    r"parade|Games|Assembly)"
)

# Words that say an act lies ahead, is only reported, or did not happen.
PLANNED = re.compile(
    r"\b(will|shall|going to|plans? to|planning to|planned|expected to|(?:is|are) (?:set|due|"
    r"slated|scheduled) to|scheduled|preparations?|upcoming|potential|possible|next (?:week|month|"
    r"year)|looked forward|look forward|looks forward|intends? to|agreed to (?:meet|visit|hold)|"
    r"to be held|to embark|would like to|proposed|hopes? to|hoped to|hoping to|wants? to|"
    r"wanted to|wish(?:es|ed)? to|seeks? to|sought to|aims? to|offered to|ready to|willing to|"
    r"invit(?:ed|es|ing)\b[^.;]{0,80}?\bto\s+(?:visit|attend|meet|travel|come))\b",
    re.I,
)
# "is in Laos to attend": the attendance lies ahead, not the visit that brings one there
PLANNED_ATTENDANCE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:visiting|travell?ing|heading|in\s+\w+)\b.{0,80}?\bto\s+"
    r"(?:attend|participate|take\s+part)\b",
    re.I,
)
# "was headed to Europe on an emergency trip to meet": what a trip is for lies ahead of it
TRIP_PURPOSE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:travell?ing|heading|headed|en\s+route|on\s+(?:\w+\s+){0,3}"
    r"(?:trip|way|tour))\b.{0,80}?\bto\s+$",
    re.I,
)
# military movements are not diplomatic visits ("a submarine's visit to South Korea")
MILITARY_ASSET = re.compile(
    r"\b(?:submarines?|warships?|carriers?|vessels?|aircraft|planes?|jets?|bombers?|ships?|"
    r"troops|destroyers?|frigates?|drones?)\b",
    re.I,
)
CLAIMED = re.compile(
    r"\b(reportedly|allegedly|alleged|reports? (?:said|say|claim)|according to "
    r"(?:media )?reports|media (?:reports?|claims?)|claims? of|rumou?red|"
    r"unconfirmed|purported)\b",
    re.I,
)
NEGATED = re.compile(
    r"\b(did not|didn't|has not|hasn't|have not|will not|won't|would not|does not|doesn't|"
    r"cannot|can't|could not|couldn't|never|no (?:phone )?(?:call|"
    r"conversation|meeting|talks)|cancell?ed|called off|postponed|was not|"
    r"were not|not\s+(?:now\s+|longer\s+)?(?:take\s+place|go\s+ahead|happen)|no plans?|"
    r"(?:declined|declines|refused|refuses|failed|fails)\s+to)\b",
    re.I,
)

# What a denial must be about: rejecting an offer of talks or a request is not a DENIED.
DENIAL_OBJECT = re.compile(
    r"\b(accusations?|allegations?|claims?|charges?|reports?|involvement|"
    r"responsibility|suggestions?|assertions?|insinuations?|any role|"
    r"wrongdoing|links?)\b",
    re.I,
)

# What a charge says the accused did: "Russia claimed Ukraine launched a drone strike".
WRONGDOING = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:(?:was|were|is|are|had|has|have)\s+)?(?:been\s+)?"
    r"(?:behind|launched|carried\s+out|orchestrated|masterminded|attacked|violated|directed|"
    r"supported|sponsored|plotted|staged|provoked|funded|armed|sabotaged|lied)\b"
)

# What a trigger implies beside its own fact (a fourth, optional field of a trigger).
AGREEMENT = "agreement"  # "agreed to convene": AGREED, now
GUEST_VISITS = "guest visits"  # "welcoming X to <state>": X visits it

# Trigger phrases: (type, regex, where the counterpart is: "with" | "object" | "none",
# optionally what the trigger implies).
# "object": the first actor after the trigger; "with": after the trigger's own with/to/between.
# What one receives that is not a guest: "received calls from X" is a call, not a visit.
RECEIVED_THINGS = (
    r"calls?|letters?|messages?|briefings?|reports?|invitations?|congratulations|assurances?|"
    r"threats?|criticism|support|credentials|awards?"
)

_TRIGGERS = [
    (
        "CALLED",
        r"\b(?:spoke|spoken|speaks|speaking|talked|talking)\s+(?:today\s+|yesterday\s+|again\s+|"
        r"separately\s+|earlier\s+|this\s+\w+\s+|on\s+\w+day\s+|by\s+(?:tele)?phone\s+|"
        r"over\s+the\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)*(?:with|to)\b",
        "object",
    ),
    (
        "CALLED",
        r"\b(?:held|had|conducted|made|holds|has)\s+(?:a|an|his|her|their|the)?\s*"
        r"(?:[\w-]+\s+){0,3}?(?:phone|telephone|video)\s*(?:call|conversation|talks?)\s+"
        r"(?:with|to)\b",
        "object",
    ),
    (
        "CALLED",
        r"\b(?:held|had|conducted|made)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?call\s+"
        r"with\b",
        "object",
    ),
    (
        "CALLED",
        r"\b(?:phone|telephone)\s+(?:call|conversation|talks?)\s+(?:with|between)\b",
        "object",
    ),
    (
        "CALLED",
        r"(?<![-‐])\bcall(?:ed|s)?\b(?!\s+(?:on|upon|for|it|a|an|this|that|them|him|her)\b)"
        r"(?=\s+(?:[A-Z]|me\b|you\b|his\s|her\s|their\s|the\s+(?:leaders?|heads?|presidents?|"
        r"prime\s+ministers?|foreign\s+ministers?|ministers?|king|emir|chancellor)\b))",
        "object",
    ),
    ("CALLED", r"\bcalled\s+from\s+(?:[\w-]+\s+){1,4}?to\b", "object"),
    (  # "received a phone call from X", "took calls from X"
        "CALLED",
        r"\b(?:received|receives|receiving|took|takes|taking|got)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+)?calls?\s+from\b",
        "object",
    ),
    (
        "CALLED",
        r"\b(?P<a>[A-Z][\w’']+)[-–](?P<b>[A-Z][\w’']+)\s+(?:(?:tele)?phone|video)\s+"
        r"(?:call|conversation|talks?)\b",
        "hyphen",
    ),
    ("MET", r"\b(?P<a>[A-Z][\w’']+)[-–](?P<b>[A-Z][\w’']+)\s+(?:talks|meeting|summit)\b", "hyphen"),
    ("MET", r"\b(?:met|meets|meet)\b(?:\s+with\b)?", "object"),
    (  # "speaking after talks with X", "During his meeting with X, Y said"
        "MET",
        r"(?:(?<=\b[Aa]fter\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ff]ollowing\s))"
        r"(?:(?:his|her|their|the)\s+)?(?:talks|meetings?|a\s+meeting)\s+with\b",
        "aside",
    ),
    (  # "after meeting X"
        "MET",
        r"(?:(?<=\bafter\s)|(?<=\bwhile\s)|(?<=\bwhen\s))meeting\b(?:\s+with\b)?",
        "object",
    ),
    ("MET", r"\bmeetings?\s+(?:with|between)\b", "object"),
    ("MET", r"\b(?:face-to-face|in-person|bilateral)\s+(?:meetings?|talks)\b", "none"),
    (  # "the United States and China held talks in Geneva": the parties are the subject
        "MET",
        r"\b(?:held|had|hold|holds|holding)\s+(?:(?:direct|closed-door|high-level|formal)\s+)?"
        r"(?:talks|meetings?)\b(?!\s+with\b)",
        "none",
    ),
    (
        "MET",
        r"\b(?:held|had|hold|holds)\s+(?:bilateral\s+|face-to-face\s+|in-person\s+|"
        r"separate\s+)?(?:talks|meetings?|discussions)\s+with\b",
        "object",
    ),
    (
        "MET",
        r"\bcall(?:ed|s|ing)?\s+(?:on|upon)\b(?!\s+\S+(?:\s+\S+){0,4}\s+(?:to|for)\s)",
        "object",
    ),
    ("MET", r"\bsummon(?:ed|s)\b", "object"),
    (
        "VISITED",
        r"\b(?:visit(?:ed|s|ing)?|travel(?:l?ed|s|ling)?\s+to|arrived\s+in|"
        r"trip\s+to|tour\s+of|will\s+be\s+in|embark\s+on\s+a\s+[\w-]+\s+\w*\s*visit\s+to)\b",
        "object",
    ),
    ("VISITED", r"\bvisits?\s+(?:of|by)\b", "visit_of"),
    (  # "received President X" is hosting; "received calls/a letter from X" is not
        "HOSTED",
        r"\b(?:hosted|hosts|hosting|host|received|receives|receive)\b"
        rf"(?!\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:{RECEIVED_THINGS})\b)",
        "object",
    ),
    ("HOSTED", r"\b[Ww]elcome\s+to\b", "welcome"),
    (
        "ATTENDED",
        r"\b(?:attend(?:ed|s|ing)?|participat(?:e|ed|es|ing)\s+in|took\s+part\s+in|chair(?:ed|s|ing)?|"
        r"take\s+part\s+in|taking\s+part\s+in)\b",
        "object",
    ),
    ("ATTENDED", r"\b(?:was|were)\s+attended\s+by\b", "passive"),
    ("INVITED", r"\b(?:has\s+|have\s+|had\s+)?(?:been|was|were|is|are)\s+invited\b", "invitee"),
    ("INVITED", r"\binvit(?:ed|es|ing)\b", "object"),
    ("INVITED", r"\b[Aa]t\s+the\s+invitation\s+of\b", "inviter"),
    (
        "PLANNED_MEETING",
        r"\blook(?:ed|s|ing)?\s+forward\s+to\s+(?:meeting|speaking|seeing|"
        r"talking|hosting|continuing\s+(?:the\s+|their\s+|our\s+)?"
        r"(?:discussions?|talks|dialogue|conversations?))\b",
        "object",
    ),
    (  # "looks forward to welcoming Premier Li to Australia": a guest on the way
        "PLANNED_MEETING",
        r"\blook(?:ed|s|ing)?\s+forward\s+to\s+welcoming\b",
        "object",
        (GUEST_VISITS,),
    ),
    (
        "PLANNED_MEETING",
        r"\b(?:potential|possible|planned|proposed)\s+(?:summit|meeting|talks)\s+"
        r"between\b",
        "between",
    ),
    (
        "DISCUSSED",
        r"\b(?:discuss(?:ed|es|ing)?|exchanged\s+(?:their\s+)?views|reviewed|"
        r"talked\s+about|reflected\s+on|exchanged\s+views|addressed)\b",
        "object",
    ),
    ("DISCUSSED", r"\b(?:briefed|updated)\b(?!\s+(?:on|that|about)\b)", "addressee"),
    (
        "PLANNED_MEETING",
        r"\bagreed\s+to\s+(?:meet|convene|hold\s+(?:talks|a\s+meeting))\b",
        "object",
        (AGREEMENT,),  # an agreement now as well as a meeting ahead
    ),
    (
        "AGREED",
        r"\b(?:agreed|signed|concurred|agree|agrees)\b"
        r"(?!\s+to\s+(?:meet|visit|convene|hold))",
        "object",
    ),
    (
        "PRAISED",
        r"\b(?:praised|thanked|congratulated|commended|lauded|hailed|paid\s+tribute|"
        r"appreciated|expressed\s+(?:\w+\s+){0,2}(?:appreciation|gratitude|thanks|"
        r"admiration))\b",
        "object",
    ),
    ("PRAISED", r"\bwelcomed\b(?=\s+(?:[A-Z][\w.’']*\s*){1,4}(?:'s|’s)\b)", "object"),
    (
        "URGED",
        r"\b(?:urged|urges|urging|called\s+(?:on|upon)\b(?=\s+\S+(?:\s+\S+){0,4}\s+(?:to|for)\s)|"
        r"demanded|appealed\s+to|pressed)\b",
        "object",
    ),
    ("WARNED", r"\bwarn(?:ed|s|ing)?\b", "object"),
    ("THREATENED", r"\bthreaten(?:ed|s|ing)?\b", "object"),
    (
        "CRITICIZED",
        r"\b(?:criticized|criticised|criticizes|condemned|condemns|denounced|slammed|"
        r"protested|rebuked|lambasted|hit\s+out\s+at|lashed\s+out\s+at|"
        r"(?:firmly\s+|strongly\s+)?opposed\s+to|"
        r"(?:lodged|made)\s+(?:\w+\s+){0,2}(?:representations|protests?)\s+(?:with|to)|"
        r"expressed\s+(?:\w+\s+){0,2}concerns?\s+(?:over|about|at|with)|"
        r"protests?\s+against)\b",
        "object",
    ),
    (  # "described China's actions as aggressive"
        "CRITICIZED",
        r"\b(?:described|called|termed|labell?ed|branded)\b(?=\s+(?:[A-Z][\w.’']*\s*){1,3}"
        r"(?:'s|’s)\s+(?:\w+\s+)?(?:actions?|behaviou?r|conduct|moves?|polic(?:y|ies)|"
        r"activities|measures|plans?)\s+as\b)",
        "object",
    ),
    ("ACCUSED", r"\b(?:accused|accuses|accusing|blamed|blames)\b", "object"),
    ("ACCUSED", r"\b(?:accusations?|allegations?)\s+(?:from|by)\b", "accuser"),
    ("ACCUSED", r"\b(?:traded|exchanged|swapped)\s+(?:\w+\s+)?(?:accusations|blame)\b", "mutual"),
    (
        "ACCUSED",
        r"\b(?:claimed|claims|alleged|alleges|charged|charges|insisted|asserted|"
        r"evidence(?:\s+to\s+show)?)(?:\s+that)?\b",
        "charge",
    ),
    ("DENIED", r"\b(?:denied|rejected|dismissed|refuted)\s+by\b", "passive"),
    (
        "DENIED",
        r"\b(?:denied|denies|rejected|rejects|dismissed|refuted|rebuffed|rebutted)\b",
        "denial",
    ),
]
TRIGGERS = [
    (kind, re.compile(pattern), where, implies[0] if implies else ())
    for kind, pattern, where, *implies in _TRIGGERS
]
