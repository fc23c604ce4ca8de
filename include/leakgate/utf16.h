// UTF-16 text (Windows tools write it: PowerShell, regedit, .rc files) is
// decoded to UTF-8 before scanning, so rules written for ASCII match it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "leakgate/chunk_reader.h"

namespace leakgate {

enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be };

/// The encoding a stream's first bytes announce with a UTF-16 byte-order
/// mark (FF FE or FE FF); kUtf8 for anything else.
TextEncoding SniffBom(std::string_view head);

/// Decodes UTF-16 to UTF-8 incrementally: a code unit or a surrogate pair
/// split between two calls is carried over. Unpaired surrogates and a
/// dangling odd byte become U+FFFD, so any input decodes.
class Utf16Decoder {
 public:
  explicit Utf16Decoder(bool big_endian) : big_endian_(big_endian) {}

  /// Appends the UTF-8 for `input` to `*out`.
  void Decode(std::string_view input, std::string* out);
  /// Ends the stream: what is carried over is flushed as U+FFFD.
  void Finish(std::string* out);

 private:
  bool big_endian_;
  int pending_byte_ = -1;        // first byte of a split code unit
  uint32_t high_surrogate_ = 0;  // a high surrogate awaiting its low half
};

/// A ReadFn yielding UTF-8 for a UTF-16 stream whose first bytes were
/// already read: the UTF-8 byte-order mark (so that columns skip it as in
/// UTF-8 files), then `head` (the bytes read after the UTF-16 mark) and the
/// rest of `rest`, decoded. `*raw_bytes`, when given, counts the bytes taken
/// from `rest`.
ReadFn Utf16Reader(std::string head, ReadFn rest, TextEncoding encoding,
                   uint64_t* raw_bytes = nullptr);

}  // namespace leakgate
