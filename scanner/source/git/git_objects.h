// Reading and parsing git objects: loose objects inflated here (bounded by
// their header), packed ones by the project's pack reader (pack_reader.h),
// what neither holds (alternates) through libgit2, and commits, trees and tags
// parsed from their raw bytes so that a malformed object becomes an error
// naming it rather than a failure of the whole walk.
#pragma once

#include <git2.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct evp_md_ctx_st;

namespace leakgate {

/// Deflate cannot expand data by more than about 1032:1, so an object whose
/// header claims more than this many times its compressed size is lying.
inline constexpr uint64_t kMaxDeflateRatio = 1100;

class PackSet;
class PackReader;

struct OidHash {
  size_t operator()(const git_oid& id) const {
    size_t h;
    static_assert(sizeof(id.id) >= sizeof(h));
    __builtin_memcpy(&h, id.id, sizeof(h));
    return h;
  }
};
struct OidEqual {
  bool operator()(const git_oid& a, const git_oid& b) const {
    return git_oid_equal(&a, &b);
  }
};
inline bool OidLess(const git_oid& a, const git_oid& b) {
  return git_oid_cmp(&a, &b) < 0;
}
std::string OidHex(const git_oid& id);

enum class GitType { kCommit, kTree, kBlob, kTag, kOther };

/// Reads objects of one repository. Not thread-safe: one per thread.
class GitObjectReader {
 public:
  enum class Status { kOk, kMissing, kTooLarge, kCorrupt };

  /// `objects_dir` is the repository's objects directory (the common dir's
  /// for a linked worktree); `packs` its packs (may be null). Objects larger
  /// than `max_size` are not read. Order: loose object, pack (our reader),
  /// then libgit2 for what neither holds (alternates).
  GitObjectReader(git_odb* odb, std::string objects_dir, const PackSet* packs,
                  uint64_t max_size);

  ~GitObjectReader();
  GitObjectReader(const GitObjectReader&) = delete;
  GitObjectReader& operator=(const GitObjectReader&) = delete;

  /// Reads an object whole; `data` views it until the next Read (no copy is
  /// made). kTooLarge leaves `size` and `type` set and reads nothing;
  /// kMissing and kCorrupt fill `err`. A loose object is checked against its
  /// id (a file renamed onto another object's name is corrupt); a packed one
  /// is not, as that would cost a SHA-1 of every byte scanned.
  Status Read(const git_oid& id, GitType* type, std::string_view* data,
              uint64_t* size, std::string* err);

 private:
  Status ReadLoose(const git_oid& id, const std::string& path, GitType* type,
                   std::string* data, uint64_t* size, std::string* err);

  git_odb* odb_;
  std::string objects_dir_;
  uint64_t max_size_;
  std::string compressed_;
  std::string loose_;                 ///< the last loose object read
  git_odb_object* packed_ = nullptr;  ///< the last object libgit2 read
  std::unique_ptr<PackReader> pack_reader_;
  ::evp_md_ctx_st* sha1_;
  /// Which objects/xx directories exist: a repository that is all packs is
  /// not probed for loose files object by object.
  bool fanout_exists_[256] = {};
};

struct ParsedCommit {
  git_oid tree{};
  std::vector<git_oid> parents;
  std::string author;
  std::string email;
  int64_t time = 0;  ///< committer time (seconds since epoch), 0 if unknown.
  std::string_view message;
};

/// Parses a raw commit. Tolerant: only a missing or malformed `tree` line
/// fails; an unparsable author or timestamp leaves those fields empty.
bool ParseCommit(std::string_view raw, ParsedCommit* commit, std::string* err);

struct ParsedTag {
  git_oid target{};
  std::string_view message;
};
bool ParseTag(std::string_view raw, ParsedTag* tag, std::string* err);

struct TreeEntry {
  uint32_t mode;
  std::string_view name;
  git_oid id;
  bool is_tree() const { return (mode & 0170000) == 0040000; }
  bool is_gitlink() const { return (mode & 0170000) == 0160000; }
};

/// Parses a raw tree. Entries keep the tree's order; names are not checked
/// (duplicates, "..", empty names are returned as they are). False, with
/// `err` naming the first problem, when an entry has a mode that is not
/// octal (that entry is left out) or is truncated (parsing stops there);
/// `entries` then holds every entry that could be parsed.
bool ParseTree(std::string_view raw, std::vector<TreeEntry>* entries,
               std::string* err);

/// The entry of `entries` named `name`, or null. A tree's own order is not
/// byte order (a directory sorts as if its name ended in '/'), so the lookup
/// goes through `by_name`, an index sorted by name, built on first use.
const TreeEntry* FindTreeEntry(const std::vector<TreeEntry>& entries,
                               std::vector<uint32_t>* by_name,
                               std::string_view name);

/// "2026-01-02T03:04:05Z".
std::string FormatTime(int64_t seconds);

}  // namespace leakgate
