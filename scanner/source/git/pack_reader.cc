// Packfile reading for the history scan.
//
// libgit2 serializes pack access behind process-wide locks and resolves
// delta chains with a small cache, which made two threads slower than one
// and reading trees out of pack order very slow. Here the index is parsed
// once (version 2: fan-out, sorted ids, CRCs, 31-bit offsets with a 64-bit
// table), each thread reads through its own pread window (no mmap: a pack
// truncated under us is an error, not a SIGBUS) and keeps its own LRU cache
// of resolved objects, which are the bases of the deltas that follow them.
// Every size is checked before anything is allocated (an entry cannot claim
// more than its compressed extent could inflate to, nor a delta a result its
// instructions do not make), and every delta instruction is bounds-checked,
// so a corrupt pack is an error naming the pack and offset.

#include "source/git/pack_reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace leakgate {
namespace {

// A first read is small (most entries are a few hundred bytes, and reads
// out of pack order are common); an inflate that runs past it reads more.
constexpr size_t kFirstWindowBytes = 4 << 10;
constexpr size_t kWindowBytes = 256 << 10;
constexpr size_t kHeaderBytes = 64;  // entry header + delta base, at most
constexpr size_t kCacheBytes = 32 << 20;
constexpr size_t kMaxCachedObject = 8 << 20;
constexpr int kMaxDeltaDepth = 10000;
// Output is allocated as it is produced, from this much, so that an entry
// header claiming gigabytes costs nothing until the data backs it.
constexpr uint64_t kFirstOutputBytes = 1 << 20;

uint32_t Be32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) |
         (uint32_t{p[2]} << 8) | p[3];
}

GitType TypeOfKind(int kind) {
  switch (kind) {
    case 1:
      return GitType::kCommit;
    case 2:
      return GitType::kTree;
    case 3:
      return GitType::kBlob;
    case 4:
      return GitType::kTag;
    default:
      return GitType::kOther;
  }
}

// Reads a delta header's size varint at `*pos`.
bool DeltaSize(const std::string& delta, size_t* pos, uint64_t* size) {
  *size = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= delta.size()) return false;
    unsigned char c = static_cast<unsigned char>(delta[(*pos)++]);
    *size |= uint64_t{c & 0x7fu} << shift;
    if (!(c & 0x80)) return true;
  }
  return false;
}

// What a delta's header claims it makes, and what its instructions make
// (without reading the base); false when it is malformed.
bool DeltaSizes(const std::string& delta, uint64_t* claimed, uint64_t* made) {
  size_t pos = 0;
  uint64_t base_size = 0;
  if (!DeltaSize(delta, &pos, &base_size) || !DeltaSize(delta, &pos, claimed))
    return false;
  *made = 0;
  const auto* d = reinterpret_cast<const unsigned char*>(delta.data());
  while (pos < delta.size()) {
    const unsigned char op = d[pos++];
    if (op & 0x80) {
      uint64_t size = 0;
      pos += static_cast<size_t>(__builtin_popcount(op & 0x0f));
      for (int i = 0; i < 3; ++i)
        if (op & (0x10 << i)) {
          if (pos >= delta.size()) return false;
          size |= uint64_t{d[pos++]} << (8 * i);
        }
      *made += size == 0 ? 0x10000 : size;
    } else if (op != 0) {
      pos += op;
      *made += op;
    } else {
      return false;
    }
  }
  return pos == delta.size();
}

