// UTF-16 decoding, and UTF-16 files scanned as their UTF-8 text.

#include "leakgate/utf16.h"

#include <gtest/gtest.h>

#include <string>

#include "unit/test_engine.h"

namespace leakgate::testing {
namespace {

// `text` (ASCII or UTF-8 of the BMP plus pairs) as UTF-16 code units.
std::string Encode16(std::u16string_view text, bool big_endian) {
  std::string out;
  for (char16_t unit : text) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    out += big_endian ? std::string{high, low} : std::string{low, high};
  }
  return out;
}

std::string DecodeAll(std::string_view bytes, bool big_endian) {
  Utf16Decoder decoder(big_endian);
  std::string out;
  decoder.Decode(bytes, &out);
  decoder.Finish(&out);
  return out;
}

TEST(Utf16Test, SniffsOnlyUtf16Marks) {
  EXPECT_EQ(SniffBom("\xFF\xFE"
                     "a"),
            TextEncoding::kUtf16Le);
  EXPECT_EQ(SniffBom("\xFE\xFF"), TextEncoding::kUtf16Be);
  EXPECT_EQ(SniffBom("\xEF\xBB\xBF"), TextEncoding::kUtf8);
  EXPECT_EQ(SniffBom("\xFF"), TextEncoding::kUtf8);
  EXPECT_EQ(SniffBom(""), TextEncoding::kUtf8);
}

TEST(Utf16Test, DecodesBothByteOrdersAndSurrogatePairs) {
  // "aé€" then U+1F511 (a key emoji) as a surrogate pair.
  const std::u16string text = u"a\u00e9\u20ac\U0001F511";
  const std::string utf8 = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\x91";
  EXPECT_EQ(DecodeAll(Encode16(text, false), false), utf8);
  EXPECT_EQ(DecodeAll(Encode16(text, true), true), utf8);
}

TEST(Utf16Test, SplitsAnywhereDecodeTheSame) {
  const std::string bytes = Encode16(u"key \U0001F511 AKIA\u00e9", false);
  const std::string whole = DecodeAll(bytes, false);
  for (size_t cut = 0; cut <= bytes.size(); ++cut) {
    Utf16Decoder decoder(false);
    std::string out;
    decoder.Decode(std::string_view(bytes).substr(0, cut), &out);
    decoder.Decode(std::string_view(bytes).substr(cut), &out);
    decoder.Finish(&out);
    EXPECT_EQ(out, whole) << "cut at " << cut;
  }
}

TEST(Utf16Test, MalformedInputBecomesReplacementCharacters) {
  const std::string replacement = "\xEF\xBF\xBD";
  // A lone low surrogate, a high surrogate before a letter, a dangling
  // high surrogate and a dangling odd byte at the end.
  std::string bytes = Encode16(u"\xDC00", false) + Encode16(u"\xD800x", false);
  EXPECT_EQ(DecodeAll(bytes, false), replacement + replacement + "x");
  EXPECT_EQ(DecodeAll(Encode16(u"y\xD83D", false), false), "y" + replacement);
  EXPECT_EQ(DecodeAll(Encode16(u"z", false) + "A", false), "z" + replacement);
}

TEST(Utf16Test, ReaderPrependsTheUtf8MarkAndDecodesHeadThenRest) {
  const std::string head = Encode16(u"ab", true);
  const std::string rest = Encode16(u"c\u00e9", true);
  size_t at = 0;
  uint64_t raw = 0;
  ReadFn read =
      Utf16Reader(head, MemoryReader(rest, &at), TextEncoding::kUtf16Be, &raw);
  std::string out;
  char buf[3];
  for (long got; (got = read(buf, sizeof buf)) > 0;) out.append(buf, got);
  EXPECT_EQ(out,
            "\xEF\xBB\xBF"
            "abc\xC3\xA9");
  EXPECT_EQ(raw, rest.size());
}

// A .reg-style file as Windows tools write it: UTF-16 with a mark and CRLF.
std::string WindowsFile(bool big_endian) {
  const std::u16string text =
      u"Windows Registry Editor\r\n"
      u"\"AccessKey\"=\"AKIAYVP4CIPPERUVIFXG\"\r\n"
      u"\"Secret\"=\"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\"\r\n";
  std::string file = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  file += Encode16(text, big_endian);
  return file;
}

TEST(Utf16Test, KeysInUtf16FilesAreFoundAtTheirDecodedLineAndColumn) {
  for (bool big_endian : {false, true}) {
    const std::vector<Spot> expected = {
        {"aws-access-key-id", 2, 14, 34},
        {"aws-secret-access-key", 3, 11, 51},
    };
    EXPECT_EQ(ScanSpots(WindowsFile(big_endian)), expected)
        << (big_endian ? "UTF-16BE" : "UTF-16LE");
  }
}

TEST(Utf16Test, InMemoryBlobsAndTinyChunksFindTheSame) {
  const std::string file = WindowsFile(false);
  BlobScanSettings settings;
  BlobScanner whole(EmbeddedEngine(), settings);
  std::vector<Finding> from_buffer;
  whole.ScanBuffer(file, "blob", &from_buffer);
  settings.chunk_size = 1;  // raised to the minimum the margin allows
  BlobScanner small(EmbeddedEngine(), settings);
  std::vector<Finding> from_stream;
  size_t at = 0;
  uint64_t bytes = 0;
  std::string err;
  small.ScanStream(MemoryReader(file, &at), "blob", &from_stream, &bytes, &err);
  EXPECT_EQ(Spots(from_buffer), Spots(from_stream));
  EXPECT_EQ(Spots(from_buffer).size(), 2u);
  EXPECT_EQ(bytes, file.size());
}

}  // namespace
}  // namespace leakgate::testing
