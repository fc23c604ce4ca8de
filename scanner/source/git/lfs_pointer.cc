#include "source/git/lfs_pointer.h"

#include <algorithm>
#include <cstddef>

namespace leakgate {
namespace {

constexpr std::string_view kLfsPointer =
    "version https://git-lfs.github.com/spec/v1\n";
constexpr size_t kMaxLfsPointerSize = 1024;

bool IsLowerHex(std::string_view text, size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

bool IsLfsPointer(std::string_view data) {
  if (data.size() > kMaxLfsPointerSize || data.rfind(kLfsPointer, 0) != 0)
    return false;
  bool oid = false, size = false;
  for (size_t pos = kLfsPointer.size(); pos < data.size();) {
    const size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    const std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t space = line.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view key = line.substr(0, space);
    const std::string_view value = line.substr(space + 1);
    auto hash = [&] {
      return value.rfind("sha256:", 0) == 0 && IsLowerHex(value.substr(7), 64);
    };
    if (key == "oid" && hash()) {
      oid = true;
    } else if (key == "size" && !value.empty() &&
               std::all_of(value.begin(), value.end(),
                           [](char c) { return c >= '0' && c <= '9'; })) {
      size = true;
    } else if (!(key.size() > 6 && key.rfind("ext-", 0) == 0 && key[4] >= '0' &&
                 key[4] <= '9' && key[5] == '-' && hash())) {
      return false;
    }
  }
  return oid && size;
}

}  // namespace leakgate
