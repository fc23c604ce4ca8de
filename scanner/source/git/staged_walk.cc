// The staged walk: index entries against HEAD's tree in one ordered pass.
//
// Index entries are sorted by path, so the entries below a directory are
// contiguous. The walk keeps the chain of HEAD's trees above the current
// entry, entering a directory when the first entry below it comes and
// leaving it when the entries move past it; each tree is read and parsed
// once. A directory whose cache-tree id (the tree its index entries would
// be written as, see cache_tree.h) equals HEAD's tree there holds no change
// and is skipped whole without reading it, so a commit that stages one file
// reads the few trees on that file's path. Without a cache-tree (or where
// it is invalid) every directory of HEAD that the index has is read: still
// one pass, and still no blob read.

#include "source/git/staged_walk.h"

#include <algorithm>
#include <memory>
#include <string_view>

#include "source/git/cache_tree.h"
#include "source/git/tree_differ.h"

namespace leakgate {
namespace {

std::string LastGitError() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown libgit2 error";
}

// HEAD's tree at one directory of the index (absent when HEAD has none).
struct HeadDir {
  std::string dir;  // "a/b/", "" for the top
  bool present = false;
  int64_t cache = -1;  // its cache-tree node
  std::string raw;     // entries' names point into it
  std::vector<TreeEntry> entries;
  std::vector<uint32_t> by_name;

  const TreeEntry* Find(std::string_view name) {
    return FindTreeEntry(entries, &by_name, name);
  }
};

class StagedWalk {
 public:
  StagedWalk(const GitRepository& repo, GitObjectReader* reader,
             std::vector<StagedChange>* changes,
             std::vector<ScanError>* errors)
      : repo_(repo), reader_(reader), changes_(changes), errors_(errors) {}

  ~StagedWalk() { git_index_free(index_); }

  bool Run(std::string* err) {
    if (git_repository_index(&index_, repo_.get()) != 0 ||
        git_index_read(index_, 0) != 0) {
      *err = "cannot read the index: " + LastGitError();
      return false;
    }
    std::optional<git_oid> head;
    if (!HeadTree(&head, err)) return false;
    if (const char* path = git_index_path(index_)) ReadCacheTree(path, &cache_);
    auto top = std::make_unique<HeadDir>();
    top->cache = cache_.nodes.empty() ? -1 : 0;
    if (head) {
      if (Unchanged(top->cache, *head)) return true;
      top->present = Load(*head, "", top.get());
    }
    stack_.push_back(std::move(top));
    const size_t count = git_index_entrycount(index_);
    for (size_t i = 0; i < count;) i = Visit(i, count);
    return true;
  }

 private:
  // HEAD's tree, or none when HEAD is unborn.
  bool HeadTree(std::optional<git_oid>* tree, std::string* err) {
    git_oid commit_id;
    if (git_reference_name_to_id(&commit_id, repo_.get(), "HEAD") != 0) {
      if (git_repository_head_unborn(repo_.get()) == 1) return true;
      *err = "cannot read HEAD: " + LastGitError();
      return false;
    }
    GitType type;
    std::string raw;
    std::vector<ScanError> read_errors;
    ParsedCommit commit;
    std::string why = "not a commit";
    if (!ReadMetadata(reader_, commit_id, &type, &raw, "HEAD", "commit",
                      &read_errors)) {
      why = read_errors.front().message;
    } else if (type == GitType::kCommit && ParseCommit(raw, &commit, &why)) {
      *tree = commit.tree;
      return true;
    }
    *err = "cannot read HEAD's tree: " + OidHex(commit_id) + ": " + why;
    return false;
  }

  bool Unchanged(int64_t cache, const git_oid& tree) const {
    return cache >= 0 && cache_.nodes[cache].valid &&
           git_oid_equal(&cache_.nodes[cache].id, &tree);
  }

  // Reads and parses tree `id` (HEAD's at `dir`) into `into`.
  bool Load(const git_oid& id, const std::string& dir, HeadDir* into) {
    GitType type;
    const std::string where = dir.empty() ? "(HEAD)" : dir;
    if (!ReadMetadata(reader_, id, &type, &into->raw, where, "tree",
                      errors_))
      return false;
    if (type != GitType::kTree) {
      errors_->push_back({where, OidHex(id), "not a tree"});
      return false;
    }
    std::string why;
    if (!ParseTree(into->raw, &into->entries, &why))
      errors_->push_back({where, OidHex(id), "unparsable tree: " + why});
    return true;
  }

  // Handles entry `i`; returns the next entry to visit (past a directory
  // found unchanged).
  size_t Visit(size_t i, size_t count) {
    const git_index_entry* entry = git_index_get_byindex(index_, i);
    if (!entry || GIT_INDEX_ENTRY_STAGE(entry) != 0 ||
        (entry->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD) ||
        (entry->mode & 0170000) == 0160000)
      return i + 1;
    const std::string_view path = entry->path;
    const size_t slash = path.rfind('/');
    const std::string_view dir =
        slash == std::string_view::npos ? "" : path.substr(0, slash + 1);
    while (stack_.size() > 1 && dir.substr(0, stack_.back()->dir.size()) !=
                                    stack_.back()->dir)
      stack_.pop_back();
    while (stack_.back()->dir.size() < dir.size()) {
      HeadDir& parent = *stack_.back();
      const size_t end = dir.find('/', parent.dir.size());
      const std::string_view name =
          dir.substr(parent.dir.size(), end - parent.dir.size());
      auto child = std::make_unique<HeadDir>();
      child->dir = std::string(dir.substr(0, end + 1));
      if (parent.cache >= 0)
        child->cache = cache_.nodes[parent.cache].Child(cache_.nodes, name);
      const TreeEntry* head = parent.present ? parent.Find(name) : nullptr;
      if (head && head->is_tree()) {
        if (Unchanged(child->cache, head->id))
          return SkipDirectory(i, count, child->dir);
        child->present = Load(head->id, child->dir, child.get());
      }
      stack_.push_back(std::move(child));
    }
    HeadDir& here = *stack_.back();
    const TreeEntry* head =
        here.present ? here.Find(path.substr(here.dir.size())) : nullptr;
    if (head && git_oid_equal(&head->id, &entry->id)) return i + 1;
    StagedChange change{entry->id, std::string(path), std::nullopt};
    if (head && !head->is_tree() && !head->is_gitlink())
      change.previous = head->id;
    changes_->push_back(std::move(change));
    return i + 1;
  }

  // The first entry at or after `i` that is not below `dir`.
  size_t SkipDirectory(size_t i, size_t count, const std::string& dir) const {
    for (; i < count; ++i) {
      const char* path = git_index_get_byindex(index_, i)->path;
      if (std::string_view(path).substr(0, dir.size()) != dir) break;
    }
    return i;
  }

  const GitRepository& repo_;
  GitObjectReader* reader_;
  std::vector<StagedChange>* changes_;
  std::vector<ScanError>* errors_;
  git_index* index_ = nullptr;
  CacheTree cache_;
  std::vector<std::unique_ptr<HeadDir>> stack_;
};

}  // namespace

bool StagedChanges(const GitRepository& repo, GitObjectReader* reader,
                   std::vector<StagedChange>* changes,
                   std::vector<ScanError>* errors, std::string* err) {
  StagedWalk walk(repo, reader, changes, errors);
  return walk.Run(err);
}

}  // namespace leakgate
