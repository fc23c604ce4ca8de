// Git object access for the history scan.
//
// Loose objects are inflated here with zlib: the header's size is checked
// against --max-blob-size before anything is allocated, a size no deflate
// stream of that file could produce is rejected, a truncated stream ends in
// an error (libgit2 1.5.1 can loop forever on one), and so do bytes after
// the stream and content that does not hash to the object's name (as git
// refuses both). Packed objects go through pack_reader.cc, and what neither
// holds (alternates) through libgit2.

#include "source/git/git_objects.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "source/git/pack_reader.h"

namespace leakgate {
namespace {

constexpr size_t kMaxHeader = 64;

GitType TypeFromName(std::string_view name) {
  if (name == "blob") return GitType::kBlob;
  if (name == "tree") return GitType::kTree;
  if (name == "commit") return GitType::kCommit;
  if (name == "tag") return GitType::kTag;
  return GitType::kOther;
}

GitType TypeFromLibgit2(git_object_t type) {
  switch (type) {
    case GIT_OBJECT_BLOB:
      return GitType::kBlob;
    case GIT_OBJECT_TREE:
      return GitType::kTree;
    case GIT_OBJECT_COMMIT:
      return GitType::kCommit;
    case GIT_OBJECT_TAG:
      return GitType::kTag;
    default:
      return GitType::kOther;
  }
}

std::string LastGitError() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : "unknown libgit2 error";
}

bool ParseHex(std::string_view text, git_oid* id) {
  if (text.size() < GIT_OID_HEXSZ) return false;
  return git_oid_fromstrn(id, text.data(), GIT_OID_HEXSZ) == 0 &&
         (text.size() == GIT_OID_HEXSZ || text[GIT_OID_HEXSZ] == '\n' ||
          text[GIT_OID_HEXSZ] == ' ');
}

// "Name <email> 1700000000 +0100" → name, email, time.
void ParseSignature(std::string_view text, std::string* name,
                    std::string* email, int64_t* time) {
  size_t open = text.find('<');
  size_t close = text.find('>', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return;
  std::string_view who = text.substr(0, open);
  while (!who.empty() && who.back() == ' ') who.remove_suffix(1);
  *name = who;
  *email = text.substr(open + 1, close - open - 1);
  std::string_view rest = text.substr(close + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  int64_t value = 0;
  auto [end, ec] =
      std::from_chars(rest.data(), rest.data() + rest.size(), value);
  if (ec == std::errc() && end != rest.data()) *time = value;
}

}  // namespace

std::string OidHex(const git_oid& id) {
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof(hex), &id);
  return hex;
}

GitObjectReader::GitObjectReader(git_odb* odb, std::string objects_dir,
                                 const PackSet* packs, uint64_t max_size)
    : odb_(odb),
      objects_dir_(std::move(objects_dir)),
      max_size_(max_size),
      sha1_(EVP_MD_CTX_new()) {
  if (packs) pack_reader_ = std::make_unique<PackReader>(*packs, max_size);
  for (int i = 0; i < 256; ++i) {
    char name[4];
    std::snprintf(name, sizeof(name), "%02x", i);
    struct stat st;
    fanout_exists_[i] = stat((objects_dir_ + "/" + name).c_str(), &st) == 0;
  }
}

GitObjectReader::~GitObjectReader() {
  git_odb_object_free(packed_);
  EVP_MD_CTX_free(sha1_);
}

GitObjectReader::Status GitObjectReader::Read(const git_oid& id, GitType* type,
                                              std::string_view* data,
                                              uint64_t* size,
                                              std::string* err) {
  git_odb_object_free(packed_);
  packed_ = nullptr;
  *data = std::string_view();
  if (fanout_exists_[id.id[0]]) {
    std::string hex = OidHex(id);
    std::string loose =
        objects_dir_ + "/" + hex.substr(0, 2) + "/" + hex.substr(2);
    Status status = ReadLoose(id, loose, type, &loose_, size, err);
    if (status == Status::kOk) *data = loose_;
    if (status != Status::kMissing) return status;
  }
  if (pack_reader_) {
    Status status = pack_reader_->Read(id, type, data, size, err);
    if (status != Status::kMissing) return status;
  }

  size_t header_size = 0;
  git_object_t header_type = GIT_OBJECT_INVALID;
  int rc = git_odb_read_header(&header_size, &header_type, odb_, &id);
  if (rc != 0) {
    *err = LastGitError();
    return rc == GIT_ENOTFOUND ? Status::kMissing : Status::kCorrupt;
  }
  *size = header_size;
  *type = TypeFromLibgit2(header_type);
  if (header_size > max_size_) return Status::kTooLarge;
  if (git_odb_read(&packed_, odb_, &id) != 0) {
    packed_ = nullptr;
    *err = LastGitError();
    return Status::kCorrupt;
  }
  *data =
      std::string_view(static_cast<const char*>(git_odb_object_data(packed_)),
                       git_odb_object_size(packed_));
  return Status::kOk;
}

GitObjectReader::Status GitObjectReader::ReadLoose(
    const git_oid& id, const std::string& path, GitType* type,
    std::string* data, uint64_t* size, std::string* err) {
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Status::kMissing;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *err = "loose object is not a regular file";
    return Status::kCorrupt;
  }
  const uint64_t compressed_size = static_cast<uint64_t>(st.st_size);
  if (compressed_size > max_size_ + (1 << 20)) {
    close(fd);
    *size = compressed_size;
    *type = GitType::kBlob;
    return Status::kTooLarge;
  }
  compressed_.resize(compressed_size);
  size_t done = 0;
  while (done < compressed_size) {
    ssize_t got = read(fd, compressed_.data() + done, compressed_size - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    done += static_cast<size_t>(got);
  }
  close(fd);
  compressed_.resize(done);

  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    *err = "zlib: cannot initialise";
    return Status::kCorrupt;
  }
  stream.next_in = reinterpret_cast<Bytef*>(compressed_.data());
  stream.avail_in = static_cast<uInt>(compressed_.size());

