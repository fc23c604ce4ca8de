// The rule pack and its Hyperscan database, embedded at build time by
// leakgate_rulec (see CMakeLists.txt).
#pragma once

#include <string_view>
#include <vector>

#include "leakgate/rule.h"

namespace leakgate {

/// The rule files; the first call also gives HsDatabase the patterns'
/// widths the build computed (HsDatabase::SetKnownWidths).
std::vector<RuleFile> EmbeddedRuleFiles();
/// Serialized Hyperscan database for the build host's CPU.
std::string_view EmbeddedHsDatabase();
/// "sha256:…" of the embedded rule files, as RuleSet::digest() computes it.
std::string_view EmbeddedRulesDigest();

}  // namespace leakgate
