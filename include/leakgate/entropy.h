// Shannon entropy of a byte string.
#pragma once

#include <string_view>

namespace leakgate {

/// Bits per byte, from 0 (one repeated byte) to 8.
double ShannonEntropy(std::string_view bytes);

}  // namespace leakgate
