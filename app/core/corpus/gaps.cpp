// Gaps: capitalised words/phrases in body text that look like place names but match no gazetteer feature.
#include "core/corpus/gaps.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/text/text_normalize.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

struct Word {
    std::string text;
    bool capitalised = false;
    bool acronym = false;
    bool sentenceStart = false;
    char32_t after = 0;  // first non-space code point after the word
};

const std::set<std::string> kCommon{
    "The", "A", "An", "In", "On", "At", "To", "For", "From", "By", "With", "As", "But", "And", "Or", "If", "It", "Its",
    "This", "That", "These", "Those", "There", "Their", "They", "He", "She", "We", "His", "Her", "Our", "You", "I",
    "However", "Although", "While", "When", "After", "Before", "During", "Since", "Following", "Meanwhile", "Moreover",
    "Furthermore", "Additionally", "Indeed", "Thus", "Hence", "Still", "Yet", "Also", "Both", "Each", "Many", "Some",
    "Such", "Other", "Another", "First", "Second", "Third", "Finally", "Today", "Now", "Then", "Under", "Over", "Despite",
    "According", "Unlike", "Like", "Beyond", "Among", "Between", "Within", "Without", "What", "Which", "Who", "How", "Why",
    "Not", "No", "Yes", "All", "Most", "One", "Two", "Three", "Several", "Even", "Only", "Just", "Instead", "Unfortunately",
    "Interestingly", "Consider", "Previously", "Recently", "Back", "Further", "Regarding", "Given", "Here", "Had", "Was",
    "Is", "Are", "Were", "Do", "Does", "Did", "Can", "Could", "Would", "Should", "May", "Might", "Must", "Will", "Paraphrasing",
    "Mass", "Two", "Nearly", "Four", "Five", "Common", "Important", "Legal", "Additional", "Risks", "Reasons", "Blame",
    "Residents", "Resident", "Near", "Outside", "Inside", "Around", "Across", "Along", "Through", "Toward", "Towards",
    "Villagers", "People", "Citizens", "Locals", "Authorities", "Officials", "Mayor", "Governor", "Head", "Road",
    "Shelling", "Fighting", "Clashes", "Troops", "Soldiers", "Refugees", "Photo", "Source", "Sources", "Read", "See",
    "Click", "Share", "Follow", "Subscribe", "Updated", "Published", "Posted", "Video", "Image", "Caption", "Copyright",
    "Later", "Earlier", "Last", "Next", "Yesterday", "Tomorrow", "Tonight", "Overnight",
    // Russian: prepositions and the nouns that lead into a place name ("Жители Киранца", "Из Джермука").
    "В", "Во", "На", "Из", "С", "К", "По", "Под", "У", "От", "До", "За", "Возле", "Около", "Близ", "Жители", "Житель",
    "Сёла", "Села", "Село", "Город", "Деревня", "Беженцы", "Район", "Области"};

/// Given names that start a person's name ("Ilham Aliyev", "Nikol Pashinyan"): a phrase that starts with one is a
/// person, and its last word is a surname when it is seen alone later ("Aliyev").
const std::set<std::string> kGivenNames{"Ilham", "Heydar", "Mehriban", "Nikol", "Serzh", "Robert", "Levon", "Ararat",
    "Jeyhun", "Hikmet", "Vladimir", "Sergey", "Sergei", "Dmitry", "Maria", "Recep", "Tayyip", "Mevlut", "Hakan",
    "Irakli", "Salome", "Mikheil", "Bidzina", "Antony", "Joe", "Emmanuel", "Charles", "Josep", "Ursula", "Olaf",
    "Ruben", "Arayik", "Samvel", "Davit", "David", "Armen", "Anna", "Zohrab", "Vagharshak", "Elmar", "Ali", "Farid",
    "Fuad", "Leyla", "Aziz", "Ramiz", "Vagif", "Novruz", "Mikhail", "Boris", "Andrei", "Andrey", "Alexander",
    "Alexei", "Yuri", "Ivan", "Nikolai", "Viktor", "John", "Michael", "James", "Thomas", "Peter", "Paul", "Mark",
    "Philip", "Louis", "Richard", "Toivo", "Hrant", "Gurgen", "Tigran", "Vahe", "Hayk", "Ashot", "Avet", "Eduard"};

/// Capitalised words that name things, not places: weapons, vehicles, programmes.
const std::set<std::string> kNotPlaces{"Iskander", "Bayraktar", "Smerch", "Grad", "Tochka", "Harop", "Polonez",
    "Kamikaze", "Shahed", "Javelin", "Stinger", "Covid", "Internet", "Facebook", "Twitter", "Telegram", "YouTube",
    "Instagram", "Reuters", "Google", "Wikipedia"};

