// The runbook filled from a live check's identity (--verify, DESIGN.md §8).
#pragma once

#include "leakgate/finding.h"

namespace leakgate {

/// `guidance` (already filled from the finding) rewritten from a live
/// verdict: for AWS, the IAM user's name in every command, the root-key
/// branch for a `:root` ARN, the revoke-sessions branch for an assumed role;
/// for other providers a note of who the credential is. Unchanged unless the
/// finding's verification is "live".
Guidance WithVerifiedIdentity(const Finding& finding, Guidance guidance);

}  // namespace leakgate
