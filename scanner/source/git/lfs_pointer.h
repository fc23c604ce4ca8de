// Git LFS pointer files: what stands in a repository for content kept
// elsewhere. Internal to the git source.
#pragma once

#include <string_view>

namespace leakgate {

/// A Git LFS pointer as the specification has it: the version line, then
/// only "oid sha256:<hex>", "size <digits>" and "ext-<n>-<name>
/// sha256:<hex>" lines. Anything else is content to scan: a blob that
/// merely starts like a pointer can carry a key after the version line.
bool IsLfsPointer(std::string_view data);

}  // namespace leakgate
