// The commit-graph reader: git writes the graph (one file, then a split
// chain), and each commit's level must be its distance from a root.

#include "source/git/commit_graph.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace leakgate {
namespace {

class CommitGraphTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/leakgate-graph-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    repo_ = dir;
    Git("init -q");
  }
  void TearDown() override { std::filesystem::remove_all(repo_); }

  std::string Git(const std::string& args) {
    const std::string command =
        "env GIT_CONFIG_NOSYSTEM=1 HOME=/nonexistent GIT_AUTHOR_NAME=t "
        "GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t "
        "GIT_COMMITTER_EMAIL=t@example.com git -C " +
        repo_ + " " + args + " 2>/dev/null";
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
      char buf[256];
      while (fgets(buf, sizeof buf, pipe)) out += buf;
      EXPECT_EQ(pclose(pipe), 0) << args;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  git_oid Commit() {
    // Distinct messages: empty commits made in the same second would
    // otherwise be one object.
    Git("commit -q --allow-empty -m c" + std::to_string(commits_++));
    git_oid id;
    EXPECT_EQ(git_oid_fromstr(&id, Git("rev-parse HEAD").c_str()), 0);
    return id;
  }

  std::string Objects() const { return repo_ + "/.git/objects"; }

  std::string repo_;
  int commits_ = 0;
};

TEST_F(CommitGraphTest, NoGraphMeansEveryLevelIsInfinite) {
  const git_oid id = Commit();
  CommitGraph graph;
  graph.Open(Objects());
  EXPECT_TRUE(graph.empty());
  EXPECT_EQ(graph.Level(id), kLevelInfinity);
}

TEST_F(CommitGraphTest, LevelsFromOneFileAndFromASplitChain) {
  std::vector<git_oid> line;
  for (int i = 0; i < 3; ++i) line.push_back(Commit());
  Git("checkout -q -b side HEAD~2");
  const git_oid side = Commit();
  Git("checkout -q -");
  Git("merge -q --no-ff -m m side");
  git_oid merge;
  ASSERT_EQ(git_oid_fromstr(&merge, Git("rev-parse HEAD").c_str()), 0);
  Git("commit-graph write --reachable");
  {
    CommitGraph graph;
    graph.Open(Objects());
    ASSERT_FALSE(graph.empty());
    EXPECT_EQ(graph.Level(line[0]), 1u);
    EXPECT_EQ(graph.Level(line[1]), 2u);
    EXPECT_EQ(graph.Level(line[2]), 3u);
    EXPECT_EQ(graph.Level(side), 2u);
    EXPECT_EQ(graph.Level(merge), 4u);
  }
  // A commit after the graph was written is not in it; a split layer over
  // the first then holds it.
  const git_oid later = Commit();
  {
    CommitGraph graph;
    graph.Open(Objects());
    EXPECT_EQ(graph.Level(later), kLevelInfinity);
  }
  Git("commit-graph write --reachable --split=no-merge");
  std::filesystem::remove(Objects() + "/info/commit-graph");
  ASSERT_TRUE(std::filesystem::exists(Objects() +
                                      "/info/commit-graphs/commit-graph-chain"));
  CommitGraph graph;
  graph.Open(Objects());
  EXPECT_EQ(graph.Level(later), 5u);
  EXPECT_EQ(graph.Level(line[0]), 1u);
  git_oid absent;
  ASSERT_EQ(git_oid_fromstr(&absent, "0123456789abcdef0123456789abcdef01234567"),
            0);
  EXPECT_EQ(graph.Level(absent), kLevelInfinity);
}

TEST_F(CommitGraphTest, AMalformedFileIsIgnored) {
  const git_oid id = Commit();
  Git("commit-graph write --reachable");
  const std::string path = Objects() + "/info/commit-graph";
  std::filesystem::resize_file(path, 100);  // chunks now point past the end
  CommitGraph graph;
  graph.Open(Objects());
  EXPECT_TRUE(graph.empty());
  EXPECT_EQ(graph.Level(id), kLevelInfinity);
}

}  // namespace
}  // namespace leakgate
