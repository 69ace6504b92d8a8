// A document's language guessed from its letters when no manifest says it.
#include <catch2/catch.hpp>

#include "core/corpus/document.hpp"
#include "core/text/language_guess.hpp"

using atlas::core::guessLanguage;

TEST_CASE("language guess: the script most letters use, and Azerbaijani's schwa in Latin text", "[language]") {
    CHECK(guessLanguage("Переговоры в Шуше и Гяндже продолжились после блокады Лачинского коридора.") == "ru");
    CHECK(guessLanguage("Լաչինի միջանցքը փակվեց 2022 թվականի դեկտեմբերին։") == "hy");
    CHECK(guessLanguage("საქართველოს საზღვარი") == "ka");
    CHECK(guessLanguage("Laçın dəhlizi ilə bağlı danışıqlar Bakıda davam edir, nəqliyyat bərpa ediləcək.") == "az");
    // English that quotes an Azerbaijani name now and then stays English; so do texts without letters.
    CHECK(guessLanguage("The talks on the Laçın dəhlizi resumed in Brussels after the blockade of the road that "
                        "links Armenia with Stepanakert, the ministers said on Tuesday in a joint statement.") == "en");
    CHECK(guessLanguage("") == "en");
    CHECK(guessLanguage("1994 - 2020 ...") == "en");
    // A Russian text quoting English names is Russian.
    CHECK(guessLanguage("Министр заявил в Brussels, что переговоры по делимитации границы продолжатся.") == "ru");
}

TEST_CASE("language guess: a document without a manifest language gets the guess; a given one is kept",
          "[language]") {
    using namespace atlas::core;
    const Document ru = makeDocument("report.txt", "Блокада Лачинского коридора продолжалась девять месяцев.", {});
    CHECK(ru.meta.language == "ru");
    DocumentMeta meta;
    meta.language = "en";
    const Document given = makeDocument("note.txt", "Блокада Лачинского коридора.", meta);
    CHECK(given.meta.language == "en");
}
