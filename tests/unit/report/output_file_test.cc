#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "leakgate/reporter.h"
#include "unit/temp_dir.h"

namespace leakgate {
namespace {

namespace fs = std::filesystem;

TEST(OutputFileTest, WritesAtomicallyWithModeSixHundred) {
  ScopedTempDir temp;
  const fs::path& dir = temp.path();
  fs::path report = dir / "report.json";
  std::ofstream(report) << "old contents that are longer";
  std::string err;
  ASSERT_TRUE(WriteOutputFile(report.string(), "{}\n", &err)) << err;
  std::ifstream in(report);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), "{}\n");
  struct stat st;
  ASSERT_EQ(stat(report.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1)
      << "no temporary file is left behind";
}

TEST(OutputFileTest, RefusesASymbolicLink) {
  ScopedTempDir temp;
  const fs::path& dir = temp.path();
  fs::path target = dir / "target";
  std::ofstream(target) << "keep";
  fs::create_symlink(target, dir / "report.json");
  std::string err;
  EXPECT_FALSE(WriteOutputFile((dir / "report.json").string(), "{}", &err));
  EXPECT_NE(err.find("symbolic link"), std::string::npos);
  std::ifstream in(target);
  std::string kept;
  in >> kept;
  EXPECT_EQ(kept, "keep");
}

TEST(OutputFileTest, ReportsAFullDevice) {
  std::string err;
  EXPECT_FALSE(WriteOutputFile("/dev/full", "{}", &err));
  EXPECT_NE(err.find("/dev/full"), std::string::npos);
}

}  // namespace
}  // namespace leakgate
