// Whole-file reads (trusted and untrusted) and atomic replacement.

#include "leakgate/file_io.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "unit/temp_dir.h"

namespace leakgate {
namespace {

namespace fs = std::filesystem;

size_t Entries(const fs::path& dir) {
  return static_cast<size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(ReadFileTest, ReadsEveryByte) {
  ScopedTempDir dir;
  const std::string path = dir.File("data");
  const std::string bytes =
      std::string("a\0b\r\n", 5) + std::string(200000, 'x');
  std::ofstream(path, std::ios::binary) << bytes;
  std::string read, err;
  ASSERT_EQ(ReadFile(path, &read, &err), ReadStatus::kOk) << err;
  EXPECT_EQ(read, bytes);
}

TEST(ReadFileTest, NamesTheFileWhenItIsMissingOrADirectory) {
  ScopedTempDir dir;
  std::string read, err;
  EXPECT_EQ(ReadFile(dir.File("absent"), &read, &err), ReadStatus::kMissing);
  EXPECT_EQ(err, "cannot read " + dir.File("absent") +
                     ": No such file or directory");
  EXPECT_EQ(ReadFile(dir.path().string(), &read, &err), ReadStatus::kError);
  EXPECT_EQ(err, "cannot read " + dir.path().string() + ": it is a directory");
}

TEST(ReadFileTest, UntrustedReadsFollowNoLinkAndOpenNoFifo) {
  ScopedTempDir dir;
  std::ofstream(dir.File("target")) << "secret";
  fs::create_symlink(dir.File("target"), dir.File("link"));
  ASSERT_EQ(mkfifo(dir.File("fifo").c_str(), 0600), 0);
  ReadOptions untrusted;
  untrusted.untrusted = true;
  std::string read, err;
  EXPECT_EQ(ReadFile(dir.File("link"), &read, &err, untrusted),
            ReadStatus::kNotRegular);
  EXPECT_EQ(ReadFile(dir.File("fifo"), &read, &err, untrusted),
            ReadStatus::kNotRegular)
      << "returns at once instead of waiting for a writer";
  EXPECT_EQ(ReadFile(dir.File("link"), &read, &err), ReadStatus::kOk)
      << "a trusted read follows the link";
  EXPECT_EQ(read, "secret");
}

TEST(ReadFileTest, RefusesAFileOverTheLimit) {
  ScopedTempDir dir;
  std::ofstream(dir.File("big")) << std::string(101, 'x');
  ReadOptions capped;
  capped.max_bytes = 100;
  std::string read, err;
  EXPECT_EQ(ReadFile(dir.File("big"), &read, &err, capped),
            ReadStatus::kTooLarge);
  EXPECT_EQ(err, "cannot read " + dir.File("big") + ": larger than 100 bytes");
  capped.max_bytes = 101;
  EXPECT_EQ(ReadFile(dir.File("big"), &read, &err, capped), ReadStatus::kOk);
}

TEST(ReplaceFileTest, ReplacesWithTheModeAndLeavesNoTemporaryFile) {
  ScopedTempDir dir;
  const std::string path = dir.File("out");
  std::ofstream(path) << "old contents, longer than the new";
  ASSERT_EQ(ReplaceFile(path, 0640, std::string_view("new")), 0);
  std::string read, err;
  ASSERT_EQ(ReadFile(path, &read, &err), ReadStatus::kOk);
  EXPECT_EQ(read, "new");
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(Entries(dir.path()), 1u);
}

TEST(ReplaceFileTest, AFailedFillKeepsTheOldFile) {
  ScopedTempDir dir;
  const std::string path = dir.File("out");
  std::ofstream(path) << "old";
  EXPECT_EQ(ReplaceFile(path, 0600, [](int fd) {
              WriteAll(fd, "half");
              return ENOSPC;
            }),
            ENOSPC);
  std::string read, err;
  ASSERT_EQ(ReadFile(path, &read, &err), ReadStatus::kOk);
  EXPECT_EQ(read, "old");
  EXPECT_EQ(Entries(dir.path()), 1u) << "the temporary file is removed";
}

TEST(ReplaceFileTest, ReportsADirectoryItCannotWriteIn) {
  EXPECT_EQ(ReplaceFile("/nonexistent-dir/out", 0600, std::string_view("x")),
            ENOENT);
}

TEST(WriteAllTest, ReportsTheErrno) {
  int fd = open("/dev/full", O_WRONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  EXPECT_EQ(WriteAll(fd, "x"), ENOSPC);
  close(fd);
}

}  // namespace
}  // namespace leakgate
