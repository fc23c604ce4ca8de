// The pack index loader and the pack reader (PackSet, PackReader) over a
// pack directory written from each input. The first byte picks how:
//   even: raw files, "<4-byte big-endian idx length><idx><pack>" (seeds
//         from git pack-objects);
//   odd:  a description of up to 8 objects (whole, or OFS/REF deltas of an
//         earlier one with generated instructions) built into a sound
//         version-2 pack and index, then lies in entry and delta headers
//         and byte corruptions of either file, so that the fuzzer gets past
//         the index checks and deep into delta resolution.
// Every id the index lists, every described id and a few absent ones are
// read three times: in order, again in reverse with the same reader (its
// delta-base cache now warm) and with a fresh reader. Never a crash, a hang
// or a huge allocation; the three reads agree; kOk means size ==
// data.size() <= max_size, kTooLarge size > max_size, kCorrupt a message;
// and when nothing was corrupted every object reads back as described.

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "source/git/pack_reader.h"

namespace leakgate::fuzz {
namespace {

constexpr size_t kMaxObject = 64 << 10;  // keeps each input cheap
constexpr int kMaxObjects = 8;

// Reads the input front to back; zeros once it is used up.
class Cursor {
 public:
  explicit Cursor(std::string_view in) : in_(in) {}
  uint8_t Byte() {
    return pos_ < in_.size() ? static_cast<uint8_t>(in_[pos_++]) : 0;
  }
  // Big-endian; the high part first (operands of | are unsequenced).
  uint32_t U16() {
    const uint32_t high = Byte();
    return high << 8 | Byte();
  }
  uint32_t U24() {
    const uint32_t high = Byte();
    return high << 16 | U16();
  }
  uint32_t U32() {
    const uint32_t high = U16();
    return high << 16 | U16();
  }
  std::string Bytes(size_t n) {
    std::string out(in_.substr(std::min(pos_, in_.size()), n));
    pos_ += out.size();
    out.resize(n, '\0');
    return out;
  }
  std::string_view Rest() const {
    return pos_ < in_.size() ? in_.substr(pos_) : std::string_view();
  }
  bool Done() const { return pos_ >= in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

struct Object {
  int kind;  // 1 commit, 2 tree, 3 blob, 4 tag (the resolved type)
  int base;  // the delta's base object, or -1
  std::string content;
  git_oid id;
};

struct Built {
  std::string idx, pack;
  std::vector<Object> objects;
  bool exact = true;  // nothing corrupted: every object must read back
};

void Put32(std::string* out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out->push_back(static_cast<char>(v >> shift));
}

void PutVarint(std::string* out, uint64_t v) {
  do {
    out->push_back(static_cast<char>((v & 0x7f) | (v > 0x7f ? 0x80 : 0)));
    v >>= 7;
  } while (v);
}

std::string Sha1(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha1(), nullptr);
  return std::string(reinterpret_cast<char*>(digest), length);
}

git_object_t GitObjectType(int kind) {
  static const git_object_t types[] = {GIT_OBJECT_COMMIT, GIT_OBJECT_TREE,
                                       GIT_OBJECT_BLOB, GIT_OBJECT_TAG};
  return types[kind - 1];
}

GitType TypeOfKind(int kind) {
  static const GitType types[] = {GitType::kCommit, GitType::kTree,
                                  GitType::kBlob, GitType::kTag};
  return types[kind - 1];
}

// Instructions that turn `base` into a result of at most kMaxObject bytes
// (copies within the base, inserts of input bytes); `result` is what they
// make.
std::string MakeDelta(Cursor* in, const std::string& base,
                      std::string* result) {
  std::string ops;
  result->clear();
  for (int n = in->Byte() % 8; n > 0; --n) {
    const uint8_t op = in->Byte();
    if (op & 1 && !base.empty()) {
      const uint32_t offset = in->U16() % base.size();
      const uint32_t size = 1 + in->U16() % (base.size() - offset);
      if (result->size() + size > kMaxObject) break;
      // Offset and size little-endian, zero bytes left out (a size of
      // 0x10000 is written as none at all).
      std::string args;
      uint8_t code = 0x80;
      for (int i = 0; i < 4; ++i)
        if (const uint8_t b = offset >> (8 * i)) {
          code |= 1 << i;
          args.push_back(static_cast<char>(b));
        }
      for (int i = 0; i < 3 && size != 0x10000; ++i)
        if (const uint8_t b = size >> (8 * i)) {
          code |= 0x10 << i;
          args.push_back(static_cast<char>(b));
        }
      ops += static_cast<char>(code) + args;
      result->append(base, offset, size);
    } else {
      const size_t length = 1 + op % 127;
      if (result->size() + length > kMaxObject) break;
      const std::string bytes = in->Bytes(length);
      ops += static_cast<char>(length) + bytes;
      *result += bytes;
    }
  }
  return ops;
}

// zlib at `level`, a stream per level kept for the process (deflateInit
// allocates over 256 KiB, a cost that dominated each run).
std::string Compress(const std::string& data, int level) {
  static z_stream streams[10];
  static bool ready[10];
  z_stream& stream = streams[level];
  if (!ready[level]) FUZZ_CHECK(deflateInit(&stream, level) == Z_OK);
  ready[level] = true;
  FUZZ_CHECK(deflateReset(&stream) == Z_OK);
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  FUZZ_CHECK(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(out.size() - stream.avail_out);
  return out;
}

// A pack and its index from the description, then the corruptions.
Built Build(Cursor* in) {
  Built built;
  const uint8_t flags = in->Byte();
  const bool large_offsets = flags & 1;
  const int count = 1 + in->Byte() % kMaxObjects;
  std::vector<uint64_t> offsets;
  std::vector<uint32_t> crcs;
  built.pack = "PACK";
  Put32(&built.pack, 2);
  Put32(&built.pack, static_cast<uint32_t>(count));
  for (int i = 0; i < count; ++i) {
    const uint8_t form = in->Byte();
    const uint8_t lies = in->Byte();
    Object object;
    std::string stored;  // what is compressed: content or delta
    std::string entry;   // the entry's header
    uint64_t declared;
    int base = i > 0 && form & 2 ? in->Byte() % i : -1;
    object.base = base;
    if (base < 0) {
      object.kind = 1 + (form >> 2) % 4;
      const size_t length = in->Byte();
      const std::string piece = in->Bytes(length);
      // Some objects repeated up to the cap: large but cheap to store.
      const size_t copies =
          form & 1 && length > 0 ? 1 + in->U16() % (kMaxObject / length) : 1;
      for (size_t k = 0; k < copies; ++k) object.content += piece;
      stored = object.content;
      declared = stored.size();
      entry.push_back(static_cast<char>(object.kind << 4));
    } else {
      const Object& from = built.objects[static_cast<size_t>(base)];
      object.kind = from.kind;
      const std::string ops = MakeDelta(in, from.content, &object.content);
      uint64_t base_size = from.content.size();
      uint64_t result_size = object.content.size();
      if (lies & 0x08) base_size += in->Byte(), built.exact = false;
      if (lies & 0x10) result_size += in->U16(), built.exact = false;
      PutVarint(&stored, base_size);
      PutVarint(&stored, result_size);
      stored += ops;
      declared = stored.size();
      const bool ofs = form & 4;
      entry.push_back(static_cast<char>((ofs ? 6 : 7) << 4));
      if (ofs) {
        // Distance back to the base, git's offset encoding.
        uint64_t distance = built.pack.size() - offsets[base];
        std::string back(1, static_cast<char>(distance & 0x7f));
        while (distance >>= 7)
          back.insert(back.begin(),
                      static_cast<char>(0x80 | (--distance & 0x7f)));
        entry += back;
      } else {
        entry.append(reinterpret_cast<const char*>(from.id.id), GIT_OID_RAWSZ);
      }
    }
    if (lies & 0x20) {
      declared += static_cast<int8_t>(in->Byte());
      built.exact = false;
    }
    // The type/size header goes in front of the base reference: the size's
    // low four bits in the first byte, the rest in 7-bit groups.
    std::string header(1, static_cast<char>(entry[0] | (declared & 15)));
    for (uint64_t rest = declared >> 4; rest; rest >>= 7) {
      header.back() = static_cast<char>(header.back() | 0x80);
      header.push_back(static_cast<char>(rest & 0x7f));
    }
    entry.replace(0, 1, header);
    static const int levels[] = {0, 1, 6, 9};
    std::string data = Compress(stored, levels[lies & 3]);
    if (lies & 0x40) data += in->Bytes(in->Byte() % 16);  // ignored after
    if (lies & 0x80) {
      data.resize(data.size() -
                  std::min<size_t>(data.size(), 1 + in->Byte() % 8));
      built.exact = false;
    }
    entry += data;
    offsets.push_back(built.pack.size());
    crcs.push_back(static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(entry.data()), entry.size())));
    built.pack += entry;
    git_odb_hash(&object.id, object.content.data(), object.content.size(),
                 GitObjectType(object.kind));
    // Same content twice: another id, so that the index stays sorted.
    for (const Object& other : built.objects)
      if (git_oid_equal(&other.id, &object.id)) {
        object.id.id[19] ^= static_cast<unsigned char>(i + 1);
        object.id.id[18] ^= 0x5a;
      }
    built.objects.push_back(std::move(object));
  }
  built.pack += Sha1(built.pack);

