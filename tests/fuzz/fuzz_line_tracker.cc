// LineTracker moved forward in random steps, each through a buffer of its
// own (a separate allocation, so a read outside it is caught), against
// lines and columns counted naively over the whole stream.
//
// Input: the stream, then (from the end) a seed for the steps. A stream that
// starts with EF BB BF has a BOM, and line 1's columns do not count it.

#include <fuzzer/FuzzedDataProvider.h>

#include <memory>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "leakgate/line_tracker.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leakgate;
  using leakgate::fuzz::Choices;
  FuzzedDataProvider provider(data, size);
  Choices choices(provider.ConsumeIntegral<uint64_t>());
  const std::string stream = provider.ConsumeRemainingBytesAsString();
  const bool bom = stream.rfind("\xEF\xBB\xBF", 0) == 0;

  // Naive answers for every offset 0..size.
  std::vector<uint64_t> line(stream.size() + 1), line_start(stream.size() + 1);
  line[0] = 1;
  line_start[0] = bom ? 3 : 0;
  for (size_t i = 0; i < stream.size(); ++i) {
    const bool newline = stream[i] == '\n';
    line[i + 1] = line[i] + (newline ? 1 : 0);
    line_start[i + 1] = newline ? i + 1 : line_start[i];
  }

  LineTracker tracker;
  tracker.Reset(bom);
  const uint64_t max_step = choices.Between(0, 3) == 0 ? 4 : 300;
  uint64_t pos = 0;
  for (int steps = 0; steps < 10000; ++steps) {
    FUZZ_CHECK(tracker.position() == pos);
    FUZZ_CHECK(tracker.Here().line == line[pos]);
    FUZZ_CHECK(tracker.line_start() == line_start[pos]);
    // Columns of the BOM's own bytes are meaningless; every other byte's is
    // its distance from the line start, plus one.
    if (pos >= line_start[pos])
      FUZZ_CHECK(tracker.Here().column == pos - line_start[pos] + 1);
    if (pos == stream.size()) break;

    const uint64_t to =
        std::min<uint64_t>(stream.size(), pos + choices.Between(0, max_step));
    // The buffer may start anywhere up to the current position.
    const uint64_t from = pos - std::min<uint64_t>(pos, choices.Between(0, 64));
    const size_t length = static_cast<size_t>(to - from);
    std::unique_ptr<char[]> buf(new char[length]);
    stream.copy(buf.get(), length, from);
    tracker.Advance(buf.get(), from, to);
    // Moving to where it already is changes nothing.
    tracker.Advance(buf.get(), from, to);
    pos = to;
  }
  return 0;
}
