// Parses events.json and answers the timeline's lookups (events by feature, by year, next/previous year).
#include "core/gazetteer/events.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace atlas::core {

namespace {

using nlohmann::json;

std::optional<int> intField(const json& e, const char* key) {
    const auto it = e.find(key);
    if (it == e.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<int>();
}

/// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day; returns the year.
std::optional<int> isoYear(const std::string& d) {
    auto digits = [&](std::size_t from, std::size_t n) {
        if (d.size() < from + n) return false;
        for (std::size_t i = from; i < from + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
        return true;
    };
    if (!digits(0, 4)) return std::nullopt;
    if (d.size() == 4) return std::stoi(d);
    if (d.size() != 7 && d.size() != 10) return std::nullopt;
    if (d[4] != '-' || !digits(5, 2)) return std::nullopt;
    const int month = std::stoi(d.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    if (d.size() == 10) {
        if (d[7] != '-' || !digits(8, 2)) return std::nullopt;
        const int day = std::stoi(d.substr(8, 2));
        if (day < 1 || day > 31) return std::nullopt;
    }
    return std::stoi(d.substr(0, 4));
}

std::optional<Event> parseEvent(const json& e, const std::string& file, const std::string& where,
                                std::vector<Problem>& problems) {
    Event ev;
    ev.id = e.value("id", std::string());
    const std::string label = ev.id.empty() ? where : ev.id;
    auto problem = [&](const std::string& msg) { problems.push_back({file, label, msg}); };
    auto skip = [&](const std::string& msg) -> std::optional<Event> {
        problem(msg + "; skipped");
        return std::nullopt;
    };
    if (ev.id.empty()) return skip("missing id");
    const auto year = intField(e, "year");
    if (!year) return skip("year is missing or not an integer");
    ev.year = *year;
    const auto titleIt = e.find("title");
    if (titleIt == e.end() || !titleIt->is_string() || titleIt->get<std::string>().empty())
        return skip("missing title");
    ev.title = titleIt->get<std::string>();
    if (e.contains("date") && e["date"].is_string()) {
        ev.date = e["date"].get<std::string>();
        const auto dy = isoYear(ev.date);
        if (!dy) problem("date '" + ev.date + "' is not an ISO date (YYYY-MM-DD)");
        else if (*dy != ev.year) problem("date '" + ev.date + "' does not match year " + std::to_string(ev.year));
    } else if (e.contains("date") && !e["date"].is_null()) {
        problem("date is not a string or null");
    }
    ev.endYear = intField(e, "end_year");
    if (e.contains("end_year") && !e["end_year"].is_null() && !ev.endYear) problem("end_year is not an integer or null");
    if (ev.endYear && *ev.endYear < ev.year) problem("end_year " + std::to_string(*ev.endYear) + " is before year");
    if (const auto it = e.find("end_date"); it != e.end() && it->is_string()) {
        ev.endDate = it->get<std::string>();
        const auto end = parseDate(ev.endDate);
        const auto start = parseDate(ev.date);
        if (!end) problem("end_date '" + ev.endDate + "' is not an ISO date (YYYY-MM-DD or YYYY-MM)");
        else if (end->year != ev.endYear.value_or(ev.year))
            problem("end_date '" + ev.endDate + "' does not match end_year " + std::to_string(ev.endYear.value_or(ev.year)));
        else if (start && end->lastDay() < start->firstDay())
            problem("end_date '" + ev.endDate + "' is before date '" + ev.date + "'");
    } else if (it != e.end() && !it->is_null()) {
        problem("end_date is not a string or null");
    }
    ev.description = e.value("description", std::string());
    ev.source = e.value("source", std::string());
    const auto feats = e.find("features");
    if (feats != e.end() && feats->is_array()) {
        for (const auto& f : *feats) {
            if (f.is_string()) ev.featureIds.push_back(f.get<std::string>());
            else problem("features: an entry is not a string");
        }
    } else if (feats != e.end() && !feats->is_null()) {
        problem("features is not a list");
    }
    return ev;
}

}  // namespace

EventsParseResult parseEventsJson(std::string_view text, const std::string& fileLabel) {
    EventsParseResult result;
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("events") || !root["events"].is_array()) {
        result.problems.push_back({fileLabel, "", "not an events document ({\"version\":1,\"events\":[...]})"});
        return result;
    }
    std::set<std::string> seen;
    std::size_t index = 0;
    for (const auto& e : root["events"]) {
        const std::string where = "events[" + std::to_string(index++) + "]";
        if (!e.is_object()) {
            result.problems.push_back({fileLabel, where, "not an object; skipped"});
            continue;
        }
        auto ev = parseEvent(e, fileLabel, where, result.problems);
        if (!ev) continue;
        if (!seen.insert(ev->id).second) {
            result.problems.push_back({fileLabel, ev->id, "duplicate id; later record skipped"});
            continue;
        }
        result.events.push_back(std::move(*ev));
    }
    return result;
}

EventsParseResult loadEventsFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        EventsParseResult r;
        r.problems.push_back({path.string(), "", "cannot read file"});
        return r;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseEventsJson(ss.str(), path.string());
}

std::vector<const Event*> eventsByYear(const std::vector<Event>& events) {
    std::vector<const Event*> out;
    for (const auto& e : events) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const Event* a, const Event* b) {
        if (a->year != b->year) return a->year < b->year;
        if (a->date != b->date) return a->date < b->date;
        return a->id < b->id;
    });
    return out;
}

std::vector<const Event*> eventsForFeature(const std::vector<Event>& events, std::string_view featureId) {
    std::vector<const Event*> out;
    for (const Event* e : eventsByYear(events))
        if (std::find(e->featureIds.begin(), e->featureIds.end(), featureId) != e->featureIds.end()) out.push_back(e);
    return out;
}

std::vector<const Event*> eventsInYear(const std::vector<Event>& events, int year) {
    std::vector<const Event*> out;
    for (const Event* e : eventsByYear(events))
        if (e->year <= year && year <= e->endYear.value_or(e->year)) out.push_back(e);
    return out;
}

std::optional<int> nextEventYear(const std::vector<Event>& events, int year) {
    std::optional<int> best;
    for (const auto& e : events)
        if (e.year > year && (!best || e.year < *best)) best = e.year;
    return best;
}

std::optional<int> previousEventYear(const std::vector<Event>& events, int year) {
    std::optional<int> best;
    for (const auto& e : events)
        if (e.year < year && (!best || e.year > *best)) best = e.year;
    return best;
}

}  // namespace atlas::core
