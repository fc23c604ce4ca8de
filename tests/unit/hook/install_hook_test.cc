// The pre-commit hook installer: the script it writes, and that it never
// replaces another hook unless forced.

#include "leakgate/install_hook.h"

#include <git2.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "unit/temp_dir.h"

namespace leakgate {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class InstallHookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    git_libgit2_init();
    dir_ = temp_.path().string();
  }
  void TearDown() override { git_libgit2_shutdown(); }

  std::string Init(const std::string& name, bool bare) {
    const std::string path = dir_ + "/" + name;
    git_repository* repo = nullptr;
    EXPECT_EQ(git_repository_init(&repo, path.c_str(), bare ? 1 : 0), 0);
    git_repository_free(repo);
    return path;
  }

  ScopedTempDir temp_;
  std::string dir_;
};

TEST(PreCommitHookScriptTest, RunsTheBinaryByItsQuotedPath) {
  EXPECT_EQ(PreCommitHookScript("/opt/it's here/leakgate"),
            "#!/bin/sh\n"
            "# leakgate pre-commit hook, written by `leakgate install-hook`:\n"
            "# refuses a commit whose staged changes add a secret.\n"
            "exec '/opt/it'\\''s here/leakgate' git --staged\n");
}

TEST_F(InstallHookTest, WritesOnceAndKeepsAnotherHookUnlessForced) {
  const std::string repo = Init("repo", false);
  const std::string hook = repo + "/.git/hooks/pre-commit";
  const std::string script = PreCommitHookScript("/usr/bin/leakgate");
  HookInstall install;
  std::string err;
  ASSERT_EQ(
      InstallPreCommitHook(repo, "/usr/bin/leakgate", false, &install, &err),
      HookStatus::kInstalled)
      << err;
  EXPECT_EQ(install.path, hook);
  EXPECT_FALSE(install.replaced);
  EXPECT_EQ(Read(hook), script);
  struct stat st;
  ASSERT_EQ(stat(hook.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0755u);

  install = {};
  EXPECT_EQ(InstallPreCommitHook(repo + "/.git", "/usr/bin/leakgate", false,
                                 &install, &err),
            HookStatus::kUnchanged);

  std::ofstream(hook) << "#!/bin/sh\nexit 0\n";
  install = {};
  EXPECT_EQ(
      InstallPreCommitHook(repo, "/usr/bin/leakgate", false, &install, &err),
      HookStatus::kRefused);
  EXPECT_NE(err.find("--force"), std::string::npos) << err;
  EXPECT_EQ(Read(hook), "#!/bin/sh\nexit 0\n");

  install = {};
  EXPECT_EQ(
      InstallPreCommitHook(repo, "/usr/bin/leakgate", true, &install, &err),
      HookStatus::kInstalled);
  EXPECT_TRUE(install.replaced);
  EXPECT_EQ(Read(hook), script);
}

TEST_F(InstallHookTest, RefusesBareRepositoriesAndNonRepositories) {
  HookInstall install;
  std::string err;
  const std::string bare = Init("bare.git", true);
  EXPECT_EQ(
      InstallPreCommitHook(bare, "/usr/bin/leakgate", true, &install, &err),
      HookStatus::kError);
  EXPECT_NE(err.find("bare repository"), std::string::npos) << err;
  EXPECT_FALSE(std::filesystem::exists(bare + "/hooks/pre-commit"));
  EXPECT_EQ(
      InstallPreCommitHook(dir_, "/usr/bin/leakgate", true, &install, &err),
      HookStatus::kError);
}

}  // namespace
}  // namespace leakgate
