// UTF-16 → UTF-8, incrementally, never failing: what does not decode
// becomes U+FFFD, so a scan never stops on a malformed file.

#include "leakgate/utf16.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace leakgate {
namespace {

constexpr uint32_t kReplacement = 0xFFFD;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsHighSurrogate(uint32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool IsLowSurrogate(uint32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

void AppendUtf8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace

TextEncoding SniffBom(std::string_view head) {
  if (head.size() >= 2) {
    if (head[0] == '\xFF' && head[1] == '\xFE') return TextEncoding::kUtf16Le;
    if (head[0] == '\xFE' && head[1] == '\xFF') return TextEncoding::kUtf16Be;
  }
  return TextEncoding::kUtf8;
}

void Utf16Decoder::Decode(std::string_view input, std::string* out) {
  // A 2-byte code unit becomes at most 3 bytes of UTF-8.
  out->reserve(out->size() + input.size() / 2 * 3 + 4);
  size_t i = 0;
  auto unit_at = [this](unsigned char first, unsigned char second) {
    return big_endian_ ? (uint32_t{first} << 8 | second)
                       : (uint32_t{second} << 8 | first);
  };
  while (i < input.size()) {
    uint32_t unit;
    if (pending_byte_ >= 0) {
      unit = unit_at(static_cast<unsigned char>(pending_byte_),
                     static_cast<unsigned char>(input[i]));
      pending_byte_ = -1;
      i += 1;
    } else if (i + 1 < input.size()) {
      unit = unit_at(static_cast<unsigned char>(input[i]),
                     static_cast<unsigned char>(input[i + 1]));
      i += 2;
    } else {
      pending_byte_ = static_cast<unsigned char>(input[i]);
      break;
    }
    if (high_surrogate_ != 0) {
      if (IsLowSurrogate(unit)) {
        AppendUtf8(
            0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00),
            out);
        high_surrogate_ = 0;
        continue;
      }
      AppendUtf8(kReplacement, out);
      high_surrogate_ = 0;
    }
    if (IsHighSurrogate(unit)) {
      high_surrogate_ = unit;
    } else if (IsLowSurrogate(unit)) {
      AppendUtf8(kReplacement, out);
    } else {
      AppendUtf8(unit, out);
    }
  }
}

void Utf16Decoder::Finish(std::string* out) {
  if (high_surrogate_ != 0) AppendUtf8(kReplacement, out);
  if (pending_byte_ >= 0) AppendUtf8(kReplacement, out);
  high_surrogate_ = 0;
  pending_byte_ = -1;
}

namespace {

// The state Utf16Reader's function carries between calls.
class Utf16Stream {
 public:
  Utf16Stream(std::string head, ReadFn rest, TextEncoding encoding,
              uint64_t* raw_bytes)
      : rest_(std::move(rest)),
        raw_bytes_(raw_bytes),
        decoder_(encoding == TextEncoding::kUtf16Be) {
    decoded_.assign(kUtf8Bom);
    decoder_.Decode(head, &decoded_);
  }

  long Read(char* buf, size_t size) {
    while (taken_ == decoded_.size() && !finished_) {
      decoded_.clear();
      taken_ = 0;
      raw_.resize(std::max<size_t>(size, 4096));
      long got = rest_(raw_.data(), raw_.size());
      if (got < 0) return got;
      if (got == 0) {
        decoder_.Finish(&decoded_);
        finished_ = true;
      } else {
        if (raw_bytes_) *raw_bytes_ += static_cast<uint64_t>(got);
        decoder_.Decode(std::string_view(raw_.data(), got), &decoded_);
      }
    }
    size_t n = std::min(size, decoded_.size() - taken_);
    std::memcpy(buf, decoded_.data() + taken_, n);
    taken_ += n;
    return static_cast<long>(n);
  }

 private:
  ReadFn rest_;
  uint64_t* raw_bytes_;
  Utf16Decoder decoder_;
  bool finished_ = false;
  std::string raw_;
  std::string decoded_;  // decoded bytes, handed out from taken_ on
  size_t taken_ = 0;
};

}  // namespace

ReadFn Utf16Reader(std::string head, ReadFn rest, TextEncoding encoding,
                   uint64_t* raw_bytes) {
  auto stream = std::make_shared<Utf16Stream>(std::move(head), std::move(rest),
                                              encoding, raw_bytes);
  return [stream](char* buf, size_t size) { return stream->Read(buf, size); };
}

}  // namespace leakgate
