#!/usr/bin/env python3
"""Builds the compact word-list resources of the extractor from public, permissively licensed sources.

Inputs: the petrarch2 dictionaries (MIT, Open Event Data Alliance) and the SCOWL word list
(/usr/share/dict/american-english from Debian's wamerican package). Rerun after changing them:
    python3 tools/build_lexicon.py ../shared/corpora/petrarch2-dictionaries src/main/resources/org/eventscope/extract
"""
import re, sys, collections, os

src, out = sys.argv[1], sys.argv[2]
MIT = "# Derived from the petrarch2 dictionaries (c) 2014 Open Event Data Alliance, MIT License (see NOTICE).\n"

def title(s):
    return ' '.join(w.capitalize() if not w.isupper() or len(w) > 3 else w.capitalize() for w in s.split())

def clean(s):
    s = s.strip().rstrip('_').strip()
    s = re.sub(r'\(.*?\)', '', s)
    return s.replace('_', ' ').strip()

# --- countries and demonyms
lines = open(os.path.join(src, 'Phoenix.Countries.actors.txt'), encoding='latin-1').read().split('\n')
blocks = []
cur = None
for ln in lines:
    if not ln or ln.startswith('#'):
        continue
    if ln.startswith('+'):
        if cur is not None:
            cur[1].append(clean(ln[1:].split('#')[0]))
        continue
    if ln[0] in ' \t':
        if cur is not None:
            for code in re.findall(r'\[([A-Z]{3})(?:\s[^\]]*)?\]', ln):
                cur[2].add(code)
        continue
    body = ln.split('#')[0]
    name = clean(body.split('[')[0])
    cur = [name, [], set(re.findall(r'\[([A-Z]{3})\]', body)), '#' in ln]
    blocks.append(cur)

countries = {}
for name, aliases, codes, is_person in blocks:
    if is_person or not codes or not aliases:
        continue
    if any(c in ('IGO', 'NGO', 'MNC', 'UAF') for c in codes):
        continue
    key = name
    countries.setdefault(key, set()).update(a for a in aliases if a and ',' not in a)

with open(os.path.join(out, 'countries.tsv'), 'w') as f:
    f.write(MIT)
    f.write('# canonical<TAB>aliases separated by |, upper case as in the source; demonyms among them.\n')
    for k in sorted(countries):
        f.write(k + '\t' + '|'.join(sorted(countries[k])) + '\n')

# --- first names of people in the actor dictionaries
first = collections.Counter()
for fn in ('Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'):
    for ln in open(os.path.join(src, fn), encoding='latin-1'):
        if not ln.strip() or ln[0] in '#+ \t':
            continue
        if 'CountryInfo' not in ln and 'rulers' not in ln.lower() and 'leader' not in ln.lower():
            continue
        name = clean(ln.split('#')[0].split('[')[0])
        toks = name.split()
        if len(toks) >= 2 and re.fullmatch(r"[A-Z][A-Z'-]+", toks[0]) and len(toks[0]) >= 3:
            first[toks[0]] += 1
common = set()
for w in open('/usr/share/dict/american-english', encoding='utf-8'):
    w = w.strip()
    if w.isalpha() and w.islower() and len(w) >= 2:
        common.add(w)
with open(os.path.join(out, 'first-names.txt'), 'w') as f:
    f.write(MIT)
    f.write('# Given names: the first word of person entries (two or more words) in the actor dictionaries.\n')
    for n, c in sorted(first.items()):
        f.write(n.capitalize() + '\n')

# --- common English words (lower case), to tell capitalised common words from names
with open(os.path.join(out, 'common-words.txt'), 'w') as f:
    f.write('# Lower-case English words from SCOWL (Debian wamerican), (c) 2000-2011 Kevin Atkinson et al.; see NOTICE.\n')
    for w in sorted(common):
        f.write(w + '\n')

