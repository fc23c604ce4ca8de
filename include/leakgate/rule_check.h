// `leakgate rules check`: every rule in both engines, and its examples.
#pragma once

#include <string>
#include <vector>

#include "leakgate/engine.h"

namespace leakgate {

struct RuleCheckFailure {
  std::string rule;
  std::string message;
};

/// Compiles each rule's pattern alone in Hyperscan and its regexes in PCRE2,
/// then runs every example through the whole engine: a positive example must
/// yield a finding of the rule, a negative one must not. Returns the number
/// of examples run; failures are appended to `failures`.
size_t CheckRules(const Engine& engine,
                  std::vector<RuleCheckFailure>* failures);

}  // namespace leakgate
