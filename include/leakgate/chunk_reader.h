// Reads a stream into overlapping buffers of bounded size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leakgate {

/// Reads up to `size` bytes into `buf`; returns the count, 0 at the end of
/// the stream, or -1 with errno set (EINTR included: retrying is the
/// caller's choice, so that an interrupt can stop a blocked read).
using ReadFn = std::function<long(char* buf, size_t size)>;

/// A ReadFn over bytes already in memory; `*at` is the read position and
/// must outlive the function.
ReadFn MemoryReader(std::string_view data, size_t* at);

/// Splits a stream of any length into buffers of at most `capacity` bytes,
/// each overlapping the previous one by 2 × `margin` bytes. A match whose
/// end lies in a buffer's owned range (owned_begin, owned_end] is reported
/// by that buffer only (capacity is raised to at least 4 × margin); the owned
/// ranges tile the stream, and each leaves `margin` bytes of context on both
/// sides, so any match no wider than `margin` is seen whole by exactly one
/// buffer. Memory: one buffer.
class ChunkReader {
 public:
  enum class Status { kData, kEnd, kError };

  ChunkReader(size_t capacity, size_t margin);

  /// Starts a new stream.
  void Reset();
  /// Fills the next buffer. kError leaves errno's message in `err`.
  Status Next(const ReadFn& read, std::string* err);

  const char* data() const { return buffer_.get(); }
  size_t size() const { return size_; }
  /// Stream offset of data()[0].
  uint64_t offset() const { return offset_; }
  size_t owned_begin() const { return offset_ == 0 ? 0 : margin_; }
  size_t owned_end() const { return at_end_ ? size_ : size_ - margin_; }
  /// Buffer offset where the next buffer will start (its first byte).
  size_t next_start() const { return at_end_ ? size_ : size_ - 2 * margin_; }
  bool at_end() const { return at_end_; }
  /// Bytes the last Next() read from the stream (the buffer less overlap).
  size_t bytes_read() const { return bytes_read_; }

 private:
  /// Not zeroed: a large buffer's pages are then only touched as a stream
  /// fills them, so a small input costs no memset of the whole capacity.
  std::unique_ptr<char[]> buffer_;
  size_t capacity_;
  size_t margin_;
  size_t size_ = 0;
  size_t bytes_read_ = 0;
  uint64_t offset_ = 0;
  bool at_end_ = false;
  bool started_ = false;
};

}  // namespace leakgate
