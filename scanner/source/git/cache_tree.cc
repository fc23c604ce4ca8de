// Reading the cache-tree ("TREE" extension) of a git index file.
//
// The extensions follow the entries, whose size is only known by walking
// them: version 2 and 3 entries are padded to 8 bytes, version 4 entries
// prefix-compress their paths (a varint of bytes to drop from the previous
// path, then the rest, NUL-terminated). Only the lengths matter here, so the
// paths are not rebuilt. The file's trailing checksum is not verified:
// libgit2 already did so when it read the same file for the entries, and a
// wrong cache-tree can only make the walk read trees it could have skipped
// when its ids do not match HEAD's.

#include "source/git/cache_tree.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <fstream>

namespace leakgate {
namespace {

constexpr size_t kHeaderBytes = 12;
constexpr size_t kOidBytes = 20;
constexpr size_t kFixedEntryBytes = 62;  // stat data, id, flags
constexpr uint16_t kExtendedFlag = 0x4000;
constexpr uint16_t kNameMask = 0x0fff;

uint32_t Be32(const unsigned char* p) {
  return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 |
         p[3];
}

// The offset just past the entries, or 0 when they do not parse.
size_t SkipEntries(std::string_view data) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  if (data.size() < kHeaderBytes || data.substr(0, 4) != "DIRC") return 0;
  const uint32_t version = Be32(bytes + 4);
  const uint32_t count = Be32(bytes + 8);
  if (version < 2 || version > 4) return 0;
  size_t at = kHeaderBytes;
  for (uint32_t i = 0; i < count; ++i) {
    if (data.size() - at < kFixedEntryBytes) return 0;
    const uint16_t flags = static_cast<uint16_t>(bytes[at + 60] << 8 |
                                                 bytes[at + 61]);
    size_t name = at + kFixedEntryBytes;
    if (version >= 3 && (flags & kExtendedFlag)) name += 2;
    if (name >= data.size()) return 0;
    if (version == 4) {
      while (name < data.size() && (bytes[name] & 0x80)) ++name;
      ++name;  // the varint's last byte
      const void* end = name < data.size() ? std::memchr(bytes + name, 0,
                                                         data.size() - name)
                                           : nullptr;
      if (!end) return 0;
      at = static_cast<size_t>(static_cast<const unsigned char*>(end) -
                               bytes) + 1;
      continue;
    }
    size_t length = flags & kNameMask;
    if (length == kNameMask) {
      const void* end = std::memchr(bytes + name, 0, data.size() - name);
      if (!end) return 0;
      length = static_cast<size_t>(static_cast<const unsigned char*>(end) -
                                   (bytes + name));
    }
    // Padded with 1 to 8 NULs to a multiple of 8 bytes.
    at += (name - at + length + 8) & ~size_t{7};
    if (at > data.size()) return 0;
  }
  return at;
}

bool ParseInt(std::string_view* data, char end, int64_t* value) {
  const size_t stop = data->find(end);
  if (stop == std::string_view::npos) return false;
  auto [ptr, ec] = std::from_chars(data->data(), data->data() + stop, *value);
  if (ec != std::errc() || ptr != data->data() + stop) return false;
  data->remove_prefix(stop + 1);
  return true;
}

}  // namespace

int64_t CacheTreeNode::Child(const std::vector<CacheTreeNode>& nodes,
                             std::string_view child) const {
  auto it = std::lower_bound(
      children.begin(), children.end(), child,
      [&](uint32_t i, std::string_view key) { return nodes[i].name < key; });
  return it != children.end() && nodes[*it].name == child ? *it : -1;
}

bool ParseCacheTree(std::string_view data, CacheTree* tree) {
  tree->nodes.clear();
  // Nodes come in pre-order, each followed by its subtrees: a stack of the
  // nodes still owed children.
  struct Open {
    uint32_t node;
    int64_t owed;
  };
  std::vector<Open> open;
  while (!data.empty()) {
    CacheTreeNode node;
    const size_t nul = data.find('\0');
    if (nul == std::string_view::npos) break;
    node.name.assign(data.substr(0, nul));
    data.remove_prefix(nul + 1);
    int64_t subtrees = 0;
    if (!ParseInt(&data, ' ', &node.entry_count) ||
        !ParseInt(&data, '\n', &subtrees) || subtrees < 0)
      break;
    if (node.entry_count >= 0) {
      if (data.size() < kOidBytes) break;
      std::memcpy(node.id.id, data.data(), kOidBytes);
      data.remove_prefix(kOidBytes);
      node.valid = true;
    }
    const auto index = static_cast<uint32_t>(tree->nodes.size());
    if (index > 0) {
      if (open.empty()) break;  // more than one top directory
      tree->nodes[open.back().node].children.push_back(index);
      if (--open.back().owed == 0) open.pop_back();
    }
    tree->nodes.push_back(std::move(node));
    if (subtrees > 0) open.push_back({index, subtrees});
    if (open.empty()) {
      if (!data.empty()) break;
      for (CacheTreeNode& parent : tree->nodes)
        std::sort(parent.children.begin(), parent.children.end(),
                  [&](uint32_t a, uint32_t b) {
                    return tree->nodes[a].name < tree->nodes[b].name;
                  });
      return true;
    }
  }
  tree->nodes.clear();
  return false;
}

void ReadCacheTree(const std::string& path, CacheTree* tree) {
  tree->nodes.clear();
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return;
  std::string data(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(data.data(), static_cast<std::streamsize>(data.size()))) return;
  size_t at = SkipEntries(data);
  if (at == 0) return;
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  while (at + 8 + kOidBytes <= data.size()) {
    const uint32_t size = Be32(bytes + at + 4);
    if (size > data.size() - at - 8) return;
    if (data.compare(at, 4, "TREE") == 0) {
      ParseCacheTree(std::string_view(data).substr(at + 8, size), tree);
      return;
    }
    at += 8 + size;
  }
}

}  // namespace leakgate
