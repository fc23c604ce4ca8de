#include "leakgate/chunk_reader.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace leakgate {
namespace {

ReadFn ReaderOf(const std::string& text, size_t* at, size_t max_read) {
  return [&text, at, max_read](char* buf, size_t size) -> long {
    size_t n = std::min({size, text.size() - *at, max_read});
    std::memcpy(buf, text.data() + *at, n);
    *at += n;
    return static_cast<long>(n);
  };
}

TEST(ChunkReaderTest, OwnedRangesTileTheStreamExactlyOnce) {
  std::string text(10000, 'x');
  for (size_t i = 0; i < text.size(); ++i)
    text[i] = static_cast<char>('a' + i % 26);
  for (size_t max_read : {size_t{7}, size_t{4096}, size_t{1} << 20}) {
    ChunkReader reader(/*capacity=*/1000, /*margin=*/100);
    size_t at = 0;
    ReadFn read = ReaderOf(text, &at, max_read);
    std::string err;
    uint64_t next_owned = 0;
    uint64_t total = 0;
    while (reader.Next(read, &err) == ChunkReader::Status::kData) {
      // Buffer bytes are the stream's bytes at offset().
      ASSERT_EQ(std::string(reader.data(), reader.size()),
                text.substr(reader.offset(), reader.size()));
      uint64_t owned_begin = reader.offset() + reader.owned_begin();
      uint64_t owned_end = reader.offset() + reader.owned_end();
      EXPECT_EQ(owned_begin, next_owned);
      if (reader.offset() > 0) {
        EXPECT_GE(reader.owned_begin(), 100u);  // context before
      }
      if (!reader.at_end()) {
        EXPECT_LE(reader.owned_end() + 100, reader.size());  // context after
      }
      next_owned = owned_end;
      total += reader.bytes_read();
      if (reader.at_end()) break;
    }
    EXPECT_EQ(next_owned, text.size());
    EXPECT_EQ(total, text.size());
  }
}

TEST(ChunkReaderTest, ReportsReadErrors) {
  ChunkReader reader(1000, 100);
  ReadFn failing = [](char*, size_t) -> long {
    errno = EIO;
    return -1;
  };
  std::string err;
  EXPECT_EQ(reader.Next(failing, &err), ChunkReader::Status::kError);
  EXPECT_EQ(err, std::strerror(EIO));
}

TEST(ChunkReaderTest, EmptyStreamEndsAtOnce) {
  ChunkReader reader(1000, 100);
  std::string empty;
  size_t at = 0;
  std::string err;
  ReadFn read = ReaderOf(empty, &at, 100);
  EXPECT_EQ(reader.Next(read, &err), ChunkReader::Status::kData);
  EXPECT_EQ(reader.size(), 0u);
  EXPECT_TRUE(reader.at_end());
  EXPECT_EQ(reader.Next(read, &err), ChunkReader::Status::kEnd);
}

}  // namespace
}  // namespace leakgate
