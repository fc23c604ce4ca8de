// Shared fixtures: the embedded engine, loaded once per test binary.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "leakgate/blob_scanner.h"
#include "leakgate/engine.h"

namespace leakgate::testing {

/// The engine built from the embedded rule pack (deserialized database).
const Engine& EmbeddedEngine();

/// Fake credentials used across tests; random, not real.
inline constexpr char kKeyId[] =
    "AKIAYVP4CIPPERUVIFXG";  // account 595918472158
inline constexpr char kSessionKeyId[] =
    "ASIAY34FZKBOKMUTVV7A";  // account 609629065308
inline constexpr char kSecretKey[] = "pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa+";
inline constexpr char kOtherKeyId[] = "AKIA2IJB4LAJLJ6HDU6G";
inline constexpr char kOtherSecretKey[] =
    "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";

/// A finding reduced to what tests compare: rule, line, column, end column.
struct Spot {
  std::string rule;
  uint64_t line;
  uint64_t column;
  uint64_t end_column;
  bool operator==(const Spot&) const = default;
};

void PrintTo(const Spot& spot, std::ostream* os);

std::vector<Spot> Spots(const std::vector<Finding>& findings);
std::vector<Spot> ScanSpots(std::string_view text);

}  // namespace leakgate::testing
