// The git source: open the repository, plan the walk (git_history.cc),
// then hand the pipeline each distinct blob once, in pack order, and each
// commit and tag message; read them with the project's object reader (one
// repository handle per worker); fold findings to one per secret and path
// at the oldest commit that introduced it (oldest_per_path.cc per worker,
// fold_findings.cc across workers). A shard (--shard K/N) plans the whole
// history but reads only its blobs and messages (repo_identity.cc).

#include "leakgate/git_source.h"

#include <git2.h>
#include <git2/sys/repository.h>

#include <set>
#include <tuple>
#include <utility>

#include "source/git/git_history.h"
#include "source/git/lfs_pointer.h"
#include "source/git/oldest_per_path.h"
#include "source/git/pack_order.h"
#include "source/git/repo_identity.h"

namespace leakgate {
namespace {

class GitBlobReader final : public BlobReader {
 public:
  GitBlobReader(const ScanOptions& options, const GitRepository& repo,
                const GitPlan& plan, const std::vector<uint32_t>& first_path,
                ResultSink* sink)
      : plan_(plan),
        first_path_(first_path),
        sink_(sink),
        reader_(repo.odb(), repo.objects_dir(), repo.packs(),
                options.git.max_blob_size) {}

  bool Open(const BlobRef& ref, BlobContent* content) override {
    if (const auto* message =
            std::get_if<GitMessageProvenance>(&ref.provenance)) {
      const GitMessage& text = plan_.messages[message->message];
      content->data = text.text;
      content->location_path = content->label = text.path;
      return true;
    }
    const uint32_t blob = std::get<GitBlobProvenance>(ref.provenance).blob;
    const git_oid& id = plan_.blobs[blob];
    const std::string& path = plan_.paths[first_path_[blob]];
    GitType type;
    uint64_t size = 0;
    std::string err;
    switch (reader_.Read(id, &type, &content->data, &size, &err)) {
      case GitObjectReader::Status::kOk:
        break;
      case GitObjectReader::Status::kTooLarge:
        sink_->AddSkip({path, "blob " + OidHex(id) +
                                  " larger than --max-blob-size (" +
                                  std::to_string(size) + " bytes)"});
        return false;
      case GitObjectReader::Status::kMissing:
        sink_->AddError({path, OidHex(id),
                         "blob not found" + (err.empty() ? "" : ": " + err)});
        return false;
      case GitObjectReader::Status::kCorrupt:
        sink_->AddError({path, OidHex(id), err});
        return false;
    }
    if (type != GitType::kBlob) {
      sink_->AddError({path, OidHex(id),
                       "tree entry names an object that is not a blob"});
      return false;
    }
    if (IsLfsPointer(content->data)) {
      sink_->AddSkip({path,
                      "Git LFS pointer: the content is not in the repository "
                      "and was not scanned"});
      return false;
    }
    content->label = path + " (blob " + OidHex(id) + ")";
    return true;
  }

 private:
  const GitPlan& plan_;
  const std::vector<uint32_t>& first_path_;
  ResultSink* sink_;
  GitObjectReader reader_;
};

// A worker's findings. History scans fold them as blobs are scanned. Range
// and staged scans cannot: whether a secret is new at a path depends on the
// findings of the blob that was there before, so theirs are kept and folded
// once all are known.
class GitCollector final : public FindingCollector {
 public:
  GitCollector(const GitPlan& plan, const IntroductionsByBlob& intros,
               const CommitAge& age, uint64_t blobs)
      : fold(plan, intros, age), blobs_(blobs), fold_as_found_(plan.previous.empty()) {}

  void Add(uint64_t id, std::vector<Finding>* findings) override {
    for (Finding& finding : *findings) {
      if (id >= blobs_)
        fold.AddMessage(static_cast<uint32_t>(id - blobs_), finding);
      else if (fold_as_found_)
        fold.Add(static_cast<uint32_t>(id), finding);
      else
        kept.push_back({static_cast<uint32_t>(id), std::move(finding)});
    }
  }

