// A blob is introduced by a commit at a path when it is in the commit's tree
// there and absent at that path from every parent's tree. Trees are compared
// by object id first, so an unchanged subtree is never read, and walked with
// an explicit stack (a tree nested thousands deep cannot overflow the stack)
// down to paths of kMaxPathBytes. Only a forged pack index can make a tree
// that contains itself; that is an error naming it. A tree met at more than
// kMaxTreePaths paths (a "git bomb": a few trees that each name the next
// ten times make billions of paths) is walked at that many and a warning
// says so: its blobs are scanned all the same, only the further paths of
// the same content are not listed.

#include "source/git/tree_differ.h"

#include <fnmatch.h>

#include <algorithm>

namespace leakgate {
namespace {

constexpr size_t kTreeCacheBytes = 16 << 20;
// Far beyond any real path (a 3,000-level tree of one-letter names is 6 KB),
// and small enough that the paths of one deep chain stay in memory.
constexpr size_t kMaxPathBytes = 16 << 10;
constexpr uint32_t kMaxTreePaths = 1000;

std::string JoinPath(const std::string& dir, std::string_view name) {
  return dir.empty() ? std::string(name) : dir + "/" + std::string(name);
}

}  // namespace

// A parsed tree with the bytes its entries point into. Lookups by name
// index it on first use (trees are normally found in step, see
// IntroducedBy; a malformed tree may not even be sorted).
struct CachedTree {
  std::string raw;
  std::vector<TreeEntry> entries;
  mutable std::vector<uint32_t> by_name;