# --- CAMEO verb forms with their top-level code
text = open(os.path.join(src, 'CAMEO.2.0.txt'), encoding='latin-1').read()
verbs = {}
part = text.split('####### VERB PATTERNS #######')[1]
for block in re.split(r'\n---\s+', part)[1:]:
    head, _, rest = block.partition('\n')
    m = re.match(r'([A-Z_\-]+)\s+\[([0-9A-F-]+)\]', head)
    if not m:
        continue
    code = m.group(2)
    syn, codes = [], collections.Counter()
    for ln in rest.split('\n'):
        s = ln.strip()
        if not s:
            continue
        if s.startswith('-'):
            for c in re.findall(r'\[(\d{2,4})', s):
                codes[c[:2]] += 1
            continue
        if s.startswith('#') or s.startswith('&') or s.startswith('+'):
            continue
        word = s.split('#')[0].strip()
        forms = re.findall(r'\{([^}]*)\}', word)
        base = re.sub(r'\{[^}]*\}', '', word).strip()
        if base and re.fullmatch(r'[A-Z]+', base):
            syn.append((base, forms[0].split() if forms else []))
    root = code[:2] if re.fullmatch(r'\d{3,4}|\d{2}', code) else (codes.most_common(1)[0][0] if codes else None)
    if not root:
        continue
    for base, forms in syn:
        for w in [base] + forms:
            if re.fullmatch(r'[A-Z]+', w):
                verbs.setdefault(w.lower(), root)
with open(os.path.join(out, 'cameo-verbs.tsv'), 'w') as f:
    f.write(MIT)
    f.write('# verb (lemma or irregular form)<TAB>CAMEO top-level code (01..20) of its most frequent pattern.\n')
    for w in sorted(verbs):
        f.write(w + '\t' + verbs[w] + '\n')
print(len(countries), 'countries', len(first), 'first names', len(common), 'common words', len(verbs), 'verbs')

# --- people in the actor dictionaries: given names (first words of every spelling of a person, the
# '+' variants included), surnames (last words), and company names (MNC actors)
SUFFIX = {'JR', 'SR', 'II', 'III', 'IV'}
TITLE_WORDS = {'PRESIDENT', 'PRIME', 'MINISTER', 'KING', 'QUEEN', 'PRINCE', 'GENERAL', 'GEN', 'SHEIKH', 'EMIR',
               'SULTAN', 'FORMER', 'DEPUTY', 'VICE', 'FOREIGN', 'SECRETARY', 'CHANCELLOR', 'AYATOLLAH', 'MR', 'MRS',
               'DR', 'SIR', 'LORD', 'PM', 'FM', 'CROWN', 'COLONEL', 'COL', 'MARSHAL', 'ADMIRAL', 'SENATOR', 'GOVERNOR',
               'MAYOR', 'AMBASSADOR', 'SPEAKER', 'LEADER', 'CHIEF', 'THE', 'OF', 'AND', 'BUNDESKANZLER', 'KANZLER',
               'GOVENOR', 'SECRETATY'}
PARTICLE = {'AL', 'EL', 'BIN', 'IBN', 'ABU', 'DE', 'DA', 'DOS', 'DAS', 'DEL', 'LA', 'LE', 'VAN', 'VON', 'DER', 'DEN',
            'DU', 'Y', 'BINT', 'UL', 'UD'}
given, surnames, companies = set(), collections.Counter(), set()
demonymish = set()
for aliases in countries.values():
    for a in aliases:
        demonymish.update(a.upper().split())

def person_words(name):
    toks = [w for w in re.split(r"[ ]+", name.upper()) if w]
    return [w for w in toks if w not in SUFFIX]

def actor_blocks(fn):
    """Entries of an actor dictionary: [main line, '+' variant lines, indented code lines]."""
    blocks = []
    for ln in open(os.path.join(src, fn), encoding='latin-1'):
        if not ln.strip() or ln[0] == '#':
            continue
        if ln[0] in ' \t':
            if blocks:
                blocks[-1][2].append(ln)
        elif ln[0] == '+':
            if blocks:
                blocks[-1][1].append(ln)
        else:
            blocks.append([ln, [], []])
    return blocks

