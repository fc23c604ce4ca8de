// --verify: one live check per distinct credential, after suppression
// (DESIGN.md §8).
#pragma once

#include <map>
#include <string>

#include "leakgate/finding.h"

namespace leakgate {

struct VerifyOptions {
  long timeout_ms = 10000;
  /// Requests per second to one provider at most (0: no limit).
  double rate = 2;
  /// At most this many checks in flight.
  int concurrency = 8;
  /// --verify-endpoint: family ("aws", "github", …) → scheme://host[:port]
  /// that replaces the provider's own.
  std::map<std::string, std::string> endpoints;
  std::string ca_file;  ///< --verify-ca: PEM bundle to trust.
};

/// Parses "NAME=URL" for --verify-endpoint: NAME a known family, URL https.
bool ParseVerifyEndpoint(const std::string& spec, std::string* family,
                         std::string* url, std::string* err);

/// Checks every distinct credential among result->findings and fills each
/// finding's verification (and details.canary for canary AWS keys, which are
/// never called); then clears every raw_secret. A finding with no check
/// (no provider call for its rule, or half of an AWS pair alone) gets
/// "unknown" with the reason.
void VerifyFindings(const VerifyOptions& options, ScanResult* result);

/// How many findings have each verification status.
std::map<std::string, uint64_t> CountVerification(const ScanResult& result);

}  // namespace leakgate
