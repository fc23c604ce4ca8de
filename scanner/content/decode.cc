// Decoding layers. Secrets are committed encoded more often than one would
// think: a Kubernetes Secret's data is base64, a docker config's `auth` is
// base64 of user:password, a key in a URL is percent-encoded, an AWS secret
// key in JSON has its '/' escaped as "\/", one in an XML attribute its '+'
// as "&#43;". Each decoder here finds the spans of its encoding and decodes
// them into text that the engine scans again (blob_scanner.cc).
//
// Cost matters: every byte of every file passes through here. Base64 runs
// are found with a table lookup per byte; the other layers only look where
// their marker byte ('%', '\\', '&') is followed by a valid escape, and
// decode that line. Binary base64 (images, hashes) is rejected after its
// first 36 decoded bytes.

#include "leakgate/decode.h"

#include <emmintrin.h>
#include <tmmintrin.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace leakgate {
namespace {

// 0: not base64; 1: both alphabets; 2: standard only (+ /); 3: URL-safe
// only (- _).
constexpr std::array<uint8_t, 256> kBase64Class = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = 1;
  for (int c = '0'; c <= '9'; ++c) table[c] = 1;
  table['+'] = table['/'] = 2;
  table['-'] = table['_'] = 3;
  return table;
}();

constexpr std::array<int8_t, 256> kBase64Value = [] {
  std::array<int8_t, 256> table{};
  table.fill(-1);
  for (int i = 0; i < 26; ++i) table['A' + i] = static_cast<int8_t>(i);
  for (int i = 0; i < 26; ++i) table['a' + i] = static_cast<int8_t>(26 + i);
  for (int i = 0; i < 10; ++i) table['0' + i] = static_cast<int8_t>(52 + i);
  table['+'] = table['-'] = 62;
  table['/'] = table['_'] = 63;
  return table;
}();

// Which of the 16 bytes at `p` are base64 (either alphabet), as a bit
// mask; `standard` and `url_safe` get the bits of + / and - _. SSE2, which
// every x86-64 has: the forward scan through long runs (data: URIs,
// minified bundles) is the decoder's hot loop.
struct Base64Classes {
  uint32_t standard = 0;  // + /
  uint32_t url_safe = 0;  // - _
  uint32_t upper = 0;
  uint32_t lower = 0;
};

inline uint32_t Base64Mask(const unsigned char* p, Base64Classes* classes) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto in_range = [&](char low, int count) {
    const __m128i shifted =
        _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - low)));
    return _mm_cmplt_epi8(shifted,
                          _mm_set1_epi8(static_cast<char>(-128 + count)));
  };
  const __m128i upper = in_range('A', 26), lower = in_range('a', 26);
  const __m128i alnum =
      _mm_or_si128(_mm_or_si128(upper, lower), in_range('0', 10));
  const __m128i std_chars = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('/')));
  const __m128i url_chars = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
  classes->standard = static_cast<uint32_t>(_mm_movemask_epi8(std_chars));
  classes->url_safe = static_cast<uint32_t>(_mm_movemask_epi8(url_chars));
  classes->upper = static_cast<uint32_t>(_mm_movemask_epi8(upper));
  classes->lower = static_cast<uint32_t>(_mm_movemask_epi8(lower));
  return static_cast<uint32_t>(_mm_movemask_epi8(
      _mm_or_si128(alnum, _mm_or_si128(std_chars, url_chars))));
}

// The base64 bytes of the 16 at `p`, by nibble tables (SSSE3, which
// Hyperscan already requires): a byte is base64 when its low nibble's
// entry has the bit of its high nibble. Half the work of Base64Mask, for
// the scan over every byte; Base64Mask tells the classes apart in runs.
__attribute__((target("ssse3"))) inline uint32_t FastBase64Mask(
    const unsigned char* p) {
  // Bit h of entry l: byte 0xhl is in [A-Za-z0-9+/_-].
  const __m128i by_low = _mm_setr_epi8(
      static_cast<char>(0xa8), static_cast<char>(0xf8), static_cast<char>(0xf8),
      static_cast<char>(0xf8), static_cast<char>(0xf8), static_cast<char>(0xf8),
      static_cast<char>(0xf8), static_cast<char>(0xf8), static_cast<char>(0xf8),
      static_cast<char>(0xf8), static_cast<char>(0xf0), 0x54, 0x50, 0x54, 0x50,
      0x74);
  const __m128i by_high = _mm_setr_epi8(0, 0, 0x04, 0x08, 0x10, 0x20, 0x40,
                                        static_cast<char>(0x80), 0, 0, 0, 0, 0,
                                        0, 0, 0);
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i nibble = _mm_set1_epi8(0x0f);
  const __m128i low = _mm_and_si128(v, nibble);
  const __m128i high = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
  const __m128i hit = _mm_and_si128(_mm_shuffle_epi8(by_low, low),
                                    _mm_shuffle_epi8(by_high, high));
  return ~static_cast<uint32_t>(_mm_movemask_epi8(
             _mm_cmpeq_epi8(hit, _mm_setzero_si128()))) &
         0xffffu;
}

