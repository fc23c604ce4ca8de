#include "json_stream.h"

#include <cstdlib>

namespace leakgate {

void WriteWithStreamedArray(std::string_view document, std::string_view key,
                            size_t count,
                            const std::function<std::string(size_t)>& item,
                            const ReportOut& out) {
  std::string empty = "\"";
  empty.append(key).append("\": []");
  const size_t at = document.find(empty);
  if (at == std::string_view::npos) std::abort();  // a reporter's bug
  if (count == 0) {
    out(document);
    return;
  }
  const size_t line_start = document.rfind('\n', at) + 1;
  const std::string indent(at - line_start + 2, ' ');
  out(document.substr(0, at + empty.size() - 1));  // up to and with '['
  std::string one;
  for (size_t i = 0; i < count; ++i) {
    one.assign(1, '\n').append(indent);
    for (char c : item(i)) {
      one.push_back(c);
      if (c == '\n') one += indent;
    }
    if (i + 1 < count) one.push_back(',');
    out(one);
  }
  one.assign(1, '\n').append(indent.size() - 2, ' ');
  out(one);
  out(document.substr(at + empty.size() - 1));  // from ']'
}

}  // namespace leakgate