const std::set<std::string> kMonthsDays{"January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

const std::set<std::string> kTitles{"President", "Minister", "Prime", "Mr", "Mrs", "Ms", "Dr", "General", "Ambassador",
    "Secretary", "analyst", "scientist", "expert", "envoy", "Envoy", "Chancellor", "Senator", "Colonel", "Professor",
    "leader", "journalist", "Director", "Representative", "Chairman", "Speaker", "Commander", "Deputy", "Vice-President",
    "Aid", "economist", "Patriarch", "Pope", "King", "Queen", "Sultan", "Emperor", "counterpart", "named", "like",
    "Mayor", "Governor", "spokesman", "spokeswoman", "spokesperson", "Spokesman", "Spokeswoman", "official", "author",
    "Mr.", "reporter", "correspondent", "activist", "Ombudsman", "Archbishop", "Bishop", "Father", "Lieutenant",
    "Major", "Captain", "Sergeant", "Private", "Marshal", "Admiral",
    "Президент", "Премьер-министр", "Министр", "министр", "Архиепископ", "Посол", "Глава", "глава", "премьер-министр",
    "президент", "архиепископ", "коллегой", "Prezident", "Nazir", "nazir"};

const std::set<std::string> kSpeechVerbs{"said", "says", "wrote", "writes", "tweeted", "stated", "noted", "added",
    "told", "argued", "emphasized", "emphasised", "announced", "claimed", "explained", "believes", "has", "had", "was",
    "is", "called", "warned", "indicated", "underlined", "touched", "held", "made", "proposes", "makes", "further",
    "says", "insisted", "denied", "replied", "asked", "urged", "accused", "vowed", "pledged", "promised", "reportedly",
    "told", "thinks", "thought", "signed", "met", "visited", "spoke", "speaks", "declared", "admitted", "confirmed"};

const std::set<std::string> kOrgHeads{"Ministry", "Council", "Group", "Union", "Center", "Centre", "Organization",
    "Organisation", "University", "Party", "Agency", "Department", "Foundation", "Club", "Committee", "Army", "Service",
    "Program", "Programme", "Declaration", "Statement", "Protocol", "War", "Summit", "Treaty", "Charter", "Commission",
    "Mission", "Bank", "Press", "Office", "Institute", "Assembly", "Parliament", "Senate", "Congress", "Government",
    "Forces", "Agreement", "Principles", "Document", "Process", "Platform", "Revolution", "Community", "Nations",
    "Federation", "Partnership", "Conference", "Security", "Affairs", "Policy", "Politics", "Studies", "Review",
    "Times", "News", "Delusion", "Alliances", "Project", "Format", "Network", "Deputies", "Soviet", "Presidium",
    "Law", "Theory", "Concept", "Report", "Reports", "Ombudsman", "Relations", "Discussion", "Initiative", "Corporation",
    "Article", "Constitution", "Resolution", "Operation", "Analysis", "Front", "Cooperation", "Commonwealth", "Troika",
    "State", "Action", "Empire", "Interaction", "Purposes", "Political", "Abroad", "Ambassador-at-Large",
    "Forum", "Bureau", "Directorate", "Fund", "Board", "Authority", "Company", "Academy", "Court", "Tribunal",
    "Society", "Association", "Movement", "Coalition", "Police", "Guard", "Agency", "Channel", "Media", "Radio",
    "Television", "Airlines", "Holding", "Consortium", "Trust", "Inc", "Ltd", "LLC",
    // Azerbaijani organisation heads come last too ("Təhlükəsizlik Şurası", "Xarici İşlər Nazirliyi").
    "Nazirliyi", "Komitəsi", "Şurası", "Agentliyi", "Bürosu", "Fondu", "Forumu", "İnstitutu", "Xidməti", "Məclisi",
    "Partiyası", "Universiteti", "Mərkəzi", "Assosiasiyası", "Komissiyası"};

/// Russian organisation heads open the name and the rest is lower case ("Комитет по чрезвычайным ситуациям",
/// "Совет безопасности"): a phrase starting with one is dropped.
const std::set<std::string> kOrgHeadsFirst{"Комитет", "Совет", "Министерство", "Агентство", "Бюро", "Фонд", "Форум",
    "Клуб", "Институт", "Служба", "Управление", "Академия", "Партия", "Союз", "Центр", "Ассоциация", "Комиссия",
    "Миссия", "Банк", "Суд", "Генштаб", "Минобороны", "МИД", "Администрация", "Дума", "Собрание"};

/// Surname endings of the region's and Russian names, in Latin and Cyrillic, nominative and (Russian) declined:
/// "Gustov", "Torosyan", "Mammadova", "Saakashvili", "Торосяном", "Алиевым". Only used on a phrase of two or three
/// capitalised words (a given name and a surname), never on a lone word: "Noyemberyan" and "Abovyan" are towns.
bool hasSurnameEnding(const std::string& w) {
    static const char* const kEndings[] = {"yan", "ian", "yants", "ov", "ova", "ev", "eva", "yev", "yeva", "ovich",
        "evich", "shvili", "dze", "adze", "zade", "oglu", "oğlu", "enko", "sky", "ski", "skaya",
        "ян", "яна", "яну", "яном", "янц", "ов", "ова", "ову", "овым", "овой", "ев", "ева", "еву", "евым", "евой",
        "ович", "евич", "швили", "дзе", "енко", "ский", "ская"};
    for (const char* ending : kEndings) {
        const std::string e(ending);
        if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
}

/// Words that open a two-word place name whose second word may end like a surname ("Nor Abovyan", "Verin
/// Getashen", "Нижний Новгород" is left alone anyway): such a phrase is not a person.
const std::set<std::string> kPlaceModifiers{"Nor", "Verin", "Nerkin", "Mets", "Pokr", "Hin", "Upper", "Lower", "Old",
    "New", "Great", "Little", "North", "South", "East", "West", "Yukhari", "Ashaghy", "Yuxarı", "Aşağı", "Böyük",
    "Kiçik", "Yeni", "Köhnə", "Nizhny", "Verkhny", "Novy", "Staraya", "Нор", "Верин", "Неркин", "Мец", "Верхний",
    "Нижний", "Новый", "Старый", "Большой", "Малый", "Новая", "Старая", "Mount", "Lake", "Cape", "Fort", "Port",
    "Saint", "St", "San", "Santa"};

/// "ArmRoads", "HayPost": an upper-case letter right after a lower-case one inside a word names a brand or an
/// organisation ("Rostov-na-Donu" is joined by a hyphen and does not count). Soviet-style syllabic abbreviations
/// ("Kavburo", "Zakkraikom") end in a bureau or committee syllable.
bool isCamelCaseOrAbbreviation(const std::string& w) {
    bool lowerBefore = false;
    for (std::size_t pos = 0; pos < w.size();) {
        const Utf8Char c = decodeUtf8(w, pos);
        if (isUpperCase(c.cp) && lowerBefore) return true;
        lowerBefore = isLowerCase(c.cp);
        pos += c.length;
    }
    // (Not Cyrillic "-ком": "Зангезурском" is a declined adjective.)
    for (const char* tail : {"buro", "kom", "prom", "stroy", "бюро", "пром", "строй"}) {
        const std::string t(tail);
        if (w.size() > t.size() + 2 && w.compare(w.size() - t.size(), t.size(), t) == 0) return true;
    }
    return false;
}


bool isDemonym(const std::string& w) {
    static const std::set<std::string> kList{"Azeri", "Azeris", "Azerbaijani", "Azerbaijanis", "Soviet", "Western",
        "Eastern", "Northern", "Southern", "Turkic", "Bolsheviks", "Bolshevik", "West", "East", "Kremlin"};
    if (kList.count(w)) return true;
    for (const char* suf : {"ian", "ians", "ean", "eans", "ese", "ish", "ic", "ics", "ist", "ists"}) {
        const std::string s(suf);
        if (w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0) return true;
    }
    return false;
}

std::vector<Word> tokenize(const std::string& t) {
    std::vector<Word> words;
    std::size_t pos = 0;
    bool sentenceStart = true;
    while (pos < t.size()) {
        const Utf8Char ch = decodeUtf8(t, pos);
        if (!isLetter(ch.cp)) {
            if (ch.cp == '.' || ch.cp == '!' || ch.cp == '?' || ch.cp == ':' || ch.cp == 0x201C || ch.cp == '"' || ch.cp == '(') sentenceStart = true;
            pos += ch.length;
            continue;
        }
        Word w;
        w.sentenceStart = sentenceStart;
        sentenceStart = false;
        bool anyLower = false;
        std::size_t e = pos;
        while (e < t.size()) {
            const Utf8Char c = decodeUtf8(t, e);
            const bool joiner = (c.cp == '-' || c.cp == 0x2011 || c.cp == '\'' || c.cp == 0x2019) && e + c.length < t.size() &&
                                isLetter(decodeUtf8(t, e + c.length).cp);
            if (!isLetter(c.cp) && !joiner) break;
            if (isLowerCase(c.cp)) anyLower = true;
            e += c.length;
        }
        w.text = t.substr(pos, e - pos);
        for (const char* poss : {"'s", "\xE2\x80\x99s"}) {
            const std::string p(poss);
            if (w.text.size() > p.size() && w.text.compare(w.text.size() - p.size(), p.size(), p) == 0) w.text.resize(w.text.size() - p.size());
        }
        // "IDPs", "NGOs": an acronym's plural is still an acronym.
        const bool pluralAcronym = w.text.size() >= 3 && w.text.back() == 's' &&
                                   std::all_of(w.text.begin(), w.text.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
        if (pluralAcronym) anyLower = false;
        w.capitalised = isUpperCase(ch.cp) && anyLower;
        w.acronym = isUpperCase(ch.cp) && !anyLower;
        std::size_t a = e;
        while (a < t.size() && t[a] == ' ') ++a;
        w.after = a < t.size() ? decodeUtf8(t, a).cp : 0;
        words.push_back(std::move(w));
        pos = e;
    }
    return words;
}

/// Verbs of speech that make even a lone capitalised word before them a person ("Pashinyan said").
const std::set<std::string> kSaidVerbs{"said", "says", "told", "tweeted", "stated", "added", "argued", "claimed",
    "wrote", "writes", "warned", "insisted", "denied", "replied", "urged", "accused", "vowed", "pledged", "announced",
    "noted", "stressed", "emphasised", "emphasized", "signed", "met", "visited", "spoke", "declared", "admitted"};

enum class Verdict { Keep, Drop, Person };

Verdict judgePhrase(const std::vector<Word>& words, std::size_t b, std::size_t e, bool ledByOf) {
    const std::string& first = words[b].text;
    if (e - b == 1 && (kMonthsDays.count(first) || isDemonym(first))) return Verdict::Drop;
    if (kOrgHeads.count(words[e - 1].text)) return Verdict::Drop;
    for (std::size_t k = b; k < e; ++k)
        if (kOrgHeads.count(words[k].text) && k + 1 < e && words[k + 1].text == "of") return Verdict::Drop;
    for (std::size_t k = b; k < e; ++k)
        if (kNotPlaces.count(words[k].text) || isCamelCaseOrAbbreviation(words[k].text)) return Verdict::Drop;
    if (kOrgHeadsFirst.count(first)) return Verdict::Drop;  // "Комитет по чрезвычайным ситуациям"
    // A given name and a surname ("Vadim Gustov", "Арам Торосян"): two or three capitalised words, the last with
    // a surname's ending, the first not a word that opens place names.
    if (e - b >= 2 && e - b <= 3 && hasSurnameEnding(words[e - 1].text) && !kPlaceModifiers.count(first) &&
        !hasSurnameEnding(first))
        return Verdict::Person;
    if ((b > 0 && kTitles.count(words[b - 1].text)) || kTitles.count(first)) return Verdict::Person;  // "President Ilham Aliyev"
    if (!ledByOf && e < words.size() && kSpeechVerbs.count(words[e].text) && e - b >= 2)
        return Verdict::Person;  // "Fuad Shahbaz tweeted"
    // "Pashinyan said" -- but not "a driver from Vanadzor said": after a preposition of place the speaker is
    // someone from there.
    static const std::set<std::string> kPlacePreps{"from", "in", "near", "at", "of", "outside", "around", "из", "в", "под"};
    const bool afterPrep = b > 0 && kPlacePreps.count(words[b - 1].text) != 0;
    if (!ledByOf && !afterPrep && e < words.size() && kSaidVerbs.count(words[e].text)) return Verdict::Person;
    if (kGivenNames.count(first)) return Verdict::Person;                                                // "Ilham Aliyev"
    return Verdict::Keep;
}

/// Blanks URLs, e-mail addresses and "Page 3 of 10" so that their capitalised parts are not read as names.
std::string withoutChrome(const std::string& text) {
    std::string out = text;
    std::size_t pos = 0;
    while (pos < out.size()) {
        const std::size_t end = std::min(out.size(), out.find(' ', pos));
        const std::string_view word(out.data() + pos, end - pos);
        if (word.find("://") != std::string_view::npos || word.starts_with("www.") || word.find('@') != std::string_view::npos)
            std::fill(out.begin() + static_cast<std::ptrdiff_t>(pos), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        pos = end + 1;
    }
    for (std::size_t p = out.find("Page "); p != std::string::npos; p = out.find("Page ", p + 1))
        if (p + 5 < out.size() && out[p + 5] >= '0' && out[p + 5] <= '9') out.replace(p, 4, "    ");
    return out;
}

struct Scan {
    std::vector<std::string> places;
    std::vector<std::string> surnames;  // last words of people's names
};

Scan scanPhrases(const std::string& text) {
    Scan out;
    const std::vector<Word> words = tokenize(withoutChrome(text));
    std::size_t i = 0;
    while (i < words.size()) {
        if (!words[i].capitalised) {
            ++i;
            continue;
        }
        std::size_t b = i;
        std::size_t e = i + 1;
        while (e < words.size()) {
            if (words[e - 1].after != decodeUtf8(words[e].text, 0).cp) break;  // punctuation ends a phrase
            if (words[e].capitalised) {
                ++e;
            } else if ((words[e].text == "of" || words[e].text == "de" || words[e].text == "al") && e + 1 < words.size() &&
                       words[e + 1].capitalised && words[e].after == decodeUtf8(words[e + 1].text, 0).cp) {
                e += 2;
            } else {
                break;
            }
        }
        i = e;
        // "Residents of Vayk", "Near Gavar", "The Zod pass": the name itself, without the words that lead into it.
        bool ledByOf = false;  // "Residents of Vayk said": the residents speak, not Vayk
        while (b < e && (kCommon.count(words[b].text) || kMonthsDays.count(words[b].text))) {
            ++b;
            if (b < e && words[b].text == "of") {
                ++b;
                ledByOf = true;
            }
        }
        if (b >= e) continue;
        // A lone sentence-initial word is not evidence, unless it opens a dateline ("Noyemberyan, May 2024"):
        // a comma, then a month or weekday.
        const bool dateline = words[b].after == ',' && b + 1 < words.size() && kMonthsDays.count(words[b + 1].text);
        if (e - b == 1 && words[b].sentenceStart && !dateline) continue;
        const Verdict v = judgePhrase(words, b, e, ledByOf);
        if (v == Verdict::Person) out.surnames.push_back(words[e - 1].text);
        if (v != Verdict::Keep) continue;
        std::string phrase;
        for (std::size_t k = b; k < e; ++k) {
            if (!phrase.empty()) phrase.push_back(' ');
            phrase += words[k].text;
        }
        out.places.push_back(std::move(phrase));
    }
    return out;
}

}  // namespace

std::vector<std::string> candidatePlacePhrases(const std::string& text) { return scanPhrases(text).places; }

std::vector<Gap> findGaps(const CorpusIndex& index, const NameMatcher& matcher, const GapOptions& options) {
    std::map<std::string, Gap> byKey;
    std::set<std::string> surnames;
    // Page chrome: a line repeated in three or more passages of one document (running heads, footers).
    std::map<std::pair<std::size_t, std::string>, std::size_t> repeats;
    for (const Passage& p : index.passages) ++repeats[{p.documentIndex, p.cleanText}];
    for (const Passage& p : index.passages) {
        if (p.kind != PassageKind::Body) continue;  // headings are title case, footnotes cite
        if (options.document) {
            const Document& d = index.documents[p.documentIndex];
            if (d.meta.file != *options.document && d.stem != *options.document) continue;
        }
        if (options.files) {
            const std::string& file = index.documents[p.documentIndex].meta.file;
            if (std::find(options.files->begin(), options.files->end(), file) == options.files->end()) continue;
        }
        if (repeats[{p.documentIndex, p.cleanText}] >= 3) continue;
        Scan scan = scanPhrases(p.cleanText);
        surnames.insert(scan.surnames.begin(), scan.surnames.end());
        for (const std::string& phrase : scan.places) {
            const std::string key = foldForMatch(phrase);
            if (!matcher.findFolded(key).empty()) continue;
            Gap& g = byKey[key];
            if (g.text.empty()) g.text = phrase;
            ++g.count;
            if (g.passageIds.empty() || g.passageIds.back() != p.id) g.passageIds.push_back(p.id);
        }
    }
    std::vector<Gap> out;
    for (auto& [key, g] : byKey)
        if (g.count >= options.minCount && !surnames.count(g.text)) out.push_back(std::move(g));
    std::sort(out.begin(), out.end(), [](const Gap& a, const Gap& b) { return a.count != b.count ? a.count > b.count : a.text < b.text; });
    return out;
}

}  // namespace atlas::core
