// Dated events (geodata/events.json) linked to gazetteer features, with the lookups the timeline needs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/gazetteer/gazetteer_json.hpp"

namespace atlas::core {

struct Event {
    std::string id;
    int year = 0;
    std::string date;              // ISO YYYY-MM-DD (or YYYY-MM), "" when unknown
    std::optional<int> endYear;    // inclusive; nullopt = a one-year event
    std::string title;
    std::string description;
    std::vector<std::string> featureIds;
    std::string source;
    std::string endDate = {};  // ISO YYYY-MM-DD or YYYY-MM: the event's last day (inclusive); "" when unknown
};

struct EventsParseResult {
    std::vector<Event> events;      // in file order
    std::vector<Problem> problems;  // featureId = the event id (or "events[N]")
};

/// Parses {version, events:[{id, year, date, end_year, end_date, title, description, features, source}]}. Skipped with a
/// problem: no id, duplicate id, non-integer year, missing title. Kept with a problem: a date that is not ISO or
/// whose year differs from `year`, end_year before year, features that is not a list of strings.
EventsParseResult parseEventsJson(std::string_view text, const std::string& fileLabel);
EventsParseResult loadEventsFile(const std::filesystem::path& path);

/// Events that name the feature, sorted by year.
std::vector<const Event*> eventsForFeature(const std::vector<Event>& events, std::string_view featureId);
/// Every event sorted by (year, date, id).
std::vector<const Event*> eventsByYear(const std::vector<Event>& events);
/// Events whose [year, endYear] contains `year`.
std::vector<const Event*> eventsInYear(const std::vector<Event>& events, int year);
/// The smallest event start year > year / the largest < year (timeline stepping); nullopt at the ends.
std::optional<int> nextEventYear(const std::vector<Event>& events, int year);
std::optional<int> previousEventYear(const std::vector<Event>& events, int year);

}  // namespace atlas::core
