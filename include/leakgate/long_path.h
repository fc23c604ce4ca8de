// Opening paths longer than PATH_MAX, which open(2) refuses.
#pragma once

#include <string>

namespace leakgate {

/// open(2) for a path of any length: a path the kernel accepts is opened
/// directly; a longer one is opened one directory at a time with openat,
/// none followed if it is a symbolic link. Returns the descriptor, or -1
/// with errno set.
int OpenLongPath(const std::string& path, int flags);

}  // namespace leakgate