// Bit b: byte b of the 64 at `p` is base64. One call per block, so that
// the SSSE3 code inlines here rather than in callers built without it.
__attribute__((target("ssse3"))) uint64_t Base64BlockMask(
    const unsigned char* p) {
  uint64_t mask = 0;
  for (int k = 0; k < 4; ++k)
    mask |= static_cast<uint64_t>(FastBase64Mask(p + 16 * k)) << (16 * k);
  return mask;
}

bool Printable(unsigned char c) {
  return (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r';
}

// Decodes base64 text (either alphabet, no padding) into `out`, stopping
// early (false) when the first bytes are not mostly printable.
bool DecodeBase64(const char* text, size_t size, std::string* out) {
  // Random bytes are printable 37% of the time: 12 of them at 80% or more
  // almost never are, so binary (images, hashes) stops here.
  constexpr size_t kProbe = 12;
  out->clear();
  uint32_t bits = 0;
  int nbits = 0;
  size_t printable = 0;
  for (size_t i = 0; i < size; ++i) {
    bits = (bits << 6) | static_cast<uint32_t>(
                             kBase64Value[static_cast<unsigned char>(text[i])]);
    nbits += 6;
    if (nbits < 8) continue;
    nbits -= 8;
    const char byte = static_cast<char>((bits >> nbits) & 0xff);
    out->push_back(byte);
    printable += Printable(static_cast<unsigned char>(byte));
    if (out->size() == kProbe && printable * 10 < kProbe * 8) return false;
  }
  return out->size() >= 16 && printable * 10 >= out->size() * 9;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(uint32_t code, std::string* out) {
  if (code < 0x80) {
    out->push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (code >> 6)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xe0 | (code >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (code & 0x3f)));
  }
}

// Each line decoder reads one escape at text[i] (the marker byte) and
// appends what it stands for; it returns the escape's length, or 0 when
// there is none there (the byte is copied as it is).
size_t PercentEscape(const char* text, size_t size, size_t i,
                     std::string* out) {
  if (i + 2 >= size) return 0;
  const int high = HexValue(text[i + 1]);
  const int low = HexValue(text[i + 2]);
  if (high < 0 || low < 0) return 0;
  out->push_back(static_cast<char>(high * 16 + low));
  return 3;
}

size_t JsonEscape(const char* text, size_t size, size_t i, std::string* out) {
  if (i + 1 >= size) return 0;
  const char c = text[i + 1];
  switch (c) {
    case '"': case '\\': case '/': out->push_back(c); return 2;
    case 'n': out->push_back('\n'); return 2;
    case 't': out->push_back('\t'); return 2;
    case 'r': out->push_back('\r'); return 2;
    case 'b': out->push_back('\b'); return 2;
    case 'f': out->push_back('\f'); return 2;
    case 'u': break;
    default: return 0;
  }
  if (i + 6 > size) return 0;
  uint32_t code = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int digit = HexValue(text[k]);
    if (digit < 0) return 0;
    code = code * 16 + static_cast<uint32_t>(digit);
  }
  AppendUtf8(code, out);
  return 6;
}

size_t XmlEntity(const char* text, size_t size, size_t i, std::string* out) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"&quot;", '"'}, {"&apos;", '\''}, {"&amp;", '&'},
      {"&lt;", '<'},   {"&gt;", '>'}};
  const std::string_view rest(text + i, std::min<size_t>(size - i, 10));
  for (const auto& [name, value] : kNamed)
    if (rest.substr(0, name.size()) == name) {
      out->push_back(value);
      return name.size();
    }
  if (rest.size() < 4 || rest[1] != '#') return 0;
  const bool hex = rest[2] == 'x' || rest[2] == 'X';
  uint32_t code = 0;
  size_t k = hex ? 3 : 2;
  const size_t digits_from = k;
  for (; k < rest.size() && rest[k] != ';'; ++k) {
    const int digit = hex ? HexValue(rest[k])
                          : (rest[k] >= '0' && rest[k] <= '9' ? rest[k] - '0'
                                                              : -1);
    if (digit < 0) return 0;
    code = code * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
  }
  if (k == digits_from || k == rest.size() || code == 0 || code > 0xffff)
    return 0;
  AppendUtf8(code, out);
  return k + 1;
}

