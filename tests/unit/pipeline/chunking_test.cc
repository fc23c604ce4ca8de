// Chunked scanning: a key straddling any chunk edge or power-of-two offset
// is found once, at the same line and column, whatever the chunk size.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <tuple>

#include "unit/test_engine.h"

namespace leakgate::testing {
namespace {

constexpr size_t kLineLength = 100;  // filler lines: 99 bytes + '\n'

// Filler text of `size` bytes: lowercase words, a newline every 100 bytes.
std::string Filler(size_t size) {
  std::string text(size, 'a');
  for (size_t i = 0; i < size; ++i)
    text[i] = (i % kLineLength == kLineLength - 1) ? '\n'
              : (i % 7 == 6)                       ? ' '
                             : static_cast<char>('a' + i % 23);
  return text;
}

// Plants `key` at `offset` (overwriting filler, never a newline) and returns
// its expected spot.
Spot Plant(std::string* text, size_t offset, std::string_view key) {
  text->replace(offset, key.size(), key);
  // Keep the planted key delimited: a space on each side.
  (*text)[offset - 1] = ' ';
  (*text)[offset + key.size()] = ' ';
  // Lines are 100 bytes; a planted key may overwrite one newline, which
  // merges two lines: recompute from the text itself.
  uint64_t line = 1 + static_cast<uint64_t>(std::count(
                          text->begin(), text->begin() + offset, '\n'));
  size_t line_start = text->rfind('\n', offset);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  uint64_t column = offset - line_start + 1;
  return {"aws-access-key-id", line, column, column + key.size()};
}

std::vector<Spot> ScanInChunks(const std::string& text, size_t chunk_size) {
  BlobScanSettings settings;
  settings.chunk_size = chunk_size;
  BlobScanner scanner(EmbeddedEngine(), settings);
  size_t at = 0;
  ReadFn read = [&](char* buf, size_t size) -> long {
    size_t n = std::min(size, text.size() - at);
    std::memcpy(buf, text.data() + at, n);
    at += n;
    return static_cast<long>(n);
  };
  std::vector<Finding> findings;
  uint64_t bytes = 0;
  std::string err;
  EXPECT_EQ(scanner.ScanStream(read, "t", &findings, &bytes, &err),
            BlobScanner::Status::kOk);
  EXPECT_EQ(bytes, text.size());
  return Spots(findings);
}

TEST(ChunkingTest, KeysStraddlingPowersOfTwoFromTwoToTheTwelveToTwentyFour) {
  std::string text = Filler((size_t{1} << 24) + 4096);
  std::vector<Spot> expected;
  for (int k = 12; k <= 24; ++k) {
    // Straddle 2^k: the boundary falls 10 bytes into the key.
    expected.push_back(Plant(&text, (size_t{1} << k) - 10, kKeyId));
  }
  std::sort(expected.begin(), expected.end(), [](const Spot& a, const Spot& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  // Chunk sizes that put buffer edges on powers of two and between them.
  for (size_t chunk :
       {size_t{1} << 15, size_t{1} << 16, (size_t{1} << 20) + 12345,
        size_t{8} << 20, size_t{64} << 20}) {
    SCOPED_TRACE("chunk size " + std::to_string(chunk));
    EXPECT_EQ(ScanInChunks(text, chunk), expected);
  }
}

TEST(ChunkingTest, KeyAtEveryOffsetAroundTheFirstChunkEdge) {
  const size_t chunk = size_t{1} << 15;
  const std::string base = Filler(3 * chunk);
  // The first buffer ends at `chunk`; its owned range ends `margin` before.
  for (size_t edge : {chunk, chunk / 2}) {
    for (size_t offset = edge - 40; offset <= edge + 20; ++offset) {
      std::string text = base;
      std::vector<Spot> expected{Plant(&text, offset, kKeyId)};
      SCOPED_TRACE("key at " + std::to_string(offset));
      ASSERT_EQ(ScanInChunks(text, chunk), expected);
    }
  }
}

TEST(ChunkingTest, SecretKeyNearItsIdAcrossAnEdgeIsLinked) {
  const size_t chunk = size_t{1} << 15;
  std::string text = Filler(3 * chunk);
  // Key ID just before the first edge, secret 3 lines later, after it.
  std::string id_line = std::string("\nid = ") + kKeyId + "\n";
  std::string secret_line = std::string("\ns = '") + kSecretKey + "'\n";
  size_t id_at = chunk - 150;
  text.replace(id_at, id_line.size(), id_line);
  size_t secret_at = id_at + 300;
  text.replace(secret_at, secret_line.size(), secret_line);
  std::vector<Spot> spots = ScanInChunks(text, chunk);
  ASSERT_EQ(spots.size(), 2u);
  EXPECT_EQ(spots[0].rule, "aws-access-key-id");
  EXPECT_EQ(spots[1].rule, "aws-secret-access-key");
  EXPECT_EQ(spots, ScanInChunks(text, size_t{8} << 20));
}

TEST(ChunkingTest, SnippetsMaskASecretThatTheNextChunkReports) {
  // Two secret keys on one line, the owned range of the first buffer ending
  // between them: each finding's line must show the other one masked too.
  const size_t chunk = size_t{1} << 15;
  const size_t margin = EmbeddedEngine().rules.MaxContext() + 256;
  const size_t owned_end = std::max(chunk, 4 * margin) - margin;
  const std::string line = std::string("\nAWS_SECRET_ACCESS_KEY=") +
                           kSecretKey +
                           " aws_secret_access_key=" + kOtherSecretKey + "\n";
  const size_t first_end = line.find(kSecretKey) + 40;
  const std::string base = Filler(3 * chunk);
  BlobScanSettings settings;
  settings.chunk_size = chunk;
  BlobScanner scanner(EmbeddedEngine(), settings);
  for (size_t shift = 0; shift <= 80; shift += 4) {
    std::string text = base;
    const size_t at = owned_end - first_end + 1 - 40 + shift;
    text.replace(at, line.size(), line);
    SCOPED_TRACE("line at " + std::to_string(at));
    size_t pos = 0;
    std::vector<Finding> findings;
    uint64_t bytes = 0;
    std::string err;
    scanner.ScanStream(MemoryReader(text, &pos), "t", &findings, &bytes, &err);
    ASSERT_EQ(findings.size(), 2u);
    for (const Finding& finding : findings) {
      EXPECT_EQ(finding.snippet.find(kSecretKey), std::string::npos);
      EXPECT_EQ(finding.snippet.find(kOtherSecretKey), std::string::npos);
    }
    EXPECT_EQ(Spots(findings), ScanInChunks(text, size_t{8} << 20));
  }
}

}  // namespace
}  // namespace leakgate::testing
