// Redaction: the one place that decides how much of a secret a report shows.

#include "leakgate/finding.h"

namespace leakgate {
namespace {

// Below this length, even 4 characters are too large a share of the secret.
constexpr size_t kMinLengthForPrefix = 16;
constexpr size_t kPrefixLength = 4;

}  // namespace

std::string RedactSecret(std::string_view secret, bool reveal) {
  if (reveal) return std::string(secret);
  size_t shown = secret.size() >= kMinLengthForPrefix ? kPrefixLength : 0;
  return std::string(secret.substr(0, shown)) + "…(redacted)";
}

}  // namespace leakgate
