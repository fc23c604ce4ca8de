// The UTF-16 decoder and reader.
//
// Input: the bytes to decode, then (from the end) the byte order and a seed
// for split points and read sizes. Checked:
//   - decoding at once equals a plain reference decoder over the whole
//     input (pairs combine; a lone surrogate, and an odd last byte, are each
//     one U+FFFD), and the output is well-formed UTF-8;
//   - decoding in arbitrary pieces equals decoding at once;
//   - UTF-16 made from code points (ASCII only, and any) decodes to exactly
//     their UTF-8;
//   - Utf16Reader, given a head and the rest through short reads, yields the
//     UTF-8 BOM then the decoding of head + rest, and counts the rest's bytes;
//   - SniffBom names the encoding of FF FE and FE FF only.

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "leakgate/utf16.h"

namespace leakgate::fuzz {
namespace {

void Utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | cp >> 6);
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | cp >> 12);
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | cp >> 18);
    *out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    *out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string Reference(std::string_view in, bool big_endian) {
  std::vector<uint32_t> units;
  for (size_t i = 0; i + 1 < in.size(); i += 2) {
    const uint32_t a = static_cast<unsigned char>(in[i]);
    const uint32_t b = static_cast<unsigned char>(in[i + 1]);
    units.push_back(big_endian ? a << 8 | b : b << 8 | a);
  }
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    const uint32_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units.size() &&
        units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      Utf8(0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00), &out);
      ++i;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      Utf8(0xFFFD, &out);
    } else {
      Utf8(u, &out);
    }
  }
  if (in.size() % 2) Utf8(0xFFFD, &out);
  return out;
}

void Unit(uint32_t unit, bool big_endian, std::string* out) {
  const char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit);
  out->push_back(big_endian ? hi : lo);
  out->push_back(big_endian ? lo : hi);
}

std::string Encode(const std::vector<uint32_t>& code_points, bool big_endian) {
  std::string out;
  for (uint32_t cp : code_points) {
    if (cp < 0x10000) {
      Unit(cp, big_endian, &out);
    } else {
      Unit(0xD800 + ((cp - 0x10000) >> 10), big_endian, &out);
      Unit(0xDC00 + ((cp - 0x10000) & 0x3FF), big_endian, &out);
    }
  }
  return out;
}

std::string DecodeAll(std::string_view in, bool big_endian) {
  Utf16Decoder decoder(big_endian);
  std::string out;
  decoder.Decode(in, &out);
  decoder.Finish(&out);
  return out;
}

void CheckDecoder(std::string_view in, bool big_endian, Choices* choices) {
  const std::string whole = DecodeAll(in, big_endian);
  FUZZ_CHECK(whole == Reference(in, big_endian));
  FUZZ_CHECK(IsUtf8(whole));

  Utf16Decoder decoder(big_endian);
  std::string pieces;
  for (size_t at = 0; at < in.size();) {
    const size_t n = std::min<size_t>(in.size() - at, choices->Between(0, 9));
    decoder.Decode(in.substr(at, n), &pieces);
    at += n;
  }
  decoder.Finish(&pieces);
  FUZZ_CHECK(pieces == whole);
  // A decoder is reusable after Finish.
  decoder.Decode(in, &pieces);
  decoder.Finish(&pieces);
  FUZZ_CHECK(pieces == whole + whole);
}

void CheckRoundTrip(std::string_view in, bool big_endian) {
  std::vector<uint32_t> ascii, any;
  std::string ascii_text, any_text;
  for (unsigned char c : in) {
    ascii.push_back(c & 0x7F);
    ascii_text += static_cast<char>(c & 0x7F);
  }
  FUZZ_CHECK(DecodeAll(Encode(ascii, big_endian), big_endian) == ascii_text);
  for (size_t i = 0; i + 2 < in.size(); i += 3) {
    uint32_t cp = (static_cast<uint32_t>(static_cast<unsigned char>(in[i])) << 16 |
                   static_cast<uint32_t>(static_cast<unsigned char>(in[i + 1])) << 8 |
                   static_cast<unsigned char>(in[i + 2])) %
                  0x110000;
    if (cp >= 0xD800 && cp <= 0xDFFF) cp -= 0x800;  // not a scalar value
    any.push_back(cp);
    Utf8(cp, &any_text);
  }
  FUZZ_CHECK(DecodeAll(Encode(any, big_endian), big_endian) == any_text);
}

void CheckReader(std::string_view body, bool big_endian, Choices* choices) {
  const size_t head_size =
      static_cast<size_t>(choices->Between(0, std::min<size_t>(body.size(), 64)));
  const std::string_view rest = body.substr(head_size);
  size_t at = 0;
  ReadFn read = [&](char* buf, size_t size) -> long {
    const size_t n =
        std::min({size, rest.size() - at,
                  static_cast<size_t>(choices->Between(1, 700))});
    std::memcpy(buf, rest.data() + at, n);
    at += n;
    return static_cast<long>(n);
  };
  uint64_t raw_bytes = 0;
  ReadFn reader =
      Utf16Reader(std::string(body.substr(0, head_size)), read,
                  big_endian ? TextEncoding::kUtf16Be : TextEncoding::kUtf16Le,
                  &raw_bytes);
  std::string out;
  for (int calls = 0;; ++calls) {
    FUZZ_CHECK(calls < 1000000);
    char buf[512];
    const size_t want = static_cast<size_t>(choices->Between(1, sizeof(buf)));
    const long got = reader(buf, want);
    FUZZ_CHECK(got >= 0 && static_cast<size_t>(got) <= want);
    if (got == 0) break;
    out.append(buf, static_cast<size_t>(got));
  }
  FUZZ_CHECK(out == "\xEF\xBB\xBF" + DecodeAll(body, big_endian));
  FUZZ_CHECK(raw_bytes == rest.size());
  FUZZ_CHECK(at == rest.size());
  // Once ended, it stays ended.
  char one;
  FUZZ_CHECK(reader(&one, 1) == 0);
}

}  // namespace
}  // namespace leakgate::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leakgate;
  FuzzedDataProvider provider(data, size);
  const bool big_endian = provider.ConsumeBool();
  fuzz::Choices choices(provider.ConsumeIntegral<uint64_t>());
  const std::string in = provider.ConsumeRemainingBytesAsString();

  const TextEncoding sniffed = SniffBom(in);
  if (in.size() >= 2 && in[0] == '\xFF' && in[1] == '\xFE')
    FUZZ_CHECK(sniffed == TextEncoding::kUtf16Le);
  else if (in.size() >= 2 && in[0] == '\xFE' && in[1] == '\xFF')
    FUZZ_CHECK(sniffed == TextEncoding::kUtf16Be);
  else
    FUZZ_CHECK(sniffed == TextEncoding::kUtf8);

  // A file's mark decides its byte order; other inputs use the flag.
  const bool be = sniffed == TextEncoding::kUtf8
                      ? big_endian
                      : sniffed == TextEncoding::kUtf16Be;
  const std::string_view body = sniffed == TextEncoding::kUtf8
                                    ? std::string_view(in)
                                    : std::string_view(in).substr(2);
  fuzz::CheckDecoder(body, be, &choices);
  fuzz::CheckRoundTrip(body, be);
  fuzz::CheckReader(body, be, &choices);
  return 0;
}