using EscapeFn = size_t (*)(const char*, size_t, size_t, std::string*);

EscapeFn EscapeFor(Encoding encoding) {
  switch (encoding) {
    case Encoding::kPercent: return PercentEscape;
    case Encoding::kJsonEscape: return JsonEscape;
    default: return XmlEntity;
  }
}

// A JSON escape worth decoding a line for: \" \/ \\ or \u. (A \n alone is
// a C string's, and hides nothing.)
bool StartsLineLayer(const char* buf, size_t size, size_t at,
                     Encoding encoding) {
  std::string ignored;
  if (encoding == Encoding::kJsonEscape)
    return at + 1 < size && std::strchr("\"/\\u", buf[at + 1]) != nullptr &&
           buf[at + 1] != '\0' && JsonEscape(buf, size, at, &ignored) != 0;
  return EscapeFor(encoding)(buf, size, at, &ignored) != 0;
}

}  // namespace

const char* EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kBase64: return "base64";
    case Encoding::kPercent: return "percent";
    case Encoding::kJsonEscape: return "json-escape";
    case Encoding::kXmlEntity: return "xml-entity";
  }
  return "";
}

void DecodedSpan::MapBack(size_t b, size_t e, size_t* out_begin,
                          size_t* out_end) const {
  if (origin.empty() || b >= e) {
    *out_begin = begin;
    *out_end = end;
    return;
  }
  *out_begin = origin[b];
  // The encoded form of the last byte ends where the next byte's begins.
  *out_end = origin[e];
}

void SpanDecoder::Find(const char* buf, size_t size, bool at_stream_start,
                       bool at_stream_end,
                       std::vector<DecodedSpan>* out) const {
  FindBase64(buf, size, at_stream_start, at_stream_end, out);
  FindLineEncoded(buf, size, '%', Encoding::kPercent, out);
  FindLineEncoded(buf, size, '\\', Encoding::kJsonEscape, out);
  FindLineEncoded(buf, size, '&', Encoding::kXmlEntity, out);
}

