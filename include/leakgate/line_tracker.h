// Maps stream offsets to 1-based lines and byte columns, across buffers.
#pragma once

#include <cstddef>
#include <cstdint>

namespace leakgate {

struct LineColumn {
  uint64_t line;
  uint64_t column;
};

/// A cursor over a stream that counts '\n' as it moves forward. Lines end
/// at '\n' only (a CR before it belongs to the line; a CR alone does not end
/// one). A UTF-8 byte-order mark is not counted in line 1's columns.
class LineTracker {
 public:
  /// Starts a stream; `bom` is true when it begins with EF BB BF.
  void Reset(bool bom);
  /// Moves to stream offset `pos` (not before the current one), reading
  /// bytes from `buf`, whose first byte is at stream offset `buf_offset`
  /// (not after the current position).
  void Advance(const char* buf, uint64_t buf_offset, uint64_t pos);
  /// Line and column of `pos` after Advance(…, pos).
  LineColumn Here() const { return {line_, pos_ - line_start_ + 1}; }
  uint64_t position() const { return pos_; }
  /// Stream offset of the first byte of the current line.
  uint64_t line_start() const { return line_start_; }

 private:
  uint64_t pos_ = 0;
  uint64_t line_ = 1;
  uint64_t line_start_ = 0;
};

}  // namespace leakgate
