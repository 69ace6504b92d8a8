// Corpus files in the encodings people have: UTF-16 (with or without BOM) and Windows-1251/-1252 to UTF-8.
#pragma once

#include <string>

namespace atlas::core {

/// What was done to a document's bytes; `note` is empty when they were used as they are.
struct DocumentDecoding {
    std::string encoding = "UTF-8";  // what the file was read as
    std::string note;                // e.g. "read as UTF-16LE (byte order mark) and converted to UTF-8"
    bool crLineEnds = false;         // lone CRs (classic Mac line ends) became LF
};

/// Detects the encoding of a text file's bytes and converts them to UTF-8 in place: a UTF-16 byte order mark
/// or the pattern of zero bytes in UTF-16 text; bytes that are not UTF-8 (16 or more bad sequences, hardly a
/// good one) are read as Windows-1251 when they look Cyrillic (runs of letters from 0xC0 up), else as
/// Windows-1252. A file that is mostly UTF-8 stays UTF-8 (its bad bytes are repaired later). CRs not followed by
/// LF become LF (same length, so byte offsets stay).
DocumentDecoding decodeDocumentBytes(std::string& bytes);

}  // namespace atlas::core