void SpanDecoder::FindBase64(const char* buf, size_t size, bool at_start,
                             bool at_end, std::vector<DecodedSpan>* out) const {
  const auto* bytes = reinterpret_cast<const unsigned char*>(buf);
  std::string decoded;
  auto consider = [&](size_t begin, size_t end) {
    if (end - begin < kMinBase64 || end - begin > kMaxEncodedSpan) return;
    if (!DecodeBase64(buf + begin, end - begin, &decoded)) return;
    size_t padded = end;
    while (padded < size && padded < end + 2 && buf[padded] == '=') ++padded;
    out->push_back({begin, padded, Encoding::kBase64, decoded, {}});
  };
  auto is_base64 = [&](size_t at) { return kBase64Class[bytes[at]] != 0; };
  // Handles the run that holds `at`: finds its ends, decodes it if it is
  // long enough; returns where the search goes on.
  auto run_at = [&](size_t at) {
    size_t begin = at;
    while (begin > 0 && is_base64(begin - 1)) --begin;
    size_t end = at;
    Base64Classes seen;  // which classes the run holds
    for (;;) {  // forward, 16 bytes at a time
      if (end + 16 > size) {
        for (; end < size && is_base64(end); ++end) {
          const unsigned char c = bytes[end];
          seen.standard |= kBase64Class[c] == 2;
          seen.url_safe |= kBase64Class[c] == 3;
          seen.upper |= c >= 'A' && c <= 'Z';
          seen.lower |= c >= 'a' && c <= 'z';
        }
        break;
      }
      Base64Classes block;
      const uint32_t mask = Base64Mask(bytes + end, &block);
      const int run = __builtin_ctz(~mask | 0x10000u);
      const uint32_t in_run = (1u << run) - 1;
      seen.standard |= block.standard & in_run;
      seen.url_safe |= block.url_safe & in_run;
      seen.upper |= block.upper & in_run;
      seen.lower |= block.lower & in_run;
      end += static_cast<size_t>(run);
      if (run < 16) break;
    }
    // Base64 of text has capitals and small letters (the first character
    // of each 4 encodes a byte's top bits: I-Z or a-f for ASCII), which hex
    // digests, UUIDs, snake_case and CONSTANT_CASE names lack: most runs in
    // source code end here, undecoded.
    if (end - begin < kMinBase64 || (begin == 0 && !at_start) ||
        (end == size && !at_end) || !seen.upper || !seen.lower)
      return end + 1;
    const bool standard = seen.standard != 0, url_safe = seen.url_safe != 0;
    if (!(standard && url_safe)) {
      consider(begin, end);
      return end + 1;
    }
    // Both alphabets: standard base64 glued to a word by '-' or '_'
    // ("sha512-…"). Each piece between them is tried on its own.
    for (size_t piece = begin; piece < end;) {
      size_t stop = piece;
      while (stop < end && kBase64Class[bytes[stop]] != 3) ++stop;
      consider(piece, stop);
      piece = stop + 1;
    }
    return end + 1;
  };
  // 64 bytes at a time: a mask of the base64 bytes, and whether a run of
  // kMinBase64 lies in it (or continues one from the blocks before, of
  // `carry` bytes). Most blocks of source code have none and cost a few
  // instructions.
  static_assert(kMinBase64 == 24, "the doubling below tests runs of 24");
  size_t i = 0;
  size_t carry = 0;
  while (i + 64 <= size) {
    const uint64_t mask = Base64BlockMask(bytes + i);
    uint64_t runs = mask & (mask >> 1);  // bit b: bytes b..b+1 are base64
    runs &= runs >> 2;                   // b..b+3
    runs &= runs >> 4;                   // b..b+7
    runs &= runs >> 8;                   // b..b+15
    runs &= runs >> 8;                   // b..b+23
    const size_t leading =
        ~mask == 0 ? 64 : static_cast<size_t>(__builtin_ctzll(~mask));
    if (leading > 0 && carry + leading >= kMinBase64) {
      i = run_at(i);
      carry = 0;
    } else if (runs != 0) {
      i = run_at(i + static_cast<size_t>(__builtin_ctzll(runs)));
      carry = 0;
    } else {
      carry = ~mask == 0 ? carry + 64
                         : static_cast<size_t>(__builtin_clzll(~mask));
      i += 64;
    }
  }
  while (i < size) {
    if (!is_base64(i)) {
      ++i;
      continue;
    }
    i = run_at(i);
  }
}

void SpanDecoder::FindLineEncoded(const char* buf, size_t size, char marker,
                                  Encoding encoding,
                                  std::vector<DecodedSpan>* out) const {
  const EscapeFn escape = EscapeFor(encoding);
  size_t from = 0;
  while (from < size) {
    const void* hit = std::memchr(buf + from, marker, size - from);
    if (!hit) return;
    const size_t at = static_cast<const char*>(hit) - buf;
    if (!StartsLineLayer(buf, size, at, encoding)) {
      from = at + 1;
      continue;
    }
    // The line holding it, or the kMaxEncodedSpan bytes around it.
    const void* nl = memrchr(buf, '\n', at);
    size_t begin = nl ? static_cast<const char*>(nl) - buf + 1 : 0;
    nl = std::memchr(buf + at, '\n', size - at);
    size_t end = nl ? static_cast<const char*>(nl) - buf : size;
    begin = std::max(begin, at > kMaxEncodedSpan / 2 ? at - kMaxEncodedSpan / 2 : 0);
    end = std::min(end, at + kMaxEncodedSpan / 2);
    DecodedSpan span{begin, end, encoding, {}, {}};
    span.text.reserve(end - begin);
    span.origin.reserve(end - begin + 1);
    for (size_t i = begin; i < end;) {
      const size_t before = span.text.size();
      size_t used = buf[i] == marker ? escape(buf, end, i, &span.text) : 0;
      if (used == 0) {
        span.text.push_back(buf[i]);
        used = 1;
      }
      span.origin.insert(span.origin.end(), span.text.size() - before,
                         static_cast<uint32_t>(i));
      i += used;
    }
    span.origin.push_back(static_cast<uint32_t>(end));
    out->push_back(std::move(span));
    from = end + 1;
  }
}

}  // namespace leakgate
