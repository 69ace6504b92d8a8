// Enum <-> name conversions from one table per enum: each enum's header defines namesOf(E) over a constexpr array
// of {value, "name"}, and enumName / enumFromName derive both directions from it.
#pragma once

#include <concepts>
#include <optional>
#include <span>
#include <string_view>

namespace atlas::core {

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

/// An enum with a name table: namesOf(E{}) is found by argument-dependent lookup in the enum's namespace.
template <class E>
concept NamedEnum = requires(E e) {
    { namesOf(e) } -> std::convertible_to<std::span<const EnumName<E>>>;
};

/// The value's name in its table; `fallback` for a value the table lacks (e.g. one cast from a bad integer).
template <NamedEnum E>
constexpr std::string_view enumName(E value, std::string_view fallback = {}) {
    for (const EnumName<E>& e : std::span<const EnumName<E>>(namesOf(value)))
        if (e.value == value) return e.name;
    return fallback;
}

/// The value named `name` (exactly, case-sensitive); nullopt when no entry has that name.
template <NamedEnum E>
constexpr std::optional<E> enumFromName(std::string_view name) {
    for (const EnumName<E>& e : std::span<const EnumName<E>>(namesOf(E{})))
        if (e.name == name) return e.value;
    return std::nullopt;
}

}  // namespace atlas::core