// Applies a git delta to `base`; false (with `err`) on any inconsistency.
bool ApplyDelta(const std::string& base, const std::string& delta,
                std::string* out, std::string* err) {
  size_t pos = 0;
  uint64_t base_size = 0, result_size = 0;
  if (!DeltaSize(delta, &pos, &base_size) ||
      !DeltaSize(delta, &pos, &result_size)) {
    *err = "delta header is truncated";
    return false;
  }
  if (base_size != base.size()) {
    *err = "delta expects a base of another size";
    return false;
  }
  out->clear();
  // A header may lie: grow as the instructions produce, never to a claim.
  out->reserve(std::min<uint64_t>(result_size, kFirstOutputBytes));
  const auto* d = reinterpret_cast<const unsigned char*>(delta.data());
  while (pos < delta.size()) {
    const unsigned char op = d[pos++];
    if (op & 0x80) {
      uint64_t offset = 0, size = 0;
      for (int i = 0; i < 4; ++i)
        if (op & (1 << i)) {
          if (pos >= delta.size()) break;
          offset |= uint64_t{d[pos++]} << (8 * i);
        }
      for (int i = 0; i < 3; ++i)
        if (op & (0x10 << i)) {
          if (pos >= delta.size()) break;
          size |= uint64_t{d[pos++]} << (8 * i);
        }
      if (size == 0) size = 0x10000;
      if (offset + size > base.size() || out->size() + size > result_size) {
        *err = "delta copies outside its base";
        return false;
      }
      out->append(base, offset, size);
    } else if (op != 0) {
      if (pos + op > delta.size() || out->size() + op > result_size) {
        *err = "delta insert runs past its end";
        return false;
      }
      out->append(delta, pos, op);
      pos += op;
    } else {
      *err = "delta has a reserved instruction";
      return false;
    }
  }
  if (out->size() != result_size) {
    *err = "delta result has the wrong size";
    return false;
  }
  return true;
}

constexpr uint32_t kScannedLookups = 32;

// Maps a version-2 .idx (git never rewrites one in place; a new index is
// renamed over it, so the mapping stays whole).
const unsigned char* MapIndex(const std::string& path, size_t* size) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size >= 8 + 256 * 4 + 40)
    map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return nullptr;
  const auto* bytes = static_cast<const unsigned char*>(map);
  if (std::memcmp(bytes, "\377tOc", 4) != 0 || Be32(bytes + 4) != 2) {
    munmap(map, st.st_size);
    return nullptr;
  }
  *size = static_cast<size_t>(st.st_size);
  return bytes;
}

std::vector<std::string> IndexFiles(const std::string& pack_dir) {
  std::vector<std::string> names;
  if (DIR* dir = opendir(pack_dir.c_str())) {
    while (struct dirent* entry = readdir(dir)) {
      std::string name = entry->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".idx") == 0)
        names.push_back(name.substr(0, name.size() - 4));
    }
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

PackSet::~PackSet() {
  for (Pack& pack : packs_) {
    if (pack.fd >= 0) close(pack.fd);
    if (pack.map) munmap(const_cast<unsigned char*>(pack.map), pack.map_size);
  }
}

uint64_t PackSet::Pack::Offset(uint64_t i) const {
  uint64_t offset = Be32(map + offsets_at + 4 * i);
  if (offset & 0x80000000u) {
    const uint64_t slot = offset & 0x7fffffffu;
    const unsigned char* p = map + large_at + 8 * slot;
    offset = slot < large_count ? (uint64_t{Be32(p)} << 32) | Be32(p + 4) : 0;
  }
  return offset;
}

// Every id in order, the fan-out rebuilt from them, every offset inside the
// pack: O(objects), so only for scans that read most of them anyway.
bool PackSet::Verify(Pack* pack, const Problem& problem) {
  uint32_t fanout[256] = {};
  uint64_t beyond = 0;
  for (uint64_t i = 0; i < pack->count; ++i) {
    const unsigned char* id = pack->Id(i);
    if (i > 0 && std::memcmp(id - GIT_OID_RAWSZ, id, GIT_OID_RAWSZ) >= 0) {
      problem("index ids are not sorted");
      return false;
    }
    ++fanout[id[0]];
    // An entry outside the pack (a truncated pack) fails when read.
    const uint64_t offset = pack->Offset(i);
    if (offset < 12 || offset + 20 > pack->size) ++beyond;
  }
  bool fanout_intact = true;
  for (int i = 0; i < 256; ++i) {
    if (i > 0) fanout[i] += fanout[i - 1];
    fanout_intact &= pack->fanout[i] == fanout[i];
    pack->fanout[i] = fanout[i];
  }
  if (!fanout_intact)
    problem("index fan-out table is corrupt (rebuilt from its ids)");
  if (beyond > 0)
    problem(std::to_string(beyond) +
            " objects lie beyond the end of the pack (truncated?)");
  return true;
}

