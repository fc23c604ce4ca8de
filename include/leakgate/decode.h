// Decoding layers: encoded spans of a buffer (base64, percent-encoding,
// JSON string escapes, XML and HTML entities) and the text they decode to,
// so that a secret written in one of those forms is scanned as text too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace leakgate {

enum class Encoding { kBase64, kPercent, kJsonEscape, kXmlEntity };

/// "base64", "percent", "json-escape", "xml-entity": as reports name them.
const char* EncodingName(Encoding encoding);

/// One encoded span, [begin, end) of the buffer, and what it decodes to.
struct DecodedSpan {
  size_t begin = 0;
  size_t end = 0;
  Encoding encoding = Encoding::kBase64;
  std::string text;
  /// For each byte of `text` (and one past the last), the buffer offset of
  /// the encoded byte it came from; empty when the text maps only as a
  /// whole to [begin, end) (base64).
  std::vector<uint32_t> origin;

  /// The buffer span that `text`[b, e) was decoded from.
  void MapBack(size_t b, size_t e, size_t* out_begin, size_t* out_end) const;
};

/// Finds the encoded spans of buf[0, size) that decode to mostly printable
/// text and differ from it. A span touching the buffer's first byte (unless
/// `at_stream_start`) or its last (unless `at_stream_end`) may be cut and is
/// left alone. Cost is linear in `size`; each span is at most
/// kMaxEncodedSpan bytes (longer base64 runs and lines are not decoded), so
/// memory is bounded by the spans found.
class SpanDecoder {
 public:
  static constexpr size_t kMaxEncodedSpan = 64 << 10;
  /// Base64 runs shorter than this are not decoded: shorter than any token
  /// worth finding in them, and identifiers and hashes are shorter still.
  static constexpr size_t kMinBase64 = 24;

  /// Appends the spans found, ordered by `begin` within each encoding.
  void Find(const char* buf, size_t size, bool at_stream_start,
            bool at_stream_end, std::vector<DecodedSpan>* out) const;

 private:
  void FindBase64(const char* buf, size_t size, bool at_start, bool at_end,
                  std::vector<DecodedSpan>* out) const;
  void FindLineEncoded(const char* buf, size_t size, char marker,
                       Encoding encoding, std::vector<DecodedSpan>* out) const;
};

}  // namespace leakgate