  struct BlobFinding {
    uint32_t blob;
    Finding finding;
  };
  OldestPerPath fold;
  std::vector<BlobFinding> kept;

 private:
  uint64_t blobs_;
  bool fold_as_found_;
};

class GitHistorySource final : public GitSource {
 public:
  GitHistorySource(const ScanOptions& options, ResultSink* sink)
      : options_(options), sink_(sink) {}

  bool OpenRepository(std::string* err) {
    if (!repo_.Open(options_.paths.empty() ? "." : options_.paths[0], err))
      return false;
    return options_.git.mode != GitMode::kStaged ||
           options_.git.index_file.empty() || UseIndexFile(err);
  }

  std::vector<IgnoreLocation> IgnoreFiles() const override {
    if (repo_.work_dir().empty()) return {};
    std::string top = repo_.work_dir();
    if (top.back() != '/') top += '/';
    return {{top + kIgnoreFileName, ""}};
  }

  bool Plan(std::string* err) override {
    // Every object of a full scan is read anyway: check the indexes whole.
    repo_.LoadPacks(options_.git.mode == GitMode::kAllRefs);
    if (!BuildGitPlan(repo_, options_, &plan_, err)) return false;
    identity_ = RepositoryIdentity(repo_);
    // Every shard walks the same history; what the walk itself found is
    // reported by shard 0 alone, so that merged shards list it once.
    if (options_.git.shard.index != 0) {
      plan_.skipped.clear();
      plan_.errors.clear();
      plan_.warnings.clear();
    }
    for (Skip& skip : plan_.skipped) sink_->AddSkip(std::move(skip));
    for (ScanError& error : plan_.errors) sink_->AddError(std::move(error));
    for (std::string& warning : plan_.warnings)
      sink_->AddWarning(std::move(warning));
    if (options_.git.shard.index == 0)
      for (const std::string& problem : repo_.pack_problems())
        sink_->AddError({"", "", problem});
    NameBlobs();
    read_order_ = PackOrder(*repo_.packs(), plan_.blobs);
    age_ = std::make_unique<CommitAge>(plan_);
    intros_ = std::make_unique<IntroductionsByBlob>(plan_);
    if (options_.progress)
      options_.progress->total.store(read_order_.size(),
                                     std::memory_order_relaxed);
    return true;
  }

  // A shard reads the blobs whose id falls in it and every N-th message.
  void Produce(const std::function<void(BlobRef)>& push) override {
    const ShardSpec& shard = options_.git.shard;
    for (uint32_t blob : read_order_)
      if (BlobShard(plan_.blobs[blob], shard.count) == shard.index)
        push({blob, GitBlobProvenance{blob}});
    for (uint32_t m = 0; m < plan_.messages.size(); ++m)
      if (m % shard.count == shard.index)
        push({plan_.blobs.size() + m, GitMessageProvenance{m}});
  }

  std::string Identity() const override { return identity_; }

  std::unique_ptr<BlobReader> NewReader() override {
    auto handle = std::make_unique<GitRepository>();
    std::string err;
    if (!handle->Reopen(repo_, &err)) {
      sink_->AddError({"", "", "cannot open the repository again: " + err});
      return nullptr;
    }
    auto reader = std::make_unique<GitBlobReader>(options_, *handle, plan_,
                                                  first_path_, sink_);
    handles_.push_back(std::move(handle));
    return reader;
  }

  std::unique_ptr<FindingCollector> NewCollector() override {
    return std::make_unique<GitCollector>(plan_, *intros_, *age_,
                                          plan_.blobs.size());
  }

  void Finish(std::vector<std::unique_ptr<FindingCollector>> collectors,
              std::vector<Finding>* findings) override;

  size_t BatchSize() const override { return 64; }
  bool Small() const override {
    return plan_.blobs.size() + plan_.messages.size() <= 8;
  }

 private:
  bool UseIndexFile(std::string* err);
  void NameBlobs();