void PackSet::Load(const std::string& objects_dir, bool verify,
                   std::vector<std::string>* problems) {
  const std::string dir = objects_dir + "/pack";
  for (const std::string& base : IndexFiles(dir)) {
    Pack pack;
    // A pack not taken is closed again, its problem named.
    const Problem problem = [&](const std::string& what) {
      problems->push_back("pack " + base + ": " + what);
    };
    auto discard = [&](const std::string& what) {
      if (!what.empty()) problem(what);
      if (pack.fd >= 0) close(pack.fd);
      if (pack.map) munmap(const_cast<unsigned char*>(pack.map), pack.map_size);
    };
    pack.map = MapIndex(dir + "/" + base + ".idx", &pack.map_size);
    if (!pack.map) {
      problem("index is not a version-2 pack index");
      continue;
    }
    pack.name = base + ".pack";
    pack.fd = open((dir + "/" + pack.name).c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (pack.fd < 0 || fstat(pack.fd, &st) != 0) {
      discard(std::string("cannot open: ") + std::strerror(errno));
      continue;
    }
    pack.size = static_cast<uint64_t>(st.st_size);
    unsigned char head[12];
    if (pread(pack.fd, head, sizeof(head), 0) != 12 ||
        std::memcmp(head, "PACK", 4) != 0) {
      discard("not a pack file");
      continue;
    }
    // The object count is in both files; the fan-out table is checked
    // against it (and rebuilt from the ids when it does not add up).
    pack.count = Be32(head + 8);
    pack.ids_at = 8 + 256 * 4;
    pack.offsets_at = pack.ids_at + pack.count * (GIT_OID_RAWSZ + 4);
    pack.large_at = pack.offsets_at + pack.count * 4;
    if (pack.large_at + 40 > pack.map_size) {
      discard("index is shorter than its object count");
      continue;
    }
    pack.large_count = (pack.map_size - 40 - pack.large_at) / 8;
    bool monotonic = true;
    for (int i = 0; i < 256; ++i) {
      pack.fanout[i] = Be32(pack.map + 8 + 4 * i);
      monotonic &= i == 0 || pack.fanout[i] >= pack.fanout[i - 1];
    }
    const bool fanout_sane = monotonic && pack.fanout[255] == pack.count;
    if ((verify || !fanout_sane) && !Verify(&pack, problem)) {
      discard("");
      continue;
    }
    pack.lazy = std::make_unique<Pack::Lazy>();
    packs_.push_back(std::move(pack));
  }
}

bool PackSet::Find(const git_oid& id, Place* place) const {
  for (uint32_t p = 0; p < packs_.size(); ++p) {
    const Pack& pack = packs_[p];
    const unsigned first = id.id[0];
    uint64_t lo = first == 0 ? 0 : pack.fanout[first - 1];
    uint64_t hi = pack.fanout[first];
    while (lo < hi) {
      const uint64_t mid = lo + (hi - lo) / 2;
      const int cmp = std::memcmp(pack.Id(mid), id.id,
                                  GIT_OID_RAWSZ);
      if (cmp == 0) {
        *place = {p, pack.Offset(mid)};
        return true;
      }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  }
  return false;
}

// The first few lookups scan the offsets (a range or staged scan reads a
// handful of objects, and sorting a large pack's offsets would cost more than
// the scan); after that they are sorted once and searched.
uint64_t PackSet::EntryEnd(uint32_t pack, uint64_t offset) const {
  const Pack& p = packs_[pack];
  const uint64_t trailer = p.size > GIT_OID_RAWSZ ? p.size - GIT_OID_RAWSZ : 0;
  Pack::Lazy& lazy = *p.lazy;
  if (lazy.lookups.fetch_add(1, std::memory_order_relaxed) < kScannedLookups) {
    uint64_t next = trailer;
    for (uint64_t i = 0; i < p.count; ++i) {
      const uint64_t at = p.Offset(i);
      if (at > offset && at < next) next = at;
    }
    return next;
  }
  std::call_once(lazy.once, [&] {
    lazy.sorted.resize(p.count);
    for (uint64_t i = 0; i < p.count; ++i) lazy.sorted[i] = p.Offset(i);
    std::sort(lazy.sorted.begin(), lazy.sorted.end());
  });
  auto next = std::upper_bound(lazy.sorted.begin(), lazy.sorted.end(), offset);
  return next == lazy.sorted.end() ? trailer : std::min(*next, trailer);
}

std::vector<std::pair<git_oid, PackSet::Place>> PackSet::AllInPackOrder()
    const {
  std::vector<std::pair<git_oid, Place>> all;
  for (uint32_t p = 0; p < packs_.size(); ++p) {
    for (uint64_t i = 0; i < packs_[p].count; ++i) {
      git_oid id;
      git_oid_fromraw(&id, packs_[p].Id(i));
      all.push_back({id, {p, packs_[p].Offset(i)}});
    }
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second.pack, a.second.offset) <
           std::tie(b.second.pack, b.second.offset);
  });
  return all;
}

