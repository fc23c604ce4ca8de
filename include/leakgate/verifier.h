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
/// never called), counts the statuses in summary.verification, then clears
/// every raw_secret. A finding with no check
/// (no provider call for its rule, or half of an AWS pair alone) gets
/// "unknown" with the reason.
void VerifyFindings(const VerifyOptions& options, ScanResult* result);

class HttpClient;

/// VerifyFindings through `client` (tests answer without a network).
void VerifyFindingsWith(const VerifyOptions& options, const HttpClient& client,
                        ScanResult* result);

/// --only-verified: drops every finding that is not live, counting them in
/// summary.verification.left_out; the order of the rest is kept.
void LeaveOutNotLive(ScanResult* result);

}  // namespace leakgate
