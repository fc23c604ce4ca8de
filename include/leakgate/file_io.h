#ifndef LEAKGATE_FILE_IO_H_
#define LEAKGATE_FILE_IO_H_

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace leakgate {

/// How a whole-file read ended.
enum class ReadStatus {
  kOk,
  kMissing,     // no such file (or a path component is not a directory)
  kNotRegular,  // untrusted read of a link, FIFO, device or directory
  kTooLarge,    // larger than ReadOptions::max_bytes
  kError,       // anything else; the message says what
};

struct ReadOptions {
  /// A file from the scanned tree or repository: opened without following a
  /// symbolic link and without waiting on a FIFO; only regular files read.
  bool untrusted = false;
  /// Refuse (kTooLarge) a file larger than this.
  uint64_t max_bytes = UINT64_MAX;
};

/// Reads the whole file at `path` into `bytes`. On any status but kOk,
/// `*err` says what happened ("cannot read PATH: reason"), for callers that
/// treat it as an error.
ReadStatus ReadFile(const std::string& path, std::string* bytes,
                    std::string* err, const ReadOptions& options = {});

/// Writes all of `bytes` to `fd`, retrying on EINTR; 0 or the errno.
int WriteAll(int fd, std::string_view bytes);

/// Replaces `path` atomically: `fill` writes the new contents to a fresh
/// temporary file in the same directory (created with `mode`), which is
/// synced and renamed over `path`, so a reader sees the old file or the
/// whole new one and a crash leaves no half-written file. `fill` returns 0
/// or an errno. Returns 0 or the errno of the first failure; the temporary
/// file never outlives a failure.
int ReplaceFile(const std::string& path, mode_t mode,
                const std::function<int(int fd)>& fill);

/// ReplaceFile with fixed contents.
int ReplaceFile(const std::string& path, mode_t mode, std::string_view bytes);

}  // namespace leakgate

#endif  // LEAKGATE_FILE_IO_H_