  // The index: fan-out, sorted ids, CRCs, offsets (some through the 64-bit
  // table when asked), the pack's checksum and the index's own.
  std::vector<int> order(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return git_oid_cmp(&built.objects[a].id, &built.objects[b].id) < 0;
  });
  std::string& idx = built.idx;
  idx = "\377tOc";
  Put32(&idx, 2);
  for (int byte = 0, k = 0; byte < 256; ++byte) {
    while (k < count && built.objects[order[k]].id.id[0] <= byte) ++k;
    Put32(&idx, static_cast<uint32_t>(k));
  }
  for (int i : order)
    idx.append(reinterpret_cast<const char*>(built.objects[i].id.id),
               GIT_OID_RAWSZ);
  for (int i : order) Put32(&idx, crcs[i]);
  std::string large;
  for (int i : order) {
    if (large_offsets && (i & 1)) {
      Put32(&idx, 0x80000000u | static_cast<uint32_t>(large.size() / 8));
      Put32(&large, static_cast<uint32_t>(offsets[i] >> 32));
      Put32(&large, static_cast<uint32_t>(offsets[i]));
    } else {
      Put32(&idx, static_cast<uint32_t>(offsets[i]));
    }
  }
  idx += large;
  idx += built.pack.substr(built.pack.size() - 20);
  idx += Sha1(idx);