  // Inflate just the header ("blob 1234\0") first.
  char header[kMaxHeader];
  stream.next_out = reinterpret_cast<Bytef*>(header);
  stream.avail_out = sizeof(header);
  int rc = Z_OK;
  const char* nul = nullptr;
  while (!nul && stream.avail_out > 0) {
    rc = inflate(&stream, Z_SYNC_FLUSH);
    size_t have = sizeof(header) - stream.avail_out;
    nul = static_cast<const char*>(std::memchr(header, '\0', have));
    if (rc != Z_OK) break;
  }
  auto corrupt = [&](const std::string& why) {
    inflateEnd(&stream);
    *err = why;
    return Status::kCorrupt;
  };
  if (!nul) return corrupt("loose object header is unreadable");
  std::string_view text(header, static_cast<size_t>(nul - header));
  size_t space = text.find(' ');
  uint64_t declared = 0;
  if (space == std::string_view::npos)
    return corrupt("loose object header is malformed");
  auto [end, ec] = std::from_chars(text.data() + space + 1,
                                   text.data() + text.size(), declared);
  if (ec != std::errc() || end != text.data() + text.size())
    return corrupt("loose object header has no valid size");
  *type = TypeFromName(text.substr(0, space));
  *size = declared;
  if (declared > compressed_.size() * kMaxDeflateRatio + kMaxHeader)
    return corrupt("loose object header claims " + std::to_string(declared) +
                   " bytes, more than its compressed data can hold");
  if (declared > max_size_) {
    inflateEnd(&stream);
    return Status::kTooLarge;
  }

  data->resize(declared);
  size_t already = sizeof(header) - stream.avail_out - (nul - header + 1);
  if (already > declared)
    return corrupt("loose object is longer than its header says");
  std::memcpy(data->data(), nul + 1, already);
  stream.next_out = reinterpret_cast<Bytef*>(data->data() + already);
  stream.avail_out = static_cast<uInt>(declared - already);
  while (rc == Z_OK && stream.avail_out > 0) {
    rc = inflate(&stream, Z_SYNC_FLUSH);
    if (rc == Z_BUF_ERROR && stream.avail_in == 0) break;
  }
  if (stream.avail_out > 0)
    return corrupt(rc == Z_DATA_ERROR ? "loose object data is corrupt"
                                      : "loose object is truncated");
  if (rc != Z_STREAM_END) {
    // All declared bytes are here; the stream must end now.
    char extra;
    stream.next_out = reinterpret_cast<Bytef*>(&extra);
    stream.avail_out = 1;
    rc = inflate(&stream, Z_FINISH);
    if (rc != Z_STREAM_END)
      return corrupt(stream.avail_out == 0
                         ? "loose object is longer than its header says"
                         : "loose object is truncated");
  }
  if (stream.avail_in > 0)
    return corrupt("loose object has " + std::to_string(stream.avail_in) +
                   " bytes of garbage after its data");
  inflateEnd(&stream);
  // The name is the only thing that binds a loose file to its content;
  // inflating costs several times what hashing does.
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  git_oid actual;
  if (EVP_DigestInit_ex(sha1_, EVP_sha1(), nullptr) != 1 ||
      EVP_DigestUpdate(sha1_, header, static_cast<size_t>(nul - header) + 1) !=
          1 ||
      EVP_DigestUpdate(sha1_, data->data(), data->size()) != 1 ||
      EVP_DigestFinal_ex(sha1_, digest, &digest_size) != 1 ||
      digest_size != GIT_OID_RAWSZ) {
    *err = "cannot compute SHA-1";
    return Status::kCorrupt;
  }
  git_oid_fromraw(&actual, digest);
  if (!git_oid_equal(&actual, &id)) {
    *err = "loose object's content hashes to " + OidHex(actual) +
           ", not to its name";
    return Status::kCorrupt;
  }
  return Status::kOk;
}

