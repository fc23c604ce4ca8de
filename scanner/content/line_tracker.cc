#include "leakgate/line_tracker.h"

#include <algorithm>
#include <cstring>

namespace leakgate {

void LineTracker::Reset(bool bom) {
  pos_ = 0;
  line_ = 1;
  line_start_ = bom ? 3 : 0;
}

void LineTracker::Advance(const char* buf, uint64_t buf_offset, uint64_t pos) {
  if (pos <= pos_) return;
  const char* from = buf + (pos_ - buf_offset);
  const char* to = buf + (pos - buf_offset);
  uint64_t newlines = static_cast<uint64_t>(std::count(from, to, '\n'));
  if (newlines > 0) {
    line_ += newlines;
    const char* last = static_cast<const char*>(memrchr(from, '\n', to - from));
    line_start_ = buf_offset + static_cast<uint64_t>(last - buf) + 1;
  }
  pos_ = pos;
}

}  // namespace leakgate
