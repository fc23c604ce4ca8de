#include "leakgate/long_path.h"

#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include <cerrno>

namespace leakgate {

int OpenLongPath(const std::string& path, int flags) {
  if (path.size() < PATH_MAX) return open(path.c_str(), flags);
  int dir =
      path[0] == '/' ? open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : AT_FDCWD;
  if (dir == -1) return -1;
  size_t start = path.find_first_not_of('/');
  for (;;) {
    const size_t slash = path.find('/', start);
    const bool last = slash == std::string::npos ||
                      path.find_first_not_of('/', slash) == std::string::npos;
    const std::string name =
        path.substr(start, last ? std::string::npos : slash - start);
    const int next =
        last ? openat(dir, name.c_str(), flags)
             : openat(dir, name.c_str(),
                      O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int saved = errno;
    if (dir != AT_FDCWD) close(dir);
    errno = saved;
    if (next == -1 || last) return next;
    dir = next;
    start = path.find_first_not_of('/', slash);
  }
}

}  // namespace leakgate
