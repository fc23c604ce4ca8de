// Shared by the fuzz targets: a check that stops the run with a message (and
// so a reproducer) when an invariant fails, and a small deterministic
// generator for the choices a target derives from its input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string_view>

#define FUZZ_CHECK(condition)                                               \
  do {                                                                      \
    if (!(condition)) {                                                     \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,       \
                   __LINE__, #condition);                                   \
      __builtin_trap();                                                     \
    }                                                                       \
  } while (false)

namespace leakgate::fuzz {

/// SplitMix64: the same seed gives the same choices, so a crash reproduces.
class Choices {
 public:
  explicit Choices(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform-ish in [low, high].
  uint64_t Between(uint64_t low, uint64_t high) {
    return low + Next() % (high - low + 1);
  }

 private:
  uint64_t state_;
};

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF).
inline bool IsUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t extra;
    uint32_t min, cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (size_t k = 1; k <= extra; ++k) {
      const unsigned char t = static_cast<unsigned char>(text[i + k]);
      if ((t & 0xC0) != 0x80) return false;
      cp = cp << 6 | (t & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

}  // namespace leakgate::fuzz
