// Structural checks on a candidate secret that a regex cannot express.
#pragma once

#include <string>
#include <string_view>

namespace leakgate {

/// True if `name` is a known check ("jwt-header").
bool IsKnownVerifier(const std::string& name);

/// Runs check `name` on `secret`: "jwt-header" requires the first segment
/// to be base64url of a JSON object with an "alg" member. Unknown names
/// pass (the rule loader rejects them).
bool Verify(const std::string& name, std::string_view secret);

/// GitHub and npm tokens end with 6 base62 digits of the CRC32 of the 30
/// characters after the prefix. True if `token` (prefix_body) carries a
/// valid one.
bool HasValidTokenChecksum(std::string_view token);

}  // namespace leakgate
