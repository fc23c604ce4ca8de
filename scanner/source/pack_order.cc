// Pack order from the version-2 pack index format: a 256-entry fan-out
// table, the sorted object ids, their CRCs, then 31-bit offsets (the high
// bit selects an entry of the 64-bit offset table that follows).

#include "leakgate/pack_order.h"

#include <dirent.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <tuple>
#include <unordered_map>

#include "leakgate/git_objects.h"

namespace leakgate {
namespace {

constexpr unsigned char kIdxMagic[4] = {0xff, 't', 'O', 'c'};
constexpr size_t kHeader = 8;
constexpr size_t kFanout = 256 * 4;

uint32_t Be32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) |
         (uint32_t{p[2]} << 8) | p[3];
}

uint64_t Be64(const unsigned char* p) {
  return (uint64_t{Be32(p)} << 32) | Be32(p + 4);
}

std::vector<std::string> IndexFiles(const std::string& pack_dir) {
  std::vector<std::string> files;
  DIR* dir = opendir(pack_dir.c_str());
  if (!dir) return files;
  while (struct dirent* entry = readdir(dir)) {
    std::string name = entry->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".idx") == 0)
      files.push_back(pack_dir + "/" + name);
  }
  closedir(dir);
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<uint32_t> PackOrder(const std::string& objects_dir,
                                const std::vector<git_oid>& blobs) {
  std::unordered_map<git_oid, uint32_t, OidHash, OidEqual> wanted;
  wanted.reserve(blobs.size());
  for (uint32_t i = 0; i < blobs.size(); ++i) wanted.emplace(blobs[i], i);

  // (pack number, offset) per blob; loose blobs keep pack 0 and sort first.
  struct Place {
    uint32_t pack = 0;
    uint64_t offset = 0;
  };
  std::vector<Place> places(blobs.size());
  uint32_t pack_number = 0;
  for (const std::string& path : IndexFiles(objects_dir + "/pack")) {
    ++pack_number;
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() < kHeader + kFanout ||
        std::memcmp(data, kIdxMagic, 4) != 0 || Be32(data + 4) != 2)
      continue;
    const uint64_t count = Be32(data + kHeader + kFanout - 4);
    const size_t ids = kHeader + kFanout;
    const size_t offsets = ids + count * (GIT_OID_RAWSZ + 4);
    const size_t large = offsets + count * 4;
    if (bytes.size() < large) continue;
    for (uint64_t i = 0; i < count; ++i) {
      git_oid id;
      git_oid_fromraw(&id, data + ids + i * GIT_OID_RAWSZ);
      auto it = wanted.find(id);
      if (it == wanted.end()) continue;
      uint64_t offset = Be32(data + offsets + i * 4);
      if (offset & 0x80000000u) {
        const size_t at = large + (offset & 0x7fffffffu) * 8;
        if (at + 8 > bytes.size()) continue;
        offset = Be64(data + at);
      }
      places[it->second] = {pack_number, offset};
    }
  }

  std::vector<uint32_t> order(blobs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(places[a].pack, places[a].offset) <
           std::tie(places[b].pack, places[b].offset);
  });
  return order;
}

}  // namespace leakgate
