// Writing a report to -o FILE without ever leaving half a report behind and
// without following a link planted where the report goes.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "leakgate/reporter.h"

namespace leakgate {
namespace {

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t wrote = write(fd, bytes.data() + done, bytes.size() - done);
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(wrote);
  }
  return true;
}

}  // namespace

bool WriteOutputFile(const std::string& path, const std::string& bytes,
                     std::string* err) {
  struct stat st;
  if (lstat(path.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) {
      *err = path + ": refusing to write a report through a symbolic link";
      return false;
    }
    if (!S_ISREG(st.st_mode)) {
      int fd = open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
      bool ok = fd >= 0 && WriteAll(fd, bytes);
      int saved = errno;
      if (fd >= 0 && close(fd) != 0 && ok) ok = false, saved = errno;
      if (!ok) *err = path + ": " + std::strerror(saved);
      return ok;
    }
  }
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
  std::string temp = dir + "/.leakgate-report-XXXXXX";
  int fd = mkstemp(temp.data());  // mode 0600
  if (fd < 0) {
    *err = path + ": " + std::strerror(errno);
    return false;
  }
  bool ok = WriteAll(fd, bytes) && fsync(fd) == 0;
  int saved = errno;
  if (close(fd) != 0 && ok) ok = false, saved = errno;
  if (ok && rename(temp.c_str(), path.c_str()) != 0) ok = false, saved = errno;
  if (!ok) {
    unlink(temp.c_str());
    *err = path + ": " + std::strerror(saved);
  }
  return ok;
}

}  // namespace leakgate
