// The directory walk: what is visited, skipped and reported as an error.

#include "leakgate/file_source.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "unit/temp_dir.h"

namespace leakgate {
namespace {

namespace fs = std::filesystem;

struct Walked {
  std::vector<std::string> files;
  std::vector<std::string> skipped;
  std::vector<std::string> errors;
};

Walked Walk(const std::vector<std::string>& roots, WalkOptions options = {}) {
  Walked walked;
  FileSink sink{
      [&](Provenance item) {
        const auto* file = std::get_if<FileProvenance>(&item);
        walked.files.push_back(file ? file->report_path : "-");
      },
      [&](Skip skip) {
        walked.skipped.push_back(skip.path + ": " + skip.reason);
      },
      [&](ScanError error) {
        walked.errors.push_back(error.path + ": " + error.message);
      }};
  WalkPaths(roots, options, sink);
  return walked;
}

void Touch(const fs::path& path) { std::ofstream(path) << "x\n"; }

TEST(FileSourceTest, VisitsFilesInOrderAndSkipsWhatItMustNotOpen) {
  ScopedTempDir dir;
  const fs::path& root = dir.path();
  fs::create_directories(root / "b" / "c");
  fs::create_directories(root / ".git" / "objects");
  Touch(root / "a.txt");
  Touch(root / "b" / "c" / "d.txt");
  Touch(root / ".git" / "config");
  fs::create_symlink("/etc/passwd", root / "passwd-link");
  fs::create_directory_symlink("..", root / "b" / "up");
  ASSERT_EQ(mkfifo((root / "fifo").c_str(), 0600), 0);

  Walked walked = Walk({root.string()});
  EXPECT_EQ(walked.files, (std::vector<std::string>{"a.txt", "b/c/d.txt"}));
  EXPECT_EQ(
      walked.skipped,
      (std::vector<std::string>{
          ".git: git directory: scan history with `leakgate git`",
          "fifo: FIFO not opened", "passwd-link: symbolic link not followed",
          "b/up: symbolic link not followed"}));
  EXPECT_TRUE(walked.errors.empty());
}

TEST(FileSourceTest, SeveralRootsKeepTheirNamesAndMissingOnesAreErrors) {
  ScopedTempDir dir;
  fs::create_directories(dir.path() / "x");
  Touch(dir.path() / "x" / "f");
  Touch(dir.path() / "g");
  const std::string x = (dir.path() / "x").string();
  const std::string g = (dir.path() / "g").string();
  const std::string missing = (dir.path() / "missing").string();
  Walked walked = Walk({x, g, missing, "-"});
  EXPECT_EQ(walked.files, (std::vector<std::string>{x + "/f", g, "-"}));
  EXPECT_EQ(
      walked.errors,
      (std::vector<std::string>{missing + ": No such file or directory"}));
}

TEST(FileSourceTest, ExcludesMatchReportedPaths) {
  ScopedTempDir dir;
  fs::create_directories(dir.path() / "vendor");
  Touch(dir.path() / "vendor" / "lib.js");
  Touch(dir.path() / "app.min.js");
  Touch(dir.path() / "app.js");
  WalkOptions options;
  options.excludes = {"vendor", "*.min.js"};
  EXPECT_EQ(Walk({dir.path().string()}, options).files,
            (std::vector<std::string>{"app.js"}));
}

}  // namespace
}  // namespace leakgate
