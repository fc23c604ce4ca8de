#include "leakgate/line_tracker.h"

#include <gtest/gtest.h>

#include <string>

namespace leakgate {
namespace {

LineColumn At(const std::string& text, uint64_t pos, bool bom = false) {
  LineTracker tracker;
  tracker.Reset(bom);
  tracker.Advance(text.data(), 0, pos);
  return tracker.Here();
}

TEST(LineTrackerTest, CountsLinesAndByteColumns) {
  const std::string text = "ab\ncd\n\nxyz";
  EXPECT_EQ(At(text, 0).line, 1u);
  EXPECT_EQ(At(text, 0).column, 1u);
  EXPECT_EQ(At(text, 1).column, 2u);
  EXPECT_EQ(At(text, 3).line, 2u);
  EXPECT_EQ(At(text, 3).column, 1u);
  EXPECT_EQ(At(text, 7).line, 4u);
  EXPECT_EQ(At(text, 9).column, 3u);
}

TEST(LineTrackerTest, CrLfBelongsToTheLineAndCrAloneEndsNothing) {
  const std::string text = "a\r\nbc\rd";
  EXPECT_EQ(At(text, 3).line, 2u);
  EXPECT_EQ(At(text, 3).column, 1u);
  EXPECT_EQ(At(text, 6).line, 2u);
  EXPECT_EQ(At(text, 6).column, 4u);
}

TEST(LineTrackerTest, ByteOrderMarkIsNotCountedOnLineOne) {
  const std::string text = "\xEF\xBB\xBFkey\nx";
  EXPECT_EQ(At(text, 3, true).column, 1u);
  EXPECT_EQ(At(text, 5, true).column, 3u);
  EXPECT_EQ(At(text, 7, true).column, 1u);
  EXPECT_EQ(At(text, 7, true).line, 2u);
}

TEST(LineTrackerTest, ContinuesAcrossBuffersFromACheckpoint) {
  const std::string text = "one\ntwo\nthree\nfour";
  LineTracker tracker;
  tracker.Reset(false);
  tracker.Advance(text.data(), 0, 6);
  // Second "buffer" starts at offset 5 and holds the rest.
  const std::string rest = text.substr(5);
  tracker.Advance(rest.data(), 5, 15);
  EXPECT_EQ(tracker.Here().line, 4u);
  EXPECT_EQ(tracker.Here().column, 2u);
  EXPECT_EQ(tracker.line_start(), 14u);
}

}  // namespace
}  // namespace leakgate