bool ParseCommit(std::string_view raw, ParsedCommit* commit, std::string* err) {
  bool have_tree = false;
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t eol = raw.find('\n', pos);
    if (eol == std::string_view::npos) eol = raw.size();
    std::string_view line = raw.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty()) {
      commit->message =
          pos <= raw.size() ? raw.substr(pos) : std::string_view();
      break;
    }
    if (line.rfind("tree ", 0) == 0 && !have_tree) {
      have_tree = ParseHex(line.substr(5), &commit->tree);
    } else if (line.rfind("parent ", 0) == 0) {
      git_oid parent;
      if (ParseHex(line.substr(7), &parent)) commit->parents.push_back(parent);
    } else if (line.rfind("author ", 0) == 0) {
      int64_t ignored = 0;
      ParseSignature(line.substr(7), &commit->author, &commit->email, &ignored);
    } else if (line.rfind("committer ", 0) == 0) {
      std::string name, email;
      ParseSignature(line.substr(10), &name, &email, &commit->time);
    }
  }
  if (!have_tree) *err = "commit has no valid tree line";
  return have_tree;
}

bool ParseTag(std::string_view raw, ParsedTag* tag, std::string* err) {
  if (raw.rfind("object ", 0) != 0 || !ParseHex(raw.substr(7), &tag->target)) {
    *err = "tag has no valid object line";
    return false;
  }
  size_t blank = raw.find("\n\n");
  tag->message = blank == std::string_view::npos ? std::string_view()
                                                 : raw.substr(blank + 2);
  return true;
}

bool ParseTree(std::string_view raw, std::vector<TreeEntry>* entries,
               std::string* err) {
  entries->clear();
  err->clear();
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t space = raw.find(' ', pos);
    size_t nul =
        space == std::string_view::npos ? space : raw.find('\0', space);
    if (nul == std::string_view::npos || nul + 1 + GIT_OID_RAWSZ > raw.size()) {
      if (err->empty())
        *err = "tree entry is truncated at byte " + std::to_string(pos);
      return false;
    }
    const size_t next = nul + 1 + GIT_OID_RAWSZ;
    uint32_t mode = 0;
    auto [end, ec] =
        std::from_chars(raw.data() + pos, raw.data() + space, mode, 8);
    if (ec != std::errc() || end != raw.data() + space) {
      // The entry's extent is still known: skip it, keep the rest.
      if (err->empty())
        *err = "tree entry has a bad mode at byte " + std::to_string(pos);
      pos = next;
      continue;
    }
    TreeEntry entry;
    entry.mode = mode;
    entry.name = raw.substr(space + 1, nul - space - 1);
    git_oid_fromraw(&entry.id, reinterpret_cast<const unsigned char*>(
                                   raw.data() + nul + 1));
    entries->push_back(entry);
    pos = next;
  }
  return err->empty();
}

std::string FormatTime(int64_t seconds) {
  time_t value = static_cast<time_t>(seconds);
  struct tm utc;
  if (!gmtime_r(&value, &utc)) return "";
  char text[32];
  if (std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc) == 0)
    return "";
  return text;
}

const TreeEntry* FindTreeEntry(const std::vector<TreeEntry>& entries,
                               std::vector<uint32_t>* by_name_index,
                               std::string_view name) {
  std::vector<uint32_t>& by_name = *by_name_index;
  if (by_name.size() != entries.size()) {
    by_name.resize(entries.size());
    for (uint32_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::sort(by_name.begin(), by_name.end(), [&](uint32_t a, uint32_t b) {
      return entries[a].name < entries[b].name;
    });
  }
  auto it = std::lower_bound(by_name.begin(), by_name.end(), name,
                             [&](uint32_t i, std::string_view key) {
                               return entries[i].name < key;
                             });
  return it != by_name.end() && entries[*it].name == name ? &entries[*it]
                                                          : nullptr;
}

}  // namespace leakgate
