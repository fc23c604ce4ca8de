// Opening a repository: libgit2 for refs, config and ownership checks, and
// the paths the walk reads itself (objects, shallow, packs). Opening reads no
// pack index; LoadPacks does, when a plan needs objects.

#include <git2.h>

#include "source/git/git_history.h"

namespace leakgate {
namespace {

std::string LastGitError() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown libgit2 error";
}

}  // namespace

void InitLibgit2() {
  // Object ids are not re-hashed on read (speed), and the object cache
  // (256 MiB per handle by default) is off: each blob is read once, so it
  // would only hold what is never asked for again.
  static const bool initialised = [] {
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
    return true;
  }();
  (void)initialised;
}

GitRepository::~GitRepository() {
  git_odb_free(odb_);
  git_repository_free(repo_);
}

bool GitRepository::Open(const std::string& path, std::string* err) {
  InitLibgit2();
  int rc = git_repository_open_ext(&repo_, path.c_str(), 0, nullptr);
  if (rc != 0) {
    if (rc == GIT_EOWNER) {
      *err = "repository at " + path +
             " is owned by another user; git's safe.directory protection "
             "applies. If you trust it: git config --global --add "
             "safe.directory '" +
             path + "'";
    } else {
      *err = "cannot open a git repository at " + path + ": " + LastGitError();
    }
    return false;
  }
  if (git_repository_odb(&odb_, repo_) != 0) {
    *err = "cannot open the object database: " + LastGitError();
    return false;
  }
  git_dir_ = git_repository_path(repo_);
  std::string common = git_repository_commondir(repo_);
  while (git_dir_.size() > 1 && git_dir_.back() == '/') git_dir_.pop_back();
  while (common.size() > 1 && common.back() == '/') common.pop_back();
  common_dir_ = common;
  objects_dir_ = common + "/objects";
  if (const char* work = git_repository_workdir(repo_)) work_dir_ = work;
  return true;
}

void GitRepository::LoadPacks(bool verify) {
  packs_ = std::make_shared<PackSet>();
  packs_->Load(objects_dir_, verify, &pack_problems_);
}

bool GitRepository::Reopen(const GitRepository& other, std::string* err) {
  if (git_repository_open_ext(&repo_, other.git_dir_.c_str(),
                              GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0 ||
      git_repository_odb(&odb_, repo_) != 0) {
    *err = LastGitError();
    return false;
  }
  git_dir_ = other.git_dir_;
  packs_ = other.packs_;
  common_dir_ = other.common_dir_;
  objects_dir_ = other.objects_dir_;
  work_dir_ = other.work_dir_;
  return true;
}

}  // namespace leakgate