  const TreeEntry* Find(std::string_view name) const {
    return FindTreeEntry(entries, &by_name, name);
  }
};

// Reads an object of metadata (commit, tree, tag) through `reader`; false
// with an entry in `errors` (at `path`, saying `what` was wanted) when it is
// missing or corrupt.
bool ReadMetadata(GitObjectReader* reader, const git_oid& id, GitType* type,
                  std::string* data, const std::string& path,
                  const std::string& what, std::vector<ScanError>* errors) {
  uint64_t size = 0;
  std::string why;
  std::string_view view;
  switch (reader->Read(id, type, &view, &size, &why)) {
    case GitObjectReader::Status::kOk:
      data->assign(view);
      return true;
    case GitObjectReader::Status::kMissing:
      errors->push_back({path, OidHex(id), what + " not found"});
      return false;
    case GitObjectReader::Status::kTooLarge:
      errors->push_back({path, OidHex(id),
                         what + " larger than " +
                             std::to_string(kMaxMetadataBytes >> 20) +
                             " MiB (" + std::to_string(size) + " bytes)"});
      return false;
    default:
      errors->push_back({path, OidHex(id), what + " unreadable: " + why});
      return false;
  }
}

TreeDiffer::TreeDiffer(const GitRepository& repo,
                       const ScanOptions& options)
    : options_(options),
      reader_odb_(repo.odb()),
      reader_objects_dir_(repo.objects_dir()),
      reader_packs_(repo.packs()),
      reader_(repo.odb(), repo.objects_dir(), repo.packs(), kMaxMetadataBytes) {
}

bool TreeDiffer::Excluded(const std::string& path) const {
  for (const std::string& glob : options_.excludes)
    if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
  return false;
}

void TreeDiffer::IntroducedBy(const git_oid& root,
                              const std::vector<git_oid>& parent_roots,
                              uint32_t commit) {
  // The trees above a pending one, to see a tree that contains itself.
  struct Ancestry {
    git_oid tree;
    std::shared_ptr<const Ancestry> up;
  };
  struct Pending {
    git_oid tree;
    std::vector<git_oid> parents;
    std::string path;
    std::shared_ptr<const Ancestry> above;
  };
  const bool keep_previous = options_.git.mode != GitMode::kAllRefs;
  paths_of_tree_.clear();  // per commit: a bomb is one commit's tree
  std::vector<Pending> stack{{root, parent_roots, "", nullptr}};
  while (!stack.empty()) {
    Pending item = std::move(stack.back());
    stack.pop_back();
    if (item.parents.empty() &&
        !walked_whole_.insert({OidHex(item.tree), item.path}).second)
      continue;  // this subtree at this path was already walked whole
    if (++paths_of_tree_[item.tree] > kMaxTreePaths) {
      if (paths_of_tree_[item.tree] == kMaxTreePaths + 1)
        warnings.push_back("tree " + OidHex(item.tree) + " is at more than " +
                           std::to_string(kMaxTreePaths) +
                           " paths; its content was scanned, but only the "
                           "first paths are listed");
      continue;
    }
    std::shared_ptr<const CachedTree> tree = Tree(item.tree, item.path);
    if (!tree) continue;
    std::vector<std::shared_ptr<const CachedTree>> parents;
    for (const git_oid& parent : item.parents)
      if (auto parsed = Tree(parent, item.path)) parents.push_back(parsed);
    // Trees are sorted, so a parent's entry is usually the next one in
    // step with the child's; a name out of step is looked up instead.
    std::vector<size_t> cursor(parents.size(), 0);
    std::shared_ptr<const Ancestry> above;  // made for the first subtree
    for (const TreeEntry& entry : tree->entries) {
      bool unchanged = false;
      std::vector<git_oid> parent_subtrees, parent_blobs;
      for (size_t p = 0; p < parents.size() && !unchanged; ++p) {
        const std::vector<TreeEntry>& old_entries = parents[p]->entries;
        const TreeEntry* old = nullptr;
        if (cursor[p] < old_entries.size() &&
            old_entries[cursor[p]].name == entry.name) {
          old = &old_entries[cursor[p]++];
        } else if ((old = parents[p]->Find(entry.name))) {
          cursor[p] = static_cast<size_t>(old - old_entries.data()) + 1;
        }
        if (!old) continue;
        if (git_oid_equal(&old->id, &entry.id) && old->mode == entry.mode)
          unchanged = true;
        else if (old->is_tree())
          parent_subtrees.push_back(old->id);
        else if (!old->is_gitlink())
          parent_blobs.push_back(old->id);
      }
      if (unchanged) continue;
      std::string path = JoinPath(item.path, entry.name);
      GitType type = entry.is_tree() ? GitType::kTree : GitType::kBlob;
      if (entry.is_gitlink() &&
          (type = GitlinkTarget(entry.id)) == GitType::kCommit) {
        gitlinks.push_back(std::move(path));
      } else if (type == GitType::kTree) {
        if (!above)
          above =
              std::make_shared<const Ancestry>(Ancestry{item.tree, item.above});
        bool cycle = false;
        for (const Ancestry* a = above.get(); a && !cycle; a = a->up.get())
          cycle = git_oid_equal(&a->tree, &entry.id);
        if (cycle) {
          errors.push_back({path, OidHex(entry.id),
                            "tree contains itself (a forged object id)"});
        } else if (path.size() > kMaxPathBytes) {
          errors.push_back({path.substr(0, 256) + "...", OidHex(entry.id),
                            "tree nested too deep: path longer than " +
                                std::to_string(kMaxPathBytes) + " bytes"});
        } else if (!Excluded(path)) {
          stack.push_back(
              {entry.id, std::move(parent_subtrees), std::move(path), above});
        }
      } else if (!Excluded(path)) {
        if (!keep_previous) parent_blobs.clear();
        introductions.push_back(
            {entry.id, std::move(path), commit, std::move(parent_blobs)});
      }
    }
  }
}

GitType TreeDiffer::GitlinkTarget(const git_oid& id) {
  auto known = gitlink_types_.find(id);
  if (known != gitlink_types_.end()) return known->second;
  // A reader that reads nothing (every object is "too large"): the type
  // comes from the object's header.
  if (!probe_)
    probe_ = std::make_unique<GitObjectReader>(reader_odb_, reader_objects_dir_,
                                               reader_packs_, 0);
  GitType type = GitType::kCommit;
  std::string_view unused;
  uint64_t size = 0;
  std::string why;
  switch (probe_->Read(id, &type, &unused, &size, &why)) {
    case GitObjectReader::Status::kOk:
    case GitObjectReader::Status::kTooLarge:
      if (type != GitType::kBlob && type != GitType::kTree)
        type = GitType::kCommit;
      break;
    default:
      type = GitType::kCommit;  // not here: a submodule's commit
  }
  gitlink_types_.emplace(id, type);
  return type;
}

std::shared_ptr<const CachedTree> TreeDiffer::Tree(const git_oid& id,
                                                   const std::string& path) {
  auto cached = trees_.find(id);
  if (cached != trees_.end()) return cached->second;
  auto tree = std::make_shared<CachedTree>();
  GitType type;
  if (!ReadMetadata(&reader_, id, &type, &tree->raw, path, "tree", &errors))
    return nullptr;
  std::string why;
  if (type != GitType::kTree) {
    errors.push_back({path, OidHex(id), "expected a tree"});
    return nullptr;
  }
  // The entries that parse are walked, and the rest is named.
  if (!ParseTree(tree->raw, &tree->entries, &why))
    errors.push_back({path, OidHex(id), "malformed tree: " + why});
  for (const TreeEntry& entry : tree->entries) {
    if (entry.name.empty() || entry.name == "." || entry.name == ".." ||
        entry.name.find('/') != std::string_view::npos) {
      warnings.push_back("tree " + OidHex(id) + " at '" + path +
                         "' has entry names git refuses (empty, '.', "
                         "'..' or with '/'): reported as written");
      break;
    }
  }
  if (tree_cache_bytes_ + tree->raw.size() > kTreeCacheBytes) {
    trees_.clear();
    tree_cache_bytes_ = 0;
  }
  tree_cache_bytes_ += tree->raw.size();
  trees_.emplace(id, tree);
  return tree;
}

}  // namespace leakgate
