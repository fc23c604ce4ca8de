#include "json_stream.h"

#include <algorithm>
#include <cstdlib>
#include <thread>
#include <vector>

namespace leakgate {

void RenderInOrder(size_t count, int threads,
                   const std::function<std::string(size_t)>& render,
                   const ReportOut& out) {
  constexpr size_t kBlock = 512;
  const size_t helpers = threads > 1 ? static_cast<size_t>(threads) - 1 : 0;
  std::vector<std::string> block;
  for (size_t base = 0; base < count; base += kBlock) {
    const size_t n = std::min(kBlock, count - base);
    block.assign(n, std::string());
    if (helpers == 0 || n < 2) {
      for (size_t j = 0; j < n; ++j) block[j] = render(base + j);
    } else {
      // Interleaved: item j goes to thread j % (helpers + 1).
      auto render_share = [&](size_t first) {
        for (size_t j = first; j < n; j += helpers + 1)
          block[j] = render(base + j);
      };
      std::vector<std::thread> pool;
      for (size_t t = 1; t <= helpers && t < n; ++t)
        pool.emplace_back(render_share, t);
      render_share(0);
      for (std::thread& thread : pool) thread.join();
    }
    for (const std::string& text : block) out(text);
  }
}

void WriteWithStreamedArray(std::string_view document, std::string_view key,
                            size_t count, int threads,
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
  auto indented = [&](size_t i) {
    std::string one(1, '\n');
    one.append(indent);
    const std::string text = item(i);
    for (size_t from = 0;;) {
      const size_t newline = text.find('\n', from);
      if (newline == std::string::npos) {
        one.append(text, from);
        break;
      }
      one.append(text, from, newline + 1 - from).append(indent);
      from = newline + 1;
    }
    if (i + 1 < count) one.push_back(',');
    return one;
  };
  RenderInOrder(count, threads, indented, out);
  std::string close(1, '\n');
  close.append(indent.size() - 2, ' ');
  out(close);
  out(document.substr(at + empty.size() - 1));  // from ']'
}

}  // namespace leakgate