DATED = re.compile(r'\[[A-Z]{3,}\s+[<>]?\d')
for fn in ('Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'):
    for main, variants, codes in actor_blocks(fn):
        if re.search(r'\[MNC[A-Z]*\]', main) and 'spokes' not in main.lower():
            n = clean(main.split('#')[0].split('[')[0])
            if n and not re.match(r"^[A-Z]\.? ", n) and re.fullmatch(r"[A-Z0-9&'. -]+", n):
                n = n.lower()
                companies.add(n)
                short = re.sub(r"( (inc|corp|corporation|ltd|plc|co|company|limited|incorporated|group|holdings|"
                               r"ag|sa|s\.a\.|nv|n\.v\.|se|spa|ab|asa|oyj|bhd|llc|lp))+$", "", n)
                if short != n and (' ' in short or short not in common):
                    companies.add(short)
        # a person: marked as such (CountryInfo) or holding dated roles ("[INDGOV >20140526]"); not a group
        if '[' in main.split('#')[0] or not ('countryinfo' in main.lower() or any(DATED.search(c) for c in codes)):
            continue
        main_last = None
        for ln in [main] + variants:
            name = clean(ln[1:] if ln[0] == '+' else ln).split('#')[0].split('[')[0].strip()
            toks = person_words(name)
            while toks and toks[0] in TITLE_WORDS:
                toks = toks[1:]
            if len(toks) < 2 or ln[0] == '+' and toks[0] in demonymish:
                continue
            last = toks[-1]
            if ln[0] != '+':
                main_last = last
            # a variant counts only when it spells the same surname: "+SERGEI_LAVROV_" under "SERGEY_LAVROV_"
            if re.fullmatch(r"[A-Z][A-Z']+", toks[0]) and len(toks[0]) >= 3 and last == main_last \
                    and toks[0].lower() not in common and toks[0] not in TITLE_WORDS:
                given.add(toks[0])
            if ln[0] != '+' and re.fullmatch(r"[A-Z][A-Z'-]+", last) and len(last) >= 3 and last not in PARTICLE:
                surnames[last] += 1
with open(os.path.join(out, 'first-names.txt'), 'a') as f:
    f.write('# Given names of the spelling variants (+ lines) of the same persons.\n')
    for n in sorted(given - set(first)):
        f.write(n.capitalize() + '\n')
with open(os.path.join(out, 'surnames.txt'), 'w') as f:
    f.write(MIT)
    f.write('# Surnames: the last word of person entries in the actor dictionaries, common English words left out.\n')
    for n in sorted(surnames):
        if n.lower() not in common and n not in given:
            f.write(n.capitalize() + '\n')
with open(os.path.join(out, 'companies.txt'), 'w') as f:
    f.write(MIT)
    f.write('# Company names (MNC actors), lower case.\n')
    for n in sorted(companies):
        f.write(n + '\n')

# --- person nouns (occupations, roles) among the single-word agents: ", a trader in Kinshasa"
NOT_PERSON_NOUNS = {'airliner', 'carrier', 'cruiser', 'destroyer', 'humvee', 'jetfighter', 'jetliner', 'infirmary',
                    'judiciary', 'military', 'newspaper', 'website', 'chamber', 'congress', 'islamic', 'tinginist',
                    'branokker', 'muhabarat', 'mukabarat', 'mukhabarat', 'paramilitary', 'christian', 'native',
                    'maronite', 'unitarian', 'buddhist', 'customer', 'infant', 'stipendiary', 'educatee', 'tourer',
                    'publisher', 'regulator', 'investor', 'bomber', 'fighter'}
nouns = set()
for ln in open(os.path.join(src, 'Phoenix.agents.txt'), encoding='latin-1'):
    m = re.match(r"([A-Z]+)_?\s+\[~?([A-Z]{3})", ln)
    if not m:
        continue
    w, code = m.group(1).lower(), m.group(2)
    if code in ('BUS', 'NGO', 'PTY', 'IGO') and not re.search(r'(man|woman|person|eur|or|ist)$', w):
        continue
    if re.search(r'(er|or|ist|ian|man|woman|person|ant|ent|ee|ess|at|ic|eer|ier|arch|ive|ite|ar|ary|ado|ista)$', w) \
            and not w.endswith('ment') and len(w) >= 4 and w not in NOT_PERSON_NOUNS:
        nouns.add(w)
with open(os.path.join(out, 'person-nouns.txt'), 'w') as f:
    f.write(MIT)
    f.write('# Single-word nouns for a person\'s occupation or role (agents dictionary), lower case.\n')
    for n in sorted(nouns):
        f.write(n + '\n')
print(len(given - set(first)), 'more given names', len(surnames), 'surnames', len(companies), 'companies',
      len(nouns), 'person nouns')
