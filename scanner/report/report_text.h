// Text that several reports share: a finding's guidance as plain text, and
// strings clipped to a report format's length limits.
#pragma once

#include <string>

#include "leakgate/rule.h"

namespace leakgate {

/// At most `max_bytes` bytes of `text`, cut before a UTF-8 sequence rather
/// than inside one (so also at most that many characters).
std::string Clip(const std::string& text, size_t max_bytes);

/// The guidance as plain text: the summary, the numbered steps, the links.
std::string GuidanceText(const Guidance& guidance);

}  // namespace leakgate
