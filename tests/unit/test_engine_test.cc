// Definitions of the shared fixtures in test_engine.h, and a test that the
// embedded engine loads without compiling anything.

#include "unit/test_engine.h"

#include <gtest/gtest.h>

#include <ostream>

namespace leakgate::testing {

const Engine& EmbeddedEngine() {
  static const Engine* engine = [] {
    auto* loaded = new Engine;
    std::string err, notice;
    if (!LoadEmbeddedEngine(loaded, &err, &notice)) {
      ADD_FAILURE() << err;
      std::abort();
    }
    return loaded;
  }();
  return *engine;
}

std::vector<Spot> Spots(const std::vector<Finding>& findings) {
  std::vector<Spot> spots;
  for (const Finding& f : findings)
    spots.push_back(
        {f.rule, f.location.line, f.location.column, f.location.end_column});
  return spots;
}

std::vector<Spot> ScanSpots(std::string_view text) {
  return Spots(ScanText(EmbeddedEngine(), text, "t", true));
}

void PrintTo(const Spot& spot, std::ostream* os) {
  *os << "{" << spot.rule << " " << spot.line << ":" << spot.column << "-"
      << spot.end_column << "}";
}

namespace {

TEST(EmbeddedEngineTest, LoadsTheSerializedDatabaseWithoutNotice) {
  Engine engine;
  std::string err, notice;
  ASSERT_TRUE(LoadEmbeddedEngine(&engine, &err, &notice)) << err;
  EXPECT_EQ(notice, "") << "the built-in database should deserialize here";
  EXPECT_GE(engine.rules.size(), 3u);
  EXPECT_EQ(engine.rules.digest().rfind("sha256:", 0), 0u);
}

}  // namespace
}  // namespace leakgate::testing
