// Tree parsing: a malformed tree keeps every entry that parses.

#include "source/git/git_objects.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace leakgate {
namespace {

std::string Entry(const std::string& mode, const std::string& name, char id) {
  return mode + " " + name + std::string(1, '\0') + std::string(20, id);
}

TEST(ParseTreeTest, KeepsOddNamesAndModesAsWritten) {
  const std::string raw = Entry("100644", "z", 'a') + Entry("0", "", 'b') +
                          Entry("123456", "..", 'c') +
                          Entry("100644", "z", 'd');
  std::vector<TreeEntry> entries;
  std::string err;
  ASSERT_TRUE(ParseTree(raw, &entries, &err)) << err;
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[1].name, "");
  EXPECT_EQ(entries[1].mode, 0u);
  EXPECT_EQ(entries[2].name, "..");
  EXPECT_EQ(entries[2].mode, 0123456u);
  EXPECT_EQ(entries[3].name, "z");
}

TEST(ParseTreeTest, SkipsAnEntryWithABadModeAndKeepsTheRest) {
  const std::string raw = Entry("100644", "before", 'a') +
                          Entry("10x644", "bad", 'b') +
                          Entry("100644", "after", 'c');
  std::vector<TreeEntry> entries;
  std::string err;
  EXPECT_FALSE(ParseTree(raw, &entries, &err));
  EXPECT_EQ(err, "tree entry has a bad mode at byte 34");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].name, "before");
  EXPECT_EQ(entries[1].name, "after");
}

TEST(ParseTreeTest, StopsAtATruncatedEntryKeepingThoseBefore) {
  const std::string raw = Entry("100644", "kept", 'a') + "100644 cut" +
                          std::string(1, '\0') + std::string(10, 'b');
  std::vector<TreeEntry> entries;
  std::string err;
  EXPECT_FALSE(ParseTree(raw, &entries, &err));
  EXPECT_EQ(err, "tree entry is truncated at byte 32");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].name, "kept");
}

}  // namespace
}  // namespace leakgate
