package org.eventscope.extract;

import java.util.Map;

/**
 * English irregular past forms and participles with their base forms ("fled" is "flee", "underwent" is "undergo"),
 * a general word list: a verb told in one tells a happening like a regular "-ed" verb. Forms that are more often
 * nouns ("ground", "cast", "forecast", "broadcast") are left out.
 */
final class IrregularVerbs {
    private IrregularVerbs() {
    }

    static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("met", "meet"), Map.entry("held", "hold"), Map.entry("fought", "fight"),
            Map.entry("struck", "strike"), Map.entry("shot", "shoot"), Map.entry("told", "tell"),
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("won", "win"), Map.entry("sold", "sell"),
            Map.entry("bought", "buy"), Map.entry("grew", "grow"), Map.entry("rose", "rise"), Map.entry("fell", "fall"),
            Map.entry("withdrew", "withdraw"), Map.entry("flew", "fly"), Map.entry("flown", "fly"),
            Map.entry("sworn", "swear"), Map.entry("swore", "swear"), Map.entry("led", "lead"),
            Map.entry("sent", "send"), Map.entry("took", "take"), Map.entry("gave", "give"), Map.entry("made", "make"),
            Map.entry("began", "begin"), Map.entry("spoke", "speak"), Map.entry("wrote", "write"),
            Map.entry("brought", "bring"), Map.entry("left", "leave"), Map.entry("came", "come"),
            Map.entry("went", "go"), Map.entry("saw", "see"), Map.entry("paid", "pay"), Map.entry("sought", "seek"),
            Map.entry("fled", "flee"), Map.entry("hit", "hit"), Map.entry("put", "put"), Map.entry("set", "set"),
            Map.entry("cut", "cut"), Map.entry("kept", "keep"), Map.entry("meant", "mean"), Map.entry("stood", "stand"),
            Map.entry("became", "become"), Map.entry("ran", "run"), Map.entry("lost", "lose"), Map.entry("got", "get"),
            Map.entry("threw", "throw"), Map.entry("drove", "drive"), Map.entry("broke", "break"),
            Map.entry("chose", "choose"), Map.entry("forbade", "forbid"), Map.entry("overtook", "overtake"),
            Map.entry("undertook", "undertake"), Map.entry("arose", "arise"), Map.entry("sank", "sink"),
            Map.entry("blew", "blow"), Map.entry("hid", "hide"), Map.entry("bore", "bear"), Map.entry("swept", "sweep"),
            Map.entry("died", "die"), Map.entry("landed", "land"), Map.entry("built", "build"), Map.entry("lied", "lie"),
            Map.entry("upheld", "uphold"), Map.entry("overthrew", "overthrow"), Map.entry("overthrown", "overthrow"),
            Map.entry("beat", "beat"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
            Map.entry("underwent", "undergo"), Map.entry("undergone", "undergo"), Map.entry("froze", "freeze"),
            Map.entry("frozen", "freeze"), Map.entry("shook", "shake"), Map.entry("caught", "catch"),
            Map.entry("taught", "teach"), Map.entry("found", "find"), Map.entry("dug", "dig"),
            Map.entry("hung", "hang"), Map.entry("spun", "spin"), Map.entry("swam", "swim"),
            Map.entry("sang", "sing"), Map.entry("rang", "ring"), Map.entry("shrank", "shrink"),
            Map.entry("stole", "steal"), Map.entry("stolen", "steal"), Map.entry("woke", "wake"),
            Map.entry("wore", "wear"), Map.entry("tore", "tear"), Map.entry("torn", "tear"),
            Map.entry("sprang", "spring"), Map.entry("slid", "slide"), Map.entry("spent", "spend"),
            Map.entry("lent", "lend"), Map.entry("bent", "bend"), Map.entry("dealt", "deal"),
            Map.entry("heard", "hear"), Map.entry("laid", "lay"), Map.entry("lit", "light"),
            Map.entry("slept", "sleep"), Map.entry("spread", "spread"), Map.entry("quit", "quit"),
            Map.entry("shut", "shut"), Map.entry("burst", "burst"), Map.entry("read", "read"),
            Map.entry("strode", "stride"), Map.entry("sped", "speed"), Map.entry("slew", "slay"),
            Map.entry("slain", "slay"), Map.entry("oversaw", "oversee"), Map.entry("overseen", "oversee"),
            Map.entry("misled", "mislead"), Map.entry("outran", "outrun"), Map.entry("foresaw", "foresee"),
            Map.entry("shone", "shine"), Map.entry("clung", "cling"), Map.entry("flung", "fling"),
            Map.entry("wept", "weep"), Map.entry("crept", "creep"), Map.entry("bled", "bleed"),
            Map.entry("strung", "string"), Map.entry("stung", "sting"), Map.entry("sprung", "spring"),
            Map.entry("trod", "tread"), Map.entry("beheld", "behold"), Map.entry("burnt", "burn"),
            Map.entry("learnt", "learn"),
            Map.entry("hurt", "hurt"), Map.entry("ate", "eat"), Map.entry("eaten", "eat"),
            Map.entry("forgot", "forget"), Map.entry("forgave", "forgive"), Map.entry("withheld", "withhold"),
            Map.entry("withstood", "withstand"), Map.entry("overcame", "overcome"), Map.entry("overran", "overrun"),
            Map.entry("mistook", "mistake"), Map.entry("rode", "ride"), Map.entry("ridden", "ride"),
            Map.entry("drank", "drink"), Map.entry("strove", "strive"), Map.entry("stuck", "stick"),
            Map.entry("swung", "swing"), Map.entry("knelt", "kneel"), Map.entry("leapt", "leap"),
            Map.entry("sunk", "sink"), Map.entry("stricken", "strike"), Map.entry("hidden", "hide"),
            Map.entry("risen", "rise"), Map.entry("fallen", "fall"), Map.entry("given", "give"),
            Map.entry("taken", "take"), Map.entry("written", "write"), Map.entry("spoken", "speak"),
            Map.entry("chosen", "choose"), Map.entry("driven", "drive"), Map.entry("broken", "break"),
            Map.entry("beaten", "beat"), Map.entry("thrown", "throw"), Map.entry("blown", "blow"),
            Map.entry("grown", "grow"), Map.entry("shaken", "shake"), Map.entry("begun", "begin"),
            Map.entry("swum", "swim"), Map.entry("sung", "sing"), Map.entry("withdrawn", "withdraw"),
            Map.entry("overtaken", "overtake"), Map.entry("undertaken", "undertake"), Map.entry("forbidden", "forbid"),
            Map.entry("arisen", "arise"), Map.entry("borne", "bear"));
}