PackReader::PackReader(const PackSet& packs, uint64_t max_size)
    : packs_(packs), max_size_(max_size) {}

bool PackReader::Window(uint32_t pack, uint64_t offset, size_t want) {
  const uint64_t end = window_start_ + window_.size();
  const uint64_t pack_size = packs_.pack_size(pack);
  if (pack == window_pack_ && offset >= window_start_ &&
      (offset + kHeaderBytes <= end || end == pack_size) && offset < end)
    return true;
  if (offset >= pack_size) return false;
  window_.resize(std::min<uint64_t>(want, pack_size - offset));
  size_t done = 0;
  while (done < window_.size()) {
    ssize_t got =
        pread(packs_.fd(pack), window_.data() + done, window_.size() - done,
              static_cast<off_t>(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    done += static_cast<size_t>(got);
  }
  window_.resize(done);
  window_pack_ = pack;
  window_start_ = offset;
  return done > 0;
}

PackReader::Status PackReader::ReadEntry(PackSet::Place at, Entry* entry,
                                         std::string* err) {
  if (!Window(at.pack, at.offset, kFirstWindowBytes)) {
    *err = "pack " + packs_.name(at.pack) + " ends before offset " +
           std::to_string(at.offset);
    return Status::kCorrupt;
  }
  const auto* start = reinterpret_cast<const unsigned char*>(window_.data()) +
                      (at.offset - window_start_);
  const auto* p = start;
  const auto* end =
      reinterpret_cast<const unsigned char*>(window_.data()) + window_.size();
  auto truncated = [&] {
    *err = "pack " + packs_.name(at.pack) + ": entry at offset " +
           std::to_string(at.offset) + " is truncated";
    return Status::kCorrupt;
  };
  if (p >= end) return truncated();
  unsigned char c = *p++;
  entry->kind = (c >> 4) & 7;
  entry->size = c & 15;
  for (int shift = 4; c & 0x80; shift += 7) {
    if (p >= end || shift > 60) return truncated();
    c = *p++;
    entry->size |= uint64_t{c & 0x7fu} << shift;
  }
  if (entry->kind == 6) {
    if (p >= end) return truncated();
    c = *p++;
    uint64_t distance = c & 127;
    while (c & 128) {
      if (p >= end || distance > (uint64_t{1} << 56)) return truncated();
      c = *p++;
      distance = ((distance + 1) << 7) | (c & 127);
    }
    if (distance == 0 || distance > at.offset) {
      *err = "pack " + packs_.name(at.pack) + ": delta at offset " +
             std::to_string(at.offset) + " points outside the pack";
      return Status::kCorrupt;
    }
    entry->base = {at.pack, at.offset - distance};
  } else if (entry->kind == 7) {
    if (end - p < GIT_OID_RAWSZ) return truncated();
    git_oid base;
    git_oid_fromraw(&base, p);
    p += GIT_OID_RAWSZ;
    if (!packs_.Find(base, &entry->base)) {
      *err = "pack " + packs_.name(at.pack) + ": delta base " + OidHex(base) +
             " is in no pack";
      return Status::kCorrupt;
    }
  } else if (entry->kind < 1 || entry->kind > 4) {
    *err = "pack " + packs_.name(at.pack) + ": entry at offset " +
           std::to_string(at.offset) + " has an invalid type";
    return Status::kCorrupt;
  }
  entry->data_offset = at.offset + static_cast<uint64_t>(p - start);
  // A claim within the first output allocation costs nothing if it lies:
  // only larger ones are worth finding the entry's extent for.
  if (entry->size <= kFirstOutputBytes) return Status::kOk;
  const uint64_t entry_end = packs_.EntryEnd(at.pack, at.offset);
  const uint64_t stored =
      entry_end > entry->data_offset ? entry_end - entry->data_offset : 0;
  if (entry->size > stored * kMaxDeflateRatio + kHeaderBytes) {
    *err = "pack " + packs_.name(at.pack) + ": entry at offset " +
           std::to_string(at.offset) + " claims " +
           std::to_string(entry->size) + " bytes, more than its " +
           std::to_string(stored) + " compressed bytes can hold";
    return Status::kCorrupt;
  }
  return Status::kOk;
}

PackReader::Status PackReader::Inflate(uint32_t pack, uint64_t offset,
                                       uint64_t size, std::string* out,
                                       std::string* err) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    *err = "zlib: cannot initialise";
    return Status::kCorrupt;
  }
  // One byte more than the header says, to see a stream that runs long.
  out->resize(std::min<uint64_t>(size + 1, kFirstOutputBytes));
  uint64_t produced = 0;
  uint64_t pos = offset;
  int rc = Z_OK;
  for (size_t want = kFirstWindowBytes; rc == Z_OK; want = kWindowBytes) {
    if (!Window(pack, pos, want)) break;
    if (produced == out->size() && out->size() <= size)
      out->resize(std::min<uint64_t>(size + 1, out->size() * 2));
    const size_t available = window_.size() - (pos - window_start_);
    stream.next_in =
        reinterpret_cast<Bytef*>(window_.data() + (pos - window_start_));
    stream.avail_in = static_cast<uInt>(available);
    stream.next_out = reinterpret_cast<Bytef*>(out->data() + produced);
    stream.avail_out = static_cast<uInt>(out->size() - produced);
    const uint64_t before = produced;
    rc = inflate(&stream, Z_SYNC_FLUSH);
    const size_t consumed = available - stream.avail_in;
    pos += consumed;
    produced = out->size() - stream.avail_out;
    if (produced > size) break;  // longer than its header says
    if (rc == Z_BUF_ERROR && (consumed > 0 || produced > before))
      rc = Z_OK;  // needed more input or more room, and made progress
  }
  inflateEnd(&stream);
  if (rc != Z_STREAM_END || produced != size) {
    *err = "pack " + packs_.name(pack) + ": object data at offset " +
           std::to_string(offset) +
           (rc == Z_DATA_ERROR ? " is corrupt" : " does not match its size");
    return Status::kCorrupt;
  }
  out->resize(size);
  return Status::kOk;
}

