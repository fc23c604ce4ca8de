// Reads git's commit-graph files for one fact: each commit's topological
// level (the "generation number v1" git stores in the top 30 bits of the
// last 8 bytes of a commit's CDAT record). Format:
// gitformat-commit-graph(5). The file is mapped, not read: a lookup touches
// the fanout, a binary search's worth of ids and one record. Only SHA-1
// graphs (hash version 1) are used; anything malformed is ignored whole.

#include "source/git/commit_graph.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>

namespace leakgate {
namespace {

constexpr size_t kOidBytes = 20;
constexpr size_t kDataBytes = kOidBytes + 16;  // tree, 2 parents, level+date

uint32_t Be32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) |
         (uint32_t{p[2]} << 8) | p[3];
}

uint64_t Be64(const unsigned char* p) {
  return (uint64_t{Be32(p)} << 32) | Be32(p + 4);
}

}  // namespace

CommitGraph::~CommitGraph() {
  for (const Layer& layer : layers_)
    munmap(const_cast<unsigned char*>(layer.map), layer.size);
}

void CommitGraph::Open(const std::string& objects_dir) {
  if (Map(objects_dir + "/info/commit-graph")) return;
  std::ifstream chain(objects_dir + "/info/commit-graphs/commit-graph-chain");
  std::string hash;
  while (std::getline(chain, hash))
    if (!hash.empty() &&
        !Map(objects_dir + "/info/commit-graphs/graph-" + hash + ".graph"))
      break;  // a layer missing: the ones above it cannot be trusted alone
}

bool CommitGraph::Map(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size >= 8)
    map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return false;
  Layer layer;
  layer.map = static_cast<const unsigned char*>(map);
  layer.size = static_cast<size_t>(st.st_size);
  const unsigned char* p = layer.map;
  const size_t chunks = p[6];
  bool ok = std::memcmp(p, "CGPH", 4) == 0 && p[4] == 1 && p[5] == 1 &&
            8 + (chunks + 1) * 12 <= layer.size;
  uint64_t oid_lookup_end = 0;
  for (size_t i = 0; ok && i < chunks; ++i) {
    const unsigned char* entry = p + 8 + i * 12;
    const uint64_t offset = Be64(entry + 4);
    const uint64_t end = Be64(entry + 16);  // the next entry's offset
    if (offset > end || end > layer.size) {
      ok = false;
      break;
    }
    if (std::memcmp(entry, "OIDF", 4) == 0 && end - offset >= 256 * 4)
      layer.fanout = p + offset;
    else if (std::memcmp(entry, "OIDL", 4) == 0)
      layer.oids = p + offset, oid_lookup_end = end;
    else if (std::memcmp(entry, "CDAT", 4) == 0)
      layer.data = p + offset;
  }
  if (ok && layer.fanout && layer.oids && layer.data) {
    layer.count = Be32(layer.fanout + 255 * 4);
    const size_t oid_end = layer.oids - p + size_t{layer.count} * kOidBytes;
    const size_t data_end = layer.data - p + size_t{layer.count} * kDataBytes;
    ok = oid_end <= oid_lookup_end && data_end <= layer.size;
  } else {
    ok = false;
  }
  if (!ok) {
    munmap(map, layer.size);
    return false;
  }
  layers_.push_back(layer);
  return true;
}

uint32_t CommitGraph::Level(const git_oid& id) const {
  for (const Layer& layer : layers_) {
    const unsigned first = id.id[0];
    uint32_t lo = first ? Be32(layer.fanout + (first - 1) * 4) : 0;
    uint32_t hi = Be32(layer.fanout + first * 4);
    if (hi > layer.count || lo > hi) continue;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      const int order =
          std::memcmp(layer.oids + size_t{mid} * kOidBytes, id.id, kOidBytes);
      if (order == 0) {
        const unsigned char* record = layer.data + size_t{mid} * kDataBytes;
        const uint32_t level = Be32(record + kOidBytes + 8) >> 2;
        return level ? level : kLevelInfinity;  // 0: written without levels
      }
      if (order < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  }
  return kLevelInfinity;
}

}  // namespace leakgate