  // Corruptions: xor or set a byte, write 32 bits, or truncate, in either
  // file.
  while (!in->Done()) {
    const uint8_t op = in->Byte();
    std::string& file = op & 1 ? built.idx : built.pack;
    const uint32_t at = in->U24() % static_cast<uint32_t>(file.size() + 1);
    built.exact = false;
    switch ((op >> 1) % 4) {
      case 0:
        if (at < file.size()) file[at] ^= static_cast<char>(in->Byte() | 1);
        break;
      case 1:
        if (at < file.size()) file[at] = static_cast<char>(in->Byte());
        break;
      case 2: {
        std::string word;
        Put32(&word, in->U32());
        file.replace(at, std::min<size_t>(4, file.size() - at), word);
        break;
      }
      case 3:
        file.resize(at);
        break;
    }
  }
  return built;
}

// The pack directory, made once per process and removed at exit (a plain
// array: a static string could be destroyed before the exit handler runs).
// In memory when /dev/shm is there: rewriting files on a disk cost more
// than the reading.
char dir_name[64];

const char* Dir() {
  static const bool made = [] {
    std::snprintf(dir_name, sizeof(dir_name), "%s/fuzz_pack_reader.XXXXXX",
                  access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
    FUZZ_CHECK(mkdtemp(dir_name) != nullptr);
    FUZZ_CHECK(mkdir((std::string(dir_name) + "/pack").c_str(), 0700) == 0);
    std::atexit([] {
      for (const char* name :
           {"/pack/pack-fuzz.idx", "/pack/pack-fuzz.pack", "/pack", ""})
        std::remove((std::string(dir_name) + name).c_str());
    });
    return true;
  }();
  (void)made;
  return dir_name;
}

void Write(const std::string& path, std::string_view bytes) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FUZZ_CHECK(fd >= 0);
  FUZZ_CHECK(write(fd, bytes.data(), bytes.size()) ==
             static_cast<ssize_t>(bytes.size()));
  close(fd);
}

// The size of what the reader must refuse to make when asked for object
// `i`, or 0: the object, or a delta result on the way up from the bottom of
// its chain, larger than `max_size` (the whole object at the bottom is
// inflated whatever its size, unless it was asked for).
uint64_t Refused(const std::vector<Object>& objects, size_t i,
                 uint64_t max_size, bool asked = true) {
  const Object& object = objects[i];
  if (object.base >= 0)
    if (uint64_t below =
            Refused(objects, static_cast<size_t>(object.base), max_size, false))
      return below;
  const bool made = object.base >= 0 || asked;
  return made && object.content.size() > max_size ? object.content.size() : 0;
}

struct Outcome {
  PackReader::Status status;
  GitType type;
  uint64_t size;
  std::string data;
};

Outcome ReadOne(PackReader* reader, const PackSet& packs, const git_oid& id,
                uint64_t max_size) {
  Outcome out{};
  std::string_view data;
  std::string err;
  out.status = reader->Read(id, &out.type, &data, &out.size, &err);
  PackSet::Place place;
  switch (out.status) {
    case PackReader::Status::kOk:
      FUZZ_CHECK(out.size == data.size());
      FUZZ_CHECK(out.size <= max_size);
      out.data = data;
      break;
    case PackReader::Status::kTooLarge:
      FUZZ_CHECK(out.size > max_size);
      break;
    case PackReader::Status::kMissing:
      FUZZ_CHECK(!packs.Find(id, &place));
      break;
    case PackReader::Status::kCorrupt:
      FUZZ_CHECK(!err.empty());
      break;
  }
  if (out.status != PackReader::Status::kCorrupt &&
      out.status != PackReader::Status::kMissing)
    FUZZ_CHECK(out.type != GitType::kOther);
  return out;
}

void Same(const Outcome& a, const Outcome& b) {
  FUZZ_CHECK(a.status == b.status);
  if (a.status == PackReader::Status::kOk ||
      a.status == PackReader::Status::kTooLarge) {
    FUZZ_CHECK(a.type == b.type);
    FUZZ_CHECK(a.size == b.size);
    FUZZ_CHECK(a.data == b.data);
  }
}

}  // namespace
}  // namespace leakgate::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  git_libgit2_init();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  using namespace leakgate;
  using namespace leakgate::fuzz;
  Cursor in(std::string_view(reinterpret_cast<const char*>(bytes), size));
  const uint8_t mode = in.Byte();
  static const uint64_t limits[] = {kMaxObject, 0, 1, 100, 4096, kMaxObject};
  const uint64_t max_size = limits[(mode >> 1) % 6];
  Built built;
  if (mode & 1) {
    built = Build(&in);
  } else {
    const uint32_t idx_size = in.U32();
    const std::string_view rest = in.Rest();
    built.idx = rest.substr(0, idx_size);
    built.pack = rest.substr(std::min<size_t>(idx_size, rest.size()));
    built.exact = false;
  }
  const std::string dir = Dir();
  Write(dir + "/pack/pack-fuzz.idx", built.idx);
  Write(dir + "/pack/pack-fuzz.pack", built.pack);

  PackSet packs;
  std::vector<std::string> problems;
  // Both ways of trusting the index: checked whole, or as lookups read it.
  packs.Load(dir, /*verify=*/size % 2 == 0, &problems);
  FUZZ_CHECK(packs.size() <= 1);
  for (const std::string& problem : problems) FUZZ_CHECK(!problem.empty());
  if (built.exact) FUZZ_CHECK(packs.size() == 1 && problems.empty());

  std::vector<git_oid> ids;
  for (const auto& [id, place] : packs.AllInPackOrder()) ids.push_back(id);
  for (const Object& object : built.objects) ids.push_back(object.id);
  // Ids no pack holds (or that a corrupt index happens to).
  git_oid absent;
  std::memset(absent.id, 0, sizeof(absent.id));
  ids.push_back(absent);
  std::memset(absent.id, 0xff, sizeof(absent.id));
  ids.push_back(absent);
  if (!built.objects.empty()) {
    absent = built.objects[0].id;
    absent.id[19] ^= 1;
    ids.push_back(absent);
  }

  PackReader reader(packs, max_size);
  std::vector<Outcome> first;
  for (const git_oid& id : ids)
    first.push_back(ReadOne(&reader, packs, id, max_size));
  for (size_t i = ids.size(); i-- > 0;)
    Same(first[i], ReadOne(&reader, packs, ids[i], max_size));
  PackReader fresh(packs, max_size);
  for (size_t i = ids.size(); i-- > 0;)
    Same(first[i], ReadOne(&fresh, packs, ids[i], max_size));

  if (built.exact) {
    const size_t listed = ids.size() - built.objects.size() - 3;
    for (size_t i = 0; i < built.objects.size(); ++i) {
      const Object& object = built.objects[i];
      const Outcome& got = first[listed + i];
      if (const uint64_t refused = Refused(built.objects, i, max_size)) {
        FUZZ_CHECK(got.status == PackReader::Status::kTooLarge);
        FUZZ_CHECK(got.size == refused);
      } else {
        FUZZ_CHECK(got.status == PackReader::Status::kOk);
        FUZZ_CHECK(got.data == object.content);
      }
      FUZZ_CHECK(got.type == TypeOfKind(object.kind));
    }
  }
  return 0;
}
