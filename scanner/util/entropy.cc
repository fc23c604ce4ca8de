#include "leakgate/entropy.h"

#include <array>
#include <cmath>

namespace leakgate {

double ShannonEntropy(std::string_view bytes) {
  if (bytes.empty()) return 0.0;
  std::array<unsigned, 256> counts{};
  for (unsigned char c : bytes) ++counts[c];
  double entropy = 0.0;
  const double total = static_cast<double>(bytes.size());
  for (unsigned count : counts) {
    if (count == 0) continue;
    double p = count / total;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

}  // namespace leakgate
