// Whole-file reads and atomic replacement, the two file operations the rest
// of leakgate needs outside the scan's own readers (which stream, and live in
// content/). One implementation, so every caller gets the same care: EINTR
// retried, no descriptor leaked, links not followed for files a scanned
// repository controls, and a replaced file never seen half written.

#include "leakgate/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace leakgate {
namespace {

std::string CannotRead(const std::string& path, const std::string& why) {
  return "cannot read " + path + ": " + why;
}

ReadStatus ReadOpen(int fd, const std::string& path, std::string* bytes,
                    std::string* err, const ReadOptions& options) {
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *err = CannotRead(path, std::strerror(errno));
    return ReadStatus::kError;
  }
  if (options.untrusted && !S_ISREG(st.st_mode)) {
    *err = CannotRead(path, "not a regular file");
    return ReadStatus::kNotRegular;
  }
  if (S_ISDIR(st.st_mode)) {
    *err = CannotRead(path, "it is a directory");
    return ReadStatus::kError;
  }
  if (S_ISREG(st.st_mode) &&
      static_cast<uint64_t>(st.st_size) > options.max_bytes) {
    *err = CannotRead(path, "larger than " +
                                std::to_string(options.max_bytes) + " bytes");
    return ReadStatus::kTooLarge;
  }
  bytes->clear();
  if (S_ISREG(st.st_mode)) bytes->reserve(static_cast<size_t>(st.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t got = read(fd, buffer, sizeof(buffer));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      *err = CannotRead(path, std::strerror(errno));
      return ReadStatus::kError;
    }
    if (got == 0) return ReadStatus::kOk;
    // A file that grows while it is read is still held to the limit.
    if (bytes->size() + static_cast<size_t>(got) > options.max_bytes) {
      *err = CannotRead(path, "larger than " +
                                  std::to_string(options.max_bytes) + " bytes");
      return ReadStatus::kTooLarge;
    }
    bytes->append(buffer, static_cast<size_t>(got));
  }
}

}  // namespace

ReadStatus ReadFile(const std::string& path, std::string* bytes,
                    std::string* err, const ReadOptions& options) {
  int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY;
  if (options.untrusted) flags |= O_NOFOLLOW | O_NONBLOCK;
  int fd = open(path.c_str(), flags);
  if (fd < 0) {
    const int why = errno;
    *err = CannotRead(path, std::strerror(why));
    if (why == ENOENT || why == ENOTDIR) return ReadStatus::kMissing;
    if (options.untrusted && why == ELOOP) return ReadStatus::kNotRegular;
    return ReadStatus::kError;
  }
  ReadStatus status = ReadOpen(fd, path, bytes, err, options);
  close(fd);
  return status;
}

int WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t wrote = write(fd, bytes.data(), bytes.size());
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<size_t>(wrote));
  }
  return 0;
}

int ReplaceFile(const std::string& path, mode_t mode,
                const std::function<int(int fd)>& fill) {
  // The temporary file sits beside `path`, so the rename stays on one file
  // system.
  size_t slash = path.rfind('/');
  std::string temp = slash == std::string::npos ? std::string("./")
                                                : path.substr(0, slash + 1);
  temp.append(".leakgate-XXXXXX");
  int fd = mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) return errno;
  int failed = fchmod(fd, mode) == 0 ? 0 : errno;
  if (failed == 0) failed = fill(fd);
  if (failed == 0 && fsync(fd) != 0) failed = errno;
  if (close(fd) != 0 && failed == 0) failed = errno;
  if (failed == 0 && rename(temp.c_str(), path.c_str()) != 0) failed = errno;
  if (failed != 0) unlink(temp.c_str());
  return failed;
}

int ReplaceFile(const std::string& path, mode_t mode, std::string_view bytes) {
  return ReplaceFile(path, mode, [bytes](int fd) { return WriteAll(fd, bytes); });
}

}  // namespace leakgate
