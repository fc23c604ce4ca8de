// The decoding layers: which spans each finds, what they decode to and
// where decoded bytes map back to.

#include "leakgate/decode.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace leakgate {
namespace {

std::vector<DecodedSpan> FindAll(const std::string& text) {
  std::vector<DecodedSpan> spans;
  SpanDecoder().Find(text.data(), text.size(), true, true, &spans);
  return spans;
}

TEST(SpanDecoder, Base64OfTextIsDecodedAtItsSpan) {
  // base64 of "password=Tr0ub4dor&3xq-correct-horse"
  const std::string text =
      "data:\n  value: cGFzc3dvcmQ9VHIwdWI0ZG9yJjN4cS1jb3JyZWN0LWhvcnNl\n";
  const std::vector<DecodedSpan> spans = FindAll(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].encoding, Encoding::kBase64);
  EXPECT_EQ(spans[0].begin, text.find("cGFz"));
  EXPECT_EQ(spans[0].end, text.find('\n', spans[0].begin));
  EXPECT_EQ(spans[0].text, "password=Tr0ub4dor&3xq-correct-horse");
  size_t begin = 0, end = 0;
  spans[0].MapBack(3, 6, &begin, &end);  // base64 maps only as a whole
  EXPECT_EQ(begin, spans[0].begin);
  EXPECT_EQ(end, spans[0].end);
}

TEST(SpanDecoder, UrlSafeBase64AndPaddingAreIncluded) {
  // URL-safe base64 of "user:pa55?word>>>x" (has '-' / '_' in it) + padding.
  const std::string text = "auth=dXNlcjpwYTU1P3dvcmQ-Pj54eHh4eHh4eA==;";
  const std::vector<DecodedSpan> spans = FindAll(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].text, "user:pa55?word>>>xxxxxxxx");
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "dXNlcjpwYTU1P3dvcmQ-Pj54eHh4eHh4eA==");
}

TEST(SpanDecoder, IdentifiersHashesAndBinaryAreNotDecoded) {
  EXPECT_TRUE(FindAll("sha = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n").empty());
  EXPECT_TRUE(FindAll("name: SOME_VERY_LONG_CONSTANT_NAME_WITHOUT_LOWER\n").empty());
  EXPECT_TRUE(FindAll("path: src/main/java/com/example/service/impl\n").empty());
  // base64 of random bytes (not printable once decoded).
  EXPECT_TRUE(FindAll("blob: 3q2+7wABAgP/8PHy8/T19vf4+fr7/P3+/wABAgM=\n").empty());
  // Too short to hold a token.
  EXPECT_TRUE(FindAll("x: aGVsbG8gd29ybGQ=\n").empty());
}

TEST(SpanDecoder, RunCutByTheBufferEdgeIsLeftToTheNextChunk) {
  const std::string text = "cGFzc3dvcmQ9VHIwdWI0ZG9yJjN4cS1jb3JyZWN0LWhvcnNl";
  std::vector<DecodedSpan> spans;
  SpanDecoder().Find(text.data(), text.size(), true, false, &spans);
  EXPECT_TRUE(spans.empty());
  SpanDecoder().Find(text.data(), text.size(), false, true, &spans);
  EXPECT_TRUE(spans.empty());
}

TEST(SpanDecoder, PercentEncodingMapsEachByteBack) {
  const std::string text = "url=https://h/?key=wJal%2FrXUt%2BnFEMI%3D\n";
  const std::vector<DecodedSpan> spans = FindAll(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].encoding, Encoding::kPercent);
  const size_t at = spans[0].text.find("wJal/rXUt+nFEMI=");
  ASSERT_NE(at, std::string::npos);
  size_t begin = 0, end = 0;
  spans[0].MapBack(at, at + 16, &begin, &end);
  EXPECT_EQ(text.substr(begin, end - begin), "wJal%2FrXUt%2BnFEMI%3D");
}

TEST(SpanDecoder, JsonEscapesAndXmlEntities) {
  const std::string json = R"({"cfg": "{\"k\": \"ab\/cd\u0041\"}"})";
  std::vector<DecodedSpan> spans = FindAll(json);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].encoding, Encoding::kJsonEscape);
  EXPECT_NE(spans[0].text.find(R"({"k": "ab/cdA"})"), std::string::npos);

  const std::string xml = "<v a=\"k=ab&#43;cd&amp;e&#x2F;f\"/>\n";
  spans = FindAll(xml);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].encoding, Encoding::kXmlEntity);
  EXPECT_NE(spans[0].text.find("k=ab+cd&e/f"), std::string::npos);
}

TEST(SpanDecoder, TextWithoutEscapesYieldsNothing) {
  EXPECT_TRUE(FindAll("100% sure & ready \\ or not\n").empty());
}

TEST(SpanDecoder, LongRunsAreBoundedBySpanLimit) {
  // A base64 run longer than kMaxEncodedSpan is not decoded at all.
  std::string text(SpanDecoder::kMaxEncodedSpan + 400, 'Q');
  for (size_t i = 0; i < text.size(); i += 4) text.replace(i, 4, "aGVs");
  EXPECT_TRUE(FindAll(text).empty());
}

}  // namespace
}  // namespace leakgate
