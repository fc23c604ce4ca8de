// Writing a JSON document whose one large array is streamed: the document is
// dumped with that array empty, then written around items rendered one at a
// time, so that a report never holds all of its findings' JSON at once.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "leakgate/reporter.h"

namespace leakgate {

/// Renders items 0 … count - 1 with `render` on up to `threads` threads, a
/// block of items at a time, and passes each to `out` in order: a report's
/// rendering runs on the scan's threads, and memory stays at one block.
/// `render` must be safe to call concurrently.
void RenderInOrder(size_t count, int threads,
                   const std::function<std::string(size_t)>& render,
                   const ReportOut& out);

/// Writes `document` (dumped with an indent of 2) to `out` with its array
/// `"key": []` holding `count` items instead; `item(i)` returns item i
/// dumped with an indent of 2 and is re-indented to its place (rendered as
/// RenderInOrder does). `key` must occur once as a key with an empty array
/// (a key's quotes are never escaped, so text inside strings cannot match).
void WriteWithStreamedArray(std::string_view document, std::string_view key,
                            size_t count, int threads,
                            const std::function<std::string(size_t)>& item,
                            const ReportOut& out);

}  // namespace leakgate
