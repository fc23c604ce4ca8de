// Reading objects straight from packfiles: the index (.idx, version 2) is
// mapped once and shared; each thread reads with pread through a window and
// keeps its own cache of delta bases.
#pragma once

#include <git2.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "source/git/git_objects.h"

namespace leakgate {

/// The packs of one objects directory. Immutable after Load; share it.
class PackSet {
 public:
  PackSet() = default;
  ~PackSet();
  PackSet(const PackSet&) = delete;
  PackSet& operator=(const PackSet&) = delete;

  /// Opens every pack under `objects_dir`/pack whose index is sound. A pack
  /// that cannot be used is described in `problems` (its objects are then
  /// looked for elsewhere, and reported missing if they are nowhere).
  /// `verify` checks every id and offset up front (O(objects): for scans
  /// that read most objects anyway); without it a lookup only trusts the
  /// index as far as it reads it.
  void Load(const std::string& objects_dir, bool verify,
            std::vector<std::string>* problems);

  struct Place {
    uint32_t pack;
    uint64_t offset;
  };
  bool Find(const git_oid& id, Place* place) const;

  /// Where the entry at `offset` ends at the latest: the next indexed
  /// entry, or the pack's trailing checksum.
  uint64_t EntryEnd(uint32_t pack, uint64_t offset) const;

  size_t size() const { return packs_.size(); }
  int fd(uint32_t pack) const { return packs_[pack].fd; }
  uint64_t pack_size(uint32_t pack) const { return packs_[pack].size; }
  const std::string& name(uint32_t pack) const { return packs_[pack].name; }
  /// Every object of every pack in (pack, offset) order: pack order.
  std::vector<std::pair<git_oid, Place>> AllInPackOrder() const;

 private:
  struct Pack {
    std::string name;
    int fd = -1;
    uint64_t size = 0;
    uint32_t fanout[256] = {};
    // The index file, mapped: ids (20 bytes each, sorted), 31-bit offsets
    // and the 64-bit offset table, read where a lookup needs them.
    const unsigned char* map = nullptr;
    size_t map_size = 0;
    uint64_t count = 0;
    uint64_t ids_at = 0;
    uint64_t offsets_at = 0;
    uint64_t large_at = 0;
    uint64_t large_count = 0;
    // Built on demand (see EntryEnd), by whichever thread needs it first.
    struct Lazy {
      std::atomic<uint32_t> lookups{0};
      std::once_flag once;
      std::vector<uint64_t> sorted;
    };
    std::unique_ptr<Lazy> lazy;

    const unsigned char* Id(uint64_t i) const {
      return map + ids_at + i * GIT_OID_RAWSZ;
    }
    /// Entry i's offset in the pack; 0 when the index's 64-bit slot is bad.
    uint64_t Offset(uint64_t i) const;
  };
  using Problem = std::function<void(const std::string&)>;
  static bool Verify(Pack* pack, const Problem& problem);

  std::vector<Pack> packs_;
};

/// Per-thread reader over a PackSet. Objects larger than `max_size` are not
/// inflated (their size comes from the entry header, or the delta header),
/// nor are delta results that large built as bases: an object whose delta
/// chain passes through one is kTooLarge, with that result's size.
class PackReader {
 public:
  using Status = GitObjectReader::Status;

  PackReader(const PackSet& packs, uint64_t max_size);

  /// kMissing when no pack holds `id`.
  Status Read(const git_oid& id, GitType* type, std::string_view* data,
              uint64_t* size, std::string* err);

 private:
  using Shared = std::shared_ptr<const std::string>;
  struct Entry {
    int kind;  // 1 commit, 2 tree, 3 blob, 4 tag, 6 ofs-delta, 7 ref-delta
    uint64_t size;
    uint64_t data_offset;
    PackSet::Place base;
  };
  Status ReadEntry(PackSet::Place at, Entry* entry, std::string* err);
  Status Inflate(uint32_t pack, uint64_t offset, uint64_t size,
                 std::string* out, std::string* err);
  Status Resolve(PackSet::Place at, GitType* type, Shared* data, uint64_t* size,
                 std::string* err);
  /// Makes pack bytes from `offset` available in window_, reading `want`
  /// bytes when they are not there already.
  bool Window(uint32_t pack, uint64_t offset, size_t want);
  Shared Cached(PackSet::Place at, int* kind);
  void Remember(PackSet::Place at, int kind, Shared data);

  const PackSet& packs_;
  uint64_t max_size_;
  // The read window: bytes [window_start_, window_start_ + window_.size())
  // of pack window_pack_.
  std::string window_;
  uint32_t window_pack_ = UINT32_MAX;
  uint64_t window_start_ = 0;
  // Delta bases, least recently used first out.
  struct CacheItem {
    uint64_t key;
    int kind;
    Shared data;
  };
  std::list<CacheItem> lru_;
  std::unordered_map<uint64_t, std::list<CacheItem>::iterator> cache_;
  size_t cache_bytes_ = 0;
  Shared result_;
  std::string delta_;  ///< reused for each delta's instructions
};

}  // namespace leakgate
