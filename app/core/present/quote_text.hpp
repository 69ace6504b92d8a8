// A corpus sentence made fit to quote on a slide: footnote markers out, the text's own outer quote marks off.
#pragma once

#include <string>
#include <string_view>

namespace atlas::core {

/// Removes footnote markers from a quoted sentence: superscript digits (¹², ⁸), bracketed numbers of 1–3 digits
/// ([12], not a year like [2023]) and 1–3 digits glued to the end of a word or to closing punctuation and followed by
/// a space or the end ("directions.”12 " -> "directions.” ", "bloodshed.3" -> "bloodshed."; "S-300", "1994" and
/// "COVID-19" stay). Then strips one balanced pair of outer quote marks (“…”, "…", «…», „…“) that the slide's own
/// marks (the caption band adds “…”) would double, and turns the remaining inner double quotes into single ones (‘…’). Whitespace is trimmed.
std::string cleanQuote(std::string_view text);

}  // namespace atlas::core
