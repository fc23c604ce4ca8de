// Writing a report: buffered, checked for errors, and for -o FILE without
// ever leaving half a report behind and without following a link planted
// where the report goes.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "leakgate/file_io.h"
#include "leakgate/reporter.h"

namespace leakgate {
namespace {

// Buffers writes to a file descriptor; remembers the first error and drops
// what comes after it.
class FdWriter {
 public:
  explicit FdWriter(int fd) : fd_(fd) { buffer_.reserve(kCapacity); }

  void Write(std::string_view bytes) {
    if (error_ != 0) return;
    if (buffer_.size() + bytes.size() > kCapacity) Flush();
    if (bytes.size() >= kCapacity) {
      WriteAll(bytes);
    } else {
      buffer_.append(bytes);
    }
  }

  /// Writes what is buffered; 0, or the errno of the first failed write.
  int Flush() {
    if (error_ == 0 && !buffer_.empty()) WriteAll(buffer_);
    buffer_.clear();
    return error_;
  }

 private:
  static constexpr size_t kCapacity = 1 << 20;

  void WriteAll(std::string_view bytes) {
    if (error_ == 0) error_ = leakgate::WriteAll(fd_, bytes);
  }

  int fd_;
  int error_ = 0;
  std::string buffer_;
};

// Runs `produce` into `fd`; 0 or the errno of the first failure.
int Produce(int fd, const std::function<void(const ReportOut&)>& produce) {
  FdWriter writer(fd);
  produce([&writer](std::string_view bytes) { writer.Write(bytes); });
  return writer.Flush();
}

}  // namespace

bool WriteOutputFile(const std::string& path,
                     const std::function<void(const ReportOut&)>& produce,
                     std::string* err) {
  struct stat st;
  if (lstat(path.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) {
      *err = path + ": refusing to write a report through a symbolic link";
      return false;
    }
    if (!S_ISREG(st.st_mode)) {
      int fd = open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
      int failed = fd < 0 ? errno : Produce(fd, produce);
      if (fd >= 0 && close(fd) != 0 && failed == 0) failed = errno;
      if (failed != 0) *err = path + ": " + std::strerror(failed);
      return failed == 0;
    }
  }
  // 0600: a report names where the secrets are.
  int failed = ReplaceFile(path, 0600,
                           [&produce](int fd) { return Produce(fd, produce); });
  if (failed != 0) *err = path + ": " + std::strerror(failed);
  return failed == 0;
}

bool WriteOutputFile(const std::string& path, std::string_view bytes,
                     std::string* err) {
  return WriteOutputFile(
      path, [bytes](const ReportOut& out) { out(bytes); }, err);
}

bool WriteStdout(const std::function<void(const ReportOut&)>& produce,
                 std::string* err) {
  std::fflush(stdout);  // anything printed through stdio comes first
  int failed = Produce(STDOUT_FILENO, produce);
  if (failed != 0)
    *err = std::string("standard output: ") + std::strerror(failed);
  return failed == 0;
}

}  // namespace leakgate
