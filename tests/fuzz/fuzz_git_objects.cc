// The raw commit, tree and tag parsers over arbitrary bytes (each input goes
// to all three). Never a crash; every view they return lies inside the
// input; and what they find is what the bytes say:
//   tree:   entries tile the input exactly ("<octal mode> <name>\0<20-byte
//           id>" each), names hold no NUL, ids are the raw bytes;
//   commit: the message is everything after the first empty line; success
//           means a well-formed "tree <40 hex>" line before it;
//   tag:    the target is the hex after "object ", the message what follows
//           the first empty line.

#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "source/git/git_objects.h"

namespace leakgate::fuzz {
namespace {

bool Inside(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;  // an empty view may point anywhere
  return part.data() >= whole.data() &&
         part.data() + part.size() <= whole.data() + whole.size();
}

// The message after the first empty line: "\n\n", or a leading "\n".
std::string_view MessageOf(std::string_view raw) {
  if (!raw.empty() && raw[0] == '\n') return raw.substr(1);
  const size_t blank = raw.find("\n\n");
  return blank == std::string_view::npos ? std::string_view()
                                         : raw.substr(blank + 2);
}

// "<name>\0<20-byte id>" at `at`, after a space, inside the input.
void CheckEntry(std::string_view raw, size_t at, const TreeEntry& entry) {
  FUZZ_CHECK(at > 0 && at <= raw.size() && raw[at - 1] == ' ');
  FUZZ_CHECK(entry.name.find('\0') == std::string_view::npos);
  const size_t nul = at + entry.name.size();
  FUZZ_CHECK(nul + 21 <= raw.size() && raw[nul] == '\0');
  FUZZ_CHECK(std::memcmp(entry.id.id, raw.data() + nul + 1, 20) == 0);
}

void CheckTree(std::string_view raw) {
  std::vector<TreeEntry> entries;
  std::string err;
  const bool ok = ParseTree(raw, &entries, &err);
  FUZZ_CHECK(ok == err.empty());
  // Every entry returned, whether or not the whole tree parses. (An empty
  // name has no address of its own to check.)
  const char* last = raw.data();
  for (const TreeEntry& entry : entries) {
    FUZZ_CHECK(Inside(entry.name, raw));
    if (entry.name.empty()) continue;
    FUZZ_CHECK(entry.name.data() > last);
    last = entry.name.data();
    CheckEntry(raw, static_cast<size_t>(last - raw.data()), entry);
  }
  if (!ok) return;
  // A tree that parses is those entries and nothing else: each one the
  // octal digits of its mode, a space, the name, NUL and the id.
  size_t pos = 0;
  for (const TreeEntry& entry : entries) {
    const size_t space = raw.find(' ', pos);
    FUZZ_CHECK(space != std::string_view::npos && space > pos);
    uint32_t mode = 0;
    for (size_t k = pos; k < space; ++k) {
      FUZZ_CHECK(raw[k] >= '0' && raw[k] <= '7');
      mode = mode * 8 + static_cast<uint32_t>(raw[k] - '0');
    }
    FUZZ_CHECK(mode == entry.mode);
    FUZZ_CHECK(entry.name.empty() || entry.name.data() == raw.data() + space + 1);
    CheckEntry(raw, space + 1, entry);
    pos = space + 1 + entry.name.size() + 21;
  }
  FUZZ_CHECK(pos == raw.size());
}

void CheckCommit(std::string_view raw) {
  ParsedCommit commit;
  std::string err;
  const bool ok = ParseCommit(raw, &commit, &err);
  FUZZ_CHECK(ok == err.empty());
  FUZZ_CHECK(Inside(commit.message, raw));
  if (ok) {
    FUZZ_CHECK(commit.message == MessageOf(raw));
    // A "tree " line of the header (before the message) holds the parsed
    // tree's 40 hex digits (in either case).
    const std::string_view header =
        raw.substr(0, raw.size() - commit.message.size());
    const std::string hex = OidHex(commit.tree);
    bool named = false;
    for (size_t at = 0; at < header.size() && !named;) {
      size_t eol = header.find('\n', at);
      if (eol == std::string_view::npos) eol = header.size();
      std::string_view line = header.substr(at, eol - at);
      if (line.rfind("tree ", 0) == 0 && line.size() >= 45) {
        std::string digits(line.substr(5, 40));
        for (char& c : digits) c = static_cast<char>(std::tolower(c));
        named = digits == hex;
      }
      at = eol + 1;
    }
    FUZZ_CHECK(named);
  }
  FUZZ_CHECK(commit.parents.size() <= (raw.size() + 1) / 48);
  FUZZ_CHECK(commit.author.size() <= raw.size());
  FUZZ_CHECK(commit.email.size() <= raw.size());
  const std::string when = FormatTime(commit.time);
  FUZZ_CHECK(when.empty() || when.back() == 'Z');
}

void CheckTag(std::string_view raw) {
  ParsedTag tag;
  std::string err;
  const bool ok = ParseTag(raw, &tag, &err);
  FUZZ_CHECK(ok == err.empty());
  FUZZ_CHECK(Inside(tag.message, raw));
  if (!ok) return;
  FUZZ_CHECK(raw.rfind("object ", 0) == 0 && raw.size() >= 47);
  git_oid expected;
  FUZZ_CHECK(git_oid_fromstrn(&expected, raw.data() + 7, 40) == 0);
  FUZZ_CHECK(git_oid_equal(&expected, &tag.target));
  const size_t blank = raw.find("\n\n");
  FUZZ_CHECK(tag.message == (blank == std::string_view::npos
                                 ? std::string_view()
                                 : raw.substr(blank + 2)));
}

}  // namespace
}  // namespace leakgate::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // libFuzzer's buffer is exactly `size` bytes: a read past it is caught.
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  leakgate::fuzz::CheckTree(raw);
  leakgate::fuzz::CheckCommit(raw);
  leakgate::fuzz::CheckTag(raw);
  return 0;
}
