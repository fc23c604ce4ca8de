// Overlapping buffers over a stream, so that memory stays at one buffer per
// worker whatever the file size, and no match is lost at a buffer edge.

#include "leakgate/chunk_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace leakgate {

ReadFn MemoryReader(std::string_view data, size_t* at) {
  return [data, at](char* buf, size_t size) -> long {
    const size_t n = std::min(size, data.size() - *at);
    std::memcpy(buf, data.data() + *at, n);
    *at += n;
    return static_cast<long>(n);
  };
}

ChunkReader::ChunkReader(size_t capacity, size_t margin)
    : buffer_(new char[std::max(capacity, 4 * margin)]),
      capacity_(std::max(capacity, 4 * margin)),
      margin_(margin) {}

void ChunkReader::Reset() {
  size_ = 0;
  bytes_read_ = 0;
  offset_ = 0;
  at_end_ = false;
  started_ = false;
}

ChunkReader::Status ChunkReader::Next(const ReadFn& read, std::string* err) {
  if (at_end_) return Status::kEnd;
  if (started_) {
    // Keep the overlap: the last 2 × margin bytes start the next buffer.
    size_t keep = 2 * margin_;
    std::memmove(buffer_.get(), buffer_.get() + size_ - keep, keep);
    offset_ += size_ - keep;
    size_ = keep;
  }
  started_ = true;
  const size_t kept = size_;
  while (size_ < capacity_) {
    long got = read(buffer_.get() + size_, capacity_ - size_);
    if (got < 0) {
      *err = std::strerror(errno);
      bytes_read_ = size_ - kept;
      at_end_ = true;
      return Status::kError;
    }
    if (got == 0) {
      at_end_ = true;
      break;
    }
    size_ += static_cast<size_t>(got);
  }
  bytes_read_ = size_ - kept;
  return Status::kData;
}

}  // namespace leakgate