PackReader::Shared PackReader::Cached(PackSet::Place at, int* kind) {
  auto it = cache_.find((uint64_t{at.pack} << 48) | at.offset);
  if (it == cache_.end()) return nullptr;
  lru_.splice(lru_.end(), lru_, it->second);
  *kind = it->second->kind;
  return it->second->data;
}

void PackReader::Remember(PackSet::Place at, int kind, Shared data) {
  if (data->size() > kMaxCachedObject) return;
  const uint64_t key = (uint64_t{at.pack} << 48) | at.offset;
  if (cache_.count(key)) return;
  cache_bytes_ += data->size();
  lru_.push_back({key, kind, std::move(data)});
  cache_[key] = std::prev(lru_.end());
  while (cache_bytes_ > kCacheBytes && !lru_.empty()) {
    cache_bytes_ -= lru_.front().data->size();
    cache_.erase(lru_.front().key);
    lru_.pop_front();
  }
}

PackReader::Status PackReader::Resolve(PackSet::Place at, GitType* type,
                                       Shared* data, uint64_t* size,
                                       std::string* err) {
  // Walk down to a cached object or a whole one, then apply the deltas on
  // the way back up.
  std::vector<std::pair<PackSet::Place, Entry>> chain;
  PackSet::Place here = at;
  Shared base;
  int kind = 0;
  for (int depth = 0;; ++depth) {
    if (depth > kMaxDeltaDepth) {
      *err = "pack " + packs_.name(at.pack) + ": delta chain at offset " +
             std::to_string(at.offset) + " is too long or cyclic";
      return Status::kCorrupt;
    }
    if ((base = Cached(here, &kind))) {
      // Cached as another object's delta base: still too large to return.
      if (chain.empty() && base->size() > max_size_) {
        *type = TypeOfKind(kind);
        *size = base->size();
        return Status::kTooLarge;
      }
      break;
    }
    Entry entry;
    if (Status s = ReadEntry(here, &entry, err); s != Status::kOk) return s;
    if (entry.kind == 6 || entry.kind == 7) {
      chain.push_back({here, entry});
      here = entry.base;
      continue;
    }
    if (chain.empty() && entry.size > max_size_) {
      *type = TypeOfKind(entry.kind);
      *size = entry.size;
      return Status::kTooLarge;
    }
    auto whole = std::make_shared<std::string>();
    if (Status s =
            Inflate(here.pack, entry.data_offset, entry.size, whole.get(), err);
        s != Status::kOk)
      return s;
    kind = entry.kind;
    base = whole;
    Remember(here, kind, base);
    break;
  }
  std::string& delta = delta_;
  for (size_t i = chain.size(); i-- > 0;) {
    const auto& [place, entry] = chain[i];
    if (Status s =
            Inflate(place.pack, entry.data_offset, entry.size, &delta, err);
        s != Status::kOk)
      return s;
    uint64_t claimed = 0, made = 0;
    if (DeltaSizes(delta, &claimed, &made) && claimed > max_size_) {
      // Too large to read, if the header tells the truth. A base on the way
      // up counts too: one copy instruction repeats up to 16 MiB of its
      // base, so a few bytes of deltas could otherwise make gigabytes.
      if (made != claimed) {
        *err = "pack " + packs_.name(place.pack) + ": delta at offset " +
               std::to_string(place.offset) + " claims a " +
               std::to_string(claimed) +
               "-byte result; its instructions make " + std::to_string(made);
        return Status::kCorrupt;
      }
      *type = TypeOfKind(kind);
      *size = claimed;
      return Status::kTooLarge;
    }
    auto result = std::make_shared<std::string>();
    std::string why;
    if (!ApplyDelta(*base, delta, result.get(), &why)) {
      *err = "pack " + packs_.name(place.pack) + ": delta at offset " +
             std::to_string(place.offset) + ": " + why;
      return Status::kCorrupt;
    }
    base = result;
    Remember(place, kind, base);
  }
  *type = TypeOfKind(kind);
  *size = base->size();
  *data = base;
  return Status::kOk;
}

PackReader::Status PackReader::Read(const git_oid& id, GitType* type,
                                    std::string_view* data, uint64_t* size,
                                    std::string* err) {
  PackSet::Place place;
  if (!packs_.Find(id, &place)) return Status::kMissing;
  Status status = Resolve(place, type, &result_, size, err);
  *data =
      status == Status::kOk ? std::string_view(*result_) : std::string_view();
  return status;
}

}  // namespace leakgate
