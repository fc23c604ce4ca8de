// Inline allow markers on the line of a finding. Internal to the blob
// scanner (plain and decoded matches alike).
#pragma once

#include <cstring>
#include <string_view>

namespace leakgate {

// Inline allow markers: leakgate's own, and gitleaks' so that annotations
// keep working for people who switch.
inline constexpr std::string_view kAllowMarkers[] = {"leakgate:allow",
                                              "gitleaks:allow"};

// The lines (within this chunk) that hold [start, end), and whether they
// carry an allow marker. The whole line is searched, not the snippet's
// context. Matches arrive in order, so a long line with many secrets is
// searched once: `cache` keeps the last line's answer.
struct AllowedLine {
  size_t begin = 0;
  size_t end = 0;
  bool allowed = false;
};

inline bool InlineAllowed(const char* data, size_t size, size_t start, size_t end,
                   AllowedLine* cache) {
  if (cache->end > cache->begin && start >= cache->begin && end <= cache->end)
    return cache->allowed;
  const void* nl = memrchr(data, '\n', start);
  size_t begin = nl ? static_cast<const char*>(nl) - data + 1 : 0;
  nl = memchr(data + end, '\n', size - end);
  size_t stop = nl ? static_cast<const char*>(nl) - data : size;
  bool allowed = false;
  for (std::string_view marker : kAllowMarkers)
    allowed = allowed || memmem(data + begin, stop - begin, marker.data(),
                                marker.size()) != nullptr;
  *cache = {begin, stop, allowed};
  return allowed;
}

}  // namespace leakgate