  const ScanOptions& options_;
  ResultSink* sink_;
  GitRepository repo_;
  GitPlan plan_;
  std::vector<uint32_t> first_path_;  // a path to name each blob by
  std::vector<uint32_t> read_order_;
  std::unique_ptr<CommitAge> age_;
  std::unique_ptr<IntroductionsByBlob> intros_;
  std::vector<std::unique_ptr<GitRepository>> handles_;  // one per reader
  std::string identity_;
};

bool GitHistorySource::UseIndexFile(std::string* err) {
  git_index* index = nullptr;
  if (git_index_open(&index, options_.git.index_file.c_str()) != 0) {
    const git_error* e = git_error_last();
    *err = "cannot read the index " + options_.git.index_file + ": " +
           (e ? e->message : "unknown error");
    return false;
  }
  git_repository_set_index(repo_.get(), index);
  git_index_free(index);
  return true;
}

// Errors and skips name a blob by the first path it was seen at.
void GitHistorySource::NameBlobs() {
  first_path_.assign(plan_.blobs.size(), 0);
  std::vector<bool> named(plan_.blobs.size(), false);
  auto name = [&](uint32_t blob, uint32_t path) {
    if (!named[blob]) first_path_[blob] = path, named[blob] = true;
  };
  for (const GitIntroduction& intro : plan_.introductions)
    name(intro.blob, intro.path);
  for (const GitPrevious& previous : plan_.previous)
    name(previous.blob, plan_.introductions[previous.introduction].path);
}

void GitHistorySource::Finish(
    std::vector<std::unique_ptr<FindingCollector>> collectors,
    std::vector<Finding>* findings) {
  std::vector<GitCollector*> workers;
  for (auto& collector : collectors)
    workers.push_back(static_cast<GitCollector*>(collector.get()));
  OldestPerPath& oldest = workers[0]->fold;
  for (size_t i = 1; i < workers.size(); ++i) workers[i]->fold.Emit(findings);
  // Range and staged: a secret the path already held in the blob before is
  // not new there.
  std::vector<std::vector<const Finding*>> by_blob(plan_.blobs.size());
  for (const GitCollector* worker : workers)
    for (const auto& kept : worker->kept)
      by_blob[kept.blob].push_back(&kept.finding);
  std::set<std::tuple<uint32_t, std::string, std::string>> already_there;
  for (const GitPrevious& previous : plan_.previous)
    for (const Finding* finding : by_blob[previous.blob])
      already_there.insert(
          {previous.introduction, finding->rule, finding->fingerprint});
  for (const GitCollector* worker : workers)
    for (const auto& kept : worker->kept)
      oldest.Add(kept.blob, kept.finding, &already_there);
  oldest.Emit(findings);
  FoldGitFindings(findings);
}

}  // namespace

std::unique_ptr<GitSource> GitSource::Open(const ScanOptions& options,
                                           ResultSink* sink, std::string* err) {
  auto source = std::make_unique<GitHistorySource>(options, sink);
  if (!source->OpenRepository(err)) return nullptr;
  return source;
}

bool ReadGitLayout(const std::string& path, GitLayout* layout,
                   std::string* err) {
  GitRepository repo;
  if (!repo.Open(path, err)) return false;
  layout->git_dir = repo.git_dir();
  layout->common_dir = repo.common_dir();
  layout->work_dir = repo.work_dir();
  layout->hooks_path.clear();
  git_config* config = nullptr;
  if (git_repository_config_snapshot(&config, repo.get()) != 0) return true;
  const char* value = nullptr;
  if (git_config_get_string(&value, config, "core.hooksPath") == 0 && value)
    layout->hooks_path = value;
  git_config_free(config);
  return true;
}

std::string Libgit2Version() {
  int major = 0, minor = 0, revision = 0;
  git_libgit2_version(&major, &minor, &revision);
  return std::to_string(major) + "." + std::to_string(minor) + "." +
         std::to_string(revision);
}

}  // namespace leakgate
